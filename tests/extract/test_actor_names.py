"""Actor names: honorifics, party names and title words stay out of person names and make no
actors of their own; each party is one organisation whatever form names it. Each frame is
tested beside a person who must stay a person (needs the spaCy model). Names are invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsledger.extract.actors import build_actors
from tests.extract.test_extract import actor_named, actor_types, run

pytestmark = pytest.mark.slow


def _mentions(ex, name: str) -> list[str]:
    key = next(a.key for a in ex.actors if a.name == name)
    return sorted(m.text for m in ex.mentions if m.actor_key == key)


def test_an_honorific_is_neither_an_actor_nor_part_of_the_name(nlp) -> None:
    ex = run(nlp, "Club manager Sir Alex Morven backed the fans. Committee chairman Sir Archy Kellan said "
                  "the agency must improve. Dame Edna Varley agreed, and Sir Alex left early.")
    typed = actor_types(ex)
    assert "Sir" not in typed and "Dame" not in typed, typed
    for person in ("Alex Morven", "Archy Kellan", "Edna Varley"):
        assert typed.get(person) == "person", (person, typed)
    titles = {a.name: a.role_titles for a in ex.actors}
    assert titles["Alex Morven"] == ["manager"], titles
    assert "Sir Alex" in _mentions(ex, "Alex Morven") or "Alex" in _mentions(ex, "Alex Morven"), ex.mentions


def test_party_forms_are_one_political_organisation(nlp) -> None:
    ex = run(nlp, "The Tories said on Monday that the Conservative Party would cut taxes. The Lib Dems "
                  "and the Liberal Democrats' leader Ian Corran disagreed, and Labour said UKIP was wrong. "
                  "Tory leader Rob Hallam called the plan fair.")
    typed = actor_types(ex)
    for party in ("Conservative Party", "Liberal Democrats", "Labour Party", "UK Independence Party"):
        assert typed.get(party) == "organization", (party, typed)
    for form in ("Tories", "Lib Dems", "Labour", "UKIP", "Tory"):
        assert form not in typed, typed
    assert {"Tories", "Conservative Party"} <= set(_mentions(ex, "Conservative Party"))
    assert next(a for a in ex.actors if a.name == "Labour Party").country_code == "GBR"
    for person in ("Ian Corran", "Rob Hallam"):
        assert typed.get(person) == "person", (person, typed)


def test_party_and_portfolio_words_before_a_title_are_no_person(nlp) -> None:
    ex = run(nlp, "Lib Dem Home Affairs spokesman Mark Orrin said the law was rushed. Committee chairman "
                  "Labour MP Jean Corvey said the report was clear. Labour costs rose in March.")
    typed = actor_types(ex)
    assert "Lib Dem Home Affairs" not in typed and "Home Affairs" not in typed, typed
    assert typed.get("Liberal Democrats") == "organization", typed
    assert typed.get("Mark Orrin") == "person", typed
    assert typed.get("Jean Corvey") == "person", typed
    assert "Labour MP" not in typed, typed
    assert _mentions(ex, "Labour Party") == ["Labour"], ex.mentions  # not 'Labour costs'


def test_a_lone_word_qualifying_a_noun_is_no_person_unless_a_named_person_has_it(nlp) -> None:
    ex = run(nlp, "The Hefwin report said fees made no difference, and Dole campaign aides agreed. "
                  "Senator Bob Dole said he would act.")
    typed = actor_types(ex)
    assert "Hefwin" not in typed, typed
    assert typed == {"Bob Dole": "person"}, typed
    assert _mentions(ex, "Bob Dole") == ["Bob Dole", "Dole"], ex.mentions


def test_person_names_keep_particles_hyphenated_given_names_and_regnal_numbers(nlp) -> None:
    ex = run(nlp, "North Korean envoy Pak Song-chol met South Korean negotiator Kim Dae-ho on Monday. "
                  "Defender Piet van der Merwe scored twice, and coach Joaquin del Valle praised him. "
                  "The town remembers how King Carlos IV visited it.")
    typed = actor_types(ex)
    for person in ("Pak Song-chol", "Kim Dae-ho", "Piet van der Merwe", "Joaquin del Valle", "Carlos IV"):
        assert typed.get(person) == "person", (person, typed)
    assert "Merwe" not in typed and "Valle" not in typed and "Pak Song" not in typed, typed


def test_a_dateline_city_is_no_organisation(nlp) -> None:
    ex = run(nlp, "Halvex shares fall.\nBRACKTON 2025-05-13\nShares of Halvex Holdings fell 4 percent on "
                  "Tuesday, traders said.")
    typed = actor_types(ex)
    assert "BRACKTON" not in typed, typed
    assert typed.get("Halvex Holdings") == "organization", typed


def test_players_in_lineups_scorecards_and_nicknames_are_people(nlp) -> None:
    ex = run(nlp, "Scorers:\nNorvale - Tomas Ekvall (21st minute)\n"
                  "Attendance: 12,000\n"
                  "Batting:\nA. Morvan c Deltrick b Kessary 23\nB. Halloran lbw b Kessary 4\n"
                  "Bowling: Kessary 10-0-50-2, Deltrick 9-1-41-0\n"
                  "Former champion Ramon \"The Hammer\" Castellar fights on Saturday.")
    persons = {name for name, kind in actor_types(ex).items() if kind == "person"}
    expected = {"Tomas Ekvall", "A. Morvan", "Deltrick", "Kessary", "B. Halloran", 'Ramon "The Hammer" Castellar'}
    assert expected <= persons, expected - persons
    assert not {"Attendance", "Batting", "Scorers", "Bowling"} & persons, persons


def test_a_name_the_ner_cut_in_half_is_whole(nlp) -> None:
    doc = nlp("Centre Walter Lindell scored under the posts, and Shawn Kestes kicked the conversion.")
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 9, 10, label="PERSON")]  # 'Lindell', 'Shawn'
    names = {a.name for a in build_actors(doc).actors if a.actor_type == "person"}
    assert names == {"Walter Lindell", "Shawn Kestes"}, names


def test_a_full_name_the_ner_also_calls_an_organisation_is_the_person(nlp) -> None:
    doc = nlp("Ana Varga spoke in the capital. Police detained members of Ana Varga's party, and Ana Varga said "
              "she would not stop.")
    spans = [(t.i, t.i + 2) for t in doc if t.text == "Ana"]
    doc.ents = [Span(doc, *spans[0], label="PERSON"), Span(doc, *spans[1], label="ORG"),
                Span(doc, *spans[2], label="WORK_OF_ART")]  # as the NER may
    index = build_actors(doc)
    person = next(a for a in index.actors if a.name == "Ana Varga")
    assert person.actor_type == "person", index.actors
    assert [m.text for m in index.mentions if m.actor_key == person.key] == ["Ana Varga"] * 3, index.mentions


def test_a_surname_with_its_particle_apostrophe_or_second_barrel_is_the_person_named_in_full(nlp) -> None:
    ex = run(nlp, "Scrum-half Piet van der Merwe scored twice. Van der Merwe was later replaced. "
                  "Lock Sean O'Dowd was booked, and O'Dowd apologised. Former MP Robert Darby-Whitlow has quit "
                  "the party. Mr Darby-Whitlow said he wanted change.")
    persons = [a.name for a in ex.actors if a.actor_type == "person"]
    assert sorted(persons) == ["Piet van der Merwe", "Robert Darby-Whitlow", "Sean O'Dowd"], persons


def test_a_title_after_deputy_a_leading_nationality_or_occupation_stay_out_of_names(nlp) -> None:
    ex = run(nlp, '"Growth will return," said Deputy Prime Minister Abdul Varen on Monday. Next she will face '
                  'seventh seed Russian Mikhail Varnov in Oslo. Novelist Andrea Levine won the prize.')
    typed = actor_types(ex)
    assert "Prime Minister" not in typed, typed
    assert {typed.get(p) for p in ("Abdul Varen", "Mikhail Varnov", "Andrea Levine")} == {"person"}, typed


def test_products_acronyms_of_common_words_and_prizes_are_no_actors(nlp) -> None:
    ex = run(nlp, "Tellmark said it would defend its product Vexolin against critics, chief executive Rhona "
                  "Dallow said. Vexolin sales rose. Users of the program FileHarbour face fines. Shoppers fear "
                  "radio shelf tags (RST) in stores. The film won the best picture Oscar and a Brit Award.")
    typed = actor_types(ex)
    assert not {"Vexolin", "FileHarbour", "RST", "Oscar", "Brit Award"} & typed.keys(), typed
    assert typed.get("Rhona Dallow") == "person", typed


def test_a_name_an_owner_gives_a_product_noun_is_its_product_everywhere_in_the_article(nlp) -> None:
    ex = run(nlp, "Games maker Halvex Corp has cut the price of its StarPad console in Europe. Sales of the "
                  "StarPad rose 20% in December, the firm said. The BBC programme was cut.")
    typed = actor_types(ex)
    assert "StarPad" not in typed, typed
    assert typed.get("Halvex Corp") == "organization" and typed.get("BBC") == "organization", typed
    said = next(s for s in ex.statements if "Sales of the StarPad" in s.text)
    assert said.speaker_key == next(a.key for a in ex.actors if a.name == "Halvex Corp"), said


def test_an_election_written_with_capitals_is_no_actor(nlp) -> None:
    ex = run(nlp, "Labour and the Tories step up campaigning ahead of the next General Election. The plans "
                  "would apply if the Conservatives won the General Election, said Rona Vell.")
    typed = actor_types(ex)
    assert not {"Election", "General Election"} & typed.keys(), typed
    assert typed.get("Rona Vell") == "person", typed


def test_a_hyphenated_given_name_ending_in_lower_case_stays_whole(nlp) -> None:
    ex = run(nlp, "North Korean defector Ryu Song-ho told reporters in Seoul that he fled by boat. Ryu said "
                  "he was tired.")
    assert actor_types(ex).get("Ryu Song-ho") == "person", actor_types(ex)


def test_a_name_whose_apposition_is_a_title_is_a_person(nlp) -> None:
    doc = nlp('"I never cared about prizes," said Nina Rollo, head of sales at Halvard Group, which made it.')
    start = next(t.i for t in doc if t.text == "Nina")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]  # as the NER may
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert typed.get("Nina Rollo") == "person", typed


def test_a_party_form_ending_a_longer_name_is_not_the_shorter_party(nlp) -> None:
    ex = run(nlp, "The Liberal Democrats say they oppose the scheme, Ian Corran said. Neither the English "
                  "Democrats nor the Scottish Labour group backed it, and US Democrats stayed silent.")
    parties = {a.name: a.country_code for a in ex.actors if a.actor_type == "organization"}
    assert parties.get("Liberal Democrats") == "GBR", parties
    assert "Liberal Democrats" in _mentions(ex, "Liberal Democrats"), ex.mentions
    assert parties.get("Labour Party") == "GBR", parties
    assert _mentions(ex, "Democratic Party") == ["Democrats"], ex.mentions  # the US one only
    assert actor_types(ex).get("Ian Corran") == "person"


def test_a_city_the_model_calls_a_person_is_a_place_after_a_preposition_of_place(nlp) -> None:
    typed = actor_types(run(nlp, "Russia launched a missile attack on Kyiv on Monday. Fighting continued in "
                            "Kharkiv. Senator Ana Kyle spoke to Mr Lima on Tuesday in Lima's old town."))
    # the cities are places, not actors; a capital's name after a title, or owning something, is a person
    assert ("Kyiv" in typed, "Kharkiv" in typed, typed.get("Ana Kyle"), typed.get("Lima")) == (
        False, False, "person", "person"), typed


def test_a_city_the_model_calls_a_person_is_a_place_after_a_preposition_of_direction(nlp) -> None:
    doc = nlp("Amir Khan, a doctor from Dartford, flew to Porto Alegre. John Bolton read a letter from Bolton "
              "to Maria. The studio bought the rights from Paramount.")
    words = [t.text for t in doc]
    spans = {("Amir", 2, "PERSON"), ("Dartford", 1, "PERSON"), ("Porto", 2, "PERSON"), ("John", 2, "PERSON"),
             ("Maria", 1, "PERSON"), ("Paramount", 1, "ORG")}
    doc.ents = [Span(doc, words.index(w), words.index(w) + n, label=label) for w, n, label in spans] + [
        Span(doc, i, i + 1, label="PERSON") for i, w in enumerate(words) if w == "Bolton" and words[i - 1] == "from"]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    # a city no person of the article is named after is a place; a person's name, a given name and
    # an organisation the model saw stay what they are
    assert ("Dartford" in typed, "Porto Alegre" in typed, typed.get("John Bolton"), typed.get("Maria"),
            typed.get("Paramount")) == (False, False, "person", "person", "organization"), typed


def test_a_city_hyphened_to_a_word_of_origin_is_a_place(nlp) -> None:
    doc = nlp("The Glasgow-based band Halvard won the prize.")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]  # as the model does
    assert "Glasgow" not in {a.name for a in build_actors(doc).actors}


def test_the_country_labelling_a_line_up_is_no_part_of_a_players_name(nlp) -> None:
    names = {a.name for a in run(nlp, "Sri Lanka - Ruwan Perera (captain), Sanath Dias, Kumar Silva.").actors}
    assert not any("Sri Lanka" in n for n in names) and "Sanath Dias" in names, names


def test_a_capital_i_right_after_a_one_word_name_is_a_regnal_number(nlp) -> None:
    doc = nlp("Queen Margarethe I founded the abbey. In 1030 Olav I became king, and Ana Varga and I visited it.")
    doc.ents = [Span(doc, t.i, t.i + (2 if t.text == "Ana" else 1), label="PERSON")
                for t in doc if t.text in ("Margarethe", "Olav", "Ana")]
    names = {a.name for a in build_actors(doc).actors if a.actor_type == "person"}
    assert names == {"Margarethe I", "Olav I", "Ana Varga"}, names


def test_a_byline_name_running_into_the_dateline_lends_the_place_no_person_word(nlp) -> None:
    doc = nlp("Rolf Tennby\nKALDMORE 2025-05-13\nKaldmore is a town in mourning. Miners waited in Kaldmore "
              "for news, and Kaldmore grieved.")
    kald = [t.i for t in doc if t.text in ("KALDMORE", "Kaldmore")]
    doc.ents = [Span(doc, 0, kald[0] + 1, label="PERSON")] + [Span(doc, i, i + 1, label="PERSON") for i in kald[1:]]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert "Kaldmore" not in typed and "KALDMORE" not in typed, typed


def test_a_paper_a_media_noun_names_stays_the_paper_where_the_ner_calls_it_a_person(nlp) -> None:
    doc = nlp("He confirmed a report in the news weekly Die Runde on Monday. Ana Varga later told Die Runde "
              "she would stay.")
    runde = [t.i for t in doc if t.text == "Die"]
    doc.ents = [Span(doc, i, i + 2, label="PERSON") for i in runde] + [Span(doc, runde[1] - 4, runde[1] - 2, label="PERSON")]
    index = build_actors(doc)
    typed = {a.name: a.actor_type for a in index.actors}
    assert typed == {"Die Runde": "organization", "Ana Varga": "person"}, typed


def test_a_paper_the_ner_calls_an_organisation_beside_a_media_noun_stays_one_where_it_says_person(nlp) -> None:
    doc = nlp("A consortium plans to bid for the chain, Kurier Dnes daily said on Monday. Kurier Dnes said the "
              "bid was large, and Ana Varga agreed.")
    kurier = [t.i for t in doc if t.text == "Kurier"]
    doc.ents = [Span(doc, kurier[0], kurier[0] + 2, label="ORG"), Span(doc, kurier[1], kurier[1] + 2, label="PERSON")] \
        + [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Ana"]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert typed == {"Kurier Dnes": "organization", "Ana Varga": "person"}, typed


def test_a_town_the_model_calls_a_person_is_a_place_when_a_bearing_or_distance_frames_it(nlp) -> None:
    doc = nlp("Rebels were seen east of Voldara on Monday. Voldara, 200 km from the capital, was in ruins, and "
              "troops took Voldara. Ana Varga, 40, said so. Shells hit the outskirts of Kessa, and tanks came "
              "within 10 km (six miles) of Berrin.")
    doc.ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Voldara"] \
        + [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in ("Kessa", "Berrin")] \
        + [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Ana"]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert typed == {"Ana Varga": "person"}, typed


def test_a_hyphenated_military_rank_is_a_title_not_a_person(nlp) -> None:
    ex = run(nlp, "Fighting went on, alliance spokesman Lieutenant-Colonel Max Darrow said in the capital. "
                  "Brigadier General Ana Lutz agreed.")
    persons = {a.name: a.role_titles for a in ex.actors if a.actor_type == "person"}
    assert set(persons) == {"Max Darrow", "Ana Lutz"}, persons


def test_a_common_given_name_and_a_surname_the_ner_misses_are_a_person(nlp) -> None:
    doc = nlp("The jury also heard Carmen Vidlova on Monday. Silvio Dorant (Norway) came second, and "
              "the Jackson Lind band played while Rodney Street stayed empty. Jean-Michel Lorin agreed, "
              "as Henry VIII once had.")
    doc.ents = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in ("Norway", "Silvio")]
    persons = {a.name for a in build_actors(doc).actors if a.actor_type == "person"}
    assert persons == {"Carmen Vidlova", "Silvio Dorant", "Jean-Michel Lorin", "Henry VIII"}, persons


def test_a_name_the_ner_calls_an_organisation_is_a_person_where_its_surname_alone_is_one(nlp) -> None:
    doc = nlp("Tep Vornara, a former editor, was freed on Friday. The judge reopened Vornara's paper, and "
              "Kessler Tool Works said it would print it.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 15, 16, label="PERSON"), Span(doc, 20, 23, label="ORG")]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert typed.get("Tep Vornara") == "person" and typed.get("Kessler Tool Works") == "organization", typed


def test_two_people_the_ner_tags_as_one_organisation_are_two_people(nlp) -> None:
    doc = nlp("New signings Carmen Vidlova and Silvio Dorant scored a try apiece, and Halvex and Norvale "
              "both lost.")
    halvex = next(t.i for t in doc if t.text == "Halvex")
    doc.ents = [Span(doc, 2, 7, label="ORG"), Span(doc, halvex, halvex + 3, label="ORG")]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert typed == {"Carmen Vidlova": "person", "Silvio Dorant": "person",
                     "Halvex and Norvale": "organization"}, typed


def test_a_bowler_a_scorecard_names_stays_a_person_where_the_ner_says_organisation(nlp) -> None:
    doc = nlp("Batting:\nA. Morvan c Kessary b Deltrick 23\nB. Halloran lbw b Deltrick 4\nDid not bat: Deltrick, Kessary.")
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Deltrick" and doc[t.i + 1].text == ","]
    typed = {a.name: a.actor_type for a in build_actors(doc).actors}
    assert typed.get("Deltrick") == "person", typed


def test_governor_abbreviated_is_a_us_title(nlp) -> None:
    ex = run(nlp, "Ohio Gov. Lena Marsh vetoed the bill on Monday.")
    mention = next(m for m in ex.mentions if m.text == "Lena Marsh")
    assert mention.role_title == "Gov."
    assert actor_named(ex, "Lena Marsh").country_code == "USA"


def test_a_title_of_several_words_opening_a_name_called_an_organisation_stays_out_of_the_person(nlp) -> None:
    # the NER calls 'Solicitor General Harriet Varga' one organisation; 'Judge' opens a school's name
    ex = run(nlp, "The papers were seen by Solicitor General Harriet Varga and two officials. "
                  "Students at the Judge Business School protested.")
    typed = actor_types(ex)
    assert typed.get("Harriet Varga") == "person", typed
    assert not any("Solicitor" in name for name in typed), typed
    assert typed.get("Judge Business School") == "organization", typed


def test_the_honorific_of_the_next_name_and_a_portfolio_stay_out_of_names(nlp) -> None:
    # 'the Sunday Times Mr' comes glued from the NER, which calls 'Vic Table' an organisation
    ex = run(nlp, "A source told the Sunday Times Mr Berg would front the campaign. "
                  "Lib Dem Treasury spokesman Vic Table also branded the plans a con.")
    assert {m.text for m in ex.mentions} >= {"Sunday Times", "Berg", "Lib Dem"}, ex.mentions
    assert not {"Times Mr", "Treasury"} & {m.text for m in ex.mentions}, ex.mentions


def test_an_occupation_heading_a_name_stays_out_of_it(nlp) -> None:
    ex = run(nlp, "Model Sophie Varley was the last person to be voted off the show on Friday.")
    assert "Sophie Varley" in {m.text for m in ex.mentions}, ex.mentions
    assert actor_types(ex).get("Sophie Varley") == "person", actor_types(ex)


def test_a_third_name_the_ner_cuts_off_stays_in_the_name(nlp) -> None:
    # the NER tags 'Marco Tonvelli' and leaves 'Provera' out
    ex = run(nlp, "The deal was signed by chairman Marco Tonvelli Provera on Monday.")
    assert "Marco Tonvelli Provera" in {m.text for m in ex.mentions}, ex.mentions


def test_a_gerund_the_ner_takes_into_a_name_is_not_part_of_it(nlp) -> None:
    typed = actor_types(run(nlp, "Backing Kemal Odera with the nuclear codes would be reckless, she said. "
                                 "Banning Liebscher spoke at the rally."))
    assert typed.get("Kemal Odera") == "person", typed
    assert "Backing Kemal Odera" not in typed, typed
    assert typed.get("Banning Liebscher") == "person", typed  # a given name, tagged a proper noun


def test_a_prefix_hyphened_to_a_title_belongs_to_it(nlp) -> None:
    ex = run(nlp, "Tory co-chairman Oren Stadd attacked the plans. Labour deputy-leader Mira Kolt agreed.")
    persons = {a.name: a.role_titles for a in ex.actors if a.actor_type == "person"}
    assert persons == {"Oren Stadd": ["Tory co-chairman"], "Mira Kolt": ["Labour deputy-leader"]}, persons


def test_a_lone_word_after_the_or_a_laws_name_is_no_person(nlp) -> None:
    # the NER calls 'Bill', 'Welshman' and 'Library' persons
    ex = run(nlp, "Talks resume\n\nThe Harbour Safety Bill passes to the Lords on Monday, and the Bill has "
                  "cross-party support. Gareth Pryce had a chance, but the Welshman dragged it wide. "
                  "The Library receives four million requests a year. The Dole campaign said Bob Dole "
                  "would act.")
    typed = actor_types(ex)
    for junk in ("Bill", "Harbour Safety Bill", "Welshman", "Library"):
        assert junk not in typed, (junk, typed)
    assert typed.get("Gareth Pryce") == "person", typed
    assert typed.get("Bob Dole") == "person", typed


def test_first_minister_is_one_title_not_a_minister(nlp) -> None:
    """'the first minister' names one office, which a later 'the first minister' takes up."""
    ex = run(nlp, "Wales's First Minister Owain Pryce opened the bridge. First Secretary Ana Lutz agreed.")
    persons = {a.name: a.role_titles for a in ex.actors if a.actor_type == "person"}
    assert persons == {"Owain Pryce": ["Wales's First Minister"], "Ana Lutz": ["First Secretary"]}, persons


def test_a_party_name_the_ner_splits_is_the_party_and_members_letters_are_no_body(nlp) -> None:
    """'Liberal' tagged apart from 'Democrat' is still the Liberal Democrats; 'MPs' name a kind
    of people, not one organisation."""
    ex = run(nlp, "Conservative leader Rob Hallam and Liberal Democrat leader Ian Corran both spoke. "
                  "The MPs said the law should change. Sixteen other Lib Dem MPs voted against it.")
    typed = actor_types(ex)
    assert typed == {"Conservative Party": "organization", "Rob Hallam": "person", "Liberal Democrats": "organization",
                     "Ian Corran": "person"}, typed


def test_a_surname_with_an_apostrophe_is_the_person_named_in_full(nlp) -> None:
    """The model reads "O'Rourke" as a body; beside "Liam O'Rourke" it is the man."""
    ex = run(nlp, "Ireland lock Liam O'Rourke has dismissed the reports. O'Rourke is rumoured to be among the "
                  "front-runners for the job.")
    assert actor_types(ex) == {"Ireland": "country", "Liam O'Rourke": "person"}, actor_types(ex)
    assert _mentions(ex, "Liam O'Rourke") == ["Liam O'Rourke", "O'Rourke"]
