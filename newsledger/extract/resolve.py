"""Cross-article actor identity. Merges article-local actors into warehouse-wide ones:
the same normalised name (and type) is one actor, countries are one per ISO code, an acronym
joins the organisation spelled out with it elsewhere, a one-word "person" that at least as many
articles call an organisation as call it or someone by it as a surname is that organisation, a
longer name called a person in some articles and an organisation in others takes the type more
articles give it,
and a bare surname (hyphenated too: 'Lind-Ruiz') joins the one known full name whose context
(country or title) agrees, staying apart when two known people share it. Only a name written
like a person's ('Ana Lind', not 'rang Lucy' or 'Coach Ana Lind') takes bare surnames; with
no country or title to compare, each article's bare surname joins the one candidate whose
articles share some of its company (fully named people, organisations), and a bare first name
('Harry' beside 'Dirty Harry') or country ('England') joins only where country or title agree.
Deterministic and independent of input order, so re-running it over the whole
warehouse after each load gives what one fresh load would."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from newsledger.extract import gazetteer
from newsledger.extract.records import LocalActor
from newsledger.extract.text import fold
from newsledger.extract.titles import lexicon as title_lexicon
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

    # Persons known by more than one word, indexed by surname and by first + last name; only
    # those written like a person's name ('named') stand for a bare name elsewhere.
    full = {k for k in groups if k[0] == "person" and len(k[1].split()) > 1}
    named = {k for k in full if any(_name_shaped(a.name) for _, a in groups[k])}
    by_first_last: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in sorted(full):
        words = k[1].split()
        by_first_last[(words[0], words[-1])].append(k)
    in_article = _actors_by_article(groups)
    target: dict[tuple[str, str], tuple[str, str]] = {}
    joins: dict[tuple[str, tuple[str, str]], tuple[str, str]] = {}  # (article_id, key) -> full name
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
        longer = [o for o in sorted(named) if o not in target and len(o[1].split()) > len(words)
                  and o[1].split()[-len(words):] == words]
        if k not in target:
            joins.update(_joins(k, longer, groups, in_article))
    target.update(_acronym_targets(groups))
    given = _given_names(named)
    surname_articles = _surname_articles(groups, named)
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    joined = {k for _, k in joins}
    for k in sorted(named):
        if k not in target and k not in joined:
            by_surname[_surname(k[1])].append(k)
    for k in sorted(groups):
        # "Yukos" the NER calls a person in one article is the company that more articles name
        # than name it or someone by it as a surname ('Campbell' of 'Ann Campbell' and 'Bo Campbell')
        org = ("organization", k[1])
        if k[0] == "person" and " " not in k[1] and org in groups and len({d for d, _ in groups[org]}) \
                >= len({d for d, _ in groups[k]} | surname_articles.get(k[1], set())):
            target[k] = org
    target.update(_typed_by_most(groups, target))
    for k in sorted(groups):
        if k[0] != "person" or k in full or k in target:
            continue
        cands = by_surname.get(k[1], [])
        # a first name or a country's name ('England' for its team) alone is nobody's surname
        # unless the context says so
        unsure = k[1] in given or gazetteer.country_code(k[1]) is not None
        joins.update(_joins(k, cands, groups, in_article, strict=unsure))

    merged: dict[tuple[str, str], list[tuple[str, LocalActor]]] = defaultdict(list)
    for k, members in groups.items():
        for article_id, a in members:
            merged[joins.get((article_id, k), target.get(k, k))].append((article_id, a))

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


def _typed_by_most(groups: dict[tuple[str, str], list[tuple[str, LocalActor]]],
                   target: dict[tuple[str, str], tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """A name of more than one word that some articles call a person and others an organisation
    ('Munich Re', 'Roman Abramovich') is one actor, of the type more articles give it; a tie
    leaves the two apart. One-word names are left to the surname rules above."""
    moves: dict[tuple[str, str], tuple[str, str]] = {}
    for k in sorted(groups):
        other = ("organization", k[1])
        if k[0] != "person" or " " not in k[1] or other not in groups:
            continue
        as_person, as_org = len({d for d, _ in groups[k]}), len({d for d, _ in groups[other]})
        if as_person != as_org:
            minor, major = (k, other) if as_person < as_org else (other, k)
            if minor not in target:
                moves[minor] = target.get(major, major)
    return moves


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


def _given_names(named: Iterable[tuple[str, str]]) -> set[str]:
    """Words more known full names begin than end ('Harry' of 'Harry Hill' and 'Harry Lee'):
    alone, such a word is more likely some first name than the surname of the one full name
    ending with it ('Dirty Harry')."""
    first = Counter(k[1].split()[0] for k in named)
    last = Counter(_surname(k[1]) for k in named)
    return {w for w in first if first[w] > last[w]}


def _surname_articles(groups: dict[tuple[str, str], list[tuple[str, LocalActor]]],
                      named: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Articles naming someone by each word that ends a known full name."""
    out: dict[str, set[str]] = defaultdict(set)
    for k in named:
        out[_surname(k[1])].update(d for d, _ in groups[k])
    return out


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a surname: "Ana Ruiz Jr."


