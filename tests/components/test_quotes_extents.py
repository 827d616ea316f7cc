"""Extents of indirect and mixed quotes (where a reported clause starts and stops) and words that
look like cues but report nothing."""
from __future__ import annotations

import pytest

import newsnlp


def contents(nlp, text):
    """(kind, text) of every quote of `text`."""
    return [(quote.kind, quote.text) for quote in newsnlp.analyze(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Now the board is looking into whether Berg was guilty of misconduct while head of the agency, "
         "according to two people who spoke to the Herald but were not authorized to speak publicly.",
         [("indirect", "Now the board is looking into whether Berg was guilty of misconduct while head of "
                       "the agency")]),
        ("Prices rose sharply in May, according to the survey, and wages fell.",
         [("indirect", "Prices rose sharply in May, according to the survey, and wages fell")]),
    ],
    ids=["source-named-at-length", "coordinated-clause-after-the-phrase"],
)
def test_according_to_runs_on_only_past_a_comma(nlp, text, expected):
    """The clause before "according to X" runs on after the phrase only into a coordinated clause
    set off by a comma, not into the rest of the source's description."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["All told, the three groups raised $4 million in March.",
     "All told, up to two million people could lose their coverage.",
     "He once again found himself embroiled in controversy.",
     "The candidates found themselves targeted by rivals on Sunday."],
    ids=["all-told-subject", "all-told-figure", "found-himself", "found-themselves"],
)
def test_idioms_report_nothing(nlp, text):
    """"All told" sums up and "found himself embroiled" tells the state he was in: neither
    reports anything anyone said."""
    assert contents(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales will recover next year, the firm said on Monday.", [("indirect", "Sales will recover next year")]),
        ("Sales will recover next year; the firm said on Monday.", []),
        ("The plant will close in May: the union says.", []),
    ],
    ids=["comma", "semicolon", "colon"],
)
def test_clause_before_a_colon_or_semicolon_is_not_reported(nlp, text, expected):
    """A clause written before its reporting verb is reported across a comma, not across a
    colon or semicolon that closes it."""
    assert contents(nlp, text) == expected


def test_a_finding_still_reports(nlp):
    """"found" with a clause of its own is still a finding."""
    assert contents(nlp, "The review found that the agency had ignored the warnings.") == [
        ("indirect", "the agency had ignored the warnings")]


def test_report_set_against_the_clause_is_no_part_of_it(nlp):
    """A "while" clause reporting what others say ends the reported clause before it."""
    text = ("The two parties accused each other of playing politics with the budget while economists "
            "warned of the risk of a recession.")
    assert contents(nlp, text)[0] == ("indirect", "each other of playing politics with the budget")


def test_which_clause_reported_by_someone_ends_the_clause(nlp):
    """A closing "which" clause that reports a clause of its own ("which she said had ...") is
    another attribution, no part of the clause before it."""
    text = "Anna Berg criticized the new tariffs, which she said had harmed farmers in her state."
    assert contents(nlp, text)[0] == ("indirect", "the new tariffs")


def test_mixed_quote_stops_before_another_report(nlp):
    """A mixed quote runs on after its quotation into more quoted words, but not over a verb of
    saying that makes another report of them."""
    text = ('Anna Berg said the council would "try to form a stable budget" and insisted that her party '
            'was "still the strongest force in Leeds."')
    assert contents(nlp, text) == [("mixed", 'the council would "try to form a stable budget'),
                                   ("mixed", 'her party was "still the strongest force in Leeds.')]


def test_mixed_quote_runs_on_into_a_second_quotation(nlp):
    """Words that join a second quotation without a verb of saying keep it in the same quote."""
    text = 'Anna Berg said the deal was "a good start" and that "more will come" next year.'
    assert contents(nlp, text) == [("mixed", 'the deal was "a good start" and that "more will come" next year')]


def test_second_complement_that_reports_on_its_own_is_left_out(nlp):
    """A second complement the parse hangs on the reporting verb is part of the reported clause,
    unless it is another report with a subject of its own ("..., and three-quarters said ...")."""
    text = "Six in 10 Leeds voters said Hale is honest and trustworthy, and three-quarters said the same of Berg."
    assert contents(nlp, text) == [("indirect", "Hale is honest and trustworthy")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anna Berg said she was encouraged by the plan \u2014 a modest boost for the mayor, who has struggled "
         "for months.", "she was encouraged by the plan"),
        ("Tom Hale said the club would stay in Leeds - a relief for its fans.", "the club would stay in Leeds"),
        ("Tom Hale said the anti-war group would march on Sunday.", "the anti-war group would march on Sunday"),
    ],
    ids=["em-dash", "spaced-hyphen", "hyphen-in-a-word"],
)
def test_aside_after_a_dash_is_no_part_of_the_clause(nlp, text, expected):
    """An apposition set off by a dash closes the reported clause as one set off by a comma does;
    a hyphen inside a word sets nothing off."""
    assert contents(nlp, text) == [("indirect", expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Hale said prices rose 5%.", "prices rose 5%"),
        ("Tom Hale said he met Chris Dodd (D-Conn.).", "he met Chris Dodd (D-Conn.)"),
        ("Tom Hale said the plan would fail (again).", "the plan would fail (again)"),
    ],
    ids=["per-cent", "bracket-closed", "bracket-at-the-end"],
)
def test_closing_signs_that_belong_to_the_clause_stay(nlp, text, expected):
    """A per cent sign and a bracket closing one opened in the clause are part of its words."""
    assert contents(nlp, text) == [("indirect", expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The mayor said the city was ready to "fight for every job," cut the fees and hire more nurses.',
         [("mixed", 'the city was ready to "fight for every job," cut the fees and hire more nurses')]),
        ('The mayor said the plan was "a fair deal," the paper reported on Monday.',
         [("mixed", 'the plan was "a fair deal,')]),
        ('The mayor said the plan was "a fair deal," although she voted against it in May.',
         [("mixed", 'the plan was "a fair deal,')]),
    ],
    ids=["runs-on-to-the-sentence-end", "not-over-another-attribution", "not-over-a-concession"],
)
def test_mixed_quote_runs_on_after_a_quotation_broken_off_at_a_comma(nlp, text, expected):
    """A reported clause whose quotation breaks off at a comma runs on to the sentence end in
    lower case, unless the words after it attribute (", the paper reported") or concede
    (", although ...": the writer's words)."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jane Doe hit back at the mayor on Friday, calling him "a reckless spender."',
         [("mixed", 'him "a reckless spender.')]),
        ('Jane Doe took the stage in Leeds and called the tax plan "a gift to landlords."',
         [("mixed", 'the tax plan "a gift to landlords.')]),
        ('The mayor hit back at the senator on Friday, calling him "a reckless spender."',
         [("mixed", 'him "a reckless spender.')]),
        ('She runs a charity called "Bread for All."', []),
    ],
    ids=["closing-participle", "coordinated-verb", "noun-subject", "no-one-names"],
)
def test_naming_verb_speaks_for_the_subject_it_shares(nlp, text, expected):
    """A naming verb without a subject of its own quotes for the person it takes one from: the
    clause a closing participle ends or the verb it is coordinated with; a participle that only
    describes a noun names nothing."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jane Doe praised the council and accused the mayor of a "reckless gamble."',
         [("mixed", 'the mayor of a "reckless gamble.')]),
        ("Jane Doe praised the council and accused the mayor of fraud.", []),
    ],
    ids=["object-quotes-words", "object-quotes-nothing"],
)
def test_coordinated_stance_verb_quotes_through_its_object(nlp, text, expected):
    """A stance verb coordinated with the verb it takes its subject from reports its object when
    that quotes words in part; with nothing quoted it stays no report (precision)."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jane Doe pledged to cut the fees and to "fight for every job."',
         [("mixed", 'to cut the fees and to "fight for every job.')]),
        ('Jane Doe warned of a "long winter" for the farms.',
         [("mixed", 'of a "long winter" for the farms')]),
        ('Jane Doe wrote in "The Daily Post" about the farms.', []),
        ('Jane Doe wrote under the name "Farmer Jane" for years.', []),
        ('Jane Doe answered the mayor by saying, "We will not pay."', [("direct", "We will not pay.")]),
    ],
    ids=["object-quotes-words", "topic-preposition", "where-it-was-written", "how-it-was-written",
         "introduced-quotation"],
)
def test_reporting_verb_without_clause_reports_its_object(nlp, text, expected):
    """A reporting verb with no clause to report reports the object or the phrase of topic it
    takes when that quotes words in part; not a phrase saying where or how the words came out,
    and not a quotation the writer introduces after a comma."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jane Doe thanked the nurses for their "quiet courage."',
         [("mixed", 'the nurses for their "quiet courage.')]),
        ('Jane Doe lamented the "lost decade" of the farms.', [("mixed", 'the "lost decade" of the farms')]),
        ("Jane Doe thanked the nurses for their help.", []),
    ],
    ids=["thanked", "lamented", "nothing-quoted"],
)
def test_verbs_of_thanks_and_regret_quote_through_their_object(nlp, text, expected):
    """Thanking, crediting, lamenting and bemoaning report what their object quotes in part, like
    calling; with nothing quoted they report nothing."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jane Doe referred to the mayor as "a reckless spender."',
         [("mixed", 'to the mayor as "a reckless spender.')]),
        ('Jane Doe referred to the "new plan" twice.', []),
    ],
    ids=["as-phrase", "no-as-phrase"],
)
def test_verb_naming_through_an_as_phrase(nlp, text, expected):
    """Refer, portray, depict ... name through an "as" phrase (`naming_as_verbs.txt`); without
    one they name nothing."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The poll found that 449 of the delegates back Smith.",
         [("indirect", "449 of the delegates back Smith")]),
        ("The jury found it offensive.", []),
    ],
    ids=["that-clause-head-tagged-as-a-number", "small-clause"],
)
def test_clause_opened_by_that_whatever_its_head_is_tagged(nlp, text, expected):
    """A complement opened by a subordinating "that" is reported even when the tagger takes its
    head for no verb; a small clause with no "that" reports nothing."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council was told that the bridge would close in May.",
         [("indirect", "the bridge would close in May")]),
        ("It was widely reported that the firm paid $2 million.",
         [("indirect", "the firm paid $2 million")]),
        ("He was asked by the host whether he would run again.",
         [("indirect", "whether he would run again")]),
        ("It should be noted that the bridge is old.", []),
    ],
    ids=["told-that", "it-was-reported", "asked-whether", "modal-aside"],
)
def test_passive_report_without_a_speaker(nlp, text, expected):
    """A reporting verb in the passive reports the clause after it though it names no speaker;
    after a modal ("it should be noted that") it is the writer's aside."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The club issued a statement saying that the match would go ahead.",
         [("indirect", "the match would go ahead")]),
        ("The club posted a video showing the crowd outside.", []),
    ],
    ids=["statement-saying-that", "no-that-clause"],
)
def test_document_reports_through_a_participle(nlp, text, expected):
    """A participle describing a noun ("a statement saying that ...") reports the clause its
    "that" opens; without one it reports nothing."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Doe's assertion that the bridge was safe drew scorn.",
         [("indirect", "the bridge was safe")]),
        ("The fact that the bridge was safe helped.", []),
        ("The remark that he made on Monday drew scorn.", []),
    ],
    ids=["assertion-that", "fact-is-no-report", "relative-clause"],
)
def test_noun_reports_its_that_clause(nlp, text, expected):
    """A noun naming something said (`reporting_nouns.txt`) reports the clause its "that" opens;
    other nouns and relative clauses report nothing."""
    assert contents(nlp, text) == expected


