"""Cross-article actor identity."""

from __future__ import annotations

import itertools

from newsledger.extract.records import LocalActor
from newsledger.extract.resolve import resolve_actors
from newsledger.ids import stable_id


def person(name: str, country: str | None = None, titles: list[str] | None = None) -> LocalActor:
    return LocalActor("a0", name, "person", country, role_titles=titles or [])


CLUB = LocalActor("a1", "Halden Rovers", "organization")  # company two articles share


def test_surname_joins_the_known_full_name() -> None:
    res = resolve_actors([("d1", person("Maria Lopez", "ESP", ["Spanish Minister"])),
                          ("d2", person("Lopez", "ESP"))])
    assert len(res.actors) == 1
    assert res.actors[0].name == "Maria Lopez"
    assert res.actor_id_of[("d2", "a0")] == res.actor_id_of[("d1", "a0")]
    assert res.actors[0].actor_id == stable_id("person", "maria lopez")


def test_surname_joins_a_full_name_ending_in_a_generation() -> None:
    res = resolve_actors([("d1", person("Tomas G. Ekvall Jr.", "USA", ["Chief Justice"])),
                          ("d2", person("Ekvall", "USA"))])
    assert res.actor_id_of[("d2", "a0")] == res.actor_id_of[("d1", "a0")]


def test_shared_surname_stays_apart_without_agreeing_context() -> None:
    res = resolve_actors([("d1", person("Anna Berg", "SWE")), ("d2", person("Olaf Berg", "SWE")),
                          ("d3", person("Berg"))])
    ids = {res.actor_id_of[(d, "a0")] for d in ("d1", "d2", "d3")}
    assert len(ids) == 3


def test_shared_surname_joins_the_one_whose_country_agrees() -> None:
    res = resolve_actors([("d1", person("Anna Berg", "SWE")), ("d2", person("Olaf Berg", "NOR")),
                          ("d3", person("Berg", "NOR"))])
    assert res.actor_id_of[("d3", "a0")] == res.actor_id_of[("d2", "a0")]


def test_surname_with_conflicting_country_stays_apart() -> None:
    res = resolve_actors([("d1", person("Anna Berg", "SWE")), ("d2", person("Berg", "DEU"))])
    assert res.actor_id_of[("d1", "a0")] != res.actor_id_of[("d2", "a0")]


def test_accents_and_countries_merge() -> None:
    res = resolve_actors([
        ("d1", person("José Martí")), ("d2", person("Jose Marti")),
        ("d1", LocalActor("a1", "Russia", "country", "RUS")),
        ("d2", LocalActor("a1", "Russian Federation", "country", "RUS")),
    ])
    assert len(res.actors) == 2
    country = next(a for a in res.actors if a.actor_type == "country")
    assert country.name == "Russia" and country.country_code == "RUS"


def test_independent_of_input_order() -> None:
    items = [("d1", person("Anna Berg", "SWE")), ("d2", person("Berg", "SWE")),
             ("d3", person("Olaf Holm")), ("d4", LocalActor("a0", "Kremlin", "organization", "RUS"))]
    results = [resolve_actors(list(p)) for p in itertools.permutations(items)]
    assert all(r.actors == results[0].actors and r.actor_id_of == results[0].actor_id_of
               for r in results)


def test_acronym_joins_the_organisation_spelled_out_elsewhere() -> None:
    res = resolve_actors([("d1", LocalActor("a0", "Halvard Trade Union", "organization", aliases=["HTU"])),
                          ("d2", LocalActor("a0", "HTU", "organization"))])
    assert len(res.actors) == 1 and res.actors[0].name == "Halvard Trade Union"


def test_a_hyphenated_surname_joins_the_full_name_it_ends() -> None:
    res = resolve_actors([("d1", person("Ana Lind-Ruiz")), ("d2", person("Lind-Ruiz")), ("d1", CLUB), ("d2", CLUB),
                          ("d3", person("Bo Ruiz")), ("d4", person("Eva Moss")), ("d5", person("Keeper Eva Moss"))])
    assert res.actor_id_of[("d2", "a0")] == res.actor_id_of[("d1", "a0")]
    assert res.actor_id_of[("d3", "a0")] != res.actor_id_of[("d1", "a0")]
    assert res.actor_id_of[("d4", "a0")] != res.actor_id_of[("d5", "a0")]  # no 'Keeper Eva Moss' for her


def test_a_misspelling_in_one_article_does_not_split_an_acronym() -> None:
    union = LocalActor("a0", "Halvard Trade Union", "organization", aliases=["HTU"])
    res = resolve_actors([("d1", union), ("d2", union), ("d3", LocalActor("a0", "Halvard Trades Union", "organization", aliases=["HTU"])),
                          ("d4", LocalActor("a0", "HTU", "organization"))])
    assert res.actor_id_of[("d4", "a0")] == res.actor_id_of[("d1", "a0")]


def test_a_one_word_person_is_the_organisation_other_articles_name() -> None:
    firm = LocalActor("a0", "Norvex", "organization")
    res = resolve_actors([("d1", firm), ("d2", firm), ("d3", person("Norvex")), ("d4", person("Ana Lind")),
                          ("d5", person("Lind")), ("d4", CLUB), ("d5", CLUB)])
    assert res.actor_id_of[("d3", "a0")] == res.actor_id_of[("d1", "a0")]
    assert next(a for a in res.actors if a.name == "Norvex").actor_type == "organization"
    assert res.actor_id_of[("d5", "a0")] == res.actor_id_of[("d4", "a0")]


