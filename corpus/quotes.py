"""Direct quotations and who said them.

Quote marks are paired in one pass per paragraph (straight marks decided by the characters around them),
so ten thousand unmatched marks cost one pass. A quote left open at the end of a paragraph continues when
the next paragraph opens with a mark (the newspaper convention for multi-paragraph quotes).

Speakers come from the words right after the quote (`"...," said X`, `"...," X told ...`), else from the
sentence that introduces it (`X said: "..."`, `X stated to reporters, "..."`, `..., saying "..."`).
Pronouns resolve to the nearest earlier speaker or person; anonymous sources are kept as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .credits import CREDIT_BEFORE
from .entities import DEMONYMS, EMPLOYEE_ROLES, NAME_MONTHS, SPEECH_VERBS, Mention
from .gazetteer import fold
from .given_names import gender
from .model import Quote, SpeakerKind
from .sentences import SentenceIndex, is_abbreviation, paragraph_spans

MAX_FRAGMENT_WORDS = 3
MAX_LEAD = 300  # characters before a quote searched for the clause that introduces it
MAX_LOOKBACK = 3000  # characters before a quote searched for a pronoun's antecedent
SUBJECT_REACH = 80  # a person named this close to the start of a sentence is taken for its subject
_OPENERS = "“«„"
_CLOSERS = "”»"
_MARKS = re.compile(r"[“”«»„\"‘’]")
_SCANNED = re.compile(r"[“”«»„\"‘’']")  # with the straight single mark, which is mostly an apostrophe
# A notice's words, not a story about copyright ("... protectable by U.S. copyright law," the company said)
_BOILERPLATE = re.compile(
    r"fair use|all rights reserved|\bcopyright(?:ed)?\b(?![ \u00a0]+(?:law|laws|case|suit|lawsuit|"
    r"infringement|claims?|dispute|protection|act|office|rules|reform)\b)",
    re.IGNORECASE,
)
# A dateline's "March 29 - ", and the dash that ends a dateline's place and date.
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2}"
_DATELINE_DASH = r"[ \u00a0]+[-\u2013\u2014][ \u00a0]"

_VERB = "|".join(
    sorted(
        {
            *SPEECH_VERBS,
            "saying",
            "stating",
            "adding",
            "writing",
            "telling",
            "says",
            "tells",
            "according",
            "continued",
            "concluded",
            "cited",
            "sighed",
            "sighs",
            "scoffed",
            "recalled",
            "posted",
            "remarked",
            "remarks",
            "ask",
            "muses",
            "mused",
            "recounts",
            "recounted",
            "repeated",
            "repeats",
            "reiterated",
            "reiterates",
            "reflects",
            "reflected",
            "reckons",
            "reckoned",
            "summarized",
            "summarised",
            "summarizes",
            "summarises",
            # present tense, as features and interview write-ups have it ("he argues", "she adds")
            "adds",
            "argues",
            "insists",
            "writes",
            "warns",
            "explains",
            "replies",
            "recalls",
            "asks",
            "notes",
            "observes",
            "observed",
            "admits",
            "concedes",
            "continues",
            "concludes",
            "suggests",
            "suggested",
            "predicts",
            "predicted",
            "cautions",
            "jokes",
            "quips",
            "responds",
            "counters",
            "countered",
            "maintains",
            "claims",
            "stresses",
            "emphasises",
            "emphasizes",
            "acknowledges",
            "tweets",
            "declares",
            "announces",
            "complained",
            "complains",
            "lamented",
            "laments",
            "asserted",
            "asserts",
            "comments",
            "detailed",
            "warning",
            "noting",
            "arguing",
            "insisting",
            "claiming",
            "explaining",
            "declaring",
            "announcing",
        },
        key=len,
        reverse=True,
    )
)
_VERB_RE = re.compile(rf"\b(?:{_VERB})\b", re.IGNORECASE)
# Verbs that introduce a quotation from before it ("X called for “...”", "X described it as “...”").
_INTRO_RE = re.compile(
    rf"\b(?:{_VERB}|call(?:s|ed|ing)|urg(?:es|ed|ing)|describ(?:es|ed|ing)|promis(?:es|ed|ing)|vow(?:s|ed|ing)|"
    r"pledg(?:es|ed|ing)|accus(?:es|ed|ing)|demand(?:s|ed|ing)|dismiss(?:es|ed|ing)|cit(?:es|ed|ing)|"
    r"branded|labelled|labeled|termed|dubbed|put[ \u00a0]+it|welcom(?:es|ed|ing)|hail(?:s|ed|ing)|"
    r"prais(?:es|ed|ing)|liken(?:s|ed)|"
    r"condemn(?:s|ed|ing)|denounc(?:es|ed|ing)|criticis(?:es|ed|ing)|criticiz(?:es|ed|ing))\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(he|she|they|it|i|we)\b", re.IGNORECASE)
_LEAD = re.compile(r"[\s,;:\u2014\u2013-]*")

# Callings that "the singer said", "the Bishop said" names the person the text was just writing about by
# (an arts or sports page rarely quotes an unnamed singer); "a singer said" stays anonymous.
_CALLING_HEADS = (
    "singer",
    "singer-songwriter",
    "actor",
    "actress",
    "star",
    "rapper",
    "bishop",
    "archbishop",
    "author",
    "writer",
    "novelist",
    "comedian",
    "presenter",
    "film-maker",
    "filmmaker",
    "chef",
    "designer",
    "artist",
    "composer",
    "playwright",
    "poet",
    "guitarist",
    "frontman",
    "footballer",
    "striker",
    "coach",
    "boss",
)
# Documents that speak for whoever wrote them: anonymous heads, kept as written when "the ..." refers back.
_DOCUMENT_HEADS = (
    "letter",
    "memo",
    "communique",
    "communiqué",
    "directive",
    "minutes",
    "declaration",
    "circular",
)
ANON_HEADS = (
    "(?-i:PM)",  # "The PM said:" (case kept: not "the meeting at 2 pm")
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "person",
    "people",
    "insider",
    "insiders",
    "analyst",
    "analysts",
    "staffer",
    "staffers",
    "officer",
    "officers",
    "representative",
    "representatives",
    "member",
    "members",
    "lawmaker",
    "lawmakers",
    "negotiator",
    "negotiators",
    "minister",
    "expert",
    "experts",
    "observer",
    "observers",
    "commander",
    "soldier",
    "resident",
    "residents",
    "witness",
    "spokespeople",
    "statement",
    "report",
    "circular",
    # (what a poll, survey or court found, as the text quotes it: its maker's)
    "survey",
    "poll",
    r"resolution(?!\s+(?:of|to|on|for|in)\b)",  # "the resolution said", not "a resolution of the crisis"
    r"document(?=\s+(?:issued|released|published)\s+by\s)",  # not "a bargaining document obtained by"
    r"ruling(?=\s+(?:by|of|from)\s)",  # not "Japan's ruling Liberal Democratic Party"
    "bulletin",
    "government",
    "ministry",
    "administration",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "leader",
    "director",
    "secretary",
    "envoy",
    "ambassador",
    "president",
    "chief",
    "commissioner",
    "chancellor",
    "mayor",
    "governor",
    "ombudsman",
    "musician",
    "banker",
    "bankers",
    "executive",
    "executives",
    "manager",
    "managers",
    "delegate",
    "delegates",
    "broker",
    "brokers",
    "trader",
    "traders",
    "dealer",
    "dealers",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "investor",
    "investors",
    "participant",
    "participants",
    "worker",
    "workers",
    "man",
    "woman",
    "patient",
    "doctor",
    "doctors",
    "nurse",
    "teacher",
    "teachers",
    "student",
    "students",
    "protester",
    "protesters",
    "voter",
    "voters",
    "farmer",
    "farmers",
    "survivor",
    "survivors",
    "victim",
    "neighbour",
    "neighbor",
    "employee",
    "employees",
    "prosecutors",
    "activists",
    "specialist",
    "specialists",
    "consultant",
    "consultants",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "buyer",
    "buyers",
    "arbitrager",
    "arbitragers",
    "arbitrageur",
    "arbitrageurs",
    "commenter",
    "commenters",
    "journalist",
    "journalists",
    "forecaster",
    "forecasters",
    "commentator",
    "commentators",
    "critic",
    "critics",
    "refiner",
    "refiners",
    "producer",
    "producers",
    "exporter",
    "exporters",
    "importer",
    "importers",
    "supplier",
    "suppliers",
    "shipper",
    "shippers",
    "mp",
    "mps",
    "mep",
    "meps",
    "campaigner",
    "campaigners",
    "salesman",
    "salesmen",
    "businessman",
    "businesswoman",
    "businessmen",
    "entrepreneur",
    "pensioner",
    "volunteer",
    "demonstrators",
    "organisers",
    "organizers",
    "technician",
    "technicians",
    "critic",
    "critics",
    *_DOCUMENT_HEADS,
    *_CALLING_HEADS,
)
_CLAUSE_VERB = re.compile(r"\s(?-i:[a-z]+ed)\s+(?:a|an|the)\s")
_NOT_IN_ROLE = (
    "and|or|but|who|whom|which|that|the|a|an|in|of|for|at|on|to|with|by|from|as|is|was|has|had|have|were|are|"
    "will|would|not|also|then|later"
)
_DETERMINER = r"(?:a|an|one|two|three|four|several|some|another|the|this|that|other|senior|unnamed|anonymous)"
# Plural sources need no determiner ("Analysts at Jefferies said", "Officials in Kyiv told ...").
_BARE_HEADS = (
    "analysts|officials|sources|diplomats|insiders|experts|observers|economists|investigators|traders|dealers|"
    "bankers|brokers|delegates|strategists|investors|campaigners|critics"
)
# "One of them said", "one of those present": a member of a group named before, kept as written.
_ONE_OF = (
    r"\b(?:one|two|some|several|none|neither|another|each)\s+of\s+(?:them|those|these)"
    r"|\b(?:a|the)\s+(?:second|third|fourth|fifth|other)(?=\s*,|\s+(?:said|says|told|added)\b)"
    # '"...," one said': one of the sources just quoted ("No one said" is nobody)
    r"|(?<![Nn]o\s)\bone(?=\s*[,.]|\s+(?:said|says|told|added)\b|\s*$)"
)
_ANON = re.compile(
    # (a full stop inside is an abbreviation's, "the U.S. official", never a sentence's end)
    rf"(?:\b{_DETERMINER}\b(?:(?!\s(?:by|to|about|against|with|over|quoted|cited)\s)"
    # (and a comma inside a body's name: "A Department for Media, Culture and Sport spokeswoman")
    r"(?:[\w ’'-]|(?-i:(?<=[A-Z]))\.|\.(?!\s+(?-i:[A-Z]))"
    r"|(?-i:(?<=[a-z]),(?=\s[A-Z][a-z]+\s(?:and|&)\s[A-Z]))))"
    r"{0,60}?"
    # a head owned by another is not the source: "the rapper's spokesman", "the minister's aide"
    rf"\b(?:{'|'.join(ANON_HEADS)})|\b(?:{_BARE_HEADS})|{_ONE_OF})\b(?![’']s\b)"
    # a compound role runs on to its last head: "a producer delegate", "One government bond salesman"
    rf"(?:(?:\s+(?!(?:{_VERB}|{_NOT_IN_ROLE})\b)(?-i:[a-z])[\w-]*){{0,2}}\s+(?:{'|'.join(ANON_HEADS)})\b(?![’']s\b))?"
    r"(?:(?:\s+(?:familiar|briefed|close|involved|knowledgeable|quoted|cited))?\s+(?:for|of|at|from|in|with|on|to|about|by)"
    # (with a body's initials: "a spokesman for the World Summit for the Information Society (WSIS),")
    r"\s+(?:the\s+)?[\w.’' -]{1,50}?(?:\s\([A-Z]{2,8}\))?"
    # a full stop ends the description, but not the one of an initial ("the U.S. State Department")
    r"(?=\s*(?:[,:;]|(?<![^A-Za-z][A-Z])\.|$|\s(?:who|that|as|said|told|" + _VERB + r")\b)))?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Raw:
    open: int  # index of the opening mark
    close: int  # index of the closing mark
    text: str
    start: int
    end: int


def find_quote_spans(body: str) -> list[_Raw]:
    """Pair quote marks paragraph by paragraph; unmatched marks are ignored."""
    out: list[_Raw] = []
    paragraphs = paragraph_spans(body)
    carry: int | None = None  # opening mark of a quote continued from the previous paragraph
    pieces: list[tuple[int, int]] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        opened: int | None = None
        skip = -1
        if carry is not None:
            if body[ps] in _OPENERS or body[ps] == '"':
                opened = carry
                pieces.append((ps + 1, ps + 1))
                skip = ps
            elif _closed_first(body, ps, pe):
                # '... said "this was a strangely deceptive budget.¶The Chancellor had ... poverty."': the
                # wire story closes the quotation only at the end of the next paragraph
                opened = carry
                pieces.append((ps, ps))
            else:
                # '... he replied "I think we will hold the election ...¶But he added': never closed, the
                # quotation ends with its paragraph
                if _opens(body, carry, 0, len(body)):
                    out.append(_assemble(body, carry, pieces[-1][1], pieces))
                pieces = []
            carry = None
        single: int | None = None  # opening ‘ of a single-quoted statement (only outside double marks)
        for m in _SCANNED.finditer(body, ps, pe):
            pos = m.start()
            if pos == skip:
                continue
            ch = body[pos]
            if ch == "'":
                # A straight single mark is mostly an apostrophe (don't, Ukraine's, '90s, the allies'): it
                # opens before a letter after a space or the line start, and closes an open straight mark
                # when no letter or digit follows.
                if opened is not None:
                    continue
                if single is None:
                    if _opens(body, pos, ps, pe) and body[pos + 1 : pos + 2].isalpha():
                        single = pos
                elif body[single] == "'" and _closes(body, pos, ps) and not _apostrophe(body, pos, pe):
                    out.append(_assemble(body, single, pos, [(single + 1, pos)]))
                    single = None
                continue
            if ch in "‘’":
                # ’ is mostly an apostrophe (Russia’s, don’t): it closes only an open ‘, and only when no
                # letter follows; single marks inside a double-quoted statement are nested and stay in it.
                if opened is not None:
                    if ch == "’" and body[pos + 1 : pos + 2] == "’" and body[opened] == "“":
                        # “...’’: two closing single marks typed for the double one
                        pieces[-1] = (pieces[-1][0], pos)
                        out.append(_assemble(body, opened, pos + 1, pieces))
                        opened, pieces = None, []
                    continue
                if ch == "‘":
                    if _opens(body, pos, ps, pe):
                        single = pos
                elif single is not None and not (pos + 1 < pe and body[pos + 1].isalpha()):
                    out.append(_assemble(body, single, pos, [(single + 1, pos)]))
                    single = None
                continue
            if ch == "“" and opened is not None and body[opened] == "„":
                pass  # German „…“: the low mark opens, this one closes
            elif ch == '"':
                if _TYPED_APOSTROPHE.match(body, pos, pe):
                    continue  # '"I"m not declaring an end': a double mark typed for the apostrophe
                if opened is None:
                    if _opens(body, pos, ps, pe):
                        opened, pieces = pos, [(pos + 1, pos + 1)]
                    continue
                if not _closes(body, pos, ps):
                    k = pos
                    while k > ps and body[k - 1] in " \u00a0":
                        k -= 1
                    if k < pos and body[k - 1] in ",.!?" and _AFTER_CLOSE.match(body, pos + 1, pe):
                        # '"... saved in Argentina, " said Carlos Baez Silva': a space typed before the mark
                        pieces[-1] = (pieces[-1][0], pos)
                        out.append(_assemble(body, opened, pos, pieces))
                        opened, pieces = None, []
                        continue
                    sentence_ended = k < pos and body[k - 1] in ".!?"
                    if sentence_ended and (pos + 1 >= pe or body[pos + 1] in " \u00a0\n"):
                        # '"... peace in the homes of the community. " A spokesman said': a closing mark
                        # typed after a space (nothing opens before a space)
                        pieces[-1] = (pieces[-1][0], k)
                        out.append(_assemble(body, opened, pos, pieces))
                        opened, pieces = None, []
                        continue
                    said = _UNCLOSED_SAID.search(body, pieces[-1][0], k) if sentence_ended else None
                    if body[opened] == '"' and said is not None and body[pos + 1 : pos + 2].isupper():
                        # '"It's a gloomy outlook, said David Wyss of DRI. "I'm impressed ...': the first
                        # quotation was never closed; its attribution, then the next one opens
                        pieces[-1] = (pieces[-1][0], said.start())
                        out.append(_assemble(body, opened, said.start(), pieces))
                        opened, pieces = pos, [(pos + 1, pos + 1)]
                        continue
                    if body[opened] == '"' and sentence_ended and body[pos + 1 : pos + 2].isupper():
                        # '"... for a long period. "But once he has served ...': a new sentence of the same
                        # quotation opened again without the last one closed (BBC style).
                        pieces[-1] = (pieces[-1][0], k)
                        pieces.append((pos + 1, pos + 1))
                        continue
                    inner = _NESTED.match(body, pos, pe)
                    if body[opened] == '"' and not sentence_ended and inner and '"' in body[inner.end() : pe]:
                        # '"we support the Camp David "four points" and the treaty."': a quote nested in
                        # the open one, whose own marks are straight too; the outer one goes on
                        skip = inner.end() - 1
                        continue
                    opened, pieces = pos, [(pos + 1, pos + 1)]
                    continue
            elif ch in _OPENERS:
                opened, pieces, single = pos, [(pos + 1, pos + 1)], None
                continue
            elif opened is None:
                continue
            pieces[-1] = (pieces[-1][0], pos)
            out.append(_assemble(body, opened, pos, pieces))
            opened, pieces = None, []
        if opened is not None:
            pieces[-1] = (pieces[-1][0], pe)
            if pi + 1 < len(paragraphs):
                carry = opened
            elif body[pe - 1 : pe] in ".!?" and _opens(body, opened, ps, pe):
                out.append(_assemble(body, opened, pe, pieces))  # the last paragraph's unclosed quotation
    return out


# The attribution that ends an unclosed quotation's sentence: ", said David Wyss of Data Resources Inc."
_UNCLOSED_SAID = re.compile(
    r",[ \u00a0\n]+(?:(?:said|says|added)[ \u00a0\n]+[A-Z][^\"“”.!?]{0,80}"
    r"|(?:[A-Z][\w.’'-]*[ \u00a0\n]+){1,4}(?:said|says|added)(?:[ \u00a0\n]+[^\"“”.!?]{0,40})?)\.$"
)


def _closed_first(body: str, ps: int, pe: int) -> bool:
    """Whether the paragraph's first double mark closes a quotation (a closing mark, or a straight one after
    a letter or stop), so that the one left open above runs on into it."""
    m = _DOUBLE_MARK.search(body, ps, pe)
    if m is None:
        return False
    ch = m.group()
    if ch in _CLOSERS:
        return True
    return ch == '"' and _closes(body, m.start(), ps) and not body[m.start() + 1 : m.start() + 2].isalnum()


_DOUBLE_MARK = re.compile(r"[“”«»„\"]")


# A short quoted term inside an open straight-quoted statement: '"four points" and', '"paper studies" in'.
_NESTED = re.compile(r'"[^"\n]{1,40}?[^\s"]"(?=[ \u00a0]+[a-z(])')


def _assemble(body: str, opened: int, closed: int, pieces: list[tuple[int, int]]) -> _Raw:
    # A comma before the closing mark belongs to the attribution ("...," he said), not to the statement.
    last_a, last_b = pieces[-1]
    while last_b > last_a and body[last_b - 1] in ", \u00a0":
        last_b -= 1
    pieces[-1] = (last_a, last_b)
    start, end = pieces[0][0], pieces[-1][1]
    text = " ".join(body[a:b].strip() for a, b in pieces) if len(pieces) > 1 else body[start:end]
    return _Raw(opened, closed, text, start, end)


def _opens(body: str, pos: int, ps: int, pe: int) -> bool:
    before = body[pos - 1] if pos > ps else " "
    after = body[pos + 1] if pos + 1 < pe else " "
    if before.isalpha() and after.isupper():
        # 'A Taiwanese banker said"It will be a good idea ...': a wire that lost the space after the verb
        return _VERB_GLUED.search(body, max(ps, pos - 8), pos) is not None
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


_VERB_GLUED = re.compile(r"\b(?:said|says|added|saying|stated|declared)$")


_PLURAL_POSSESSIVE = re.compile(r"[ \u00a0]+[a-z]")
# A contraction's apostrophe typed as a double mark: a letter on each side and the contraction's ending
_TYPED_APOSTROPHE = re.compile(
    r'(?<=\bI)"m(?=[ \u00a0])|(?<=[a-z]n)"t(?=[ \u00a0,.;:!?])|(?<=[a-z])"(?:re|ve|ll)(?=[ \u00a0])'
)
_AFTER_CLOSE = re.compile(rf"[ \u00a0]+(?:he|she|they|it|we|I|(?:{_VERB}))\b", re.IGNORECASE)


def _apostrophe(body: str, pos: int, pe: int) -> bool:
    """A straight ' that is not a closing mark: a letter or digit follows (don't, Ukraine's), or it ends a
    plural possessive ("the allies' position"), unless a pronoun or speech verb follows ("...' he said")."""
    after = body[pos + 1 : pos + 2]
    if after.isalnum():
        return True
    return (
        body[pos - 1 : pos] == "s"
        and _PLURAL_POSSESSIVE.match(body, pos + 1, pe) is not None
        and _AFTER_CLOSE.match(body, pos + 1, pe) is None
    )


def _closes(body: str, pos: int, ps: int) -> bool:
    before = body[pos - 1] if pos > ps else " "
    return not before.isspace()


class _Mentions:
    """Mentions by offset. Names written inside a quotation are left out: "“Putin is stalling,” the
    foreign secretary said" does not make Putin a candidate speaker of the next quote."""

    def __init__(self, mentions: Sequence[Mention], inside: Sequence[tuple[int, int]] = ()) -> None:
        opens = [a for a, _ in inside]
        self.inside, self.opens = list(inside), opens
        items = sorted(mentions, key=lambda m: m.start)
        if inside:
            items = [m for m in items if not _within(inside, opens, m.start)]
        self.items = items
        self.starts = [m.start for m in self.items]

    def quoted(self, pos: int) -> bool:
        """True when `pos` lies inside a quotation."""
        return _within(self.inside, self.opens, pos)

    def between(self, a: int, b: int) -> list[Mention]:
        i = bisect_left(self.starts, a)
        out = []
        while i < len(self.items) and self.items[i].start < b:
            if self.items[i].end <= b:
                out.append(self.items[i])
            i += 1
        return out


