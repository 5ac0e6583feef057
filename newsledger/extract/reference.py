"""Who a token refers to within one article. `ActorIndex` holds the article's actors and
mentions (made by `actors.build_actors`) and answers "who is this?" for names, pronouns ("he",
"it", "who"), descriptions ("the Ukrainian leader", "the firm", "the 29-year-old"), pairs ("the
two countries") and unnamed officials ("the Nigerian ambassador"): the one resolver statements
and events share, so a speaker and an event's source are found the same way."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from newsledger.extract.gazetteer import continent_code, demonym_code, metonym_code
from newsledger.extract.lexicon import load
from newsledger.extract.quotes import find_quotes
from newsledger.extract.records import LocalActor, Mention, Place
from newsledger.extract.text import doc_text, fold, lemma_keys, phrase_end
from newsledger.extract.titles import lexicon as title_lexicon
from newsledger.extract.titles import token_country

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
COLLECTIVE_PRONOUNS = {"it", "they", "we"}  # a state or body telling its own act ('Iran said it will')
COLLECTIVE_POSSESSIVES = {"its": "it", "their": "they", "our": "we"}  # whose 'its troops' are, read as its pronoun
PAIR_WORDS = {"countries", "sides", "nations", "governments", "parties", "neighbours", "neighbors"}
GENERIC_HEADS = {"leader", "official", "head", "chief"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class ActorIndex:
    """The article's actors and mentions, with lookups from tokens to actor keys."""

    doc: Doc
    actors: list[LocalActor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: dict[int, Place] = field(default_factory=dict)  # token index -> place it names
    key_of_token: dict[int, str] = field(default_factory=dict)
    subject_tokens: set[int] = field(default_factory=set)
    pronouns: dict[str, str | None] = field(default_factory=dict)  # person key -> 'he' / 'she' (None: both seen)

    def actor(self, key: str) -> LocalActor:
        return next(a for a in self.actors if a.key == key)

    def resolve(self, tok: Token) -> list[str]:
        """Actor keys the noun phrase headed by `tok` refers to ([] when unknown)."""
        keys = self._resolve_one(tok)
        if not keys:
            return []
        paired = [m for mod in tok.children if mod.dep_ == "amod" and mod.conjuncts for m in (mod, *mod.conjuncts)]
        out = [k for m in sorted(paired) if m.i in self.key_of_token for k in [self.key_of_token[m.i]]]  # "Colombian
        out += [k for k in keys if k not in out]  # and Peruvian soldiers": both groups, in the order written
        for conj in tok.conjuncts:
            if conj.i > tok.i:
                out.extend(k for k in self._resolve_one(conj) if k not in out)
        return out

    def _resolve_one(self, tok: Token) -> list[str]:
        if tok.i in self.key_of_token:
            return [self.key_of_token[tok.i]]
        low = tok.lower_
        if (antecedent := relative_antecedent(tok)) is not None:
            return self._resolve_one(antecedent)
        if low in PERSON_PRONOUNS:
            if (subject := self._fronted_for(tok)) is not None:
                return self._resolve_one(subject)  # "During his visit to Riga, the president signed": the president's visit
            key = self.antecedent(tok)
            return [key] if key else []
        if low == "it" and tok.dep_ in ("dobj", "pobj"):
            return self.object_body(tok)
        if low in COLLECTIVE_PRONOUNS or low in COLLECTIVE_POSSESSIVES and tok.dep_ == "poss":
            return self.teller_body(tok)
        if low in PAIR_WORDS and any(c.lower_ in ("two", "both") for c in tok.children):
            return self.top_countries(2)
        if low in title_lexicon().pair_heads and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self.named_pair(tok.i)
        if sport_side(tok):
            return []  # "Pakistan's hockey team" plays for Pakistan, it does not act for it
        # A phrase whose modifiers name an actor: "the U.S. delegation", "Kremlin officials".
        # The apposition names the actor itself ("the US giant Monsanto"); a compound only when
        # the head is who acts for it, not "the US ban" or "a US company", which it is only about;
        # so too a state's or body's possessive ("Sudan's army", "Barclays' board"), not a person's
        # ("Ana Lind's lawyers", who speak for her but are not her); a body head after its own name is it
        # ("the Green Wave party")
        party = self._party_named(tok) if tok.lower_ in title_lexicon().party_heads and (
            _definite(tok) or any(c.dep_ == "poss" for c in tok.children)) else None  # not 'a GOP leader', who may speak for it
        if (titled := self._titled_apposition(tok)) is not None:
            return [titled]  # "the Tory finance spokesman, Ian Lind MSP,": the name before the post-nominal
        for dep in ("appos", "compound", "poss"):
            if dep != "appos" and party is not None:
                return self._party_head(tok, party)  # "the Tory leader": the party's leader, not the party
            for child in tok.children:
                if child.dep_ == dep and child.i in self.key_of_token and (
                        dep == "appos" and not _names_a_work(tok) or _acts_for(tok) or (
                        dep == "compound" and self._body_named(tok, self.key_of_token[child.i]))) and (
                        dep != "poss" or self.actor(self.key_of_token[child.i]).actor_type != "person"):
                    return [self.key_of_token[child.i]]
        named = self._named_office_holder(tok) or self._body_after(tok)
        if named:
            return [named]
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in PERSON_PRONOUNS:
            key = self.own_state(tok, owner)
            if key:
                return [key]
        if owner is not None and tok.lower_ in title_lexicon().neighbour_heads:
            return self.neighbour(tok, owner)
        if owner is not None and owner.lower_ in COLLECTIVE_POSSESSIVES and _acts_for(tok):
            return self.teller_body(owner)  # "Its members marched": the union's members act for it
        key = (self.description(tok) or self.named_body(tok) or self.named_firm(tok) or self.topic(tok) or self.aged(tok)
               or self.state_official(tok) or self.named_state(tok) or self.force_of_members(tok))
        return [key] if key else self.state_bodies(tok)

    def _titled_apposition(self, tok: Token) -> str | None:
        """The person named in an apposition whose head the parse made a post-nominal letters
        ('the Tory finance spokesman, Ian Lind MSP,': 'MSP' heads 'Ian Lind')."""
        for child in tok.children:
            if child.dep_ == "appos" and child.i not in self.key_of_token and child.is_upper and child.is_alpha:
                names = [c for c in child.children if c.dep_ == "compound" and c.i in self.key_of_token]
                if names and self.actor(self.key_of_token[names[-1].i]).actor_type == "person":
                    return self.key_of_token[names[-1].i]
        return None

    def _body_after(self, tok: Token) -> str | None:
        """'a spokesman for Greenpeace', 'officials at the Bank of England', 'members of Congress':
        the body or state named after a head who speaks for it ([spokes_heads] of titles.toml), as
        'a Greenpeace spokesman' names it before; not a person ('a lawyer for Ana Lind' is not
        her), a place ('officials in Lagos'), one of several ('the ministers of Peru and Chile') or
        a body only described ('members of the group')."""
        if tok.lemma_.lower() not in title_lexicon().spokes_heads:
            return None
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "from"):
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            keys = [k for o in objects for k in self.resolve(o)]
            if len(keys) == 1 and objects[0].i in self.key_of_token and self.actor(keys[0]).actor_type != "person":
                return keys[0]
        return None

    def _party_named(self, tok: Token) -> str | None:
        """The party a modifier of the phrase names ('the Tory leader', 'the Lib Dem leader')."""
        for child in tok.children:
            actor = self.actor(self.key_of_token[child.i]) if child.i in self.key_of_token and child.i < tok.i else None
            if actor is not None and _is_party(actor):
                return actor.key
        return None

    def _party_head(self, tok: Token, party: str) -> list[str]:
        """Who 'the Tory leader' is: the latest person named before whose title is that office of
        that party ('Tory leader Ann Lee', 'Ann Lee, the Conservative leader,'); none when the
        article gave no such title (speakers stay unresolved), never the party itself."""
        from newsledger.extract.actors.lexicon import org_lexicon
        names = {fold(self.actor(party).name), *(fold(a) for a in self.actor(party).aliases)}
        for _, key in self._persons_before(tok.i):
            for title in self.actor(key).role_titles:
                words = fold(title).split()
                if tok.lower_ in words and not _OTHER_OFFICE & set(words[:words.index(tok.lower_)]):
                    named = " ".join(words[:words.index(tok.lower_)])
                    if named in names or org_lexicon().parties.get(named, ("",))[0] == self.actor(party).name:
                        return [key]
        return []

    def _body_named(self, head: Token, key: str) -> bool:
        """A body head after the name of the organisation it is ('the Green Wave party', 'the
        Likud party': [body_heads] of titles.toml), which the NER leaves out of the name."""
        return head.lower_ in title_lexicon().body_heads and self.actor(key).actor_type == "organization"

    def state_bodies(self, tok: Token) -> list[str]:
        """'the government of Mali', 'the junta in Niger', 'police in the US and Canada' (a body of
        [collectives] of titles.toml that is an organisation): the countries its of- or in-phrase
        names, as a state's own body stands for it ('Mali's government'); not people who are only
        there ('rebels in Congo', 'troops in Somalia', who may be foreign)."""
        if title_lexicon().collectives.get(tok.lower_) != "organization":
            return []
        places = [q for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                  for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
        keys = [self.key_of_token[p.i] for p in places if p.i in self.key_of_token]
        return [k for k in dict.fromkeys(keys) if self.actor(k).actor_type == "country"]

    def _named_office_holder(self, tok: Token) -> str | None:
        """'The head of the World Food Programme, Anna Berg,', 'a spokesman for US Customs and
        Immigration, Dan Roe,', 'director of the Friends of the Earth Trust, Ann Lee,': the person
        named in apposition at the end of the phrase or between commas ('the visiting President
        of Togo, Koffi Agbeko, at State House'), which the parser hangs on the body (or on a body
        in it, even as its conjunct) rather than on the office. A body that is a person ('a friend of the
        singer, Ann Lee,': she may be the singer) leaves it open."""
        lex = title_lexicon()
        people = lex.heads | lex.occupations | lex.described_people | GENERIC_HEADS
        if tok.lower_ not in people:
            return None
        last = phrase_end(tok)
        for body in (t for t in tok.subtree if t.dep_ in ("pobj", "conj") and t.i < last and _in_phrase_of(t, tok)):
            named = body.i in self.key_of_token and self.actor(self.key_of_token[body.i]).actor_type != "person"
            if not named and (body.i in self.key_of_token or body.lemma_.lower() in people or body.pos_ == "PRON"):
                continue
            for name in body.children:  # "the President of Togo, Koffi Agbeko," may be parsed as two conjuncts
                if ((name.dep_ in ("appos", "npadvmod") or name.dep_ == "conj" and not any(c.dep_ == "cc" for c in body.children))
                        and name.i in self.key_of_token and name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","
                        and (phrase_end(name) == last or name.doc[phrase_end(name) + 1:phrase_end(name) + 2].text == ",")
                        and self.actor(self.key_of_token[name.i]).actor_type == "person"):
                    return self.key_of_token[name.i]
        return None

    def named_state(self, tok: Token) -> str | None:
        """'the country', 'the nation', 'the island nation' ([state_heads] of titles.toml, with words
        that only describe it, not [not_state_words]: 'the whole country'): the state that is the
        subject of the sentence before ('Kenya has promised a mission to Haiti. The country's
        police ...'), else the one state named from that sentence up to the phrase; never the
        subject of the phrase's own clause, who would be 'itself' ('Azerbaijan sent teams to the
        country'). The body ruling a state ('the junta', 'the military government': [ruling_heads]
        and [ruling_words]) is first the one state its own sentence names before it ('In Mali, the
        junta expelled ...'), as it rules where it is. A state is a country actor or its government
        ('the Ethiopian government'). A word saying where the state lies ('the Gulf state', 'the
        African nation') takes only a state of that continent ([continent_words] of titles.toml)."""
        lex = title_lexicon()
        ruling = tok.lower_ in lex.ruling_heads or tok.lower_ == "government" and any(
            c.dep_ == "amod" and c.lower_ in lex.ruling_words for c in tok.children)
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
        placed = [c for c in mods if self._situates(c)]  # "the Gulf state", "the Central Asian nation"
        head = tok.lower_ in lex.state_heads or tok.lower_ in lex.placed_state_heads and placed
        if not head and not ruling or not _definite(tok) or any(
                c not in placed and not (self._describes(c) and c.lower_ not in lex.not_state_words) for c in mods) or any(
                c.dep_ == "prep" and (c.lower_ == "of" or ruling and c.lower_ == "in") for c in tok.children):
            return None  # "the whole country", "the country of his birth": named otherwise, or another; "the
            # island nation" only describes it
        own = {k for subj in _owner_subjects(tok) for k in self.resolve(subj)}
        words = title_lexicon().continent_words
        continents = {words[t.lower_] for c in placed for t in c.subtree if t.lower_ in words}  # "the African nation"

        def fits(key: str) -> bool:
            code = self.actor(key).country_code
            return self._state(key) and key not in own and (not continents or bool(code) and continent_code(code) in continents)

        here = {m.actor_key for m in self.mentions if tok.sent.start_char <= m.char_start < tok.idx and fits(m.actor_key)}
        if ruling and len(here) == 1:
            return here.pop()
        before = _sentence_before(tok)
        keys = [k for k in self._subject_keys(before) if fits(k)]
        if len(keys) == 1:
            return keys[0]
        start = before.start if before is not None else tok.sent.start
        named = {m.actor_key for m in self.mentions if self.doc[start].idx <= m.char_start < tok.idx and fits(m.actor_key)}
        return named.pop() if len(named) == 1 else None

    def neighbour(self, tok: Token, owner: Token) -> list[str]:
        """'Its neighbour', 'Kenya's neighbour' ([neighbour_heads] of titles.toml, singular): the one
        state other than the owner's named from the sentence before up to the phrase ('Latvia
        negotiated with Lithuania. Her country resumed exports to its neighbour': Lithuania); none
        when the owner is no state or two others are named."""
        owners = self.resolve(owner)
        if len(owners) != 1 or not self._state(owners[0]):
            return []
        before = _sentence_before(tok)
        start = (before or tok.sent).start_char
        others = {m.actor_key for m in self.mentions if start <= m.char_start < tok.idx
                  and self._state(m.actor_key) and m.actor_key != owners[0]}
        return list(others) if len(others) == 1 else []

    def _subject_keys(self, sent: Span | None) -> list[str]:
        """The actors the subject of the sentence's main verb names ([] for none)."""
        subj = None if sent is None else next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
        return self.resolve(subj) if subj is not None else []

    def topic(self, tok: Token) -> str | None:
        """'The party', 'the former rebel group', 'the government' ([topic_heads] of titles.toml;
        lowercase words before it only describe it): the one actor the subject of the sentence
        before names, when it is of the head's kind, a body ('The ANC lost its majority.
        The party signed ...') or a state ('Kenya's government has faced protests. The government
        banned ...'); never the subject of the phrase's own clause ('Peru sent troops to the
        government'), nor when the phrase's own sentence names another of the kind before it. A
        government after a body's sentence is the one state named there (`_host_state`)."""
        kind = title_lexicon().topic_heads.get(tok.lower_)
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
        if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _defined_here(tok) or not all(
                self._describes(m) for m in mods) or any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(
                    p.pos_ == "PROPN" or p.i in self.key_of_token for p in c.children) for c in tok.children):
            return None  # "the government of Chile", "the government in Lima": named otherwise (not "accused the
            # government of fraud")
        own = {k for subj in _owner_subjects(tok) for k in self.resolve(subj)}
        keys = [k for k in self._subject_keys(_sentence_before(tok)) if k not in own]
        fits = [k for k in {m.actor_key for m in self.mentions if tok.sent.start_char <= m.char_start < tok.idx} | set(keys)
                if (self._state(k) if kind == "state" else self.actor(k).actor_type == "organization" and not self._state(k))]
        if kind == "state" and len(keys) == 1 and not fits and self.actor(keys[0]).actor_type in ("organization", "group"):
            return self._host_state(tok, own)  # "Oxfam runs clinics in Chad. The government expelled ..."
        return keys[0] if len(keys) == 1 and fits == keys else None  # not "the Nusra Front ..., allowing the group to"

    def force_of_members(self, tok: Token) -> str | None:
        """'Officers', 'Police' written bare ([force_members] of titles.toml): the force the sentence
        before has as its subject, when its name ends in one of the word's bodies ('The Kenyan police
        arrested six men. Officers said they had seized weapons'); not 'police in Lagos', 'two
        officers', 'its soldiers', who may be others."""
        bodies = title_lexicon().force_members.get(tok.lemma_.lower())
        if bodies is None or tok.i in self.key_of_token or any(
                c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "prep", "appos") for c in tok.children):
            return None
        keys = self._subject_keys(_sentence_before(tok))
        name = fold(self.actor(keys[0]).name).split() if len(keys) == 1 else []
        return keys[0] if name and name[-1] in bodies and self.actor(keys[0]).actor_type != "person" else None

    def _host_state(self, tok: Token, own: set[str]) -> str | None:
        """The one state the article has named up to the phrase, when the sentence before names it
        as where its subject, a body, acts ('Oxfam has run clinics in Chad. The government ...'):
        the government is that state's; none when the article named another state before."""
        before = _sentence_before(tok)
        named = {m.actor_key for m in self.mentions if m.char_start < tok.idx and self._state(m.actor_key)}
        there = {m.actor_key for m in self.mentions if before is not None and before.start_char <= m.char_start < before.end_char
                 and m.actor_key in named}
        return there.pop() if len(named) == 1 and there == named and not there & own else None

    def own_state(self, tok: Token, owner: Token) -> str | None:
        """'Her government', 'his country' ([state_heads] and the state [topic_heads] of titles.toml):
        the state of the person the pronoun stands for, when the article names it as a country."""
        lex = title_lexicon()
        if tok.lower_ not in lex.state_heads and lex.topic_heads.get(tok.lower_) != "state":
            return None
        person = self.antecedent(owner)
        code = self.actor(person).country_code if person else None
        return next((a.key for a in self.actors if a.actor_type == "country" and code and a.country_code == code), None)

    def _state(self, key: str) -> bool:
        """A country actor, or a state's government named with its demonym ('the Ethiopian government')."""
        actor = self.actor(key)
        return actor.actor_type == "country" or actor.actor_type == "organization" and bool(actor.country_code) and (
            fold(actor.name).split()[-1] in title_lexicon().collectives)

    def state_official(self, tok: Token) -> str | None:
        """'the Nigerian ambassador', 'the Kenyan foreign minister' ([state_officials] of
        titles.toml): the state its demonym names, as PLOVER codes an unnamed official; none when
        a person named before, of that state or of none the text gave, holds the office or no
        title the text gave, and may be the one meant ('Mr Lind said ... the Danish premier
        said'), or an apposition names the official."""
        if not any(k in title_lexicon().state_officials for k in lemma_keys(tok)) or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
            return None  # 'the French minister, Ana Ruiz,': a name the NER missed still says who speaks
        state = next((self.key_of_token[c.i] for c in tok.children if c.dep_ == "amod" and c.i in self.key_of_token
                      and self.actor(self.key_of_token[c.i]).actor_type == "country"), None)
        if state is None or any(self.actor(k).country_code in (None, self.actor(state).country_code) and (
                not self.actor(k).role_titles or _holds_office(self.actor(k).role_titles, tok.lower_))
                for _, k in self._persons_before(tok.i)):
            return None
        return state

    def delegates_state(self, key: str, delegates: frozenset[str]) -> str:
        """The country a group of its delegates stands for in what it does ('Chilean diplomats held
        talks', 'Togolese lawmakers ratified the treaty': the group's head lemma one of
        `delegates`, its other words its demonym), when the article names that country; else the
        group itself (PLOVER codes a state's officials as the state)."""
        actor = self.actor(key)
        if actor.actor_type != "group" or not actor.country_code:
            return key
        span = next((self.doc.char_span(m.char_start, m.char_end) for m in self.mentions if m.actor_key == key), None)
        if span is None:
            return key
        head = span.root.head if demonym_code(span.text) else span.root  # "Chilean" of "Chilean and Bolivian diplomats"
        named = " ".join(t.text for t in span if t != head)
        if head.lemma_.lower() not in delegates or demonym_code(named) != actor.country_code:
            return key  # not "Chilean union officials"
        states = [a.key for a in self.actors if a.actor_type == "country" and a.country_code == actor.country_code]
        return states[0] if len(states) == 1 else key

    def top_countries(self, n: int) -> list[str]:
        counts = Counter(m.actor_key for m in self.mentions
                         if self.actor(m.actor_key).actor_type == "country")
        order = {m.actor_key: i for i, m in reversed(list(enumerate(self.mentions)))}
        ranked = sorted(counts, key=lambda k: (-counts[k], order[k]))
        return ranked[:n] if len(ranked) >= n else []

    def named_pair(self, pos: int) -> list[str]:
        """'The pair', 'the duo': the two people the article named together before token `pos`
        ('Ana Lind and Eva Moor were banned ... the pair said'); none when it named two pairs."""
        persons = dict(self._persons_before(pos))
        pairs = {(k, persons[c.i]) for i, k in persons.items() for c in self.doc[i].conjuncts
                 if c.i > i and c.i in persons and persons[c.i] != k}
        return list(pairs.pop()) if len(pairs) == 1 else []

    def aged(self, tok: Token) -> str | None:
        """'The 29-year-old' ('old' heading 'year' and its number), 'the 45-year-old father' (a word
        for a person so described): the one person named before whose age the text gave as that
        ('Ana Lind, 29,', '29-year-old Ana Lind'); when it gave none, the one person named before
        at all; else none. The 'the' may hang on a word the parse took for the noun ('the
        29-year-old wrote')."""
        lex = title_lexicon()
        old = tok if tok.lower_ == "old" else next((c for c in tok.children if c.dep_ == "amod" and c.lower_ == "old"), None)
        if old is not tok and tok.lemma_.lower() not in lex.heads | lex.occupations | lex.described_people:
            return None  # 'the 10-year-old war'
        year = next((c for c in old.children if c.lower_ == "year"), None) if old is not None else None
        number = next((c for c in year.children if c.dep_ == "nummod"), None) if year is not None else None
        if number is None or number.i == 0 or self.doc[number.i - 1].lower_ != "the":
            return None
        age = number.text
        text = doc_text(self.doc)
        persons = {k for _, k in self._persons_before(year.i)}
        stated = {m.actor_key for m in self.mentions if m.actor_key in persons and (
            re.match(rf",\s*(aged\s+)?{age}\b", text[m.char_end:m.char_end + 12])
            or re.search(rf"\b{age}-year-old\s+$", text[max(0, m.char_start - 16):m.char_start]))}
        ages_given = any(re.match(r",\s*(aged\s+)?\d{1,2}\b", text[m.char_end:m.char_end + 12]) for m in self.mentions if m.actor_key in persons)
        fits = stated if stated or ages_given else persons
        return fits.pop() if len(fits) == 1 else None

    def _persons_before(self, pos: int) -> list[tuple[int, str]]:
        """(token index, key) of person mentions starting before token `pos`, latest first."""
        out = []
        for tok_i, key in self.key_of_token.items():
            if tok_i < pos and self.actor(key).actor_type == "person":
                out.append((tok_i, key))
        return sorted(out, reverse=True)

    def antecedent(self, pronoun: Token) -> str | None:
        """The person a he/she refers to: the subject of the nearest preceding clause that has a
        person subject (or a he as the subject of its own or the previous sentence, who is whom that
        he is: 'Lee said ... He added ... He urged', when the pronoun's own sentence names no one
        before it), else the nearest person mentioned in the last two sentences; never one the
        article marks as taking the other pronoun ('Mrs Hassan' for 'he'), nor, for a pronoun
        outside quotes, one named inside a quote of its own sentence (whom the speaker talks
        about) or as a party of its own clause."""
        sents = list(self.doc.sents)
        sent_i = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
        takes = _sex_of(pronoun)
        if (subject := _subject_of_owner(pronoun, takes)) is not None:
            return self.antecedent(subject)  # "he will withdraw his police": his is he
        teller = _teller_of(pronoun)
        unnamed = teller is not None and teller.pos_ == "NOUN" and teller.i not in self.key_of_token
        if unnamed and title_lexicon().tellers.get(teller.lemma_.lower()) == takes:
            return None  # "the woman said she was assaulted": she is the woman, whom the article does not name
        if unnamed and teller.lower_ in title_lexicon().office_tellers and not self.resolve(teller):
            return self._office_holder(teller, takes)  # "the Serbian leader announced that he will withdraw"
        bound = self._clause_subjects(pronoun)
        describing = {t.i for t in teller.subtree} - {t.i for a in teller.subtree if a.dep_ == "appos" for t in a.subtree} if unnamed else set()
        # "the minister at the centre of the Ana Lind row says he": not Ana Lind, who only describes him
        inside = _quoted(pronoun)
        bound |= self._named_below(pronoun)
        bound |= self._work_names()
        persons = [(i, k) for i, k in self._persons_before(pronoun.i)
                   if self._may_take(k, takes) and k not in bound and i not in describing
                   and (inside or not _quoted(self.doc[i]))]  # '“Ann Lee was superb,” he said': not Ann Lee,
        # whom he quotes, in this sentence or one before
        chains = not inside and not any(sents[sent_i].start <= i for i, _ in persons)
        # a he whose own sentence names no one before it takes the he that opens it or the sentence before
        for back in range(0, 4):
            if sent_i - back < 0:
                break
            sent = sents[sent_i - back]
            in_sent = [(i, k) for i, k in persons if sent.start <= i < sent.end]
            subjects = [(i, k) for i, k in in_sent if i in self.subject_tokens]
            if back <= 1:  # an unnamed official is taken up only by the next sentence's he
                subjects += self._official_subjects(sent, pronoun)
            if chains and back <= 1:  # "Lee said ... He added ... He urged": the he before stands for the same man
                subjects += [(t.i, "") for t in sent if t.i < pronoun.i and t.lower_ == takes and not _quoted(t)
                             and t.dep_ in ("nsubj", "nsubjpass") and _main_verb(t.head)]
            unnamed = self._unnamed_teller(sent, takes) if back == 1 else None
            if unnamed is not None and all(unnamed < i for i, _ in subjects):
                return None  # 'A bank spokesman said Mr Lee had no offer. He added ...': the spokesman, unnamed
            if subjects:
                # Within the pronoun's own sentence the nearest subject; earlier sentences
                # are read from their main subject (first).
                i, key = max(subjects) if back == 0 else min(subjects)
                return key or self.antecedent(self.doc[i])
        for i, key in persons:
            if i >= sents[max(0, sent_i - 1)].start:
                return key
        return None

    def _work_names(self) -> set[str]:
        """The names the NER took for people that the article uses as a work (`works` of
        organizations.toml): the subject of 'is a book', an apposition or compound of a work noun
        ('Jack Fallow, a fantasy set in Peru', 'the film Jack Fallow'), a name set alone in quote
        marks ('her novel "Jack Fallow"'), in at least half its mentions (a documentary named for
        the person it is about leaves the person one). No he or she stands for them."""
        uses: dict[str, list[bool]] = {}
        for m in self.mentions:
            if self.actor(m.actor_key).actor_type == "person":
                span = self.doc.char_span(m.char_start, m.char_end)
                uses.setdefault(m.actor_key, []).append(span is not None and _used_as_work(span))
        return {k for k, works in uses.items() if 2 * sum(works) >= len(works) > 0 and any(works)}

    def _may_take(self, key: str, takes: str) -> bool:
        """Whether an actor may be the 'he' or 'she' (`takes`) at hand: the article has not called
        them only by the other."""
        return self.pronouns.get(key, takes) in (takes, None)

    def _office_holder(self, teller: Token, takes: str) -> str | None:
        """Whom a he or she opening the clause of an unnamed office holder's saying stands for, when
        the phrase resolves to no actor ('the Serbian leader announced that he will withdraw'): the
        latest person named before who holds that office and may take the pronoun, else no one; not
        the last person named, who may hold another office or none."""
        return next((k for _, k in self._persons_before(teller.i) if self._may_take(k, takes)
                     and _holds_office(self.actor(k).role_titles, teller.lower_)), None)

    def _fronted_for(self, pronoun: Token) -> Token | None:
        """The subject of the main clause that a phrase or clause opening the sentence, holding
        the pronoun, comes before ('During his visit to Riga, the president signed', 'After she
        landed, Ana Lind said'): the pronoun looks ahead to it, when it names a person (a person's
        name, or a title word of the pronoun's sex: 'the president', not 'police' or 'the board')."""
        cur = pronoun
        while cur.head != cur and cur.head.head != cur.head:
            cur = cur.head
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i for c in cur.children if cur.pos_ in ("VERB", "AUX")):
                return None  # "When Lee tried to defend his remarks, Ali differed": his own clause's subject
        verb = cur.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        opening = pronoun.doc[pronoun.sent.start:cur.left_edge.i]
        if (subject is None or cur.dep_ not in ("prep", "advcl") or not cur.i < subject.i or cur == subject
                or verb.pos_ not in ("VERB", "AUX") or _quoted(pronoun)
                or any(t.dep_ not in ("cc", "punct", "advmod") for t in opening)):
            return None  # not "Lee's plan was sensible, since he ..., Ali said": the phrase must open the sentence
        takes = _sex_of(pronoun)
        if subject.i in self.key_of_token:
            key = self.key_of_token[subject.i]
            person = self.actor(key).actor_type == "person" and self._may_take(key, takes)
            return subject if person else None
        lex = title_lexicon()
        if subject.pos_ == "NOUN" and subject.lower_ in lex.heads and lex.gendered.get(subject.lower_, takes) == takes:
            return subject
        return None

    def _unnamed_teller(self, sent: Span, takes: str) -> int | None:
        """Token index of an unnamed person heading the main clause of `sent` ('A bank spokesman
        said ...', 'An Acme spokesman said ...': he speaks for Acme but is no one the article
        names), whom a he or she in the next sentence most likely is; none when the words are of
        the other sex, may stand for a person named before ('the former minister', 'the
        president'), or an apposition names him ('a spokesman for the firm, Dr Lee,')."""
        lex = title_lexicon()
        for t in sent:
            if (t.dep_ in SUBJECT_DEPS and _main_verb(t.head) and t.pos_ == "NOUN" and t.i not in self.key_of_token
                    and not _quoted(t) and (t.lower_ in lex.heads or t.lower_ in lex.tellers)
                    and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
                    and lex.gendered.get(t.lower_, lex.tellers.get(t.lower_, takes)) == takes
                    and not any(self.actor(k).actor_type == "person" for k in self.resolve(t))
                    and not any(a.dep_ == "appos" and any(x.i in self.key_of_token for x in a.subtree) for a in t.subtree)):
                return t.i
        return None

    def _official_subjects(self, sent: Span, pronoun: Token) -> list[tuple[int, str]]:
        """(token index, state) of an unnamed official heading a main clause of `sent` before the
        pronoun, whom a he/she may stand for as well as a named person ('Sri Lanka's president
        met protesters. Hours later, he declared ...': Sri Lanka); only for a subject, since an
        object or owner in the official's own clause is someone else ('the minister says he will
        not apologise to her'; 'the president and his counterpart')."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        return [(t.i, keys[0]) for t in sent if t.i < pronoun.i and t.i not in self.key_of_token and t.pos_ == "NOUN"
                and t.dep_ in ("nsubj", "nsubjpass") and _main_verb(t.head) and not _quoted(t)
                and any(k in title_lexicon().state_officials for k in lemma_keys(t))
                and len(keys := self.resolve(t)) == 1 and self.actor(keys[0]).actor_type == "country"]

    def _named_below(self, pronoun: Token) -> set[str]:
        """Who a he/she subject cannot be: a person its own clause names after it as a party ('he
        warned that attacking Mr Lind had cost them': not Lind, who would be 'him'). Not a name
        in quotes, a possessive or an aside ('he recalled Mr Lee's remark', 'he said, according to
        Mr Lee's aide'), which writers use for the subject himself."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        ends = [t.i for t in pronoun.sent if t.i > pronoun.i and t.text in _SENTENCE_ENDS]
        end = ends[0] if ends else pronoun.sent.end  # the parse may run the next sentence into this one
        return {self.key_of_token[t.i] for t in pronoun.head.subtree
                if pronoun.i < t.i < end and t.pos_ == "PROPN" and t.i in self.key_of_token
                and not _quoted(t) and _party_below(t, pronoun.head)}

    def _clause_subjects(self, pronoun: Token) -> set[str]:
        """Who a him/her object cannot be: the named subject of its own verb ('Lind accused him',
        'the president, Ana Lind, endorsed her': not Lind, who would be 'himself' or 'herself'). A
        pronoun subject is left out: its own guess is no ground to rule a person out."""
        if pronoun.dep_ not in ("dobj", "dative") or pronoun.head.pos_ not in ("VERB", "AUX") or pronoun.lower_.endswith("self"):
            return set()
        return {k for c in pronoun.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for k in self.resolve(c)}

    def teller_body(self, pronoun: Token) -> list[str]:
        """The state, body or group an 'it', 'we' or 'they' opening a that-clause stands for: the
        subject of the verb whose clause it opens ('Pakistan said it was willing', 'Brazil and
        Chile said they would sign', 'Peru's police said they had arrested him'); or, as the
        subject of a sentence, the subject of the sentence before ('Chile accused Peru of lying.
        It also recalled its envoy.'); when that subject is an actor and no person; else none. A
        possessive stands so through the subject it owns ('Peru said its troops had ...', 'Chile
        accused Peru. Its navy ...'); one on an object is its own clause's named subject's ('Peru
        recalled its envoy'), or, when that subject is none, the teller's ('Peru said protesters
        stormed its embassy'). The subject of a relative clause on an object stands for the main
        clause's subject ('Caracas expelled the envoy, whom it accused of spying'), and so does
        the subject of a clause joined to the main one ('Acme apologised, although it denied')."""
        stand = pronoun.head if pronoun.dep_ == "poss" else pronoun
        teller = _teller_of(stand) or _main_subject(stand) or _previous_subject(stand) or _relative_doer(stand)
        if teller is None and stand is not pronoun and stand.dep_ not in SUBJECT_DEPS:
            teller = next((t for t in _owner_subjects(stand) if self.resolve(t)), None)
        keys = self.resolve(teller) if teller is not None else []
        if not keys or any(self.actor(k).actor_type == "person" for k in keys):
            return []
        word = COLLECTIVE_POSSESSIVES.get(pronoun.lower_, pronoun.lower_)
        return keys if word == "we" or word in self._numbers(teller, keys) else []

    def object_body(self, pronoun: Token) -> list[str]:
        """The body or state an object 'it' stands for ('The Green Party won 12 seats. The court
        banned it', 'sanctions on it'): the subject of the sentence before, when that is one such
        actor and neither that sentence nor the pronoun's own names another thing 'it' may be (a
        singular noun as an object or another clause's subject, a place or another actor as an
        object: 'Rebels have held the town since May. Troops attacked it', 'few think the tax will
        take effect, given the case for opposing it'), nor is it the pronoun's own
        subject (who would be 'itself')."""
        before = _sentence_before(pronoun)
        keys = self._subject_keys(before)
        if len(keys) != 1 or self.actor(keys[0]).actor_type not in ("organization", "country"):
            return []
        objects = ("dobj", "attr", "nsubjpass", "dative", "oprd")
        doer = _owner_subjects(pronoun) + [c for c in before.root.children if c.dep_ in SUBJECT_DEPS]  # and the antecedent
        things = [t for t in (*before, *pronoun.doc[pronoun.sent.start:pronoun.i]) if (
            self.key_of_token[t.i] != keys[0] and t.dep_ in (*objects, "pobj") if t.i in self.key_of_token
            else t.i in self.places or t.tag_ == "NN" and (t.dep_ in objects or t.dep_ == "nsubj" and t not in doer))]
        return [] if things or keys[0] in {k for subj in _owner_subjects(pronoun) for k in self.resolve(subj)} else keys

    def _numbers(self, teller: Token, keys: list[str]) -> set[str]:
        """Which of 'it' and 'they' can stand for `teller`: 'they' for several actors, a group
        ('Israeli officials') or a party's members ('Republicans', which the party's name does not
        write); either for a collective body ('police', 'the government'); else 'it', also for a
        name ending in -s ('Barclays', 'the British Chambers of Commerce')."""
        if len(keys) > 1 or self.actor(keys[0]).actor_type == "group":
            return {"they"}
        if teller.lower_ in title_lexicon().collectives or _is_party(self.actor(keys[0])):
            return {"it", "they"}  # 'the Greens ... They said': a party is its members too
        if teller.tag_ in ("NNS", "NNPS") and teller.lower_ not in fold(self.actor(keys[0]).name).split():
            return {"they"}
        return {"it"}

    def named_body(self, tok: Token) -> str | None:
        """'the government' (a [collectives] head of titles.toml) alone: the one body of that kind
        the article has named with its country before ('the Kenyan government ... the government
        recalled its envoy'); none when it has named two or spoken of several ('the British and US
        governments'), or named none (a British story's unnamed British government). 'The union'
        ([body_heads]) is the one organisation named before whose name holds the word, 'the bloc'
        ([described_bodies]) one whose name holds a word it describes ('the European Union')."""
        lex = title_lexicon()
        described = lex.described_bodies.get(tok.lower_, frozenset()) | ({tok.lower_} if tok.lower_ in lex.body_heads else set())
        if tok.lower_ not in lex.collectives and not described or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") or c.dep_ == "prep" and c.lower_ in ("of", "in")
               for c in tok.children) or _defined_here(tok):
            return None  # "the military government", "the government of Chile": named otherwise, or another
        if tok.tag_ == "NN" and any(t.lemma_ == tok.lemma_ and t.i not in self.key_of_token and (t.tag_ == "NNS" or described and any(
                c.dep_ in ("amod", "compound", "nummod") or c.lower_ in ("a", "an") for c in t.children)) for t in self.doc[:tok.i]):
            return None  # "the British and US governments", "a 15-member committee" before: another it could be
        named = {m.actor_key for m in self.mentions if m.char_start < tok.idx
                 and self.actor(m.actor_key).actor_type in ("organization", "group") and (
                     described.intersection(fold(self.actor(m.actor_key).name).split()) if described
                     else self.actor(m.actor_key).country_code and fold(self.actor(m.actor_key).name).split()[1:] == [tok.lower_])}
        return named.pop() if len(named) == 1 else None

    def named_firm(self, tok: Token) -> str | None:
        """'the firm', 'the company', 'the mining group' ([firm_heads] of titles.toml, with lowercase
        words that only describe it): the one organisation the article has named before that is no
        government body, a party or a team ('Yukos said ... the firm sought an injunction'); none
        when it has named two ('Sumitomo ... UFJ ... the bank') and the sentence before is not about
        one of them as its subject ('Sumitomo bid for UFJ. The bank said'), or the words set another apart
        ('the rival bank', [other_firm_words]). 'The rebel group' may be a state's ('Colombia's
        National Liberation Army'); 'the rebels', 'the militants' are the one group the article
        wrote with such a word ('Hamas militants')."""
        lex = title_lexicon()
        armed_head = tok.lemma_.lower() in lex.armed and tok.tag_ == "NNS"
        if tok.lower_ not in lex.firm_heads and not armed_head or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
        if not all(self._describes(m) for m in mods) or _defined_here(tok):
            return None
        armed = armed_head or any(m.lemma_.lower() in lex.armed for m in mods)
        named = {m.actor_key for m in self.mentions if m.char_start < tok.idx
                 and self.actor(m.actor_key).actor_type in ("organization", "group")
                 and (armed or self._may_be_firm(m.actor_key))
                 and not lex.not_firm_words.intersection(fold(self.actor(m.actor_key).name).split())}
        if armed_head:
            named = {k for k in named if k in self._called_armed(tok.i)}
        if len(named) > 1:  # of several, the one the sentence before is about ('Ames said ... The firm also')
            named = named & set(self._subject_keys(_sentence_before(tok))[:1]) or self._story_of(named, tok.idx)
        return named.pop() if len(named) == 1 else None

    def _may_be_firm(self, key: str) -> bool:
        """An organisation that may be a firm: no party, and of no state or of a state ('UK Coal')
        whose name is neither a building standing for its government ('the Kremlin') nor a
        state's body or forces ('the Chilean military')."""
        actor = self.actor(key)
        return actor.actor_type == "organization" and not _is_party(actor) and not (
            actor.country_code and (metonym_code(actor.name) or self._state(key)))

    @cached_property
    def firms_taken_up(self) -> frozenset[str]:
        """The firms the article takes up as 'the company', 'the airline' ([firm_heads] of
        titles.toml but 'group', which a body of any kind is called)."""
        heads = title_lexicon().firm_heads - {"group"}
        return frozenset(key for tok in self.doc if tok.lower_ in heads and (key := self.named_firm(tok)))

    def _story_of(self, keys: set[str], before: int) -> set[str]:
        """The one of `keys` the story is about: named in its first sentence and, before
        `before`, at least twice and twice as often as any other ('Electrolux ... Electrolux ...
        its AEG unit ... The company said'); none when two share the story or the first sentence
        is about another ('Sportswear maker Umbro ...', where a busier club is no firm)."""
        counts = Counter(m.actor_key for m in self.mentions if m.actor_key in keys and m.char_start < before)
        ranked = counts.most_common(2) + [("", 0)]
        top, second = ranked[0], ranked[1]
        lede = next(self.doc.sents).end_char
        if top[1] < 2 or top[1] < 2 * second[1] or not any(
                m.actor_key == top[0] and m.char_start < lede for m in self.mentions):
            return set()
        return {top[0]}

    def _describes(self, mod: Token) -> bool:
        """A modifier that only describes the firm it heads: lowercase ('mining', 'Manila-based'),
        no actor's or country's name, nor a word that sets another firm apart ('rival'); a backer
        named before a [backing] participle only describes the body ('the Iran-backed movement')."""
        lex = title_lexicon()
        backers = {t.i for c in mod.children if mod.lower_ in lex.backing and c.dep_ in ("npadvmod", "compound") for t in c.subtree}
        return (mod.dep_ in ("amod", "compound") and mod.text.islower() and mod.lower_ not in lex.other_firm_words
                and not any(t.i in self.key_of_token or token_country(t) for t in mod.subtree if t.i not in backers))

    def _situates(self, mod: Token) -> bool:
        """A capitalised modifier that only says where a state lies ('the Gulf state', 'the Horn of
        Africa state', 'the Central Asian nation'): it names no actor and no country."""
        return (mod.dep_ in ("amod", "compound", "nmod") and mod.i < mod.head.i and mod.text[:1].isupper()
                and not any(t.i in self.key_of_token or token_country(t) for t in mod.subtree))

    def _called_armed(self, end: int) -> set[str]:
        """Actors the article wrote before token `end` as armed ('Hamas militants', 'the rebel
        group, the FARC')."""
        armed = title_lexicon().armed
        return {self.key_of_token[c.i] for t in self.doc[:end] if t.lemma_.lower() in armed
                for c in (*t.children, t.head) if c.i in self.key_of_token and c.dep_ in ("compound", "appos")}

    def description(self, tok: Token) -> str | None:
        """'the Ukrainian leader', 'the Russian president' -> the latest person it fits; not one of
        another country an of-phrase names ('the president of Uganda'), nor the subject of the
        verb it is the object of ('Lind hosted the visiting president', who would be 'himself')."""
        lex = title_lexicon()
        if tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return None
        if tok.lower_ not in lex.heads:
            return self.called(tok)
        if any(c.dep_ == "appos" and c.i in self.key_of_token for c in tok.children):
            return None  # 'the Labour leader, Ivan Dorsey,': the name says who
        if tok.lower_ in lex.party_heads and (party := self._party_named(tok)) is not None:
            return next(iter(self._party_head(tok, party)), None)  # 'the Tory leader': not the Labour leader
        country = None
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                country = country or token_country(child)
        of = {self.actor(k).country_code for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.i in self.key_of_token for k in [self.key_of_token[o.i]] if self.actor(k).actor_type == "country"}
        own = {k for subj in _owner_subjects(tok) for k in self.resolve(subj)}
        for _, key in self._persons_before(tok.i):
            actor = self.actor(key)
            if country and actor.country_code != country or key in own or of and actor.country_code and actor.country_code not in of:
                continue
            past = any(c.lower_ in _PAST_OFFICE for c in tok.children)
            holds = _holds_office(self._titles_as_written(key) if past else actor.role_titles, tok.lower_, past)
            if (tok.lower_ in GENERIC_HEADS and country) or holds:
                return key
        return None

    def called(self, head: Token) -> str | None:
        """'The activist', 'the teacher' (a word for a person, [occupations] or [described_people] of
        titles.toml, no title): the one person named before whom the text called so beside the
        name, in apposition or just before it ('jailed activist, Farid Nassar', 'Ali Hassan, a
        teacher', 'activist Farid Nassar'; not 'the Lee campaign', a thing of hers), when that
        person is the last one named; none when it called two so, or another was named since, or
        the phrase has words that may set another apart ('the other activist', 'the party's
        activist')."""
        lex = title_lexicon()
        if head.tag_ != "NN" or head.lower_ not in lex.occupations | lex.described_people or any(
                c.dep_ in ("poss", "compound", "nummod") or c.dep_ == "amod" and not c.text.islower()
                or c.dep_ == "prep" and c.lower_ == "of" or c.lower_ in lex.other_firm_words for c in head.children):
            return None
        called = set()
        persons = self._persons_before(head.i)
        for i, key in persons:
            name = self.doc[i]
            words = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
            before = self.doc[name.i - 1] if name.i else None
            words += [before] if before is not None and before.dep_ == "compound" and before.head.i in self.key_of_token else []
            if any(w.lower_ == head.lower_ and w.i not in self.key_of_token for w in words):
                called.add(key)
        return called.pop() if len(called) == 1 and called == {persons[0][1]} else None  # the person last named

    def _titles_as_written(self, key: str) -> list[str]:
        """The person's role titles, each as 'former <title>' where the text wrote 'former' right
        before it or a few words before ('former UN Ambassador Lea Dunn', whose title is 'Ambassador')."""
        text = doc_text(self.doc)
        out = []
        for title in self.actor(key).role_titles:
            before = re.compile(rf"\b(former|ex)\W+(\S+\s+){{0,3}}{re.escape(title)}\W*$", re.IGNORECASE)
            past = any(before.search(text, max(0, m.char_start - len(title) - 40), m.char_start)
                       for m in self.mentions if m.actor_key == key)
            out.append(f"former {title}" if past else title)
        return out


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ('the president of Kenya, who met ...': the
    president; 'Chile, whose navy seized ...': Chile), or None for any other token."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.i:
        return tok.head.head
    if tok.lower_ == "whose" and tok.dep_ == "poss":
        clause = tok.head.head if tok.head.dep_ in ("nsubj", "nsubjpass", "dobj") else tok.head.head.head if (
            tok.head.dep_ == "pobj") else None  # "whose navy seized", "with whose leader he met"
        if clause is not None and clause.dep_ == "relcl":
            return clause.head
    return None


