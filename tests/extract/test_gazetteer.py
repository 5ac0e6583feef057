"""Places an analyst would look up: an old or foreign name finds the city it names, and a name
that several cities once carried stays a place without a wrong city's coordinates."""

import pytest

from newsledger.extract.gazetteer import country_code, demonym_code, lookup_place


@pytest.mark.parametrize(("written", "name", "country"), [
    ("Kiev", "Kyiv", "UKR"),
    ("Bombay", "Mumbai", "IND"),
    ("Calcutta", "Kolkata", "IND"),  # not the South African village of that name
    ("Saigon", "Ho Chi Minh City", "VNM"),
    ("Paris", "Paris", "FRA"),
])
def test_city_by_its_name_or_a_former_one(written: str, name: str, country: str) -> None:
    place = lookup_place(written)
    assert place is not None and (place.name, place.country_code) == (name, country)


def test_a_former_name_of_several_cities_is_a_place_but_none_of_them() -> None:
    place = lookup_place("Newtown")  # once a name of Tallahassee, Hartford and others
    assert place is not None and place.name == "Newtown" and place.latitude is None


@pytest.mark.parametrize(("written", "code"), [
    ("Congo", "COD"),  # wire style: the Democratic Republic, as "Congolese" is
    ("Republic of Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("Guinea-Bissau", "GNB"),
    ("Guinea", "GIN"),
])
def test_country_names_that_share_a_word_name_the_right_state(written: str, code: str) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize(("written", "code"), [
    ("Guinean", "GIN"), ("Bissau-Guinean", "GNB"), ("Equatorial Guinean", "GNQ"), ("Togolese", "TGO"),
    ("Burundian", "BDI"), ("Sierra Leonean", "SLE"), ("Congolese", "COD"),
])
def test_demonyms_of_small_states_give_their_country(written: str, code: str) -> None:
    assert demonym_code(written) == code
