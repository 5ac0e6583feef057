"""The business filter's idea of a firm (events/domain.py): a name with a country is a firm where
the article calls it one (needs the spaCy model). Names are invented."""

from __future__ import annotations

import importlib

import pytest

from newsledger.extract.actors import build_actors

pytestmark = pytest.mark.slow
domain = importlib.import_module("newsledger.extract.events.domain")  # the package re-exports a function of that name


def test_a_firm_with_a_country_is_a_firm_only_where_the_article_calls_it_one(nlp) -> None:
    index = build_actors(nlp("Shares in Corvel rose. Airline Dorvec held talks with Corvel on Monday. "
                             "Lindvik Holdings said profits rose."))
    for actor in index.actors:
        actor.country_code = "DEU"  # as 'German airline Dorvec' gives it
    firms = {a.name for a in index.actors if domain._firm(a.key, index)}
    assert firms == {"Dorvec"}  # 'airline Dorvec'; a German 'Lindvik Holdings' may be a state's
