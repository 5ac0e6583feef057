"""Extraction on short hand-written news passages (needs the spaCy model)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract import extract_articles
from newsledger.extract.records import ArticleExtraction, ArticleText

pytestmark = pytest.mark.slow

PUB = dt.datetime(2025, 5, 14)  # a Wednesday


def run(nlp, text: str, published: dt.datetime | None = PUB) -> ArticleExtraction:
    return next(extract_articles([ArticleText("t", text, published)], nlp))


def actor_named(ex: ArticleExtraction, name: str):
    return next(a for a in ex.actors if a.name == name)


def speaker(ex: ArticleExtraction, st) -> str | None:
    return actor_named_key(ex, st.speaker_key)


def actor_types(ex: ArticleExtraction) -> dict[str, str]:
    """Each actor's name and type, to read a whole article's actors in one assertion."""
    return {a.name: a.actor_type for a in ex.actors}


def actor_named_key(ex: ArticleExtraction, key: str | None) -> str | None:
    return next((a.name for a in ex.actors if a.key == key), None)


def test_actors_titles_countries_and_no_junk(nlp) -> None:
    ex = run(nlp, "Brazilian President Carlos Mendes met Secretary of State Laura Hill in Lisbon. "
                  "Mendes later spoke to the Kremlin. Canada's Foreign Minister Paul Martel agreed.")
    names = {a.name: a for a in ex.actors}
    assert names["Carlos Mendes"].country_code == "BRA"
    assert names["Carlos Mendes"].actor_type == "person"
    assert "Mendes" in names["Carlos Mendes"].aliases
    assert names["Paul Martel"].country_code == "CAN"
    assert names["Kremlin"].actor_type == "organization" and names["Kremlin"].country_code == "RUS"
    assert not {"State", "Brazilian", "Lisbon", "Mendes"} & set(names)
    titles = {m.text: m.role_title for m in ex.mentions}
    assert titles["Carlos Mendes"] == "Brazilian President"
    assert titles["Paul Martel"] == "Canada's Foreign Minister"


def test_direct_quote_forms_and_speakers(nlp) -> None:
    text = ("“We will not give up the port,” Governor Ana Ruiz said on Tuesday. "
            "Ruiz added: \"The army must leave the city now.\" "
            "“The talks are over,” said union leader Tom Baker.")
    ex = run(nlp, text)
    direct = {s.text: speaker(ex, s) for s in ex.statements if s.kind == "direct"}
    assert direct == {
        "We will not give up the port": "Ana Ruiz",
        "The army must leave the city now.": "Ana Ruiz",
        "The talks are over": "Tom Baker",
    }
    for s in ex.statements:
        assert text[s.char_start:s.char_end] == s.text


def test_indirect_speech_pronoun_and_according_to(nlp) -> None:
    text = ("Prime Minister Erik Dahl met farmers in Oslo. He said the tax would be cut next year. "
            "According to the ministry, the plan will cost two billion crowns.")
    ex = run(nlp, text)
    by_cue = {s.cue.lower(): s for s in ex.statements}
    said = by_cue["said"]
    assert said.kind == "indirect" and speaker(ex, said) == "Erik Dahl"
    assert said.text == "the tax would be cut next year"
    acc = by_cue["according to"]
    assert acc.text == "the plan will cost two billion crowns"


@pytest.mark.parametrize("text", [
    "The senator said she would vote “with great reluctance” if the bill passed.",
    "The senator said the vote was “a great reluctance for all of us”.",
])
def test_mixed_quote_counts_once_as_indirect(nlp, text: str) -> None:
    ex = run(nlp, text)
    assert [(s.kind, s.cue) for s in ex.statements] == [("indirect", "said")]
    assert "great reluctance" in ex.statements[0].text
    assert ex.statements[0].text.startswith(("she would", "the vote was"))


def test_events_type_place_date_negation(nlp) -> None:
    text = ("Chilean President Luis Mora is not expected to attend the summit in Geneva on Friday. "
            "Peruvian troops attacked rebels near Cusco last month. "
            "Mora called for a ceasefire.")
    ex = run(nlp, text)
    ev = {e.event_type: e for e in ex.events}
    attend = ev["CONSULT"]
    assert attend.negated and attend.status == "expected" and attend.plover_type == "AGREE"
    assert attend.place is not None and attend.place.name == "Geneva"
    assert attend.place.latitude is not None
    assert (attend.event_date, attend.date_precision) == (dt.date(2025, 5, 16), "day")
    attack = ev["ASSAULT"]
    assert (attack.event_date, attack.date_precision) == (dt.date(2025, 4, 1), "month")
    assert actor_named_key(ex, ev["REQUEST"].source_key) == "Luis Mora"
    assert ev["REQUEST"].event_date is None  # no date expression of its own


def test_statement_is_not_an_event_and_meeting_has_both_sides(nlp) -> None:
    ex = run(nlp, "Indian Prime Minister Ravi Kumar met with Kenyan President Grace Otieno. "
                  "Kumar said the meeting was useful.")
    assert [e.event_type for e in ex.events] == ["CONSULT"]
    e = ex.events[0]
    assert {actor_named_key(ex, e.source_key), actor_named_key(ex, e.target_key)} == {
        "Ravi Kumar", "Grace Otieno"}


@pytest.mark.parametrize("text, sentence", [
    ('"We will not back down."\n\nParty leader Nora Diaz accused Tom Reyes of failing his voters.',
     "Party leader Nora Diaz accused Tom Reyes of failing his voters."),
    ("Kelland troops shelled the port of Varna on Monday.\n\nThe navy of Ostland said it would respond.",
     "Kelland troops shelled the port of Varna on Monday."),
])
def test_an_events_sentence_keeps_to_its_paragraph(nlp, text: str, sentence: str) -> None:
    """The parse may run a sentence over a paragraph break (a closing quote mark left over from
    the paragraph before, a blank line after): the evidence is the event's own sentence."""
    assert [e.sentence for e in run(nlp, text).events][:1] == [sentence]


