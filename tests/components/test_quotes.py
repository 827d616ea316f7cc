"""The quotes stage on short news-style sentences: each pattern, with negative rows."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import newsnlp
from newsnlp.quotes import find_quotes
from newsnlp.quotes.cues import find_cues
from newsnlp.quotes.marks import quote_segments
from newsnlp.quotes.speakers import Reported, person_gender
from newsnlp.types import Mention, Person, Quote


def quotes_of(nlp, text):
    return newsnlp.analyze(text, nlp=nlp).quotes


def row(quote):
    """The fields a table row checks: (kind, text, speaker, cue)."""
    return quote.kind, quote.text, quote.speaker, quote.cue


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will win the vote," Anna Berg said on Monday.',
         [("direct", "We will win the vote,", "Anna Berg", "said")]),
        ("\u201cWe will win the vote,\u201d Anna Berg said on Monday.",
         [("direct", "We will win the vote,", "Anna Berg", "said")]),
        ('Anna Berg arrived on Monday. "We are ready for the talks," she said.',
         [("direct", "We are ready for the talks,", "Anna Berg", "said")]),
        ('"Rates will fall soon," said Maria Lopez, the bank\'s governor.',
         [("direct", "Rates will fall soon,", "Maria Lopez", "said")]),
        ('Tom Hale added: "The plan is working well."',
         [("direct", "The plan is working well.", "Tom Hale", "added")]),
        ('Tom Hale waved as if to stop the noise, then leaned in and said: "Let us win this in May."',
         [("direct", "Let us win this in May.", "Tom Hale", "said")]),
        ('The hall went quiet. "Absolutely," Tom Hale said when asked about the vote.',
         [("direct", "Absolutely,", "Tom Hale", "said")]),
        ('"The plan is a disaster," said Tom Hale. "His figures defy common sense.\n\nHe continued, "We will fix it."',
         [("direct", "The plan is a disaster,", "Tom Hale", "said"),
          ("direct", "His figures defy common sense.", "Tom Hale", "said"),
          ("direct", "We will fix it.", "Tom Hale", "continued")]),
        ('Tom Hale said, "The plan is working well."',
         [("direct", "The plan is working well.", "Tom Hale", "said")]),
        ('But Sen. Tom Hale (D-Ill.), noting the size of the crowd, said, "Let me tell you, he has a big list."',
         [("direct", "Let me tell you, he has a big list.", "Tom Hale", "said")]),
        ("The mayor has shown little interest in the race. But Sen. Tom Hale (D-Ill.), noting the size of "
         "Berg's following, said, \"Let me tell you, she's got a heck of a list.\"",
         [("direct", "Let me tell you, she's got a heck of a list.", "Tom Hale", "said")]),
        ('"Never give up on your people." \u2014 Tom Hale',
         [("direct", "Never give up on your people.", "Tom Hale", None)]),
        ("Anna Berg said that the deal would close next week.",
         [("indirect", "the deal would close next week", "Anna Berg", "said")]),
        ("Anna Berg warned that prices could rise again in the spring.",
         [("indirect", "prices could rise again in the spring", "Anna Berg", "warned")]),
        ("According to officials, the bridge will reopen in May.",
         [("indirect", "the bridge will reopen in May", "officials", "According to")]),
        ("Officials said the bridge will reopen in May.",
         [("indirect", "the bridge will reopen in May", "Officials", "said")]),
        ("Analysts at Goldman Sachs estimated that growth would slow to 2 percent.",
         [("indirect", "growth would slow to 2 percent", "Analysts at Goldman Sachs", "estimated")]),
        ('Anna Berg said the two countries "are ready to work together."',
         [("mixed", 'the two countries "are ready to work together.', "Anna Berg", "said")]),
        ("WALLACE: Let us start with the news from the debate tonight.",
         [("indirect", "Let us start with the news from the debate tonight.", "WALLACE", ":")]),
        ('Anna Berg said that "the new bridge" will open in the spring.',
         [("mixed", 'the new bridge" will open in the spring', "Anna Berg", "said")]),
        ('Tom Hale said the vote was close.\n\nThe result surprised Peter Mills and Maria Lopez.'
         '\n\n"We will try again next year," he said.',
         [("indirect", "the vote was close", "Tom Hale", "said"),
          ("direct", "We will try again next year,", "Tom Hale", "said")]),
        ('"There are more parties running in the state this year," added another local official.',
         [("direct", "There are more parties running in the state this year,", "another local official", "added")]),
        ('"There are more parties running in the state this year," added Monday night.',
         [("direct", "There are more parties running in the state this year,", None, "added")]),
        ('Tom Hale opened the meeting on Monday. When Peter Mills arrived, the hall was already full.'
         '\n\n"We will win it easily," he said.',
         [("direct", "We will win it easily,", "Tom Hale", "said")]),
        ('In an editorial on Sunday, the Courier wrote that the plan had failed.'
         '\n\n"The city cannot afford another year of this," it added.',
         [("indirect", "the plan had failed", "the Courier", "wrote"),
          ("direct", "The city cannot afford another year of this,", "the Courier", "added")]),
        ('Tom Hale said that Peter Mills would lose the vote.\n\n"We will win it easily," he said.',
         [("indirect", "Peter Mills would lose the vote", "Tom Hale", "said"),
          ("direct", "We will win it easily,", "Tom Hale", "said")]),
        ('Tom Hale is betting that Peter Mills will drop out of the race.'
         ' "He has never run anything," he said.',
         [("direct", "He has never run anything,", "Tom Hale", "said")]),
        ('Peter Mills won the vote on Monday. His rival, Tom Hale, conceded the race.'
         '\n\n"It was a long night," he said.',
         [("direct", "It was a long night,", "Tom Hale", "said")]),
        ("Anna Berg said she would not support Tom Hale, the party's candidate.",
         [("indirect", "she would not support Tom Hale", "Anna Berg", "said")]),
        ("Tom Hale said the plan would fail, although he voted for it.",
         [("indirect", "the plan would fail", "Tom Hale", "said")]),
        ("Anna Berg said the plan would cut costs and that it would add new jobs.",
         [("indirect", "the plan would cut costs and that it would add new jobs", "Anna Berg", "said")]),
        ("Sales fell sharply, the firm said on Monday, and profits may fall again next year.",
         [("indirect", "Sales fell sharply, the firm said on Monday, and profits may fall again next year",
           "the firm", "said")]),
        ("Prices rose by 3 percent, according to the survey, and wages fell by 2 percent.",
         [("indirect", "Prices rose by 3 percent, according to the survey, and wages fell by 2 percent",
           "the survey", "according to")]),
        ('The Finance Ministry said the talks had failed.\n\n"We are deeply disappointed by the result," it said.',
         [("indirect", "the talks had failed", "The Finance Ministry", "said"),
          ("direct", "We are deeply disappointed by the result,", "The Finance Ministry", "said")]),
        ("Anna Berg pointed out that the bridge had been closed for a year.",
         [("indirect", "the bridge had been closed for a year", "Anna Berg", "pointed")]),
        ("Tom Hale questioned whether the budget could pass.",
         [("indirect", "whether the budget could pass", "Tom Hale", "questioned")]),
        ("Anna Berg criticized the new tax on fuel.",
         [("indirect", "the new tax on fuel", "Anna Berg", "criticized")]),
        ("The union urged its members to reject the offer.",
         [("indirect", "its members to reject the offer", "The union", "urged")]),
        ("\u201cThe campaign is in panic mode. Full panic mode,\u201d said Anna Berg, a president of the caucus.",
         [("direct", "The campaign is in panic mode. Full panic mode,", "Anna Berg", "said")]),
        ("The company announced a new plan for its stores.",
         [("indirect", "a new plan for its stores", "The company", "announced")]),
        ('Anna Berg called the plan "a costly mistake" on Monday.',
         [("mixed", 'the plan "a costly mistake" on Monday', "Anna Berg", "called")]),
        ("The vote is unlikely to pass; the minister says she will keep trying.",
         [("indirect", "she will keep trying", "the minister", "says")]),
        ("The mayor said the bridge would reopen in May, citing the end of the repairs.",
         [("indirect", "the bridge would reopen in May", "The mayor", "said")]),
        ("The mayor said the bridge would reopen in May, ending a long detour for drivers.",
         [("indirect", "the bridge would reopen in May, ending a long detour for drivers", "The mayor",
           "said")]),
        ("Anna Berg said the talks had stalled, but that a deal was still possible.",
         [("indirect", "the talks had stalled, but that a deal was still possible", "Anna Berg", "said")]),
        ("Anna Berg said the deal would help Tom Hale, who has led the union since 2010.",
         [("indirect", "the deal would help Tom Hale", "Anna Berg", "said")]),
        ("Anna Berg said the deal would help the union, which has lost members since 2010.",
         [("indirect", "the deal would help the union, which has lost members since 2010", "Anna Berg",
           "said")]),
        ("Anna Berg said the two parties differ on taxes, the new budget and the future of the port.",
         [("indirect", "the two parties differ on taxes, the new budget and the future of the port",
           "Anna Berg", "said")]),
        ("Anna Berg says the boats inspected were all unsafe.",
         [("indirect", "the boats inspected were all unsafe", "Anna Berg", "says")]),
        ("Anna Berg said the agency faces three problems: staff are leaving and costs are rising."
         "\n\nThe agency did not comment.",
         [("indirect", "the agency faces three problems: staff are leaving and costs are rising",
           "Anna Berg", "said")]),
        ("Tom Hale said the new line would open in May; in contrast, Anna Berg said it would be late.",
         [("indirect", "the new line would open in May", "Tom Hale", "said"),
          ("indirect", "it would be late", "Anna Berg", "said")]),
        ('Tom Hale said the team was "tired," and the coach was "not happy at all."',
         [("mixed", 'the team was "tired," and the coach was "not happy at all', "Tom Hale", "said")]),
        ('"We won the vote," Anna Berg said on Monday. "Big time."',
         [("direct", "We won the vote,", "Anna Berg", "said"), ("direct", "Big time.", "Anna Berg", "said")]),
        ('Tom Hale spoke last.\n\nOf the fuss over the new stadium, he said, "It is a little much."',
         [("direct", "It is a little much.", "Tom Hale", "said")]),
        ("Anna Berg said that is unlikely to happen before May.",
         [("indirect", "that is unlikely to happen before May", "Anna Berg", "said")]),
        ("Tom Hale rejected that idea on Monday.",
         [("indirect", "that idea on Monday", "Tom Hale", "rejected")]),
        ('When asked why, Hale responded in a text message: "Berg will be the nominee."',
         [("indirect", "why", None, "asked"), ("direct", "Berg will be the nominee.", "Hale", "responded")]),
        ('Hale, who accused the mayor of "a shameful fraud," spoke on Monday.',
         [("mixed", 'the mayor of "a shameful fraud,', "Hale", "accused")]),
    ],
    ids=["straight-after", "curly-after", "pronoun", "inverted-apposition", "colon",
         "colon-after-second-verb", "one-word-reply", "closing-mark-forgotten", "comma-before",
         "participle-aside-ccomp", "participle-aside-parataxis", "dash",
         "indirect-that", "warned-that", "according-to", "group-speaker", "org-analysts",
         "mixed", "transcript-colon", "mixed-quote-first", "pronoun-last-subject", "speaker-after-verb",
         "date-after-verb", "pronoun-not-adverbial-subject", "it-lower-case-paper",
         "pronoun-not-reported-subject", "pronoun-not-argued-subject",
         "pronoun-apposed-subject",
         "apposition-aside", "concession-aside", "reported-coordination", "clause-around-cue",
         "according-to-between", "it-earlier-speaker", "pointed-out", "questioned-whether", "stance-object",
         "stance-object-clause", "nearest-of-two-subjects", "announced-object",
         "called-quoted-name", "clause-before-semicolon",
         "participle-aside", "participle-goes-on", "but-that-clause",
         "relative-on-person-aside", "relative-on-thing-reported",
         "list-item-no-apposition", "clause-split-in-two",
         "clause-runs-past-colon",
         "semicolon-before-new-attribution", "mixed-runs-on-after-mark", "short-sentence-continues",
         "opening-phrase-before-quote", "that-pronoun-subject", "that-determiner", "when-asked-main-clause",
         "relative-clause-closes-mixed"],
)
def test_quote_patterns(nlp, text, expected):
    """Each quotation pattern gives its kind, content, speaker and cue."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "reform" passed on Tuesday after a long debate.',
        'She appeared on "Face the Nation" on Sunday morning.',
        'The film "A Long Road Home" opens in Paris next week.',
        "The committee met on Tuesday and approved the budget.",
        "Anna Berg called the mayor on Monday.",
        "Note: the figures were revised on Friday after the audit.",
        "",
    ],
    ids=["scare-quote", "programme-title", "film-title", "no-quote", "called-no-quote", "label-colon", "empty"],
)
def test_not_quotes(nlp, text):
    """Scare quotes, titles and plain sentences are no quotations."""
    assert quotes_of(nlp, text) == ()