def _is_party(actor: LocalActor) -> bool:
    """A party of [parties] in organizations.toml or an organisation named '... Party'."""
    from newsledger.extract.actors.lexicon import org_lexicon  # the actors package imports this module
    return actor.actor_type == "organization" and (
        fold(actor.name) in org_lexicon().parties or fold(actor.name).split()[-1:] == ["party"])


def _sentence_before(tok: Token) -> Span | None:
    """The sentence before the token's own (none at the article's start)."""
    doc = tok.doc
    last = next((doc[i] for i in range(tok.sent.start - 1, -1, -1) if not doc[i].is_space), None)
    return None if last is None else last.sent


def _definite(head: Token) -> bool:
    """'the country', or 'the' opening the phrase on a modifier the parser made its head ('The
    Horn of Africa state')."""
    first = head.doc[head.left_edge.i]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or (
        first.lower_ == "the" and first.dep_ == "det" and first.head.head == head)


def _defined_here(head: Token) -> bool:
    """A restrictive relative clause says which one is meant ('the party that cares most'), so the
    phrase is no bare reference back; not one set off by a comma ('the firm, which ...')."""
    return any(c.dep_ == "relcl" and c.doc[c.left_edge.i - 1].text != "," for c in head.children)


def sport_side(head: Token) -> bool:
    """A side with a sport before it ('Pakistan's hockey team', 'the England cricket squad'; the
    [sports] and [sport_sides] of titles.toml): it plays for its country, it does not act for it."""
    lex = title_lexicon()
    return head.lower_ in lex.sport_sides and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.sports for c in head.children)


