from __future__ import annotations

import json

import pytest
from annotation_scores import HELDOUT, aliases, detailed, scores
from ukr_tui.corpus.extract import extract
from ukr_tui.corpus.model import Extraction


def people(text: str) -> list[str]:
    return [e.name for e in extract(text, aliases()).entities if e.type == "person"]


def entity(text: str, name: str):
    return next(e for e in extract(text, aliases()).entities if e.name == name)


def test_annotated_people_f1_and_no_duplicates() -> None:
    result = scores()
    assert result["people_f1"] >= 0.95
    assert result["people_duplicates"] == 0


def test_surface_forms_of_one_person_merge() -> None:
    text = (
        "President Volodymyr Zelenskyy spoke on Monday. Zelensky's aides said Zelensky would travel. "
        "Zelenskiy later confirmed it."
    )
    assert people(text) == ["Volodymyr Zelensky"]
    assert entity(text, "Volodymyr Zelensky").mentions == 4


def test_us_forms_and_kiev_fold_into_one_place() -> None:
    text = "The United States and the U.S. Congress agreed. US officials flew to Kiev, then to Kyiv again."
    ex = extract(text, aliases())
    places = {e.name: e.mentions for e in ex.entities if e.type == "place"}
    assert places["United States"] == 3
    assert places["Kyiv"] == 2


def test_titles_are_cut_off_names() -> None:
    text = (
        "CIA Director Gina Smithfield met Secretary of State Paul Ardent and European Commission President "
        "Ursula von der Leyen. National security adviser Tom Brackett joined."
    )
    assert set(people(text)) == {"Gina Smithfield", "Paul Ardent", "Ursula von der Leyen", "Tom Brackett"}
    orgs = {e.name for e in extract(text, aliases()).entities if e.type == "org"}
    assert {"CIA", "European Commission"} <= orgs


def test_surname_merges_into_full_name_in_same_article() -> None:
    text = "Jake Sullivan spoke first. Later, Sullivan said talks would continue, and Sullivan left."
    e = entity(text, "Jake Sullivan")
    assert e.mentions == 3 and e.type == "person"
    assert people(text) == ["Jake Sullivan"]


def test_sentence_initial_words_places_and_platforms_are_not_people() -> None:
    text = (
        "Skyrocketing prices hurt. Approached for comment, nobody answered. According to sources, Kyiv "
        "posted on Twitter and Telegram. Several Western diplomats in Brussels agreed."
    )
    assert people(text) == []
    typed = {e.name: e.type for e in extract(text, aliases()).entities}
    assert typed["Kyiv"] == "place" and typed["Twitter"] == "org" and typed["Brussels"] == "place"


def test_names_are_neither_cut_nor_glued() -> None:
    text = "A rally in Albuquerque. (Kevin Lamarque/Reuters) Crown Prince Mohammed bin Salman hosted them."
    names = set(people(text))
    assert names == {"Kevin Lamarque", "Mohammed bin Salman"}
    assert "Reuters" in {e.name for e in extract(text, aliases()).entities if e.type == "org"}


def test_org_patterns_and_acronyms() -> None:
    text = (
        "The Ukraine Defense Contact Group met at the Pentagon. The National Security Council and the "
        "State Department briefed NATO and the Ministry of Defence."
    )
    orgs = {e.name for e in extract(text, aliases()).entities if e.type == "org"}
    assert {
        "Ukraine Defense Contact Group",
        "Pentagon",
        "National Security Council",
        "US State Department",
        "NATO",
        "Ministry of Defence",
    } <= orgs


def test_spans_point_at_the_mentions() -> None:
    text = "Talks in Kyiv. Olaf Scholz and Scholz's team."
    e = entity(text, "Olaf Scholz")
    assert [text[a:b] for a, b in e.spans] == ["Olaf Scholz", "Scholz"]


def test_ten_thousand_capitalised_words_in_a_row_finish() -> None:
    text = " ".join(["Alpha", "Bravo", "Charlie", "Delta"] * 2500)
    ex = extract(text, aliases())
    assert isinstance(ex.entities, tuple)


def test_datelines_and_bylines() -> None:
    text = (
        "WASHINGTON (Reuters) - White House spokesman John Kirby said Washington would decide soon.\n\n"
        "Reporting by Trevor Hunnicutt and Steve Holland; Editing by Grant McCool"
    )
    ex = extract(text, aliases())
    assert {e.name for e in ex.entities if e.type == "person"} == {
        "John Kirby",
        "Trevor Hunnicutt",
        "Steve Holland",
        "Grant McCool",
    }
    (washington,) = [e for e in ex.entities if e.type == "place"]
    assert washington.name == "Washington" and washington.mentions == 2