def test_two_segments_one_speaker(nlp):
    """"A," he said, "B." gives two direct quotes of the same speaker."""
    text = 'Anna Berg spoke first. "We are ready," she said, "and we will sign the deal today."'
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "We are ready,", "Anna Berg"),
        ("direct", "and we will sign the deal today.", "Anna Berg"),
    ]


def test_quotation_carries_on_past_a_show_title_in_its_attribution(nlp):
    """A quotation carries on after an attribution that names a show in quotation marks."""
    text = '"We will win this vote easily," Tom Hale said on Sunday on "Face the Nation." "Nobody can stop us now."'
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "We will win this vote easily,", "Tom Hale"),
        ("direct", "Nobody can stop us now.", "Tom Hale"),
    ]


def test_title_ending_a_sentence_with_its_full_stop_inside_the_marks_is_no_quote(nlp):
    text = 'The old name is being replaced by "Harbor View." A spokesman for the owner said the change was overdue.'
    assert [q.kind for q in quotes_of(nlp, text)] == ["indirect"]


def test_title_after_a_verb_of_voicing_is_speech(nlp):
    text = '"We are proud of the show," Berg said. The crowd kept singing "Our Time Is Now."'
    assert ("direct", "Our Time Is Now.", "The crowd", "singing") in [row(q) for q in quotes_of(nlp, text)]