@dataclass(slots=True)
class _Attribution:
    speaker: str | None
    kind: SpeakerKind
    pronoun: str = ""  # "he", "she", ... when the attribution is a pronoun still to resolve
    skip_sentence: bool = False  # the pronoun's antecedent is before the quote's sentence
    headline: bool = False  # "‘...’: Hungary’s foreign minister on ...": a speaker described in a headline
    head: str = ""  # "firm" for "the banking firm said": the kind of body an "it" stands for


# A headline or a subheading that opens with a quote and names who said it after a colon: "‘We are not
# Putin’s lawyers’: Hungary’s foreign minister on the war"; the description stops at "on", "about", ...
_HEADLINE_TAIL = re.compile(
    r"[ \u00a0]*:[ \u00a0]+([^\n]{2,120}?)(?=[ \u00a0]+(?:on|about|over|in|at|as|after)\b|[ \u00a0]*$)"
)


_NAMED_HEADLINE = re.compile(r"[ \u00a0]*([^\n:]{3,60}?)[ \u00a0]*:[ \u00a0]*$")


def _headline_speaker(body: str, raw: _Raw, index: _Mentions) -> _Attribution | None:
    line_start = body.rfind("\n", 0, raw.open) + 1
    named = _NAMED_HEADLINE.match(body, line_start, raw.open)
    if named is not None and not body[raw.close + 1 : body.find("\n", raw.close) % (len(body) + 1)].strip():
        # "Andrii Sybiha: ‘If Europe waits ...’": a headline that gives the speaker before a colon.
        people = [m for m in index.between(named.start(1), named.end(1)) if m.type == "person"]
        if len(people) == 1 and people[0].start == named.start(1) and people[0].end == named.end(1):
            return _Attribution(people[0].name, "named", headline=True)
    if body[line_start : raw.open].strip() or raw.text.rstrip().endswith("."):
        return None
    line_end = body.find("\n", raw.close)
    line_end = len(body) if line_end == -1 else line_end
    if line_end - line_start > 200 or body[line_end - 1 : line_end] in (".", "”", '"'):
        return None
    tail = _HEADLINE_TAIL.match(body, raw.close + 1, line_end)
    if tail is None or _VERB_RE.search(body, tail.start(1), line_end):
        return None
    found = _speaker_phrase(body, tail.start(1), tail.end(1), index, leading=True)
    if found is None or found.speaker is None:
        return None
    found.headline = True
    return found


def _short_statement(
    body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions, inside: list[tuple[int, int]]
) -> _Attribution | None:
    """A quote of one to three words that is a whole utterance, not a scare quote: it opens its sentence,
    ends in punctuation inside the marks, and a speech verb attributes it ("Nothing is agreed," one U.S.
    official said). Scare quotes sit inside someone else's sentence ("a 'stalemate'")."""
    sentence_start = sentences.span_of(raw.open)[0]
    closing = body[raw.start : raw.close].rstrip()
    if body[sentence_start : raw.open].strip() or not closing.endswith((",", ".", "!", "?")):
        return None
    attr = _attribute(body, raw, sentences, index, inside)
    return attr if attr.speaker or attr.pronoun else None


_SLASH_AFTER = re.compile(r"[ \u00a0]?/[ \u00a0]?[A-Z]")


def _photo_credit(body: str, m: Mention) -> bool:
    return bool(CREDIT_BEFORE.search(body, max(0, m.start - 16), m.start) or _SLASH_AFTER.match(body, m.end))


def find_quotes(
    body: str,
    mentions: Sequence[Mention],
    sentences: SentenceIndex | None = None,
    roles: dict[str, tuple[str, ...]] | None = None,
) -> tuple[list[Quote], list[Quote]]:
    """(statements, fragments) with speakers. `roles` maps a folded description ("ukrainian president") to
    the actor the alias table gives it, taken when the article names that actor."""
    raws = find_quote_spans(body)
    sentences = sentences or SentenceIndex(body)
    inside = [(r.open, r.close) for r in raws]
    opens = [o for o, _ in inside]
    # a photographer in a caption's credit ("Photograph: Camille Roussel/AFP") takes no part in the story
    mentions = [m for m in mentions if not (m.type == "person" and _photo_credit(body, m))]
    index = _Mentions(mentions, inside)
    quotes: list[Quote] = []
    fragments: list[Quote] = []
    resolved: list[tuple[_Raw, str | None, SpeakerKind]] = []
    paragraphs = paragraph_spans(body)
    # Sentences that mention copyright or fair use, found in one pass rather than once per quote.
    flagged = {sentences.index_of(m.start()) for m in _BOILERPLATE.finditer(body)}
    # An interview write-up ("..., I ask."): the person it is about answers whatever "he" or "she" says.
    dominant, main = _dominant_person(index)
    interviewee = main if _INTERVIEWER.search(body) else None
    profiled = _profiled(body, dominant, index)
    for raw in raws:
        first, last = sentences.index_of(raw.open), sentences.index_of(raw.close)
        if flagged and any(k in flagged for k in range(first, min(last, first + 50) + 1)):
            continue
        words = raw.text.split()
        if not words:
            continue
        attr = None
        if len(words) <= MAX_FRAGMENT_WORDS:
            attr = _short_statement(body, raw, sentences, index, inside)
            if attr is None:
                fragments.append(Quote(raw.text, None, "unknown", raw.start, raw.end))
                continue
        calling_tried = False
        attr = attr or _headline_speaker(body, raw, index) or _attribute(body, raw, sentences, index, inside)
        if (
            attr.speaker is None
            and _BARE_QUOTE_LABEL.search(body, max(0, raw.open - 12), raw.open)
            and (si := sentences.index_of(raw.open)) > 0
        ):
            # 'Zelensky stressed that ...' then 'Quote: "..."' (Ukrainska Pravda's layout): the words of the
            # one the sentence before opens with
            attr = _opening_person(body, sentences.spans[si - 1], index) or attr
        speaker, kind = attr.speaker, attr.kind
        carries_on = resolved and _continues(paragraphs, resolved[-1][0], raw, body)
        if speaker is None and attr.pronoun == "it":
            # "it said", "the company said": the organisation named before, else as an unattributed quote
            speaker = _organisation_before(
                body, raw, sentences, index, resolved, "", not_state=attr.head in _FIRM_HEADS
            )
            if speaker is None and attr.head:
                speaker = _headed_body_before(raw, index, attr.head)
            if speaker is None and attr.head in ("company", "firm", "group"):
                speaker = _lead_organisation(body, sentences, index)
            if speaker is not None:
                kind = "named"
            elif (unnamed := _unnamed_body_before(body, raw, sentences)) is not None:
                speaker, kind = unnamed, "anonymous"  # "A Chinese newspaper said ... It said: “...”"
            else:
                attr = _Attribution(None, "unknown")
        subject = None
        if speaker is None and not attr.pronoun:
            sentence_end = sentences.span_of(raw.close)[1]
            trailing = _TRAILING_PRONOUN.search(body, raw.close, sentence_end)
            if trailing is not None:
                # 'Mr Blair has "the same passion" as in 1997, he said.': the sentence's own attribution
                attr = _Attribution(None, "unknown", pronoun=trailing.group(1).lower())
            else:
                named = _TRAILING_SPEAKER.search(body, raw.close, sentence_end)
                found = (
                    _speaker_phrase(body, named.start(1), named.end(1), index, leading=True)
                    if named
                    else None
                )
                if found is not None and (found.speaker or found.pronoun):
                    attr = (
                        found  # '... "magical balances" in a bid to convince people, the Tory leader said.'
                    )
                    speaker, kind = found.speaker, found.kind
        if speaker is None and not attr.pronoun:
            actor = _actor_before(body, raw, paragraphs, sentences, index, resolved)
            subject = None if actor is not None else _sentence_subject(body, raw, sentences, index)
            if actor is not None:
                speaker, kind = actor, "named"  # 'Sybiha smiles at the line. “Dmytro was right.”'
            elif subject is not None:
                # 'Cook remembered Jobs rehearsing there and "going way off script"': the quote is words of
                # the sentence's subject.
                attr = subject
                speaker, kind = subject.speaker, subject.kind
            elif carries_on:
                # a quote that carries on after "he added." (unless the paragraph between ended on who speaks
                # next: '... Kemp responded: “...”. ..., Mr Howard said.' then the quotation is Howard's)
                intro = _previous_paragraph(body, raw, paragraphs, sentences, index)
                if intro is not None and intro.speaker is not None:
                    attr, speaker, kind = intro, intro.speaker, intro.kind
                else:
                    speaker, kind = resolved[-1][1], resolved[-1][2]
            else:
                attr = _previous_paragraph(body, raw, paragraphs, sentences, index) or attr
                speaker, kind = attr.speaker, attr.kind
                if speaker is None and attr.pronoun == "it":
                    # "The company, which ..., said the result included write-offs." then the quotation
                    speaker = _organisation_before(
                        body, raw, sentences, index, resolved, "", not_state=attr.head in _FIRM_HEADS
                    ) or (_headed_body_before(raw, index, attr.head) if attr.head else None)
                    kind = "named" if speaker else kind
        if speaker is None and not attr.pronoun and subject is None and resolved:
            speaker, kind = _speaker_carried_on(body, raw, paragraphs, index, resolved)
        if speaker is None and attr.pronoun == "i" and (author := _byline_author(body, paragraphs, index)):
            speaker, kind = author, "named"  # '“Would you use the money?” I asked.': the interviewer
        if (
            speaker is None
            and attr.pronoun in ("he", "she")
            and interviewee is not None
            and _agrees(attr.pronoun, interviewee, "named")
        ):
            speaker, kind = interviewee, "named"  # an interview write-up: "he says" is the one interviewed
        if speaker is None and attr.pronoun:
            speaker, kind = _resolve_pronoun(
                body, raw, sentences, index, inside, resolved, opens, attr.pronoun, attr.skip_sentence
            )
            if (
                kind != "named"
                and profiled is not None
                and attr.pronoun == profiled[1]
                and _PRESENT_SAYS.match(body, raw.close + 1)
            ):
                # a profile's '“...,” she says' after another source's "the diplomat said": the one it is
                # about, not the unnamed source nearer
                speaker, kind = profiled[0], "named"
        if kind == "anonymous" and speaker and roles and (holder := _role_holder(speaker, roles, index)):
            speaker, kind = holder, "named"  # "the Ukrainian president said", with Zelensky named here
        if (
            kind == "anonymous"
            and speaker
            and roles
            and speaker.lower() == "the president"
            and "White House" in body[sentences.span_of(raw.open)[0] : raw.open]
            and (holder := _role_holder("US president", roles, index))
        ):
            speaker, kind = holder, "named"  # "Speaking at the White House, the President said:"
        if kind == "anonymous" and speaker and (issuer := _issuer(speaker, index)):
            # "The Exchange statement said": the issuer, before "the ..." is taken for an earlier source
            speaker, kind = issuer, "named"
        if kind == "anonymous" and speaker and _THE_DOCUMENT.fullmatch(speaker):
            issued = _document_issuer(body, raw, sentences, index)
            if issued is not None:
                speaker, kind = issued.speaker, issued.kind  # "X said in a statement ... the statement said"
        if kind == "anonymous" and speaker and speaker.lower().startswith("the "):
            titled = _titled_person(body, raw.open, speaker, index)
            if titled is not None and _is_office(speaker):
                # "Sir Keir Starmer used the summit to ... “...,” the Prime Minister said.": the one the
                # paragraph is about holds the office, over a foreign holder named paragraphs before
                ps = paragraphs[_paragraph_of(paragraphs, raw.open)][0]
                first = sentences.span_of(ps)
                opener = _opening_person(body, first, index) if first[1] <= raw.open else None
                if (
                    opener is not None
                    and opener.speaker != titled
                    and not any(m.name == titled for m in index.between(ps, raw.open))
                ):
                    titled = opener.speaker
            if titled is None and _is_office(speaker):
                titled = _office_holder(body, raw, sentences, index, inside, resolved, opens)
            if titled is not None:
                speaker, kind = titled, "named"
            else:
                described = speaker
                speaker = _antecedent(body, raw.open, speaker)
                if (
                    speaker != described
                    and described.split()[-1].lower() in ("executive", "official")
                    and (holder := _described_before(body, raw.open, described, index, sentences))
                ):
                    # "a senior Soviet State Bank official said ... Yurij Ponomarev, international managing
                    # director of the State Bank, told Reuters ... the State Bank official said": the one
                    # named with the role after the unnamed source was
                    named_at = max(m.start for m in index.between(0, raw.open) if m.name == holder)
                    written = re.compile(r"\s+".join(map(re.escape, speaker.split())))
                    introduced = [m.start() for m in written.finditer(body, 0, raw.open)]
                    if introduced and named_at > introduced[-1]:
                        speaker, kind = holder, "named"
                if speaker == described:
                    speaker, kind = _described_speaker(
                        body, raw, sentences, index, inside, resolved, opens, described
                    )
                    calling_tried = speaker == described  # (it asks _calling_holder itself)
        if kind == "anonymous" and speaker and not calling_tried and _calling(speaker):
            # "the British actor", "United boss", "the Two Ronnies star": the one the text is about
            named = _calling_holder(body, raw, speaker, sentences, index, inside, resolved, opens)
            if named is not None:
                speaker, kind = named, "named"
        if kind == "anonymous" and speaker and _POSSESSED_ROLE.fullmatch(speaker) and not attr.headline:
            titled = _titled_person(body, raw.open, speaker, index, strict=True)
            if titled is not None:
                speaker, kind = titled, "named"  # "Russia's president" after "Russian President X"
            else:
                lead = not any(m.type == "person" for m in index.between(0, raw.open))
                ahead = _role_holder_after(body, raw, speaker, index, owned=not lead)
                if ahead is None:
                    ahead = _headline_person_after(body, raw, index)
                if ahead is not None:
                    speaker, kind = ahead, "named"  # "Scotland's first minister has told ..." in a lead
        if kind == "anonymous" and speaker and (issuer := _issuer(speaker, index)):
            speaker, kind = issuer, "named"  # "a statement from the Kremlin" speaks for it
        if kind == "anonymous" and speaker and speaker.lower() == "one":
            speaker = (
                _one_of_them(body, raw.open, inside, opens) or speaker
            )  # "Western diplomats said ... one said"
        if kind == "anonymous" and speaker and _BARE_DOCUMENT.fullmatch(speaker):
            # "a statement said" with no issuer named: the last quoted source's words, else those of the body
            # the story is about
            earlier = [r for r in resolved if r[1] and raw.open - r[0].close <= MAX_LOOKBACK]
            if earlier:
                speaker, kind = earlier[-1][1], earlier[-1][2]
            elif org := _organisation_before(body, raw, sentences, index, resolved, ""):
                speaker, kind = org, "named"
        if kind == "named" and speaker:
            speaker = _named_in_full(speaker, index)
        resolved.append((raw, speaker, kind))
        quotes.append(Quote(raw.text, speaker, kind, raw.start, raw.end))
    if main is not None:
        # "the prime minister said", "the work and pensions minister has said" that nothing ties to a name, in
        # an article about one person: the office is theirs
        quotes = [Quote(q.text, main, "named", q.start, q.end) if _unlinked_office(q) else q for q in quotes]
    narrator = _narrator(body, index)
    if narrator is not None:
        # "Rob Partridge - Marley's former head of press - remembers the man": a memoir's unattributed
        # quotes are its narrator's, not those of the one remembered
        remembered = {None, dominant} - {narrator}
        quotes = [
            Quote(q.text, narrator, "named", q.start, q.end) if q.speaker in remembered else q for q in quotes
        ]
    quotes = _nearest_speaker_for_the_rest(quotes, dominant)
    joined = _join_broken(body, quotes, [raw for raw, _, _ in resolved], paragraphs)
    # (after the quotes in marks: a turn holding a quote keeps that quote's own speaker first)
    return joined + _transcript_turns(body, paragraphs, index, main or dominant), fragments


# A transcript's turn: "Kostenko: It is serious, but it is not the end of the story." after "Q: ...".
_TURN = re.compile(r"(Q|A|[A-Z][\w’'-]+(?:[ \u00a0][A-Z][\w’'-]+)?):[ \u00a0]+(?=[A-Z“\"'])")


def _transcript_turns(
    body: str, paragraphs: list[tuple[int, int]], index: _Mentions, interviewee: str | None
) -> list[Quote]:
    """The answers of a Q&A or an interview transcript, which carry no quotation marks: each turn labelled
    with a person the article names ("Kostenko:"), or "A:", is that person's statement."""
    turns = [(m, e) for s, e in paragraphs if (m := _TURN.match(body, s, e))]
    if not turns:
        return []
    named: dict[str, str] = {}
    for name in sorted({m.name for m in index.items if m.type == "person"}, reverse=True):
        named[name] = named[name.split()[-1]] = name  # "Kostenko" and "Yulia Kostenko" alike

    def who(label: str) -> str | None:
        return interviewee if label == "A" else named.get(label)

    speakers = [who(m.group(1)) for m, _ in turns]
    # the interviewer's questions: "Q:", or the outlet's name ("CNN: Who should monitor it?")
    outlets = {m.name for m in index.items if m.type == "org"}
    asked = sum(1 for m, _ in turns if m.group(1) == "Q" or m.group(1) in outlets)
    # an interviewer's questions, or a dialogue: four turns or more between two people the article names
    # (not "Source:", "Update:", "Related:", which name no one)
    dialogue = sum(1 for sp in speakers if sp) >= 4 and len({sp for sp in speakers if sp}) >= 2
    if asked < 2 and not dialogue:
        return []
    out = []
    for (m, e), speaker in zip(turns, speakers, strict=True):
        text = body[m.end() : e].strip()
        if speaker is not None and len(text.split()) > 3:
            out.append(Quote(text, speaker, "named", m.end(), m.end() + len(text)))
    return out


# What stands between the two pieces of a quote broken by its attribution: '“...,” he said. “...”'.
_BREAK = re.compile(rf"[^“”\"\n]{{0,120}}?\b(?:{_VERB})\b[^“”\"\n]{{0,160}}?[.,:;]?[ \u00a0]*", re.IGNORECASE)


# A memoir's lead: "..., Rob Partridge - Marley's former head of press - remembers the man"
_REMEMBERS = re.compile(
    r"[ \u00a0]*(?:[-–—,][^.\n“”\"]{0,90}?[-–—,][ \u00a0]*)?"
    r"(?:remembers|recalls|looks[ \u00a0]+back|reflects)\b"
)


def _narrator(body: str, index: _Mentions) -> str | None:
    """The person whose memories the piece gives, when its opening says so and no quote stands before."""
    lead = body[:600]
    first_quote = min((i for i in (lead.find("“"), lead.find('"')) if i >= 0), default=len(lead))
    for m in reversed(
        index.between(0, first_quote)
    ):  # the one nearest the verb: "of Bob Marley, Rob Partridge"
        if m.type == "person" and _REMEMBERS.match(body, m.end):
            return m.name
    return None