def test_noun_cue_speaker_is_its_owner(nlp):
    """The owner a noun cue names ("Doe's assertion") is its speaker."""
    quote = newsnlp.analyze("Jane Doe's assertion that the bridge was safe drew scorn.", nlp=nlp).quotes[0]
    assert quote.speaker == "Jane Doe"


@pytest.mark.parametrize(
    "text",
    ["The tax, which the mayor proposed in 2013, never passed.",
     "The group the senator cited in her speech does not exist.",
     "The rule that the board announced in May was dropped."],
    ids=["proposed-in-year", "cited-in-speech", "announced-in-month"],
)
def test_stance_verb_does_not_report_where_or_when(nlp, text):
    """A phrase of time or place right after a stance verb ("proposed in 2013") is none of what
    it reports."""
    assert contents(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The women who accused the mayor of fraud spoke on Monday.", []),
        ("Reid, who criticized the new tax plan, spoke on Monday.", []),
        ("Reid criticized the new tax plan.", [("indirect", "the new tax plan")]),
    ],
    ids=["who-accused", "who-criticized", "main-clause"],
)
def test_stance_verb_in_a_relative_clause_reports_nothing(nlp, text, expected):
    """A stance verb in a relative clause describes the noun it hangs on; in a clause of its
    own it reports its object."""
    assert contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["\u201cYou okay?\u201d she said, but Tom was falling asleep again, and as the mayor went on about "
     "\u201cthe lost jobs,\u201d Ann said yes, yes, yes, each time.",
     "\u201cAll set?\u201d she asked, but Tom was nodding off again, and as Hale went on, Ann said yes, yes, "
     "again and again."],
    ids=["said", "asked"],
)
def test_clause_opening_with_another_attribution_is_not_reported(nlp, text):
    """The words after a quotation's own attribution ('"...?" she said, but ...') are not what a
    later reporting verb reports, though the parse hangs them on it."""
    assert not any(words.startswith(("she said", "she asked")) for _, words in contents(nlp, text))
