"""People, organisations and places, found by rules rather than a list of names.

Capitalised runs of words are cut at titles ("CIA Director William Burns" -> CIA | William Burns), then
typed by evidence in this order: the configured alias table, the gazetteer, organisation suffixes and
acronyms, a title or speech verb next to the name, and finally the shape of a full name: one that opens
with a given name ("Vasek Pospisil"), or that something in the article vouches for (an age, "who", a
credit line, a list with a person). Any other pair ("Donkey Kong", "Lockheed Martin") is tentative: the
quotes may find it speaking, and it is dropped if they do not (extract.py). A lone
capitalised word becomes a person only when it is the surname (or first name) of a person named in full
in the same article, or when a title or speech verb says so; otherwise it is dropped, which is what keeps
sentence-initial words ("Approached", "Skyrocketing") out.

Tokenising is a single `finditer` and every later step walks the token list once, so thousands of
capitalised words in a row cost linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .config import Alias
from .credits import (
    AGENCY_AFTER,
    CREDIT_BEFORE,
    DATE_LINE,
    FOR_OUTLET_AFTER,
    bare_byline,
    credited_names,
    dated_byline,
)
from .gazetteer import fold, is_country, is_place, misspelt_country
from .given_names import GIVEN_NAMES, family_name_first, gender, is_given_name, is_known_surname
from .metadata import WIRE_DATE
from .model import Entity, EntityType
from .sentences import paragraph_spans, sentence_spans


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word: letters/digits with inner apostrophes, dots, ampersands or hyphens ("U.S", "O'Brien", "Al-Assad").
# Only words that can belong to a name are tokenised: those not starting with an ASCII lower-case letter,
# and the lower-case particles and joiners. Skipping the rest in C is most of the speed of this module. A word
# right after a dot is no token ("U.S."), but one after an ellipsis is ("Credit...Piet Van Donck").
_NAME_TOKEN = re.compile(
    r"(?<![\w’'\-])(?<!(?<!\.\.)\.)(?:(?![a-z])[^\W_]|(?:von|der|van|de|den|del|della|di|da|du|bin|ibn|arap|al|el|la|le|dos|das|ter|zu"
    r"|of|for)\b|d(?=[’'][A-Z]))(?:[\w&]|[’'.\-](?=[^\W_]))*"
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_POSSESSIVE = re.compile(r"[’']s?$", re.IGNORECASE)
_CONTRACTION = re.compile(r"[’'](?:ve|re|ll|d|m|t)$|n[’']t$", re.IGNORECASE)

PARTICLES = frozenset(
    {
        "von",
        "der",
        "van",
        "de",
        "den",
        "del",
        "della",
        "di",
        "da",
        "du",
        "bin",
        "arap",  # "Daniel arap Moi"
        "ibn",
        "al",
        "la",
        "le",
        "dos",
        "das",
        "ter",
        "zu",
    }
)
# Lower-case words that may join an organisation or office name: "Department of Defense".
JOINERS = frozenset({"of", "for"})

_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Capitalised words that start sentences or headlines but never names.
STOPWORDS = (
    _words("""
the a an in on at for to of by from with without into onto upon over under after before during since until
and or but nor so yet if then than when while where whereas whether because although though despite as
however meanwhile moreover furthermore additionally also still instead thus hence therefore indeed follow
nevertheless besides unlike often once previous
nonetheless consequently notably recently currently previously thereafter afterwards later earlier today
yesterday tomorrow now here there this that these those it its he she they we i you his her their our your
my me him them us who whom whose which what why how all any both each either neither every some many much
more most few several other another such no not none only even just very according approached asked speaking
is are was were be been being has have had do does did will would shall should can could may might must
let please yes ok okay mr mrs ms dr sir madam dear breaking exclusive update updated watch listen read opinion
called dubbed
analysis editorial photo video image source sources report reports news live latest related advertisement
copyright
january february march april june july august september october november december
""")
    | _WEEKDAYS
)

# After these, a capitalised pair is more often a company or a place ("from Goldman Sachs", "MP for Witney").
PREPOSITIONS = frozenset({"for", "of", "in", "from", "at", "to", "with", "on", "into", "near", "across"})

NAME_MONTHS = frozenset({"may", "june", "april", "august"})

# Words that make a capitalised run an office or a role rather than part of a name.
TITLE_WORDS = _words("""
undersecretary lawmaker broker dealer trader strategist economist pm
president presidents senators sens reps taoiseach tanaiste tánaiste cllr councillor councilor prime premier
minister ministers secretary director chancellor senator sen rep
representative congressman congresswoman governor gov general gen adviser advisor spokesman spokeswoman
spokesperson ambassador envoy special chief deputy foreign defense defence national security intelligence
vice crown prince princess king queen pope emir sheikh sultan ayatollah mayor speaker leader chairman chair
chairwoman head ceo premier commissioner commander admiral colonel col lt lieutenant sergeant captain
capt marshal field judge judges justice justices attorney state interior finance treasury economy
commerce trade energy
health education affairs fellow correspondent editor reporter columnist analyst professor prof dr mr mrs ms
sir lord lady dame patriarch metropolitan archbishop bishop cardinal rev reverend father pastor imam rabbi
director-general
secretary-general under assistant acting former ex late first lady majority minority whip mp mep msp executive
dj managing
singer actor actress writer novelist producer rapper star comedian presenter coach manager boss striker
goalkeeper keeper midfielder defender player referee umpire economist strategist banker investor founder
goalscorer teenager veteran
defenseman defenceman winger goaltender goalie pitcher quarterback linebacker fullback centre-back
entrepreneur
businessman businesswoman billionaire
baroness baron dame shadow staff brig maj cpl sgt adm cdr insp supt det constable inspector superintendent
detective corporal solicitor lawyer treasurer prosecutor comptroller exchequer magistrate sheriff
delegate agent hojatoleslam
farmer teacher nurse pilot chef designer architect artist accountant journalist broadcaster pundit commentator
barrister counsel administrator officer commodore brigadier ombudsman
guitarist drummer bassist keyboardist vocalist frontman songwriter singer-songwriter poet painter sculptor
dancer ballerina choreographer composer conductor pianist violinist cellist film-maker filmmaker playwright
sprinter hurdler athlete boxer golfer jockey batsman bowler cyclist swimmer skier engineer scientist seed
prop hooker flanker fly-half scrum-half full-back loose-head tight-head
vice-president vice-chairman vice-chair vice-premier vice-chancellor co-chairman co-chair co-founder
ex-president ex-minister deputy-minister
""")

# Lower-case role words that, right before a name, say it is a person: "adviser Jake Sullivan".
ROLE_WORDS = _words("""
adviser advisor spokesman spokeswoman spokesperson envoy ambassador minister secretary president director
chief leader senator congressman congresswoman governor official diplomat aide analyst commander general
negotiator representative correspondent reporter journalist editor author host anchor columnist economist
professor researcher lawmaker deputy chairman chairwoman chair ceo founder premier mayor commissioner
counterpart ally rival opponent colleague successor predecessor son daughter wife husband father mother
brother sister photographer
""")

ORG_SUFFIXES = _words("""
department ministry council group commission committee agency office administration organization
organisation union alliance bank fund institute institution university college school academy
foundation association society party army navy forces force corps guard police service services court
parliament assembly congress senate house duma rada cabinet government authority bureau board centre
center network news times post journal herald tribune telegraph guardian gazette review press agency daily
media broadcasting television radio tv channel company corporation corp inc ltd llc plc co cos ag gmbh nv
holdings group bros bancorp bancshares bankshares banc
industries airlines motors bank exchange reserve command brigade battalion regiment division fleet branch
league federation coalition movement front platform program programme project initiative summit forum
club church churches ministry embassy consulate mission delegation secretariat tribunal executive inquiry
palace headquarters stadium arena cathedral castle images chamber confederation cinema cinemas auxiliary
gallery museum theatre theater orchestra festival hospital library internet online digital labs studio
studios records pictures films entertainment capital partners ventures systems technologies solutions
management re software foods airways institute observatory monitor watch supplement magazine paper papers
prison jail brothers robotics aerospace machines equities securities petroleum chemicals electronics
amphitheatre amphitheater pavilion incorporated limited associates industrie cie
communications pharmaceuticals dynamics investments aviation logistics insider business
chemical oil energy mining utilities telecom minerals resources shipping cement drilling partnership interests
sciences textiles shimbun shinbun ribao zeitung workers teamsters telecommunications spa srl bv oy oyj
trust
""")

# Well-known institutions named by one word; typing them needs no list of people.
SINGLE_ORGS = _words("""
congress senate parliament pentagon kremlin reuters bloomberg duma rada hamas hezbollah taliban nato
twitter instagram telegram facebook youtube tiktok whatsapp meta google microsoft amazon apple tesla
spacex starlink gazprom rosneft wagner interpol europol opec unesco unicef who imf treasury bundesbank
""")

DEMONYMS = _words("""
ukrainian ukrainians russian russians american americans british briton britons european europeans
german germans french polish pole poles chinese japanese korean koreans indian indians iranian iranians
israeli israelis palestinian palestinians turkish turk turks saudi saudis belarusian belarusians
georgian georgians moldovan moldovans hungarian hungarians romanian romanians lithuanian lithuanians
latvian latvians estonian estonians finnish finn finns swedish swede swedes norwegian norwegians danish
dutch belgian belgians italian italians spanish spaniard portuguese greek greeks austrian austrians swiss
czech czechs slovak slovaks bulgarian bulgarians serbian serbs croatian croats canadian canadians
australian australians african africans arab arabs asian asians western westerner westerners eastern
soviet syrian syrians iraqi iraqis afghan afghans pakistani pakistanis egyptian egyptians qatari
emirati crimean chechen kazakh uzbek armenian armenians azerbaijani azeri mexican mexicans brazilian
brazilians scottish scots welsh irish english northern-irish
democrat democrats republican republicans democratic congressional european-american
transatlantic nordic baltic slavic muslim muslims christian christians jewish catholic orthodox
yugoslav yugoslavs lankan lankans filipino filipinos indonesian indonesians malaysian thai vietnamese
nigerian nigerians kenyan kenyans ethiopian chilean argentine argentinian colombian peruvian venezuelan cuban
jamaican kyrgyz tajik turkmen mongolian tibetan nepalese bangladeshi burmese cambodian haitian ecuadorean
bolivian uruguayan paraguayan libyan tunisian algerian moroccan sudanese somali ugandan tanzanian rwandan
zimbabwean zambian ghanaian senegalese ivorian congolese angolan yemeni omani kuwaiti bahraini jordanian
lebanese icelandic maltese cypriot albanian bosnian macedonian montenegrin slovenian slovene kosovar
yorker yorkers londoner londoners texan texans californian californians floridian parisian parisians
muscovite muscovites berliner berliners washingtonian scouser geordie glaswegian mancunian kievan
frenchman frenchwoman frenchmen englishman englishwoman englishmen irishman irishwoman welshman welshwoman
scotsman scotswoman dutchman dutchwoman dutchmen spaniards scot dane danes kiwi kiwis aussie aussies
""")

# Capitalised words that name no one: they stop a run from being taken as a person.
NON_NAME_WORDS = _words("""
global research supreme link international world war peace talks talk report reports sources source
officials official
oval middle east west north south central northern southern eastern western upper lower new old great
united federal royal imperial national regional local public private general special official
ceasefire invasion counteroffensive offensive operation operations conflict crisis summit deal agreement
treaty accord plan framework initiative aid package bill act law policy strategy doctrine day week month
year years time times minister ministry economy market markets stock stocks index exchange dollar euro
rouble ruble pound oil gas energy grain food nuclear missile missiles drone drones tank tanks
contact defense defence security intelligence democratic republican liberal conservative labour green
party left right centre center top chief senior junior free freedom independence victory
republic kingdom states state empire federation union commonwealth alliance coalition front
breaking exclusive live updates update analysis opinion comment review podcast video photos photo
questions question answers answer why how what public support slipping manpower readers note
articles article website button channel newsletter translate desktop version latest posts
street avenue road square bridge river sea ocean island islands mountain mountains valley bay gulf
airport station port city town village region province district county oblast krai
mobile version exit corner fellow studies election elections inquiry act bill motion vote referendum
budget summit conference games cup championship olympics prize award awards day eve
olympic paralympic double triple
lib dem dems tory tories labour conservative conservatives liberal liberals socialist socialists
communist communists green greens unionist unionists exhibition
one two three four five six seven eight nine ten eleven twelve hundred thousand million
air clean climate water relations amendment rights protection action statement dept
""")

# Words that stop a name run but are also common surnames: after a given name they end a person's name
# ("Andrew Green", "Oliver North", "Doris Day"), never elsewhere ("Green Party", "North Korea").
SURNAME_WORDS = _words("green west east north south day pound")


def _given_name_then_surname(words: Sequence[str]) -> bool:
    """ "Bill Sullivan": a given name that is also a common word ("bill"), before a surname."""
    return len(words) == 2 and fold(words[0]) in GIVEN_NAMES and fold(words[1]) not in NON_NAME_WORDS


def _titled_surname_word(words: Sequence[str], vouched: bool, prev: str) -> bool:
    """ "Rapper Kanye West", "hip-hop star Kanye West, who ...": with a title or another person's cue, a
    common surname word ends the name whatever the given name; not "MP for Ealing North", "the Ealing
    North MP"."""
    return (
        vouched
        and prev not in PREPOSITIONS
        and prev not in _DETERMINERS
        and len(words) == 2
        and fold(words[1]) in SURNAME_WORDS
        and fold(words[0]) not in NON_NAME_WORDS
        and fold(words[0]) not in DEMONYMS
    )


def _after_other_places(body: str, words: Sequence[str]) -> bool:
    """ "London Playbook" beside "Brussels Playbook": a title that other places also carry."""
    for m in re.finditer(rf"\b([A-Z][\w’'-]+)[ \u00a0]+{re.escape(words[1])}\b", body):
        if m.group(1) != words[0] and is_place(m.group(1)) and not is_given_name(m.group(1)):
            return True
    return False


_INITIALS_DOTTED = re.compile(r"(?!U\.[SK]\.|E\.U\.|U\.N\.)(?:[A-Z]\.){1,3}")  # not "U.S.", "U.N."


def _initial_then_given(words: Sequence[str], lower_words: set[str]) -> bool:
    """ "H. Ross Perot", "F. Scott Fitzgerald": initials before a given name and a surname."""
    return (
        len(words) == 3
        and _INITIALS_DOTTED.fullmatch(words[0]) is not None
        and is_given_name(words[1])
        and fold(words[1]) not in lower_words
        and _name_like(words[2])
    )


def _hyphenated_given_name(word: str) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and fold(p) in GIVEN_NAMES for p in parts)


def _misspelt_surname(word: str, sex: str | None, full_names: dict[str, str]) -> str | None:
    """The one full name whose surname this word is one slip from (a letter dropped, added or changed, or
    two swapped: "Montieth" for Monteith, "Daveport" for Davenport), of the same sex where the word's title
    tells it, when the word is no surname in its own right ("Johnston" beside Johnson is someone else)."""
    if len(word) < 6 or is_known_surname(word):
        return None
    owners = set()
    for key, name in full_names.items():
        words = name.split()
        if len(words) < 2 or not _one_slip(word, fold(words[-1])):
            continue
        if sex is not None and gender(name) not in (None, sex):
            continue  # "Mr Thomson" is not Emma Thompson
        owners.add(key)
    return owners.pop() if len(owners) == 1 else None


def _one_slip(a: str, b: str) -> bool:
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or len(b) < 6:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _town_surname_alone(body: str, words: Sequence[str]) -> bool:
    for m in re.finditer(rf"\b{re.escape(words[1])}\b", body):
        before = body[max(0, m.start() - 12) : m.start()]
        if before.endswith(words[0] + " ") or _PLACE_PREPOSITION.search(before):
            continue
        if _CAPITAL_NEXT.match(body, m.end()):
            continue
        if before.lower().endswith("the ") and _LOWER_NEXT.match(body, m.end()):
            continue  # "the Fargo branch": the town as a modifier
        return True  # "Davenport was speaking", "Davenport back in front", "the Markova-Dolin Ballet"
    return False


_LOWER_NEXT = re.compile(r"[ \u00a0]+[a-z]")
_PLACE_PREPOSITION = re.compile(r"\b(?i:in|at|near|from|to|of|outside|around)[ \u00a0]+$")


def _given_word_before_surname(words: Sequence[str], vouched: bool, lower_words: set[str]) -> bool:
    """ "Dance teacher Eve Trew, who ...": a given name that is also a common word ("Eve", "Hope", "May")
    before a surname the article never writes in lower case, with what only a person has."""
    return (
        vouched
        and len(words) == 2
        and is_given_name(words[0])
        and fold(words[1]) not in NON_NAME_WORDS
        and fold(words[1]) not in lower_words
        and fold(words[1]) not in DEMONYMS
        and not is_place(words[1])
    )


def _surname_word_after_given_name(words: Sequence[str]) -> bool:
    folded = [fold(w) for w in words]
    return (
        len(words) in (2, 3)
        and folded[0] in GIVEN_NAMES
        and folded[-1] in SURNAME_WORDS
        and not any(w in NON_NAME_WORDS for w in folded[:-1])
    )