_INTERVIEWER = re.compile(r"\bI[ \u00a0]+(?:ask|asked|put\s+it\s+to\s+(?:him|her))\b")
_BY = re.compile(r"[ \u00a0]*(?i:by)[ \u00a0]+[A-Z]")


_SAYS_AFTER_NAME = re.compile(r"[ \u00a0]+says\b")
_SAYS_BEFORE = re.compile(r"\bsays[ \u00a0]+(?:[A-Z][a-z]+\.?[ \u00a0]+)?$")
_PRESENT_SAYS = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:he|she)[ \u00a0]+says\b")  # after the closing mark


def _profiled(body: str, main: str | None, index: _Mentions) -> tuple[str, str] | None:
    """(the person a profile is about, their pronoun): written in the present ("..., she says" at least
    three times), about one person: the pronoun their given name tells, or the only one the profile uses.
    Another source's "the diplomat said" in between does not make her quotes theirs."""
    if main is None:
        return None
    counts = {p: len(re.findall(rf"\b{p}[ \u00a0]+says\b", body)) for p in ("he", "she")}
    known = gender(main)
    if known is not None:
        pronoun = "she" if known == "f" else "he"
    elif min(counts.values()) == 0:
        pronoun = max(counts, key=counts.__getitem__)
    else:
        return None
    if counts[pronoun] < 3:
        return None
    seen: set[str] = set()
    for m in index.items:
        # someone else "he" or "she" could be, named twice or saying things ("says Prof Brewer"): no one
        # person's profile
        if m.type == "person" and m.name != main and _agrees(pronoun, m.name, "named"):
            if (
                m.name in seen
                or _SAYS_AFTER_NAME.match(body, m.end)
                or _SAYS_BEFORE.search(body, max(0, m.start - 20), m.start)
            ):
                return None
            seen.add(m.name)
    return main, pronoun


def _byline_author(body: str, paragraphs: list[tuple[int, int]], index: _Mentions) -> str | None:
    """The one reporter a byline near the top names ("By Marek Novak"): who "I" is in the copy."""
    for s, e in paragraphs[:6]:
        if e - s < 80 and _BY.match(body, s):
            people = {m.name for m in index.between(s, e) if m.type == "person"}
            return next(iter(people)) if len(people) == 1 else None
    return None


def _join_broken(
    body: str, quotes: list[Quote], raws: list[_Raw], paragraphs: list[tuple[int, int]]
) -> list[Quote]:
    """ "“We will win,” he said. “It will take time.”" is one statement, as readers count it: a quote
    followed in its paragraph, after nothing but its attribution, by one with no attribution of its own."""
    out: list[Quote] = []
    last_raw: _Raw | None = None
    for q, raw in zip(quotes, raws, strict=True):
        prev = out[-1] if out else None
        if (
            prev is not None
            and last_raw is not None
            and prev.speaker == q.speaker
            and prev.speaker_kind == q.speaker_kind
            and _paragraph_of(paragraphs, last_raw.close) == _paragraph_of(paragraphs, raw.open)
            and _BREAK.fullmatch(body, last_raw.close + 1, raw.open)
            and not _OWN_ATTRIBUTION.match(body, raw.close + 1)
        ):
            # joined as a reader quoting it would, marking where the attribution stood
            pieces = (*(prev.pieces or ((prev.start, prev.end),)), (q.start, q.end))
            out[-1] = Quote(
                f"{prev.text} … {q.text}", prev.speaker, prev.speaker_kind, prev.start, q.end, pieces
            )
            last_raw = raw
            continue
        out.append(q)
        last_raw = raw
    return out


# '“...,” he added.' after the second piece: each piece has its own attribution, so two statements.
_OWN_ATTRIBUTION = re.compile(
    rf"[ \u00a0]*,?[ \u00a0]*(?:[\w.’'-]+[ \u00a0]+){{0,6}}?(?:{_VERB})\b", re.IGNORECASE
)


def _role_holder(speaker: str, roles: dict[str, tuple[str, ...]], index: _Mentions) -> str | None:
    """The one actor holding the role ("the Ukrainian president") among those the article names."""
    holders = roles.get(fold(re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE)), ())
    named = {m.name for m in index.items} & set(holders)
    return next(iter(named)) if len(named) == 1 else None


def _unlinked_office(q: Quote) -> bool:
    """ "the prime minister", "the work and pensions minister": an office kept as written, no name found."""
    words = (q.speaker or "").lower().split()
    return (
        q.speaker_kind == "anonymous" and words[:1] == ["the"] and len(words) <= 5 and words[-1] in _OFFICES
    )


def _dominant_person(index: _Mentions) -> tuple[str | None, str | None]:
    """(the person an article is about: named at least twice and more often than anyone else; the same
    when clearly so: at least three times and twice as often as anyone else)."""
    counts: dict[str, int] = {}
    for m in index.items:
        if m.type == "person":
            counts[m.name] = counts.get(m.name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None, None
    top = next(name for name, n in counts.items() if n == ranked[0])
    clear = ranked[0] >= 3 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1])
    return top, top if clear else None


def _nearest_speaker_for_the_rest(quotes: list[Quote], dominant: str | None = None) -> list[Quote]:
    """A quote nothing attributes is, in news copy, almost always the words of a speaker quoted next to it
    (readers annotating real articles left 4 of 1,368 quotes without a speaker): the speaker of the
    nearest attributed quote before it, else of the nearest after it. Kept unknown when no quote in the
    article has a speaker."""
    known = [i for i, q in enumerate(quotes) if q.speaker is not None]
    if not known and dominant is not None:
        # Nothing is attributed at all: the person the article is about says it
        return [Quote(q.text, dominant, "named", q.start, q.end) for q in quotes]
    if not known or len(known) == len(quotes):
        return quotes
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.speaker is not None:
            continue
        before = [k for k in known if k < i]
        source = quotes[before[-1]] if before else quotes[next(k for k in known if k > i)]
        out[i] = Quote(q.text, source.speaker, source.speaker_kind, q.start, q.end)
    return out


# A document speaks for whoever issued it: "a statement from the Kremlin", "a Kremlin readout".
_DOCUMENT = (
    r"(?:statement|readout|communiqu[eé]|press\s+release|report|note|letter|study|memo|filing|review|survey|"
    r"bulletin|assessment|circular|outlook|poll|judg(?:e)?ment|verdict|document|resolution)"
)
_DOCUMENT_MODIFIER = r"(?:(?i:joint|written|brief|short|new)\s+)?"
_ISSUED_BY = re.compile(
    # ("a public opinion poll by Louis Harris and Assoc Inc", "The ruling by the U.S. Court of Appeals for
    # the fourth circuit": what kind of document, and a court's circuit, go with it)
    rf"(?i:an?|the)\s+(?:{_DOCUMENT_MODIFIER}|(?-i:[a-z-]+)\s+(?-i:[a-z-]+\s+)?)(?i:{_DOCUMENT}|ruling)\s+"
    r"(?i:from|by|issued\s+by)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|for|and))*"
    r"(?:\s+(?:for|of|in)\s+the\s+[a-z]+(?:\s+[a-z]+)?)?)$"
)
_ISSUER_BEFORE = re.compile(
    # ("The short VW statement said": what kind of statement it was, before whose)
    rf"(?i:an?|the)\s+(?:(?-i:[a-z]+)\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+(?i:{_DOCUMENT})$"
)


_BARE_DOCUMENT = re.compile(rf"(?i:an?|the|that|this)\s+{_DOCUMENT_MODIFIER}(?i:{_DOCUMENT})")
_THE_DOCUMENT = re.compile(rf"(?i:the|that|this)\s+{_DOCUMENT_MODIFIER}(?i:{_DOCUMENT})")
_IN_A_DOCUMENT = re.compile(
    rf"\b(?:(?:said|says|added)\s+(?:on\s+\w+\s+)?in|(?:issued|released|published|posted))\s+(?:an?|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?i:{_DOCUMENT})\b"
)


def _document_issuer(body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions) -> _Attribution | None:
    """Who said something "in a statement" most recently before the quote: "the statement said" is theirs;
    else the organisation an earlier mention of the document belongs to ("an IMF report", "a report by
    Oxfam")."""
    last = None
    for m in _IN_A_DOCUMENT.finditer(body, max(0, raw.open - MAX_LOOKBACK), raw.open):
        last = m
    if last is None:
        return _owner_of_document(body, raw, index, sentences)
    at = last.start() + len(last.group().split()[0])  # right after "said"
    fake = _Raw(at, at, "", at, at)
    found = _before_attribution(body, fake, sentences, index)
    if found is not None and found.speaker is None and found.pronoun == "it":
        org = _organisation_before(body, fake, sentences, index, [], "")  # "it said in an annual review"
        return _Attribution(org, "named") if org else None
    if found is not None and found.speaker is not None:
        return found
    # "The Bahrain Monetary Agency has issued a circular ... The circular said": the body that issued it
    return _owner_of_document(body, raw, index, sentences)


_DOCUMENT_WORD = re.compile(rf"\b(?i:{_DOCUMENT})\b")
_DESCRIBED_ISSUER = re.compile(
    r"\b(?:an?|the)[ \u00a0]+(company|firm|bank|group|ministry|agency|corporation)[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+)?$"
)
_BY_OWNER = re.compile(r"[ \u00a0]+(?:by|from|of)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _owner_of_document(
    body: str, raw: _Raw, index: _Mentions, sentences: SentenceIndex | None = None
) -> _Attribution | None:
    floor = max(0, raw.open - MAX_LOOKBACK)
    orgs = [m for m in index.between(floor, raw.open) if m.type == "org"]
    for doc in reversed(list(_DOCUMENT_WORD.finditer(body, floor, raw.open))):
        if index.quoted(doc.start()):
            continue
        described = _DESCRIBED_ISSUER.search(body, max(floor, doc.start() - 40), doc.start())
        if sentences is not None and described is not None:
            # "a bank statement said": the bank the story is about, as "the bank said" would be
            at = described.start()
            fake = _Raw(at, at, "", at, at)
            org = _organisation_before(body, fake, sentences, index, [], described.group(1))
            if org:
                return _Attribution(org, "named")
        if sentences is not None:
            s0 = sentences.span_of(doc.start())[0]
            opener = [m for m in orgs if s0 <= m.start < doc.start() and len(body[s0 : m.start].split()) <= 1]
            if opener:
                # "An IMF mission made the comments in a report"; "The Parliament voted for a resolution"
                return _Attribution(_full_organisation(opener[0].name, index), "named")
        for m in reversed(orgs):
            if m.end <= doc.start() and re.fullmatch(
                r"(?:[’']s)?[ \u00a0]+(?:[a-z0-9-]+[ \u00a0]+){0,2}", body[m.end : doc.start()]
            ):
                return _Attribution(m.name, "named")  # "an IMF report", "Oxfam's annual report"
            if m.start >= doc.end() and _BY_OWNER.fullmatch(body, doc.end(), m.start):
                return _Attribution(m.name, "named")  # "a report by Oxfam"
    return None


def _issuer(speaker: str, index: _Mentions) -> str | None:
    """Who issued a document that speaks ("a statement from the Kremlin"), or None for a person."""
    issuer = _ISSUED_BY.match(speaker) or _ISSUER_BEFORE.match(speaker)
    if issuer is None:
        return None
    # "the Republican report said": the Republicans' report
    if issuer.group(1) in _PARTY_MEMBERS:
        return _PARTY_MEMBERS[issuer.group(1)]
    if fold(issuer.group(1)) in DEMONYMS:
        return f"{issuer.group(1)} government"  # "The Greek statement today said": a government's
    return _full_organisation(issuer.group(1), index)


_PARTY_MEMBERS = {
    "Republican": "Republicans",
    "Democrat": "Democrats",
    "Democratic": "Democrats",
    "Conservative": "Conservatives",
    "Tory": "Tories",
}


_GENERIC_BODY_HEADS = frozenset(
    {"headquarters", "committee", "council", "commission", "office", "agency", "institute", "service"}
    | {"centre", "center", "board", "authority", "directorate", "staff"}
)


def _named_in_full(name: str, index: _Mentions) -> str:
    """ "the Coordination Headquarters said" after "the Coordination Headquarters for the Treatment of
    Prisoners of War": the one body the article names in full with that opening and its remit after it."""
    if " " not in name or name.split()[-1].lower() not in _GENERIC_BODY_HEADS:
        return name  # (not "Standard Bank" for "Standard Bank of South Africa": another bank of the group)
    longer = {
        m.name
        for m in index.items
        if m.type == "org" and m.name.startswith((name + " for ", name + " of ")) and m.name != name
    }
    return longer.pop() if len(longer) == 1 else name


def _full_organisation(name: str, index: _Mentions) -> str:
    """ "Exchange" for the "Hong Kong Stock Exchange" named before: the longest organisation of the article
    that ends in the word, else the word as written."""
    if " " in name:
        return name
    longer = [
        m.name for m in index.items if m.type == "org" and m.name.endswith(" " + name) and m.name != name
    ]
    return max(longer, key=len) if longer else name


_FINITE = re.compile(r"\b(?:made|said|says|was|is|were|are|has|had|have|did|does|will|would)\b")
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
_INDEFINITE = re.compile(r"(?:a|an|one|two|three|several|some|another)\b", re.IGNORECASE)


_OFFICE_SYNONYMS = {"head of state": "president", "head of government": "prime minister"}


def _titled_person(
    body: str, before: int, speaker: str, index: _Mentions, strict: bool = False
) -> str | None:
    """ "the president said" after "President Volodymyr Zelensky" or "Kaja Kallas, the EU's foreign policy
    chief,": the latest person given that title before the quote. One whose title also carries the
    description's other words ("the Ukrainian president") wins over one who only shares the head word."""
    words = speaker.lower().split()
    if " ".join(words[1:]) in _OFFICE_SYNONYMS and words[0] == "the":
        # "President of Ukraine Volodymyr Zelensky has said ... the head of state wrote"
        synonym = _titled_person(body, before, "the " + _OFFICE_SYNONYMS[" ".join(words[1:])], index, strict)
        if synonym is not None:
            return synonym
    if " of " in speaker and len(words) <= 8 and words[0] == "the":
        return _role_of_holder(body, before, " ".join(words[1:]), index)
    if len(words) > 4:
        return None
    head = re.escape(words[-1])
    modifiers = [w for w in words[1:-1] if w not in ("the", "country's")]
    if strict:
        # "Hungary's foreign minister": the owner too ("Hungarian Foreign Minister X", "X, Hungary's ...").
        modifiers.append(re.sub(r"[’']s$", "", words[0])[:4])
    # The title right before the name, with only capitalised words between: "President Volodymyr", and
    # with its seat: "The Bishop of Durham, the Rt Rev Dr Tom Wright".
    titled = re.compile(
        rf"(?i:\b{head})(?:\s+of\s+[A-Z][\w’'-]*,?(?:\s+the)?)?(?:\s+[A-Z][\w.’'-]*){{0,3}}\s+$"
    )
    # Or right after it, in apposition: "David Lammy, the foreign secretary".
    apposed = re.compile(
        rf",\s+(?:the\s+|his\s+|her\s+|[A-Z][\w.-]*[’']s\s+)?"
        rf"(?:[\w’'-](?:[\w.’'-]*[\w’'-])?[ \u00a0]+){{0,4}}?(?i:{head})\b"
    )
    fallback: str | None = None
    unowned: set[str] = set()  # strict: holders of the title whose owner the text does not repeat
    for m in reversed(index.between(max(0, before - MAX_LOOKBACK), before)):
        if m.type != "person":
            continue
        pre = titled.search(body, max(0, m.start - 60), m.start)
        post = apposed.match(body, m.end, min(len(body), m.end + 70))
        if post is not None and _SPEAKS_AFTER.match(body, post.end()):
            post = None  # "Nakasone, a Treasury spokesman said": a new clause, not an apposition
        hit = pre or post
        if hit is None:
            continue
        context = hit.group().lower()
        if strict and pre is not None:
            context = body[max(0, pre.start() - 25) : pre.end()].lower()  # "Hungarian Foreign Minister X"
        if all(w in context for w in modifiers):
            return m.name
        if strict and all(w in context for w in modifiers[:-1]):
            unowned.add(m.name)
        fallback = fallback or m.name
    if strict:
        # "Scotland's justice minister" after "Justice Minister Cathy Jamieson": the one holder of the title
        return next(iter(unowned)) if len(unowned) == 1 else None
    return fallback


def _role_of_holder(body: str, before: int, role: str, index: _Mentions) -> str | None:
    """ "the head of the presidential office said" after "Ukraine's new head of the presidential office,
    Kyrylo Budanov," or "Kyrylo Budanov, the head of the presidential office": the role written whole
    right before or right after the latest such person."""
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in role.split())
    titled = re.compile(rf"(?i:\b{phrase}),?[ \u00a0]+$")
    apposed = re.compile(
        rf",[ \u00a0]+(?:the|his|her|[A-Z][\w.-]*[’']s)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?(?i:{phrase})\b"
    )
    for m in reversed(index.between(max(0, before - MAX_LOOKBACK), before)):
        if m.type != "person":
            continue
        reach = len(role) + 4
        if titled.search(body, max(0, m.start - reach), m.start) or apposed.match(
            body, m.end, min(len(body), m.end + reach + 40)
        ):
            return m.name
    return None


def _role_holder_after(
    body: str, raw: _Raw, speaker: str, index: _Mentions, owned: bool = False
) -> str | None:
    """A lead that names nobody ("Scotland's first minister has told MSPs ...") and, in the sentence or two
    after the quote, the person titled with that role: "First Minister Nicola Sturgeon said", "Nicola
    Sturgeon, the first minister, said". With `owned`, later in the article and only with the same owner
    ("China's ambassador to Britain accused ..." then "China's ambassador to Britain Liu Xiaming")."""
    owner, _, rest = speaker.replace("’", "'").partition("'s ")
    role = rest.lower().split()
    if not role:
        return None
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in role)
    post = r"(?:[ \u00a0]+(?:to|at|for|in)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.-]*[ \u00a0]+){1,3})?"
    head = rf"{re.escape(owner)}[’']s[ \u00a0]+" if owned else ""
    titled = re.compile(rf"{head}(?i:\b{phrase}){post}[ \u00a0]*$")
    apposed = re.compile(rf",[ \u00a0]+(?:the|[A-Z][\w.-]*[’']s)[ \u00a0]+(?i:{phrase})\b")
    reach = 3000 if owned else 600
    for m in index.between(raw.close, min(len(body), raw.close + reach)):
        if m.type != "person":
            continue
        if titled.search(body, max(0, m.start - len(phrase) - len(owner) - 50), m.start) or (
            not owned and apposed.match(body, m.end, min(len(body), m.end + len(phrase) + 30))
        ):
            return m.name
    return None


def _headline_person_after(body: str, raw: _Raw, index: _Mentions) -> str | None:
    """ "Scotland's justice minister has warned ..." / "Cathy Jamieson said ...": in a lead that names
    nobody (the headline, which did, is the title), the role is the person who opens the next paragraph and
    speaks."""
    if raw.open > 400 or any(m.type == "person" for m in index.between(0, raw.open)):
        return None
    paragraph_end = body.find("\n", raw.close)
    for m in index.between(raw.close, min(len(body), raw.close + 600)):
        if m.type == "person":
            next_paragraph = paragraph_end != -1 and not body[paragraph_end : m.start].strip()
            return m.name if next_paragraph and _SPEAKS_AFTER.match(body, m.end) else None
    return None


# Offices that a definite description names one holder by: "the foreign secretary said" is a person
# named earlier (or, in a lead, just after); "the official" or "the source" stays anonymous.
_OFFICES = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "ambassador",
        "commissioner",
        "mayor",
        "governor",
        "senator",
        "ombudsman",
        "king",
        "queen",
        "pope",
        "leader",
        "chief",
        "secretary-general",
        "taoiseach",
        "pm",
    }
)


def _is_office(speaker: str) -> bool:
    words = speaker.lower().split()
    return 2 <= len(words) <= 4 and words[-1] in _OFFICES


_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+$")
# A name then its speech verb: "Lawson said", "(GATT) said". One definition: a second one under the same name
# once silently replaced this and changed every lookup that read it.
_SPEAKS_AFTER = re.compile(rf"\)?[ \u00a0]+(?:(?:also|later|then|has|had)[ \u00a0]+)?(?:{_VERB})\b")
# The same across an apposition's comma and in any case, for a body's name: "Ukrenergo, said"
_VERB_FOLLOWS = re.compile(rf"\)?[\s,]*(?:(?:also|later|then|has|had)\s+)?(?:{_VERB})\b", re.IGNORECASE)


_JUDGES_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:also|later|then|has|had)[ \u00a0]+)?"
    r"(?:condemn|welcom|prais|hail|denounc|criticis|criticiz|liken)(?:e|es|ed|s)?\b"
)