def test_quotation_carries_on_past_a_scare_quoted_fragment_in_its_attribution(nlp):
    text = ('"We will win the vote," Berg told the club on Monday after calling the plan "a mess" in public. '
            '"Nobody can stop us now."')
    assert [row(q) for q in quotes_of(nlp, text) if q.kind == "direct"] == [
        ("direct", "We will win the vote,", "Berg", "told"), ("direct", "Nobody can stop us now.", "Berg", "told")]


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready for this," Anna Berg said on Monday at a rally in Leeds, "and we will sign the deal today."',
        '"We are ready for this," Anna Berg said to Mrs. Hale in Leeds, "and we will sign the deal today."',
    ],
    ids=["long-attribution", "abbreviation-in-attribution"],
)
def test_quotation_resumes_after_a_long_attribution(nlp, text):
    """"A," she said on Monday in Leeds, "b." gives two direct quotes of the same speaker; an
    abbreviation in the attribution ("Mrs.") ends no sentence."""
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "We are ready for this,", "Anna Berg"),
        ("direct", "and we will sign the deal today.", "Anna Berg"),
    ]


def test_quotation_carries_on_after_a_mixed_quote(nlp):
    """A quoted sentence after the attribution of a mixed quote ending in a quotation takes its
    speaker."""
    text = ('Democratic Sen. Anna Berg scolded him: the whole council is "against you on the three plans you'
            ' called miracles," she said. "When you call a plan a miracle, you give people false hope."')
    found = quotes_of(nlp, text)
    assert [(q.kind, q.speaker) for q in found] == [("mixed", "Anna Berg"), ("direct", "Anna Berg")]
    assert found[1].text == "When you call a plan a miracle, you give people false hope."


def test_speaker_with_long_apposition_attributes_the_quotations_around_it(nlp):
    """A speaker whose appositions run up to the verb is part of the attribution the quotation
    before it touches."""
    text = ('"This is a big year for our town!" Tom Hale\'s niece, state Sen. Anna Berg (D-Leeds), shouted to'
            ' the crowd. "The nation is watching us."')
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.cue) for q in found] == [
        ("direct", "This is a big year for our town!", "shouted"),
        ("direct", "The nation is watching us.", "shouted"),
    ]


def test_apostrophe_marked_quotation_is_not_joined_across_a_new_attribution(nlp):
    """Two quotations marked with doubled apostrophes stay apart when a sentence ends before
    the second attribution."""
    text = ("Anna Berg spoke in Leeds.\n\n''We won the vote,'' Mrs. Berg said in a phone interview. But she added,"
            " ''Now we have to govern the city.''")
    found = quotes_of(nlp, text)
    assert [(q.text, q.cue) for q in found] == [("We won the vote,", "said"), ("Now we have to govern the city.", "added")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The students chanted "No more cuts to our schools!" outside the hall.',
         ("No more cuts to our schools!", "The students", "chanted")),
        ('The crowd yelled "Go home, Tom Hale!" and booed.', ("Go home, Tom Hale!", "The crowd", "yelled")),
    ],
    ids=["chanted", "yelled"],
)
def test_quotation_taken_by_a_verb_of_shouting(nlp, text, expected):
    """Verbs that say how words were voiced (chant, yell) attribute the quotation they take."""
    assert [(q.text, q.speaker, q.cue) for q in quotes_of(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('As Anna Berg said last week in Leeds, "The plan is working well."',
         [("direct", "The plan is working well.", "Anna Berg", "said")]),
        ('Anna Berg shot back at the critics, "We will win the vote."',
         [("direct", "We will win the vote.", "Anna Berg", "shot")]),
    ],
)
def test_quotation_after_an_attribution_with_more_words_before_its_comma(nlp, text, expected):
    assert [row(q) for q in quotes_of(nlp, text) if q.kind == "direct"] == expected


def test_quotation_takes_no_cue_across_another_clause_before_its_comma(nlp):
    text = 'After Jane Doe praised the plan on Monday, Tom Hale waved, "We will win the vote."'
    assert all(q.cue != "praised" for q in quotes_of(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Our team will win the vote next week," the email read.',
         [("direct", "Our team will win the vote next week,", "the email", "read")]),
        ('"Our team will win the vote next week," the editorial read.',
         [("direct", "Our team will win the vote next week,", "the editorial", "read")]),
    ],
)
def test_attribution_after_a_quotation_read_from_its_words(nlp, text, expected):
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_attribution_after_a_quotation_with_a_long_apposition(nlp):
    text = '"Our team will win the vote next week," Anna Berg, the pollster who founded the firm in Leeds tweeted on Monday.'
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("direct", "Our team will win the vote next week,", "Anna Berg", "tweeted")]


def test_quotation_before_its_attribution_leaves_out_the_words_after_it(nlp):
    text = "\u201cTell him I saved you a seat,\u201d Berg said, and her brother laughed."
    assert [row(q) for q in quotes_of(nlp, text)] == [("direct", "Tell him I saved you a seat,", "Berg", "said")]


def test_quotation_before_its_attribution_leaves_out_the_writers_words_before_a_colon(nlp):
    text = ('In her speech, Berg called for patience, courage and hard work: '
            '"Fix the roads and when you have done that, fix them again," she said.')
    assert [(q.kind, q.text, q.cue) for q in quotes_of(nlp, text)] == [
        ("direct", "Fix the roads and when you have done that, fix them again,", "said")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Later that day Berg said: "I have always said that the tax was a mistake," but in fact she had voted for it twice.',
         [("direct", "I have always said that the tax was a mistake,", "Berg", "said")]),
        ('Hale wrote to his many followers, "It is time to end her career for good," and shared a link to his website.',
         [("direct", "It is time to end her career for good,", "Hale", "wrote")]),
    ],
)
def test_quotation_after_its_cue_leaves_out_the_writers_words_after_it(nlp, text, expected):
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_attribution_opening_with_its_verb_before_a_colon(nlp):
    text = ('Berg spoke on a radio show on Monday.\n\nStated Berg:\n\n"I think the stakes are very high for all of us."'
            '\n\nThe crowd cheered. Said Anna Berg: "Good luck to all of you."')
    assert [(q.kind, q.text, q.cue) for q in quotes_of(nlp, text)] == [
        ("direct", "I think the stakes are very high for all of us.", "Stated"),
        ("direct", "Good luck to all of you.", "Said")]