SPEECH_VERBS = (
    "said",
    "says",
    "told",
    "added",
    "stated",
    "wrote",
    "tweeted",
    "noted",
    "warned",
    "argued",
    "claimed",
    "insisted",
    "explained",
    "announced",
    "declared",
    "replied",
    "asked",
    "stressed",
    "emphasized",
    "emphasised",
    "acknowledged",
    "mentioned",
    "continued",
    "explained",
    "commented",
    "testified",
    "conceded",
    "admitted",
    "cautioned",
    "quipped",
    "joked",
    "responded",
    "reiterated",
)
# What follows an outlet, pollster or agency and never a person: "the Kyiv Independent news site",
# "Gallup's latest poll", "Interfax reported". Generic cues, not names.
_ORG_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:(?:latest|new|recent|own|daily|weekly|monthly|annual)\s+)?(?:news\s+(?:site|agency|outlet|"
    r"website|portal|channel|service)|newspaper|daily\b|weekly\b|tabloid|broadcaster|news\s+agency|"
    r"poll(?:ster)?s?\b|survey|think[\s-]tank|website|magazine|outlet"
    # "Diamond Shamrock <DIA>", "Alphabet (NASDAQ: GOOGL)": a stock ticker names a listed company
    r"|<[A-Z][A-Z0-9.]{0,9}>|\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:|\((?:Holdings|Group|International)\))"
)
# "Jefferies analysts said": a bank or a firm, unless it opens the sentence ("Financial analysts said").
# Roles a firm's people are written with before their names ("Prudential Bache analyst Fred Leiner").
EMPLOYEE_ROLES = (
    "analyst|economist|strategist|spokesman|spokeswoman|spokesperson|trader|dealer|executive|director|"
    "chairman|president|partner"
)
_ROLE_THEN_NAME = re.compile(
    rf"[ \u00a0]+(?:(?:senior|chief|vice|managing|deputy)[ \u00a0]+)?(?:{EMPLOYEE_ROLES})[ \u00a0]+[A-Z]"
)
_ANALYSTS_AFTER = re.compile(r"(?:[’']s)?\s+(?:analysts|economists|strategists)\b")
# "Goldman Sachs estimated in a note to clients": a bank's research, unless a speech verb says a person.
_NOTE_AFTER = re.compile(r"\s+(?:also\s+)?[a-z]+(?:ed|s)\s+in\s+a\s+(?:research\s+)?note\b")
# A lone word that reports is an outlet ("Interfax reported") unless it is the surname of someone named here.
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")
_REPORTED_AFTER = re.compile(r"\s+(?:also\s+)?(?:reported|reports)\b")
# "two European officials told Al Jazeera.": what is told at the end of a clause is an outlet (people who are
# told something are named with a title, "told Mr Blair:", or followed by what they were told).
_TOLD_BEFORE = re.compile(r"\btold\s+$")
# "A Turkish diplomatic source told Al Jazeera that ...": what anonymous sources tell is an outlet.
_SOURCE_TOLD = re.compile(
    r"\b(?:sources?|officials?|diplomats?|people|person|aides?|insiders?)\s+(?:familiar\s+with\s+\w+\s+\w+\s+)?"
    r"(?:also\s+)?told\s+$"
)
_REGNAL = re.compile(r"(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})")
_CLAUSE_END = re.compile(r"(?:\s+in\s+an\s+interview)?\s*[.;:,]")
# "Goldman Sachs raised its forecast": a company or a body, which people are not ("his", "her").
_ITS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:raised|cut|lowered|trimmed|boosted|reported|posted|announced|issued|said|says)"
    r"\s+its\b"
)
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
_DETERMINERS = frozenset({"the", "its", "their", "our", "your", "my"})
# Lower-case nouns that introduce an organisation by its name: "the charity Save Ukraine", "arms maker
# Rheinmetall", "energy company DTEK".
ORG_DESCRIPTORS = _words("""
charity company firm bank broadcaster newspaper agency organisation organization initiative campaign
platform app network channel outlet operator manufacturer lender insurer carrier airline retailer pollster
fund foundation ngo movement militia conglomerate startup
giant carmaker automaker group stockbrokers brokers brokerage chain supermarket publisher label band daily
weekly tabloid magazine paper consultancy consultants accountants auditors winemaker drugmaker chipmaker
steelmaker planemaker toymaker bookmaker stockbroker broker bookmakers
""")
# Those that introduce a company even before a given name ("investment firm Grant Samuel", "drugs group Eli
# Lilly", "stockbrokers James Capel"); "the campaign Jane Doe ran" is why the others do not.
_COMPANY_DESCRIPTORS = _words("""
company firm bank giant carmaker automaker group stockbrokers brokers brokerage retailer airline lender
insurer manufacturer conglomerate chain supermarket publisher label band consultancy accountants auditors
winemaker drugmaker chipmaker steelmaker planemaker toymaker bookmaker bookmakers
""")
_ACRONYM_AFTER = re.compile(r"(?:,[ \u00a0]+|[ \u00a0]+\()([A-Z]{2,6})[,)]")


def _spelt_out(body: str, end: int, words: Sequence[str]) -> bool:
    """ "the Producer Subsidy Equivalent, PSE,", "Rural Payments Agency (RPA)": a name its initials follow is
    a body's or a measure's, never a person's."""
    m = _ACRONYM_AFTER.match(body, end)
    return m is not None and m.group(1).endswith("".join(w[0] for w in words if w[:1].isupper()))


# The words that end a company's own name (not a ministry's or a council's: "Russian Defense Ministry")
_COMPANY_FORMS = _words("inc ltd corp corporation co plc ag gmbh nv sa industrie industries holdings")
_AND_CO_AFTER = re.compile(
    r"[ \u00a0]+(?:and|&)[ \u00a0]+(?:Co|Cos|Company|Sons|Son[’']s|Son|Partners|Associates|Assoc|Assocs)\b"
)
_WHICH_AFTER = re.compile(r",[ \u00a0]+which[ \u00a0]")
# "economists at Merrill Lynch", "an analyst with Smith Barney": where people work is an organisation.
_EMPLOYEE_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|traders?|dealers?|executives?|directors?|partners?|managers?|"
    r"spokes(?:man|woman|person)|employees?|staff|workers?|engineers?|researchers?|scientists?)"
    # (and the kind of firm between: "economist at securities house Barclays de Zoete Wedd")
    r"[ \u00a0]+(?:at|with)[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z]+[ \u00a0]+){0,2}$",
    re.IGNORECASE,
)
_PRODUCT_AFTER = re.compile(
    r"s?\s+(?:(?:portable|digital|media|music|mobile|smart)\s+)*(?:players?|phones?|handsets?|consoles?|"
    r"devices?|models?|range|brand|laptops?|tablets?|cameras?|gadgets?|software|app|apps|browser|engine)\b"
)
# "Walter Reed hospital", "John Lewis stores": a place or a business named after someone, which the article
# then writes bare ("a visit to Walter Reed").
_NAMED_AFTER = re.compile(
    r"\s+(?:hospital|medical\s+cent(?:er|re)|airport|school|university|college|stadium|arena|memorial|museum|"
    r"library|foundation|institute|prize|award|trophy|cup|bridge|park|hall|stores?|shops?|index|"
    r"lecture)\b"
)
# "Five's Wright Stuff show", but "the Jeremy Vine show" names its presenter too
_SHOW_AFTER = re.compile(r"\s+(?:show|programme)\b")
# "British movie Vera Drake", "suburban series Desperate Housewives": a work's title, named by its kind
# (not "play" or "show", which also stand before a person: "to play Ray Charles")
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|blockbuster|series|sitcom|drama|musical|album|song|novel|comedy|thriller|documentary|"
    r"programme|opera|bio-?pic|cartoon|films\s+such\s+as|films\s+like|offerings\s+such\s+as)"
    r"[ \u00a0]+(?:The[ \u00a0]+)?$"
)
# "Harry Potter and the Prisoner of Azkaban", "Indiana Jones and the Temple of Doom": a title goes on
_TITLE_GOES_ON = re.compile(
    r"[ \u00a0]+and[ \u00a0]+the[ \u00a0]+[A-Z][\w’'-]+[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]"
)
# "the Adam Smith Lecture", "the Nobel Peace Prize": the last word of the name makes it a thing's
_THING_ENDS = _words("lecture lectures prize award awards trophy memorial index show")
# What only follows a person: an age ("Novak Djokovic, 32,"), "who", a relative or an aide, or an apposition
# and then a speech verb ("Ishrat Husain, the World Bank's representative in Nigeria, said"), unless a name
# follows that verb ("Yukos, once the owner of ..., said founder Mikhail Khodorkovsky").
_PERSON_AFTER = re.compile(
    r",[ \u00a0]+\d{1,3},|[ \u00a0]+\(\d{1,3}\)|,?[ \u00a0]+who[ \u00a0]"
    r"|[’']s[ \u00a0]+(?:wife|husband|son|daughter|father|mother|brother|sister|family|girlfriend|boyfriend|"
    r"widow|parents|children|lawyers?|attorneys?|"
    r"spokes(?:man|woman|person)|aides?)\b"
    # what only people do: "Jaap de Hoop Scheffer spoke first", "X was sworn in"
    # "Parry, speaking exclusively to BBC Sport"
    r"|,[ \u00a0]+speaking[ \u00a0]+(?:to|exclusively|on|at|after|from)\b"
    r"|[ \u00a0]+(?:spoke|died|married|resigned|smiled|laughed|shrugged|nodded|was[ \u00a0]+(?:born|elected|"
    r"sworn|re-elected|appointed|arrested|jailed|sentenced|knighted))\b"
    r"|,[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?[^.;:,\"“”\n]{2,80},[ \u00a0]+(?:"
    + "|".join(SPEECH_VERBS)
    + r")\b(?![ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}[A-Z])"
)
# (a team is "who are": "Millwall, who are top"; an adverb or a plural is no name: "Honestly", "Analysts")
# "a Bafta", "this Bafta", "two Golden Globes": pointed at or counted, a thing ("world number two Guillermo
# Coria" is counted too: only a plural counts)
_POINTING = _words("this these those every")
_COUNTING = _words("two three four five six seven eight nine ten several many")
_PLURAL_END = re.compile(r"(?:[^aeiousy’']s|es)$")
_KIN_BEFORE = re.compile(
    # (not a daughter or sister: "Putin's daughter Maria" is no Maria Putin)
    r"\b([A-Z][\w’'-]+)[’']s[ \u00a0]+(?:son|brother|grandson)[ \u00a0]+$"
)
_ONE_WHO = re.compile(r",[ \u00a0]+an?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}[a-z-]+[ \u00a0]+who[ \u00a0]")
_WHO_OR_AGE = re.compile(r",[ \u00a0]+(?:\d{1,3},|who[ \u00a0](?!(?:are|were|have)\b))")
_SAYS_OF_SELF = re.compile(
    r"[ \u00a0]+(?:(?:also|later|has|had)[ \u00a0]+)?(?:said|says|told[ \u00a0]+[\w ]{1,30}?|added|admitted|"
    r"insisted|explained|believes|thinks|hopes)[ \u00a0]+(?:that[ \u00a0]+)?(?:he|she)\b"
)
# The next pronoun that speaks or owns after a lone name: "it said", "its" for a body, "he said" for a person
# (not "it" inside the quote: '“We think it will rise,” he said')
_PRONOUN_AHEAD = re.compile(
    r"\b(?:(?:[Ii]t[ \u00a0]+(?:also[ \u00a0]+)?(?:said|says|added|adds)|[Ii]ts)|(?:[Hh]e|[Ss]he)[ \u00a0]+"
    r"(?:also[ \u00a0]+)?(?:said|says|added|adds|told|insisted|went[ \u00a0]+on))\b"
)
_AFTER_PERSON = re.compile(
    r"[\s,]*(?:(?:also|later|then|previously|has|had|once)\s+)?(?:" + "|".join(SPEECH_VERBS) + r")\b"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One surface occurrence, already tied to its entity's canonical name."""

    start: int
    end: int
    name: str
    type: EntityType
    # A full name nothing in the article vouches for ("Merrill Lynch", "Donkey Kong"): offered to the quotes
    # as a possible speaker, dropped from the entities unless it speaks there.
    tentative: bool = False


# An Arabic article glued to a capitalised name is part of the name: "Lolwah al-Khater", "el-Sisi".
_ROYAL_BEFORE = re.compile(
    r"\b(Prince|Princess|King|Queen|Pope|Emperor|Empress|Sheikh|Emir|Sultan)[ \u00a0]+$"
)
_ARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z]|d[’'][A-Z]")  # and "Valery Giscard d'Estaing"


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str  # possessive removed

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or _ARTICLE_NAME.match(self.text) is not None


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    words: list[str]
    type: EntityType | None
    canonical: str | None  # set by the alias table
    person_evidence: bool
    sentence_initial: bool
    org_cue: bool = False  # "X poll", "the X newspaper", "X reported": a one-word outlet, pollster or agency
    doubtful: bool = False  # a full name whose place alone cannot tell ("to Leonard Scott"): a person only if
    # its surname is a person elsewhere in the article ("said Scott")
    said_before: bool = False  # "said Scott": vouches for a doubtful full name, types nothing by itself
    gender: str | None = None  # "Osbourne himself": which of two Osbournes is meant
    titled: bool = False  # follows a title ("Treasurer Paul Keating"): a person whatever else it names
    after_preposition: bool = False  # "in Blackburn": a place word used as a place
    named_thing: bool = False  # "Walter Reed hospital": the words name a thing wherever they stand here
    unnamed: bool = False  # doubtful for want of a given name ("Lockheed Martin"): a tentative person
    royal: bool = False  # "Prince Charles": a title kept with a lone given name
    described: bool = False  # "the drugs group Eli Lilly": a company by its descriptor, whatever else reads
    vouched: bool = False  # more than a speech verb makes it a person (a title, "who"); read for single words
    surname_word: bool = False  # "West": a common word that is a person only as the surname of one named here
    opening: bool = False  # "DiCaprio, who ...": a lone name opening its sentence, then a person's cue


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \u00a0]+$")
# "Osbourne himself", "Blair herself": a shared surname whose reflexive tells which owner is meant.
_REFLEXIVE = re.compile(r"[ \u00a0]+(him|her)self\b")


class AliasTable:
    """Folded variant -> (canonical name, type), longest variants tried first."""

    def __init__(self, aliases: Sequence[Alias]) -> None:
        self.lookup: dict[str, tuple[str, EntityType]] = {}
        for alias in aliases:
            etype: EntityType = alias.type if alias.type in ("person", "org", "place") else "person"  # type: ignore[assignment]
            for variant in (alias.name, *alias.variants):
                key = _strip_the(fold(variant))
                if key:
                    self.lookup.setdefault(key, (alias.name, etype))
        self.max_words = max((len(k.split()) for k in self.lookup), default=0)

    def get(self, text: str) -> tuple[str, EntityType] | None:
        return self.lookup.get(_strip_the(fold(text)))


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


_CAPITAL_NEXT = re.compile(r"[ \u00a0][A-Z][a-z]")
# "McDonald's Corp", "Moody's Investors Service", "Standard and Poor's Corp": a firm named in the possessive
_COMPANY_AFTER_POSSESSIVE = re.compile(
    r"[ \u00a0](?:Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC|LLC|Investors|Stores|Restaurants|Holdings"
    r"|Industries)\b"
)
_POSSESSIVE_IN_NAMES = frozenset({"People", "Women", "Children", "Workers", "Men", "Farmers", "Veterans"})


def _tokens(body: str, table: AliasTable | None = None) -> list[_Token]:
    out: list[_Token] = []
    for m in _NAME_TOKEN.finditer(body):
        start, end = m.start(), m.end()
        text = m.group()
        if (
            text[0].islower()
            and text.lower() not in PARTICLES
            and text.lower() not in JOINERS
            and not _ARTICLE_NAME.match(text)
        ):
            continue  # a non-ASCII lower-case word, or a lower-case "el"
        # Dotted acronyms keep their final dot ("U.S.", "N.M."), and so does an initial before a name
        # ("S. Jaishankar").
        initial = (
            (len(text) == 1 or text in ("St", "Ste", "Mt", "Ft"))  # and "Fernand St. Germain", "St. Louis"
            and text[0].isupper()
            and body[end : end + 2] == ". "
            and body[end + 2 : end + 3].isupper()
        )
        dotted = "." in text and end < len(body) and body[end] == "." and len(text) <= 8
        if initial or dotted:
            end += 1
            text += "."
        if _CONTRACTION.search(text):
            continue  # "We’ve", "It’s": never a name
        poss = _POSSESSIVE.search(text)
        if (
            poss
            and poss.start() > 0
            and not (
                # "the People's Daily", "the People's Bank of China": a possessive inside the name
                text[: poss.start()] in _POSSESSIVE_IN_NAMES and _CAPITAL_NEXT.match(body, start + len(text))
            )
            and not _COMPANY_AFTER_POSSESSIVE.match(body, start + len(text))
            and not (
                table is not None and table.get(text.replace("’", "'")) is not None  # "Moody's said"
            )
        ):
            text = text[: poss.start()]
        if "-" in text and text[:1].isupper():
            parts = text.split("-")
            named = (
                bool(out)
                and body[out[-1].end : start] == " "
                and is_given_name(out[-1].text)
                and not all(is_place(p) for p in parts)
            )  # "Anthony Beaumont-Dark" is a double-barrelled surname, "Moscow-Kyiv" two places
            # "Anna-Lena Groenefeld": a double given name before a surname, though "Anna" is a town too
            named = named or (
                all(is_given_name(p) for p in parts) and bool(_CAPITAL_NEXT.match(body, start + len(text)))
            )
            if all(p[:1].isupper() for p in parts) and any(is_place(p) for p in parts) and not named:
                pos = start
                for p in parts:
                    out.append(_Token(pos, pos + len(p), p))
                    pos += len(p) + 1
                continue
        out.append(_Token(start, start + len(text), text))
    return _letter_pairs(body, out)


