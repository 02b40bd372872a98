"""Given names, used as evidence that a capitalised pair is a person, never to find a name by itself.

GIVEN_NAMES (short, written here) breaks ties: a pair whose words the article also writes in lower case
("Pew Internet", "Tate Gallery") is a thing unless it opens with one ("Ned Price", "Frank Wisdom").
`is_given_name` adds Faker's names of every locale: a pair that opens with no given name at all and has
no title or speech verb near it ("Donkey Kong", "Lockheed Martin") is only a tentative person.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from functools import cache, lru_cache

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
# More given names, men's and women's, across the languages the news writes about: evidence only, as above.
_MORE_MALE = """
abdul abraham adnan ahmad akira alain alberto aleksandr aleksei alessandro alfonso alfred alfredo alistair
amir anatoly andre andres angelo anil anton antoine arash arjun armando arnaud arsen artem arturo ashok ashraf
augusto axel ayman bashar benedict benoit bernd bertrand bjorn bogdan brad bradley brandon brendan brett bruno
bryan byron caleb calvin cameron carlo carsten cedric cesar charlie christoph christophe claudio clement
clifford conor craig cristian curtis cyril dale damian damien dan dariusz darren dave declan derek desmond
diego dimitri dimitris dirk dominic dominik duncan dwight eduardo edgar edmund edwin egor elias elliot emil
emilio enrique ernst esteban ethan eugene evan evgeny fabian fabio faisal farid fedor felipe felix fernando
filip finn florian francesco francis francisco francois frederic friedrich gabriel gareth gavin geoffrey
georg gerard gerhard gianni gilbert gilles glenn guido guillaume gunnar gustavo hamid hans harald hassan
hector heinz helmut herbert hideki hiroshi hossein howard hubert hugo humberto ibrahim ignacio ilya imran
isaac ismail jacques jaime jamal janusz javier jay jerzy jesse joachim joaquin joel johan johannes jonas
jorge josef juan jurgen kai karel karim kazuo keith ken kenji kenneth khalid klaus konstantin kristian
krzysztof lars laurent leonard leonid liam lorenzo luc luca lucas ludwig luis luiz lukas luke lyndon malcolm
manuel marc marcel marcin marcus marek markus mateusz mathias matthias mauricio maurice mehmet michal miguel
milan miroslav mitchell mohamed mohammad moses mustafa nabil naftali narendra nasser nathaniel nicolas niels
nigel nikita nikolaos nils noah norbert norman omar oscar osman otto pablo paolo pascal patrice pavlo pekka
petr philippe pietro piotr quentin rafael rahul rainer ralf ramon randy rashid raul reza ricardo rick
rodrigo roland rolf ronny rory ross rudolf rudy rupert russell sadiq salman salvador samuel sandro santiago
sascha saul sebastien sergio shane shinzo shigeru sigmar silvio stanislav stefan stefano sven taro
theodore thierry thilo tiago timur tobias toby tomas tomasz travis trevor ulrich umberto uwe vadim valentin
vaclav vasily vincent vincenzo waldemar walid warren wayne werner wilhelm willem wojciech wolfgang xavier
yannick yasser yasuhiro yitzhak yoshihide yoav yusuf yves zbigniew zoltan
wladyslaw boguslaw ryszard stanislaw tadeusz jaroslaw lech mieczyslaw henryk kazimierz jozef akio kiichi
noboru satoshi takeshi tadashi yoshio yukio kenichi haruhiko masahiro toshio ichiro junichiro fumio koichi
hamad hussein khaled mahmoud tariq youssef ziad amit anand arvind deepak manmohan pranab rajiv rakesh sanjay
sunil vijay vinod don
"""
_MORE_FEMALE = """
agnieszka aisha alejandra alexis alina amelia ana anastasia angelina anita annette antonia ashley
beata beatrice brenda brigitte camilla carla carmen carol carolina cecilia celine chloe christina chrystia
cindy claudia colette cristina dagmar daniela danielle deborah debra denise diane donna dorothy edith elena
eliza elisabeth elsa emilia erica erin esther eva evelyn fatima fiona francesca gabriela gabrielle gisela
gloria greta hanna harriet heidi helena hilary holly ilhan ilona ines ingrid irene irina isabel isabella
ivanka jacqueline janina jeanne jenny jessie joanna jocelyn johanna josephine joyce juliana justine kamila
karin katarina katarzyna katharina kathryn kathy katie kellyanne kelly kirsten kirsty klara kristina kristine
lara lea leah lena liliana lina louise lucia luisa lydia magdalena malgorzata manuela margarita margot
mariana marta martha martina mathilde maya melissa mia michaela milena miriam monica monika nadia nadine
natasha nina nora norah paola paula paulina petra phyllis priya rania raquel rashida rita rosa rosemary
sabine sally sara silvia simone sofia sonia stephanie susanne suzanne sylvia tamara tatiana teresa tina
tulsi ulrike vanessa vera veronica viktoria virginia yolanda yvonne zahra zeynep zuzana
danuta halina jadwiga krystyna grazyna elzbieta bozena dorota ewa iwona jolanta renata urszula wanda nirmala
"""
GIVEN_NAMES = frozenset((_NAMES + _MORE_MALE + _MORE_FEMALE).split())

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
FEMALE_NAMES = frozenset((_FEMALE + _MORE_FEMALE).split())
UNISEX_NAMES = frozenset(
    {
        "kim",
        "sam",
        "lee",
        "jan",
        "jean",
        "andrea",
        "alex",
        "chris",
        "nicola",
        "robin",
        "terry",
        "leslie",
        "alexis",
        "simone",
    }
)
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


@cache
def _faker_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, Chinese family names, surnames) from Faker's person providers, read in one pass.

    Given names: every Latin-script locale (about 20,000, folded to ASCII lower case) and the Cyrillic ones
    romanised. Faker's locale contributors keep these lists (from national name statistics) for 80-odd
    languages, far beyond what this module could. Chinese family names come first in English copy
    ("Xu Bing", "Gao Jianming"): they open a full name as a given name does elsewhere, and name the person
    when written alone. Loaded once, on first use, by the extraction worker that needs it (0.2 s); nothing
    on the app's start-up path imports Faker.
    """
    try:
        import faker.providers.person as providers
    except ImportError:  # an install without Faker still extracts, with the short list only
        return frozenset(), frozenset(), frozenset()
    names: set[str] = set()
    family: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        cyrillic = module.name.split("_")[0] in _CYRILLIC_LOCALES
        chinese = module.name.startswith("zh_")
        try:
            provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_names_nonbinary",
            "first_romanized_names",
            *(("last_romanized_names",) if chinese else ()),
            "last_names",
            "last_names_male",
            "last_names_female",
        ):
            value = vars(provider).get(attr)
            if not isinstance(value, (list, tuple, dict, set, frozenset)):
                continue
            for name in value:
                if not isinstance(name, str):
                    continue
                if attr.startswith("last_names"):
                    if not cyrillic and all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()):
                        surnames.add(_ascii_fold(name))
                    continue
                if cyrillic:
                    names.update(_romanised(name.casefold()))
                elif all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()):
                    names.add(_ascii_fold(name))
                    if attr == "last_romanized_names":
                        family.add(_ascii_fold(name))
    return frozenset(names - _ENGLISH_WORDS), frozenset(family - _ENGLISH_WORDS), frozenset(surnames)