def test_title_case_headline_names_need_backing_from_the_body() -> None:
    text = "Biden Admin Pressures Ukraine to Signal Openness to Talks: Report\n\nThe talks went on."
    assert people(text) == ["Joe Biden"]


def test_thousands_of_distinct_names_finish() -> None:
    # Every person merge is by dictionary look-up, never by comparing all pairs of names.
    letters = "abcdefghij"
    names = [
        f"Ka{letters[i % 10]}{letters[i // 10 % 10]}{letters[i // 100 % 10]} "
        f"Lo{letters[i // 1000 % 10]}{letters[i % 7]}"
        for i in range(3000)
    ]
    ex = extract(" ".join(f"{n} said so." for n in names), aliases())
    assert len([e for e in ex.entities if e.type == "person"]) >= 2900


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "“",
        '"',
        "a" * 50_000,
        "Z" * 50_000,
        "“”",
        "$",
        "1" * 5000 + "%",
        ". . . .",
        "Mr.",
        "U.S." * 1000,
        "“ ”" * 1000,
        "’s",
        "O’",
        "von der",
        "The The The",
    ],
)
def test_degenerate_inputs_extract_and_round_trip(text: str) -> None:
    ex = extract(text, aliases())
    assert Extraction.from_dict(json.loads(json.dumps(ex.to_dict()))) == ex


def test_offices_with_of_and_numbered_groups() -> None:
    text = (
        "The G7 met. Chief of Staff Andriy Yermak and Chief of the General Staff Valery Gerasimov spoke; "
        "the Ministry of Foreign Affairs and the Wagner Group did not."
    )
    ex = extract(text, aliases())
    assert {e.name for e in ex.entities if e.type == "person"} == {"Andriy Yermak", "Valery Gerasimov"}
    orgs = {e.name for e in ex.entities if e.type == "org"}
    assert {"G7", "Ministry of Foreign Affairs", "Wagner Group"} <= orgs


def test_outlet_and_pollster_cues_are_organisations() -> None:
    text = (
        "Mykola Bondar told the Kyiv Daily Star news site he would resign. "
        "A new Ipsara poll found 40% agreed. "
        "Novinex reported that the talks had ended."
    )
    ex = extract(text, aliases())
    assert [e.name for e in ex.entities if e.type == "person"] == ["Mykola Bondar"]
    orgs = {e.name for e in ex.entities if e.type == "org"}
    assert {"Ipsara", "Novinex"} <= orgs


def test_surname_that_reports_stays_a_person() -> None:
    text = "Reporter Jana Smolna wrote the story. Smolna reported that the talks had ended."
    assert people(text) == ["Jana Smolna"]


def test_products_and_the_hague_are_not_people() -> None:
    text = (
        "Its Nova Zen players sold well, and the Nova Zen Micro is due in summer. "
        "Speaking in The Hague, the minister said allies would meet. Bruno Vidal said so."
    )
    assert people(text) == ["Bruno Vidal"]


def test_particle_names_ing_titles_and_the_given_name_film() -> None:
    text = (
        "Jaap de Hoop Scheffer spoke first, and the de facto leader agreed. "
        "The film is Finding Neverland, and the Mike Leigh drama came second."
    )
    assert set(people(text)) == {"Jaap de Hoop Scheffer", "Mike Leigh"}


def test_photo_credit_names_the_photographer_not_the_agency() -> None:
    text = "Talks resumed on Monday.\n\n(Photo: Anna Kovac/AFP via Getty Images)\n\nThey ended late."
    assert people(text) == ["Anna Kovac"]


def test_party_and_state_of_a_lawmaker_is_not_a_name() -> None:
    text = "Sen. Jane Hollis, D-N.H., and Rep. Tom Avery, R-S.C., wrote to the president."
    assert set(people(text)) == {"Jane Hollis", "Tom Avery"}


def test_initial_with_a_dot_and_a_place_before_a_role_word() -> None:
    text = (
        "Former Italy captain Marco Bellini agreed. Foreign Minister R. Kumaran told a conference in Delhi "
        "that talks would go on. Kumaran said so twice."
    )
    assert set(people(text)) == {"Marco Bellini", "R. Kumaran"}


