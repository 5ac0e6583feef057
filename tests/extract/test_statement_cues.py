"""Cues whose content is a noun phrase, a to-infinitive, a preposition's object or a naming: stances,
accusations, aims and demands are attributed like speech, with what they are about as content."""

from __future__ import annotations

import pytest

from tests.factories import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The union backed the new rota.", "backed", "the new rota"),
        ("The mayor criticised the ferry operator for cutting crossings.", "criticised",
         "the ferry operator for cutting crossings"),
        ("Residents accused the council of ignoring the flood warnings.", "accused",
         "the council of ignoring the flood warnings"),
        ("The baker described the new flour tax as a disaster.", "described",
         "the new flour tax as a disaster"),
        ("The firm cited rising energy costs.", "cited", "rising energy costs"),
        ("The union cited internal documents.", "cited", "internal documents"),  # a document is no one drawn on
        ("The farmers vowed to block the bypass.", "vowed", "to block the bypass"),
        ("The owners plan to close twelve shops.", "plan", "to close twelve shops"),
        ("The teachers called for a pay rise.", "called for", "a pay rise"),
        ("The harbour master pointed to the falling catch.", "pointed to", "the falling catch"),
        ("The ferry company asked the islanders to book ahead.", "asked",
         "the islanders to book ahead"),
        ("The host asked the mayor about the closure of the pier.", "asked about", "the closure of the pier"),
        ("The two unions agreed to share the hall.", "agreed", "to share the hall"),
        ("The mayor called the new parking rules absurd.", "called", "the new parking rules absurd"),
        ("The coach called the referee a disgrace.", "called", "the referee a disgrace"),
        ("Most shopkeepers see the parking fee as a tax on trade.", "see", "the parking fee as a tax on trade"),
        ("The council leader labelled the bypass plan a waste of money.", "labelled",
         "the bypass plan a waste of money"),
        ("The Green party plans to leave the coalition.", "plans", "to leave the coalition"),
        ("The ferry union is worried the policy sends the wrong message to islanders.", "worried",
         "the policy sends the wrong message to islanders"),
        ("The mayor defended herself against the charges.", "defended", "herself against the charges"),
        # a question keeps its 'whether' or 'if': what it holds is asked, not claimed
        ("The ferry captain questioned whether the new timetable was safe.", "questioned",
         "whether the new timetable was safe"),
        ("The harbour master doubts whether the pier will reopen.", "doubts", "whether the pier will reopen"),
        ("The ferry union hopes the night crossings will return in May.", "hopes",
         "the night crossings will return in May"),  # 'hopes' is no form of 'hop'
        ("The bakers are hoping to win back their market stalls.", "hoping", "to win back their market stalls"),
        ("The dock workers want a ban on trawling near the reef.", "want", "a ban on trawling near the reef"),
        ("The mayor wants the ferry board to resign.", "wants", "the ferry board to resign"),
        ("The rail union refused to sign the new timetable.", "refused", "to sign the new timetable"),
        ("Most traders prefer a smaller parking fee.", "prefer", "a smaller parking fee"),
        ("The governor favors a tax on empty homes.", "favors", "a tax on empty homes"),
        ("The bishop expressed concern about the closure of the clinic.", "expressed",
         "concern about the closure of the clinic"),
        ("The senator voiced concern about the closure of the clinic.", "voiced",
         "concern about the closure of the clinic"),
        ("The council leader echoed the warning of the harbour master.", "echoed",
         "the warning of the harbour master"),
        ("The two ministers discussed the future of the ferry link.", "discussed", "the future of the ferry link"),
        ("The coach referred to the referee as a coward.", "referred to", "the referee as a coward"),
        ("The shop owners wondered whether the market would ever return.", "wondered",
         "whether the market would ever return"),
        # an aim whose infinitive is a cue of its own is that cue's statement
        ("The senator refused to endorse the bridge tax.", "endorse", "the bridge tax"),
        ("The mayor mentioned the closure of the night ferry.", "mentioned", "the closure of the night ferry"),
        ("The local paper reported a sharp rise in rents.", "reported", "a sharp rise in rents"),
        ("The union portrayed the new rota as an attack on nurses.", "portrayed",
         "the new rota as an attack on nurses"),
        ("The court deemed the parking law unfair.", "deemed", "the parking law unfair"),
        ("The teachers asked for smaller classes.", "asked for", "smaller classes"),
        ("The council leader applauded the volunteers for their work.", "applauded",
         "the volunteers for their work"),
        ("Most shop owners said yes.", "said", "yes"),
        ("The ferry captain offered her assessment of the new timetable.", "offered",
         "her assessment of the new timetable"),  # a saying offered
        ("The ferry union raised concerns about the new rota.", "concerns", "the new rota"),  # a view voiced
        ("The fishing union challenged the new ruling on quotas.", "challenged", "the new ruling on quotas"),
        ("The harbour report cast doubt on the safety of the pier.", "doubt", "the safety of the pier"),
        ("The fishermen's leader railed against the new quotas.", "railed against", "the new quotas"),
        ("Many islanders believe in a second bridge.", "believe in", "a second bridge"),
        ("The harbour master warned against a rush to rebuild the pier.", "warned against",
         "a rush to rebuild the pier"),
        ("The bypass plan was rejected by most residents.", "rejected", "The bypass plan"),
        ("The harbour board proposed closing the old pier.", "proposed", "closing the old pier"),
        ("The harbour master noted the rise in night crossings.", "noted", "the rise in night crossings"),
        ("The old baker recalled the great flood of the harbour.", "recalled", "the great flood of the harbour"),
        ("The council leader conceded defeat in the ward.", "conceded", "defeat in the ward"),
        ("The inspectors recommended a new ferry timetable.", "recommended", "a new ferry timetable"),
        ("The mayor promised a vote on the bypass.", "promised", "a vote on the bypass"),
        ("Most residents agree with the plan for a new pier.", "agree with", "the plan for a new pier"),
        ("The union called for the council leader to release the minutes.", "called for",
         "the council leader to release the minutes"),
        # 'for' parsed as the mark of the clause it opens is still the preposition of the cue
        ("The bakers have pushed for the council to scrap the stall fee.", "pushed for",
         "the council to scrap the stall fee"),
        ("The union has been calling for the council leader to resign.", "calling for",
         "the council leader to resign"),
        ("The harbour master called upon the islanders to book ahead.", "called upon",
         "the islanders to book ahead"),
        ("A new poll showed the mayor with a healthy lead over her rival.", "showed",
         "the mayor with a healthy lead over her rival"),
        ("The nurses' union voted against the new rota.", "voted against", "the new rota"),
        ("The farmers have pushed for a ban on night flights.", "pushed for", "a ban on night flights"),
        ("The harbour master spoke of a crisis in the fishing fleet.", "spoke of", "a crisis in the fishing fleet"),
        ("The council calls the whole affair nothing short of a scandal.", "calls",
         "the whole affair nothing short of a scandal"),
        ('The mayor called the harbour master\'s remarks about the ferry "reckless."', "called",
         'the harbour master\'s remarks about the ferry "reckless."'),  # a long object before a quoted name
        ("Half of the islanders said the same of the new ferry.", "said", "the same of the new ferry"),
        ("A new survey shows a clear majority for the bypass.", "shows", "a clear majority for the bypass"),
        ("The fans' trust urged the club to reject the takeover bid.", "urged",
         "the club to reject the takeover bid"),  # the club is to reject it, the trust urged
        ("The harbour master highlighted the rise in night crossings.", "highlighted", "the rise in night crossings"),
        ("The mayor thanked the volunteers for their work on the pier.", "thanked",
         "the volunteers for their work on the pier"),
        ("The council leader laid out her plan for a second bridge.", "laid out", "her plan for a second bridge"),
        ("The ferry union learned that the night crossings would end in May.", "learned",
         "the night crossings would end in May"),
        ("The judge ordered the council to publish the minutes.", "ordered", "the council to publish the minutes"),
        ("The mayor focused on the cost of the new bridge.", "focused on", "the cost of the new bridge"),
        ("The baker joked about the size of the new loaf.", "joked about", "the size of the new loaf"),
        ("The mayor continued that the bridge would open in May.", "continued", "the bridge would open in May"),
        ('"We will not give up," the harbour master continued.', "continued", "We will not give up"),
        ("The mayor outlined her plan for a second bridge.", "outlined", "her plan for a second bridge"),
        ("The judge ruled that the ferry fares were unlawful.", "ruled", "the ferry fares were unlawful"),
        ("The baker bemoaned the rise in flour prices.", "bemoaned", "the rise in flour prices"),
        ("The council listed the bridge as its first priority.", "listed", "the bridge as its first priority"),
        ('"Keep the ferry running!" the crowd shouted.', "shouted", "Keep the ferry running!"),
        ("The mayor made it clear that the ferry would run all winter.", "made clear",
         "the ferry would run all winter"),
        ("The reporter asked the mayor if she would run again.", "asked", "if she would run again"),
        ("The ferry union hoped for a better deal.", "hoped for", "a better deal"),
        ("The union campaigned against the closure of the ferry.", "campaigned against", "the closure of the ferry"),
        ("The council leader walked back her remarks about the bridge.", "walked back",
         "her remarks about the bridge"),
        # declining to comment on something is a statement about it
        ("The baker declined to comment on the new flour tax.", "comment on", "the new flour tax"),
        # a likening or a portrait is a view of what is likened or painted
        ("The senator likened the ferry plan to a car crash.", "likened", "the ferry plan to a car crash"),
        ("The mayor compared her rival to a used-car salesman.", "compared", "her rival to a used-car salesman"),
        ("The union painted the deal as a gift to the rich.", "painted", "the deal as a gift to the rich"),
        # a cause or a credit given is a view of what it is given for
        ("Officials attributed the delay to staff shortages.", "attributed", "the delay to staff shortages"),
        ("The mayor credited her deputy with saving the port.", "credited", "her deputy with saving the port"),
        ("The minister played down fears of a strike.", "played down", "fears of a strike"),
        ("The minister downplayed the risk of a strike.", "downplayed", "the risk of a strike"),
        ("The senator alluded to her rival's failings.", "alluded to", "her rival's failings"),
    ],
)
def test_object_infinitive_and_preposition_contents(nlp, text: str, cue: str, content: str) -> None:
    assert [(s.cue, s.text) for s in statements(nlp, text)] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The new figures support the view of the bakers.",  # a thing is no speaker
        "The lorry drivers failed to back up their threat.",  # a phrasal verb means something else
        "The council backed.",  # no content
        "The harbour master asked to see the logbook.",  # asking leave, no one is asked
        "The harbour master asked the same question twice.",  # no to-clause
        "The council called an emergency meeting.",  # calling a meeting names nothing
        "The baker called her sister on Sunday.",
        "The old mill is seen as a landmark by many.",  # what is seen is no speaker
        "The baker saw the flood report on Tuesday.",
        "We will see what the council decides.",
        "The rowers called themselves the Night Crew.",  # a name given to oneself judges nothing
        "The bakery launched a loaf called Harbour Gold.",
        "The mayor leads in the latest polls.",  # where one stands, not what a poll says
        "The council will decide whether to close the ferry.",  # a question left open
        "The bakery firm decided to go ahead with the sale.",  # a decision is an act, not a stance
        "The rowing union decided that the regatta would move to June.",
        "The ferry union chose to end its funding of the party.",
        "The harbour board opted to sell the old pier.",
        "The council dropped a practice criticised by the union.",  # a noun described, nothing said
        "The cuts proposed by shadow minister Ines Falk will hit the docks.",
        "Most of the damages claimed are linked to the flood.",  # a participle the parse made the verb
        "The sum demanded was far too high.",
        "The baker did not know if the shop would reopen.",
        "The bridge will close if the council decides to sell it.",  # a condition holds no aim
        "The old tax, which the council opposed, was scrapped.",  # a relative pronoun is no content
        "The striker slammed the ball over the bar.",  # a physical act, not a stance
        "Rebels attacked the town for three days.",  # force, not words
        "The sprinter will defend her title in May.",
        "The villagers defended themselves.",
        "The team planned to leave the capital on Thursday.",  # an errand, not an aim of note
        "They were planning to drive home.",
        "It is thought that the bakery will close.",  # the passive names no one who holds it
        "The campaign is intended to help the nurses.",
        'The council dropped the proposed "green levy" on Monday.',  # a participle describing a noun
        "The ferry sailed despite the harbour master expressing doubts about the weather.",  # despite what
        "That comment referred to the new ferry timetable.",  # a comment is no speaker
        "The young striker showed great composure in front of goal.",  # only a document shows a finding
        "The storm continued for three days.",  # going on is no statement
        "The ferry was listed as late.",  # a passive list names no one who listed it
        "The company listed its shares on the London stock market.",  # a listing names nothing
        "Officials recounted the ballots in three counties.",  # counting again, not telling
        "The storm made the roads clear of snow.",
        "The ferry company made no comment about the new timetable.",  # a comment not made
        "The bakery won its claim for damages against the council.",  # a lawsuit's claim
        "Sales rose by 5% compared to last year.",  # a comparison of figures, no one's view
        "The researchers compared the two groups of mice.",  # what is compared with what is no view
    ],
)
def test_no_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor said she planned to stay in the town hall until Sunday.", "said"),
        ("The baker told reporters that she opposes the new flour tax.", "told"),
        ("Some analysts think the harbour board backs the ferry deal.", "think"),
        ("The ferry fare, some islanders believe, will rise in May.", "believe"),  # its own sentence
    ],
)
def test_stance_inside_a_statement_is_part_of_it(nlp, text: str, cue: str) -> None:
    assert [s.cue for s in statements(nlp, text)] == [cue]


