"""Actor types the small NER gets wrong and the rules that right them: a person's name it calls
an organisation, a country's name it calls a person, and a name written as a modifier that is
no actor of the phrase it modifies (needs the spaCy model). Names are invented."""

from __future__ import annotations

import pytest

from tests.extract.test_extract import actor_named_key, actor_types, run

pytestmark = pytest.mark.slow


def test_a_given_name_makes_a_name_called_an_organisation_a_person(nlp) -> None:
    ex = run(nlp, "Harbury beat Norvale 2-1 on Saturday. The result ended Ruben Talvik's run of wins, "
                  "and Ivan Brosk's team record was broken.")
    typed = actor_types(ex)
    assert typed.get("Ruben Talvik") == "person", typed
    assert typed.get("Ivan Brosk") == "person", typed
    assert typed.get("Harbury") == "organization", typed


def test_a_country_the_ner_calls_a_person_is_a_country(nlp) -> None:
    ex = run(nlp, "Norvale will play Sri Lanka in the final on Sunday. Benin won 4-1 on aggregate against Moldova.")
    codes = {a.name: (a.actor_type, a.country_code) for a in ex.actors}
    assert codes.get("Sri Lanka") == ("country", "LKA"), codes
    assert codes.get("Benin") == ("country", "BEN"), codes


def test_a_compound_names_the_actor_only_of_those_who_act_for_it(nlp) -> None:
    ex = run(nlp, "A US company said on Monday that prices would rise. US officials said on Tuesday that "
                  "the talks would go on.")
    speakers = {st.text: actor_named_key(ex, st.speaker_key) for st in ex.statements}
    assert speakers.get("prices would rise") is None, speakers
    assert speakers.get("the talks would go on") == "United States", speakers


def test_a_treaty_is_no_actor_and_a_titled_name_stays_a_person(nlp) -> None:
    ex = run(nlp, "Voters still remember President Truvane. In 1949 Truvane's foreign secretary, Tomas Ekvall, "
                  "signed the Ostrava Treaty with Norway.")
    typed = actor_types(ex)
    assert typed == {"Truvane": "person", "Tomas Ekvall": "person", "Norway": "country"}, typed


def test_a_common_word_opening_a_sentence_is_no_name(nlp) -> None:
    ex = run(nlp, "Cinemas are closing across the country. The cinemas said sales fell. Halvex Group said on Monday "
                  "that its sales rose.")
    typed = actor_types(ex)
    assert "Cinemas" not in typed, typed
    assert typed.get("Halvex Group") == "organization", typed


def test_a_middle_initial_and_a_generation_stay_in_the_one_person(nlp) -> None:
    ex = run(nlp, "Chief Justice Tomas G. Ekvall Jr. wrote the ruling. \"It is sound,\" said Vice President "
                  "Anders R. Holm Jr. on Monday. Ekvall agreed.")
    people = {a.name: a for a in ex.actors}
    assert set(people) == {"Tomas G. Ekvall Jr.", "Anders R. Holm Jr."}, people
    assert people["Tomas G. Ekvall Jr."].aliases == ["Ekvall"], people


def test_a_body_speaks_through_its_poll_and_its_officials(nlp) -> None:
    ex = run(nlp, "A Reuters poll showed on Monday that voters were split. Kremlin officials said on Tuesday "
                  "that the talks would go on.")
    speakers = {st.text: actor_named_key(ex, st.speaker_key) for st in ex.statements}
    assert speakers.get("voters were split") == "Reuters", speakers
    assert speakers.get("the talks would go on") == "Kremlin", speakers


def test_a_titled_name_cut_in_two_is_one_person_and_a_described_name_loses_its_description(nlp) -> None:
    ex = run(nlp, "Kolares went to Tripoli to represent President Zine al-Abidine Ben Ali at the celebrations. "
                  "Paris centre Jean-Philippe Granclaude scored twice.")
    typed = actor_types(ex)
    assert typed.get("Zine al-Abidine Ben Ali") == "person", typed
    assert typed.get("Jean-Philippe Granclaude") == "person", typed
    assert "Ben Ali" not in typed and "Zine al-Abidine" not in typed, typed


def test_a_city_listed_among_places_is_no_person(nlp) -> None:
    ex = run(nlp, "The exchanges are in areas such as London, Birmingham, Glasgow and Cambridge.")
    assert not any(a.actor_type == "person" for a in ex.actors), ex.actors