def test_round_two_held_out_people() -> None:
    # Scored blind once each (see the commit messages); kept as a floor so later changes do not regress.
    result = detailed(HELDOUT)
    assert result["people_f1"] >= 0.95
    assert result["people_duplicates"] == 0


def test_according_to_one_word_is_an_outlet_unless_a_surname_here() -> None:
    text = "According to Novinex, the talks ended. Dmytro Lubinets spoke. According to Lubinets, 20 returned."
    ex = extract(text, aliases())
    assert [(e.name, e.type) for e in ex.entities] == [("Dmytro Lubinets", "person"), ("Novinex", "org")]


def test_outlets_told_at_a_clause_end_and_firms_with_its_are_not_people() -> None:
    text = (
        "Two officials told Al Jazeera. Goldman Sachs raised its forecast. Jane Foster said so. "
        "Nordic Capital analysts agreed. The minister told MPs."
    )
    ex = extract(text, aliases())
    assert [e.name for e in ex.entities if e.type == "person"] == ["Jane Foster"]
    orgs = {e.name for e in ex.entities if e.type == "org"}
    assert {"Al Jazeera", "Goldman Sachs", "Nordic Capital"} <= orgs and "MPs" not in orgs


def test_a_bare_initial_after_a_title_opens_a_name() -> None:
    text = "India's External Affairs Minister S Jaishankar spoke. A Digital Britain report said so."
    assert people(text) == ["S Jaishankar"]


def test_arabic_article_names_and_organisations_introduced_by_a_noun() -> None:
    text = (
        "Lolwah al-Khater, Qatar's minister of state, spoke. Mykola Kuleba, who runs the charity Save "
        "Ukraine, said so. Producer Jon Thoday agreed, as did the energy company Naftogaz Group."
    )
    found = {(e.name, e.type) for e in extract(text, aliases()).entities}
    assert {("Lolwah al-Khater", "person"), ("Mykola Kuleba", "person"), ("Jon Thoday", "person")} <= found
    assert not any(t == "person" and "Ukraine" in n for n, t in found)


def test_council_on_foreign_relations_names_no_one() -> None:
    assert people("Piotr Buras, of the European Council on Foreign Relations, said so.") == ["Piotr Buras"]


def test_a_name_after_a_preposition_is_a_person_when_its_surname_speaks() -> None:
    text = 'Greene finished second to Leonard Scott. "I ran my race perfectly," said Scott.'
    assert "Leonard Scott" in people(text)


def test_a_surname_two_people_share_goes_to_the_one_named_last() -> None:
    text = (
        "Tony Blair spoke first. Blair said the law was clear. Philippe Sands, a member of Cherie Blair's "
        "chambers, disagreed. Later, Mr Blair said he stood by it."
    )
    blairs = {e.name: e.mentions for e in extract(text, aliases()).entities if "Blair" in e.name}
    assert blairs == {"Tony Blair": 2, "Cherie Blair": 2} or blairs["Tony Blair"] >= 2


def test_based_and_owned_companies_born_people() -> None:
    text = (
        "Paris-based Euronext said it would bid. Euronext said so again. Dutch-born Anton Corbijn said "
        "he agreed, and state-owned Rosneft said nothing."
    )
    found = {(e.name, e.type) for e in extract(text, aliases()).entities}
    assert ("Euronext", "org") in found and ("Rosneft", "org") in found
    assert ("Anton Corbijn", "person") in found and not any(
        n == "Euronext" and t == "person" for n, t in found
    )


def test_regnal_numbers_after_a_title_or_a_given_name_only() -> None:
    text = "Pope Leo XIV met Richard Jones. Richard III was staged; Doom III sold well, said Tom Hall."
    assert sorted(people(text)) == ["Leo XIV", "Richard III", "Richard Jones", "Tom Hall"]


def test_what_an_anonymous_source_tells_is_an_outlet() -> None:
    text = "A Turkish diplomatic source told Al Arabiya that Ankara had shared a draft. Elif Demir said so."
    ex = extract(text, aliases())
    assert [e.name for e in ex.entities if e.type == "person"] == ["Elif Demir"]


def test_bylines_apposed_first_names_and_chief_executives() -> None:
    text = (
        "Europe Weighs Defense Bill as Allies Rearm\n\nBy Natalia Drozdiak and Alberto Nardelli\n\n"
        "Her daughter, Iryna, waited. Chief Executive Patrick Pouyanné said so."
    )
    assert sorted(people(text)) == ["Alberto Nardelli", "Iryna", "Natalia Drozdiak", "Patrick Pouyanné"]


