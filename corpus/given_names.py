"""Common given names, used only as tie-breaking evidence that a capitalised pair is a person.

A pair of capitalised words whose words the article also writes in lower case ("Pew Internet", "Tate
Gallery") is taken for a thing, unless its first word is a given name ("Ned Price", "Frank Wisdom").
The list is short on purpose: it never finds a name by itself, titles and speech verbs do that.
"""

from __future__ import annotations

_NAMES = """
aaron abdullah adam adrian adrienne ahmed alan albert alex alexander alexandra alexei alexey ali
alice alison amanda amy andrea andreas andrei andrew andrey andriy andrzej angela angus ann anna
anne annalena anthony antony antonio arnold arthur avril barack ben benjamin bernard bill bob boris
brian bruce carl carlos caroline catherine charles charlotte chris christian christine christopher
chuck claire colin daniel danny david denis dennis denys diana dmitry dmitri dmytro donald douglas
ed edward elizabeth ellen emily emma emmanuel eric erik florence frank franz fred frederick gary george
georgy gerald gina giorgia giuseppe gordon grace graham greg gregory hannah harold harry heather
helen henry hillary hugh hunter ian igor ihor ivan jack jacob jake james jan jane janet jason jean
jeff jeffrey jennifer jens jeremy jerome jessica jim jimmy joan joe john johnny jon jonathan jordan jose
joseph josh joshua judith julia julian julie justin kamala karen karl kate katherine kathleen kaja
keir kevin kim kirill kristi kurt kyle larry laura lawrence lee leo leon linda lisa liz lloyd louis
lucy mark marco margaret maria marie marina mario martin mary matt matthew maxim megan michael
michel michelle mike mikhail mitch mohammed muhammad mykhailo mykola nancy natalia nathan ned neil
nicholas nick nicola nikolai nikki oleg oleksandr oleksiy olaf olga oliver olivia pam pamela
patricia patrick paul pavel pedro pete peter petro philip pierre rachel ralph ramzan raymond rebecca
recep richard rishi rob robert roger roman ron ronald rose ruslan rustem ryan sam samantha sandra
sarah scott sean sebastian serhiy sergei sergey simon sophie stephen steve steven stuart susan
svetlana tara ted theresa thomas tim timothy todd tom tony tucker ursula valery vasyl victor viktor
vitali vitaliy vladimir vladislav volodymyr walter wendy william xi yevgeny yulia yuri yury zoe
"""
GIVEN_NAMES = frozenset(_NAMES.split())

# Used only to keep "she said" from resolving to a man and "he said" to a woman; a name in neither list
# (or in UNISEX) is compatible with both.
_FEMALE = """
adrienne alexandra alice alison amanda amy angela ann anna anne annalena avril barbara beverly bridget
caroline
catherine charlotte christine claire condoleezza diana eleanor elina elizabeth ellen emily emma florence
gina giorgia
grace hannah heather helen hillary ingrida iryna janet jane jennifer jessica jill joan judith julia julianne
julie kamala karen karine kate katherine kathleen kaja kristalina kristi laura linda lisa liz lucy madeleine
maia margaret maria marianne marie marina mary megan melania mette michelle nancy natalia nicola nikki olena
olga olivia oksana pam pamela patricia penny rachel rebecca roberta rose ruth samantha sandra sarah serena
sharon sophie
susan svetlana tara theresa ursula valentina victoria wendy yulia zoe
"""
FEMALE_NAMES = frozenset(_FEMALE.split())
UNISEX_NAMES = frozenset({"kim", "sam", "lee", "jan", "jean", "andrea", "alex", "chris", "nicola"})
MALE_NAMES = GIVEN_NAMES - FEMALE_NAMES - UNISEX_NAMES


def gender(name: str) -> str | None:
    """ "f", "m" or None (unknown) from the first word of a full name."""
    first = name.split()[0].casefold() if name.split() else ""
    if first in UNISEX_NAMES:
        return None
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None
