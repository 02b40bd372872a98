"""The people a page credits in lines the cleaner takes out of the body: byline authors, photographers,
the author of a closing bio note.

They are named in the article as a reader sees it ("By Jane Doe and John Roe", "Photograph: Carl
Whitmore/PA", "Kevin Lamarque/Reuters"), so the entity list keeps them as people even though the body no
longer holds the line. Only lines shaped as credits are read: a name needs a label ("By", "Photo:") or an
agency after it, or, in a bare byline under the headline, a given name first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import is_place
from .given_names import is_given_name

_PARTICLE = r"(?:von|van|der|den|de|la|le|du|da|di|al|bin)"
# (a full stop only in initials and abbreviations, "J.R.", "St.", "Jr.": "in March. Marcus Holloway/PA" is a
# sentence's end, then the name)
_PART = r"[A-Z](?:[\w'’\-]*(?:\.[\w'’\-]+)+\.?|[\w'’\-]{0,2}\.|[\w'’\-]*)"
# (a label is not the name's first word: "Copyright Lieve Declercq/AP", "Source Karl Ootsing/ERR")
_LABEL_WORD = r"(?:Copyright|Source|Photo|Photograph|Picture|Image|Credit|Illustration|Video)\b"
NAME = rf"(?!{_LABEL_WORD}){_PART}(?:[ \u00a0]+(?:{_PART}|{_PARTICLE})){{1,3}}"
_NAME_RE = re.compile(NAME)

# "By Jane Doe and John Roe, Reuters", "Interview by Lukas Brenner", "Translated from Ukrainian by X".
_BY = re.compile(
    # (a sentence's verb before "by" is no credit: "He was joined by Justices William Brennan, ...")
    r"^(?:(?:(?!(?:He|She|It|They|We|I)\b)[A-Z][a-z]+"
    r"(?:[ \u00a0]+(?!(?:was|were|is|are|been|being|has|had|joined|led)\b)[A-Za-z]+){0,3}?[ \u00a0]+)?(?i:by)"
    r"|(?i:written by|articles by|author)"
    r"|(?:[Ww]ith[ \u00a0]+)?(?:additional[ \u00a0]+)?reporting[ \u00a0]+(?:from|by))"
    r":?[ \u00a0]+(?P<names>.{2,160})$"
)
_LABEL = re.compile(
    r"\b(?:Photograph|Photo|Photos|Picture|Image|Credit|Video)s?[ \u00a0]*:[ \u00a0]*(?P<name>" + NAME + ")"
)
# The agencies and picture desks that credit a photograph: "Ozan Kose/AFP", "Kevin Lamarque/Reuters".
AGENCIES = (
    r"(?:AFP|Reuters|AP|Getty|EPA|Anadolu|Bloomberg|Sipa|Xinhua|TASS|PA|Shutterstock|Alamy|Ukrinform|UNIAN|"
    r"Sputnik|RIA|Pool|NurPhoto|SOPA|ERR|LRT|Belga|ANSA|DPA|dpa|Yonhap|Kyodo|Interfax)\b"
)
# Right before a name a credit names: "Photograph: ", "© ", "REUTERS/", "AP Photo/".
CREDIT_BEFORE = re.compile(
    r"\b(?:Photograph|Photo|Photos|Picture|Image|Credit)s?:[ \u00a0]*$|©[ \u00a0]*$"
    r"|\bCredit(?:\.\.\.|…)[ \u00a0]*$"  # the NYT's "Credit...Piet Van Donck for The New York Times"
    r"|\b(?:REUTERS|AFP|EPA|EPA-EFE|AP Photo|Photo)[ \u00a0]?/[ \u00a0]?$"
)
# "(Marta Levchuk for The Washington Post)": a photographer working for the outlet, after a caption
FOR_OUTLET_AFTER = re.compile(
    r"[ \u00a0]+for[ \u00a0]+(?:The[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3}"
    r"[ \u00a0]*(?:\)|$)",
    re.MULTILINE,
)
AGENCY_AFTER = re.compile(r"[ \u00a0]?/[ \u00a0]?" + AGENCIES)
_AGENCY = re.compile(
    r"[(\[]?(?:[Pp]hoto(?:graph)?:?[ \u00a0]*)?(?P<name>" + NAME + r")[ \u00a0]?/[ \u00a0]?" + AGENCIES
)
# "(AP Photo/Anton Shevchuk)", "© Yves Herman, Reuters", "(Dmytro Larin / The Kyiv Independent)".
_AGENCY_FIRST = re.compile(
    r"\b(?:(?:AP|AFP|EPA|Reuters|Getty)[ \u00a0]+(?:Photo|Images)|REUTERS|AFP|EPA(?:-EFE)?)"
    r"[ \u00a0]?/[ \u00a0]?"
    r"(?P<name>" + NAME + ")"
)
_COPYRIGHT = re.compile(r"©[ \u00a0]*(?P<name>" + NAME + r")(?=[ \u00a0]*[,/]|[ \u00a0]*$)")
_SLASH_OUTLET = re.compile(
    r"\((?P<name>" + NAME + r")[ \u00a0]?/[ \u00a0]?(?:The[ \u00a0]+)?[A-Z][\w'’ .-]{1,40}\)[ \u00a0]*$"
)
# What may follow a name in a byline: a desk ("Political correspondent"), a place ("in Kyiv"), a note of
# when they wrote ("(now)"), a role after a comma ("Senior Fellow, Economic Security Programme").
_TAIL = re.compile(
    r"(?:[ \u00a0]+\([a-z ]{2,20}\)"
    r"|,?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+|The[ \u00a0]+)?[A-Z][\w'’\-]+(?:[ \u00a0]+[A-Z][\w'’\-]+)?"
    r"|(?:[ \u00a0]+[A-Z][a-z]+){0,2}[ \u00a0]+"
    r"(?i:correspondent|editor|reporter|writer|columnist|analyst|fellow))*"
)
# (and DW's "Jonas Feldmann | Kateryna Voloshyna")
_JOIN = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*and|,|and|&|\|)[ \u00a0]+")
# "— Sunday, 19 October 2025, 22:47", "| 3 December 2025": when the byline's author wrote.
_WHEN = re.compile(
    r"[ \u00a0]+[—–|•·][ \u00a0]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \u00a0]+)?(?:\d{1,2}[ \u00a0]+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[ \u00a0]+\d|\d{1,2}[./-]\d).{0,40}$"
)
# "... in Kyiv Fri 24 Oct 2025 18.42 BST": the page's date run into the byline's line.
_TRAILING_DATE = re.compile(
    r"[ \u00a0]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \u00a0]+)?(?:\d{1,2}[ \u00a0]+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\d.*$"
)
_STOP = frozenset({"The", "A", "An", "Our", "Staff", "Editorial", "Board", "News", "Desk", "Agencies"})
# Words of a desk or a post that end a byline's name: "Isobel Crane Political correspondent".
_DESK_WORDS = frozenset(
    [
        "political",
        "diplomatic",
        "chief",
        "senior",
        "foreign",
        "defence",
        "defense",
        "security",
        "economics",
        "economic",
        "europe",
        "europe's",
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "research",
        "analyst",
        "fellow",
        "international",
        "deputy",
        "associate",
        "special",
        "investigations",
        "world",
        "business",
        "staff",
        "contributing",
        "contributor",
        "opinion",
        "guest",
        "columnist",
    ]
)


# "REUTERS/Kent Marsh Purchase Licensing Rights, opens new tab": the agency's link after the credit.
_FURNITURE = frozenset({"Purchase", "Licensing", "Rights", "File", "Photo", "Via", "Pool", "Handout"})


def _cut_furniture(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[-1] in _FURNITURE:
        words.pop()
    return " ".join(words)


def _cut_desk(name: str) -> str:
    words = name.split()
    for k in range(2, len(words)):
        if words[k].lower() in _DESK_WORDS:
            return " ".join(words[:k])
    return name


def _names_in_list(text: str, need_given: bool, upper: bool = False) -> list[str] | None:
    """The names of a byline's list, or None when the line is anything else."""
    text = text.strip().rstrip(".")
    dated = _WHEN.search(text)
    if dated is not None:
        text, need_given = text[: dated.start()], False  # a dated byline is one whatever the names
    elif (trailing := _TRAILING_DATE.search(text)) is not None:
        text = text[: trailing.start()]
    names: list[str] = []
    pos = 0
    comma = marked = unsure = False
    while pos < len(text):
        m = _NAME_RE.match(text, pos)
        if m is None:
            # "Iryna Moroz, Kyiv": where the reporter filed from closes the byline
            return names if comma and names and is_place(text[pos:].strip(" ,")) else None
        name = _cut_desk(m.group())
        tail = _TAIL.match(text, m.start() + len(name))
        pos = tail.end() if tail else m.start() + len(name)
        words = name.split()
        if name.isupper() and not upper:
            return None  # "UNITED NATIONS —": a dateline (but AP's "By IRYNA DOVZHENKO and MARK CALLOWAY")
        marked = marked or (tail is not None and tail.end() > m.start() + len(name))
        unsure = unsure or (need_given and bool(names) and not is_given_name(words[0]))
        if (
            words[0] in _STOP
            or words[0].lower() in _DESK_WORDS
            or "'" in name
            or "’" in name
            or (need_given and not names and not is_given_name(words[0]))
        ):
            # "Anneliese van den Broek, Senior Fellow, Economic Security Programme": a post after the name
            return names if comma and names else None
        names.append(name.title() if name.isupper() else name)
        if pos >= len(text):
            break
        join = _JOIN.match(text, pos)
        if join is None:
            return None
        comma = join.group().strip() == ","
        pos = join.end()
    if unsure and not marked:
        return None  # "As Envoys Talk, Russia Presses Toward Pokrovsk": a headline, not a list of authors
    return names or None