def test_a_byline_without_by_under_the_headline_names_people() -> None:
    text = (
        "Qatar Brokers Return of Children as Kyiv Accuses Moscow\n\n"
        "Dan Sabbagh in Kyiv and Pjotr Sauer\n\n"
        "Nineteen children have been returned to their families."
    )
    assert sorted(people(text)) == ["Dan Sabbagh", "Pjotr Sauer"]


def test_a_role_in_apposition_and_a_credit_line_vouch_for_a_full_name() -> None:
    text = (
        "In Kyiv he held talks with Iryna Mudra, deputy head of the presidential office.\n\n"
        "--With assistance from Milda Seputyte."
    )
    assert sorted(people(text)) == ["Iryna Mudra", "Milda Seputyte"]


def test_republic_of_is_no_title_and_management_ends_a_company() -> None:
    text = (
        "Senior envoys from Egypt, Uganda and the Republic of Congo attended. Sovcomflot and Gatik Ship "
        "Management have already been sanctioned."
    )
    assert people(text) == []
    assert entity(text, "Gatik Ship Management").type == "org"


def test_reinsurers_bank_of_a_country_and_capitalised_company_shapes_are_not_people() -> None:
    text = (
        "He said Hanover Re and Ascot had cut their capacity. The Bank of Russia said it would respond. "
        "People close to the government said De Wever's adviser, JPMorgan, had warned about the rating."
    )
    assert "Hanover Re" not in people(text) and "JPMorgan" not in people(text)
    assert entity(text, "Bank of Russia").type == "org"


@pytest.mark.parametrize("word", ["A", "An", "The", "This", "One", "Another", "Each"])
def test_a_determiner_before_a_pollster_cue_is_no_organisation(word: str) -> None:
    text = f"Talks resumed. {word} poll published on Thursday found that 41% of respondents backed a deal."
    assert [e.name for e in extract(text, aliases()).entities] == []


def test_an_article_before_a_title_case_phrase_makes_no_person() -> None:
    text = "He starred in A Beautiful Mind. The film was A Different Story, critics said."
    assert people(text) == []


def test_a_plural_camel_case_word_names_products_not_a_company() -> None:
    text = 'Music fans love them. "IPods and MP3 players are becoming mainstream," said Lee Rainie.'
    assert [(e.name, e.type) for e in extract(text, aliases()).entities if e.type == "org"] == []


def test_a_reflexive_picks_the_owner_of_a_shared_surname() -> None:
    text = (
        "Rock star Ozzy Osbourne quit the show. Sharon Osbourne is a judge on another. "
        "Osbourne himself was at a loss to explain it."
    )
    e = entity(text, "Ozzy Osbourne")
    assert (text.rindex("Osbourne himself"), text.rindex("Osbourne himself") + 8) in e.spans


def test_a_given_name_that_is_also_a_place_still_names_a_person() -> None:
    assert "Florence Tan" in people("(Additional reporting by Florence Tan in Singapore)")
    assert "Jordan Bardella" in people("Jordan Bardella said the vote was lost.")
    assert "Florence" not in people("He flew to Florence on Monday.")


def test_a_known_surname_goes_to_the_namesake_written_in_full() -> None:
    text = (
        "Save Ukraine was founded by Mykola Kuleba, a former children's ombudsman. Kuleba says his charity "
        "has brought back more than 700 children."
    )
    assert people(text) == ["Mykola Kuleba"]


def test_a_word_that_stops_names_can_end_one_after_a_given_name() -> None:
    """Found reading BBC quotes: "Sir Andrew Green" was no one, so his quote went to the role before him."""
    text = (
        '"The numbers are far too high," the chairman of Migration Watch UK, Sir Andrew Green, said. '
        "Oliver North spoke later. The Green Party and North Korea were mentioned; George Street was shut."
    )
    ex = extract(text, aliases())
    people = {e.name for e in ex.entities if e.type == "person"}
    assert people == {"Andrew Green", "Oliver North"}
    assert [q.speaker for q in ex.quotes] == ["Andrew Green"]


def test_a_hyphenated_descriptor_is_not_part_of_the_name() -> None:
    text = '"It was a shock," said Oscar-winner Andrea Arnold. Nobel-winning Dmitry Muratov spoke too.'
    ex = extract(text, aliases())
    assert {e.name for e in ex.entities if e.type == "person"} == {"Andrea Arnold", "Dmitry Muratov"}
    assert [q.speaker for q in ex.quotes] == ["Andrea Arnold"]
    listed = extract("Sydney-listed Virgin Blue said profits fell.", aliases())
    assert [(e.name, e.type) for e in listed.entities] == [("Virgin Blue", "org")]


