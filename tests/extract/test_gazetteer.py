"""Places an analyst would look up: an old or foreign name finds the city it names, and a name
that several cities once carried stays a place without a wrong city's coordinates."""

import pytest

from newsledger.extract.gazetteer import lookup_place


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