def _office_holder(
    body: str,
    raw: _Raw,
    sentences: SentenceIndex,
    index: _Mentions,
    inside: list[tuple[int, int]],
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
    opens: list[int],
) -> str | None:
    """An office named without its holder's title: the person the text was just talking about, as for a
    pronoun; in a lead that names nobody before the quote ("The foreign secretary has said ..."), the
    first person who speaks after it ("David Lammy said")."""
    before = [m for m in index.between(max(0, raw.open - MAX_LOOKBACK), raw.open) if m.type == "person"]
    if before:
        # The latest person who spoke ("Michael Howard has said.") before the latest person merely named.
        floor = sentences.spans[max(0, sentences.index_of(raw.open) - 3)][0] if sentences.spans else 0
        for m in reversed(before):
            if m.start < floor:
                break
            if (
                _SPEAKS_AFTER.match(body, m.end)
                or _SAID_BEFORE.search(body, max(0, m.start - 12), m.start)
                or _JUDGES_AFTER.match(body, m.end)  # "Sir Keir Starmer condemned ...", then "The PM said"
            ):
                return m.name
        speaker, kind = _resolve_pronoun(body, raw, sentences, index, inside, resolved, opens, "")
        return speaker if kind == "named" else None
    for m in index.between(raw.close, min(len(body), raw.close + 1200)):
        if m.type == "person" and _SPEAKS_AFTER.match(body, m.end):
            return m.name
    return None


def _described_speaker(
    body: str,
    raw: _Raw,
    sentences: SentenceIndex,
    index: _Mentions,
    inside: list[tuple[int, int]],
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
    opens: list[int],
    described: str,
) -> tuple[str | None, SpeakerKind]:
    """A definite description that no indefinite source introduced: "the ministry said" is the ministry
    named before ("Russia's Defence Ministry said ..."); "the veteran diplomat", "the top U.S. diplomat"
    is the person the text was just talking about. Else kept as written."""
    words = described.lower().split()
    head = words[-1]
    bare = " ".join(words[1:]) if words[0] == "the" else ""
    named_org = next((m.name for m in index.items if m.type == "org" and m.name.lower() == bare), None)
    if named_org is not None:
        return named_org, "named"  # "In a statement, the Ministry of Defence said": the body named
    if words == ["the", "mps"] or words == ["the", "meps"]:
        # "the MPs said" after "the Constitutional Affairs Select Committee said": the committee's members
        committees = {
            m.name for m in index.between(0, raw.open) if m.type == "org" and m.name.endswith("Committee")
        }
        if len(committees) == 1:
            return committees.pop(), "named"
    elif re.fullmatch(_ORG_HEADS, head):
        org = _organisation_before(body, raw, sentences, index, resolved, head)
        # "The French foreign ministry" is not "Russia's foreign ministry": every word must be in the name.
        if org is not None and all(w[:4] in org.lower() for w in words[1:-1]):
            return org, "named"
        if org is None and len(words) == 2 and head != "company":
            # "the ministry said", paragraphs after "the Finance and Economy Ministry said": the one body of
            # that kind the article has named
            named = {
                m.name
                for m in index.between(max(0, raw.open - 4 * MAX_LOOKBACK), raw.open)
                if m.type == "org" and m.name.lower().split()[-1] == head
            }
            if len(named) == 1:
                return named.pop(), "named"
    elif words[0] == "the" and not _CAPITAL_HEADS.isdisjoint(
        w.strip(",.") for w in words[1:4] if not w.endswith("s")
    ):
        # "the Salford MP", "the MP for Ealing North": the member the text has just named, as "he" is (not
        # one named after the description: "The MP for X said Tony Blair had been “...”")
        speaker, kind = _resolve_pronoun(body, raw, sentences, index, inside, resolved, opens, "one", True)
        if kind == "named" and speaker is not None:
            return speaker, kind
    elif _calling(described):  # "the 48-year-old actor", "the Arsenal boss"
        # the one whose title carries the calling's words ("Arsenal boss Arsene Wenger"), else the one
        # the text was just about
        holder = _described_before(body, raw.open, described, index, sentences) or _calling_holder(
            body, raw, described, sentences, index, inside, resolved, opens
        )
        if holder is not None:
            return holder, "named"
    elif len(words) <= 12 and _EPITHET_IN.match(described):  # "the Labour peer and former minister"
        speaker, kind = _resolve_pronoun(body, raw, sentences, index, inside, resolved, opens, "one")
        if kind == "named" and speaker is not None:
            return speaker, kind
    else:
        holder = _described_before(body, raw.open, described, index, sentences)
        if holder is not None:
            return holder, "named"
        if len(words) == 2 and head in _EPITHET_HEADS:
            # 'Spokeswoman Maria Zakharova said at a briefing. «...,» the diplomat said.': the person the
            # text was just quoting or naming, as no unnamed diplomat came before
            speaker, kind = _resolve_pronoun(body, raw, sentences, index, inside, resolved, opens, "one")
            if kind == "named" and speaker is not None and " " in speaker:
                return speaker, kind
    return described, "anonymous"


_AGED = re.compile(r"\d{1,3}-year-old")


def _calling(speaker: str) -> bool:
    """A definite description by a calling ("the Tottenham striker", "Arsenal boss"), not an indefinite
    one ("a singer", "one actor"), which stays the anonymous source it reads as."""
    words = speaker.split()
    head = words[-1].strip(",.") if words else ""
    # "the Waterford man", "the Ulster woman": a man or woman called by a place is the one the text is about
    placed = head in ("man", "woman") and any(w[:1].isupper() for w in words[1:-1])
    aged = bool(_AGED.fullmatch(head))  # "said the 30-year-old"
    return (
        1 < len(words) <= 6
        and (head in _CALLING_HEADS or placed or aged)  # as written: "the Daily Star said" is a paper
        and not _INDEFINITE.match(speaker)
    )


def _calling_holder(
    body: str,
    raw: _Raw,
    speaker: str,
    sentences: SentenceIndex,
    index: _Mentions,
    inside: list[tuple[int, int]],
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
    opens: list[int],
) -> str | None:
    """The person named in full before the calling was written: "The United boss said it was worse than
    the foul on Ashley Cole. “...,” he said" is Ferguson, met earlier, not Cole, named after the calling;
    a name only guessed at and never shortened ("the premiere of Polar Express") is no one."""
    words = speaker.split()
    written = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    at = raw.open
    for m in written.finditer(body, max(0, raw.open - 2 * MAX_LOOKBACK), raw.open):
        if not index.quoted(m.start()):
            at = m.start()
    for _ in range(3):
        here = _Raw(at, at, "", at, at)
        named, kind = _resolve_pronoun(body, here, sentences, index, inside, resolved, opens, "one")
        if kind != "named" or named is None or " " not in named:
            return None
        # a guessed name is a person when the text also calls it by its surname ("Cat Deeley ... Deeley")
        forms = [m for m in index.items if m.name == named and m.type == "person"]
        if any(not m.tentative or body[m.start : m.end] != named for m in forms):
            return named
        # "Polar Express is based on a book. The 48-year-old actor ...": the one before the guessed name
        last = [m.start for m in forms if m.start < at]
        if not last:
            return None
        at = sentences.span_of(last[-1])[0]
    return None


_EPITHET_HEADS = frozenset(
    {"diplomat", "minister", "envoy", "ambassador", "negotiator", "commander", "senator", "lawmaker"}
    | {"chancellor", "premier", "executive"}
    # ('Political analyst Alexander Dmitriyev told TASS ... "...," the expert said.')
    | {"expert", "analyst", "economist", "strategist"}
    | {"professor", "researcher", "scientist"}
)


def _apposed_holder(body: str, before: int, head: str, index: _Mentions) -> str | None:
    """ "Ronald Glantz, an analyst with Montgomery Securities, said ..." then "the analyst told Reuters":
    the one person named with that role, when no unnamed one of that role came in between."""
    floor = max(0, before - MAX_LOOKBACK)
    role = re.compile(
        rf",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,3}}{re.escape(head)}\b"
        # an apposition that closes ("X, an analyst with Y, said"), not the subject after an opening
        # clause ("Echoing X, the prime minister said")
        r"(?:[ \u00a0]+(?:at|with|for|of|in)[ \u00a0]+[^,.;]{1,60})?(?=[ \u00a0]*[,;.)])",
        re.IGNORECASE,
    )
    holders = {
        m.name
        for m in index.between(floor, before)
        if m.type == "person" and role.match(body, m.end, min(len(body), m.end + 60))
    }
    if len(holders) != 1:
        return None
    last = max(m.end for m in index.between(floor, before) if m.name in holders)
    indefinite = re.compile(
        rf"\b(?:a|an|one|another)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,3}}{re.escape(head)}\b", re.I
    )
    if indefinite.search(body, last + 60, before):
        return None  # "an analyst at another firm said" came after: that one speaks
    return next(iter(holders))


def _described_before(
    body: str, before: int, described: str, index: _Mentions, sentences: SentenceIndex
) -> str | None:
    """ "the Sunshine Mining official", "the Chase economist": the person named earlier with that role and
    that body next to the name ("Mike Boswell, an official of Sunshine Mining"); the capitalised words
    make it specific, so a bare "the official" is left to the anonymous sources."""
    words = described.split()[1:]
    if not words or len(words) > 5:
        return None
    head = words[-1].lower()
    names = [w.lower() for w in words[:-1] if w[:1].isupper()]
    if head not in _HEAD_SET or (head.endswith("s") and not head.endswith("ss")):
        return None
    if not names:
        return _apposed_holder(body, before, head, index)
    head_re = re.compile(rf"\b{re.escape(head)}s?\b", re.IGNORECASE)
    for m in reversed(index.between(max(0, before - MAX_LOOKBACK), before)):
        if m.type != "person":
            continue
        # the role written with the name: a title before it ("Sunshine Mining official Mike Boswell") or an
        # apposition after it ("Mike Boswell, an official of Sunshine Mining,"), not any text near it
        title = body[max(0, m.start - 60) : m.start]
        title = title[max(title.rfind("."), title.rfind(","), title.rfind("\n")) + 1 :]
        officer = _OFFICER_TITLE.search(title)
        heads = list(head_re.finditer(title))
        if not heads or not _NAME_WORDS_ONLY.fullmatch(title, heads[-1].end()):
            title = ""  # "The BBC spokeswoman said Graham Norton's Strictly Dance Fever": no title of his
        apposed = _APPOSITION.match(body, m.end)
        window = title + (apposed.group() if apposed else "")
        if head_re.search(window) and all(n in window.lower() for n in names):
            return m.name
        apposed_officer = apposed is not None and _OFFICER_WORD.search(apposed.group()) is not None
        if head in ("executive", "official") and (officer is not None or apposed_officer):
            # "Chrysler Corp today sold ..., vice president and treasurer Fred Zuckerman said. ... the
            # Chrysler executive said": an officer of the firm his sentence names
            s0, s1 = sentences.span_of(m.start)
            if all(n in window.lower() or (head == "executive" and n in body[s0:s1].lower()) for n in names):
                return m.name  # (or "Yurij Ponomarev, international managing director of the State Bank")
    return None


_OFFICERS = r"president|treasurer|chairman|chairwoman|director|officer|controller|secretary|manager"
_OFFICER_WORD = re.compile(rf"\b(?:{_OFFICERS}|governor)\b", re.IGNORECASE)
# An officer's title written right before the name ("vice president and treasurer Fred Zuckerman")
_OFFICER_TITLE = re.compile(rf"\b(?:{_OFFICERS})[ \u00a0]*$", re.IGNORECASE)


_APPOSITION = re.compile(r",[ \u00a0]+(?:a|an|the)?[^.;,“”\"]{1,100}")
_NAME_WORDS_ONLY = re.compile(r"(?:[ \u00a0]+(?:[A-Z][\w.’'-]*|of|the))*[ \u00a0]*")


# An organisation in subject position: "Ukraine's foreign ministry rejected", "Equinor confirmed".
_ORG_SUBJECT = re.compile(
    r"[\s“\"(]*(?:(?:In|On|At|Later|Earlier|Meanwhile|But|And|However|Separately)\b[^,.;]{0,40},[ \u00a0]+)?"
    r"(?:[Tt]he[ \u00a0]+)?"
)


_FIRM_HEADS = frozenset(
    {
        "company",
        "firm",
        "corporation",
        "conglomerate",
        "lender",
        "insurer",
        "retailer",
        "bank",
        "group",
        "agency",
        "broadcaster",
        "newspaper",
        "paper",
        "daily",
        "carrier",
        "manufacturer",
        "exporter",
    }
)
_STATE_BODY = re.compile(
    r"(?i)\b(?:government|ministry|administration|department|parliament|embassy|cabinet)$"
)


def _organisation_before(
    body: str,
    raw: _Raw,
    sentences: SentenceIndex,
    index: _Mentions,
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
    head: str,
    not_state: bool = False,
) -> str | None:
    """What "it" or "the company" stands for: walking back sentence by sentence from the quote, an earlier
    quote's organisation speaker or an organisation that opens a sentence ("Sony has said ...", "Ukraine's
    foreign ministry rejected ..."). With a head word ("ministry"), one named with it wins."""
    si = sentences.index_of(raw.open)
    orgs = {m.name for m in index.items if m.type == "org"}
    people = {m.name for m in index.items if m.type == "person"}
    fallback: str | None = None
    floor = raw.open - MAX_LOOKBACK
    for k in range(si, max(-1, si - 5), -1):
        s, e = sentences.spans[k] if sentences.spans else (0, len(body))
        e = min(e, raw.open)
        if e < floor:
            break
        candidates: list[str] = []
        if dateline := _DATELINE_LEAD.match(body, s, e):
            s = dateline.end()  # "PARIS, March 13 - The European Airbus Industrie consortium has ..."
        at = _subject_at(body, s, e)
        owner = _OWNER_PHRASE.match(body, at, e)
        if owner:
            phrase = " ".join(owner.group().split())
            candidates.append(phrase[4:] if phrase.startswith("The ") else phrase)
        named_body = _NAMED_BODY_AT.match(body, _LEAD_SPACE.match(body, s).end(), e)  # type: ignore[union-attr]
        if named_body:
            candidates.append(" ".join(named_body.group(1).split()))  # "The UAE foreign ministry said ..."
        for prev_raw, speaker, kind in reversed(resolved[-8:]):
            if prev_raw.open < e and prev_raw.close >= s and kind == "named" and speaker:
                if speaker in people and " " in speaker:
                    return None  # the last to speak here is a person: "it" is not a speaker
                candidates.append(speaker)
        sentence_orgs = [
            m for m in index.between(s, e) if m.type == "org" and not _DATELINE_AFTER.match(body, m.end)
        ]
        candidates += [m.name for m in reversed(sentence_orgs) if _VERB_FOLLOWS.match(body, m.end)]
        for m in index.between(at, min(e, at + SUBJECT_REACH)):
            if _DATELINE_AFTER.match(body, m.end):
                continue  # "PEKING, April 27 - A Chinese newspaper said": where it was filed, not who spoke
            if m.type == "org" and (
                len(body[at : m.start].split()) <= 2
                # "Swedish mining and metals group Boliden AB forecast": the firm after what it is
                or _FIRM_DESCRIPTOR.fullmatch(body, at, m.start) is not None
            ):
                candidates.append(m.name)
                break
            if m.type == "person":
                if not candidates and len(body[at : m.start].split()) <= 2:
                    return None  # "Deutsche Boerse said ...", typed a person: not one to guess past
                break
        for c in candidates:
            if (not_state or head in _FIRM_HEADS) and _is_state(c, index):
                continue  # "the banking firm said" is not "The Brazilian government" of the sentence before
            if (
                not head
                or head in ("company", "firm", "group", "consortium")
                or c.lower().endswith(head)
                or f"{head} of " in c.lower()  # "the ministry" is the "Ministry of Defence"
            ):
                return c
            if fallback is None and c in orgs and head in ("agency", "bank", "club", "organisation"):
                fallback = c
    return fallback


def _subject_at(body: str, s: int, e: int) -> int:
    """Where a sentence's subject starts: past a dateline ("PARIS, March 13 - The European Airbus Industrie
    consortium has ...") and an opening phrase or article."""
    if dateline := _DATELINE_LEAD.match(body, s, e):
        s = dateline.end()
    lead = _ORG_SUBJECT.match(body, s, e)
    return lead.end() if lead else s


def _lead_organisation(body: str, sentences: SentenceIndex, index: _Mentions) -> str | None:
    """The company a wire's first sentence opens with ("NEW YORK, April 9 - F. W. Woolworth Co said sales
    rose"): what "the company" means however many sentences later, when nothing nearer says."""
    if not sentences.spans:
        return None
    s, e = sentences.spans[0]
    at = _subject_at(body, s, e)
    first = next(iter(index.between(at, e)), None)
    if first is not None and first.type == "org" and len(body[at : first.start].split()) <= 1:
        return first.name
    return None


_THE_SHORT_NAME = re.compile(rf"[ \u00a0]*(?:the|The)[ \u00a0]+([A-Z][a-z]{{3,}})[ \u00a0]+(?:{_VERB})")


def _headed_body_before(raw: _Raw, index: _Mentions, head: str) -> str | None:
    """ "... was quoted by the China Daily as saying. The paper said", "The South African Reserve Bank said
    ... (five sentences) ... The bank said": the body of that kind named last, wherever it stood."""
    floor = max(0, raw.open - MAX_LOOKBACK)
    orgs = [m for m in index.between(floor, raw.open) if m.type == "org"]
    if head in _PAPER_HEADS:
        fits = [m for m in orgs if _PAPER_NAME.search(m.name)]
    else:
        fits = [m for m in orgs if head in m.name.lower().split()]
    return fits[-1].name if fits else None


_PAPER_HEADS = frozenset({"paper", "newspaper", "daily", "weekly", "tabloid"})
_PAPER_NAME = re.compile(
    r"\b(?:Daily|Times|Post|News|Herald|Journal|Gazette|Tribune|Pravda|Izvestia|Mail|Telegraph|Guardian|"
    r"Express|Standard|Observer|Monitor|Bao|Shimbun|Ribao|Globe|Chronicle|Zeitung|Allgemeine|Kommersant)$"
)


_FIRM_DESCRIPTOR = re.compile(
    r"[ \u00a0]*(?:[A-Za-z-]+[ \u00a0]+){0,6}?(?i:group|company|firm|maker|producer|concern|conglomerate|"
    r"lender|insurer|retailer|carrier|airline|utility|manufacturer|bank)[ \u00a0]+"
)


def _unnamed_body_before(body: str, raw: _Raw, sentences: SentenceIndex) -> str | None:
    """The unnamed paper, report or body that opens the sentence before ("PEKING, April 27 - A Chinese
    newspaper said ..."), for an "it" no named organisation answers."""
    si = sentences.index_of(raw.open)
    if si == 0:
        return None
    s, e = sentences.spans[si - 1]
    lead = _DATELINE_LEAD.match(body, s, e)
    source = _UNNAMED_BODY.match(body, lead.end() if lead else _LEAD_SPACE.match(body, s).end())  # type: ignore[union-attr]
    if source is None or not _SAID_NEXT.match(body, source.end()):
        return None
    return " ".join(source.group().split())


# ("SANTA CLARA, Calif., June 18 - ": a town, its state's abbreviation, the date)
_DATELINE_LEAD = re.compile(
    rf"\s*[A-Z][A-Za-z .,]{{1,40}}?(?:,[ \u00a0]+[A-Z][a-z]{{1,5}}\.)?,?[ \u00a0]+"
    rf"{_MONTH_DAY}{_DATELINE_DASH}[ \u00a0]*"
)
_UNNAMED_BODY = re.compile(
    r"(?:A|An)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
    r"(?:newspaper|paper|daily|weekly|magazine|journal|editorial|commentary|report|study|survey|statement|"
    r"radio|broadcast|agency|institute|think[ \u00a0]tank)\b"
)
_SAID_NEXT = re.compile(rf"[ \u00a0]+(?:{_VERB})\b")


_DATELINE_AFTER = re.compile(rf"(?:,[ \u00a0]+{_MONTH_DAY})?{_DATELINE_DASH}")


_VERB_AFTER_SOURCE = re.compile(
    r"[ \u00a0]+(?:put|puts|was|were|is|are|has|had|gave|struck|sounded|took|offered|expressed|sees|saw|"
    rf"summed|described|painted|voiced|{_VERB})\b"
)