def _letter_pairs(body: str, tokens: list[_Token]) -> list[_Token]:
    """ "S and P", "A and P": two capital letters joined by "and" are one name, a firm's initials."""
    if " and " not in body:
        return tokens
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        if (
            i + 1 < len(tokens)
            and len(a.text) == 1
            and a.text.isupper()
            and len(tokens[i + 1].text) == 1
            and tokens[i + 1].text.isupper()
            and body[a.end : tokens[i + 1].start] == " and "
        ):
            end = tokens[i + 1].end
            out.append(_Token(a.start, end, body[a.start : end]))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _runs(body: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens separated by one space, particles and joiners allowed inside."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.cap:
            if current and (_glued(body, current[-1], tok) or _remit_after_the(body, current, tok)):
                current.append(tok)
            else:
                if current:
                    runs.append(current)
                current = [tok]
            i += 1
            continue
        # A lower-case particle or joiner between two capitalised tokens stays in the run.
        low = tok.text.lower()
        if current and (
            low in PARTICLES
            or (low in JOINERS and (fold(current[-1].text) in _JOIN_HEADS or _in_remit(body, current)))
        ):
            # Up to three particles in a row ("von der", "de la"), then a capitalised word.
            j = i
            while (
                j < n
                and j - i < 3
                and tokens[j].text.lower() in (PARTICLES | JOINERS)
                and _glued(body, tokens[j - 1] if j > i else current[-1], tokens[j])
            ):
                j += 1
            if (
                j < n
                and j > i
                and tokens[j].cap
                and (
                    _glued(body, tokens[j - 1], tokens[j])
                    # "Coordination Headquarters for the Treatment of Prisoners of War", "Ministry of the
                    # Interior": an institution's remit after "for the" or "of the"
                    or (
                        j == i + 1
                        and low in JOINERS
                        and body[tokens[i].end : tokens[j].start] == " the "
                        and fold(current[-1].text) in ORG_SUFFIXES
                    )
                )
            ):
                current.extend(tokens[i:j])
                i = j
                continue
        if current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return _join_org_tails(body, runs)


# "Organisation for Economic Co-operation and Development", "Department for Culture, Media and Sport": the
# common nouns an institution's remit ends with, joined by "and" to what comes before.
_ORG_AND_TAILS = _words("""
development reconstruction cooperation co-operation trade industry commerce sport sports culture
technology innovation research security justice energy environment health welfare science skills
education employment transport communications affairs relations pensions
""")


def _join_org_tails(body: str, runs: list[list[_Token]]) -> list[list[_Token]]:
    out: list[list[_Token]] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(run) == 1
            and fold(run[0].text) in _ORG_AND_TAILS
            and body[prev[-1].end : run[0].start] in (" and ", " & ", " And ")
            and any(
                fold(t.text) in JOINERS and fold(prev[i - 1].text) in _JOIN_HEADS
                for i, t in enumerate(prev)
                if i
            )
        ):
            prev.extend(run)
            continue
        if (
            prev is not None
            and 2 <= len(run) <= 3
            and fold(run[-1].text) in _AND_BODIES
            and body[prev[-1].end : run[0].start] in (" and ", " & ", " And ")
            and not is_place(prev[-1].text)
            and fold(prev[-1].text) not in _WHOLE_BODIES  # "British Bankers Association and ...": two bodies
            # "Alliant and Convex Computer Corp": two firms; "Procter and Gamble Co", one
            and (
                fold(run[-1].text) not in _AND_FIRMS
                or (len([t for t in prev if fold(t.text) != "the"]) == 1 and len(run) == 2)
            )
            # (a title before it is someone's, "Foreign Secretary X and Y Committee", but "the Finance and
            # Economy Ministry" is one ministry's name)
            and (not any(_is_title(t) for t in prev) or (len(prev) == 1 and fold(run[-1].text) == "ministry"))
            # "Mark Rutte and European Commission president Ursula von der Leyen": a person, then a body
            and not (len(prev) == 2 and is_given_name(prev[0].text) and len(run) == 2)
        ):
            # "Commons Work and Pensions Committee", "Red Cross and Red Crescent Societies", "Procter and
            # Gamble Co": one body whose name holds "and"
            prev.extend(run)
            continue
        out.append(run)
    return out


_AND_FIRMS = _words("co corp plc inc ltd")
_WHOLE_FIRMS = _words("llc ag sa nv gmbh limited") | _words("inc ltd")
_AND_BODIES = _words("committee committees societies commission council association federation ministry")
# "United Food and Commercial Workers", "the Peace and Neutrality Alliance"
_AND_BODIES |= _words("workers alliance")
_AND_BODIES |= _AND_FIRMS
_WHOLE_BODIES = _AND_BODIES | _WHOLE_FIRMS  # a name that already ends here is a body of its own


_JOIN_HEADS = ORG_SUFFIXES | {
    "chambers",  # "Chambers of Commerce" (see _CHAINED_HEADS)
    "friends",
    "secretary",
    "director",
    "minister",
    "ministry",
    "department",
    "university",
    "centre",
    "center",
    "institute",
    "republic",
    "kingdom",
    "prince",
    "head",
    "chief",
    "commissioner",
    "ambassador",
    "envoy",
    "states",
    "court",
    "bank",
    "council",
    "fund",
    "general",
    "secretary-general",
    "director-general",
}


def _in_remit(body: str, current: list[_Token]) -> bool:
    """ "Headquarters for the Treatment" + "of Prisoners of War": the remit of a body goes on."""
    return any(
        current[k].text in JOINERS and body[current[k].end : current[k + 1].start] == " the "
        for k in range(len(current) - 1)
    )


def _remit_after_the(body: str, current: list[_Token], tok: _Token) -> bool:
    """ "Headquarters for the Treatment ...", "Ministry of the Interior": "the" inside a body's name."""
    return (
        len(current) >= 2
        and current[-1].text in JOINERS
        and body[current[-1].end : tok.start] == " the "
        and fold(current[-2].text) in ORG_SUFFIXES
    )


def _glued(body: str, a: _Token, b: _Token) -> bool:
    """Two tokens belong to one name only when a single space (or NBSP) separates them."""
    gap = body[a.end : b.start]
    if a.end < len(body) and body[a.end : a.end + 1] in ("’", "'") and gap.startswith(("’", "'")):
        return False  # "Zelensky's Chief": a possessive ends the name
    # "Lt. Gen. (ret.) Hans-Peter Rauch": a retired officer's mark between the rank and the name
    return gap in (" ", "\u00a0") or (_is_title(a) and _RETIRED_GAP.fullmatch(gap) is not None)


_SEAT_BEFORE = re.compile(
    r"\b(?:MPs?|MEPs?|MSPs?|AMs?|TDs?|[Mm]ember)[ \u00a0]+for[ \u00a0]+(?:[A-Z][\w’'-]*,?[ \u00a0]+)*"
    r"(?:and[ \u00a0]+)?$"
)
_RETIRED_GAP = re.compile(r"[ \u00a0]\((?:[Rr]et\.?|[Rr]etd\.?|[Rr]etired)\)[ \u00a0]")


def _sentence_starts(body: str, spans: list[tuple[int, int]] | None = None) -> set[int]:
    starts: set[int] = set()
    for s, _ in spans if spans is not None else sentence_spans(body):
        starts.add(s)
        # Skip opening quotes and brackets so that “Manpower ... counts as sentence-initial.
        j = s
        while j < len(body) and body[j] in "“\"‘'([":
            j += 1
        starts.add(j)
    return starts


_WORD = re.compile(r"[^\W\d_]+")


_BYLINE = re.compile(
    r"\(?(?:additional\s+)?(?:(?:reporting|editing|writing|written|compiled|photos?|translation|translated)\s+by\b|"
    r"translated\s+from\s+(?:the\s+)?[A-Z][a-z]+\s+by\b|by\s+[A-Z]|"
    r"(?:photo|picture|image)s?(?:\s+credit)?\s*:)",
    re.IGNORECASE,
)


def _plain_byline(body: str, i: int, s: int, e: int) -> bool:
    """Paragraph `i` (from `s` to `e`) is a byline with no "By" under the headline ("Dan Sabbagh in Kyiv and
    Pjotr Sauer", "Yuliia Dmytrenko — Sunday, 19 October 2025"), as `credits` reads one; a line that is
    one name and nothing else is not."""
    if not 0 < i < 4:
        return False
    names = bare_byline(body[s:e])
    return len(names) > 1 or (len(names) == 1 and body[s:e].strip() != names[0])


_CAPTION_CREDIT = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image)s?:|\w[ \u00a0]?/[ \u00a0]?(?:AFP|Reuters|AP|Getty|EPA|PA)\b"
    # "(Marta Levchuk for The Washington Post)", "Credit...Piet Van Donck for The New York Times"
    r"|\((?:[A-Z][\w’'.-]*[ \u00a0]+){1,3}for[ \u00a0]+(?:The[ \u00a0]+)?[A-Z][^()\n]{0,40}\)"
    r"|\bCredit(?:\.\.\.|…)"
)