def test_a_word_opening_a_sentence_to_qualify_a_noun_is_no_name(nlp) -> None:
    ex = run(nlp, "Indie band Razorvale have signed with the Brosk label. Quirky comedy Sideglass was named best "
                  "film.")
    typed = actor_types(ex)
    assert "Quirky" not in typed and typed.get("Razorvale") == "organization", typed
    ex = run(nlp, "Digital music downloads are now counted in the chart. Digital sales rose by a third, "
                  "Brosk Records said.")
    typed = actor_types(ex)
    assert "Digital" not in typed and typed.get("Brosk Records") == "organization", typed


def test_a_name_a_place_noun_frames_is_a_place_throughout(nlp) -> None:
    assert actor_types(run(nlp, "Nine people were hurt in the town of Kostrava on Monday.")) == {}
    assert actor_types(run(nlp, "Kelvik is a town in mourning. Rescuers flew from Kelvik on Monday.")) == {}


def test_older_spellings_of_a_country_name_the_country(nlp) -> None:
    ex = run(nlp, "Refugees crossed from Zaire on Monday, and Ana Varga of Kazakstan won the race.")
    codes = {a.country_code for a in ex.actors if a.actor_type == "country"}
    assert {"COD", "KAZ"} <= codes, ex.actors


def test_a_capital_the_model_does_not_tag_acts_as_its_government(nlp) -> None:
    ex = run(nlp, "Kyiv asked its allies for more air defence systems. Victoria said she would stay.")
    codes = {a.name: (a.actor_type, a.country_code) for a in ex.actors}
    assert codes.get("Ukraine") == ("country", "UKR"), codes
    assert "Seychelles" not in codes, codes  # a given name, not the capital


def test_a_capital_that_arms_go_to_is_its_government_and_one_that_pizzas_or_travel_reach_a_city(nlp) -> None:
    ex = run(nlp, "Germany approved the delivery of missiles to Kyiv on Wednesday.")
    assert actor_types(ex) == {"Germany": "country", "Ukraine": "country"}, ex.actors
    ex = run(nlp, "The delivery of pizzas to London was late. Travel to Moscow resumed on Monday. "
                  "The evacuation of civilians to Kyiv began on Friday.")
    assert actor_types(ex) == {}, ex.actors


def test_hyphened_countries_and_demonyms_of_small_states_give_their_country(nlp) -> None:
    ex = run(nlp, "The Guinea-Bissau government expelled two diplomats. Togolese police arrested an "
                  "opposition leader, and Bissau-Guinean soldiers fired on the crowd.")
    codes = {a.name: (a.actor_type, a.country_code) for a in ex.actors}
    assert codes.get("Guinea-Bissau") == ("country", "GNB"), codes  # not Guinea, cut at the hyphen
    assert "Guinea" not in codes, codes
    assert codes.get("Togolese police") == ("organization", "TGO"), codes
    assert codes.get("Bissau-Guinean soldiers", ("", ""))[1] == "GNB", codes



@pytest.mark.parametrize("text, want", [
    # a body of several states has no country; a group takes the country of its leader, not its backer's
    ("The Economic Community of West African States suspended Velmia. The Organization of American States and the "
     "Inter-American Development Bank met in Lima. BBC Northern Ireland reported it. The Saudi-led coalition struck "
     "a depot, and Iranian-backed fighters shelled a village.",
     {"Economic Community of West African States": ("organization", None),
      "Organization of American States": ("organization", None),
      "Inter-American Development Bank": ("organization", None), "BBC Northern Ireland": ("organization", "GBR"),
      "Saudi-led coalition": ("group", "SAU"), "Iranian-backed fighters": ("group", None)}),
    # a surname after an honorific makes a person of the full name; a nationality before a name gives its country
    ("Hakainde Hichilema met Tovar Ekwueme on Monday. Mr Hichilema said the talks went well. \"It was hard,\" said "
     "Dorcas Inzikuru. Ms Inzikuru won in 2005. Russian oil giant Yukos said it would appeal, and Ugandan Ana "
     "Lindqvist agreed.",
     {"Hakainde Hichilema": ("person", None), "Dorcas Inzikuru": ("person", None),
      "Yukos": ("organization", "RUS"), "Ana Lindqvist": ("person", "UGA")}),
])
def test_types_and_countries_of_bodies_groups_and_people(nlp, text: str, want: dict) -> None:
    codes = {a.name: (a.actor_type, a.country_code) for a in run(nlp, text).actors}
    assert {name: codes.get(name) for name in want} == want, codes