def test_a_body_then_a_full_name_the_lists_lack_splits_where_the_speaker_starts() -> None:
    """Found in blind round 56 (a Reuters coffee wire): the institute's name and its president's were one
    "person", so his two quotes went to "Coffee Institute Jorio Dauster"."""
    text = "However, the President of the Brazilian Coffee Institute Jorio Dauster told Reuters it was hard."
    assert people(text) == ["Jorio Dauster"]
    # a word the text also writes in lower case is part of the body's name
    text = (
        "Mark Sladkus, publisher of Morgan Stanley Capital International Perspective, said international "
        "trade grew."
    )
    assert people(text) == ["Mark Sladkus"]


def test_where_people_work_is_an_organisation_with_the_kind_of_firm_between() -> None:
    text = '"We are back," Mark Brett, economist at securities house Barclays de Zoete Wedd said.'
    assert people(text) == ["Mark Brett"]
    assert entity(text, "Barclays de Zoete Wedd").type == "org"


def test_a_name_its_initials_follow_is_a_body_or_a_measure() -> None:
    text = (
        "The OECD measure, the Producer Subsidy Equivalent, PSE, rose. Officials of U.S. Wheat Associates "
        "and Cie Francaise Des Petroles met Airbus Industrie."
    )
    assert people(text) == []


def test_a_nationality_before_a_company_name_describes_it() -> None:
    text = (
        "The European Airbus Industrie consortium met the Russian Defense Ministry, the European Central "
        "Bank and Canadian Pacific Ltd."
    )
    orgs = {e.name for e in extract(text, aliases()).entities if e.type == "org"}
    want = {"Airbus Industrie", "Russian Defense Ministry", "European Central Bank", "Canadian Pacific Ltd"}
    assert want <= orgs


def test_a_capitalised_nickname_between_the_names_is_no_part_of_them() -> None:
    """Found in blind round 55 (BBC): 'Antonio "LA" Reid' was only "Reid"."""
    assert people('Antonio "LA" Reid, chairman of the label, said so.') == ["Antonio Reid"]


def test_a_real_name_given_after_a_stage_name_is_the_same_person() -> None:
    text = "Jay-Z, real name Shawn Carter, said so. Elton John (born Reginald Dwight) sang. Jay-Z left."
    ex = extract(text, aliases())
    assert [(e.name, e.aliases) for e in ex.entities if e.type == "person"] == [
        ("Jay-Z", ("Shawn Carter",)),
        ("Elton John", ("Reginald Dwight",)),
    ]


def test_given_names_that_open_the_one_full_name_are_that_person() -> None:
    text = (
        'Former world number one Juan Carlos Ferrero insists he can get back. "I will be the same Juan '
        'Carlos as I was before," he said.'
    )
    assert people(text) == ["Juan Carlos Ferrero"]


def test_given_names_then_a_surname_that_is_a_title_word() -> None:
    text = "The death of Martin Luther King saw it postponed. Billie Jean King won."
    assert sorted(people(text)) == ["Billie Jean King", "Martin Luther King"]


def test_credits_of_the_shapes_outlets_print() -> None:
    """Found in blind written round 46: a Washington Post and an NYT photo credit, DW's and Ukrainska
    Pravda's bylines, Meduza's "Story by ... Translation by ...", AP's contributors line."""
    text = (
        "Talks stall as envoys meet\n\n"
        "Tetiana Hordiienko — Friday, 14 November, 16:47\n\n"
        "Jonas Feldmann | Kateryna Voloshyna\n\n"
        "Story by Yevgenia Lapshina. Translation by Daniel Roebuck.\n\n"
        "The president spoke to reporters in Kyiv on Thursday. (Marta Levchuk for The Washington Post)\n\n"
        "Ministers arriving in Brussels. Credit...Piet Van Donck for The New York Times\n\n"
        "The talks ended without a deal.\n\n"
        "Associated Press writers Marta Kowalczyk at the United Nations, Yuliia Tkach in Kyiv, Ukraine, and "
        "Jonas Ebner in Berlin contributed to this report.\n"
    )
    assert sorted(people(text)) == [
        "Daniel Roebuck",
        "Jonas Ebner",
        "Jonas Feldmann",
        "Kateryna Voloshyna",
        "Marta Kowalczyk",
        "Marta Levchuk",
        "Piet Van Donck",
        "Tetiana Hordiienko",
        "Yevgenia Lapshina",
        "Yuliia Tkach",
    ]