def test_reporting_verb_coordinated_inside_a_reported_clause_keeps_the_reporter(nlp):
    """A reporting verb the parse coordinates with the reported clause ("said the plan takes
    time but added ...") has the speaker of the verb that reports that clause."""
    text = "Anna Berg said the plan takes time but added that the talks would go on."
    found = quotes_of(nlp, text)
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("the plan takes time", "Anna Berg", "said"),
        ("the talks would go on", "Anna Berg", "added"),
    ]


def test_participle_after_a_name_is_that_persons(nlp):
    """A participle right after a name ("footage of Anna Berg asking") has that name for its
    subject, not the subject of the verb governing it."""
    text = 'The new ad uses footage of Anna Berg asking, "Why are we not ten points ahead?"'
    assert [(q.text, q.speaker) for q in quotes_of(nlp, text)] == [("Why are we not ten points ahead?", "Anna Berg")]


def test_apostrophe_marked_quotation_is_one_quote_across_its_attribution(nlp):
    """''A,'' he said. ''B.'' (doubled apostrophes as marks) is one quotation over both parts."""
    text = "Anna Berg spoke first.\n\n''We are ready,'' she said. ''We will sign the deal today.''"
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "We are ready,'' she said. ''We will sign the deal today.", "Anna Berg"),
    ]


def test_apostrophe_marked_quotation_is_one_quote_across_a_long_attribution(nlp):
    """The two parts of a quotation marked with doubled apostrophes make one quote across an
    attribution with a long apposition ending in a full stop, when they quote more words than
    the attribution holds; short parts around a longer attribution stay two quotes."""
    attribution = (" said Tom Hale, a professor of economics at a large university in the north and a former "
                   "adviser to two mayors who served in the nineteen-nineties. ")
    long_parts = ("''The plan will not raise enough money to pay for the new schools and roads that the city has "
                  "promised,''" + attribution + "''It needs a new tax on land, and it needs one soon, before the "
                  "budget is due in the spring.''")
    short_parts = "''It is a start,'' said Tom Hale, a professor of economics at a university in the north. ''We will see.''"
    assert [q.text[:8] for q in quotes_of(nlp, "Intro.\n\n" + long_parts)] == ["The plan"]
    assert [q.text for q in quotes_of(nlp, "Intro.\n\n" + short_parts)] == ["It is a start,", "We will see."]


def test_mixed_quote_runs_on_after_an_attribution_with_more_words(nlp):
    """A mixed quote goes on over the quotation that opens the next sentence, after an
    attribution that says more than who spoke ("he added on Twitter")."""
    text = 'The summit did "too little," he added on Twitter. "Without new policies, Europe risks a lot."'
    found = quotes_of(nlp, text)
    assert [(q.kind, q.start, q.end) for q in found] == [("mixed", 0, len(text) - 1)]


def test_mixed_quote_stops_before_an_aside_after_its_quotation(nlp):
    """A dash after the closing mark ends the reported words; the aside is no part of them."""
    text = "Tom Hale called the tax plan \u201ca total disaster\u201d \u2014 a view shared by many local farmers."
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text) for q in found] == [("mixed", "the tax plan \u201ca total disaster")]


def test_quoted_phrase_the_sentence_runs_on_after_is_one_mixed_quote(nlp):
    """A quoted phrase with no punctuation of its own that the sentence carries on after in
    lower case is one mixed quote up to the end of the sentence."""
    text = 'The city police reported "312 break-ins" in the old town between May and July.'
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("mixed", '"312 break-ins" in the old town between May and July', "The city police")]


def test_quoted_phrase_run_on_stops_at_a_comma(nlp):
    """The run-on after a quoted phrase stops at the comma that ends its clause."""
    text = 'The town reported "twelve new cases" in the north, up from four in May.'
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text) for q in found] == [("mixed", '"twelve new cases" in the north')]


def test_verbless_opening_phrase_is_no_reported_clause(nlp):
    """An opening phrase without a verb written before the cue ("Similarly, ... said") is no
    clause it reports; a clause with a verb written before the cue is."""
    from newsnlp.quotes import verbless_preface
    from newsnlp.quotes.cues import verb_cue

    doc = nlp("Similarly, Jane Roe said she would vote no. Prices will rise, Tom Hale said.")
    first, second = (verb_cue(t) for t in doc if t.lower_ == "said")
    assert verbless_preface(first, 0, len("Similarly"))
    assert not verbless_preface(second, doc.text.index("Prices"), doc.text.index(", Tom"))


def test_multi_paragraph_quote(nlp):
    """A paragraph that opens a quote without closing it continues in the next one."""
    text = ('Tom Hale said: "The first part of the plan is done and it worked.\n\n'
            '"The second part starts in June and will take a year."')
    found = quotes_of(nlp, text)
    assert [(q.text, q.speaker) for q in found] == [
        ("The first part of the plan is done and it worked.", "Tom Hale"),
        ("The second part starts in June and will take a year.", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    "text, addressee",
    [
        ("Anna Berg told reporters that the talks had failed.", "reporters"),
        ('"The talks failed," Anna Berg told Tom Hale on Friday.', "Tom Hale"),
        ("Anna Berg said the talks had failed.", None),
    ],
    ids=["told-reporters", "told-person", "no-addressee"],
)
def test_addressee(nlp, text, addressee):
    """The object of "told" is the addressee, resolved to a person when it names one."""
    assert [q.addressee for q in quotes_of(nlp, text)] == [addressee]


def test_quoted_words_inside_a_quote_are_not_quotes(nlp):
    """The quoted words of a mixed quote are no quotes of their own."""
    text = 'Anna Berg said relations had reached a "new level" and were "good" for both sides.'
    found = quotes_of(nlp, text)
    assert [q.kind for q in found] == ["mixed"]
    assert '"new level"' in found[0].text


def test_no_speaker_is_invented(nlp):
    """A quotation with nobody named gets no speaker from nowhere."""
    text = 'The report was published on Friday. "Prices rose by ten percent last year," it said.'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["it"]


def test_stray_mark_does_not_swallow_the_article(nlp):
    """An unclosed quotation mark costs at most its paragraph."""
    text = ('Anna Berg said "the plan is odd.\n\n'
            'The committee met on Tuesday.\n\n"We agree," Tom Hale said.')
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text) for q in found if q.kind == "direct"] == [("direct", "We agree,")]
    assert all("committee" not in q.text for q in found)