def test_no_publication_date_keeps_date_text(nlp) -> None:
    ex = run(nlp, "Dutch Foreign Minister Eva Smit will visit Nairobi on Thursday.", published=None)
    visit = ex.events[0]
    assert visit.date_text is not None and "Thursday" in visit.date_text
    assert visit.event_date is None


def test_odd_inputs_do_not_crash(nlp) -> None:
    odd = ["", "   ", "\"\"\"'''“”«", "word " * 5000, "Der Präsident sagte, dass er kommt.",
           "“unclosed quote and he said nothing"]
    out = list(extract_articles([ArticleText(str(i), t) for i, t in enumerate(odd)], nlp))
    assert [x.article_id for x in out] == [str(i) for i in range(len(odd))]


def test_founding_article(nlp, shared_dir) -> None:
    """The founding article against its hand-written gold (issue 2 minimums)."""
    import json

    from newsledger.extract.text import fold

    gold = json.loads((shared_dir / "gold" / "istanbul-talks.json").read_text())
    text = (shared_dir / "seeds" / "istanbul-talks.txt").read_text()
    ex = run(nlp, text)
    forms = {fold(n) for a in ex.actors for n in [a.name, *a.aliases]}
    found = [g for g in gold["actors"] if {fold(g["name"]), *map(fold, g.get("aliases", []))} & forms]
    assert len(found) / len(gold["actors"]) >= 0.85
    by_name = {a.name: a for a in ex.actors}
    for g in found:
        actor = next(a for a in ex.actors
                     if {fold(a.name), *map(fold, a.aliases)} & {fold(g["name"]), *map(fold, g.get("aliases", []))})
        if g["type"] == "country":
            assert actor.country_code == g["country"], g["name"]
    assert len(ex.statements) >= 0.6 * len(gold["statements"])
    assert {e.event_type for e in ex.events} >= {"CONSULT", "REQUEST", "ASSAULT"}
    assert by_name


def _persons(ex: ArticleExtraction) -> set[str]:
    return {a.name for a in ex.actors if a.actor_type == "person"}