_NEXT_CREDIT = re.compile(
    r"(?<=[a-z])\.[ \u00a0]+(?=(?:[A-Z][a-z]+[ \u00a0]+)?(?i:by)[ \u00a0]+[A-Z])"
    # "Edited by Laura Whitcombe, with reporting from Daniel Okafor in Kyiv and Anna Petrescu"
    r"|,[ \u00a0]+(?=with[ \u00a0]+(?:additional[ \u00a0]+)?reporting[ \u00a0]+(?:from|by)[ \u00a0]+[A-Z])"
)


_OFFICE_WORDS = frozenset(
    {
        "President",
        "Minister",
        "Secretary",
        "General",
        "Prime",
        "Chancellor",
        "King",
        "Queen",
        "Prince",
        "Foreign",
    }
    | {"Defence", "Defense", "Ambassador", "Chief", "Commander", "Envoy", "Senator", "Governor", "Mayor"}
)


def credited_names(line: str, top: bool = False, need_given: bool = False) -> list[str]:
    """The people a removed line credits. `top` marks a line above the story, where a bare byline
    ("Isobel Crane Political correspondent, and Artem Lysenko in Kyiv") may stand with no "By";
    `need_given` a line where "by" may as well name a body ("Published by Future Publishing"), so only a
    name that opens with a given name is taken."""
    stripped = line.strip()
    if len(stripped) > 300:
        return []
    if stripped[:1] in "([" and stripped[-1:] in ")]":
        stripped = stripped[1:-1].strip()  # "(Edited by Fiona Garrity)"
    parts = _NEXT_CREDIT.split(stripped)
    if len(parts) > 1:
        # "Story by Yevgenia Lapshina. Translation by Daniel Roebuck.": each credit of the line
        return list(unique(n for part in parts for n in credited_names(part, top, need_given)))
    by = _BY.match(stripped)
    if by is not None:
        names = re.split(r"[ \u00a0]*[|;][ \u00a0]*", by.group("names"))[0]
        names = re.split(r",[ \u00a0]*(?=(?:Reuters|AP|AFP|Bloomberg|CNN|BBC|The)\b)", names)[0]
        return _names_in_list(names, need_given=need_given, upper=True) or []
    found: list[str] = []
    for pattern in (_AGENCY_FIRST, _AGENCY, _COPYRIGHT, _SLASH_OUTLET, _LABEL):
        for m in pattern.finditer(stripped):
            name = _cut_furniture(m.group("name"))
            if name not in found:
                found.append(name)
    if found:
        # (a label that names no one, "[Photo: President X and Y arrive ...]", is still no bare byline)
        return [
            n
            for n in found
            if n.split()[0] not in _STOP
            and not {"Getty", "Photo", "Images", "AP", "AFP", "Agence", "Press", "Presse", "Pictures"}
            & set(n.split())
            # "[Photo: Ukrainian President Volodymyr Zelensky and ...]": a caption after the label, no credit
            and not _OFFICE_WORDS & set(n.split())
            and "'" not in n
            and "’" not in n
            and (not need_given or is_given_name(n.split()[0]))  # not "Future Publishing/Shutterstock"
            # "Photo: Coordination Headquarters for the Treatment of Prisoners of War": a body's credit
            and n.split()[-1].lower() not in _BODY_ENDS
        ]
    return bare_byline(stripped) if top else []


