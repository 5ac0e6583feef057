"""Sports teams named in results sections are organisations, in the tables and in the report
around them, while the same names stay places where they stand as places (needs the spaCy
model). Names are invented or common place names."""

from __future__ import annotations

import pytest

from tests.extract.test_extract import run

pytestmark = pytest.mark.slow


def _typed_mentions(ex) -> dict[str, set[str]]:
    """Mention text -> the types of the actors it was given."""
    types = {a.key: a.actor_type for a in ex.actors}
    out: dict[str, set[str]] = {}
    for m in ex.mentions:
        out.setdefault(m.text, set()).add(types[m.actor_key])
    return out


REPORT = (
    "SOCCER - HALVARD STAY TOP.\n"
    "LONDON 2025-05-10\n"
    "Halvard beat Norvale 2-1 on Saturday to stay top, while Oxley drew in Brackton.\n"
    "Results of matches played on Saturday:\n"
    "Halvard 2 Norvale 1\n"
    "Oxley 0 Brackton United 0\n"
    "Standings (played, won, drawn, lost, goals for, against, points):\n"
    "Halvard 4 3 1 0 9 2 10\n"
    "Oxley 4 2 1 1 6 4 7\n"
    "Playing Sunday: Felstead v Marrow\n"
)


def _assert_teams(typed: dict[str, set[str]], teams: tuple[str, ...]) -> None:
    for team in teams:
        assert typed.get(team) == {"organization"}, (team, typed)


def test_teams_in_scores_tables_and_fixtures_are_organisations(nlp) -> None:
    typed = _typed_mentions(run(nlp, REPORT))
    _assert_teams(typed, ("Halvard", "Norvale", "Oxley", "Brackton United", "Felstead", "Marrow", "HALVARD"))


def test_a_team_town_after_in_and_the_dateline_stay_places(nlp) -> None:
    typed = _typed_mentions(run(nlp, REPORT.replace("Oxley 0 Brackton United 0", "Oxley 0 Brackton 0")))
    assert typed.get("Brackton", set()) <= {"organization"}
    ex = run(nlp, REPORT)
    brackton = [m for m in ex.mentions if m.text == "Brackton"]
    assert brackton == [], brackton  # "drew in Brackton": the town
    assert "LONDON" not in typed


def test_country_sides_stay_countries_and_golfers_stay_people(nlp) -> None:
    typed = _typed_mentions(run(nlp, "Results on Saturday:\nScotland 2 Wales 1\n"
                                     "Leading scores after the third round:\n"
                                     "Ian Pollard 70 68 71\nTomas Berg 69 72 70\n"))
    assert typed.get("Scotland") == {"country"}, typed
    assert "organization" not in typed.get("Wales", set()), typed
    assert typed.get("Ian Pollard") == {"person"}, typed


def test_lines_of_figures_are_no_teams(nlp) -> None:
    typed = _typed_mentions(run(nlp, "Money supply figures (billions):\nM1 63.02 62.83 57.50\n"
                                     "Sales 9.06 9.31 8.42\n"))
    assert not any("organization" in t for t in typed.values()), typed


def test_sports_phrases_name_teams_without_a_results_table(nlp) -> None:
    ex = run(nlp, "Brackton beat Felstead 3-1 on Saturday. Felstead striker Ian Moor missed a penalty, "
                  "and Brackton extended their lead over Marrow to four points. "
                  "Moor, who signed for Felstead in May, said the team would recover.")
    typed = _typed_mentions(ex)
    _assert_teams(typed, ("Brackton", "Felstead", "Marrow"))
    assert typed.get("Ian Moor") == {"person"}, typed


def test_a_sprinter_who_beat_a_rival_stays_a_person(nlp) -> None:
    typed = _typed_mentions(run(nlp, "American Dennis Okafor beat Tomas Vrana in the 100 metres on Friday. "
                                     "Okafor won in 10.08 seconds."))
    assert "organization" not in typed.get("Okafor", set()), typed


def test_the_parse_finds_winners_and_lists_of_rivals(nlp) -> None:
    ex = run(nlp, "Title rivals Brackton, Felstead and Marrow all closed in on victory. "
                  "Marrow, who thrashed Oxley by an innings, lead the table.\n"
                  "Results on Saturday:\nBrackton 2 Felstead 1\n")
    _assert_teams(_typed_mentions(ex), ("Brackton", "Felstead", "Marrow", "Oxley"))


LINE_UP = ("The coach named his side for Saturday's match.\n"
           "Halvard XV: J Moor (Bree); S Lind (Oxley), T Ruiz (Bree), K Varga (Felstead), "
           "D O'Hare (Oxley).")


def test_a_line_up_names_players_by_initial_and_their_clubs_in_brackets(nlp) -> None:
    typed = _typed_mentions(run(nlp, LINE_UP))
    _assert_teams(typed, ("Bree", "Oxley", "Felstead"))
    assert all(typed.get(p) == {"person"} for p in ("J Moor", "S Lind", "T Ruiz", "K Varga", "D O'Hare")), typed


def test_brackets_after_names_outside_sport_are_no_clubs(nlp) -> None:
    # politicians with their states, or a list with no player's or coach's role: no line-up
    typed = _typed_mentions(run(nlp, LINE_UP.replace("The coach named his side", "The paper listed guests")))
    assert "organization" not in typed.get("Felstead", set()), typed
    typed = _typed_mentions(run(nlp, "The coach of the Senate team met senators: Ana Ruiz (Texas), "
                                     "Bo Lind (Ohio), Cy Moor (Utah), Di Kay (Iowa)."))
    assert not any("organization" in typed.get(s, set()) for s in ("Texas", "Ohio", "Utah")), typed