def test_people_in_results_lineups_and_lists(nlp) -> None:
    ex = run(nlp, "Results of the women's 400 metres:\n1. Kerstin Walde (Norway) 50.12\n"
                  "2. Ilse Brandvold (Denmark) 50.40\n"
                  "Sweden - 1 - Tove Lindqvist, 2 - Mats Ekdahl (14 - Per Hallgren 70th), 5 - Olle Strand\n"
                  "Scorer: Nils Berglund (32nd)\n"
                  "The squad: Anna Berg, Lise Dahl, Mona Rask and Eva Lund.")
    persons = _persons(ex)
    for name in ("Kerstin Walde", "Ilse Brandvold", "Tove Lindqvist", "Mats Ekdahl", "Olle Strand",
                 "Nils Berglund", "Lise Dahl", "Mona Rask"):
        assert name in persons, (name, persons)
    assert not persons & {"Norway", "Denmark", "Sweden"}


def test_family_name_first_and_upper_case_headline(nlp) -> None:
    ex = run(nlp, "KARL BRANDT RETIRES.\nThe activist Wang Lian was detained on Friday. "
                  "Police gave no reason for detaining Wang, his family said. Karl Brandt, 34, retired.")
    wang = next(a for a in ex.actors if a.name == "Wang Lian")
    texts = {m.text for m in ex.mentions if m.actor_key == wang.key}
    assert "Wang" in texts
    brandt = next(a for a in ex.actors if a.name == "Karl Brandt")
    assert any(m.text == "KARL BRANDT" and m.actor_key == brandt.key for m in ex.mentions)


def _dated(ex: ArticleExtraction) -> dict[str, tuple]:
    return {e.trigger: (e.event_type, e.date_text, e.event_date) for e in ex.events}


def test_dates_from_time_entities_adverbs_and_phase_verbs(nlp) -> None:
    ex = run(nlp, "Police arrested the activist Omar Reyes in the early hours of Thursday morning. "
                  "Rebels began shelling the port city of Varna on Monday. "
                  "The army now controls the border crossing after troops seized it.")
    by_trigger = {e.trigger: e for e in ex.events}
    assert by_trigger["arrested"].event_date == dt.date(2025, 5, 8), _dated(ex)
    assert by_trigger["shelling"].date_text == "Monday" and by_trigger["shelling"].event_date == dt.date(2025, 5, 12)
    assert by_trigger["seized"].event_date is None  # "now" dates the control, not the seizure


def test_coordinated_verbs_share_a_date_and_nouns_under_other_verbs_stand_alone(nlp) -> None:
    ex = run(nlp, "On Monday police raided the offices of the Green League and arrested two organisers. "
                  "Foreign Minister Ana Ruiz condemned the March 3 bombing of the embassy.")
    dates = {e.event_type: e.event_date for e in ex.events}
    assert dates.get("COERCE") == dt.date(2025, 5, 12), _dated(ex)
    bombing = next(e for e in ex.events if e.event_type == "ASSAULT")
    assert bombing.event_date == dt.date(2025, 3, 3)
    assert any(e.event_type == "ACCUSE" for e in ex.events)


def test_sport_meetings_are_not_diplomatic_events(nlp) -> None:
    ex = run(nlp, "Striker Tom Berg scored twice as Riverside beat Eastport 3-1 in the league on Saturday. "
                  "The champions meet Northfield in the cup next week, and coach Ivo Lang said his squad "
                  "arrived in Glasgow confident. Berg was criticised by the referee after the match. "
                  "The club's goalkeeper missed the game with injury.")
    assert not [e for e in ex.events if e.event_type in ("CONSULT", "ASSAULT")], _dated(ex)


def test_a_films_events_are_not_political_but_a_ministers_are(nlp) -> None:
    ex = run(nlp, "The actress Lena Berg arrived at the film festival on Friday. Her new movie, a comedy "
                  "starring the singer Ana Ruiz, topped the box office charts, and the band met the "
                  "director to discuss a song. Culture Minister Ivo Brandt met the Danish ambassador in Oslo.")
    types = [(e.event_type, e.trigger) for e in ex.events]
    assert [e.trigger for e in ex.events if e.event_type == "CONSULT"] == ["met"], types
    assert ex.events[-1].sentence.startswith("Culture Minister"), types