def test_works_without_people(nlp):
    """Without the entities stage the speaker is the phrase as written."""
    doc = nlp.make_doc('"We will win the vote," Anna Berg said.')
    for _, component in nlp.pipeline:
        if not _.startswith("newsnlp"):
            doc = component(doc)
    assert [q.speaker for q in find_quotes(doc)] == ["Anna Berg"]


def test_transcript_turn_runs_to_the_next_speaker(nlp):
    """A transcript speaker's turn takes the paragraphs up to the next speaker line; a headline
    written "Name: words" stays one line."""
    turns = ("HOST: Welcome back to the show, senator, and thanks for coming.\n\n"
             "Let me start with the budget. Will it pass?\n\nBROWN: I think it will pass next week.")
    found = quotes_of(nlp, "The interview was taped on Sunday.\n\n" + turns)
    assert [(q.speaker, q.text.split()[-1]) for q in found] == [("HOST", "pass?"), ("BROWN", "week.")]
    headline = quotes_of(nlp, turns)
    assert [(q.speaker, q.text.split()[-1]) for q in headline] == [("HOST", "coming."), ("BROWN", "week.")]
    unnamed = quotes_of(nlp, "Taped on Sunday.\n\nHOST: Welcome back to the show, senator.\n\n"
                             "Caller: My question is about the budget.\n\nBROWN: It will pass next week.")
    assert all("Caller" not in q.text for q in unnamed)
    titles = quotes_of(nlp, "More news.\n\nTom Hale: The Budget Deal Is Dead For This Year.\n\n"
                            "Senate Votes On New Rules.\n\nAnna Berg: We Will Try Again Next Spring.")
    assert all("Senate" not in q.text for q in titles)


def test_pronoun_takes_a_speaker_named_but_not_listed(nlp):
    """"she said" goes to the speaker named before it even when the entities stage listed
    nobody (a name only the parser tagged)."""
    doc = nlp('Jane Okafor said the plan had failed.\n\n"We lost the vote," she said.')
    assert [q.speaker for q in find_quotes(doc, people=())] == ["Jane Okafor", "Jane Okafor"]


def test_pronoun_takes_a_subject_named_but_not_listed(nlp):
    """"he said" goes to a person the parser tagged as the subject of a sentence before it when
    the entities stage listed nobody there."""
    doc = nlp('The talks opened on Monday. Peter Mills, the former mayor, stressed his record on jobs.'
              '\n\n"We need a tough fight now," he said.')
    assert [q.speaker for q in find_quotes(doc, people=())] == ["Peter Mills"]


@pytest.mark.parametrize(
    "text, contents",
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("\u201cA b\u201d and \u201cc d\u201d", ["A b", "c d"]),
        ("He said ''This is it,'' and left.", ["This is it,"]),
        ("Intro.\n\n''This is it,'' he said. ''We go now.''", ["This is it,", "We go now."]),
        ('Mixed \u201copen and straight close," marks.', ["open and straight close,"]),
        ('A stray " mark in a line.', []),
        ('An unclosed "quote here.\n\nNext paragraph.', []),
        ('"First paragraph.\n\n"Second one."', ["First paragraph.", "Second one."]),
        ("\u201cWe are ready,\u201c she said. \u201cWe won.\u201c", ["We are ready,", "We won."]),
        ("Intro.\n\n\u201d\u2026and we will win,\u201d she said.", ["\u2026and we will win,"]),
    ],
    ids=["straight", "curly", "double-apostrophe", "double-apostrophe-opens-paragraph", "mixed-marks", "stray", "unclosed",
         "multi-paragraph", "opening-mark-closes", "closing-mark-opens-paragraph"],
)
def test_quote_segments(text, contents):
    """Quotation marks pair up per paragraph; stray ones are ignored."""
    assert [text[s.start:s.end] for s in quote_segments(text)] == contents