def _headline_spans(body: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Title Case paragraphs (headlines, section titles), where capitals say nothing about names."""
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(paragraphs):
        if e - s > 200 or body[e - 1] in '.!?”"' or _BYLINE.match(body, s):
            continue
        if _CAPTION_CREDIT.search(body, s, e):
            continue  # a caption ending in its credit ("... on Friday. Photograph: Carl Whitmore/PA")
        if _plain_byline(body, i, s, e):
            continue
        words = [w for w in _WORD.findall(body, s, e) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
            out.append((s, e))
    return out


_DESK_ROLES = _words("correspondent editor reporter writer columnist")
_DESK_AFTER = re.compile(r"[ \u00a0]+(?:correspondent|editor|reporter|writer|columnist)\b")


# A month written as a sentence's subject, speaking or acting ("May said", "May performed with"), not a date.
_MONTH_SUBJECT_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:also|then|later)[ \u00a0]+)?"
    r"(?:said|says|told|added|insisted|admitted|performed|played)\b"
)


def _month_as_surname(body: str, tok: _Token) -> bool:
    return (
        bool(_MONTH_SUBJECT_AFTER.match(body, tok.end)) and _previous_word(body, tok.start) not in _DATE_WORDS
    )


_DATE_WORDS = _words(
    "in on since until till by from of early late mid last next this each every during before after to and"
    " through between"
)


_COMPANY_TRADES = frozenset(d.rstrip("s") for d in _COMPANY_DESCRIPTORS) | {"stockbroker", "broker"}


def _chinese_he(body: str, given: _Token) -> bool:
    """The family name He before a given name that speaks or has a role apposed ("He Weiling said",
    "He Lifeng, China's vice premier"), not the pronoun before a capitalised word."""
    return (
        _name_like(given.text)
        and fold(given.text) not in STOPWORDS
        and not _is_title(given)
        and not is_place(given.text)
        and bool(_AFTER_PERSON.match(body, given.end) or _HE_APPOSED.match(body, given.end))
    )


_HE_APPOSED = re.compile(
    r",[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[a-z]{3,}"
)


def _opens_sentence(body: str, start: int) -> bool:
    before = body[max(0, start - 4) : start].rstrip(" \u00a0\"”’'")
    return not before or before.endswith(("\n", ".", "!", "?"))


# A describing word's ending ("Defiant", "Pharmacologist", "Californian", "Youngsters"), which given names
# that a list misses ("Abiy Ahmed Ali", "Bola Ahmed Tinubu") do not have
_ADJECTIVE_END = re.compile(
    r"(?:ant|ent|ed|ful|ive|ous|less|ic|al|ible|able|ing|ish|ers?|ists?|ians?|ans|ors?|sters?)$|^First$"
)


def _split_run(run: list[_Token], body: str = "") -> list[tuple[list[_Token], bool]]:
    """Cut a run into segments; the flag marks a segment that directly follows a title."""
    # Leading stopwords ("The", "According", "However") and inner ones split the run.
    segments: list[list[_Token]] = []
    current: list[_Token] = []
    for k, tok in enumerate(run):
        if (
            current
            and body
            and (
                _DESK_AFTER.match(body, tok.end)
                or (k + 1 < len(run) and fold(run[k + 1].text) in _DESK_ROLES and k + 1 == len(run) - 1)
            )
        ):
            # "Isobel Crane Political correspondent", "Harriet Selwood Diplomatic Editor": a byline's desk,
            # not the end of the name
            segments.append(current)
            current = []
            break
        if (
            fold(tok.text) in NAME_MONTHS
            and current
            and _name_like(current[-1].text)
            and not _is_title(current[-1])
        ):
            current.append(tok)  # "Theresa May": a surname, not the month
            continue
        if fold(tok.text) in _WEEKDAYS and len(current) == 1 and fold(current[0].text) in GIVEN_NAMES:
            current.append(tok)  # "Mike Friday's England side": a surname, not the day
            continue
        if (
            tok.text in ("Said", "Says")
            and k == 0
            and len(run) > 1
            and body
            and body[run[-1].end : run[-1].end + 1] == ":"
            and _opens_sentence(body, tok.start)
        ):
            continue  # 'Said Williams: "When this opportunity ...': the verb, inverted, before the speaker
        if tok.text == "He" and not current and body and k + 2 == len(run) and _chinese_he(body, run[k + 1]):
            current.append(tok)  # "But He Weiling, Washington representative of ...": a family name, not "he"
            continue
        if len(run) == 1 and fold(tok.text) in NAME_MONTHS and body and _month_as_surname(body, tok):
            current.append(tok)  # "May said": Brian May's surname if he is named in full here (see _classify)
            continue
        if (
            fold(tok.text) in STOPWORDS
            and not (tok.text.isupper() and len(tok.text) > 1)  # "A poll" is the article; "WHO" an agency
            and not (
                tok.text == "Will"
                and len(run) == 2
                and tok is run[0]
                and (
                    _APPOSED_NEXT.match(body, run[1].end)
                    # "chief economist Will Buttrose said": a title before, or a speech verb after
                    or _previous_word(body, tok.start) in _LOWER_TITLES
                    or _AFTER_PERSON.match(body, run[1].end)
                )
            )
            and not (current and fold(tok.text) in JOINERS)
            # "Reporters Without Borders", "Doctors Without Borders": inside a name, capitalised
            and not (tok.text == "Without" and current and k + 1 < len(run))
            # "United Food And Commercial Workers": a union's name written in title case
            and not (tok.text == "And" and current and k + 1 < len(run) and fold(run[-1].text) in _AND_BODIES)
            # "the Kyodo News Agency", "United Press International News Service": a wire's name
            and not (
                tok.text == "News"
                and current
                and k + 1 < len(run)
                and fold(run[k + 1].text) in ("agency", "service", "network", "corp", "international")
            )
        ):
            if current:
                segments.append(current)
            current = []
            continue
        current.append(tok)
    if current:
        segments.append(current)
    out: list[tuple[list[_Token], bool]] = []
    for seg in segments:
        if (
            len(seg) in (3, 4)
            and seg[-1].text.rstrip(".") in POSTNOMINALS
            and all(_name_like(t.text) for t in seg[:-1])
            and not is_place(seg[0].text)  # "the Glasgow Kelvin MP" names a seat
        ):
            # "Guy Mansfield QC", "Patrick W. Carlineo Jr.": letters after a person's name, not part of it
            out.append((seg[:-1], True))
            continue
        if (
            (
                len(seg) >= 4  # "Iain Duncan Smith", "Jamie Lee Curtis" are one name
                # "Defiant Matt Williams says": a word opening the sentence before a full name describes him
                or (
                    len(seg) == 3
                    and _opens_sentence(body, seg[0].start)
                    and not is_given_name(seg[0].text)
                    # a describing word or a nationality ("American Kevin King"), not "Abiy Ahmed Ali"
                    and (_ADJECTIVE_END.search(seg[0].text) is not None or fold(seg[0].text) in DEMONYMS)
                    and fold(seg[0].text).rstrip("s") not in _COMPANY_TRADES  # "Bookmaker William Hill has"
                )
            )
            and fold(seg[-2].text) in GIVEN_NAMES
            and _name_like(seg[-1].text)
            and not any(
                fold(t.text) in GIVEN_NAMES
                or (_is_title(t) and fold(t.text).rstrip(".") not in _TITLE_MODIFIERS)
                or fold(t.text) in JOINERS
                for t in seg[:-2]
            )
        ):
            # "Credit Suisse Paul Hofer": a firm or a place written before a full name, as a title would be
            # (with its initial: "Texan H. Ross Perot")
            cut = len(seg) - 3 if _INITIALS_DOTTED.fullmatch(seg[-3].text) else len(seg) - 2
            if cut:
                out.extend(_split_titles(seg[:cut]))
            out.append((seg[cut:], True))
            continue
        if (
            len(seg) in (3, 4)
            and _is_acronym(seg[0].text)
            and is_given_name(seg[1].text)
            and all(_name_like(t.text) and not _is_title(t) for t in seg[1:])
        ):
            # "group EADS Philippe Camus", "Ambassador to GATT Michael Samuels": a body's acronym, then a name
            out.append((seg[:1], False))
            seg = seg[1:]
        if _body_word_then_name(seg, body):
            out.append((seg[:1], False))
            seg = seg[1:]
        if (
            len(seg) >= 3
            and fold(seg[1].text) in GIVEN_NAMES
            and fold(seg[0].text) not in GIVEN_NAMES
            and is_place(seg[0].text)
            # (not "San Miguel Corp": a company named after a place and a saint)
            and fold(seg[0].text) not in _PLACE_PREFIXES
            and fold(seg[-1].text) not in ORG_SUFFIXES
        ):
            # "special envoy to Ukraine Kurt Volker": the place ends the title, a full name follows
            out.append((seg[:1], False))
            seg = seg[1:]
        if (
            len(seg) >= 3
            and body
            and fold(seg[0].text) in DEMONYMS
            and fold(seg[-1].text) in _COMPANY_FORMS
            and fold(seg[1].text) not in ORG_SUFFIXES | ORG_PREFIXES
            and not is_place(seg[1].text)  # "Canadian Pacific Ltd"
            and all(fold(t.text) not in JOINERS and fold(t.text) not in DEMONYMS for t in seg[1:])
            and not _written_lower(body, seg[1].text)
        ):
            # "The European Airbus Industrie consortium": a nationality before a company's own name describes
            # it (not "European Central Bank", "Russian Security Council", whose words are common ones)
            out.append((seg[:1], False))
            seg = seg[1:]
        if (
            len(seg) >= 4
            and fold(seg[-3].text) in ORG_SUFFIXES
            and not _is_title(seg[-3])
            and (
                fold(seg[-2].text) in GIVEN_NAMES
                # "President of the Brazilian Coffee Institute Jorio Dauster told Reuters": a given name the
                # lists lack, vouched for by the verb only a person (or a body, never both glued) takes
                or (
                    bool(body)
                    and _name_like(seg[-2].text)
                    and fold(seg[-2].text) not in ORG_SUFFIXES
                    and _AFTER_PERSON.match(body, seg[-1].end) is not None
                    # (not a word the text also writes in lower case: "Capital International Perspective")
                    and not _written_lower(body, seg[-2].text)
                )
            )
            and _name_like(seg[-1].text)
            and not _is_title(seg[-1])
            and fold(seg[-1].text) not in ORG_SUFFIXES
        ):
            # "Deputy Chairman of the Russian Security Council Dmitry Medvedev": the body's name ends
            # before the full name
            out.extend(_split_titles(seg[:-2]))
            out.append((seg[-2:], True))
            continue
        out.extend(_split_titles(seg))
    return out


def _written_lower(body: str, word: str) -> bool:
    """Whether the text also writes the word in lower case, as a common word ("international trade"); for
    the rare splits that need it, where the article's set of lower-case words is not at hand."""
    return re.search(rf"\b{re.escape(word.lower())}\b", body) is not None


_JOINER_BEFORE = re.compile(r"\b(?:and|of|for|&)[ \u00a0]+$")
# The last words of a ministry's or a body's remit ("Trade and Industry", "Cooperation and Development")
_PORTFOLIOS = _words(
    "development cooperation medicine affairs works planning welfare labour labor resources communications "
    "housing culture education defence defense commerce security technology science research industry trade "
    "finance health environment transport agriculture fisheries energy justice employment immigration revenue"
)


def _body_word_then_name(seg: list[_Token], body: str) -> bool:
    """ "Minister of International Trade and Industry Hajime Tamura", "Ambassador to the Organisation for
    Economic Cooperation and Development Edward Streator": a body's last word, then the holder's name."""
    return (
        len(seg) == 3
        and bool(body)
        and (
            is_given_name(seg[1].text)
            # (a given name the lists lack, vouched for by the verb: "and Industry Hajime Tamura said")
            or (_AFTER_PERSON.match(body, seg[-1].end) is not None and not _written_lower(body, seg[1].text))
        )
        and not is_given_name(seg[0].text)
        and fold(seg[0].text) in _PORTFOLIOS  # (not "of Drexel Burnham Lambert")
        and _name_like(seg[2].text)
        and fold(seg[2].text) not in ORG_SUFFIXES
        and _JOINER_BEFORE.search(body, max(0, seg[0].start - 8), seg[0].start) is not None
    )


_PLACE_PREFIXES = _words("san santa santo sao são st saint los las el la port fort new")


# "Will Moy, chief executive of Full Fact, said": a name written before its apposition, not the verb.
_APPOSED_NEXT = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?[a-z]")


def _is_title(tok: _Token) -> bool:
    word = fold(tok.text).rstrip(".")
    if word in TITLE_WORDS:
        return True
    # "Under-Secretary", "Vice-Chancellor", "Deputy-Governor": a hyphenated office ending in a head title
    first, _, last = word.rpartition("-")
    # (not "McEwen-King": both parts must be title words)
    # ("Rear-Admiral Augustus Aikhomu": a rank whose first part is no title on its own)
    return (
        bool(first)
        and (first in TITLE_WORDS or first == "rear")
        and (last in TITLE_WORDS or (last.endswith("s") and last[:-1] in TITLE_WORDS))  # "Vice-Premiers"
        and last not in _TITLE_MODIFIERS
    )


def _royal_given(seg: list[_Token], i: int) -> bool:
    # "Prince Sultan ibn Abdulaziz": after a prince's title a ruler's word is his given name, not a second
    # title
    return (
        i > 0 and fold(seg[i].text) in ("sultan", "emir") and fold(seg[i - 1].text) in ("prince", "princess")
    )


def _split_titles(seg: list[_Token]) -> list[tuple[list[_Token], bool]]:
    """ "European Commission President Ursula von der Leyen" -> [European Commission], [Ursula von der Leyen].

    The flag marks a segment that directly follows a title.
    """
    if len(seg) == 1 and fold(seg[0].text) in SINGLE_ORGS:
        return [(seg, False)]  # "the Treasury said": an office's word standing alone for the ministry
    for i in range(1, len(seg) - 3):
        if (
            fold(seg[i].text) in JOINERS
            and fold(seg[i - 1].text) in ORG_SUFFIXES
            and is_place(seg[i + 1].text)
            and all(_name_like(t.text) and not _is_title(t) for t in seg[i + 2 :])
            and fold(seg[-1].text) not in ORG_SUFFIXES
        ):
            # "Governor of the Bank of England Robin Leigh-Pemberton": the body's name ends at its place, and
            # the name after it is the office-holder's.
            return [(seg[: i + 2], False), (seg[i + 2 :], True)]
    for i in range(1, len(seg) - 3):
        if (
            fold(seg[i].text) in JOINERS
            and _is_title(seg[i - 1])
            and is_place(seg[i + 1].text)
            and len(seg) - (i + 2) >= 2
            and all(_name_like(t.text) and not _is_title(t) for t in seg[i + 2 :])
        ):
            # "U.S. Attorney for Manhattan Rudolph Giuliani": the office's seat, then the holder's name
            return [(seg[i + 2 :], True)]
    named = _titled_name_at_end(seg)
    if named is not None:
        # "Department of Agriculture Deputy Administrator William Bailey": a body, an office, a name
        head_end, name_start = named
        return [(seg[:head_end], False), (seg[name_start:], True)]
    if fold(seg[-1].text) in ORG_SUFFIXES or _chained_org([t.text for t in seg]):
        return [(seg, False)]  # "Foreign Ministry", "National Security Council": an organisation
    # Name part: the maximal suffix with no title word in it.
    k = len(seg)
    while (
        k > 0
        and (not _is_title(seg[k - 1]) or _royal_given(seg, k - 1))
        and fold(seg[k - 1].text) not in JOINERS
    ):
        k -= 1
    if k == 0 or not any(_is_title(t) for t in seg[:k]):
        return [(seg, False)]  # "Republic of Congo": a joiner without a title word names no office
    if len(seg) == 1 and fold(seg[0].text) in _TITLE_SURNAMES and seg[0].text[1:].islower():
        # "says King, 30": alone, a surname that is also a title word; a person only if the article names
        # someone in full by it ("JK, also known as Jason King")
        return [(seg, False)]
    if (
        k == len(seg)
        and len(seg) >= 2
        and fold(seg[-2].text).rstrip(".") in _HONORIFICS
        and fold(seg[-1].text) in _TITLE_SURNAMES
    ):
        return [(seg[-1:], True)]  # "Ms King", "Mr Bishop": a surname that is also a title word
    if (
        k == len(seg)
        and len(seg) >= 3
        and not _is_title(seg[-2])
        and _is_title(seg[-3])
        and fold(seg[-2].text) not in JOINERS
        and _name_like(seg[-2].text)
        and fold(seg[-1].text) in _TITLE_SURNAMES
    ):
        return [(seg[-2:], True)]  # "Labour MP Oona King": a full name after the title
    if (
        k == len(seg)
        and len(seg) in (2, 3)
        and all(not _is_title(t) and is_given_name(t.text) for t in seg[:-1])
        and fold(seg[-1].text) in _TITLE_SURNAMES
    ):
        # "Frank Field said", "Martin Luther King": given names, then a surname that is also a title word
        return [(seg, True)]
    if k == len(seg):
        # The run ends in a title ("Novak Fellow", "National Security Advisor"): keep what precedes it only
        # when it can stand alone as an organisation or acronym.
        j = k
        while j > 0 and (_is_title(seg[j - 1]) or fold(seg[j - 1].text) in JOINERS):
            j -= 1
        head = seg[:j]
        return [(head, False)] if head and _keep_head(head) else []
    if fold(seg[k - 1].text) in JOINERS:
        # "High Commissioner for Human Rights": what the joiner governs is the office's remit, not a name.
        j = k - 1
        while j > 0 and (_is_title(seg[j - 1]) or fold(seg[j - 1].text) in JOINERS):
            j -= 1
        head = seg[:j]
        out = [(head, False)] if head and _keep_head(head) else []
        remit = seg[k:]
        if len(remit) >= 3 and (
            fold(remit[-2].text) in GIVEN_NAMES or _HYPHENATED_NAME.fullmatch(remit[-2].text)
        ):
            out.append((remit[-2:], True))  # "Director of Public Prosecution Eva-Marie Persson"
        return out
    name = seg[k:]
    # The title run: title words, joiners and the words they govern ("Secretary of State").
    j = k
    while j > 0 and (
        _is_title(seg[j - 1])
        or fold(seg[j - 1].text) in JOINERS
        or (j >= 2 and fold(seg[j - 2].text) in JOINERS)
    ):
        j -= 1
    if all(fold(t.text).rstrip(".") in _TITLE_MODIFIERS or fold(t.text) in JOINERS for t in seg[j:k]):
        # "International Finance Facility", "Trade Partnership", "Star Wars": words that qualify an office
        # ("Finance Minister") name none without it.
        return [(seg, False)]
    head = seg[:j]
    out: list[tuple[list[_Token], bool]] = []
    if head:
        out.append((head, False))
    out.append((name, True))
    return out


# Title words that only qualify an office ("Finance Minister", "Vice President"): no title on their own.
_TITLE_MODIFIERS = _words("""
foreign defense defence national security intelligence state interior finance treasury economy commerce trade
energy health education affairs special vice crown under assistant acting former ex late first majority
minority shadow field staff executive star managing
""")
# Lower-case title words that say a person follows ("singer", "striker", "coach"); "the general Assembly"
# and "chief Ukrainian negotiator" are why the qualifiers and a few others are left out.
_NOT_LOWER_TITLES = _words("general chief head speaker chair justice lady first")
_LOWER_TITLES = (TITLE_WORDS - _TITLE_MODIFIERS - _NOT_LOWER_TITLES) | {"star"}
POSTNOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "PhD"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# Title words that are also common surnames ("Oona King", "Ms Bishop", "John Major").
_TITLE_SURNAMES = frozenset(
    {
        "king",
        "bishop",
        "major",
        "marshal",
        "dean",
        "knight",
        "field",
        "lord",
        "hooker",
        "bowler",
        "seed",
        "painter",
    }
)
_HYPHENATED_NAME = re.compile(r"[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+")


# "Secretary of Energy", "Chief Executive of AOL": an office, not a body, though a body's word follows.
_OFFICE_HEADS = _words("secretary minister chief director chairman chairwoman president commissioner head")
_INITIALS = re.compile(r"[A-Z]{2}")  # "JD Vance", "AJ Smith": initials written as a first name
# Plural nouns inside a body's name, never inside a person's: "Global Affairs Canada".
_ORG_INNER = _words("affairs relations studies sciences rights")


def _chained_org(words: Sequence[str]) -> bool:
    """ "Bank of England", "Council for ...": an organisation word followed by a joiner."""
    return any(
        fold(w) in JOINERS and (fold(words[i - 1]) in ORG_SUFFIXES or fold(words[i - 1]) in _CHAINED_HEADS)
        for i, w in enumerate(words)
        if i
    )


# Organisation words only before "of" ("Chambers of Commerce"): "Guy Chambers" is a surname.
_CHAINED_HEADS = frozenset({"chambers", "friends"})


# Title modifiers that name a remit ("Finance Minister"), and so can end a body's name too.
_REMIT_WORDS = _words("finance trade energy health education commerce economy treasury interior affairs")


def _titled_name_at_end(seg: list[_Token]) -> tuple[int, int] | None:
    """(end of the organisation, start of the name) when an organisation chained with "of" is followed by
    title words and then a two- or three-word name; None otherwise."""
    if len(seg) < 5 or fold(seg[-1].text) in ORG_SUFFIXES:
        return None
    if not _chained_org([t.text for t in seg]):
        return None
    for width in (2, 3):
        start = len(seg) - width
        name = seg[start:]
        if not all(
            _name_like(t.text)
            and (not _is_title(t) or (t is name[-1] and fold(t.text) in _TITLE_SURNAMES))  # "Mervyn King"
            and fold(t.text) not in JOINERS
            for t in name
        ):
            continue
        j = start
        while j > 0 and _is_title(seg[j - 1]):
            j -= 1
        while j < start - 1 and fold(seg[j].text) in _REMIT_WORDS and fold(seg[j - 1].text) not in JOINERS:
            # "Institute of International Finance Managing Director Horst Schulmann": the remit ends the
            # body's name, the office starts after it
            j += 1
        if j < start and j >= 3:
            return j, start
    return None


def _keep_head(head: list[_Token]) -> bool:
    return (
        len(head) > 1
        or fold(head[0].text) in SINGLE_ORGS
        or _is_acronym(head[0].text)
        or is_place(head[0].text)
    )


# Endings of abstract and mass nouns, never of a surname a surname list lacks ("Negotiations", "Equipment").
_ABSTRACT_NOUN = re.compile(r"[a-z](?:tions|sions|ment|ments|ness|ities|ships|ery|eries|ism|ance|ence)$")
_ADMINISTRATION_AFTER = re.compile(r"[ \u00a0]+administration\b")
_LEADER_OF = re.compile(r"[ \u00a0]+(?:administration|presidency|government|era|doctrine|campaign|years)\b")


def _leader_named(body: str, prev: str, end: int) -> bool:
    """ "the Reagan administration", "the Blair government", "a Reagan administration plan": a word before
    what its holder led (only an administration is named after a person with "a")."""
    if prev == "the":
        return bool(_LEADER_OF.match(body, end))
    return prev in ("a", "an") and bool(_ADMINISTRATION_AFTER.match(body, end))


# Title words that are also adjectives opening company names ("General Acquisition", "National Grid").
_ADJECTIVE_TITLES = frozenset({"general", "chief", "state", "special", "national", "foreign", "first"})

# The state abbreviations of the wires' datelines and addresses (AP style), read as places only after a town
# and a comma: "Greenwich, Conn", "Dallas, Tex."
_US_STATES_SHORT = _words(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev "
    "okla ore pa penn tenn tex vt va wash wis wisc wyo"
)
_TOWN_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?,[ \u00a0\n]*$")

# Longest name or organisation taken as one entity; bounds the recursion on hostile runs.
MAX_NAME_WORDS = 12


# Demonyms that are also surnames: "Oliver Irish", "Philip French", "Mike German" (not "Christian Democrat")
_DEMONYM_SURNAMES = _words("irish french english german welsh scott christian finn")
_NATIONAL_BODIES = _words(
    "statistics transport health environment industry employment fisheries agriculture revenue justice "
    "immigration air bell petro hydro energy finance trade investment sport tourism business"
)


_MONTH_WORDS = _words("january february march april may june july august september october november december")
_PORTFOLIO_ENDS = frozenset(
    {"affairs", "relations", "development", "policy", "security", "trade", "planning", "operations", "energy"}
    | {"intelligence", "finance", "health", "education", "defense", "defence", "agriculture", "commerce"}
)
_OFFICE_FOR_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \u00a0]+(?:for|of)[ \u00a0]+$")
_SECOND_PORTFOLIOS = _words("mines industry labour labor justice culture transport communications")
_SECOND_PORTFOLIOS |= _words("environment")
_OFFICE_AND_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department)[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]+"
    r"[ \u00a0]+and[ \u00a0]+$"
)


# A mine, field or plant named after someone: "its Joe Mann mine", "the Ekofisk field"
_FACILITY_AFTER = re.compile(
    r"[ \u00a0]+(?:mine|mines|oilfield|gasfield|field|smelter|refinery|deposit|orebody)\b"
)
_FAITHFUL = frozenset(
    {"Moslems", "Muslims", "Christians", "Jews", "Hindus", "Sikhs", "Buddhists", "Catholics", "Protestants"}
    | {"Sunnis", "Shias", "Shiites", "Kurds", "Arabs"}
)
_FOREIGN_ARTICLES = frozenset({"La", "Las", "Los", "Les", "Il", "Der", "Die", "Das"})


def _only_in_firm_name(body: str, words: Sequence[str]) -> bool:
    """ "Charles Schwab and Co" with neither the name nor its surname standing elsewhere: only the firm's
    name, not its founder ("Mario Gabelli, head of Mario Gabelli and Co", "Gabelli said")."""
    surname = re.escape(words[-1])
    alone = len(re.findall(rf"\b{surname}\b", body))
    in_firm = len(re.findall(rf"\b{surname}{_AND_CO_AFTER.pattern}", body))
    return alone == in_firm


def _common_word_surname(word: str, lower_words: set[str]) -> bool:
    """A "surname" the article also writes in lower case and no surname list holds ("Brent Crude")."""
    return fold(word) in lower_words and not is_known_surname(word)