def test_releases_need_captives_and_meetings_need_parties(nlp) -> None:
    ex = run(nlp, "The studio released the film in June. Output rose to meet demand. "
                  "Rebels released twelve hostages on Tuesday. Foreign Minister Eva Lind met her "
                  "Danish counterpart in Oslo.")
    types = [(e.event_type, e.trigger) for e in ex.events]
    assert [t for t in types if t[0] == "RETREAT"] == [("RETREAT", "released")], types
    assert [t for t in types if t[0] == "CONSULT"] == [("CONSULT", "met")], types


def test_modal_advice_is_not_an_occurred_event(nlp) -> None:
    ex = run(nlp, "Senator Paul Girard said the regulator should investigate the banks.")
    assert all(e.status != "occurred" for e in ex.events if e.event_type == "ACCUSE")


def test_phrasal_verbs_and_temporal_prepositions_are_not_triggers(nlp) -> None:
    ex = run(nlp, "The retailer Coldwell Group called in administrators on Friday. "
                  "Cold weather pushed oil prices higher for the first time in months. "
                  "Finance Minister Ana Ruiz failed to back up her words. "
                  "Senator Paul Girard wants to meet the union leaders next week.")
    types = [(e.event_type, e.trigger, e.status) for e in ex.events]
    assert not [t for t in types if t[0] in ("REQUEST", "SUPPORT")], types
    meeting = [t for t in types if t[0] == "CONSULT"]
    assert meeting and meeting[0][2] == "planned", types


def test_when_clauses_and_participle_adjuncts_take_the_date(nlp) -> None:
    ex = run(nlp, "The town was rebuilt in 1994, when rebels attacked the garrison. "
                  "Governor Rosa Diaz lashed out at the council on Monday, accusing it of fraud.")
    attack = next(e for e in ex.events if e.event_type == "ASSAULT")
    assert attack.event_date == dt.date(1994, 1, 1) and attack.date_precision == "year"
    accusations = [e for e in ex.events if e.event_type == "ACCUSE"]
    assert accusations and all(e.event_date == dt.date(2025, 5, 12) for e in accusations), _dated(ex)


def test_verbal_attacks_are_accusations(nlp) -> None:
    ex = run(nlp, "Home Secretary Ana Ruiz attacked the court's decision on Monday. "
                  "For his part, Senator Paul Girard is pressing ahead with his own bill. "
                  "Rebels attacked an army convoy near Varna on Tuesday.")
    types = [(e.event_type, e.trigger) for e in ex.events]
    assert ("ACCUSE", "attacked") in types and ("ASSAULT", "attacked") in types, types
    assert not [t for t in types if t[0] == "REQUEST"], types


def test_products_charts_and_refusals_are_not_events(nlp) -> None:
    ex = run(nlp, "The Korean firm Daelim Electronics demonstrated a new phone at the fair. "
                  "The singer Ana Ruiz occupied the top two positions in the album chart. "
                  "The government of Chile refuses to accept Peru's denials. "
                  "Protesters occupied the parliament building in Lima on Monday.")
    types = [(e.event_type, e.trigger) for e in ex.events]
    assert not [t for t in types if t[0] in ("PROTEST", "AGREE")], types
    assert [t for t in types if t[0] == "COERCE"] == [("COERCE", "occupied")], types


def test_settle_lift_suit_and_shoot_down_need_their_objects(nlp) -> None:
    ex = run(nlp, "Shares of the retailer settled at 20 dollars on Monday. "
                  "The bank lifted its growth forecast on Tuesday. "
                  "The senate shot down the bill on Wednesday. "
                  "The actor wore a new suit on Friday. "
                  "The story blew up on Friday. "
                  "Share prices marched higher on Thursday.")
    types = [(e.event_type, e.trigger) for e in ex.events]
    assert not [t for t in types if t[0] in ("AGREE", "RETREAT", "ASSAULT", "ACCUSE", "PROTEST")], types


def test_settling_a_suit_is_agreement_without_the_suits_mode(nlp) -> None:
    ex = run(nlp, "Ghana settled the lawsuit with Togo on Friday.")
    agree = [e for e in ex.events if e.event_type == "AGREE"]
    assert agree and agree[0].mode is None, [(e.event_type, e.mode) for e in ex.events]