def _surname(key: str) -> str:
    """The last word of a folded full name but a generation ('ana ruiz jr' -> 'ruiz'): what a
    bare surname elsewhere is written as."""
    words = key.split()
    return words[-2] if len(words) > 2 and words[-1] in GENERATIONS else words[-1]


def _name_shaped(name: str) -> bool:
    """'Ana Lind', not 'rang Lucy', 'Crown Prince Abdullah' or 'Mike Nichols' Closer': only a
    name that begins and ends capitalised, without a title or a possessive, is a person's full
    name that a bare surname may stand for."""
    words = name.split()
    lex = title_lexicon()
    opening = {fold(" ".join(words[:n])) for n in (1, 2)}
    return (words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or _particle(w) for w in words[1:-1])
            and not any(w.endswith(("'", "’", "'s", "’s")) for w in words)
            and not any(w in lex.titles or w in lex.honorifics for w in opening))


def _particle(word: str) -> bool:
    """'van', 'de', 'bin' inside a name; not 'v' in 'Swansea v Leicester' nor 'of', 'at'."""
    return word.isalpha() and len(word) > 1 and word not in STOP_WORDS


def _actors_by_article(groups: dict[tuple[str, str], list[tuple[str, LocalActor]]]) -> dict[str, set[tuple[str, str]]]:
    """The organisations and fully named people each article names: the company that tells the
    footballer 'Ball' of a line-up from the presenter 'Zoe Ball' when neither has a country or a
    title (a bare name, as ambiguous as the one to place, is no evidence)."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for k, members in groups.items():
        if k[0] != "country" and (k[0] != "person" or " " in k[1]):
            for article_id, _ in members:
                out[article_id].add(k)
    return out


def _joins(bare: tuple[str, str], cands: list[tuple[str, str]],
           groups: dict[tuple[str, str], list[tuple[str, LocalActor]]],
           in_article: dict[str, set[tuple[str, str]]],
           strict: bool = False) -> dict[tuple[str, tuple[str, str]], tuple[str, str]]:
    """The full name a bare surname stands for, by (article, bare key): in all its articles the
    only candidate whose country or title agrees; else, in each article, the only candidate
    with neither to compare whose articles name a person or organisation that article names too
    (not with `strict`)."""
    mine = [a for _, a in groups[bare]]
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
    if len(positive := [k for k, v in verdicts.items() if v]) == 1:
        return {(article_id, bare): positive[0] for article_id, _ in groups[bare]}
    if positive or strict:
        return {}
    company = {k: set().union(*(in_article[d] for d, _ in groups[k])) - {k}
               for k, v in verdicts.items() if v is None}
    out = {}
    for article_id, _ in groups[bare]:
        sharing = [k for k, theirs in company.items() if theirs & in_article[article_id]]
        if len(sharing) == 1:
            out[(article_id, bare)] = sharing[0]
    return out


def _canonical(key: tuple[str, str], members: list[LocalActor]) -> CanonicalActor:
    """Name, type and country by majority, ties broken by content, never by input order."""
    kind = key[0]
    if kind == "country":
        name = gazetteer.country_name(key[1])
        country = key[1]
    else:
        name = _person_name(members) if kind == "person" else _fullest_name(members)
        countries = Counter(a.country_code for a in members if a.country_code)
        country = max(countries, key=lambda c: (countries[c], c)) if countries else None
        if kind == "organization" and country and 2 * countries[country] < len(members):
            country = None  # 'the UK's EU rebate' in some articles does not make the EU British
    aliases = sorted({n for a in members for n in [a.name, *a.aliases]} - {name})
    return CanonicalActor(stable_id(kind, fold(name)), name, kind, country, aliases)


def _fullest_name(members: list[LocalActor]) -> str:
    """The name with the most words, then the one most articles give."""
    names = Counter(a.name for a in members)
    return max(names, key=lambda n: (len(n.split()), names[n], n != fold(n), n))


def _person_name(members: list[LocalActor]) -> str:
    """The full name most articles write: 'Donald Trump' of three articles over the 'Donald J.
    Trump' of one, which stays an alias. Of the forms with the most words other than middle
    initials ('S Williams' keeps its first), the one the most articles write, not in capitals;
    a tie goes to the plainer form."""
    def core(n: str) -> int:
        words = fold(n.replace("'", "").replace("’", "")).split()  # 'O'Neill' is one word
        return len(words) - sum(len(w) == 1 for w in words[1:-1])

    most = max(core(a.name) for a in members)
    seen = Counter(n for a in members for n in {a.name, *a.aliases} if core(n) == most)
    return max(seen, key=lambda n: (not n.isupper(), seen[n], -len(n.split()), n != fold(n), n))