def test_a_particle_in_a_name_is_no_place() -> None:
    assert people("The actor Jean-Claude Van Damme and Theo van Gogh were named. He flew to Van.") == [
        "Jean-Claude Van Damme",
        "Theo van Gogh",
    ]


def test_without_inside_a_name_makes_an_organisation() -> None:
    text = "Reporters Without Borders criticised it. Doctors Without Borders agreed. Without it, he ran."
    ex = extract(text, aliases())
    assert [(e.name, e.type) for e in ex.entities] == [
        ("Doctors Without Borders", "org"),
        ("Reporters Without Borders", "org"),
    ]


def test_spaced_initials_before_a_nickname_and_a_state_after_its_town() -> None:
    text = (
        'Chairman C. J. "Pete" Silas spoke. Charles Andrew, an analyst with Herold Inc of Greenwich, Conn '
        "said the value was high. Officials in Dallas, Tex. agreed."
    )
    ex = extract(text, aliases())
    assert sorted(e.name for e in ex.entities if e.type == "person") == ["C. J. Silas", "Charles Andrew"]
    assert {"Conn", "Tex"} <= {e.name for e in ex.entities if e.type == "place"}


def test_a_journalist_before_a_name_is_a_calling() -> None:
    assert people("Journalist Guillem Balague said so. Broadcaster Jane Hill agreed.") == [
        "Guillem Balague",
        "Jane Hill",
    ]


def test_credits_written_in_capitals_or_run_on_and_a_person_who_is_described() -> None:
    """Found in blind written round 49: AP's capitals, a BBC live page's editor line, DW's interviewee."""
    text = (
        "Ukraine and Russia swap 390 prisoners\n\n"
        "By IRYNA DOVZHENKO and MARK CALLOWAY\nAssociated Press\n\n"
        "Edited by Laura Whitcombe, with reporting from Daniel Okafor in Kyiv and Anna Petrescu in Rome\n\n"
        "DW's reporter spoke to Viktoriia Hordiienko, a volunteer who delivers generators to the front.\n"
    )
    assert sorted(people(text)) == [
        "Anna Petrescu",
        "Daniel Okafor",
        "Iryna Dovzhenko",
        "Laura Whitcombe",
        "Mark Calloway",
        "Viktoriia Hordiienko",
    ]


def test_a_bylines_desk_in_capitals_is_no_second_author() -> None:
    from ukr_tui.corpus.credits import credited_names

    assert credited_names("BY RICHARD H. CALLOWAY, OPINION CONTRIBUTOR", top=True) == ["Richard H. Calloway"]
    assert credited_names("UNITED NATIONS (AP) — The council met", top=True) == []


def test_an_inverted_said_is_no_given_name() -> None:
    text = 'Andy Williams joined Bath. Said Williams: "When this opportunity came, I did not think twice."'
    ex = extract(text, aliases())
    assert [e.name for e in ex.entities if e.type == "person"] == ["Andy Williams"]
    assert [q.speaker for q in ex.quotes] == ["Andy Williams"]


def test_a_possessive_inside_a_name_stays_in_it() -> None:
    """Found in blind round 69 (Reuters): "The People's Daily said" spoke as "Daily"."""
    text = "The People's Daily said a drought hit. The China Daily agreed. The People's Bank of China acted."
    orgs = {e.name for e in extract(text, aliases()).entities if e.type == "org"}
    assert {"People's Daily", "China Daily", "People's Bank of China"} <= orgs


def test_a_bodys_last_word_then_its_holders_name() -> None:
    """Found in blind round 70 (Reuters): "Industry Hajime Tamura", "Development Edward Streator"."""
    text = (
        "Minister of International Trade and Industry Hajime Tamura said so. The U.S. Ambassador to the "
        "Organisation for Economic Cooperation and Development Edward Streator said it too. Analysts of "
        "Drexel Burnham Lambert agreed, and San Miguel Corp did not."
    )
    assert sorted(people(text)) == ["Edward Streator", "Hajime Tamura"]


def test_an_abbreviated_saint_inside_a_name() -> None:
    text = "Rep. Fernand St. Germain said so. St. Germain added that he had flown to St. Louis."
    ex = extract(text, aliases())
    assert [e.name for e in ex.entities if e.type == "person"] == ["Fernand St. Germain"]