# (sentence, event type, trigger word, fires): each lexicon guard once where the event must
# fire and once where it must not (business, sport and entertainment uses of political verbs).
GUARD_CASES = [
    ("Police charged two men with arson on Monday.", "ACCUSE", "charged", True),
    ("The airline charged passengers 20 dollars for each bag on Monday.", "ACCUSE", "charged", False),
    ("The European Union suspended aid to Ruritania on Monday.", "SANCTION", "suspended", True),
    ("The league suspended the athlete Ana Ruiz for two years on Monday.", "SANCTION", "suspended", True),
    ("The exchange suspended trading in the firm's shares on Monday.", "SANCTION", "suspended", False),
    ("Police seized weapons at the border on Tuesday.", "COERCE", "seized", True),
    ("The brewer Halden seized the top spot in the wine market on Tuesday.", "COERCE", "seized", False),
    ("Prime Minister Jan Novak offered aid to the flooded provinces on Monday.", "AGREE", "offered", True),
    ("The company Telvo offers a cheap broadband service in Lyon.", "AGREE", "offers", False),
    ("Senator Paul Girard offered his advice to the students on Monday.", "AGREE", "offered", False),
    ("Chile and Peru signed a border treaty on Friday.", "SUPPORT", "signed", True),
    ("The publisher Harwell Books signed the novelist Ana Ruiz on Friday.", "SUPPORT", "signed", False),
    ("President Lena Ortiz praised the rescue teams on Monday.", "SUPPORT", "praised", True),
    ("The chef Marco Bellini praised the new menu on Monday.", "SUPPORT", "praised", False),
    ("Defence Minister Omar Reyes quit on Monday.", "RETREAT", "quit", True),
    ("The singer Ana Ruiz quit the talent show on Monday.", "RETREAT", "quit", False),
    ("Ghana and Togo agreed to reopen the border on Monday.", "AGREE", "agreed", True),
    ("The critic Paul Girard agreed the film was brilliant.", "AGREE", "agreed", False),
    ("Chile cancelled talks with Peru on Monday.", "REJECT", "cancelled", True),
    ("The airline Skyra cancelled 40 flights on Monday.", "REJECT", "cancelled", False),
    ("Gunmen shot two soldiers in Varna on Monday.", "ASSAULT", "shot", True),
    ("The director Karl Brandt shot the film in Varna on Monday.", "ASSAULT", "shot", False),
    ("A car bomb exploded in Varna on Monday.", "ASSAULT", "exploded", True),
    ("The market for mobile games is set to explode next year.", "ASSAULT", "explode", False),
    ("Senator Paul Girard attacked the plan as a waste of money on Monday.", "ACCUSE", "attacked", True),
    ("Senator Paul Girard attacked the plan as a waste of money on Monday.", "ASSAULT", "attacked", False),
    ("Chile announced an agreement with Peru on fishing rights on Monday.", "AGREE", "agreement", True),
    ("Shares in Halden were suspended in 2003 when the firm lost its licence.", "SANCTION", "suspended", False),
]


def test_lexicon_guards_fire_on_political_uses_only(nlp) -> None:
    arts = [ArticleText(str(n), text, PUB) for n, (text, *_rest) in enumerate(GUARD_CASES)]
    wrong = []
    for (text, etype, word, fires), ex in zip(GUARD_CASES, extract_articles(arts, nlp)):
        got = any(e.event_type == etype and word in e.trigger for e in ex.events)
        if got != fires:
            wrong.append(f"{text!r}: {etype} {word!r} {'missing' if fires else 'spurious'}: "
                         f"{[(e.event_type, e.trigger) for e in ex.events]}")
    assert not wrong, "\n".join(wrong)


def test_what_a_state_will_look_into_is_no_threat_it_makes(nlp) -> None:
    """Only an act its own verb tells ('would strike', 'would impose sanctions') is threatened by
    the saying; a killing named as what will be investigated is no threat made that Friday."""
    ex = run(nlp, "The African Union said on Friday it would investigate the killings of villagers in Sudan. "
                  "Russia said on Friday it would impose sanctions on Poland if the ban stayed.")
    threats = [(e.trigger, e.event_date) for e in ex.events if e.event_type == "THREATEN"]
    assert threats == [("impose sanctions", dt.date(2025, 5, 9))]