def test_speaker_written_before_when_parse_takes_quoted_subject():
    """A reporting verb whose parse takes its subject from inside the quotation ("We") speaks
    with the words between the closing mark and the verb instead."""
    words = ["\u201c", "We", "will", "win", ",", "\u201d", "Police", "Chief", "Anna", "Berg", "said", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, False, False]
    heads = [3, 3, 3, 3, 3, 3, 7, 9, 9, 10, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "compound", "compound", "compound",
            "dobj", "conj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    lemmas = ["\u201c", "we", "will", "win", ",", "\u201d", "police", "chief", "Anna", "Berg", "say", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    cues = find_cues(doc, lambda offset: offset < doc[5].idx)
    assert [(c.text, c.speaker.text) for c in cues] == [("said", "Police Chief Anna Berg")]


def test_speaker_with_relative_clause_the_parse_hangs_elsewhere(nlp):
    """A reporting verb the parse leaves without a subject speaks for the noun of the relative
    clause ending right before it."""
    text = ("While it has no such link with the mayor's team, a city official who spoke anonymously to "
            'describe the plans said Friday, "We are in talks with the union."')
    doc = nlp(text)
    cues = find_cues(doc, lambda offset: offset > text.index('"'))
    assert [(c.text, c.speaker.text) for c in cues if c.text == "said"] == [("said", "a city official")]


def test_speaker_with_long_apposition_taken_into_the_quotation():
    """A name written after the closing mark with an apposition too long for the speaker's
    phrase, which the parse takes into the quotation's clause, speaks the quotation; the
    reported clause running over it is dropped."""
    words = ["\u201c", "It", "is", "all", "fine", ",", "\u201d", "Anna", "Berg", ",", "a", "top", "outside",
             "party", "adviser", ",", "said", "."]
    spaces = [False, True, True, True, False, False, True, True, False, True, True, True, True, True,
              False, True, False, False]
    heads = [16, 2, 16, 4, 8, 8, 8, 8, 2, 8, 14, 14, 14, 14, 8, 8, 16, 16]
    deps = ["punct", "nsubj", "ccomp", "advmod", "amod", "punct", "punct", "compound", "attr", "punct",
            "det", "amod", "amod", "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADV", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "ADJ",
           "ADJ", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"]
    lemmas = ["\u201c", "it", "be", "all", "fine", ",", "\u201d", "Anna", "Berg", ",", "a", "top", "outside",
              "party", "adviser", ",", "say", "."]
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 9
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, ents=ents)
    [cue] = find_cues(doc, lambda offset: offset < doc[6].idx)
    assert (cue.text, cue.speaker.text, cue.content) == ("said", "Anna Berg", None)


def test_subordinate_clause_hung_on_the_reporting_verb():
    """A subordinate clause closing the reported clause is part of it even when the parse hangs
    it on the reporting verb."""
    words = ["Anna", "Berg", "said", "the", "plant", "closed", "because", "demand", "fell", "."]
    heads = [1, 2, 2, 4, 5, 2, 8, 8, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "mark", "nsubj", "advcl", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Anna", "Berg", "say", "the", "plant", "close", "because", "demand", "fall", "."]
    spaces = [True] * 8 + [False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    [cue] = find_cues(doc, lambda offset: False)
    assert doc.text[slice(*cue.content)] == "the plant closed because demand fell"


def test_reported_subject_parsed_as_object():
    """A reported clause with no subject of its own starts at the object written right before
    it, which the parse took for the reporting verb's object ("promised | her plan | would
    pass")."""
    words = ["Anna", "Berg", "promised", "her", "plan", "would", "pass", "."]
    heads = [1, 2, 2, 4, 2, 6, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "poss", "dobj", "aux", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PRON", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["Anna", "Berg", "promise", "her", "plan", "would", "pass", "."]
    spaces = [True] * 6 + [False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    [cue] = find_cues(doc, lambda offset: False)
    assert doc.text[slice(*cue.content)] == "her plan would pass"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anna Berg thinks the new line will open late.",
         [("indirect", "the new line will open late", "Anna Berg", "thinks")]),
        ("Tom Hale fears the strike will last for weeks.",
         [("indirect", "the strike will last for weeks", "Tom Hale", "fears")]),
    ],
    ids=["thinks", "fears"],
)
def test_views_of_others(nlp, text, expected):
    """A verb of thought in the present tense with a third-person subject reports a view."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "I think the new line will open late.",
        "Do you think the new line will open late?",
        "Anna Berg thought the new line would open late.",
    ],
    ids=["first-person", "question", "past-tense"],
)
def test_views_not_reported(nlp, text):
    """A hedge in the first person, a question or a past thought is no attribution."""
    assert quotes_of(nlp, text) == ()


def test_clause_of_the_previous_paragraph_is_not_reported(nlp):
    """A verb opening a paragraph reports the clause after it, not the last sentence of the
    paragraph before (which a parse can hang on it)."""
    text = ('The minister was upbeat. "We have shown what is possible."\n\n'
            "Anna Berg said the accord would send a strong signal.")
    found = quotes_of(nlp, text)
    assert [row(q) for q in found] == [("indirect", "the accord would send a strong signal", "Anna Berg", "said")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Hale won 40 percent, Anna Berg had 35 percent and Jo Kim took 12 percent, "
         "according to the results.",
         [("indirect", "Tom Hale won 40 percent, Anna Berg had 35 percent and Jo Kim took 12 percent",
           "the results", "according to")]),
        ("Sales rose in May and profits fell by half, according to the report.",
         [("indirect", "Sales rose in May and profits fell by half", "the report", "according to")]),
    ],
    ids=["three-conjuncts", "two-conjuncts"],
)
def test_according_to_reports_all_conjuncts(nlp, text, expected):
    """"according to X" after coordinated clauses reports all of them, not the last one."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Unemployment fell to 4 percent in May, according to the labour ministry, down from 5 percent "
         "a year earlier.",
         [("indirect", "Unemployment fell to 4 percent in May", "the labour ministry", "according to")]),
        ("Sales of electric cars doubled last year, according to the trade group, even as petrol prices fell.",
         [("indirect", "Sales of electric cars doubled last year", "the trade group", "according to")]),
        ("Since March, according to the union, the company has cut 300 jobs.",
         [("indirect", "Since March, according to the union, the company has cut 300 jobs", "the union",
           "according to")]),
    ],
    ids=["comparison-after", "clause-after", "phrase-inside-clause"],
)
def test_according_to_stops_before_an_aside(nlp, text, expected):
    """What follows "according to X" after its clause is the writer's aside, unless the phrase
    interrupts the clause before its verb."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_clause_closed_by_a_colon_is_not_reported_by_the_verb_after_it():
    """A clause whose parse takes in the colon closing it is no part of what the verb after the
    colon reports."""
    words = ["We", "were", "here", "before", ":", "the", "senator", "declared", "war", "."]
    heads = [1, 7, 1, 1, 1, 6, 7, 7, 7, 7]
    deps = ["nsubj", "ccomp", "advmod", "advmod", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PRON", "AUX", "ADV", "ADV", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    lemmas = ["we", "be", "here", "before", ":", "the", "senator", "declare", "war", "."]
    spaces = [True, True, True, False, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    [cue] = find_cues(doc, lambda offset: False)
    assert cue.content is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anna Berg said the company would expand its plant in Ohio, which opened in 1998.",
         [("indirect", "the company would expand its plant in Ohio", "Anna Berg", "said")]),
        ("Anna Berg said the council would scrap the tax, which she called a disaster.",
         [("indirect", "the council would scrap the tax, which she called a disaster", "Anna Berg", "said")]),
    ],
    ids=["past-background", "naming-is-no-background"],
)
def test_which_clause_in_the_past_is_background(nlp, text, expected):
    """A "which" clause in the simple past closing a reported clause is the writer's background,
    unless it names, reports or quotes something itself."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("That said, the new plan still has serious flaws.", []),
        ("It goes without saying that the vote on Friday matters a great deal.", []),
        ("Only time will tell if the deal will hold.", []),
        ("It is fair to say the mayor has lost some support.", []),
        ("That said, Anna Berg says the plan still has flaws.",
         [("indirect", "the plan still has flaws", "Anna Berg", "says")]),
    ],
    ids=["that-said", "goes-without-saying", "time-will-tell", "fair-to-say", "that-said-then-a-cue"],
)
def test_fixed_expressions_attribute_nothing(nlp, text, expected):
    """A reporting verb inside a fixed expression ("That said", "time will tell") is no cue."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_clause_goes_on_after_its_attribution_in_a_quotation(nlp):
    """A clause its attribution interrupts goes on in the "that" clause or quotation after it."""
    text = ("The documents show, he said in a telephone interview, that ''the agency and the firm "
            "worked hand in hand.''")
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("mixed", "The documents show, he said in a telephone interview, that ''the agency and the firm "
                  "worked hand in hand.", "he", "said")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council met on Monday.\n\nUPDATE: The council has since approved the budget for next year.", []),
        ("The council met on Monday.\n\nHALE: We will approve the budget for next year.",
         [("indirect", "We will approve the budget for next year.", "HALE", ":")]),
    ],
    ids=["editorial-label", "speaker-in-capitals"],
)
def test_editorial_label_before_a_colon_is_no_speaker(nlp, text, expected):
    """A line led by an editorial label in capitals ("UPDATE:") is no speaker's line."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_verb_in_brackets_reports_nothing_outside_them(nlp):
    """A reporting verb inside brackets reports its own clause, not the one before the bracket."""
    text = "Ticket sales dropped sharply this spring (the league said that the weather was to blame)."
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("indirect", "the weather was to blame", "the league", "said")]