def _locale_names() -> frozenset[str]:
    return _faker_names()[0]


def _family_first() -> frozenset[str]:
    return _faker_names()[1]


def is_known_surname(word: str) -> bool:
    """A surname Faker's locales list: a word one letter from another's surname that is itself one
    ("Johnston" beside Johnson) is a second person, not a slip of the pen."""
    return _ascii_fold(word) in _faker_names()[2]


# Romanised names that are English words before anything else.
_ENGLISH_WORDS = frozenset({"he", "an", "so", "long", "may", "will", "in", "on", "to", "do", "ma"})
_CYRILLIC_LOCALES = frozenset({"ru", "uk", "bg", "be", "kk", "ky", "sr", "mk", "mn", "tg"})
# How English-language news romanises Cyrillic given names: Ukraine's official system (Illia, Tymur,
# Anastasiia, Kateryna) and the common English one (Ilya, Timur, Anastasia, Yekaterina).
_OFFICIAL = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ъ": "",
    "ю": "iu",
    "я": "ia",
    "ы": "y",
    "э": "e",
    "ё": "e",
    "'": "",
    "’": "",
}
_COMMON = {
    **_OFFICIAL,
    "г": "g",
    "є": "ye",
    "и": "i",
    "ї": "yi",
    "й": "y",
    "ю": "yu",
    "я": "ya",
    "ё": "yo",
    "ь": "",
    "е": "e",
}

_INITIAL_Y = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "е": "ye"}


def _romanised(name: str) -> set[str]:
    out = set()
    for table in (_OFFICIAL, _COMMON):
        out.add("".join(table.get(c, c) for c in name))
        # word-initially є, ї, й, ю, я (and Russian е) are written with a y: Yevhen, Yulia, Yekaterina
        if name[:1] in _INITIAL_Y:
            out.add(_INITIAL_Y[name[0]] + "".join(table.get(c, c) for c in name[1:]))
    # "Ilya" for Илья: the soft sign before я is not written in the common system
    out.add("".join(_COMMON.get(c, c) for c in name.replace("ья", "я")))
    return {w for w in out if w.isascii() and w.isalpha()}


def _ascii_fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()


def is_given_name(word: str) -> bool:
    """True when `word` is a given name in some language ("Vasek", "Yoshihito", "Jo-Wilfried"): the shape
    of a person's name, where "Donkey Kong", "Tomb Raider" and "Lockheed Martin" are not."""
    # names repeat across articles; a long hostile token is not cached, so it cannot fill the cache
    return _given_cached(word) if len(word) <= 40 else _given(word)


@lru_cache(maxsize=65536)
def _given_cached(word: str) -> bool:
    return _given(word)


def _given(word: str) -> bool:
    folded = _ascii_fold(word).rstrip(".")
    if "-" in folded:
        parts = [p for p in folded.split("-") if p]
        return bool(parts) and all(is_given_name(p) for p in parts)
    return folded in GIVEN_NAMES or folded in _locale_names()


def family_name_first(word: str) -> bool:
    return _ascii_fold(word) in _family_first()