_PLURAL_SOURCE = re.compile(
    r"\b(analysts|officials|sources|diplomats|insiders|experts|observers|economists|investigators|traders|"
    r"dealers|bankers|brokers|delegates|strategists|investors|underwriters|arbitrageurs|makers|employees|"
    r"workers|deputies|envoys|exporters|importers|producers|officers|executives|managers|specialists)\b",
    re.IGNORECASE,
)
_QUANTIFIERS = frozenset({"some", "few", "many", "most", "several", "two", "three", "four", "both", "all"})
_MODIFIER = re.compile(r"[A-Z][\w&-]*|[a-z][a-z-]+")
_NOT_MODIFIERS = frozenset(
    {"and", "or", "but", "said", "say", "says", "told", "that", "which", "who", "of", "for", "in", "on", "at"}
    | {"to", "by", "from", "with", "as", "is", "was", "were", "are", "has", "had", "have", "a", "an", "its"}
    | {"their", "his", "her", "our", "while", "but", "when", "if", "because", "although", "however", "But"}
)


def _one_of_them(body: str, before: int, inside: Sequence[tuple[int, int]], opens: list[int]) -> str | None:
    """ "Western diplomats said ... “...,” one said": one of the plural source named last, as readers put
    it: "one Western diplomat", or "one of the diplomats" after "The diplomats said". Only a plural that
    opens its clause is a source ("provoke investors", "in the view of officials" are not)."""
    for m in reversed(list(_PLURAL_SOURCE.finditer(body, max(0, before - MAX_LOOKBACK), before))):
        if _within(inside, opens, m.start()):
            continue
        who = body.startswith((", who", " who"), m.end())  # "MITI's pressure has annoyed some makers, who"
        found = _described_plural(body[max(0, m.start() - 80) : m.start()].split(), m.group(1).lower(), who)
        if found is not None:
            return found
    return None


def _described_plural(words: list[str], head: str, who: bool = False) -> str | None:
    """ "one U.S. official" for "U.S. officials" opening a clause, "one of the diplomats" for "The diplomats",
    else None."""
    k = len(words)
    mods: list[str] = []
    while k > 0 and len(mods) < 3:
        w = words[k - 1]
        if (
            w.lower() in _NOT_MODIFIERS
            or w.lower() in _QUANTIFIERS
            or w.lower() in ("the", "other")
            or not (_MODIFIER.fullmatch(w) or _DOTTED.fullmatch(w))
            or (w.endswith("ed") and w[:1].islower())
        ):
            break
        mods.insert(0, w)
        k -= 1
    determiner = ""
    while k > 0 and words[k - 1].lower() in ("the", "other", *_QUANTIFIERS):
        determiner = determiner or words[k - 1].lower()
        k -= 1
    prev = words[k - 1] if k > 0 else ""
    opens_clause = (
        not prev
        or (prev[-1:] in ',.;:!?"”' and not _DOTTED.fullmatch(prev))
        or prev.lower().strip(",") in _CLAUSE_OPENERS
    )
    if not opens_clause and not who:
        return None  # "provoke investors", "in the view of U.S. officials": no one speaking
    if determiner == "other":
        return "one"  # "Other arbitrageurs said ... one said": one of them, as written
    if determiner == "the" and not (mods and mods[0][:1].isupper()):
        return " ".join(["one of the", *mods, head])
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return " ".join(["one", *mods, singular])


_DOTTED = re.compile(r"(?:[A-Z]\.)+")
_CLAUSE_OPENERS = frozenset({"and", "but", "that", "while", "although", "however", "nonetheless", "yet"})


def _antecedent(body: str, before: int, speaker: str) -> str:
    """ "the diplomat" is the "unnamed NATO diplomat" introduced shortly before, when there is one."""
    head = _core_words(speaker.lower().split())[-1]  # "the source close to the Manila government": source
    best = speaker
    if head in _DOCUMENT_HEADS:
        return speaker  # "the communique said": kept as written, not "a communique" met before
    if head.endswith("s") and not head.endswith("ss") and head in _HEAD_SET:
        # "the sources" after "World Bank sources said": a bare plural with its owner's name
        owned = None
        for m in re.finditer(
            rf"(?<![.!?]\s)\b((?:[A-Z][\w.&’'-]*[ \u00a0]+){{1,4}}){re.escape(head)}\b",
            body[max(0, before - 2 * MAX_LOOKBACK) : before],
        ):
            owned = m
        if owned is not None and owned.group(1).split()[0] not in ("The", "A", "An"):
            return " ".join(owned.group().split())
    tail = re.compile(rf"(?:[ \u00a0]+[A-Z][\w.’'-]*){{0,2}}[ \u00a0]+{re.escape(head)}s?\b")
    named_by = {w.lower() for w in speaker.split()[1:-1] if w[:1].isupper()}
    # "The intervention board spokesman in Frankfurt" is not "A European Commission spokesman" met before:
    # what qualifies its head, and a place after it, must be the earlier source's too
    spoken = speaker.split()
    at_head = next((i for i, w in enumerate(spoken) if w.lower() == head), len(spoken))
    named_by |= {w.lower() for w in spoken[1:at_head] if w.isalpha()}
    named_by |= {w.lower() for w in spoken[at_head + 1 :] if w[:1].isupper()}
    for m in _ANON.finditer(body, max(0, before - 2 * MAX_LOOKBACK), before):
        phrase = m.group()
        longer = tail.match(body, m.end(), before)
        if longer and head not in phrase.lower().split():
            phrase = body[m.start() : longer.end()]  # "A senior Foreign Ministry" + " official"
        verb = _VERB_AFTER_SOURCE.search(phrase)
        if verb is not None and head in phrase[: verb.start()].lower().split():
            # "A senior EU diplomat involved in the negotiations put the mood more bluntly": the source
            phrase = phrase[: verb.start()]
        words = [w.lower() for w in phrase.split()]
        if _SENTENCE_INSIDE.search(phrase):
            continue  # "an offer to buy the club. In a statement" runs across a full stop
        if len(words) > 10 or _FINITE.search(phrase):
            continue  # "An IMF mission made the comments in a report": a clause, not a description
        if not named_by <= set(words):
            continue  # "the Arsenal boss" is not the "United boss" met before
        # the head before any preposition but "of" ("one of his aides"; not "an intermediary between
        # Venezuelan brokers" for "the broker")
        core = _core_words(words)
        if (head in core or head + "s" in core) and _INDEFINITE.match(phrase):
            best = " ".join(phrase.split()).rstrip(",.;: ")
    return best


_HEAD_PREPOSITIONS = frozenset(
    {"between", "among", "for", "at", "with", "from", "in", "on", "to", "by"}
    | {"close", "familiar", "involved", "briefed", "knowledgeable", "who", "that"}
)


def _core_words(words: list[str]) -> list[str]:
    """A description's words up to its head, before what qualifies it ("a source in New York close to ...",
    "an intermediary between Venezuelan brokers"); "of" stays ("one of his aides")."""
    cut = next((k for k, w in enumerate(words) if k > 1 and w in _HEAD_PREPOSITIONS), len(words))
    return words[:cut] or words


def _paragraph_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    return bisect_right(paragraphs, (pos, len(paragraphs) and paragraphs[-1][1] + 1)) - 1


def _continues(paragraphs: list[tuple[int, int]], prev: _Raw, raw: _Raw, body: str) -> bool:
    """An unattributed quote goes on with the previous speaker when it is in the same paragraph, or when
    it opens the paragraph right after the one where the previous quote ended."""
    a, b = _paragraph_of(paragraphs, prev.close), _paragraph_of(paragraphs, raw.open)
    if a < 0 or b < 0:
        return False
    if a == b:
        return True
    return b == a + 1 and raw.open == paragraphs[b][0]


def _actor_before(
    body: str,
    raw: _Raw,
    paragraphs: list[tuple[int, int]],
    sentences: SentenceIndex,
    index: _Mentions,
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
) -> str | None:
    """An unattributed quote right after a whole sentence, in its paragraph and after any earlier quote,
    whose subject is a person: 'Sybiha smiles at the line. “Dmytro was right.”' is Sybiha speaking."""
    pi = _paragraph_of(paragraphs, raw.open)
    if pi < 0:
        return None
    floor = paragraphs[pi][0]
    if resolved and resolved[-1][0].close >= floor:
        floor = resolved[-1][0].close + 1
    si = sentences.index_of(raw.open)
    s0 = sentences.spans[si][0] if sentences.spans else 0
    if body[s0 : raw.open].strip() or si == 0:
        return None
    s, e = sentences.spans[si - 1]
    if s < floor or _MARKS.search(body, s, raw.open) or e - s > 300:
        return None
    tail = body[raw.close + 1 : raw.close + 60].split("\n")[0].split(".")[0]
    if _VERB_RE.search(tail):
        return None  # '“...,” his son said': an attribution after the quote, even one not understood
    people = [m for m in index.between(s, e) if m.type == "person"]
    if not people:
        return None
    first = people[0]
    apposed = (  # "His friend, Saxon Spence, leader of the group, lays the blame ..."
        first.start - s <= 30
        and body[first.start - 2 : first.start] == ", "
        and not _VERB_RE.search(body, s, first.start)
    )
    return first.name if first.start - s <= 3 or apposed else None


def _sentence_subject(
    body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions
) -> _Attribution | None:
    """The person or pronoun that opens the sentence a quote stands inside, with no other quote before it
    in the sentence; None when the quote opens its sentence."""
    s0 = max(sentences.span_of(raw.open)[0], raw.open - MAX_LEAD)
    lead = body[s0 : raw.open]
    if not lead.strip() or _MARKS.search(lead):
        return None
    at = _LEAD_SPACE.match(body, s0).end()  # type: ignore[union-attr]
    opener = _OPENER.match(body, at, raw.open)
    if opener:
        at = opener.end()
    people = [m for m in index.between(at, raw.open) if m.type == "person"]
    if people and body[people[0].end : people[0].end + 2] not in ("'s", "’s"):
        first = people[0]
        if first.start == at:
            return _Attribution(first.name, "named")
        if (
            first.start - at <= 60
            and not _MARKS.search(body, at, first.start)
            and "," not in body[at : first.start]
            # ("President Volodymyr Zelenskyy, in a post on X, thanked ... for “...”": an aside between)
            and (_ACTS_AFTER.match(body, first.end) or _ASIDE_THEN_ACTS.match(body, first.end))
        ):
            # "Italy's central bank governor Carlo Ciampi has also criticized ... “...”": titled subject
            return _Attribution(first.name, "named")
    first_org = next((m for m in index.between(at, raw.open) if m.type == "org"), None)
    if (
        not people
        and first_org is not None
        and first_org.start == at
        and _ACTS_AFTER.match(body, first_org.end)
    ):
        # 'Standard Chartered sees “the opportunity ...”': a body as the subject, as a person would be
        return _Attribution(first_org.name, "named")
    pronoun = _SUBJECT_PRONOUN.match(body, at, raw.open)
    if pronoun:
        return _Attribution(None, "unknown", pronoun=pronoun.group(1).lower())
    inner = _INNER_PRONOUN.search(body, at, raw.open)
    if inner and not people:
        # "On the supply side she thinks “...”": the pronoun is the subject after an opening phrase
        return _Attribution(None, "unknown", pronoun=inner.group(1).lower())
    source = _ANON.match(body, at, raw.open)
    if source is not None and _PERSON_HEAD.search(source.group()) and not _proper_head(source.group()):
        # "Another Tokyo trader was less bullish, “...”": a source that opens the sentence
        return _Attribution(" ".join(source.group().split()).rstrip(",.;: "), "anonymous")
    return None


_ACTS_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:has|had|have|was|is|also|later|then|again)[ \u00a0]+)*[a-z]+(?:ed|s)\b"
)
_ASIDE_THEN_ACTS = re.compile(
    r",[ \u00a0]+(?:in|on|at|during|speaking|writing)\b[^,“”\"]{1,60},[ \u00a0]+[a-z]+ed\b"
)
_TRAILING_PRONOUN = re.compile(
    rf",[ \u00a0]+(he|she|they)[ \u00a0]+(?:(?:also|later)[ \u00a0]+)?(?:{_VERB})\b[^.\n“”\"]*\.?\s*$"
)
_TRAILING_SPEAKER = re.compile(
    r",[ \u00a0]+((?:the|a|an|one)[ \u00a0]+[\w’'-]+(?:[ \u00a0]+[\w’'-]+){0,4}"
    r"|[A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,2})"
    r"[ \u00a0]+(?:(?:also|later)[ \u00a0]+)?(?:said|says|added|told)\b[^.\n“”\"]*\.?\s*$"
)
_OPENER = re.compile(r"(?:But|And|Also|Then|Later|Still|Yet)\b,?[ \u00a0]+")
_INNER_PRONOUN = re.compile(r"(?<=[\s,])(he|she)[ \u00a0]+(?:also[ \u00a0]+)?[a-z]+s\b")
_SUBJECT_PRONOUN = re.compile(r"(He|She|They)[ \u00a0]+[a-z]")


def _speaker_carried_on(
    body: str,
    raw: _Raw,
    paragraphs: list[tuple[int, int]],
    index: _Mentions,
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
) -> tuple[str | None, SpeakerKind]:
    """An unattributed quote in the paragraph of the last quote or the one after it, with nobody else
    named in between, goes on with that quote's speaker (the way reporters string quotes together)."""
    prev, speaker, kind = resolved[-1]
    if speaker is None or _paragraph_of(paragraphs, raw.open) - _paragraph_of(paragraphs, prev.close) > 1:
        return None, "unknown"
    between = [m for m in index.between(prev.close, raw.open) if m.type == "person"]
    if any(m.name != speaker for m in between):
        return None, "unknown"
    return speaker, kind


def _previous_paragraph(
    body: str, raw: _Raw, paragraphs: list[tuple[int, int]], sentences: SentenceIndex, index: _Mentions
) -> _Attribution | None:
    """A quote that makes a paragraph of its own, with no attribution, introduced by the paragraph
    before ("The prime minister said the talks would continue." then the quotation): that sentence's
    speaker, when the paragraph before holds no quote."""
    pi = _paragraph_of(paragraphs, raw.open)
    if pi < 1 or raw.open != paragraphs[pi][0]:
        return None
    ps, pe = paragraphs[pi - 1]
    while pe > ps and body[pe - 1].isspace():
        pe -= 1
    if pe <= ps or body[pe - 1] not in ".:":
        return None
    s0 = max(ps, sentences.span_of(pe - 1)[0])
    if _MARKS.search(body, s0, pe):
        return None
    if _MARKS.search(body, ps, s0) and not _TRAILING_SPEAKER.search(body, s0, pe):
        # a paragraph that quotes someone else may still end on who speaks next ("..., Mr Howard said.")
        return None
    found = _before_attribution(body, _Raw(pe, pe, "", pe, pe), sentences, index, start=s0)
    if found is None or (found.speaker is None and not found.pronoun):
        # "On this subject, Morris appears almost evangelical." then the quotation
        opening = _opening_person(body, (s0, pe), index) if found is None else None
        return opening or _reported_earlier(body, (ps, s0), sentences, index)
    return found


def _reported_earlier(
    body: str, span: tuple[int, int], sentences: SentenceIndex, index: _Mentions
) -> _Attribution | None:
    """ "Steve Ash, from Activcard, told the BBC there are two parts to it. The most difficult is ..." then
    the quotation: the one whose words the paragraph was reporting, a sentence or two before its last."""
    ps, end = span
    si = sentences.index_of(max(ps, end - 1))
    for k in range(si, max(-1, si - 2), -1):
        ss, se = sentences.spans[k] if sentences.spans else (ps, end)
        if ss < ps or _MARKS.search(body, ss, se):
            return None
        found = _before_attribution(body, _Raw(se, se, "", se, se), sentences, index, start=ss)
        if found is not None and found.kind == "named" and found.speaker:
            return found
    return None


_ACCORDING_AFTER = re.compile(r"[\s,.;:]*according\s+to\b", re.IGNORECASE)


# '... as "direct involvement in the conflict," and Russia's embassy said ...': a new clause with its own
# subject, not this quote's attribution
_AND_CLAUSE_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:and|while|whereas)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]"
)
_QUOTE_DESCRIBED_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:line|phrase|remark|reference|comment|claim|view|sentiment|formulation|words?|slogan|quip)\b"
)


def _attribute(
    body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions, inside: list[tuple[int, int]]
) -> _Attribution:
    after = _after_attribution(body, raw, sentences, index)
    # 'Stubb has said that the war will end "at the table," a line Lahtinen says she agrees with': the
    # words after describe the quote (or start a clause of their own), they do not attribute it
    described = after is not None and bool(
        _QUOTE_DESCRIBED_AFTER.match(body, raw.close + 1) or _AND_CLAUSE_AFTER.match(body, raw.close + 1)
    )
    before = _before_attribution(body, raw, sentences, index) if described else None
    if before is not None and before.speaker is not None:
        return before
    if after is not None and not after.pronoun:
        if _ACCORDING_AFTER.match(body, raw.close + 1):
            # 'Costa told leaders that "...", according to an official present': the official reports
            # Costa's words; a person who speaks before the quote in its sentence is the speaker.
            told = before if described else _before_attribution(body, raw, sentences, index)
            if told is not None and told.speaker is not None and told.kind == "named":
                return told
        return after
    if not described:
        before = _before_attribution(body, raw, sentences, index)
    if before is not None and before.speaker is not None:
        return before
    pronoun = (after.pronoun if after else "") or (before.pronoun if before else "")
    head = (after.head if after else "") or (before.head if before else "")
    if (
        pronoun == "it"
        and (after is None or after.pronoun == "it")
        and (before is None or before.pronoun == "it")
    ):
        # 'Sony has said that ... "...," it said': the sentence before names who "it" is, when it says so.
        si = sentences.index_of(raw.open)
        s0 = sentences.spans[si][0] if sentences.spans else 0
        if si > 0 and not body[s0 : raw.open].strip() and "\n" not in body[sentences.spans[si - 1][1] : s0]:
            prev = _before_attribution(body, raw, sentences, index, start=sentences.spans[si - 1][0])
            if (
                prev is not None
                and prev.speaker is not None
                # "The Brazilian government announced ... “...,” the banking firm said": not the government
                and not (head in _FIRM_HEADS and _is_state(prev.speaker, index))
            ):
                return prev
    if after is None and before is None and (signed := _signed_below(body, raw, index)):
        return signed
    if after is None and before is None:
        subject = _subject_before_colon(body, raw, sentences, index)
        if subject is not None:
            return subject
        # 'X said: "..." "..."' or 'X said. "..."': the introducing sentence is the one before, in the
        # same paragraph.
        si = sentences.index_of(raw.open)
        s0 = sentences.spans[si][0] if sentences.spans else 0
        if si > 0 and not body[s0 : raw.open].strip() and "\n" not in body[sentences.spans[si - 1][1] : s0]:
            prev_span = sentences.spans[si - 1]
            question = body[prev_span[0] : prev_span[1]].rstrip().endswith("?")
            # 'So is it to destroy the Tories, as Kilroy-Silk once declared? "No. ..."': an answer
            prev = None if question else _before_attribution(body, raw, sentences, index, start=prev_span[0])
            if prev is not None and prev.speaker is not None:
                return prev
            pronoun = prev.pronoun if prev else ""
            if not pronoun:
                opener = _opening_person(body, sentences.spans[si - 1], index)
                if opener is not None:
                    return opener
        if not pronoun:
            intro = _colon_intro(body, raw, sentences, index)
            if intro is not None:
                if intro.speaker is not None:
                    return intro
                pronoun = intro.pronoun
    skip = bool(before and before.skip_sentence and pronoun == before.pronoun)
    return _Attribution(None, "unknown", pronoun=pronoun, skip_sentence=skip, head=head)


_SIGNATURE = re.compile(
    r"[ \u00a0]*\n[ \u00a0]*(?:[-\u2013\u2014][ \u00a0]*)?([^\n]{3,60})[ \u00a0]*(?:\n|$)"
)


def _signed_below(body: str, raw: _Raw, index: _Mentions) -> _Attribution | None:
    """An epigraph or a pull quote: the quote closes its line and the next line is only a person's name
    ('"If you want to make peace with your enemy ..."' then 'Nelson Mandela')."""
    line_start = body.rfind("\n", 0, raw.open) + 1
    if body[line_start : raw.open].strip(' \u00a0"“”'):
        return None  # words before the quote on its line: it is part of a paragraph
    m = _SIGNATURE.match(body, raw.close + 1)
    if m is None:
        return None
    people = [p for p in index.between(m.start(1), m.end(1)) if p.type == "person"]
    if len(people) == 1 and body[people[0].start : people[0].end] == m.group(1).strip().rstrip(".,"):
        return _Attribution(people[0].name, "named")
    return None


def _is_state(name: str, index: _Mentions) -> bool:
    """A government, ministry or country, which "the company" or "the firm" never stands for."""
    return _STATE_BODY.search(name) is not None or any(
        m.type == "place" and m.name == name for m in index.items
    )