def test_subject_of_a_participle_after_a_preposition(nlp):
    """"by saying" takes the subject of the verb the preposition hangs on."""
    text = "Tom Hale ended the debate by saying the new plan would work."
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("indirect", "the new plan would work", "Tom Hale", "saying")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anna Berg rejected the new tax on small firms.",
         [("indirect", "the new tax on small firms", "Anna Berg", "rejected")]),
        ("Tom Hale denounced the attack on the embassy.",
         [("indirect", "the attack on the embassy", "Tom Hale", "denounced")]),
    ],
    ids=["rejected", "denounced"],
)
def test_stances_taken_on_an_object(nlp, text, expected):
    """A verb of rejecting or condemning reports the object its subject takes a stance on."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_that_clause_after_a_phrase(nlp):
    """A "that" clause the parse hangs on "in a statement" is what the verb reports."""
    text = ("Anna Berg, a spokeswoman for the party, said in a statement that the convention "
            "would go ahead.")
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("indirect", "the convention would go ahead", "Anna Berg", "said")]


def test_stance_participle_closing_a_clause(nlp):
    """A stance participle closing a clause speaks for that clause's subject."""
    text = "Anna Berg left the talks early on Monday, citing the lack of progress on wages."
    assert ("indirect", "the lack of progress on wages", "Anna Berg", "citing") in [
        row(q) for q in quotes_of(nlp, text)]


def test_stance_participle_needs_someone(nlp):
    """A stance participle after a clause whose subject names no one is nobody's stance."""
    text = "Trade with the region keeps growing despite pressure from abroad, urging firms to leave."
    assert quotes_of(nlp, text) == ()


def test_pronoun_takes_a_speaker_the_parser_tagged_no_name(nlp):
    """"he added" goes to the speaker of the quotation before it even when the parser tagged
    that speaker's name neither as a person nor as a proper noun (a curly apostrophe in
    "D\u2019Souza")."""
    text = ('After Tom Hale asked the author who would win, D\u2019Souza replied, "If I had to bet now, '
            'I would bet on the mayor."\n\n"We should never confuse the two," he added.')
    assert [q.speaker for q in quotes_of(nlp, text)] == ["D\u2019Souza", "D\u2019Souza"]


def test_pronoun_skips_the_subject_of_an_inverted_clause(nlp):
    """"he said" does not go to the subject of an inverted condition ("should Peter Mills run"),
    which only sets a condition, but to the subject before it."""
    text = ('Tom Hale spoke to the council on Monday. He urged caution, should Peter Mills run again.'
            '\n\n"He would lose badly," he said.')
    assert [q.speaker for q in quotes_of(nlp, text) if q.kind == "direct"] == ["Tom Hale"]


def test_pronoun_skips_the_subject_of_a_clause_a_noun_governs(nlp):
    """"he said" does not go to the subject of a clause that only completes a noun ("the case
    that Peter Mills is ...") but to the subject of the sentence."""
    text = ('Tom Hale has made the case for weeks that Peter Mills is not ready for the job.'
            '\n\n"He has never run a city," he said.')
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tom Hale"]


def test_pronoun_skips_a_subject_under_an_adverbial_clause(nlp):
    """A subject named in a clause inside an adverbial one ("As it became clear that Tom Hale
    would ...") only sets the scene: "she said" goes to the subject of the main clause before."""
    doc = nlp('Anna Berg spoke to the council. As it became clear that Tom Hale would not back her, '
              'she pressed on.\n\n"We will win anyway," she said.')
    assert [q.speaker for q in find_quotes(doc, people=())] == ["Anna Berg"]


def test_pronoun_not_left_with_a_speaker_of_the_other_gender(nlp):
    """"he said" with no fitting subject or speaker before it goes to the nearest man mentioned
    before it, not to a woman named closer."""
    text = 'The report on Tom Hale was written for Anna Berg.\n\n"We will try again next year," he said.'
    people = tuple(Person(name, mentions=(Mention(name, text.index(name), text.index(name) + len(name)),))
                   for name in ("Tom Hale", "Anna Berg"))
    assert [q.speaker for q in find_quotes(nlp(text), people=people)] == ["Tom Hale"]


def test_speaker_gender_needs_a_sure_first_name():
    """A first name given to men and women alike ("Bernie") leaves a speaker's gender open, so
    that "he said" can still go to him; a sure one ("Anna") decides it."""
    assert person_gender(Person("Bernie Walsh", mentions=(Mention("Bernie Walsh", 0, 12),))) is None
    assert person_gender(Person("Anna Berg", mentions=(Mention("Anna Berg", 0, 9),))) == "female"


def test_speaker_gender_from_the_first_name_after_a_title():
    """The first name that decides a gender is the one after the titles ("Gov. Martin Lane")."""
    assert person_gender(Person("Gov. Martin Lane", mentions=(Mention("Gov. Martin Lane", 0, 16),))) == "male"


def test_speaker_gender_not_from_quoted_pronouns():
    """A "she" inside a quotation the entities stage linked to the speaker does not make the
    speaker a woman ("She is wrong," Chris Dale said)."""
    chris = Person("Chris Dale", mentions=(Mention("She", 1, 4), Mention("Chris Dale", 16, 26)))
    assert person_gender(chris, lambda offset: offset < 14) is None
    assert person_gender(chris) == "female"