_MATCH_REPORT = ("The striker scored twice as the club beat the league leaders in the cup. The goalkeeper "
                 "saved a penalty before half-time and the referee sent off a defender. ")


@pytest.mark.parametrize(
    "text",
    [
        "The striker is aiming to be fit for Saturday's final.",
        "The club are pushing for the league title.",
        "The club board will discuss the offer for the striker next week.",  # talks yet to happen
        "The two managers meet on Monday to discuss the transfer.",
        "The young winger hopes to win back his place in the squad.",
    ],
)
def test_an_aim_or_talks_to_come_in_a_sports_story_are_no_statement(nlp, text: str) -> None:
    assert statements(nlp, _MATCH_REPORT + text) == []


_RESULTS_REPORT = ("Ferry firm Nordline said profits rose 8% in the last quarter as sales grew. Analysts "
                   "said investors had welcomed its bid for a rival, and its shares rose. ")


@pytest.mark.parametrize(
    "text",
    [
        "Nordline plans to sell shares in its Danish unit next year.",  # a firm's aim, not its words
        "The firm aims to lift sales in Asia to a million tickets by 2027.",
    ],
)
def test_a_firms_aim_in_a_business_story_is_no_statement(nlp, text: str) -> None:
    assert [s.cue for s in statements(nlp, _RESULTS_REPORT + text)] == ["said", "said"]