def _opening_person(body: str, span: tuple[int, int], index: _Mentions) -> _Attribution | None:
    """ "Writing in the Guardian, Mr Brown outlined his view. “...”": the person who opens the sentence
    before a quote that stands alone, acting in it, is who the quote goes on with."""
    s, e = span
    at = _LEAD_SPACE.match(body, s).end()  # type: ignore[union-attr]
    people = [m for m in index.between(at, min(e, at + 120)) if m.type == "person"]
    if not people or _MARKS.search(body, at, e):
        return None
    for m in people:
        # the sentence's subject: at its start, or right after the opening clause's comma ("And, while we
        # are on the subject of Mr Kilroy-Silk, Mr Morris despatches him ...")
        begin = max(at, body.rfind(", ", at, m.start) + 2)
        if _HONORIFIC.fullmatch(body, begin, m.start):
            # "Nadiia Bilyk, 71, has already stocked up on candles.": an apposition before the verb
            aside = _ASIDE.match(body, m.end)
            acts = _ACTS_AFTER.match(body, aside.end() if aside else m.end)
            return _Attribution(m.name, "named") if acts else None
    return None


_ASIDE = re.compile(r",[^,.;“”\"]{1,60},")
_HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?[ \u00a0]+)?")


_AND_BEFORE = re.compile(r"\b(?:and|but)[ \u00a0]+(?:(?:also|then|later)[ \u00a0]+)?$")
_PARTICIPLES = frozenset(
    {"adding", "saying", "telling", "writing", "stating", "noting", "arguing", "warning"}
)
_COLON_LEAD = re.compile(r"\s*:\s*[“\"]?$")
_BULLET_LEAD = re.compile(r"(?:^|\n)[ \t\u00a0]*[-•*–][ \t\u00a0]+([^\n“”\".!?]{3,80}?)[ \t\u00a0]*$")


def _subject_before_colon(
    body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions
) -> _Attribution | None:
    """'An EU official put it differently: "..."': a sentence that opens with a source and introduces the
    quote with a colon, with no speech verb."""
    s0 = max(sentences.span_of(raw.open)[0], raw.open - MAX_LEAD)
    colon = _COLON_LEAD.search(body, s0, raw.open + 1)
    if colon is None and (bullet := _BULLET_LEAD.search(body, max(0, raw.open - 100), raw.open)):
        # "- Bolton boss Sam Allardyce "I am bitterly disappointed ...": a list of reactions, each item the
        # speaker's name, then the words
        people = [m for m in index.between(bullet.start(1), raw.open) if m.type == "person"]
        return _Attribution(people[-1].name, "named") if people else None
    if colon is None or colon.start() <= s0 or "\n" in body[s0 : raw.open]:
        return None
    people = [m for m in index.between(s0, colon.start()) if m.type == "person"]
    if people:
        m = _likely_speaker(body, people)
        return _Attribution(m.name, "named") if m is not None else None
    found = _speaker_phrase(body, s0, colon.start(), index, leading=True)
    if found is None and _DEMONSTRATIVE_SUBJECT.search(body, s0, colon.start()):
        # "Between tasks, this remarkably active senior citizen reveals what his next goal is: “...”"
        return _Attribution(None, "unknown", pronoun="one")
    return found if found is not None and found.speaker is not None else None


_DEMONSTRATIVE_SUBJECT = re.compile(
    r"(?:^|,[ \u00a0]+)(?:this|that)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){1,5}[a-z]+(?:s|ed)\b"
)
_COLON_INTRO = re.compile(rf"\b(?:{_VERB})\s*:\s*[“\"]", re.IGNORECASE)


def _colon_intro(body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions) -> _Attribution | None:
    """'He said: "... . "...': a quote that follows, in the same paragraph, one opened by "said:"."""
    floor = max(0, raw.open - MAX_LOOKBACK)
    para_start = body.rfind("\n", floor, raw.open) + 1 or floor
    last = None
    for m in _COLON_INTRO.finditer(body, max(para_start, floor), raw.open):
        last = m
    if last is None:
        return None
    mark = last.end() - 1
    return _before_attribution(body, _Raw(mark, mark, "", mark + 1, mark + 1), sentences, index)


def _after_attribution(
    body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions
) -> _Attribution | None:
    if (
        raw.text.rstrip().endswith(".")
        and body[raw.close - 1 : raw.close] != ","  # '"... inflation ...," the NZIER said'
        and not _LOWER_AFTER_CLOSE.match(body, raw.close + 1)
    ):
        # The quoted sentence is finished: what follows is a new sentence, not its attribution ('...
        # equilibrium." he said' is one, written with a full stop for the comma).
        return None
    pos = raw.close + 1
    limit = min(len(body), pos + 160)
    # The attribution ends at the end of the sentence or the next quote.
    stop = limit
    for ch_re in (".", "!", "?", "\n", "“", '"'):
        k = body.find(ch_re, pos, limit)
        while ch_re == "." and k != -1 and _dotted(body, k):
            k = body.find(ch_re, k + 1, limit)
        if k != -1 and k < stop:
            stop = k
    seg_start = _LEAD.match(body, pos, stop).end()  # type: ignore[union-attr]
    if seg_start == pos and pos < len(body) and not body[pos].isspace():
        return None
    seg = body[seg_start:stop]
    if not seg:
        return None
    verb = _VERB_RE.search(seg) or _DUE_TO_SAY.search(seg)
    if not verb:
        return _unsaid_attribution(body, raw, seg_start, stop, index)
    if verb.start() == 0:
        # "said X" / "according to X"
        rest_start = seg_start + verb.end()
        if body[rest_start : rest_start + 4] == " to ":
            rest_start += 4
        return _speaker_phrase(body, rest_start, stop, index, leading=True)
    # "X said": the phrase before the verb must be short, unless it is a name and its apposition ("Steve
    # Clarke, deputy associate administrator for exploration in NASA’s science mission directorate, said").
    if verb.start() > 90:
        people = [m for m in index.between(seg_start, seg_start + verb.start()) if m.type == "person"]
        if (
            people
            and people[0].start - seg_start <= 3
            and body[people[0].end : people[0].end + 1] == ","
            and seg[: verb.start()].rstrip().endswith(",")
        ):
            return _Attribution(people[0].name, "named")
        if people and not body[people[-1].end : seg_start + verb.start()].strip(" ,\u00a0"):
            # "the secretary general of the OECD, Jean-Claude Paye, said": the name closes the phrase
            return _Attribution(people[-1].name, "named")
        return None
    found = _speaker_phrase(body, seg_start, seg_start + verb.start(), index, leading=False)
    if found is None and (short := _THE_SHORT_NAME.fullmatch(body, seg_start, seg_start + verb.end())):
        # '"...," the Chamber said' after "the Chamber of Mines said": the body whose name holds the word
        floor = max(0, raw.open - MAX_LOOKBACK)
        named = [
            m for m in index.between(floor, raw.open) if m.type == "org" and short.group(1) in m.name.split()
        ]
        if named:
            return _Attribution(named[-1].name, "named")
    return found


_PASSIVE_BY = re.compile(r"[ \u00a0]*by[ \u00a0]+")
_CALLED_BEFORE = re.compile(
    r"\b(?:called|described[ \u00a0]+as|termed|labell?ed|dubbed|branded|characteri[sz]ed[ \u00a0]+as)"
    r"[ \u00a0]*$"
)


def _unsaid_attribution(body: str, raw: _Raw, start: int, stop: int, index: _Mentions) -> _Attribution | None:
    """'"...," Anthony J.F. O'Reilly, Heinz's newly elected chairman.': a wire that dropped its "said"
    still names the speaker right after the quote's comma, with only his post after the name; and a
    passive's agent ('were called "...," by one SEC staff member') is who said it."""
    by = _PASSIVE_BY.match(body, start, stop)
    if by and _CALLED_BEFORE.search(body, max(0, raw.open - 40), raw.open):
        # 'Share repurchases were called "a smart way to use corporate equity," by one SEC staff member'
        return _speaker_phrase(body, by.end(), stop, index, leading=True)
    if not raw.text.rstrip().endswith(",") and body[raw.close - 1 : raw.close] != ",":
        return None
    people = [m for m in index.between(start, stop) if m.type == "person"]
    if not people or people[0].start != start:
        return None
    rest = body[people[0].end : stop]
    if rest.strip() and (not rest.startswith(",") or _FINITE.search(rest) or len(rest.split()) > 8):
        return None
    return _Attribution(people[0].name, "named")


# '"...," he was due to say', 'she is expected to tell the conference': a speech announced in advance
_DUE_TO_SAY = re.compile(
    r"(?<=\s)(?:was|is|were|are)\s+(?:due|expected|set|going|about)\s+to\s+(?:say|tell|add)\b"
)
_LOWER_AFTER_CLOSE = re.compile(r"[ \u00a0]+(?:he|she|they|it|said|says|added|told)\b")


_BRACKETED_ABBREVIATION = re.compile(r"\([A-Z][\w-]{0,9}\.\)$")  # "(D-Okla.)", not "(He declined.)"


def _dotted(body: str, k: int) -> bool:
    """A dot inside "U.S.", after "Mr" or closing a bracketed abbreviation ("Sen. David Boren (D-Okla.)
    said") rather than a full stop."""
    if (k + 1 < len(body) and body[k + 1].isalpha()) or (k >= 2 and body[k - 2] == "."):
        return True
    if body[k + 1 : k + 2] == ")" and _BRACKETED_ABBREVIATION.search(body, max(0, k - 12), k + 2):
        return True
    return is_abbreviation(body, k)


def _before_attribution(
    body: str, raw: _Raw, sentences: SentenceIndex, index: _Mentions, start: int | None = None
) -> _Attribution | None:
    s0 = sentences.span_of(raw.open)[0] if start is None else start
    s0 = max(s0, raw.open - MAX_LEAD)  # an endless "sentence" must not make each quote cost its length
    lead = body[s0 : raw.open]
    labelled = _QUOTE_FROM.search(lead)
    if labelled is not None:
        # 'Quote from Koretskyi: "..."' (Ukrainska Pravda's layout): the label names the speaker
        found = _speaker_phrase(body, s0 + labelled.start(1), s0 + labelled.end(1), index, leading=True)
        if found is not None and (found.speaker or found.pronoun):
            return found
    if _BARE_QUOTE_LABEL.search(lead):
        # "Source: Zelenskyy in an interview with NBC News¶Quote: “...”": the source line above names who
        source = _SOURCE_LINE.search(body, max(0, s0 - 400), s0)
        if source is not None:
            named = [m for m in index.between(source.start(1), source.end(1)) if m.type in ("person", "org")]
            if named:
                return _Attribution(named[0].name, "named")
    verbs = list(_INTRO_RE.finditer(lead))
    if not verbs:
        return None
    verb = verbs[-1]
    vstart = s0 + verb.start()
    # "Berlin welcomed the decision, with finance minister Hans Eichel saying": the participle's own subject
    own_subject = any(m.type == "person" and 0 <= vstart - m.end <= 2 for m in index.between(s0, vstart))
    if len(verbs) > 1 and verb.group().lower() in _PARTICIPLES and not own_subject:
        # 'he said, adding "..."', "Labour's Paul Flynn said Mr Blair and Mr Brown had a scorching, adding:
        # “...”": the subject is the finite verb's
        verb = next((v for v in reversed(verbs[:-1]) if v.group().lower() not in _PARTICIPLES), verb)
    k = verbs.index(verb)
    while k > 0 and _AND_BEFORE.search(lead[: verbs[k].start()]):
        # "Charles Kennedy said Harry was in a privileged position and said he should apologise": the
        # coordinated verb shares the first one's subject
        k -= 1
    verb = verbs[k]
    vpos = s0 + verb.start()
    if verb.group().lower() == "according":
        return _speaker_phrase(body, vpos + len("according to "), raw.open, index, leading=True)
    if _INVERTED_VERB.fullmatch(verb.group()) and _CLOSED_BEFORE.search(body, max(s0, vpos - 4), vpos):
        # '“...,” said Rep. Don Bacon, R-Neb. “...”': the speaker follows the verb, after an earlier quote.
        inverted = _speaker_phrase(body, s0 + verb.end(), raw.open, index, leading=True)
        if inverted is not None:
            return inverted
    persons = [m for m in index.between(s0, vpos) if m.type == "person"]
    pronoun = _PRONOUN_LEAD.match(body, s0, vpos)
    if pronoun and not any(m.start < pronoun.end() for m in persons):
        # "He later posted a photo of himself and Witkoff, writing: “...”": the pronoun is the subject,
        # the names after it are objects.
        return _Attribution(None, "unknown", pronoun=pronoun.group(1).lower())
    bare = _BARE_PRONOUN.search(body, max(s0, vpos - 20), vpos)
    if bare and not any(m.end > bare.start() for m in persons):
        # "In a letter to his constituency chairman he wrote:", "Laying into the Tories' record he said:":
        # the pronoun right before the verb is its subject, the words before it an adverbial
        return _Attribution(None, "unknown", pronoun=bare.group(1), skip_sentence=True)
    clause = _PRONOUN_AFTER_CLAUSE.search(body, max(s0, vpos - 20), vpos)
    if clause and persons and persons[-1].end <= clause.start():
        # "Asked whether Putin and Erdogan would discuss it, he said:": the names are in the question,
        # the pronoun is who speaks, and it points to before this sentence.
        return _Attribution(None, "unknown", pronoun=clause.group(1).lower(), skip_sentence=True)
    comma = body.rfind(",", s0, vpos)
    opener = body[s0 : persons[0].start] if persons else ""
    if persons and comma >= persons[-1].end and opener[:1].isalpha() and not _MARKS.search(opener):
        # "Reacting to a comment by X, the American said:": the subject follows the opening clause.
        described = _DESCRIBED.fullmatch(body, comma + 1, vpos)
        if described:
            return _Attribution(None, "unknown", pronoun="one", skip_sentence=True)
        found = _speaker_phrase(body, comma + 1, vpos, index, leading=True)
        lead_word = body[comma + 1 : vpos].split()[:1]
        if found is not None and found.speaker is not None and lead_word[:1] in (["the"], ["a"], ["an"]):
            return found
    if persons and verb.group().lower() in _PARTICIPLES and body[vpos - 2 : vpos] == ", ":
        # "Mr Kennedy criticised Mr Brown for ..., saying it was “high time”": the subject who acts
        at = _LEAD_SPACE.match(body, s0).end()  # type: ignore[union-attr]
        first = persons[0]
        if _HONORIFIC.fullmatch(body, at, first.start) and _ACTS_AFTER.match(body, first.end):
            return _Attribution(first.name, "named")
    if persons:
        at = _LEAD_SPACE.match(body, s0).end()  # type: ignore[union-attr]
        source = None if index.quoted(at) else _ANON.match(body, at)
        if (
            source is not None
            and _INDEFINITE.match(source.group())
            and source.end() <= persons[0].start
            and _ASIDE_TO_VERB.fullmatch(body, source.end(), vpos)
            # (not "A spokesperson, Lin Jian, said")
            and body[source.end() : persons[0].start].strip(" ,\u00a0")
        ):
            # "A White House official, asked whether President Donald Trump supported it, said": the names
            # are in the aside, the source is the subject
            return _Attribution(" ".join(source.group().split()), "anonymous")
        return _people_speaker(body, persons, s0, vpos)
    if verb.group().lower() in _PARTICIPLES and body[vpos - 2 : vpos] == ", ":
        # "The Russian Defense Ministry confirmed the swap, saying that ...": the body that acts opens the
        # sentence and is the participle's subject
        at = _LEAD_SPACE.match(body, s0).end()  # type: ignore[union-attr]
        opening = [m for m in index.between(at, vpos) if m.type == "org"][:1]
        if (
            opening
            and _DETERMINER_ONLY.fullmatch(body, at, opening[0].start)
            and _ACTS_AFTER.match(body, opening[0].end)
        ):
            return _Attribution(opening[0].name, "named")
    # The clause right before the verb: after the last comma.
    clause_start = body.rfind(",", s0, vpos)
    clause_start = s0 if clause_start == -1 else clause_start + 1
    issued = _ISSUED_DOCUMENT.search(body, s0, vpos)
    if issued is not None:
        # "The Electoral Commission, which regulates ..., issued a statement warning that": the issuer
        end = issued.start()
        relative = _RELATIVE_CLAUSE.search(body, s0, end)
        end = relative.start() if relative else end
        begin = body.rfind(",", s0, end) + 1 or s0  # "In a reflection of the confusion, the Commission"
        subject = _speaker_phrase(body, begin, end, index, leading=True)
        if subject is not None and (subject.speaker or subject.pronoun):
            return subject
    found = _speaker_phrase(body, clause_start, vpos, index, leading=False)
    if found is None and clause_start > s0:
        # "He denied it, telling the BBC “...”": the subject opens the sentence.
        found = _speaker_phrase(body, s0, vpos, index, leading=True)
    return found


_DETERMINER_ONLY = re.compile(r"(?:(?i:the)[ \u00a0]+)?")
_ASIDE_TO_VERB = re.compile(r",[^,;.“”\"]{3,160},[ \u00a0]*(?:(?:also|later|then|only)[ \u00a0]+)?")
_BARE_QUOTE_LABEL = re.compile(r"(?:^|\n)[ \u00a0]*Quote:[ \u00a0]*$")
_SOURCE_LINE = re.compile(r"(?:^|\n)[ \u00a0]*Source:[ \u00a0]*([^\n]{2,200})\n(?![\s\S]*\nSource:)")
_BARE_QUOTE_LABEL = re.compile(r"(?:^|\n)[ \u00a0]*Quote:[ \u00a0]*[“\"]?$")
_QUOTE_FROM = re.compile(r"(?:^|\n)[ \u00a0]*Quote from ([^:\n]{2,80}):[ \u00a0]*$")
_RELATIVE_CLAUSE = re.compile(r",[ \u00a0]+(?:which|who|whose|that)\b")
_ISSUED_DOCUMENT = re.compile(
    r"[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+)?(?:issued|released|published|put[ \u00a0]+out|posted)"
    rf"[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?i:{_DOCUMENT})[ \u00a0]+$"
)