def _classify(
    body: str,
    seg: list[_Token],
    after_title: bool,
    aliases: AliasTable,
    sentence_starts: set[int],
    lower_words: set[str],
    headline: bool = False,
) -> _Candidate | None:
    if len(seg) > MAX_NAME_WORDS:
        return None  # a run of capitalised words this long is a headline or an attack, never one name
    start, end = seg[0].start, seg[-1].end
    text = body[start:end]
    # Possessive inside the span (last token stripped already; text from body may include it).
    text = text[: seg[-1].end - start]
    words = [t.text for t in seg]
    initial = start in sentence_starts
    if misspelt_country(text) or _FACILITY_AFTER.match(body, end) or words[-1] in _FAITHFUL:
        # "Sri Lanaka must reduce", "its Joe Mann mine", "During Ramadan Moslems fast": no one's name
        return None
    if len(words) >= 3 and words[0] in _FOREIGN_ARTICLES and not is_place(" ".join(words[:2])):
        # "La Caja Obrera", "Die Deutsche Bank": a name opened by an article is a body's
        return _Candidate(start, end, text, words, "org", None, False, initial)
    if (
        len(seg) >= 3
        and is_place(words[0])
        and is_given_name(words[1])
        and all(_name_like(w) and fold(w) not in TITLE_WORDS for w in words[1:])
        and _OFFICE_FOR_BEFORE.search(body, max(0, start - 40), start)
    ):
        # "U.S. Attorney for Manhattan Rudolph Giuliani": the office's seat, then the holder's name
        return _classify(body, seg[1:], True, aliases, sentence_starts, lower_words, headline)
    if len(seg) >= 3 and _OFFICE_FOR_BEFORE.search(body, max(0, start - 40), start):
        for i in range(1, len(words) - 1):
            if (
                fold(words[i - 1]) in _PORTFOLIO_ENDS
                and is_given_name(words[i])
                and all(_name_like(w) and fold(w) not in TITLE_WORDS for w in words[i:])
            ):
                # "Undersecretary of State for Economic Affairs Allen Wallis": the portfolio, then the holder
                return _classify(body, seg[i:], True, aliases, sentence_starts, lower_words, headline)
    if (
        len(seg) >= 3
        and fold(words[0]) in _PORTFOLIO_ENDS | _SECOND_PORTFOLIOS
        and is_given_name(words[1])
        and all(_name_like(w) and fold(w) not in TITLE_WORDS for w in words[1:])
        and _OFFICE_AND_BEFORE.search(body, max(0, start - 60), start)
    ):
        # "Minister of Energy and Mines Arturo Hernandez Grisanti": the office's second remit, then its holder
        return _classify(body, seg[1:], True, aliases, sentence_starts, lower_words, headline)
    if fold(words[0]) in _COMPANY_FORMS and len(words) > 1:
        return None  # "Media General Inc Class A stock": a company's form, then a share class, no one's name
    if len(words) == 1 and len(words[0]) > 6 and fold(words[0]).endswith("bank") and words[0][1:].islower():
        # "the Bundesbank", "Citibank", "Rabobank": a bank's one-word name
        return _Candidate(start, end, text, words, "org", None, False, initial)
    if len(words) == 2 and fold(words[0]) in _NATIONAL_BODIES and is_country(words[1]):
        # "Statistics Canada", "Transport Canada", "Air France": a national body named by its country
        return _Candidate(start, end, text, words, "org", None, False, initial)
    prev = _previous_word(body, start)
    after_preposition = prev in PREPOSITIONS
    speaks = not after_preposition and bool(_AFTER_PERSON.match(body, end))
    # "Her daughter, Iryna, waited": a role word with the name in apposition.
    apposed = (
        _ROLE_APPOSED.search(body, max(0, start - 30), start) if body[start - 2 : start] == ", " else None
    )
    apposed_role = (
        apposed is not None
        and (apposed.group(1).lower() in ROLE_WORDS or apposed.group(1) in _LOWER_TITLES)
        and body[end : end + 1] == ","
    )
    # (a speech verb alone is weak for a single word: "Boeing says", "Datamonitor said" speak as often)
    vouched = (
        after_title
        or (prev in ROLE_WORDS)
        # "rock star Ozzy Osbourne": a lower-case title
        or (prev in _LOWER_TITLES and body[start - len(prev) - 1 : start - 1] == prev)
        or apposed_role
        or (len(seg) > 1 and _role_apposed_after(body, end))
        or (len(seg) > 1 and _of_country_after(body, end))  # "Irakli Labadze of Georgia"
        or bool(_CREDIT_BEFORE.search(body, max(0, start - 30), start))
        # "a choice between Mr Blair, who will waste more, and ...": an honorific is a person's (not "Mr
        # Nasty", "Mr P")
        or (
            len(seg) == 1
            and len(text) > 2
            and fold(text) not in lower_words
            and bool(_HONORIFIC_BEFORE.search(body, max(0, start - 6), start))
        )
        or (len(seg) > 1 and prev in _SAID_BEFORE_NAME)  # "said Almy Hafild"
        or (
            not (
                len(seg) == 1
                and (
                    initial
                    or body[start - 3 : start - 1] in ("’s", "'s")
                    or body[start - 2 : start] == "- "
                    # "The Kyiv Independent": the tail of a longer name
                    or bool(_CAPITALISED_BEFORE.search(body, max(0, start - 30), start))
                )
            )
            and _person_after(body, start, end, prev)
        )
        # "the Reagan administration", "the Blair government": a leader's name before what they led
        or (
            len(seg) == 1
            and _leader_named(body, prev, end)
            and not is_place(text)
            and fold(text) not in DEMONYMS
            and fold(text) not in lower_words
        )
    )
    # "Safin said he was trying": what the name said is about himself, as no company's is
    vouched = vouched or bool(_SAYS_OF_SELF.match(body, end))
    # "DiCaprio, who lost out ...", "Bez, 40, ...": a lone name opening its sentence, then a person's cue
    opening = (
        len(seg) == 1
        and initial
        and fold(text) not in lower_words
        and not text.endswith(("s", "ly"))
        and bool(_WHO_OR_AGE.match(body, end))
    )
    vouched = vouched or opening
    # "spoke to Viktoriia Hordiienko, a volunteer who delivers generators": only a person is "a ... who"
    vouched = vouched or (len(seg) > 1 and _ONE_WHO.match(body, end) is not None)
    if speaks and not vouched and len(seg) == 1:
        # "..., Funaro said. “...,” he said.": the next pronoun is a person's, where a company's is "it"
        ahead = _PRONOUN_AHEAD.search(body, end, end + 250)
        vouched = ahead is not None and ahead.group()[:1] in "HhSs"
    evidence = speaks or vouched
    # "told MPs.": plural roles are never outlets.
    org_cue = (
        not after_title
        and not (len(seg) == 1 and text.upper() in NOT_ACRONYMS)
        and (
            (prev in ORG_DESCRIPTORS and (prev in _COMPANY_DESCRIPTORS or fold(words[0]) not in GIVEN_NAMES))
            or bool(_EMPLOYEE_AT.search(body, max(0, start - 40), start))
            or bool(_ORG_AFTER.match(body, end))
            or bool(_ITS_AFTER.match(body, end))
            or (not initial and bool(_ANALYSTS_AFTER.match(body, end)))
            # "Prudential Bache analyst Fred Leiner": a firm before its employee's role and name
            or (len(seg) > 1 and fold(words[0]) not in GIVEN_NAMES and bool(_ROLE_THEN_NAME.match(body, end)))
            or (not evidence and bool(_NOTE_AFTER.match(body, end)))
            # "Harris Upham and Co", "Laura Ashley, which is due to report": only a firm is "and Co", "which"
            # (but "Mario Gabelli and Co" is named after its founder)
            or (
                bool(_AND_CO_AFTER.match(body, end))
                and (fold(words[0]) not in GIVEN_NAMES or _only_in_firm_name(body, words))
            )
            or (not evidence and bool(_WHICH_AFTER.match(body, end)))
            or (
                bool(_TOLD_BEFORE.search(body, max(0, start - 8), start))
                and (
                    bool(_CLAUSE_END.match(body, end))
                    or bool(_SOURCE_TOLD.search(body, max(0, start - 60), start))
                )
            )
            or (
                len(seg) == 1
                and (
                    bool(_REPORTED_AFTER.match(body, end))
                    or bool(_ACCORDING_BEFORE.search(body, max(0, start - 16), start))
                )
            )
        )
    ) or (
        # (after a title too: "the Producer Subsidy Equivalent, PSE," is no producer's name)
        len(seg) > 1 and fold(words[0]) not in GIVEN_NAMES and _spelt_out(body, end, words)
    )

    hit = aliases.get(text)
    if hit:
        return _Candidate(start, end, text, words, hit[1], hit[0], evidence, initial)
    if (
        len(words) == 2
        and _INITIALS.fullmatch(words[0])
        and _name_like(words[1])
        and not is_place(words[1])
        and (
            after_title
            or f"Mr {words[1]}" in body
            or f"Mrs {words[1]}" in body
            or f"Ms {words[1]}" in body
            # "JF Sullivan, spokesman for Microsoft": a role only a person holds, not a firm's ("the owner")
            or _role_apposed_after(body, end, _PERSON_ROLES)
        )
    ):
        # "Vice President JD Vance"; "JP McManus ... Mr McManus"
        return _Candidate(start, end, text, words, "person", None, True, initial)
    if after_title and len(seg) == 1 and _name_like(text) and not is_place(text) and "-" not in text:
        royal = _ROYAL_BEFORE.search(body, max(0, start - 20), start)
        if royal is not None:
            # "Prince Charles", "Queen Elizabeth", "Pope Francis": known by a given name, the title is part
            # of the name ("Charles" alone names no one)
            return _Candidate(
                royal.start(1),
                end,
                body[royal.start(1) : end],
                [royal.group(1), text],
                "person",
                None,
                True,
                initial,
                royal=True,
            )
    if (
        after_title
        and len(words) == 1
        and _ABSTRACT_NOUN.search(words[0])
        and not is_known_surname(words[0])
        and not is_given_name(words[0])
    ):
        return None  # "Minister for Trade Negotiations", "the GM Dealer Equipment service": no one's name
    if after_title and len(words) == 1 and prev == "father" and not is_given_name(words[0]):
        return None  # "Father Christmas", "Father Time"; a priest is "Father Mykola Hnatyuk"
    if after_title and len(words) == 1 and prev in _ADJECTIVE_TITLES and fold(words[0]) in lower_words:
        return None  # "General Acquisition Inc": a company's name, not General X
    if _SEAT_BEFORE.search(body, max(0, start - 80), start):
        return None  # "The MP for Sittingbourne and Sheppey said": a constituency, not who speaks
    if len(words) == 1 and _PARTY_STATE.fullmatch(text):
        return None  # "D-N.H.", "R-Texas": a US lawmaker's party and state
    if (
        len(words) == 1
        and text[1:2].isupper()
        and (text.upper() in NOT_ACRONYMS or (text[-1] == "s" and text[:-1] in NOT_ACRONYMS))
    ):
        return None  # "MPs said", "MEPs have voted": members of a body, neither a person nor the body
    key = fold(text)
    if (
        len(words) == 1
        and text[:1].isupper()
        and fold(text.rstrip(".")) in _US_STATES_SHORT
        and _TOWN_COMMA_BEFORE.search(body, max(0, start - 40), start)
    ):
        # "of Greenwich, Conn said", "Dallas, Tex.": a state after its town, in the wires' abbreviations
        return _Candidate(start, end, text, words, "place", None, False, initial)
    if is_place(text) and (
        not after_title or _role_follows(body, end) or (len(words) == 1 and not is_given_name(text))
    ):
        # "Supreme Allied Commander Europe": a post's region; "President Georgia" would need a given name
        # "Former England captain X": a place between a title and a role word is the place.
        return _Candidate(start, end, text, words, "place", None, False, initial)
    last = fold(words[-1]).rstrip(".")
    if len(seg) > 1 and _ADJECTIVE.match(seg[0].text) and (last in ORG_SUFFIXES or _chained_org(words)):
        # "the Washington-based Atlantic Council": the body's name starts after the adjective
        rest = _classify(body, seg[1:], after_title, aliases, sentence_starts, lower_words, headline)
        if rest is not None:
            return rest
    if _chained_org(words) and not after_title and fold(words[0]) not in _OFFICE_HEADS:
        return _Candidate(start, end, text, words, "org", None, False, initial)
    if last in ORG_SUFFIXES or (len(words) == 1 and key in SINGLE_ORGS):
        if len(words) == 1 and key not in SINGLE_ORGS:
            return None  # a bare "Department" or "Council"
        return _Candidate(start, end, text, words, "org", None, False, initial)
    if all(w.isupper() for w in words) and _at_line_start(body, start) and _DATELINE_NEXT.match(body, end):
        # "PEKING, March 9 - ...": a wire's dateline is the town it was filed from, whatever its spelling
        return _Candidate(start, end, text, words, "place", None, False, initial)
    if len(words) == 1 and _is_acronym(words[0]):
        return _Candidate(start, end, text, words, "org", None, False, initial)
    if len(words) > 2 and is_place(words[-1]) and any(fold(w) in ORG_SUFFIXES for w in words[1:-1]):
        return _Candidate(start, end, text, words, "org", None, False, initial)  # "Chemical Bank Tokyo"
    if len(words) > 1 and any(fold(w) in _ORG_INNER for w in words[:-1]):
        return _Candidate(start, end, text, words, "org", None, False, initial)  # "Global Affairs Canada"
    # Leading demonyms or title-ish adjectives are not part of a name: "Ukrainian Zelensky" -> Zelensky.
    first = seg[0].text
    adjective = (_ADJECTIVE.match(first) or _descriptor(first)) if len(seg) > 1 else None
    if adjective:
        # "Dutch-born Anton Corbijn": what follows is typed on its own; "Paris-based Euronext", "state-owned
        # Rosneft": only a company or a body is based, owned or backed.
        rest = _classify(body, seg[1:], after_title, aliases, sentence_starts, lower_words, headline)
        kind = adjective.group(1).lower()
        if (
            rest is not None
            and rest.canonical is None
            and (
                kind in _LISTED or (kind in _ORG_ADJECTIVES and (len(rest.words) == 1 or rest.type is None))
            )  # but "US-based Alistair Cragg" stays a person
        ):
            rest.type, rest.person_evidence = "org", False
        return rest
    if len(seg) > 1 and fold(seg[0].text) in ORG_PREFIXES:
        return _Candidate(start, end, text, words, "org", None, False, initial)  # "Radio Farda"
    # "Economy minister German Gref", "Rep. French Hill": after an office, a given name, not a nationality
    given_first = (
        len(seg) == 2
        and (after_title or prev in _LOWER_TITLES or prev in ROLE_WORDS)
        and is_given_name(seg[0].text)
        and not is_place(seg[1].text)
        and not is_place(text)
    )
    if (
        len(seg) > 1
        and (fold(seg[0].text) in DEMONYMS or fold(seg[0].text) in NON_NAME_WORDS)
        and not _given_name_then_surname(words)
        and not given_first
    ):
        rest = _classify(body, seg[1:], after_title, aliases, sentence_starts, lower_words, headline)
        if (
            rest is not None
            and rest.type == "org"
            and rest.canonical is None
            and fold(seg[0].text) in DEMONYMS
            and len(rest.words) > 1
        ):
            # "British Chambers of Commerce", "Confederation of British Industry": the demonym is the name's
            return _Candidate(start, end, text, words, "org", None, False, initial)
        given = rest is not None and is_given_name(rest.words[0]) and fold(rest.words[0]) not in lower_words
        if rest is not None and rest.type == "person" and not evidence and not given:
            return None  # "Times Educational Supplement": the tail of a longer title, not a name
        if (
            rest is not None
            and len(rest.words) == 1
            and rest.type is None
            and not after_title
            and fold(seg[0].text) in NON_NAME_WORDS
            and len(seg) == 2
        ):
            # "Global Insight said", "Royal Mail says": the tail of a name, a person only as the surname of
            # someone named in full here
            rest.person_evidence = False
        return rest
    # ("Hanns Christian Schroeder-Hohenwarth": a given name that is also a demonym, inside a full name)
    if any(
        fold(w) in DEMONYMS
        and not (i > 0 and is_given_name(w) and i < len(words) - 1)
        # "Oliver Irish, editor of Stuff": a demonym as the surname of a given name, with a title or role
        and not (
            i == len(words) - 1 == 1
            and fold(w) in _DEMONYM_SURNAMES
            and fold(words[0]) in GIVEN_NAMES
            and vouched
        )
        for i, w in enumerate(words)
        if i > 0 or not given_first
    ) and not (
        len(words) == 1
        and fold(words[0]) in _DEMONYM_SURNAMES
        and _HONORIFIC_BEFORE.search(body, max(0, start - 6), start)
    ):
        return None  # (but "said Mr Irish" is a man)
    if "Without" in words[1:-1]:
        return _Candidate(start, end, text, words, "org", None, False, initial)  # "Reporters Without Borders"
    if not all(_name_like(w) for w in words):
        return None
    if org_cue and len(words) >= 2 and not _hyphenated_given_name(words[0]):
        # ("the CGA consultancy Jeanne-Marie Gescher": a double given name is a person's after any noun)
        # "US mortgage company Fannie Mae": a company's descriptor names it a company in every mention
        # (but "investment firm Mario Gabelli and Co" is named after the man who speaks for it)
        described = (
            prev in _COMPANY_DESCRIPTORS and not after_preposition and not _AND_CO_AFTER.match(body, end)
        )
        return _Candidate(start, end, text, words, "org", None, False, initial, described=described)
    if fold(words[-1]) in PARTICLES:
        return None  # a name never ends in "de" or "von"
    if (
        len(seg) == 3
        and fold(words[1]) in GIVEN_NAMES
        and fold(words[0]) not in GIVEN_NAMES
        and fold(words[0]) in lower_words
    ):
        # "Children and Families Margaret Hodge", "Medicine Carl Leier": the tail of an office, then a name
        return _classify(body, seg[1:], True, aliases, sentence_starts, lower_words, headline)
    if (
        len(seg) == 3
        and is_given_name(words[1])
        and not is_given_name(words[0])
        and (
            (len(words[0]) >= 7 and fold(words[0]).endswith("ite"))
            or prev in ORG_DESCRIPTORS
            or prev in ORG_SUFFIXES
        )
    ):
        # "Blairite Alan Milburn", "the public services union Unison Dave Prentis": a follower's label or
        # the body's own name, then a full name
        return _classify(body, seg[1:], after_title, aliases, sentence_starts, lower_words, headline)
    if prev in _DETERMINERS and len(seg) > 2 and fold(words[1]) in GIVEN_NAMES:
        # "the Exchequer Gordon Brown": an office word the title split missed, then a full name.
        return _classify(body, seg[1:], True, aliases, sentence_starts, lower_words, headline)
    if len(words) > 1 and body[start - 1 : start] in '"“' and body[end : end + 1] in '"”' and start:
        # 'the "Star Wars" program', 'the "Iron Dome" system': a name set in quotation marks names a thing
        return _Candidate(start, end, text, words, None, None, False, initial, named_thing=True)
    given_first = fold(words[0]) in GIVEN_NAMES  # "the Mike Leigh film" still names a person
    if len(seg) > 2 and given_first and fold(words[-1]) == "show":
        # "The Jeremy Vine Show" names its presenter, "The Catherine Tate Show" its star
        return _classify(body, seg[:-1], after_title, aliases, sentence_starts, lower_words, headline)
    if not after_title and (
        _NAMED_AFTER.match(body, end)
        or _WORK_BEFORE.search(body, max(0, start - 40), start)
        or _TITLE_GOES_ON.match(body, end)
        or (len(words) > 1 and last in _THING_ENDS)
        or (not given_first and _SHOW_AFTER.match(body, end))
    ):
        return _Candidate(start, end, text, words, None, None, False, initial, named_thing=True)
    leader = len(seg) == 1 and evidence and _leader_named(body, prev, end)
    if (
        (
            prev in _DETERMINERS
            or prev in ("a", "an")
            or (prev in _POINTING and not is_given_name(words[0]))  # not "like this Sven-Goran Eriksson"
            or (prev in _COUNTING and bool(_PLURAL_END.search(words[-1])))  # not "number two Tommy Haas"
        )
        and not after_title
        and not given_first
        and not leader
    ) or (not evidence and _PRODUCT_AFTER.match(body, end)):
        # People are not written "the Jane Doe" or "its Jane Doe", nor followed by "player": "the Creative
        # Zen", "its Creative Zen players", "(in) The Hague" name a thing or a place.
        return None
    if len(words) >= 2:
        if (
            any(fold(w) in NON_NAME_WORDS for w in words)
            and not _surname_word_after_given_name(words)
            and not _given_name_then_surname(words)
            and not _titled_surname_word(words, vouched, prev)
            and not _given_word_before_surname(words, vouched, lower_words)
        ):
            return None
        if words[0] == "He" and len(words) == 2:
            return _Candidate(start, end, text, words, "person", None, True, initial)  # see _chinese_he
        given = fold(words[0]) in GIVEN_NAMES  # "Vladimir Medinsky": a given name that is also a city
        # (a particle inside a name is no place: "Piet Van Donck", though Van is a Turkish city)
        if not given and not evidence and any(is_place(w) for w in words if fold(w) not in PARTICLES):
            if (
                len(words) == 2
                and prev
                not in ("in", "at", "near", "outside")  # "meeting in Atlanta Duffy said": no full stop
                and is_given_name(words[0])
                and not is_place(words[1])
                and not _after_other_places(body, words)
                and not _common_word_surname(words[1], lower_words)
            ):
                # "Austin Aitken is taking action ... Mr Aitken said": a given name that is also a town, a
                # person if the article vouches for him elsewhere or he speaks
                return _Candidate(
                    start, end, text, words, None, None, False, initial, doubtful=True, unnamed=True
                )
            if (
                len(words) == 2
                and prev not in ("in", "at", "near", "outside", "of", "from", "to")
                and is_given_name(words[0])
                and fold(words[0]) not in lower_words
                and not is_place(words[0])
                and not is_country(words[1])
                and not _after_other_places(body, words)
                and _town_surname_alone(body, words)
            ):
                # "Lindsay Davenport ... Davenport was speaking": a given name before a town is a person's
                # name when the article goes on to call her by that surname alone ("Wells Fargo", "Chase
                # Manhattan" never stand as "Fargo said")
                return _Candidate(start, end, text, words, "person", None, True, initial)
            return None
        # Words the article also writes in lower case are common nouns ("Public Support", "Tate Gallery"),
        # unless a given name vouches for the pair ("Ned Price").
        # "Brent Crude" with "crude" written lower case: the given name's vouching ends at a word no
        # surname list holds.
        if (
            not evidence
            and any(fold(w) in lower_words and fold(w) not in PARTICLES for w in words)
            and (
                fold(words[0]) not in GIVEN_NAMES
                or (len(words) == 2 and _common_word_surname(words[-1], lower_words))
            )
        ):
            return None
        # "Grade B": a single letter is an initial only when written with a dot, or when it opens a name
        # that a title vouches for ("External Affairs Minister S Jaishankar").
        if len(words) > 5 or any(
            (
                len(w) == 1
                and not (i == 0 and evidence and w not in "AI" and len(words[-1]) > 2)
                # "George W Bush": a middle initial written without its dot, between a given name and more
                and not (0 < i < len(words) - 1 and fold(words[0]) in GIVEN_NAMES and len(words[-1]) > 2)
            )
            or (
                _is_acronym(w)
                and not (
                    i == len(words) - 1
                    and i > 0
                    and _REGNAL.fullmatch(w)
                    and (evidence or fold(words[0]) in GIVEN_NAMES)  # not "Doom III", "Halloween II"
                )
            )
            for i, w in enumerate(words)
        ):
            return None  # ... but "Pope Leo XIV", "King Charles III" end in a regnal number
        if words[0].endswith("ing") and fold(words[0]) not in GIVEN_NAMES and not evidence:
            return None  # "Using Braille", "Finding Neverland", "Racing Stripes"
        if _initial_then_given(words, lower_words):
            return _Candidate(start, end, text, words, "person", None, True, initial)  # "H. Ross Perot"
        if (
            after_preposition
            and not evidence
            and fold(words[0]) not in GIVEN_NAMES
            # ("the son of Oksana Kovalchuk": a given name the wider list knows, never written in lower case)
            and not (
                len(words) == 2
                and is_given_name(words[0])
                and fold(words[0]) not in lower_words
                and not is_place(words[0])
                and not is_place(text)
                and fold(words[1]) not in _MONTH_WORDS
                # (not "from Smith Barney", "in Santa Barbara": a surname or a place's first word)
                and not is_known_surname(words[0])
                and fold(words[0]) not in _PLACE_PREFIXES
            )
        ):
            return _Candidate(start, end, text, words, None, None, False, initial, doubtful=True)
        if headline and not evidence:
            # Title Case headlines capitalise every word: a full name there needs backing from the body.
            return _Candidate(start, end, text, words, None, None, False, True)
        if not evidence and not (is_given_name(words[0]) and fold(words[0]) not in lower_words):
            # "Donkey Kong", "Lockheed Martin", "Tomb Raider": the shape of a full name without a given name
            # or anything a person does; a person only if the article vouches for it elsewhere, or if the
            # quotes find it speaking.
            return _Candidate(
                start, end, text, words, None, None, False, initial, doubtful=True, unnamed=True
            )
        return _Candidate(start, end, text, words, "person", None, True, initial)
    # A single word: kept for now, typed later if a full name or evidence backs it.
    kin = _KIN_BEFORE.search(body, max(0, start - 60), start)
    if kin is not None and is_given_name(words[0]) and fold(words[0]) not in lower_words:
        # "Nogar's son Stephen, 57, said": a child or sibling carries the family's name
        return _Candidate(start, end, text, words, "person", f"{words[0]} {kin.group(1)}", True, initial)
    if (
        (fold(words[0]) in SURNAME_WORDS or fold(words[0]) in NAME_MONTHS)
        and prev not in _DETERMINERS
        and not after_preposition
    ):
        # "West, 26, began rapping": Kanye West's surname if he is named here in full, else nothing
        return _Candidate(start, end, text, words, None, None, False, initial, surname_word=True)
    if (fold(words[0]) in NON_NAME_WORDS or fold(words[0]) in DEMONYMS) and not (
        fold(words[0]) in DEMONYMS and _HONORIFIC_BEFORE.search(body, max(0, start - 6), start)
    ):
        return None
    if _CAPITALS_THEN_LOWER.match(words[0]) and not (words[0].endswith("s") and not words[0].endswith("ss")):
        # ("IPods", "PCtvts": a plural names products, not the company that makes them.)
        # "JPMorgan", "PetroChina"-like shapes: capitals run into a word, as companies write themselves.
        return _Candidate(start, end, text, words, "org", None, False, initial)
    said = prev in _SAID_WORDS
    return _Candidate(
        start,
        end,
        text,
        words,
        None,
        None,
        evidence or opening,
        initial,
        org_cue,
        said_before=said,
        vouched=vouched,
        opening=opening,
    )