def test_a_hope_with_a_clause_or_a_said_aim_in_a_sports_story_is_a_statement(nlp) -> None:
    said = statements(nlp, _MATCH_REPORT + "The coach hopes the striker will be fit. "
                      "The captain aims to win the cup, she said.")
    assert [(s.cue, s.text) for s in said] == [("hopes", "the striker will be fit"),
                                               ("said", "The captain aims to win the cup")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister is aiming to cut the fuel tax.", "aiming"),
        ("The senator will discuss her new book on Monday.", "discuss"),
    ],
)
def test_an_aim_or_talks_to_come_outside_sport_arts_and_technology_are_statements(nlp, text: str, cue: str) -> None:
    assert [s.cue for s in statements(nlp, text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "The local paper cites sources close to the mayor.",  # whom it draws on, not what it holds
        "The bakery did not want to comment on the closure.",  # an aim disowned
        "Not wishing to claim too much, the baker kept quiet about the prize.",
        "Bloggers should be free to say what they want.",  # that something is said, not what
        "The charity single Do They Know It's Christmas? sold well.",  # a title, not a belief
        "Figures released on Tuesday showed that ferry fares rose by 4% last year.",  # evidence, no speaker
        "The latest data suggests a slowdown in the harbour trade.",
        "Ferry operators are obliged to report every accident to the coastguard.",  # a rule, not speech
        "Bakeries are required to disclose the salt content of their bread.",
        "The bakery chain offered 20p a share for its rival.",  # no saying offered
        "The striker challenged the keeper for the ball.",  # no saying challenged
        "His doubts about the ferry plan grew.",  # a view held, not voiced
        "Rising unemployment cast doubt on the recovery.",  # ends like 'student', names a thing
    ],
)
def test_no_statement_from_sources_disowned_aims_or_titles(nlp, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The ferry captain denied accusing the harbour master of lying.",  # the denial, not the accusation
         [("denied", "accusing the harbour master of lying")]),
        ("The report said the two councils had agreed in 1990 to share the ferry.",  # a commitment in a report
         [("said", "the two councils had agreed in 1990 to share the ferry")]),
        ("The baker, who plans to open a second shop, said the flour tax was unfair.",  # an aside still tells an aim
         [("plans", "to open a second shop"), ("said", "the flour tax was unfair")]),
    ],
)
def test_what_is_denied_or_reported_is_one_statement(nlp, text: str, said: list[tuple[str, str]]) -> None:
    assert [(s.cue, s.text) for s in statements(nlp, text)] == said