def _sex_of(pronoun: Token) -> str:
    """'she' for a female pronoun, else 'he': the key of the pronouns an actor was called by."""
    return "she" if pronoun.lower_ in FEMALE_PRONOUNS else "he"


def _in_phrase_of(tok: Token, head: Token) -> bool:
    """Whether `tok` hangs on `head` through prepositions, their objects and conjuncts only
    ('spokesman [for] [Customs] and [Immigration]'), not through a clause."""
    while tok.i != head.i:
        if tok.dep_ not in ("prep", "pobj", "conj", "cc"):
            return False
        tok = tok.head
    return True


@cache
def _works() -> frozenset[str]:
    return frozenset(load("organizations")["products"]) | frozenset(load("cues")["voices"]["documents"])


@cache
def _work_nouns() -> frozenset[str]:
    return frozenset(load("organizations")["works"])


def _used_as_work(name: Span) -> bool:
    """Whether a name is used as a work: the subject of a copula whose attribute is a work noun
    ('Jack Fallow is an enchanting book'), with such a noun in apposition or before it ('Jack
    Fallow, a fantasy', 'the novel Jack Fallow'), or set alone in quote marks."""
    works = _work_nouns()
    head = name.root
    if head.dep_ in SUBJECT_DEPS and head.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in works for c in head.head.children):
        return True
    text = doc_text(name.doc)
    if any(c.lemma_.lower() in works and (c.dep_ == "compound" and c.i == name.start - 1 or c.dep_ == "appos" and (
            text[name.end_char:c.left_edge.idx].strip() == ",")) for c in head.children) or (
            head.dep_ == "appos" and head.head.lemma_.lower() in works
            and text[head.head.idx + len(head.head):name.start_char].strip() == ","):
        return True  # 'the novel Jack Fallow', 'Jack Fallow, a fantasy', 'her novel, Jack Fallow,'; not 'his album - West began
    before, after = text[:name.start_char].rstrip()[-1:], text[name.end_char:].lstrip(",.")[:2]
    return bool(before and after) and before in "\"“" and after[0] in "\"”" and not after[1:].isalpha()