def test_a_longer_name_typed_two_ways_is_one_actor_of_the_type_most_articles_give() -> None:
    firm = LocalActor("a0", "Norvex Re", "organization")
    both = [("d1", firm), ("d2", firm), ("d3", person("Norvex Re")), ("d4", person("Ana Lind")),
            ("d5", person("Ana Lind")), ("d6", LocalActor("a0", "Ana Lind", "organization"))]
    res = resolve_actors(both)
    assert res.actor_id_of[("d3", "a0")] == res.actor_id_of[("d1", "a0")]
    assert res.actor_id_of[("d6", "a0")] == res.actor_id_of[("d4", "a0")]
    types = {a.name: a.actor_type for a in res.actors}
    assert types == {"Norvex Re": "organization", "Ana Lind": "person"}, types
    tied = resolve_actors([("d1", firm), ("d2", person("Norvex Re"))])
    assert len(tied.actors) == 2  # one article each way: nothing says which it is


def test_an_organisation_takes_a_country_only_from_most_of_its_articles() -> None:
    union = LocalActor("a0", "Halvard Union", "organization")
    res = resolve_actors([("d1", union), ("d2", union), ("d3", LocalActor("a0", "Halvard Union", "organization", "GBR")),
                          ("d4", LocalActor("a0", "Norvale Party", "organization", "NOR")),
                          ("d5", LocalActor("a0", "Norvale Party", "organization"))])
    countries = {a.name: a.country_code for a in res.actors}
    assert countries == {"Halvard Union": None, "Norvale Party": "NOR"}, countries


def test_a_bare_first_name_does_not_join_the_one_name_it_ends() -> None:
    res = resolve_actors([("d1", person("Tomas Berg")), ("d2", person("Tomas Holm")), ("d3", person("Lucky Tomas")),
                          ("d4", person("Tomas", titles=["Prince"])), ("d5", person("Holm")),
                          *[(d, CLUB) for d in ("d2", "d3", "d4", "d5")]])
    assert res.actor_id_of[("d4", "a0")] != res.actor_id_of[("d3", "a0")]
    assert res.actor_id_of[("d5", "a0")] == res.actor_id_of[("d2", "a0")]  # a surname still joins


def test_a_bare_first_name_joins_a_full_name_whose_context_agrees() -> None:
    res = resolve_actors([("d1", person("Tomas Berg")), ("d2", person("Tomas Holm")),
                          ("d3", person("Vida Tomas", "SWE")), ("d4", person("Tomas", "SWE"))])
    assert res.actor_id_of[("d4", "a0")] == res.actor_id_of[("d3", "a0")]


def test_a_country_alone_is_nobodys_surname() -> None:
    res = resolve_actors([("d1", person("Mark Chile")), ("d2", person("Chile"))])
    assert res.actor_id_of[("d2", "a0")] != res.actor_id_of[("d1", "a0")]


def test_only_a_name_shaped_like_a_persons_takes_a_bare_surname() -> None:
    for full in ("called Vesna", "Coach Ivo Vesna", "Ivo Lind's Vesna", "Halden v Vesna"):
        res = resolve_actors([("d1", person(full)), ("d2", person("Vesna")), ("d1", CLUB), ("d2", CLUB)])
        assert res.actor_id_of[("d2", "a0")] != res.actor_id_of[("d1", "a0")], full
    res = resolve_actors([("d1", person("Ruud van Vesna")), ("d2", person("Vesna")), ("d1", CLUB), ("d2", CLUB)])
    assert res.actor_id_of[("d2", "a0")] == res.actor_id_of[("d1", "a0")]


def test_a_surname_of_known_people_stays_a_person_beside_a_same_named_firm() -> None:
    res = resolve_actors([("d1", LocalActor("a0", "Larsen", "organization")), ("d2", person("Ana Larsen", "NOR")),
                          ("d3", person("Bo Larsen", "DNK")), ("d4", person("Larsen", "NOR"))])
    assert res.actor_id_of[("d4", "a0")] == res.actor_id_of[("d2", "a0")]
    assert {a.actor_type for a in res.actors if a.name == "Larsen"} == {"organization"}


def test_without_country_or_title_a_bare_surname_joins_only_where_the_company_agrees() -> None:
    res = resolve_actors([("d1", person("Zoe Moss")), ("d1", CLUB), ("d2", person("Moss")), ("d2", CLUB),
                          ("d3", person("Moss")), ("d3", LocalActor("a1", "Norvale Radio", "organization")),
                          ("d4", person("Ivo Lind")), ("d4", LocalActor("a2", "Ana Berg", "person")),
                          ("d5", person("Lind")), ("d5", LocalActor("a2", "Berg", "person"))])
    assert res.actor_id_of[("d2", "a0")] == res.actor_id_of[("d1", "a0")]
    assert res.actor_id_of[("d3", "a0")] != res.actor_id_of[("d1", "a0")]  # another Moss
    assert res.actor_id_of[("d5", "a0")] != res.actor_id_of[("d4", "a0")]  # a bare name is no company


def test_the_full_name_most_articles_write_is_the_canonical_name() -> None:
    """A middle initial one article adds does not rename the person every other article names;
    it stays an alias."""
    res = resolve_actors([("d1", person("Maria K. Lopez", "ESP")), ("d2", person("Maria Lopez", "ESP")),
                          ("d3", person("Maria Lopez", "ESP")), ("d4", person("Lopez", "ESP"))])
    assert [a.name for a in res.actors] == ["Maria Lopez"]
    assert "Maria K. Lopez" in res.actors[0].aliases
    assert len({res.actor_id_of[(d, "a0")] for d in ("d1", "d2", "d3", "d4")}) == 1


def test_a_name_written_only_with_its_initial_keeps_it() -> None:
    res = resolve_actors([("d1", person("Tomas G. Ekvall", "USA")), ("d2", person("Ekvall", "USA"))])
    assert [a.name for a in res.actors] == ["Tomas G. Ekvall"]