def test_a_recalled_envoy_or_an_attacked_site_is_no_content(nlp):
    """'recalled its ambassador' is a diplomatic act and 'attacking its nuclear sites' a
    military one: neither reports words; the warning against the attack does."""
    assert statements(nlp, "Russia recalled its ambassador from Lithuania.") == []
    assert [(s.cue, s.text) for s in statements(nlp, "Iran warned Israel against attacking its nuclear sites.")] == [
        ("warned against", "attacking its nuclear sites")]
    assert [s.text for s in statements(nlp, "Tanya Ross recalled the day she met him.")] == ["the day she met him"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("There were complaints from residents that the hall was too cold.", "residents", "complaints",
         "the hall was too cold"),
        ("He made the claim that the ferry was unsafe.", "He", "claim", "the ferry was unsafe"),
        ("The mayor is confident that the bridge will open.", "The mayor", "confident", "the bridge will open"),
        ("The harbour board made the case that the pier was unsafe.", "The harbour board", "case",
         "the pier was unsafe"),
        ("She repeated her claim that the ferry was unsafe.", "her", "claim", "the ferry was unsafe"),  # hers
        # a demand or a vow takes a to-infinitive: what was demanded or vowed
        ("The senator renewed her pledge to cut ferry fares.", "her", "pledge", "to cut ferry fares"),
        ("The union's threat to strike worried the council.", "The union's", "threat", "to strike"),
    ],
)
def test_a_that_clause_of_a_claim_or_a_view_is_a_statement(nlp, text: str, speaker: str | None, cue: str,
                                                           content: str) -> None:
    assert [(s.speaker_text, s.cue, s.text) for s in statements(nlp, text)] == [(speaker, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The claim that he made was false.",  # a relative clause says nothing of the claim
        "His plan to travel to Leeds was dropped.",  # an aim, not a demand or a vow
        "Take the bus in case the ferry fails.",
        "Fears that the plant will close have grown.",  # no one named holds them
        "The weather is sure to turn.",
        "The ferry firms need to make sure that their boats are safe.",  # seeing to it, no view
    ],
)
def test_a_relative_clause_an_unowned_claim_or_a_clause_less_adjective_is_no_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour Board figures showed that ferry fares rose by 4% last year.", "Harbour Board figures"),
        ("A number of islanders said the ferry was late.", "A number of islanders"),  # a share of people speaks
    ],
)
def test_a_count_a_body_owns_or_a_share_of_people_still_states(nlp, text: str, speaker: str) -> None:
    assert [s.speaker_text for s in statements(nlp, text)] == [speaker]