_CAPITALS_THEN_LOWER = re.compile(r"[A-Z]{2,}[a-z]{2,}$")
# "Swiss-based Xstrata", "Kremlin-backed Medvedchuk": a compound adjective, not a first name.
_ADJECTIVE = re.compile(r".+-(based|born|backed|led|owned|run|controlled|funded|linked|made|style)$", re.I)
# "Oscar-winner Andrea Arnold", "Nobel-winning Dmitry Muratov": lower case after the hyphen makes a
# descriptor; hyphenated names capitalise both parts ("Meinl-Reisinger", "Jean-Luc").
_DESCRIPTOR = re.compile(r"[A-Z][\w’'.]*-([a-z]+)(?:-[a-z]+)*")
# The lower-case part of a descriptor is an English word ("winner", "sceptic", "winning"); a given name's
# second syllable is not ("Pei-yuan Chia", "Tsai Ing-wen").
_DESCRIPTOR_TAIL = re.compile(
    r".*(?:ing|ers?|ed|ists?|ic|ians?|ites?|al|ive|ous|ful|less|ly|style|like|born|run)"
    r"|half|back|match|forward|keeper|captain|elect|designate|time|class|in-law|form|up|off|old|one|two|three|four|five"
)


def _descriptor(word: str) -> re.Match[str] | None:
    m = _DESCRIPTOR.fullmatch(word)
    if m is None:
        return None
    # (not "written in lower case elsewhere": "Pei-yuan" itself holds the lower-case word "yuan")
    tail = word.rsplit("-", 1)[-1]
    return m if _DESCRIPTOR_TAIL.fullmatch(tail) or tail in TITLE_WORDS or tail in ROLE_WORDS else None


_ORG_ADJECTIVES = frozenset({"based", "backed", "owned", "run", "controlled", "funded", "led"})
_LISTED = frozenset({"listed", "registered", "traded"})  # only a company is "Sydney-listed"
# First words that make an organisation of what follows: "Radio Farda", "Radio Svoboda".
# "Deutsche Telekom", "Banco Santander", "Nippon Steel", "Credit Suisse": words in other languages that open
# company and bank names, never a given name.
ORG_PREFIXES = frozenset(
    {
        "radio",
        "deutsche",
        "nippon",
        "dainippon",
        "banco",
        "banque",
        "banca",
        "societe",
        "société",
        "compagnie",
        "cie",  # "Cie Francaise des Petroles"
        "groupe",
        "grupo",
        "credit",
        "crédit",
        "kredit",
    }
)
_SAID_WORDS = frozenset({"said", "says", "added", "wrote", "told", "asked", "insisted", "warned"})
# '"...," explains Shigeo Morioka of the ...': speech verbs a speaker's name follows (not "told Age Concern",
# "asked Mr Blair": the one told or asked).
_SAID_BEFORE_NAME = _words("""
said says added adds wrote writes explained explains noted notes argued argues insisted insists warned warns
continued continues stressed stresses recalled recalls observed observes commented comments admitted admits
conceded concedes replied replies acknowledged acknowledges cautioned cautions predicted predicts suggested
suggests concluded concludes declared declares announced announces complained complains
""")


# (a sentence's opening word is no part of a name: "But Parry, speaking to ...")
_CAPITALISED_BEFORE = re.compile(
    r"\b(?!(?:But|And|Yet|So|Then|Now|Meanwhile|However|Still|Also|When|While|If|As)[ \u00a0]$)"
    r"[A-Z][\w’'-]*[ \u00a0]$"
)


def _person_after(body: str, start: int, end: int, prev: str) -> bool:
    """An age, "who", a relative or an apposition and a speech verb after the name; not when the name is
    itself inside a phrase ("a senior analyst at Stratfor, the ... organization, told", "the People's Daily,
    the mouthpiece of the party, warned", "Chapter & Verse, a ... agency, said")."""
    if prev in PREPOSITIONS or prev in _DETERMINERS or body[start - 2 : start] == "& ":
        return False
    return _PERSON_AFTER.match(body, end) is not None


_LOWER_AFTER = re.compile(r"[ \u00a0]+([a-z][a-z-]*)")


# "with Iryna Mudra, deputy head of the presidential office", "Shashi Tharoor, an opposition MP", "Jaap de
# Hoop Scheffer, a former NATO chief": a role in apposition after a full name.
_ROLE_AFTER = re.compile(
    r",[ \u00a0]+(?:(?:the|a|an|his|her|its|their)[ \u00a0]+|[A-Z][\w.-]*[’']s[ \u00a0]+)?"
    r"((?:(?:[a-z-]+|[A-Z]{2,5})[ \u00a0]+){0,2}"
    r"(?:[a-z-]+|MP|MEP|MSP))\b"
)
_APPOSED_ROLES = ROLE_WORDS | {"head", "fellow", "expert", "member", "lawyer", "professor", "activist", "mp"}
_APPOSED_ROLES |= {"mep", "msp", "chief", "manager", "executive", "officer", "partner", "trader", "broker"}
_APPOSED_ROLES |= {"dealer", "strategist", "banker", "owner", "consultant", "attorney", "coach", "player"}
# The apposed roles only a person holds, not a firm ("the network owner", "a partner")
_PERSON_ROLES = _words(
    "spokesman spokeswoman spokesperson director chairman chairwoman president chief head manager analyst"
    " lawyer editor founder executive minister secretary professor economist officer"
)
# "--With assistance from Milda Seputyte.": a credit line names people.
# ("Illustration: Marta Oliveira", "Editor: Marta Kivi", "Source: Karl Ootsing/ERR": a page's credit labels)
_CREDIT_BEFORE = re.compile(
    r"\b(?i:assistance|contributions?|reporting)[ \u00a0]+from[ \u00a0]+$"
    r"|(?:^|\n|\.[ \u00a0])[ \u00a0]*(?:Illustrations?|Editors?|Edited[ \u00a0]+by|Source|Graphics?|"
    r"Photographer|"
    r"Produced[ \u00a0]+by|Producer|Translated[ \u00a0]+by|Translation)[ \u00a0]*:[ \u00a0]*$"
)


_OF_COUNTRY = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)"
    r"(?=[ \u00a0]*[,.;)]|[ \u00a0]+\d"
    r"|[ \u00a0]+(?:in|on|at|and|who|to|with|for|beat|lost|won|will|is|was)\b)"
)


def _of_country_after(body: str, end: int) -> bool:
    m = _OF_COUNTRY.match(body, end)
    return m is not None and is_country(m.group(1))


def _role_apposed_after(body: str, end: int, roles: frozenset[str] = _APPOSED_ROLES) -> bool:
    m = _ROLE_AFTER.match(body, end)
    return m is not None and any(w.casefold() in roles for w in m.group(1).split())


def _role_follows(body: str, end: int) -> bool:
    m = _LOWER_AFTER.match(body, end)
    return m is not None and (m.group(1) in TITLE_WORDS or m.group(1) in ROLE_WORDS)


def _name_like(word: str) -> bool:
    core = word.replace("-", "").replace("’", "").replace("'", "").replace(".", "")
    return core.isalpha() and (word[:1].isupper() or word in PARTICLES or bool(_ARTICLE_NAME.match(word)))


# Upper-case abbreviations that are roles, units or time zones, not organisations.
NOT_ACRONYMS = frozenset(
    {
        "PM",
        "MP",
        "MPS",
        "MEP",
        "MEPS",
        "MSP",
        "MSPS",
        "CEO",
        "CFO",
        "GMT",
        "BST",
        "EST",
        "CET",
        "TV",
        "AD",
        "BC",
        "OK",
        "DJ",
        "PR",
        "GDP",
        "AM",
        "ID",
        "DIY",
        "FAQ",
    }
)


_DATELINE_NEXT = re.compile(rf",[ \u00a0]+{WIRE_DATE}")


def _at_line_start(body: str, start: int) -> bool:
    line = body.rfind("\n", 0, start) + 1
    return not body[line:start].strip()


def _is_acronym(word: str) -> bool:
    if word.upper() in NOT_ACRONYMS or word[:-1] in NOT_ACRONYMS:
        return False
    if "." in word:
        return False  # "N.M.", "R.": abbreviations and initials; dotted names of note are aliases
    if _GROUP_OF.fullmatch(word):
        return True  # "G7", "G20"
    core = word.replace("&", "")
    return 2 <= len(core) <= 6 and core.isalpha() and core.isupper()


_GROUP_OF = re.compile(r"G-?\d{1,2}")


_ROLE_APPOSED = re.compile(r"([A-Za-z]+),[ \u00a0]+$")
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \u00a0]*$")