# A line that is only the page's date: "Updated - February 18, 2026 10:42 pm IST - NEW DELHI",
# "4.3.2026 18:05".
DATE_LINE = re.compile(
    r"[ \u00a0]*(?:(?:Updated|Published|Posted)\b[ \u00a0]*[-–—:]?[ \u00a0]*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \u00a0]+)?"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\d"
    r"|\d{1,2}[ \u00a0]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_OUTLET_AFTER = re.compile(
    r",[ \u00a0]*(?:The[ \u00a0]+)?[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*){0,2}[ \u00a0]*$"
)


_BODY_ENDS = frozenset(
    {"headquarters", "ministry", "office", "service", "council", "committee", "agency", "department"}
    | {"administration", "forces", "army", "police", "government", "presidency", "embassy", "staff"}
)
_NOT_A_NAME = frozenset(
    {"road", "street", "park", "stadium", "stade", "arena", "ground", "news", "desk", "staff", "team"}
    | {"service", "agency", "press", "times", "post"}
)


def dated_byline(line: str) -> list[str]:
    """The names of a line the page's date stands under ("Ananya Krishnan", "Aino Lehtonen, Yle News"):
    a byline, whatever names it holds."""
    names = _names_in_list(_OUTLET_AFTER.sub("", line.strip()), need_given=False) or []
    # (not a venue or a desk over a match report's date: "Lansdowne Road", "Stade de France", "BBC News")
    return [n for n in names if not is_place(n) and not _NOT_A_NAME & {w.lower() for w in n.split()}]


def bare_byline(line: str) -> list[str]:
    """The names of a byline written with no "By" ("Dan Sabbagh in Kyiv and Pjotr Sauer"), or none."""
    return _names_in_list(line.strip(), need_given=True) or []


def unique(names: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        if name not in out:
            out.append(name)
    return tuple(out)