def _names_a_work(tok: Token) -> bool:
    """'The book, Brown's Britain, said': the apposition of a work or a document is its title, no
    actor that speaks (the report is the source, not the country its title names)."""
    return tok.lemma_.lower() in _works()


def _acts_for(head: Token) -> bool:
    """Whether a head noun names people or a body through which its modifier acts ('US
    officials', 'the Kremlin spokesman', 'the Arsenal squad')."""
    agents = title_lexicon().agents
    return head.lower_ in agents or head.lemma_.lower() in agents


_PAST_OFFICE = frozenset({"former", "ex"})
_OTHER_OFFICE = frozenset({"deputy", "vice", "assistant", "shadow", "junior", "under"})


def _holds_office(role_titles: list[str], head: str, past: bool = False) -> bool:
    """Whether one of the titles is the office 'the <head>' ('the former <head>' when `past`)
    names ('the premier' is also a prime minister: [office_names] of titles.toml): 'the mayor' is
    not the deputy mayor, 'the president' not a former or vice president, 'the former minister'
    no serving one."""
    other = title_lexicon().office_names.get(head)  # "the premier" is the prime minister
    for title in role_titles:
        words = title.lower().replace("-", " ")
        words = (f" {words} ".replace(f" {other} ", f" {head} ") if other else words).split()
        before = set(words[:words.index(head)]) if head in words else set()
        if head in words and not _OTHER_OFFICE & before and bool(_PAST_OFFICE & before) == past:
            return True
    return False