# "the American", "the Spaniard", "the 23-year-old": a person described by what the text told of them.
_DESCRIBED = re.compile(
    r"[ \u00a0]+the[ \u00a0]+(?:\d+-year-old|[A-Z][a-z]+)[ \u00a0]+(?:(?:also|later|then)[ \u00a0]+)?"
)
_PRONOUN_AFTER_CLAUSE = re.compile(r",[ \u00a0]+(he|she|they)[ \u00a0]+(?:(?:also|later|then)[ \u00a0]+)?$")
# "the chancellor said the cuts proposed by Oliver Letwin ...": a source that speaks before the names
_SUBJECT_SAID = re.compile(rf"\b(?:the|The)[ \u00a0]+[a-z]+[ \u00a0]+(?:{_VERB})\b")
_BARE_PRONOUN = re.compile(
    r"(?<=[a-z0-9)])(?<!\bbut)(?<!\band)(?<!\bso)(?<!\bthen)(?<!\byet)(?<!\bor)(?<!\bas)(?<!\bwhich)(?<!\bthat)"
    r"(?<!\bwho)(?<!\bwhat)(?<!\bwhere)(?<!\bwhen)(?<!\bwhile)(?<!\bif)(?<!\bthough)(?<!\bbecause)(?<!\bsince)"
    r"(?<!\bonce)(?<!\bafter)(?<!\bbefore)(?<!\buntil)(?<!\bunless)(?<!\bthan)(?<!\bwhether)"
    r"[ \u00a0]+(he|she|they)[ \u00a0]+(?:(?:also|later|then|again)[ \u00a0]+)?$"
)
_CLOSED_BEFORE = re.compile(r"[”\"],?\s*$")
_INVERTED_VERB = re.compile(r"said|says|added|wrote|asked|told", re.IGNORECASE)
_PRONOUN_LEAD = re.compile(r"(?:(?:But|And|Then|Later|Now|So)\s+)?(He|She|They|(?<=\s)(?:he|she|they))\b")
# "a spokesman for House Speaker Mike Johnson", "the death of British hostage Ken Bigley", "speaking through
# his spokesman Stéphane Dujarric": a preposition and at most three words that describe the name. Neither
# a clause word ("on Monday that Y") nor a full stop ("with the delegation.\n\nVincent Magwenya said")
# comes between.
_PREP_WORD = (
    r"(?!(?i:that|which|who|whom|and|but|or|said|says|told|when|while|as|if|because|after|before|than)\b)"
    r"(?:(?:[A-Z]\.)+|[\w’'-]+)"
)
_PREPOSITION_BEFORE = re.compile(
    rf"\b(?i:from|of|at|for|with|by|to|on|through|via)[ \u00a0]+(?:{_PREP_WORD}[ \u00a0]+){{0,4}}$"
)
# "Zelensky's office said": the office speaks, not the person; kept as written.
_OWNED_HEADS = (
    r"(?:office|press\s+office|press\s+service|team|campaign|camp|government|administration|ministry|embassy|"
    r"military|army|presidency|general\s+staff|mission|delegation)"
)
_NOT_PREPOSITION = r"(?!(?:in|of|on|for|to|at|with|from|by)\b)"
_PERSONS_AIDE = re.compile(
    r"[’']s[ \u00a0]+(?:(?:official|chief|senior|deputy|press|former|top|own)[ \u00a0]+){0,2}"
    r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|solicitor|attorney)\b"  # ("office": owned)
)
_TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][a-z.]+[ \u00a0]+)+$")
_OWNED_SPEAKER = re.compile(rf"[’']s\s+(?i:(?:{_NOT_PREPOSITION}[a-z-]+\s+){{0,2}}?{_OWNED_HEADS})\b")
# "Ukraine's foreign ministry said": a place's or organisation's body speaks, kept as written.
_OWNER_PHRASE = re.compile(
    # (a day owns nothing: "Today's Foreign Ministry statement", "Monday's report")
    r"\b(?!(?:Today|Yesterday|Tonight|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s)"
    rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*[’']s\s+(?i:(?:{_NOT_PREPOSITION}[a-z-]+\s+){{0,2}}?{_OWNED_HEADS})\b"
)


# "Hungary's foreign minister", "Russia's deputy envoy to the UN": a role owned by a place or a body.
_ROLE_HEADS = (
    r"(?:minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|president|prime\s+minister|chancellor|"
    r"premier|negotiator|representative|commander|chief|secretary|adviser|advisor|leader)"
)
_POSSESSED_ROLE = re.compile(
    r"\b(?!(?:Later|Earlier|But|And|Then|Now|So|Meanwhile|However|Also|Separately|On|In|At|The)\b)"
    rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*[’']s\s+(?i:(?:[a-z-]+\s+){{0,3}}?{_ROLE_HEADS})\b"
    r"(?:\s+(?:to|at|for|in)\s+the\s+(?:[A-Z][\w.-]*\s*){1,4})?"
)


def _likely_speaker(body: str, people: list[Mention]) -> Mention | None:
    """The last person named before the verb who is neither a possessor ("Orban's spokesman, Zoltan
    Kovacs, said") nor governed by a preposition ("Simon Wheatley, from Goldman Sachs", "a spokesman for
    House Speaker Mike Johnson"); None when every name is one of those."""
    for m in reversed(people):
        if body[m.end : m.end + 2] in ("'s", "’s") or body[m.end : m.end + 1] in ("'", "’"):
            continue
        if _PREPOSITION_BEFORE.search(body, max(0, m.start - 40), m.start):
            continue
        return m
    return None


# "Kellogg, who met Zelensky and army chief Oleksandr Syrskyi, told reporters": a clause set off by commas
# right after the subject; the names inside it are not who speaks.
_PARENTHESIS_OPENS = re.compile(r",[ \u00a0]+[a-z]")
_COMMA_BEFORE_VERB = re.compile(r",[ \u00a0]*(?:(?:also|later|then|again)[ \u00a0]+)?$")


def _parenthesised_subject(body: str, people: list[Mention], a: int, b: int) -> Mention | None:
    """The name that opens the clause when a parenthesis set off by commas stands between it and the verb
    ("X, speaking through his spokesman Y, urged ..."); None when the clause is not built so."""
    if len(people) < 2 or not _COMMA_BEFORE_VERB.search(body, max(a, b - 12), b):
        return None
    first = people[0]
    if "," in body[a : first.start] or body[first.end : first.end + 1] in ("'", "’"):
        return None
    return first if _PARENTHESIS_OPENS.match(body, first.end) else None


_SOURCE_IN_CLAUSE = re.compile(r"\b(?:that|which|whom)\s+((?:a|an|one|another)\s.+)$")
_LED_BY_NAME = re.compile(
    r"[ \u00a0\n]+(?:administration|government|campaign)[ \u00a0\n]+"
    r"(?:official|aide|source|spokesman|spokeswoman|spokesperson)s?\b"
)


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])((?:a|an|one|A|An|One)[ \u00a0]+)$")


def _people_speaker(body: str, people: list[Mention], a: int, b: int) -> _Attribution:
    """Who speaks when names stand in the clause: a free name, else "X's office", else the anonymous
    source the names belong to ("a spokesman for X"), else the last name."""
    led = _LED_BY_NAME.match(body, people[-1].end, b)
    article = _ARTICLE_BEFORE.search(body, max(a, people[-1].start - 6), people[-1].start) if led else None
    if led and article:
        # "a Reagan administration official said": the leader names whose official speaks, unnamed
        return _Attribution(" ".join(body[article.start(1) : led.end()].split()), "anonymous")
    m = _parenthesised_subject(body, people, a, b) or _likely_speaker(body, people)
    if m is not None:
        return _Attribution(m.name, "named")
    last = people[-1]
    owned = _OWNED_SPEAKER.match(body, last.end, b)
    if owned:
        return _Attribution(" ".join(body[last.start : owned.end()].split()), "named")
    aide = _PERSONS_AIDE.match(body, last.end, b)
    if aide and not body[aide.end() : b].strip(" ,\u00a0"):
        # "Prime Minister Tony Blair's official spokesman said": the aide speaks for the person, unnamed
        title = _TITLE_WORDS_BEFORE.search(body, a, last.start)
        begin = title.start() if title else last.start
        return _Attribution(" ".join(body[begin : aide.end()].split()), "anonymous")
    anon = _ANON.search(body, a, last.start)
    if anon and anon.end() >= last.start - 1:
        phrase = " ".join(body[anon.start() : last.end].split())
        return _Attribution(phrase, "anonymous")
    return _Attribution(last.name, "named")


_LEADING_OPENER = re.compile(
    r"[\s“”\"]*(?:(?:However|But|And|Yet|Meanwhile|Still|Also|Separately|Instead|Elsewhere|As)\b,?"
    # "In a statement on Thursday, Euronext said": an adverbial before the subject
    r"|(?:In|On|At|After|During)[ \u00a0]+[^,;.“”\"]{1,60},)[ \u00a0]+"
)


_SUBJECT_START = re.compile(rf"(?:[A-Z]|{_DETERMINER}\b)")  # not "But told BBC News:"


_STATEMENT_HEADS = frozenset({"statement", "release", "communique", "communiqué"})
# "In a statement the RSPCA said", "A statement issued by the Treasury said", "a statement from the FA"
_IN_STATEMENT_GAP = re.compile(
    r",?[ \u00a0]+(?:(?:issued[ \u00a0]+by|released[ \u00a0]+by|by|from)[ \u00a0]+)?(?:the[ \u00a0]+)?"
)


_NATION_SPEAKS = re.compile(
    r"(?:^|,[ \u00a0]+)(?:the|The)[ \u00a0]+(French|British|Germans|Americans|Russians|Soviets|Chinese|"
    r"Japanese|Italians|Spanish|Dutch|Israelis|Iranians|Iraqis|Ukrainians|Turks|Greeks|Indians|Pakistanis|"
    r"Saudis)$"
)
_NATION_ADJECTIVES = {
    "Turks": "Turkish",
    "French": "French",
    "British": "British",
    "Chinese": "Chinese",
    "Japanese": "Japanese",
    "Spanish": "Spanish",
    "Dutch": "Dutch",
}

# "said the group in a statement", "said the company on its website": where it was said, not who said it
_IN_A_MEDIUM = re.compile(
    r"[ \u00a0,]+(?:in|on)[ \u00a0]+(?:a|an|its|his|her|their|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(?:statement|interview|note|letter|report|e-?mail|tweet|post|release|blog|speech|message|video|"
    r"website)\b"
)


def _speaker_phrase(body: str, a: int, b: int, index: _Mentions, leading: bool) -> _Attribution | None:
    if leading and (medium := _IN_A_MEDIUM.search(body, a, b)):
        b = medium.start()
    opener = _LEADING_OPENER.match(body, a, b) if leading else None
    if opener and _SUBJECT_START.match(body, opener.end(), b):
        a = opener.end()  # "However, one dealer, who asked not to be named, told Reuters": the source leads
    text = body[a:b]
    stripped = text.strip()
    if stripped[:1] in '"”' and stripped[1:2].isspace():
        stripped = stripped[1:].strip()  # ‘...,” he told’: a closing mark, not the subject
    if not stripped:
        return None
    nation = _NATION_SPEAKS.search(stripped)
    if nation and (nation.start() == 0 or not leading):
        # "the French said", "In a statement issued at the meeting, the French said": the government
        word = nation.group(1)
        return _Attribution(f"{_NATION_ADJECTIVES.get(word, word.removesuffix('s'))} government", "named")
    p = _PRONOUN.match(stripped)
    if p and (len(stripped) == len(p.group()) or leading):
        return _Attribution(None, "unknown", pronoun=p.group(1).lower())
    window_end = b
    found = index.between(a, window_end)
    people = [m for m in found if m.type == "person"]
    if people:
        if not leading:
            return _people_speaker(body, people, a, b)
        if _appositive(body[a : people[0].start]):
            for m in people[1:]:
                if (
                    (
                        _ROLE_BEFORE_NAME.search(body, max(a, m.start - 30), m.start)
                        and not _CLAUSE_BREAK.search(body, people[0].end, m.start)
                    )
                    or body[people[0].end : m.start] == " "
                    or _POSSESSOR_ROLE.fullmatch(body, people[0].end, m.start)
                ):
                    # "said Credit Suisse Paul Hofer"; "declared Kasabian's singer Tom Meighan"
                    return _Attribution(
                        m.name, "named"
                    )  # "said Carroll McEntee and McGinley analyst Brian Singer"
            return _Attribution(people[0].name, "named")
    body_named = _NAMED_BODY.fullmatch(stripped)
    if body_named and not index.quoted(a + text.find(stripped)):
        return _Attribution(body_named.group(1), "named")  # "the US military said"
    anon = _ANON.search(body, a, window_end)
    if anon and (clause := _CLAUSE_VERB.search(anon.group())):
        # "the demonstrators adopted a declaration saying": the subject of the clause, not its object
        anon = _ANON.fullmatch(body, anon.start(), anon.start() + clause.start())
    if anon and (
        _proper_head(anon.group())
        or (
            anon.group().split()[-1][:1].isupper()
            and _NAME_GOES_ON.match(body, anon.end()) is not None
            # (not "An Importers" + " Association official")
            and _PERSON_AFTER_BODY.match(body, anon.end(), window_end) is None
        )
    ):
        # "The National Union of Students said", "The Man Utd boss continued": a name, not a description
        anon = None
    if anon and anon.group().split()[-1].lower() in _STATEMENT_HEADS:
        # "In a statement the RSPCA said": the body that made the statement speaks
        issuer = _IN_STATEMENT_GAP.match(body, anon.end(), window_end)
        org = next((m for m in index.between(anon.end(), window_end) if m.type == "org"), None)
        if issuer is not None and org is not None and org.start == issuer.end():
            return _Attribution(org.name, "named")
    owner = _OWNER_PHRASE.search(body, a, window_end)
    if (
        owner
        and anon
        and owner.start() < anon.start()
        and (owner.start() - a) <= 3
        and owner.end() <= anon.start()
    ):
        # "Ukraine's Foreign Ministry thanked the mediators in a statement and said": the subject, not the
        # description after its verb
        phrase = " ".join(owner.group().split())
        return _Attribution(phrase[4:] if phrase.startswith("The ") else phrase, "named")
    if anon and index.quoted(anon.start()):
        anon = None  # "The American people did not send us here": words quoted, not a source
    if (
        anon
        and body[anon.end() : anon.end() + 2] in ("’s", "'s")
        and body[anon.end() - 1 : anon.end()].isalpha()
        and anon.group().split()[-1][:1].isupper()
    ):
        anon = None  # "the People’s Daily": a name's first word, not a description's head
    if anon and (anon.start() - a) <= 3 + (0 if leading else 40):
        end = anon.end()
        more = _PERSON_AFTER_BODY.match(body, end, window_end) or _REMIT_AFTER.match(body, end, window_end)
        if more:
            end = more.end()  # "a senior Peruvian government" + " official responsible for debt affairs"
        phrase = " ".join(body[anon.start() : end].split()).rstrip(",.;: ")
        if inner := _SOURCE_IN_CLAUSE.search(phrase):
            # "an outcome that a senior Commission official described as": the official
            phrase = inner.group(1)
        if _FINITE.search(phrase) and len(phrase.split()) > 4:
            return None  # "The head of the Catholic Church in England and Wales made the": a clause
        body_named = _NAMED_BODY.fullmatch(phrase)
        if body_named:
            return _Attribution(body_named.group(1), "named")  # "the French foreign ministry said"
        return _Attribution(phrase, "anonymous")
    role = _POSSESSED_ROLE.search(body, a, window_end)
    if (
        role
        and (role.start() - a) <= 3 + (0 if leading else 40)
        and "," not in body[a : role.start()]  # "Mr Prettejohn, Lloyd's chief executive": apposed to a name
        and not index.quoted(role.start())
    ):
        # "Hungary's foreign minister said": a place's or body's office-holder, kept as written.
        return _Attribution(" ".join(role.group().split()), "anonymous")
    if owner and (owner.start() - a) <= 3 + (0 if leading else 40):
        phrase = " ".join(owner.group().split())
        return _Attribution(phrase[4:] if phrase.startswith("The ") else phrase, "named")
    orgs = [m for m in found if m.type == "org"]
    if (
        len(orgs) == 2
        and body[orgs[0].end : orgs[1].start].strip().lower() in ("and", "and the", "&")
        and not body[orgs[1].end : b].strip(" ,\u00a0")
        and len(body[a : orgs[0].start].split()) <= 1
    ):
        # "The Bank of England and Fed said they had faced a dilemma": the two bodies speak together
        return _Attribution(" ".join(body[orgs[0].start : orgs[1].end].split()), "named")
    if orgs and len(_SUBJECT_EXTRAS.sub(" ", stripped).split()) <= len(orgs[0].name.split()) + 2:
        # "The Jeddah-based Islamic Development Bank (IDB)", "March 29 - The ...": a body and what goes with
        # its name (a dateline, a base, its acronym), no more
        return _Attribution(orgs[0].name, "named")
    if (
        orgs
        and len(body[a : orgs[0].start].split()) <= 1
        and any(
            m.type == "place"
            and _AT_PLACE.fullmatch(body, orgs[0].end, m.start)
            and not body[m.end : b].strip(" ,")
            for m in found
        )
    ):
        return _Attribution(orgs[0].name, "named")  # "The Embassy of Ukraine in Washington said"
    if (
        orgs
        and _DOCUMENT_BY.fullmatch(body, a, orgs[0].start)
        and _ACRONYM_AFTER.fullmatch(body, orgs[0].end, b)
    ):
        # "The study by the non partisan Congressional Research Service (CRS) said": the body behind it
        return _Attribution(orgs[0].name, "named")
    if orgs and len(body[a : orgs[0].start].split()) <= 1 and _WHAT_IT_IS.fullmatch(body, orgs[0].end, b):
        # "Bristol-Myers, the third largest drug company in the U.S., said": the body, then what it is
        return _Attribution(orgs[0].name, "named")
    if orgs and len(body[a : orgs[0].start].split()) <= 1 and _WHICH_CLAUSE.fullmatch(body, orgs[0].end, b):
        # "General Motors, which saw its earnings drop to 2.94 billion dlrs, said": the body, then a clause
        return _Attribution(orgs[0].name, "named")
    if (
        orgs
        and not leading
        and _PLACE_AFTER.fullmatch(body, orgs[-1].end, b)
        and not _PREPOSITION_RIGHT_BEFORE.search(body, max(a, orgs[-1].start - 12), orgs[-1].start)
    ):
        # "The move comes after telecom regulator Ofcom said in November that": the body right before the
        # verb is its subject, however long the clause before it
        return _Attribution(orgs[-1].name, "named")
    places = [m for m in found if m.type == "place"]
    if (
        places
        and not orgs
        and _PLACE_BEFORE.fullmatch(body, a, places[0].start)
        and _PLACE_AFTER.fullmatch(body, places[0].end, b)
    ):
        # "China said", "The UK has urged": a country speaks through its government
        return _Attribution(places[0].name, "named")
    # (with its clause set off: "The company, which consolidated Ahlsell AB this year, said")
    stripped = _WHICH_SET_OFF.sub("", stripped)
    if _ORG_DESCRIPTION.fullmatch(stripped) or _BOARD.fullmatch(stripped):
        # "the company said", "the directors said in the annual report": the firm named before
        head = stripped.split()[-1].lower() if _ORG_DESCRIPTION.fullmatch(stripped) else ""
        return _Attribution(None, "unknown", pronoun="it", head=head)
    epithet = _EPITHET.match(stripped)
    if epithet and stripped[epithet.end() :][:1] in ("", ","):
        # "said the 30-year-old", "said the 76-year-old, who led ...": the person just named
        return _Attribution(None, "unknown", pronoun="one")
    return None


_DOCUMENT_BY = re.compile(
    rf"\s*(?i:the|an?)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?(?i:{_DOCUMENT})[ \u00a0]+"
    r"(?:by|from|of)[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,2}"
)
_ACRONYM_AFTER = re.compile(r"(?:[ \u00a0]+\([A-Z][A-Za-z.&-]{1,9}\))?[\s,]*")
_AT_PLACE = re.compile(r"[ \u00a0]+(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?")
_WHAT_IT_IS = re.compile(
    r",[ \u00a0]+(?:the|a|an)[ \u00a0]+[^,“”\"]{0,50}?\b(?:company|firm|group|maker|bank|producer|concern|"
    r"carrier|retailer|insurer|utility)\b[^,“”\"]{0,40},[ \u00a0]*"
)
_WHICH_SET_OFF = re.compile(r",[ \u00a0]+(?:which|whose)\b[^“”\"]{1,200}?,?$")
_WHICH_CLAUSE = re.compile(
    r",[ \u00a0]+(?:which|whose)\b[^“”\"]{1,200}?,[ \u00a0]*(?:(?:has|have|had|also|then|later)[ \u00a0]+)*"
)
_SUBJECT_EXTRAS = re.compile(
    rf"^(?:{_MONTH_DAY}{_DATELINE_DASH}[ \u00a0]*)"
    r"|\([A-Z][A-Za-z.&]{1,9}\)|\b[\w.’'-]+-(?:based|owned|run|backed|listed|controlled)\b"
)


_PREPOSITION_RIGHT_BEFORE = re.compile(
    r"\b(?:of|by|for|at|from|with|to|in|on|and|&)[ \u00a0]+(?:the[ \u00a0]+)?$"
)


# A place that is the whole subject ("The UK has", "China"), not a place in a description ("the Salford MP",
# "in Kyiv").
_PLACE_BEFORE = re.compile(r"[\s,”\"]*(?:(?i:the)[ \u00a0]+)?")
_PLACE_AFTER = re.compile(
    # "South Africa, in its explanation of vote, said", "Qatar, which has mediated ..., said"
    r"(?:,[ \u00a0]+(?:in|which|who|whose|after|as|through)\b[^,“”\"]{1,100},)?"
    r"(?:[ \u00a0]+(?:has|have|had|also|then|later|again|is|was|would|will))*[\s,]*"
)


# "the French foreign ministry", "the US military", "the Biden administration": a body that a capitalised
# word names, speaking as itself (a bare "the ministry" is the one named before).
_NAMED_BODY = re.compile(
    r"(?i:the)[ \u00a0]+((?:[A-Z][\w.’'-]*[ \u00a0]+)+"
    r"(?:(?:and|&)[ \u00a0]+(?:[A-Z][\w.’'-]*[ \u00a0]+)+)?"  # "the Finance and Economy Ministry"
    rf"(?:{_NOT_PREPOSITION}[a-z-]+[ \u00a0]+){{0,2}}"
    r"(?i:ministry|government|administration|department|military|army|navy|presidency|cabinet|embassy|mission|"
    r"delegation)"
    # "The Russian Ministry of Defence said", "the Department of Agriculture"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'-]*"
    r"(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w’'-]*){0,3})?)"
)
_NAMED_BODY_AT = re.compile(_NAMED_BODY.pattern + r"(?=[ \u00a0]+[a-z])")  # opening a sentence
_HEAD_SET = (frozenset(ANON_HEADS) - {"(?-i:PM)"}) | {"pm"} | frozenset(_BARE_HEADS.split("|"))
# A person head after a body's: "a senior Peruvian government official", with what they answer for.
_REMIT = (
    r"(?:[ \u00a0]+(?:responsible|familiar|involved|close)[ \u00a0]+(?:for|with|in|to)[ \u00a0]+"
    r"[\w’' -]{1,40}?(?=[ \u00a0]*(?:[,.;:]|$)|[ \u00a0]+(?:said|says|told|who)\b))"
)
_REMIT_AFTER = re.compile(_REMIT)
_PERSON_AFTER_BODY = re.compile(
    # "a Ministry" + " of International Trade and Industry (MITI) official": the body's full name first
    r"(?:[ \u00a0]+(?:of|for|and|the|&|[A-Z][\w.&’'-]*|\([A-Z]{2,8}\)))*"
    r"[ \u00a0]+(?:officials?|spokes(?:man|woman|person)|source|aide|adviser|advisor|negotiator|diplomat|"
    r"ministers?|minister|lawmakers?|officers?|economists?|analysts?|executives?|traders?|dealers?|sources)\b"
    rf"{_REMIT}?"
)