def _previous_word(body: str, start: int) -> str:
    m = _PREV_WORD.search(body, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def _person_key(word: str) -> str:
    """Transliteration-tolerant key: Zelensky, Zelenskyy and Zelenskiy agree."""
    return _person_key_cached(word) if len(word) <= 64 else _person_key_of(word)


@lru_cache(maxsize=65536)
def _person_key_cached(word: str) -> str:
    return _person_key_of(word)  # names repeat across articles; long hostile strings are not cached


_TRANSLIT_END = re.compile(r"(?:yy|iy|ii|yi|ij)$")
_DOUBLED = re.compile(r"(.)\1+")


def _person_key_of(word: str) -> str:
    w = fold(word).replace("'", "").replace("-", "")
    return _DOUBLED.sub(r"\1", _TRANSLIT_END.sub("y", w))


def find_mentions(
    body: str, aliases: Sequence[Alias] | AliasTable, sentences: list[tuple[int, int]] | None = None
) -> tuple[list[Entity], list[Mention]]:
    """Entities of one article and every mention, in text order, tied to its canonical name."""
    table = aliases if isinstance(aliases, AliasTable) else AliasTable(aliases)
    tokens = _tokens(body, table)
    starts = _sentence_starts(body, sentences)
    lower_words = set(_LOWER_WORD.findall(body))
    cands: list[_Candidate] = []
    paragraphs = paragraph_spans(body)
    headlines = _headline_spans(body, paragraphs)
    for run in _runs(body, tokens):
        headline = any(s <= run[0].start < e for s, e in headlines)
        for seg, after_title in _alias_split(body, run, table):
            while seg and seg[-1].text in JOINERS:
                seg = seg[:-1]  # "Council of" + "the European Union", an alias of its own
            if not seg:
                continue
            if (
                not after_title
                and len(seg) > 1
                and fold(seg[0].text) not in STOPWORDS  # ("The EU": the article goes)
                and table.get(body[seg[0].start : seg[-1].end])
            ):
                subs = [(seg, False)]  # "HM Treasury": a known name whole, whatever title words it holds
            elif not after_title:
                subs = _split_run(seg, body)
            elif _body_word_then_name(seg, body):
                subs = [(seg[:1], False), (seg[1:], True)]  # "Trade and" + "Industry" + "Hajime Tamura"
            else:
                subs = [(seg, True)]
            for sub, titled in subs:
                cand = _classify(body, sub, titled, table, starts, lower_words, headline)
                if cand is not None:
                    cand.titled = titled
                    cand.after_preposition = _previous_word(body, cand.start) in PREPOSITIONS
                    reflexive = _REFLEXIVE.match(body, cand.end)
                    if reflexive:
                        cand.gender = "m" if reflexive.group(1) == "him" else "f"
                    elif honorific := _HONORIFIC_BEFORE.search(body, max(0, cand.start - 6), cand.start):
                        # "Ms. Kosenko said": which of two Kosenkos is meant
                        cand.gender = "m" if honorific.group(1) == "Mr" else "f"
                    cands.append(cand)
    _listed_with_companies(body, cands)
    _titled_company_names(body, cands)
    _vouch_credits_and_lists(body, cands, paragraphs)
    _team_sheets(body, cands)
    _initialled_sheets(body, cands)
    _seeded(body, cands)
    _listed_between_people(body, cands)
    _nicknamed(body, cands)
    _comma_firms(body, cands)
    _real_names(body, cands)
    _given_names_of_one_named(cands)
    _bylined(body, cands, paragraphs)
    entities, mentions = _resolve(cands, lower_words)
    return _with_peerages(body, entities, mentions)


# "Lord Nicholls of Birkenhead": a peer is styled by his territorial title, and that is the name readers and
# the Lords' own records give him; "Birkenhead" in it is no place the article is about.
_PEERAGE = re.compile(
    r"\b(Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)[ \u00a0]+([A-Z][\w’'-]+)[ \u00a0]+of"
    r"[ \u00a0]+([A-Z][\w’'-]+)\b"
)


def _with_peerages(
    body: str, entities: list[Entity], mentions: list[Mention]
) -> tuple[list[Entity], list[Mention]]:
    """Lone surnames of peers named with their territory take that style; a peer the article also names
    in full ("Lord Kinnock of Bedwellty ... Neil Kinnock") stays under his full name."""
    if "of" not in body:  # (a no-break space may stand either side: _PEERAGE allows it)
        return entities, mentions
    styles: dict[str, str] = {}
    places: set[tuple[int, int]] = set()
    for m in _PEERAGE.finditer(body):
        if fold(m.group(2)) in TITLE_WORDS or fold(m.group(3)) in TITLE_WORDS:
            continue  # "Lord Chancellor of ...", "Lord Mayor of London"
        styles.setdefault(fold(m.group(2)), f"{m.group(1)} {m.group(2)} of {m.group(3)}")
        places.add((m.start(3), m.end(3)))
    if not styles:
        return entities, mentions
    renamed = [
        Mention(m.start, m.end, styles[fold(m.name)], m.type, m.tentative)
        if m.type == "person" and fold(m.name) in styles
        else m
        for m in mentions
        if not (m.type == "place" and (m.start, m.end) in places)
    ]
    return _merge(renamed), renamed


# "(Yoav Dror/GPO)": a photographer and the press office he shot for, in brackets after a caption
_SLASH_DESK_AFTER = re.compile(r"[ \u00a0]?/[ \u00a0]?[A-Z]{2,6}\)")
_LINE_BREAK = re.compile(r"[ \u00a0]*\n\s*")


def _bylined(body: str, cands: list[_Candidate], paragraphs: list[tuple[int, int]]) -> None:
    """The names of a byline under the headline ("Isobel Crane Political correspondent, and Artem Lysenko
    in Kyiv", "Mariia Yemets, Bohdana Kit — Sunday, 30 November 2025") are people, whole, whatever the
    runs made of the line's capitals."""
    found: list[_Candidate] = []
    # (and the credits that close a page: Meduza's "Story by Denis Voronin", "Abridged translation by X")
    tail = [p for p in paragraphs[-3:] if p not in paragraphs[:4] and p[1] - p[0] <= 100]
    for ps, pe in [*paragraphs[:4], *tail]:
        if pe - ps > 300:
            continue
        top = (ps, pe) not in tail
        for line in re.finditer(r"[^\n]+", body[ps:pe]):  # "Isobel Crane ... in Kyiv\nFri 24 Oct 2025"
            s, e = ps + line.start(), ps + line.end()
            pos = s
            names = credited_names(body[s:e], top=top, need_given=not top)
            below = _LINE_BREAK.match(body, e)
            if not names and top and below and DATE_LINE.match(body, below.end()):
                names = dated_byline(body[s:e])  # "Ananya Krishnan" over "Updated - February 18, 2026"
            for name in names:
                at = body.find(name, pos, e)
                if at < 0:
                    at = body.find(name.upper(), pos, e)  # "By IRYNA DOVZHENKO": listed as written in full
                if at < 0:
                    continue
                pos = at + len(name)
                cand = _Candidate(at, pos, name, name.split(), "person", None, True, False)
                cand.titled = True
                found.append(cand)
    if not found:
        return
    kept = [c for c in cands if not any(c.start < f.end and f.start < c.end for f in found)]
    cands[:] = sorted(kept + found, key=lambda c: c.start)


# 'John "Bud" Frazier', "James E. (Jim) Nugent": a nickname between a person's names.
_NICKNAME = re.compile(
    # or initials: 'C.J. "Pete" Silas', 'C. J. "Pete" Silas'
    r"\b([A-Z][a-z]+(?:[ \u00a0]+[A-Z]\.)?|(?:[A-Z]\.[ \u00a0]?){0,2}[A-Z]\.)[ \u00a0]+"
    # (a nickname in capitals too: 'Antonio "LA" Reid')
    r"(?:[\"“][A-Z](?:[a-z]+|[A-Z]{1,3})[\"”]|['‘][A-Z][a-z]+['’]|\([A-Z][a-z]+\))[ \u00a0]+"
    r"([A-Z][a-z][\w’'-]+)\b"
)


# "Goldman, Sachs and Co", "Peat, Marwick, Mitchell and Co": partners' names listed with commas, one firm
_COMMA_FIRM = re.compile(
    r"\b[A-Z][a-z]+(?:,[ \u00a0]+[A-Z][a-z]+){1,3}[ \u00a0]+(?:and|&)[ \u00a0]+(?:Co|Company|Cos)\b"
)

# "Louis Harris and Assoc Inc", "J. Smith and Sons Ltd": a founder's name and his partners, incorporated
_PARTNERS_FIRM = re.compile(
    r"\b[A-Z][a-z]+(?:[ \u00a0]+(?:[A-Z]\.|[A-Z][a-z]+)){0,2}[ \u00a0]+(?:and|&)[ \u00a0]+"
    r"(?:Associates|Assoc|Assocs|Sons|Partners)[ \u00a0]+(?:Inc|Ltd|Plc|PLC|Corp|Co|LP)\b"
)


def _comma_firms(body: str, cands: list[_Candidate]) -> None:
    """One firm for the partners a comma list names before "and Co", not a person and a firm; and one for
    a founder's name with "and Associates Inc" after it."""
    patterns = [_COMMA_FIRM] if "Co" in body else []
    if any(word in body for word in ("Assoc", "Sons", "Partners")):
        patterns.append(_PARTNERS_FIRM)  # (only where one of its words stands: it is tried at every capital)
    found = [
        _Candidate(
            m.start(), m.end(), m.group(), m.group().replace(",", "").split(), "org", None, False, False
        )
        for pattern in patterns
        for m in pattern.finditer(body)
    ]
    if not found:
        return
    kept = [c for c in cands if not any(c.start < f.end and f.start < c.end for f in found)]
    cands[:] = sorted(kept + found, key=lambda c: c.start)


def _nicknamed(body: str, cands: list[_Candidate]) -> None:
    """The names around a nickname are one person's ("John Frazier"), which the runs cut apart."""
    found: list[_Candidate] = []
    for m in _NICKNAME.finditer(body):
        if (is_given_name(m.group(1).split()[0]) or m.group(1).endswith(".")) and not any(
            fold(w) in ORG_SUFFIXES for w in re.findall(r"[A-Za-z]+", m.group()[len(m.group(1)) :])
        ):  # (not "Cheung Kong (Holdings) Ltd": a company's name around its form)
            name = f"{m.group(1)} {m.group(2)}"
            cand = _Candidate(m.start(), m.end(), name, name.split(), "person", None, True, False)
            cand.titled = True  # the nickname vouches for it as a title would
            found.append(cand)
    if not found:
        return
    # the pieces the runs made of each such name give way to it, so that the name is one mention (one pass)
    starts = [c.start for c in found]
    kept = []
    for c in cands:
        k = bisect_left(starts, c.start + 1) - 1
        if not (k >= 0 and c.end <= found[k].end):
            kept.append(c)
    cands[:] = sorted(kept + found, key=lambda c: c.start)


_REAL_NAME = re.compile(
    r"[ \u00a0]*(?:,|\()[ \u00a0]*"
    r"(?:(?:whose[ \u00a0]+)?real[ \u00a0]+name(?:[ \u00a0]+is)?|born|n[ée]e)[ \u00a0]+$"
)


def _real_names(body: str, cands: list[_Candidate]) -> None:
    """ "Jay-Z, real name Shawn Carter", "Elton John (born Reginald Dwight)": one person under two names,
    listed once under the one the article goes by."""
    for a, b in pairwise(cands):
        if (
            a.type in (None, "person")
            and b.type in (None, "person")
            and len(b.words) > 1
            and b.start - a.end < 30
            and _REAL_NAME.fullmatch(body, a.end, b.start)
        ):
            a.type = b.type = "person"
            b.canonical = a.canonical or _display(a.text)


def _given_names_of_one_named(cands: list[_Candidate]) -> None:
    """ "Juan Carlos Ferrero ... the same Juan Carlos as I was before": two given names that open the one
    full name of the article that starts with them are that person, not a second one."""
    full = [c for c in cands if c.type == "person" and len(c.words) > 2]
    for c in cands:
        if c.type not in (None, "person") or len(c.words) < 2 or c.canonical:
            continue
        if not all(fold(w) in GIVEN_NAMES for w in c.words):
            continue
        n = len(c.words)
        owners = {
            d.canonical or _display(d.text) for d in full if len(d.words) > n and d.words[:n] == c.words
        }
        if len(owners) == 1:
            c.type, c.canonical = "person", owners.pop()


# "Zheng Ming and by Xu Bing", "Liz Lee, Ethan Wang and ...": names listed together are of one kind.
_LIST_JOIN = re.compile(r"(?:,|,? and|,? or|,? and by|,? with)[ \u00a0]+")


# A team sheet: "Nash, Reiziger (Graham 82), Riggott, Southgate, ..., Hasselbaink." and "Subs Not Used:
# Cooper, Knight." list players by surname, every one a person (five names or more, commas only).
_SHEET_NAME = (
    # (an initial may lead: "S. Best", "L Deacon")
    r"[A-Z](?:[\w’'-]+|\.?(?=[ \u00a0][A-Z]))(?:[ \u00a0][A-Z][\w’'-]+){0,2}"
    r"(?:[ \u00a0]\([A-Z][\w’' -]{1,30}?[ \u00a0]\d{1,3}\))?"
)
# (a sheet starts a paragraph or follows a colon: a match never starts inside a list or a name, which would
# make a long comma list without its full stop cost its length squared)
_TEAM_SHEET = re.compile(
    rf"(?<![\w’'-])(?<![\w,][ \u00a0])(?:{_SHEET_NAME},[ \u00a0]){{4,}}{_SHEET_NAME}\."
    rf"|(?<=(?i:subs)[ \u00a0](?i:not)[ \u00a0](?i:used): )(?:{_SHEET_NAME},[ \u00a0])*{_SHEET_NAME}\."
)


_SUBSTITUTION = re.compile(r"\([A-Z][\w’' -]{1,30}?[ \u00a0]\d{1,3}\)")
_BENCH = re.compile(r"\b(?:Subs|Substitutes|Replacements)\b", re.I)


# A seeding or ranking list, one player a line: "1 Roger Federer (Switzerland)", "12. Ai Sugiyama (Japan)".
_SEEDING = re.compile(
    r"^[ \u00a0]*\d{1,3}\.?[ \u00a0]+([A-Z][\w’'.-]*(?:[ \u00a0]+[A-Za-z][\w’'.-]*){0,3})"
    r"[ \u00a0]+\([A-Z][\w .’'-]{1,30}\)[ \u00a0]*$",
    re.MULTILINE,
)


def _seeded(body: str, cands: list[_Candidate]) -> None:
    """Names on a seeding list are players: a line each, with no verb a headline's test could ask for."""
    rows = [(m.start(1), m.end(1)) for m in _SEEDING.finditer(body)]
    if len(rows) < 3:
        return
    for c in cands:
        if c.type is None and len(c.words) > 1 and _inside(rows, c.start, c.end):
            c.type, c.person_evidence, c.doubtful, c.unnamed = "person", True, False, False


# A rugby team sheet: "G Thomas (Toulouse) (capt); H Luscombe (Dragons), T Shanklin (Blues), ...": an
# initial, a surname and the club, five players or more (a bracket left open too: "(Toulouse (capt)").
_INITIALLED_PLAYER = re.compile(
    r"\b([A-Z])\.?[ \u00a0]([A-Z][\w’'-]+)[ \u00a0]\([^()\n]{2,40}(?:\)|[ \u00a0](?=\())"
)


_INITIALLED_ITEM = re.compile(r"\b([A-Z])\.?[ \u00a0]([A-Z][\w’'-]+)")
_INITIALLED_LIST = re.compile(
    r"(?m)^(?:[A-Z]\.?[ \u00a0][A-Z][\w’'-]+(?:[ \u00a0]\(capt\))?[,;][ \u00a0]){4,}"
    r"[A-Z]\.?[ \u00a0][A-Z][\w’'-]+(?:[ \u00a0]\(capt\))?\.[ \u00a0]*$"
)


def _initialled_sheets(body: str, cands: list[_Candidate]) -> None:
    """Each player on an initialled team sheet is a person: the one named in full elsewhere with that
    initial and surname ("R McBryde" is Robin McBryde), else as written."""
    rows = list(_INITIALLED_PLAYER.finditer(body))
    # a sheet with no clubs: a paragraph of nothing but "G Murphy; G Dempsey, B O'Driscoll, ..."
    for sheet in _INITIALLED_LIST.finditer(body):
        rows += _INITIALLED_ITEM.finditer(body, sheet.start(), sheet.end())
    rows.sort(key=lambda m: m.start())
    if len(rows) < 5:
        return
    full = {
        (c.words[0][0], fold(c.words[-1])): c.canonical or c.text
        for c in cands
        if c.type in ("person", None) and len(c.words) > 1 and len(c.words[0]) > 1
    }
    found = []
    for m in rows:
        name = f"{m.group(1)} {m.group(2)}"
        canonical = full.get((m.group(1), fold(m.group(2))))
        cand = _Candidate(
            m.start(), m.start(2) + len(m.group(2)), name, name.split(), "person", canonical, True, False
        )
        cand.titled = True
        found.append(cand)
    cands[:] = sorted(_outside(cands, [(c.start, c.end) for c in found]) + found, key=lambda c: c.start)


def _inside(spans: list[tuple[int, int]], start: int, end: int | None = None) -> bool:
    """Whether `start` (and `end`, when given) falls in one of the sorted, disjoint `spans`."""
    k = bisect_right(spans, (start, len(spans) and spans[-1][1] + 1)) - 1
    return k >= 0 and start < spans[k][1] and (end is None or end <= spans[k][1])


def _outside(cands: list[_Candidate], spans: list[tuple[int, int]]) -> list[_Candidate]:
    return [c for c in cands if not _inside(spans, c.start)]


def _whole_paragraph(body: str, start: int, end: int) -> bool:
    return (start == 0 or body[start - 1] == "\n") and (end == len(body) or body[end : end + 1] == "\n")


def _few_places(sheet: str) -> bool:
    names = [n.strip(" .") for n in sheet.split(",")]
    return sum(is_place(n) for n in names) * 5 < len(names)


def _team_sheets(body: str, cands: list[_Candidate]) -> None:
    """Surnames on a team sheet are players, though they stand alone and open no sentence a reader sees."""
    # (a substitution or a bench near it tells a team from a list of clubs: "Internazionale, Juventus, ...")
    found = list(_TEAM_SHEET.finditer(body))
    sheets = [
        (m.start(), m.end())
        for m in found
        if _SUBSTITUTION.search(m.group())
        or _BENCH.search(body, m.end(), m.end() + 300)
        or "subs" in body[max(0, m.start() - 20) : m.start()].lower()
    ]
    # Sheets whose labels the page lost ("Borders:", "Replacements:"): paragraphs that are nothing but a
    # list of names, two or more of them, few of whose names are places (not a table of clubs)
    bare = [m for m in found if _whole_paragraph(body, m.start(), m.end()) and _few_places(m.group())]
    if len(bare) >= 2:
        sheets = sorted({*sheets, *((m.start(), m.end()) for m in bare)})
    if not sheets:
        return
    for c in cands:
        if c.type is None and len(c.words) == 1 and _inside(sheets, c.start):
            c.titled = c.person_evidence = c.vouched = c.opening = True
            c.surname_word = False


def _listed_between_people(body: str, cands: list[_Candidate]) -> None:
    """ "Paolo Maldini, Cafu and Alessandro Costacurta": a lone name listed between two full names is a
    person too (a mononym: footballers, artists)."""
    for i in range(1, len(cands) - 1):
        a, c, b = cands[i - 1], cands[i], cands[i + 1]
        if (
            c.type is None
            and len(c.words) == 1
            and not c.surname_word
            and not fold(c.text).endswith(("group", "bank", "corp", "soft", "tel", "com"))  # "Citigroup"
            and all(o.type == "person" and len(o.words) > 1 and not o.doubtful for o in (a, b))
            and _LIST_JOIN.fullmatch(body, a.end, c.start)
            and _LIST_JOIN.fullmatch(body, c.end, b.start)
        ):
            c.person_evidence = c.vouched = c.opening = True


_CONTRIBUTED = re.compile(
    r"\bcontributed(?:[ \u00a0]+reporting)?[ \u00a0]+to[ \u00a0]+this[ \u00a0]+(?:report|story)\b"
)


def _vouch_credits_and_lists(body: str, cands: list[_Candidate], paragraphs: list[tuple[int, int]]) -> None:
    """A doubtful full name is a person in a credit line ("(Reporting by ... ; Editing by ...)", "By X and
    Y", "Photo: X/AFP") and when it is listed with a person ("Hanke Bruins Slot and Jaap de Hoop
    Scheffer")."""
    if not any(c.doubtful or (c.type is None and c.sentence_initial) for c in cands):
        return
    credits = [
        (s, e)
        for i, (s, e) in enumerate(paragraphs)
        if e - s < 400
        and not body[s:e].rstrip().endswith(("!", "?"))
        and (
            _BYLINE.match(body, s, s + 40)
            or _plain_byline(body, i, s, e)
            # "AP writers X at the UN, Y in Kyiv ... contributed to this report."
            or _CONTRIBUTED.search(body, s, e)
        )
    ]
    for i, c in enumerate(cands):
        if c.type is not None:
            continue
        if not c.doubtful:
            # "... on Monday. © Lena Brauer/dpa": a credit after a caption's full stop opens no sentence
            if (
                c.sentence_initial
                and len(c.words) > 1
                and CREDIT_BEFORE.search(body, max(0, c.start - 16), c.start)
            ):
                c.type, c.person_evidence = "person", True
            continue
        if (
            # "Kevin Lamarque/Reuters", "Photograph: Carl Whitmore/PA": a caption's credit names a person
            AGENCY_AFTER.match(body, c.end)
            or CREDIT_BEFORE.search(body, max(0, c.start - 16), c.start)
            or (
                (
                    FOR_OUTLET_AFTER.match(body, c.end) is not None
                    or _SLASH_DESK_AFTER.match(body, c.end) is not None
                )
                and (
                    body[c.start - 1 : c.start] == "("
                    or CREDIT_BEFORE.search(body, max(0, c.start - 16), c.start) is not None
                )
            )
            or any(s <= c.start < e for s, e in credits)
        ):
            c.type, c.doubtful, c.person_evidence = "person", False, True
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(cands):
                continue
            other = cands[j]
            a, b = (other, c) if j < i else (c, other)
            if (
                other.type == "person"
                and not other.doubtful
                and len(other.words) > 1
                and _LIST_JOIN.fullmatch(body, a.end, b.start)
            ):
                c.type, c.doubtful, c.person_evidence = "person", False, True
                break


def _titled_company_names(body: str, cands: list[_Candidate]) -> None:
    """ "General Acquisition Co" then "General Acquisition said": a title word that opens a company's name
    here is that company, not General Acquisition the officer."""
    orgs = {tuple(fold(w) for w in c.words): c for c in cands if c.type == "org" and len(c.words) > 2}
    if not orgs:
        return
    for c in cands:
        if not c.titled or c.canonical:
            continue
        title = _previous_word(body, c.start)
        key = (title, *(fold(w) for w in c.words))
        owner = next((o for words, o in orgs.items() if words[: len(key)] == key), None)
        if owner is not None:
            c.type, c.person_evidence, c.canonical = "org", False, owner.canonical or _display(owner.text)


_LIST_GAP = re.compile(r"\.?(,)?(?:[ \u00a0]+(and|or|&))?[ \u00a0]+")


def _listed_with_companies(body: str, cands: list[_Candidate]) -> None:
    """ "SpaceX, Blue Origin, Sierra Nevada Corp. and Ceres Robotics": a list holds one kind of thing, so a
    pair with no given name and no title, listed beside an organisation, is one too. A list is joined by
    "and"/"or" ("Andy Clarke, ERAA director" is an apposition), and holds at least as many organisations as
    people (artists listed with one band stay artists)."""
    chain: list[_Candidate] = []
    joined = False
    for k in range(len(cands) + 1):
        gap = _LIST_GAP.fullmatch(body, cands[k - 1].end, cands[k].start) if 0 < k < len(cands) else None
        if gap is not None:
            chain.append(cands[k])
            joined = joined or gap.group(2) is not None
            continue
        orgs = sum(c.type == "org" and not _is_acronym(c.text) for c in chain)  # "DMX" may be a rapper
        people = sum(c.type == "person" or c.unnamed for c in chain)
        if joined and orgs and orgs >= people:  # mostly companies
            for c in chain:
                if (
                    (c.type == "person" or (c.unnamed and c.type is None))
                    and not c.canonical
                    and not c.titled
                    and fold(c.words[0]) not in GIVEN_NAMES
                ):
                    c.type, c.person_evidence, c.doubtful, c.unnamed = "org", False, False, False
        chain = [cands[k]] if k < len(cands) else []
        joined = False


def _alias_split(body: str, run: list[_Token], table: AliasTable) -> list[tuple[list[_Token], bool]]:
    """Pull known aliases out of a longer run: "White House National Security Council" -> two entities.

    The flag is False here; title evidence is found later by `_split_run`.
    """
    if len(run) == 1 or table.max_words == 0:
        return [(run, False)]
    whole = table.get(body[run[0].start : run[-1].end])
    if whole:
        return [(run, False)]
    out: list[tuple[list[_Token], bool]] = []
    i = 0
    last = 0
    n = len(run)
    while i < n:
        matched = 0
        for width in range(min(table.max_words, n - i), 0, -1):
            if width == n:
                continue
            if table.get(body[run[i].start : run[i + width - 1].end]):
                matched = width
                break
        if matched and not (matched == 1 and (_inside_name(run, i) or _org_tail(run, i))):
            if last < i:
                out.append((run[last:i], False))
            out.append((run[i : i + matched], False))
            i += matched
            last = i
        else:
            i += 1
    if last < n:
        out.append((run[last:], False))
    return out


def _org_tail(run: list[_Token], i: int) -> bool:
    """A one-word alias after "Bank of", "Council for" ends an organisation's name ("Bank of Russia")."""
    return i >= 2 and fold(run[i - 1].text) in JOINERS and fold(run[i - 2].text) in ORG_SUFFIXES


def _inside_name(run: list[_Token], i: int) -> bool:
    """A one-word alias preceded by a given name is that person's surname ("Joe Biden"), not a split."""
    return (
        i > 0
        and not _is_title(run[i - 1])
        and fold(run[i - 1].text) not in DEMONYMS
        and run[i - 1].text[:1].isupper()
        and not _is_acronym(run[i - 1].text)
        and fold(run[i - 1].text) not in STOPWORDS
    )


def _resolve(
    cands: list[_Candidate], lower_words: set[str] | frozenset[str] = frozenset()
) -> tuple[list[Entity], list[Mention]]:
    # Full names (two words or more, or alias-canonical persons) define the people of the article.
    people: dict[str, str] = {}  # person key of any name word -> canonical full name
    full_names: dict[str, str] = {}  # canonical key -> display name
    # Surnames that speak or carry a title on their own ("said Scott") vouch for a doubtful full name.
    vouched = {
        _person_key(c.words[0])
        for c in cands
        if c.type is None and len(c.words) == 1 and (c.person_evidence or c.said_before) and not c.org_cue
    }
    for c in cands:
        if c.doubtful and _person_key(c.words[-1]) in vouched:
            c.type, c.doubtful = "person", False
    _own_surnames(cands)
    _companies_named_in_full(cands)
    firsts = {
        _person_key(c.words[0]) for c in cands if c.type == "person" and len(c.words) > 1 and not c.royal
    }
    for c in cands:
        if c.royal and _person_key(c.words[1]) in firsts:
            # "Prince Faisal" after "Prince Faisal bin Farhan": the fuller name
            name = c.words[1]
            c.start, c.text, c.words, c.type, c.royal = c.end - len(name), name, [name], None, False
    for c in cands:
        if c.doubtful and c.unnamed and c.type is None:
            c.type = "person"  # tentative: see Mention.tentative

    for c in cands:
        if c.type == "person":
            name = c.canonical or c.text
            key = _name_key(name)
            if key not in full_names or len(name) > len(full_names[key]):
                full_names[key] = name
    # "Von der Leyen" (sentence-initial particle) or "bin Salman" is the tail of a longer name here.
    longest_with_tail: dict[str, str] = {}
    for key in full_names:
        words = key.split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if len(key) > len(longest_with_tail.get(tail, "")):
                longest_with_tail[tail] = key
    for key in list(full_names):
        if key in longest_with_tail:
            full_names[key] = full_names[longest_with_tail[key]]
    # Map each word of a full name to it (last name first so that surnames win over first names).
    shared: dict[str, set[str]] = {}
    middles: dict[str, str] = {}  # a middle word of a longer name: a Spanish paternal surname
    for key, name in full_names.items():
        # Initials ("S", "S.") stand for no one on their own.
        words = [
            w
            for w in name.split()
            if w.lower() not in PARTICLES
            and len(w.rstrip(".")) > 1
            and w.rstrip(".").lower() not in _SUFFIXES
        ]
        if not words:
            continue
        for w in (words[-1], words[0]) if len(words) > 1 else (words[0],):
            if w is not words[-1] and fold(w) in TITLE_WORDS:
                continue  # "Prince Charles": "Prince" alone is not him
            people.setdefault(_person_key(w), key)
        if len(words) > 1:
            people[_person_key(words[-1])] = key
            shared.setdefault(_person_key(words[-1]), set()).add(name)
        for w in words[1:-1]:
            if w[:1].isupper() and len(w) > 2 and fold(w) not in TITLE_WORDS:
                middles.setdefault(_person_key(w), key)  # "Juan Lechin Oquendo ... Lechin, 83,"

    surnames = {_person_key(_surname(name)): key for key, name in full_names.items() if len(name.split()) > 1}
    for key, name in full_names.items():
        first = name.split()[0]
        if len(name.split()) == 2 and family_name_first(first):
            surnames.setdefault(_person_key(first), key)  # "Gao Jianming ... Gao said" (not Gao, Mali)
    # Where each person is named in full, so that a surname two people share ("Blair" for Tony and Cherie
    # Blair) goes to the one named last before it.
    named_at: list[tuple[int, str]] = sorted(
        (c.start, full_names[_name_key(c.canonical or c.text)]) for c in cands if c.type == "person"
    )

    written_mid_sentence = {tuple(c.words) for c in cands if not c.sentence_initial}
    # A word typed as an organisation once ("Paris-based Euronext") is that organisation when it speaks later.
    org_words = {
        fold(c.text): c.canonical or c.text
        for c in cands
        if len(c.words) == 1 and (c.type == "org" or (c.type is None and c.org_cue and not c.titled))
    }
    lone_people = {
        _person_key(c.words[0]) for c in cands if len(c.words) == 1 and (c.vouched or c.titled or c.gender)
    }
    mentions: list[Mention] = []
    for c in cands:
        if c.type == "person":
            key = _name_key(c.canonical or c.text)
            # A shorter full form ("Volodymyr Zelenskyy" vs alias) folds into the longest known form.
            mentions.append(Mention(c.start, c.end, full_names[key], "person"))
            continue
        if (
            c.type == "place"
            and len(c.words) == 1
            and not c.after_preposition
            and (_person_key(c.words[0]) in surnames or _person_key(c.words[0]) in middles)
        ):
            # "Charles Blackburn ... Blackburn said", "Javier Nogales Iturri ... Nogales said": the surname of
            # someone named here, not the town
            owner = surnames.get(_person_key(c.words[0])) or middles[_person_key(c.words[0])]
            mentions.append(Mention(c.start, c.end, full_names[owner], "person"))
            continue
        if (
            c.type == "org"
            and len(c.words) == 1
            and fold(c.text) in SINGLE_ORGS
            and _person_key(c.words[0]) in surnames
            and fold(full_names[surnames[_person_key(c.words[0])]].split()[0]) in GIVEN_NAMES
        ):
            # "Association president Ulrich Wagner ... Wagner said": the man named in full, not the group
            mentions.append(Mention(c.start, c.end, full_names[surnames[_person_key(c.words[0])]], "person"))
            continue
        if c.type in ("org", "place"):
            mentions.append(Mention(c.start, c.end, c.canonical or _display(c.text), c.type))
            continue
        if len(c.words) > 1:
            key = _name_key(c.text)
            if key in full_names:
                mentions.append(Mention(c.start, c.end, full_names[key], "person"))
            continue
        # A single word: a surname or first name of someone named in full here, or evidence of a person.
        pkey = _person_key(c.words[0])
        if len(shared.get(pkey, ())) > 1:
            owners = shared[pkey]
            if c.gender is not None:
                other = "f" if c.gender == "m" else "m"
                owners = {n for n in owners if gender(n) != other} or owners
            mentions.append(Mention(c.start, c.end, _nearest_named(named_at, owners, c.start), "person"))
        elif pkey in people:
            mentions.append(Mention(c.start, c.end, full_names[people[pkey]], "person"))
        elif c.surname_word:
            continue
        elif pkey in middles and (c.person_evidence or c.titled):
            mentions.append(Mention(c.start, c.end, full_names[middles[pkey]], "person"))
        elif (c.person_evidence or c.titled or c.said_before) and (
            owner := _misspelt_surname(fold(c.words[0]), c.gender, full_names)
        ):
            # "David Monteith ... said Montieth": a typo of the surname of someone named in full
            mentions.append(Mention(c.start, c.end, full_names[owner], "person"))
        elif fold(c.text) in org_words:
            mentions.append(Mention(c.start, c.end, org_words[fold(c.text)], "org"))
        elif c.org_cue:
            mentions.append(Mention(c.start, c.end, c.text, "org"))
        elif (
            c.person_evidence
            and (not c.sentence_initial or tuple(c.words) in written_mid_sentence or c.opening)
            and (c.titled or fold(c.words[0]) not in lower_words)  # "Coal said", "Trust": common nouns
        ):
            # A lone word that only speaks ("Boeing says", "Datamonitor said"), never titled, given an
            # honorific or anything else only a person has, is a company or body far more often than a
            # surname named nowhere in full
            person = pkey in lone_people or is_given_name(c.words[0])
            mentions.append(Mention(c.start, c.end, c.text, "person" if person else "org"))
    strong = {
        full_names[_name_key(c.canonical or c.text)] for c in cands if c.type == "person" and not c.doubtful
    }
    mentions = [
        Mention(m.start, m.end, m.name, "person", tentative=True)
        if m.type == "person" and m.name in full_names.values() and m.name not in strong
        else m
        for m in mentions
    ]
    return _merge(mentions), mentions


def _companies_named_in_full(cands: list[_Candidate]) -> None:
    """A pair taken for a person is the company when the article also writes it with a company's ending
    ("Jardine Matheson Holdings Ltd", "Phelps Dodge Corp" then "Jardine Matheson", "Phelps Dodge"), unless
    a title vouches for it somewhere ("Mr Phelps Dodge")."""
    things = {tuple(fold(w) for w in c.words) for c in cands if c.named_thing}
    orgs = {tuple(fold(w) for w in c.words) for c in cands if c.type == "org" and len(c.words) > 1}
    described = {tuple(fold(w) for w in c.words) for c in cands if c.described}
    # A name typed both ways is the company only where the company reading is at least as frequent
    # ("Laura Ashley, which ..." once, "Laura Ashley said" once), not "Mario Gabelli, head of investment firm
    # Mario Gabelli and Co" then "Gabelli said" three times.
    votes: dict[tuple[str, ...], int] = {}
    for c in cands:
        if len(c.words) > 1 and c.canonical is None:
            k = tuple(fold(w) for w in c.words)
            votes[k] = votes.get(k, 0) + (1 if c.type == "org" else -1 if c.type == "person" else 0)
    speaking_surnames = {
        fold(c.words[0]) for c in cands if len(c.words) == 1 and (c.person_evidence or c.said_before)
    }
    prefixes = {o[:k] for o in orgs for k in range(1, len(o)) if len(o) > 2 or k == 1}
    incorporated = {o[:-1] for o in orgs if len(o) > 2 and o[-1] in _COMPANY_FORMS}
    full_surnames = {fold(c.words[-1]) for c in cands if c.type == "person" and len(c.words) > 1}
    titled = {tuple(fold(w) for w in c.words) for c in cands if c.titled}
    # "Eli Lilly and Co said ... Lilly said": a company named after a founder, then its founder's surname
    founders = {
        fold(c.words[1]): c.text
        for c in cands
        if c.type == "org"
        and len(c.words) == 2
        and is_given_name(c.words[0])
        and fold(c.words[1]) not in full_surnames
    }
    for c in cands:
        if c.canonical is not None or c.titled:
            continue
        key = tuple(fold(w) for w in c.words)
        if key in titled:
            continue
        if key in things and c.type == "person":
            c.type = None  # "Walter Reed" after "Walter Reed hospital"
        elif (
            key in orgs
            and len(key) > 1
            and (c.type == "person" or c.unnamed)
            and (
                votes.get(key, 0) > 0
                or (votes.get(key, 0) == 0 and key[-1] not in speaking_surnames)
                or key in described
            )
        ):
            # "Laura Ashley, which ..." then "Laura Ashley said": one company, however each mention reads
            c.type, c.person_evidence, c.org_cue, c.doubtful, c.unnamed = "org", False, True, False, False
        elif len(key) == 1 and key[0] in founders and c.type in ("person", None):
            c.type, c.person_evidence, c.org_cue, c.canonical = "org", False, True, founders[key[0]]
        elif key in prefixes and (c.type == "person" or c.unnamed or (len(key) == 1 and c.type is None)):
            if key[0] in GIVEN_NAMES and key not in incorporated:
                # "Robert Kilroy-Silk Party", "Johnny Carson Theater": named after the person (but "Sara Lee
                # said" after "Sara Lee Corp" is the company by its short name)
                continue
            if len(key) == 1 and key[0] in full_surnames and key[0] in speaking_surnames:
                continue  # "Martin T. Sosnoff ... Sosnoff said", his "Sosnoff Capital Corp" apart
            c.type, c.person_evidence, c.org_cue = "org", False, True


def _own_surnames(cands: list[_Candidate]) -> None:
    """A lone surname that the alias table gives to a well-known person ("Kuleba" for Dmytro Kuleba) is the
    person written in full here with that surname ("Mykola Kuleba") when the known one is never named in
    full: the article is about someone else of that name."""
    written: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "person" and len(c.words) > 1:
            name = c.canonical or c.text
            written.setdefault(_person_key(name.split()[-1]), set()).add(name)
    if not written:
        return
    full_keys = {_name_key(n) for names in written.values() for n in names}
    for c in cands:
        if c.type != "person" or len(c.words) != 1 or not c.canonical or _name_key(c.canonical) in full_keys:
            continue
        owners = written.get(_person_key(c.words[0]), set()) - {c.canonical}
        if len(owners) == 1:
            c.canonical = next(iter(owners))


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "James P. Kennedy Jr.": Kennedy is the surname


def _surname(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".").lower() in _SUFFIXES:
        words.pop()
    return words[-1]


def _nearest_named(named_at: list[tuple[int, str]], owners: set[str], pos: int) -> str:
    """The owner of a shared surname named in full most recently before `pos`, else the first named after."""
    k = bisect_left(named_at, (pos, ""))
    for i in range(k - 1, -1, -1):
        if named_at[i][1] in owners:
            return named_at[i][1]
    return next((name for _, name in named_at[k:] if name in owners), min(owners))


def _name_key(name: str) -> str:
    """Persons with the same given name and transliterated surname are one: Zelenskyy/Zelensky."""
    words = [w for w in name.split() if w.lower() not in PARTICLES]
    return " ".join(_person_key(w) for w in words)


def _display(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _merge(mentions: list[Mention]) -> list[Entity]:
    """One entity per (type, canonical name), most mentioned first."""
    by_key: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        by_key.setdefault((m.type, fold(m.name)), []).append(m)
    out: list[Entity] = []
    for (_etype, _k), ms in by_key.items():
        # "WASHINGTON (Reuters)": a dateline's capitals are not the name's spelling.
        name = next((m.name for m in ms if not m.name.isupper()), ms[0].name)
        out.append(
            Entity(
                name=name,
                type=ms[0].type,
                mentions=len(ms),
                aliases=(),
                spans=tuple((m.start, m.end) for m in ms),
            )
        )
    out.sort(key=lambda e: (-e.mentions, e.name))
    return out


def extract_entities(body: str, aliases: Sequence[Alias] | AliasTable) -> list[Entity]:
    """Entities with their surface forms as `aliases`."""
    entities, mentions = find_mentions(body, aliases)
    return [with_surface_forms(body, e) for e in without_tentative(entities, mentions)]


def without_tentative(
    entities: list[Entity], mentions: list[Mention], spoken: set[str] | frozenset[str] = frozenset()
) -> list[Entity]:
    """The entities less the tentative people (Mention.tentative) that are not among `spoken`, the names
    the quotes found speaking."""
    tentative = {m.name for m in mentions if m.tentative} - spoken
    return [e for e in entities if not (e.type == "person" and e.name in tentative)]


def with_surface_forms(body: str, e: Entity) -> Entity:
    forms: list[str] = []
    for s, t in e.spans:
        form = body[s:t]
        if form != e.name and form not in forms:
            forms.append(form)
    return Entity(e.name, e.type, e.mentions, tuple(forms), e.spans)


def with_credited(entities: list[Entity], credited: Sequence[str], table: AliasTable) -> list[Entity]:
    """The article's entities and the people its removed credit lines name, once each: a byline author
    who is also named in the body is not listed twice, and "Quinn said" in the body is the credited Jimmy
    Quinn."""
    if not credited:
        return entities
    out = list(entities)
    for name in credited:
        hit = table.get(name)
        canonical = hit[0] if hit and hit[1] == "person" else name
        key = fold(canonical)
        if any(e.type == "person" and fold(e.name) == key for e in out):
            continue
        surname = key.split()[-1]
        lone = next((e for e in out if e.type == "person" and fold(e.name) == surname), None)
        if lone is not None:
            out[out.index(lone)] = Entity(canonical, "person", lone.mentions, lone.aliases, lone.spans)
        else:
            out.append(Entity(canonical, "person", 1, (), ()))
    return out