@pytest.mark.parametrize(
    "offset, covered",
    [(5, True), (25, True), (50, True), (100, False), (120, False)],
    ids=["outer-only", "both", "outer-after-inner", "end", "outside"],
)
def test_reported_covers_a_quote_holding_a_shorter_one(offset, covered):
    """An offset inside a long quote is covered even after a shorter quote inside it ends."""
    outer = Quote("x" * 100, 0, 100, "mixed")
    inner = Quote("x" * 10, 20, 30, "mixed")
    assert Reported.of([inner, outer]).covers(offset) is covered


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Hale issued the following statement:\n\n\u201cThe dam will hold. Nobody in the valley needs to leave.\u201d",
        "Governor Tom Hale kept it short:\n\n\u201cThe dam will hold. Nobody in the valley needs to leave.\u201d",
    ],
    ids=["following-statement", "any-verb"],
)
def test_quotation_in_the_paragraph_after_a_colon(nlp, text):
    """A paragraph ending in a colon introduces a quotation set as the next paragraph: the
    verb before the colon attributes it, not a participle such as "following"."""
    found = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "The dam will hold. Nobody in the valley needs to leave.", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Claiming the criticism of the mayor is designed to scare the judges, Tom Hale told reporters that '
         '"they went after her because they wanted a fight."',
         [("mixed", "they went after her because they wanted a fight.", "Tom Hale", "told")]),
        ("It is no surprise, Tom Hale said, that the mayor won the vote.",
         [("indirect", "It is no surprise, Tom Hale said, that the mayor won the vote", "Tom Hale", "said")]),
    ],
    ids=["that-clause-after-the-verb", "that-clause-after-a-comma"],
)
def test_that_clause_after_the_verb_is_reported_rather_than_an_opening_phrase(nlp, text, expected):
    """A "that" clause right after a reporting verb is what it reports, not the opening phrase
    the parse also hangs on the verb; after a comma the "that" clause completes the clause
    before the verb."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Anna Berg blasted the council for its "reckless" budget.',
         [("mixed", 'the council for its "reckless" budget', "Anna Berg", "blasted")]),
        ('The union blamed the closure on "greedy managers" in the head office.',
         [("mixed", 'the closure on "greedy managers" in the head office', "The union", "blamed")]),
        ('Tom Hale likened the new tax to a "slow poison" for small shops.',
         [("mixed", 'the new tax to a "slow poison" for small shops', "Tom Hale", "likened")]),
        ('Anna Berg exhorted her supporters to "stand firm" against the merger.',
         [("mixed", 'her supporters to "stand firm" against the merger', "Anna Berg", "exhorted")]),
        ("The mayor praised the volunteers on Monday.", []),
    ],
    ids=["blame-for", "blame-on", "liken-to", "exhort-to", "praise-without-quotation"],
)
def test_verbs_of_judging_likening_and_urging_report_an_object_that_quotes(nlp, text, expected):
    """A verb that praises, blames, likens or urges reports its object when that quotes words
    in part, and nothing otherwise."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Tom Hale talked about the "silent crisis" in rural clinics.',
         [("mixed", 'about the "silent crisis" in rural clinics', "Tom Hale", "talked")]),
        ('Anna Berg spoke to the "Daily Planet" on Monday.', []),
    ],
    ids=["talked-about", "spoke-to"],
)
def test_verb_of_speaking_reports_a_topic_that_quotes(nlp, text, expected):
    """"talk" or "speak" reports the phrase of topic after it when that quotes words in part,
    not whom or where it was said to."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_addressee_verb_reports_the_infinitive_after_its_object(nlp):
    """"told X to ..." reports the infinitive clause the parse hangs on the verb after the
    addressee and the place it was said."""
    text = 'Tom Hale told his supporters at a rally to "go out and vote" in May.'
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("mixed", 'his supporters at a rally to "go out and vote" in May', "Tom Hale", "told")]


def test_clause_right_after_the_verb_is_reported_rather_than_one_before_it():
    """When the parse hangs a clause before a reporting verb and one right after it on the
    verb, the one after it is what it reports."""
    words = ["While", "it", "fell", ",", "Doe", "said", "it", "rose", "."]
    heads = [2, 2, 5, 5, 5, 5, 7, 5, 5]
    deps = ["mark", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["SCONJ", "PRON", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["while", "it", "fall", ",", "Doe", "say", "it", "rise", "."]
    spaces = [True, True, False, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    [cue] = find_cues(doc, lambda offset: False)
    assert doc.text[slice(*cue.content)] == "it rose"


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The union issued a statement calling the pay offer "an insult" to nurses.',
         [("mixed", 'the pay offer "an insult" to nurses', "The union", "calling")]),
        ('The campaign released an ad saying that the senator "cannot be trusted" on taxes.',
         [("mixed", 'the senator "cannot be trusted" on taxes', "The campaign", "saying")]),
    ],
    ids=["statement-calling", "ad-saying"],
)
def test_participle_describing_an_issued_object_speaks_for_the_issuer(nlp, text, expected):
    """A statement or an ad "calling" or "saying" something speaks for whoever issued it."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    ['The council backed what the mayor called "a fair deal for every family in the city."',
     'The council backed a plan that the mayor called "a fair deal for every family in the city."'],
    ids=["what-she-called", "that-she-called"],
)
def test_quoted_name_given_to_a_pronoun_before_the_verb_is_the_namers(nlp, text):
    """A quotation that names what a relative or interrogative pronoun before a naming verb
    stands for is the words of that verb's subject."""
    assert [row(q) for q in quotes_of(nlp, text)] == [
        ("direct", "a fair deal for every family in the city.", "the mayor", "called")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Anna Berg defended the new budget as "a lifeline" for small towns.',
         [("mixed", 'the new budget as "a lifeline" for small towns', "Anna Berg", "defended")]),
        ("Anna Berg defended the new budget on Monday.", []),
    ],
    ids=["defended-as-quoted", "defended-no-as"],
)
def test_verb_naming_through_as_reports_a_quoted_as_phrase(nlp, text, expected):
    """"defended X as "..."" reports its object and "as" phrase when that quotes words."""
    assert [row(q) for q in quotes_of(nlp, text)] == expected


def test_stray_punctuation_parsed_as_an_object_is_no_addressee():
    """A separator line ("_") the parse takes for the object of "warns" is nobody it was said
    to, so the attribution does not run over the reported clause."""
    words = ["He", "warns", "that", "it", "would", "fail", ".", "_"]
    heads = [1, 1, 5, 5, 5, 1, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "dobj"]
    pos = ["PRON", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT", "PUNCT"]
    lemmas = ["he", "warn", "that", "it", "would", "fail", ".", "_"]
    spaces = [True, True, True, True, True, False, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    [cue] = find_cues(doc, lambda offset: False)
    assert cue.addressee is None and doc.text[slice(*cue.clause)] == "He warns"


def test_name_in_apposition_before_a_subjectless_verb_speaks(nlp):
    """"her senior policy adviser, Tom Varga, said:" — the parse hangs the name as an
    apposition of the phrase before and leaves "said" without a subject: the name speaks."""
    text = ('Aides say she backs the plan. In a statement to the Courier, her senior policy '
            'adviser, Tom Varga, said: "Ms. Lund believes that cooperation is essential."')
    direct = [q for q in newsnlp.analyze(text, nlp=nlp).quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Tom Varga"]


@pytest.mark.parametrize(
    "text, speaker",
    [('"It is about turnout," said former Ohio Gov. and Democratic National Committee '
      'Chairman Ned Varga.', "Ned Varga"),
     ('"We are ready," Mr. King and Mr. Schultz said in a statement.', "King")],
    ids=["titles-then-name", "name-that-is-a-title-word"],
)
def test_coordinated_titles_before_a_name_give_the_name(nlp, text, speaker):
    """"said former Ohio Gov. and National Committee Chairman Ned Varga": the parse makes
    the title the subject and the name its conjunct; the name speaks. A subject that is a
    name ("Mr. King") keeps its place."""
    assert [q.speaker for q in newsnlp.analyze(text, nlp=nlp).quotes] == [speaker]