def _plural_source(phrase: str) -> bool:
    """ "Other analysts", "officials in Kyiv": a description of several people."""
    for word in phrase.lower().split():
        word = word.strip(",.")
        if word in _HEAD_SET:
            return word in ("people", "spokespeople") or (word.endswith("s") and word[:-1] in _HEAD_SET)
    return False


_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z][a-z]")


def _proper_head(phrase: str) -> bool:
    """True when the description's head word is capitalised as part of a name ("Union of Students")."""
    words = phrase.split()
    if words and words[-1][:1].islower() and words[-1].strip(",.") in _HEAD_SET:
        return False  # "A Government spokesman": the role written in lower case after the body's capital
    heads = [w for w in words[1:] if w.lower().strip(",.") in _HEAD_SET]
    # "A Tory MP": an MP is written in capitals and is still no name
    written_capital = (
        bool(heads) and heads[0][:1].isupper() and heads[0].lower().strip(",.") not in _CAPITAL_HEADS
    )
    # "the Daily Star", "the Toronto Star": a calling written in capitals is a paper's or a show's name
    calling = bool(heads) and heads[0].lower().strip(",.") in _CALLING_HEADS
    if (
        written_capital
        and words[0].lower() == "the"
        and words[1] == heads[0]
        and len(words) > 3
        and words[2] in ("of", "for")
        and words[3][:1].isupper()
    ):
        return True  # "the Ministry of External Affairs (MEA)": a body's full name, whatever opens it
    return written_capital and (words[0][:1].isupper() or calling) and len(words) > 2


_CAPITAL_HEADS = frozenset({"mp", "mps", "mep", "meps"})


_ROLE_BEFORE_NAME = re.compile(rf"\b(?:{EMPLOYEE_ROLES}|manager|official)[ \u00a0]+$")
_CLAUSE_BREAK = re.compile(r"[,;.]|\b(?:who|which|when|said|told)\b")
# "the company", "the state-owned firm": an organisation named before, as "it" is.
_ORG_HEADS = (
    r"(?:company|firm|group|consortium|ministry|agency|bank|club|corporation|conglomerate|exporter|"
    r"broadcaster|retailer|carrier|regulator|watchdog|lender|insurer|manufacturer|giant|charity|"
    r"organisation|organization|alliance|bloc|union|newspaper|paper|daily|weekly|tabloid|magazine|"
    r"partnership|utility|thrift|airline|brokerage|subsidiary)"
)
# (a capital too: "In its document on the auctions, the Bank said")
_ORG_DESCRIPTION = re.compile(rf"(?i:the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?(?i:{_ORG_HEADS})")
_BOARD = re.compile(
    r"(?i:the)[ \u00a0]+(?:(?:company|bank|group)[’']s[ \u00a0]+)?"
    r"(?:board(?:[ \u00a0]+of[ \u00a0]+directors)?|directors|management)"
)
# "the 30-year-old", "the American", "the veteran diplomat": a person the text has just named, described
# by what it told of them (an age, a nationality, a standing), never an anonymous source.
_DEMONYM = r"[A-Z][a-z]+(?:an|ese|ish|ard|man|woman|on|i)|Finn|Scot|Swede|Dane|Pole|Turk|Greek|Czech|Swiss"
_EPITHET_MARK = r"\d+-year-old|veteran|former|top|longtime|seasoned|outgoing|incoming|retiring"
_EPITHET = re.compile(
    rf"(?i:the)[ \u00a0]+(?:(?:[\w.-]+[ \u00a0]+){{0,2}}?(?:{_EPITHET_MARK})(?:[ \u00a0]+[\w.-]+){{0,3}}"
    rf"|(?:{_DEMONYM}))"
)
_EPITHET_IN = re.compile(rf"(?i:the)\b.*\b(?:{_EPITHET_MARK})\b")


_CLAUSE_WORDS = frozenset(
    {"who", "which", "that", "when", "while", "after", "before", "because", "but", "and"}
)


_POSSESSOR_ROLE = re.compile(r"[’']s[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){1,4}")


def _appositive(gap: str) -> bool:
    """True when the words between "said" and a name describe that person ("the chairman of X, MP")."""
    words = gap.split()
    # ("media and PR strategist Glen Yearwood": an "and" inside a short title is no clause)
    titled = len(words) <= 6 and bool(_ROLE_BEFORE_NAME.search(gap))
    # (nor one between two capitalised titles: "said President and Chief Executive Officer X")
    capital_and = {
        i
        for i, w in enumerate(words)
        if w == "and" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
    }
    clause = [
        w
        for i, w in enumerate(words)
        if w.lower().strip(",") in _CLAUSE_WORDS and not (titled and w == "and") and i not in capital_and
    ]
    if len(words) > 14 or clause:
        return False
    # ("said Chemical Bank Tokyo branch vice president X": a firm and the role held there)
    return (
        len(words) <= 5
        or gap.rstrip().endswith(",")
        or words[-1][:1].isupper()
        or (len(words) <= 8 and bool(_ROLE_BEFORE_NAME.search(gap)))
    )


# "a UKIP spokesman said ...": an anonymous source as the subject of a speech verb.
_I_ASKED = re.compile(
    r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce)[ \u00a0]+(?:I|we)[ \u00a0]+"
    r"(?:asked|pressed|put[ \u00a0]+it[ \u00a0]+to)[ \u00a0]+"
)
_ANON_SUBJECT = re.compile(
    rf"({_ANON.pattern})(?:,[^.;,]{{1,140}},)?\s+(?:also\s+|later\s+)?(?:{_VERB})\b", re.IGNORECASE
)


_PASSIVE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:was|were|is|are|(?:has|had|have)[ \u00a0]+been|being)[ \u00a0]+)"
    r"(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en|wn|ld|ght)\b"
)
_ACTIVE_AFTER = re.compile(
    rf"[ \u00a0]+(?:(?:has|had|have|also|later|then|who)[ \u00a0]+)?(?:{_VERB}|[a-z]+ed)\b"
)
# "Asked about X, he ...", "When X arrived, she ...": names in an opening clause are not its subject.
_ASKED_CLAUSE = re.compile(
    r"[ \u00a0]*(?:Asked|Pressed|Questioned|When|After|Before|While)\b"
    r"[^.;\n]{0,200}?,[ \u00a0]+(?:he|she|they)\b"
)
# "When Emmanuel Macron stepped out ..., he chose": the clause's own subject is who the pronoun is.
_CLAUSE_SUBJECT = re.compile(
    r"[ \u00a0]*(?:When|After|Before|While)[ \u00a0]+(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}"
)
_PRONOUN_SUBJECT = re.compile(r"[“\"(]?\s*(?:he|she|they)\b", re.IGNORECASE)


_LEAD_SPACE = re.compile(r"\s*")
# Heads of an anonymous description that are people, not documents or bodies.
_PERSON_HEAD = re.compile(
    r"\b(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|aides?|advisers?|advisors?|insiders?|"
    r"analysts?|negotiators?|lawmakers?|officers?|experts?|economists?|traders?|dealers?|bankers?)$",
    re.IGNORECASE,
)


def _agrees(pronoun: str, name: str, kind: SpeakerKind) -> bool:
    """ "she" never resolves to a man, nor "he" to a woman, when the given name tells; neither resolves to
    several people ("The remaining members of Korn said ... “...,” he told")."""
    if pronoun not in ("he", "she"):
        return True
    if kind == "anonymous":
        return not _plural_source(name)
    if kind != "named":
        return True
    known = gender(name)
    return known is None or known == ("f" if pronoun == "she" else "m")


def _inside_quote(inside: list[tuple[int, int]], opens: list[int], pos: int) -> bool:
    return _within(inside, opens, pos)


def _within(inside: Sequence[tuple[int, int]], opens: list[int], pos: int) -> bool:
    k = bisect_right(opens, pos) - 1
    return k >= 0 and inside[k][0] <= pos < inside[k][1]


_PRONOUN_SAID = re.compile(r",[ \u00a0]+(?:he|she)[ \u00a0]+(?:said|added|says|adds)\b")


# "..., Hans Mast, senior economic adviser to Credit Suisse First Boston, said.": a verb after an apposition
_VERB_AT = re.compile(rf"(?:{_VERB})\b")


def _speaks_after(body: str, end: int) -> bool:
    if _SPEAKS_AFTER.match(body, end):
        return True
    aside = _ASIDE_TO_VERB.match(body, end)  # "..., Hans Mast, senior economic adviser to X, said."
    return aside is not None and _VERB_AT.match(body, aside.end()) is not None


_PARTY_SPOKESMAN = re.compile(r"(?i:the)[ \u00a0]+[A-Z][\w-]*[ \u00a0]+spokes(?:man|woman|person)")


def _spokesman_just_quoted(
    body: str, phrase: str, raw: _Raw, resolved: list[tuple[_Raw, str | None, SpeakerKind]]
) -> str | None:
    """ "Mr Ancram condemned the document. “...,” he asked. The Tory spokesman also criticised ..., “...,” he
    said": a party's or body's spokesman named in the same paragraph's last quote, when no unnamed one was
    introduced."""
    if not _PARTY_SPOKESMAN.fullmatch(phrase) or not resolved:
        return None
    last_raw, speaker, kind = resolved[-1]
    if kind != "named" or speaker is None or "\n" in body[last_raw.close : raw.open]:
        return None
    head = phrase.split()[-1]
    if re.search(rf"\b(?:[Aa]n?|[Oo]ne)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}{head}\b", body[: raw.open]):
        return None  # "a Tory spokesman said" came before: that one speaks
    return speaker


# "the Dutchman", "the Spaniard", "the 34-year-old": sports and arts pages name their subject so: the
# epithet nouns _DEMONYM already describes, and a few it does not
_EPITHET_NOUN = re.compile(
    rf"\b[Tt]he[ \u00a0]+(?:\d{{1,3}}-year-old|{_DEMONYM}|Argentine|Croat|Serb|Aussie)"
    # a person, not "the American team": what follows is punctuation, a verb or "who"
    r"(?=[ \u00a0]*[,.;:]|[ \u00a0]+(?:who|is|was|has|had|will|would|could|can|did|does|[a-z]+ed|says|admits|"
    r"insists|believes|wants|hopes|feels|thinks|knows|needs|faces|plays|looks)\b)"
)


# ("And while it has yet to attain ..., Mr Prater predicts it will": a main clause's subject after a long
# subordinate one, its verb right after the name)
_MAIN_CLAUSE_SUBJECT = re.compile(
    r"[ \u00a0]+(?:predicts|believes|thinks|says|said|insists|admits|argues|hopes|expects)\b"
    # "Iryna Bondar, a retired schoolteacher, shrugged at the news": a name, its apposition, then the verb
    r"|,[ \u00a0]+(?:a|an|the)[ \u00a0]+[^,.;:“”\"]{1,60},[ \u00a0]+(?:[a-z]+ed|says|said|told)\b"
)


_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|An?)[ \u00a0]$")


def _first_paragraph(text: str) -> str:
    """A quote's words up to the mark that opens its next paragraph ('... trevor. "Campbell swears')."""
    return _NEXT_PARAGRAPH_MARK.split(text, maxsplit=1)[0]


_NEXT_PARAGRAPH_MARK = re.compile(r"[ \u00a0\n][“\"]")


def _named_in(name: str, text: str) -> bool:
    """The quote speaks of this person: by surname (by full name when the surname is also a common word:
    "the vote in May"), or by first name alone, not as the first name of another ("I told Donald Trump")."""
    words = name.split()
    surname = words[-1]
    form = name if len(words) == 1 or surname.casefold() in _COMMON_SURNAMES else surname
    if re.search(rf"\b{re.escape(form)}\b(?!’s|'s)", text):
        return True
    # the first name alone ("a quiet word with Olof", "Steve has"), not as another's ("Donald Trump")
    return (
        len(words) > 1 and re.search(rf"\b{re.escape(words[0])}\b(?![’']s|[ \u00a0][A-Z])", text) is not None
    )


_COMMON_SURNAMES = NAME_MONTHS | {"king", "young", "little", "long", "hope", "rich"}


def _epithet_in(body: str, s: int, e: int, index: _Mentions) -> bool:
    return any(not index.quoted(m.start()) for m in _EPITHET_NOUN.finditer(body, s, e))


def _resolve_pronoun(
    body: str,
    raw: _Raw,
    sentences: SentenceIndex,
    index: _Mentions,
    inside: list[tuple[int, int]],
    resolved: list[tuple[_Raw, str | None, SpeakerKind]],
    opens: list[int],
    pronoun: str = "",
    skip_sentence: bool = False,
) -> tuple[str | None, SpeakerKind]:
    """The nearest earlier speaker or person, walking back sentence by sentence from the quote (from the
    sentence before it when `skip_sentence`: the names before the pronoun stand in a subordinate clause)."""
    si = sentences.index_of(raw.open)
    first = True
    floor = raw.open - MAX_LOOKBACK
    fallback: Mention | None = None
    own_words = _first_paragraph(body[raw.start : raw.end])
    for k in range(si, max(-1, si - 12), -1):
        s, e = sentences.spans[k] if sentences.spans else (0, len(body))
        if first:
            e = raw.open
            first = False
        if e < floor or (k <= si - 6 and fallback is not None):
            break  # past six sentences only a subject with nothing nearer answers
        s = max(s, floor)
        for prev_raw, speaker, kind in reversed(resolved[-8:]):
            overlaps = prev_raw.open < e and prev_raw.close >= s
            if overlaps and speaker is not None and _agrees(pronoun, speaker, kind):
                return speaker, kind
        if k == si and pronoun in ("he", "she") and (asked := _I_ASKED.search(body, s, e)):
            # "When I asked an Emirati official why they do it, he said": the one the writer asked
            person = next((m for m in index.between(asked.end(), e) if m.start == asked.end()), None)
            if person is not None and person.type == "person":
                return person.name, "named"
            source = _ANON.match(body, asked.end())
            if source is not None and _INDEFINITE.match(source.group()):
                return " ".join(source.group().split()), "anonymous"
        if skip_sentence and k == si:
            continue
        if (
            k == si
            and pronoun in ("he", "she")
            and _TRAILING_PRONOUN.search(body, raw.close, sentences.span_of(raw.close)[1])
        ):
            # 'Mr Blair has “the same passion ...” as in 1997, he said.': the name before the quote in its own
            # sentence is what the speaker talks about
            continue
        opener = _PRONOUN_SUBJECT.match(body, _LEAD_SPACE.match(body, s).end()) if k != si else None  # type: ignore[union-attr]
        if (
            opener is not None
            and pronoun in ("he", "she")
            and opener.group().strip(' “"(').lower() == pronoun
        ):
            # "He told reporters after meeting with President Suharto that ...": the same "he" goes on,
            # the names after it are not who he is
            continue
        outside = [m for m in index.between(s, e) if not _inside_quote(inside, opens, m.start)]
        persons = [
            m
            for m in outside
            if m.type == "person"
            and _agrees(pronoun, m.name, "named")
            # "an Alan Shearer strike": a name used as a modifier is no one's subject
            and not _INDEFINITE_BEFORE.search(body, max(0, m.start - 4), m.start)
            # "“I've had more than a quiet word with Olof,” he told": he is not the one he speaks of
            and not (pronoun in ("he", "she") and _named_in(m.name, own_words))
        ]
        if k < si and pronoun in ("he", "she") and not persons and _epithet_in(body, s, e, index):
            # "The affair still rankles with the Dutchman. “...,” he said": the epithet is the one last
            # quoted, not whoever was named in between; with no one quoted yet, the subject named before
            last = next(
                (
                    sp
                    for _, sp, kd in reversed(resolved[-8:])
                    if kd == "named" and sp and _agrees(pronoun, sp, kd)
                ),
                None,
            )
            if last is not None:
                return last, "named"
            continue  # no one quoted yet: the epithet is the subject named further back
        if pronoun in ("he", "she") and (
            k == si or _SUBJECT_SAID.search(body, s, persons[0].start) if persons else False
        ):
            # "The changes proposed by Lord Dubs were “...”, he said": in the quote's own sentence a name
            # after a preposition, or a possessor ("Besides Baker's statements ..., he said"), is not "he"
            persons = [
                m
                for m in persons
                if not _PREPOSITION_BEFORE.search(body, max(0, m.start - 40), m.start)
                and body[m.end : m.end + 2] not in ("'s", "’s")
            ]
        person = persons[0] if persons else None
        if person is not None and body[person.end : person.end + 2] in ("'s", "’s"):
            # "Plaid Cymru's local government spokesman Dai Lloyd called it ...": the one the owner's title
            # belongs to
            person = next((m for m in persons[1:] if m.start - person.end <= 60), person)
        if person is not None and len(persons) > 1 and _PASSIVE_AFTER.match(body, person.end):
            # "Mutu was sacked by Chelsea - a move Wenger has backed. But he said": the one the passive
            # subject underwent it from, or who acted later in the sentence, is who speaks next.
            active = next((m for m in persons[1:] if _ACTIVE_AFTER.match(body, m.end)), None)
            person = active or person
        speaking = next((m for m in persons if _speaks_after(body, m.end)), None)
        if speaking is not None and speaking is not person and not _speaks_after(body, person.end):
            # "Lawson would state his position next month, Funaro said.": the one who speaks is the subject
            # of the sentence, wherever the name stands in it.
            person = speaking
        anon = _ANON_SUBJECT.search(body, s, e) if pronoun != "one" else None  # an epithet names a person
        if anon is not None and _FINITE.search(anon.group(1)):
            anon = None  # "The head of the Church in England and Wales made the comments": a clause
        if anon is not None and pronoun in ("he", "she") and _plural_source(anon.group(1)):
            anon = None  # "Other analysts said ... “...,” she said": she is one person
        if anon is None and pronoun in ("he", "she"):
            # "The senior official sounded pessimistic about ... Nakasone ...": a source as the subject
            at = _LEAD_SPACE.match(body, s).end()  # type: ignore[union-attr]
            subject = None if index.quoted(at) else _ANON.match(body, at)
            anon = (
                subject
                if subject is not None
                and _PERSON_HEAD.search(subject.group())
                and not _plural_source(subject.group())
                else None
            )
            if anon is not None:
                titles_person = person is not None and 0 <= person.start - anon.end() <= 2
                if not titles_person and (person is None or anon.end() <= person.start):
                    phrase = " ".join(anon.group().split()).rstrip(",.;: ")
                    speaker = _spokesman_just_quoted(body, phrase, raw, resolved)
                    return (speaker, "named") if speaker else (phrase, "anonymous")
                anon = None  # "The Liberal Democrats' economics spokesman Vincent Cable said": his title
        if anon is not None and (person is None or anon.end() <= person.start):
            phrase = " ".join(anon.group(1).split()).rstrip(",.;: ")
            speaker = _spokesman_just_quoted(body, phrase, raw, resolved)
            return (speaker, "named") if speaker else (phrase, "anonymous")
        clause = _ASKED_CLAUSE.match(body, s, e)
        if (
            person is not None
            and clause is not None
            and person.end <= clause.end()
            and not _CLAUSE_SUBJECT.fullmatch(body, s, person.start)
        ):
            continue  # "Asked about the envoy Steve Witkoff, he chooses his words": the pronoun is older
        if person is not None:
            # A person in subject position answers; one further in, after a pronoun subject ("He was
            # critical of Reyes"), or a possessor ("Besides Baker's statements ..., he said"), is only a
            # fallback: the pronoun points further back.
            epithet = _EPITHET_NOUN.match(body, _LEAD_SPACE.match(body, s).end())  # type: ignore[union-attr]
            subject = (
                (
                    person.start - s <= SUBJECT_REACH
                    or _MAIN_CLAUSE_SUBJECT.match(body, person.end) is not None
                )
                and not _PRONOUN_SUBJECT.match(body, s)
                # "The Spaniard believed he was talking to director Emilio Butragueno": the epithet is the
                # subject, and it points further back
                and not (epithet is not None and person.start - epithet.end() > 3)
                and not (
                    body[person.end : person.end + 2] in ("'s", "’s") and _PRONOUN_SAID.search(body, s, e)
                )
            )
            if subject:
                return person.name, "named"
            if fallback is None:
                fallback = person
    if fallback is not None:
        return fallback.name, "named"
    for _, speaker, kind in reversed(resolved[-8:]):
        if speaker is not None and _agrees(pronoun, speaker, kind):
            return speaker, kind  # the last speaker the pronoun can be
    return None, "unknown"
