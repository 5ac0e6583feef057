"""Cross-article actor identity. Merges article-local actors into warehouse-wide ones:
the same normalised name (and type) is one actor, countries are one per ISO code, an acronym
joins the organisation spelled out with it elsewhere, a one-word "person" that at least as many
articles call an organisation is that organisation, and a bare surname (hyphenated too:
'Lind-Ruiz') joins the one known full name whose context (country or title) agrees, staying
apart when two known people share it. Deterministic and independent of input
order, so re-running it over the whole warehouse after each load gives what one fresh load
would."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsledger.extract import gazetteer
from newsledger.extract.records import LocalActor
from newsledger.extract.text import fold
from newsledger.ids import stable_id


@dataclass
class CanonicalActor:
    actor_id: str
    name: str
    actor_type: str
    country_code: str | None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    actors: list[CanonicalActor]
    actor_id_of: dict[tuple[str, str], str]  # (article_id, LocalActor.key) -> actor_id


def _group_key(actor: LocalActor) -> tuple[str, str]:
    if actor.actor_type == "country" and actor.country_code:
        return ("country", actor.country_code)
    return (actor.actor_type, fold(actor.name))


def _title_words(actors: list[LocalActor]) -> set[str]:
    return {w for a in actors for t in a.role_titles for w in fold(t).split()} - {"former", "the"}


def resolve_actors(local: Iterable[tuple[str, LocalActor]]) -> Resolution:
    """Warehouse-wide actors and the map from every (article_id, local key) to its actor."""
    groups: dict[tuple[str, str], list[tuple[str, LocalActor]]] = defaultdict(list)
    for article_id, actor in local:
        groups[_group_key(actor)].append((article_id, actor))

    # Persons known by more than one word, indexed by surname and by first + last name.
    full = {k for k in groups if k[0] == "person" and len(k[1].split()) > 1}
    by_first_last: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in sorted(full):
        words = k[1].split()
        by_first_last[(words[0], words[-1])].append(k)
    target: dict[tuple[str, str], tuple[str, str]] = {}
    for pair, keys in by_first_last.items():
        # "Recep Tayyip Erdogan" and "Recep Erdogan": the longest name holds the variants.
        if len(keys) > 1:
            main = max(keys, key=lambda k: (len(k[1]), k[1]))
            for k in keys:
                if k != main:
                    target[k] = main
    for k in sorted(full):
        # "Lind-Ruiz" for "Ana Lind-Ruiz": a hyphenated surname that ends a full name joins it
        # ("Keeper Ana Lind" from a sentence start must not take "Ana Lind"'s place)
        if any(" " in a.name for _, a in groups[k]):
            continue
        words = k[1].split()
        longer = [o for o in sorted(full) if o not in target and len(o[1].split()) > len(words)
                  and o[1].split()[-len(words):] == words]
        if k not in target and (chosen := _agreeing(groups[k], longer, groups)) is not None:
            target[k] = chosen
    target.update(_acronym_targets(groups))
    for k in sorted(groups):
        # "Yukos" the NER calls a person in one article is the company that more articles name
        org = ("organization", k[1])
        if k[0] == "person" and " " not in k[1] and org in groups \
                and len({d for d, _ in groups[org]}) >= len({d for d, _ in groups[k]}):
            target[k] = org
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in sorted(full):
        if k not in target:
            by_surname[k[1].split()[-1]].append(k)
    for k in sorted(groups):
        if k[0] != "person" or k in full or k in target:
            continue
        cands = by_surname.get(k[1], [])
        chosen = _agreeing(groups[k], cands, groups)
        if chosen is not None:
            target[k] = chosen

    merged: dict[tuple[str, str], list[tuple[str, LocalActor]]] = defaultdict(list)
    for k, members in groups.items():
        merged[target.get(k, k)].extend(members)

    actors: list[CanonicalActor] = []
    id_of: dict[tuple[str, str], str] = {}
    for k in sorted(merged):
        members = merged[k]
        actor = _canonical(k, [a for _, a in members])
        actors.append(actor)
        for article_id, a in members:
            id_of[(article_id, a.key)] = actor.actor_id
    actors.sort(key=lambda a: a.actor_id)
    return Resolution(actors, id_of)


def acronym(name: str) -> str:
    """'North Atlantic Treaty Organization' -> 'NATO': the initials of its words but 'of', 'the',
    'and', 'for'."""
    return "".join(w[0] for w in name.split() if w.lower() not in ("of", "the", "and", "for")).upper()


def _acronym_targets(groups: dict[tuple[str, str], list[tuple[str, LocalActor]]]) -> dict[tuple[str, str], tuple[str, str]]:
    """'EU' alone in one article is the 'European Union' other articles spell out with it: an
    organisation named by an acronym joins the organisation that most articles write in full
    beside it (a misspelling in one article does not split it)."""
    spelled: dict[str, Counter] = defaultdict(Counter)
    for k, members in groups.items():
        if k[0] == "organization":
            for _, a in members:
                for alias in a.aliases:
                    if alias.isupper() and acronym(a.name) == alias:
                        spelled[fold(alias)][k] += 1
    out = {}
    for k in groups:
        ranked = sorted(spelled.get(k[1], Counter()).items(), key=lambda kv: (-kv[1], kv[0]))
        if k[0] == "organization" and ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            out[k] = ranked[0][0]
    return out


def _agreeing(surname_members: list[tuple[str, LocalActor]], cands: list[tuple[str, str]],
              groups: dict[tuple[str, str], list[tuple[str, LocalActor]]]) -> tuple[str, str] | None:
    """The full name a bare surname joins: the only candidate whose country or title agrees,
    or the only candidate at all when nothing contradicts it."""
    if not cands:
        return None
    mine = [a for _, a in surname_members]
    my_countries = {a.country_code for a in mine if a.country_code}
    my_titles = _title_words(mine)

    def agrees(k: tuple[str, str]) -> bool | None:
        theirs = [a for _, a in groups[k]]
        countries = {a.country_code for a in theirs if a.country_code}
        if my_countries and countries:
            return bool(my_countries & countries)
        titles = _title_words(theirs)
        if my_titles and titles:
            return bool(my_titles & titles)
        return None  # nothing to compare

    verdicts = {k: agrees(k) for k in cands}
    positive = [k for k, v in verdicts.items() if v]
    if len(positive) == 1:
        return positive[0]
    if len(cands) == 1 and verdicts[cands[0]] is None:
        return cands[0]
    return None


def _canonical(key: tuple[str, str], members: list[LocalActor]) -> CanonicalActor:
    """Name, type and country by majority, ties broken by content, never by input order."""
    kind = key[0]
    if kind == "country":
        name = gazetteer.country_name(key[1])
        country = key[1]
    else:
        names = Counter(a.name for a in members)
        name = max(names, key=lambda n: (len(n.split()), names[n], n != fold(n), n))
        countries = Counter(a.country_code for a in members if a.country_code)
        country = max(countries, key=lambda c: (countries[c], c)) if countries else None
        if kind == "organization" and country and 2 * countries[country] < len(members):
            country = None  # 'the UK's EU rebate' in some articles does not make the EU British
    aliases = sorted({n for a in members for n in [a.name, *a.aliases]} - {name})
    return CanonicalActor(stable_id(kind, fold(name)), name, kind, country, aliases)