def is_subject(tok: Token) -> bool:
    """Subject of its clause, directly or as the head of an appositive/relative clause."""
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)


def _quoted(tok: Token) -> bool:
    """The token stands inside a quotation (`find_quotes`, found once per document)."""
    doc = tok.doc
    spans = doc.user_data.get("newsledger_quoted")
    if spans is None:
        spans = doc.user_data["newsledger_quoted"] = [(q.inner_start, q.inner_end) for q in find_quotes(doc_text(doc))]
    return any(a <= tok.idx < b for a, b in spans)


def _previous_subject(pronoun: Token) -> Token | None:
    """The subject of the main verb of the sentence before, when the pronoun is the subject of its
    own sentence's main verb ('Chile accused Peru. It also ...'), also of the content a report
    verb after it tells ('It also seized two boats, officials said')."""
    doc = pronoun.doc
    verb, root = pronoun.head, pronoun.sent.root
    told = verb.dep_ == "ccomp" and verb.head == root and verb.i < root.i
    if pronoun.dep_ not in SUBJECT_DEPS or verb != root and not told or verb.lemma_ == "be":
        return None  # not "It has been a strange week": a copula's 'it' is mostly no actor
    last = next((doc[i] for i in range(pronoun.sent.start - 1, -1, -1) if not doc[i].is_space), None)
    subj = None if last is None else next((c for c in last.sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    return subj if subj is None or subj.pos_ != "PRON" or subj.lower_ == pronoun.lower_ else None  # "They include X," it said


def _main_verb(verb: Token) -> bool:
    """The verb of the sentence's main clause ('He added', 'Any rise could hurt growth, he added')."""
    return verb.dep_ == "ROOT" or verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT"


_ASIDE_DEPS = frozenset({"poss", "relcl", "acl", "appos", "parataxis", "npadvmod", "advcl", "prep"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _party_below(name: Token, verb: Token) -> bool:
    """The name is a party of a clause under `verb` (subject or object, not through a possessive,
    a relative clause, an apposition, a clause joined to `verb` or an aside): 'said that Lind
    lied', 'warned that attacking Lind', not 'recalled Lind's remark', 'said, according to Lind's
    aide', 'a man whom Lind knew', 'met Ali, and Lind said'."""
    cur = name
    while cur.dep_ in ("compound", "flat") and cur.head != cur:
        cur = cur.head
    while cur != verb and cur.head != cur:
        if cur.dep_ in _ASIDE_DEPS and not (cur.dep_ == "prep" and cur.head.pos_ == "VERB"):
            return False
        if cur.dep_ == "conj" and cur.head == verb:
            return False  # "he met Ali, and Lind said": a clause of its own beside his
        cur = cur.head
    return cur == verb


def _owner_subjects(noun: Token) -> list[Token]:
    """Who may own a noun that is no subject ('recalled its envoy', 'stormed its embassy in'): the
    subject of its verb, then, in a that-clause, the subject of the verb that opens it."""
    verb = noun
    while verb.dep_ in ("dobj", "pobj", "prep", "dative", "conj", "appos") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
    if verb.dep_ == "ccomp":
        out += [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i]
    return out


def _subject_of_owner(pronoun: Token, takes: str) -> Token | None:
    """The he or she subject of the verb whose object (or its phrase) a his or her owns ('he
    will withdraw his police', 'she met his counterpart' is no such): whom the possessive stands
    for too, resolved the same way."""
    if pronoun.dep_ != "poss":
        return None
    cur = pronoun.head
    while cur.dep_ in ("dobj", "pobj", "prep", "dative") and cur.head is not cur:
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in cur.children if c.dep_ == "nsubj" and c.lower_ == takes), None)


def _relative_doer(pronoun: Token) -> Token | None:
    """The named subject of the clause whose object a relative clause describes, when the pronoun
    is that relative clause's subject ('Caracas expelled the ambassador, whom it accused of
    spying'): the relative pronoun is the object, so 'it' is the one who acts on it."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl" or clause.head.dep_ in SUBJECT_DEPS:
        return None
    cur = clause.head
    while cur.dep_ in ("dobj", "pobj", "prep", "dative", "conj", "appos", "pcomp", "xcomp", "advcl") and cur.head != cur:
        cur = cur.head  # "responded by expelling the ambassador, whom it accused": who responded
        subject = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"), None)
        if subject is not None:
            return subject
    return None


_JOINED_DEPS = frozenset({"advcl", "conj", "pcomp", "prep", "acomp", "xcomp"})


@cache
def _view_adjectives() -> frozenset[str]:
    return frozenset(load("cues")["stated"]["adjectives"])


def _main_subject(pronoun: Token) -> Token | None:
    """The named subject of the clause the pronoun's own clause is joined to or set in, when it
    comes before ('Acme apologised, although it denied any fault', 'The firm gave no details but
    it said ...', 'The fund remains wary of what it sees as ...'): writers let 'it' take up the
    subject they are telling about. None when a nearer clause has a subject of its own
    ('Acme said sales fell, but it added': the sales are the nearer subject, so no guess)."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ not in ("advcl", "conj", "pcomp"):
        return None
    if verb.lemma_ == "be" and not any(c.dep_ == "acomp" and c.lower_ in _view_adjectives() for c in verb.children):
        return None  # "although it was not clear whether ...": no actor; "as it was confident that ..." is one
    cur = verb
    while cur.dep_ in _JOINED_DEPS and cur.head != cur:
        cur = cur.head
        subject = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject if subject.pos_ != "PRON" and subject.i < pronoun.i else None
    return None


def _teller_of(pronoun: Token) -> Token | None:
    """The subject of the verb whose that-clause the pronoun opens ('The woman said she ...', 'A
    spokesman said he ...', 'Iran said it ...'), which the pronoun most likely stands for."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
