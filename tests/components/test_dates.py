"""Dates: the pure normaliser (no spaCy), reference dates in text, and the Doc-level finder."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from newsnlp.dates import find_dates, find_reference_date, find_reference_date_in_text, normalise

REF = datetime.date(2024, 3, 6)  # a Wednesday, ISO week 10


@pytest.mark.parametrize(
    "text, tense, kind, value, mod",
    [
        ("May 24, 2023", None, "DATE", "2023-05-24", None),
        ("24 May 2023", None, "DATE", "2023-05-24", None),
        ("2023-05-24", None, "DATE", "2023-05-24", None),
        ("February 2022", None, "DATE", "2022-02", None),
        ("on Friday", "past", "DATE", "2024-03-01", None),
        ("on Friday", "future", "DATE", "2024-03-08", None),
        ("Wednesday", "past", "DATE", "2024-03-06", None),
        ("in June", "future", "DATE", "2024-06", None),
        ("in June", "past", "DATE", "2023-06", None),
        ("Oct. 31", "past", "DATE", "2023-10-31", None),
        ("Oct. 31", "future", "DATE", "2024-10-31", None),
        ("March 20", "past", "DATE", "2024-03-20", None),
        ("last year", None, "DATE", "2023", None),
        ("this month", None, "DATE", "2024-03", None),
        ("next week", None, "DATE", "2024-W11", None),
        ("two weeks ago", None, "DATE", "2024-W08", None),
        ("three days ago", None, "DATE", "2024-03-03", None),
        ("the day before", None, "DATE", "2024-03-05", None),
        ("yesterday", None, "DATE", "2024-03-05", None),
        ("tomorrow morning", None, "TIME", "2024-03-07TMO", None),
        ("10 p.m. Tuesday", "past", "TIME", "2024-03-05T22:00", None),
        ("the first quarter of 2023", None, "DATE", "2023-Q1", None),
        ("the fourth quarter", "past", "DATE", "2023-Q4", None),
        ("the first half of 2025", None, "DATE", "2025-H1", None),
        ("last summer", None, "DATE", "2023-SU", None),
        ("the 1990s", None, "DATE", "199", None),
        ("the 20th century", None, "DATE", "19", None),
        ("early 2024", None, "DATE", "2024", "START"),
        ("the end of next year", None, "DATE", "2025", "END"),
        ("mid-November", None, "DATE", "2023-11", "MID"),
        ("Christmas", "future", "DATE", "2024-12-25", None),
        ("last Thanksgiving", None, "DATE", "2023-11-23", None),
        ("Election Day 2024", None, "DATE", "2024-11-05", None),
        ("two-day", None, "DURATION", "P2D", None),
        ("two seasons", None, "DURATION", "P6M", None),
        ("several seasons", None, "DURATION", "PXM", None),
        ("a fortnight", None, "DURATION", "P2W", None),
        ("the past fortnight", None, "DURATION", "P2W", None),
        ("five years", None, "DURATION", "P5Y", None),
        ("18 months", None, "DURATION", "P18M", None),
        ("about three years", None, "DURATION", "P3Y", "APPROX"),
        ("a year or two", None, "DURATION", "P1Y", None),
        ("this past spring", None, "DATE", "2023-SP", None),
        ("late afternoon", None, "TIME", "2024-03-06TAF", "END"),
        ("the late nineties", None, "DATE", "199", "END"),
        ("the week of March 6", None, "DATE", "2024-W10", None),
        ("4 in the morning", None, "TIME", "2024-03-06T04:00", None),
        ("10 at night", None, "TIME", "2024-03-06T22:00", None),
        ("Easter week", "past", "DATE", "2024-W13", None),
        ("the next morning", None, "TIME", "2024-03-07TMO", None),
        ("mid-afternoon yesterday", None, "TIME", "2024-03-05TAF", "MID"),
        ("more than two decades", None, "DURATION", "P20Y", "MORE_THAN"),
        ("the past week", None, "DURATION", "P1W", None),
        ("twenty-four hours", None, "DURATION", "PT24H", None),
        ("a year and a half", None, "DURATION", "P1Y6M", None),
        ("2 1/2 hours", None, "DURATION", "PT2H30M", None),
        ("several years", None, "DURATION", "PXY", None),
        ("every Monday", None, "SET", "XXXX-WXX-1", None),
        ("annually", None, "SET", "P1Y", None),
        ("every two weeks", None, "SET", "P2W", None),
        ("now", None, "DATE", "PRESENT_REF", None),
        ("currently", None, "DATE", "PRESENT_REF", None),
        ("the past", None, "DATE", "PAST_REF", None),
        ("recent weeks", None, "DURATION", "PXW", None),
        ("the future", None, "DATE", "FUTURE_REF", None),
        ("coming months", None, "DATE", "FUTURE_REF", None),
        ("a fourth-quarter", "past", "DATE", "2023-Q4", None),
        ("a quarter", None, "DURATION", "P3M", None),
        ("a 20th century", None, "DATE", "19", None),
        ("several-year", None, "DURATION", "PXY", None),
        ("Christmas", None, "DATE", "2023-12-25", None),
        ("August 20", None, "DATE", "2023-08-20", None),
        ("last Oct. 23", None, "DATE", "2023-10-23", None),
        ("next Feb. 2", None, "DATE", "2025-02-02", None),
        ("in December", "future", "DATE", "2024-12", None),
        ("the third day", None, "DATE", "2024-03-06", None),
        ("each July", None, "SET", "XXXX-07", None),
        ("the day after Christmas", None, "DATE", "2023-12-26", None),
        ("two days before Oct. 12", "past", "DATE", "2023-10-10", None),
        ("months ago", None, "DATE", "PAST_REF", None),
        ("Friday evening", "past", "TIME", "2024-03-01TEV", None),
        ("Friday night", "past", "DATE", "2024-03-01", None),
        ("this fall", "future", "DATE", "2024-FA", None),
        ("this fall", "past", "DATE", "2023-FA", None),
        ("last February", None, "DATE", "2023-02", None),
        ("last January", None, "DATE", "2024-01", None),
        ("the prior year", None, "DATE", "2023", None),
        ("the preceding month", None, "DATE", "2024-02", None),
        ("the latest fiscal year", None, "DATE", "2023", None),
        ("Tuesday nights", None, "SET", "XXXX-WXX-2TNI", None),
        ("a week or so ago", None, "DATE", "2024-W09", "APPROX"),
        ("the late 1800s", None, "DATE", "18", "END"),
        ("the 2000s", None, "DATE", "200", None),
        ("a quarter of a century", None, "DURATION", "P25Y", None),
        ("nearly a quarter-century", None, "DURATION", "P25Y", "LESS_THAN"),
        ("264 BC", None, "DATE", "BC0264", None),
        ("480 B.C.", None, "DATE", "BC0480", None),
    ],
    ids=lambda item: item if isinstance(item, str) else None,
)
def test_normalise(text, tense, kind, value, mod):
    """Each expression gets its TIMEX3 type, value and mod against a Wednesday reference date."""
    found = normalise(text, REF, tense)
    assert (found.type, found.value, found.mod) == (kind, value, mod)


@pytest.mark.parametrize(
    "text, value",
    [
        ("on Friday", "XXXX-WXX-5"),
        ("May 24", "XXXX-05-24"),
        ("last year", "XXXX"),
        ("next week", "XXXX-WXX"),
        ("this month", "XXXX-XX"),
        ("yesterday", "XXXX-XX-XX"),
        ("the third quarter", "XXXX-Q3"),
        ("March 2020", "2020-03"),
    ],
    ids=["weekday", "month-day", "last-year", "next-week", "this-month", "yesterday", "quarter", "absolute"],
)
def test_normalise_without_anchor_keeps_placeholders(text, value):
    """With no reference date, relative values keep TIMEX3 X placeholders; absolute ones don't need it."""
    assert normalise(text, None).value == value


def test_normalise_month_of_that_year_without_anchor():
    """"May 5 of that year" with no reference date keeps placeholders; a day no month has
    ("February 45") gives no value, as it does alone, rather than a malformed "XXXX-02-45"."""
    assert normalise("May 5 of that year", None).value == "XXXX-05-05"
    assert normalise("February 45 of that year", None) is None


@pytest.mark.parametrize(
    "text",
    ["", "   ", "the West", "Moscow", "$200 billion", "62-year-old", "May", "said", "the", "2",
     "March on Washington", "99999", "the February-April quarter"],
    ids=["empty", "blank", "west", "city", "money", "age", "modal-may", "verb", "article", "digit",
         "march-verb", "big-number", "fiscal-months-no-calendar-quarter"],
)
def test_normalise_rejects_non_dates(text):
    """Words that are no temporal expression on their own give None."""
    found = normalise(text, REF)
    assert found is None or (text == "May" and found.value == "2024-05")


@pytest.mark.parametrize(
    "text, span, kind, value",
    [
        ("three weeks later", "three weeks", "DURATION", "P3W"),
        ("An hour earlier", "An hour", "DURATION", "PT1H"),
        ("a year earlier", "a year earlier", "DATE", "2023"),
    ],
    ids=["weeks-later", "hour-earlier", "year-earlier-stays-a-date"],
)
def test_normalise_leaves_later_out_of_a_span_of_time(text, span, kind, value):
    """"N units later/earlier" is the span of time alone; "a year earlier" is a year-ago date."""
    found = normalise(text, REF)
    assert (found.text, found.type, found.value) == (span, kind, value)


def test_normalise_offsets_leave_out_prepositions():
    """Offsets are relative to the text given and leave out a leading preposition."""
    found = normalise("since 2019.", REF)
    assert (found.text, found.start, found.end, found.value) == ("2019", 6, 10, "2019")


@pytest.mark.parametrize(
    "text, span, mod",
    [
        ("just over an hour", "over an hour", "MORE_THAN"),
        ("only two days", "two days", None),
    ],
    ids=["just-over", "only"],
)
def test_normalise_leaves_out_just_and_only(text, span, mod):
    """"just" and "only" stay outside the span, as TimeML news annotation marks it; a mod after
    them ("over") stays in."""
    found = normalise(text, REF)
    assert (found.text, found.mod) == (span, mod)


@pytest.mark.parametrize("text", ["winter", "last fall", "this spring", "next summer"])
def test_normalise_season_at_the_calendars_start(text):
    """A season read against an anchor early in year 2 gives a value, not a calendar error."""
    assert normalise(text, datetime.date(2, 1, 1), "past") is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, "past", "present", "future"]))
def test_normalise_never_raises(text, tense):
    """Any string gives a TimeExpression or None, never an exception."""
    found = normalise(text, REF, tense)
    assert found is None or 0 <= found.start < found.end <= len(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    ["the", "last", "next", "two", "a", "year", "years", "quarter", "third", "May", "24", "2023", "ago",
     "early", "about", "Friday", "night", "every", "half", "and", "of", "fiscal", "'s", "-", "10", "p.m.",
     "twenty", "hundred", "thousand", "summer", "decade", "1990s", "century", "single", "couple", "dozen",
     "1988", "period", "year-ago", "ended", "Christmas", "noon", "1/2", "'s", "week", "weekend"]), max_size=7),
    st.one_of(st.none(), st.dates()))
def test_normalise_never_raises_on_date_words(words, anchor):
    """Date-like word salad, with or without an anchor, gives a TimeExpression or None."""
    found = normalise(" ".join(words), anchor)
    assert found is None or isinstance(found.value, str)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BRASILIA, March 6, 2024 (Newswire) - The bank held rates.", datetime.date(2024, 3, 6)),
        ("MUMBAI, Nov 7 (Reuters) - Shares rose. The results for 2024 came out on Nov 6, 2024.",
         datetime.date(2024, 11, 7)),
        ("Published: 12 January 2025\n\nLONDON - Talks ended.", datetime.date(2025, 1, 12)),
        ("Headline\n\nLeaders met on May 24, 2023 in Beijing.", datetime.date(2023, 5, 24)),
        ("KYIV, Ukraine (AP) - Attacks went on. Officials met on 3 June 2024.", datetime.date(2024, 6, 3)),
        ("MUMBAI, Nov 7 (Reuters) - Shares rose.", None),
        ("Leaders met on Friday.", None),
        ("", None),
    ],
    ids=["dateline", "dateline-year-elsewhere", "published", "caption", "ap-dateline", "no-year", "none", "empty"],
)
def test_reference_date_in_text(text, expected):
    """The reference date comes from a dateline, a Published line or a full date; never the clock."""
    assert find_reference_date_in_text(text) == expected


@pytest.mark.parametrize(
    "words, expected",
    [(0, datetime.date(2023, 5, 24)), (994, datetime.date(2023, 5, 24)), (995, None)],
    ids=["at-start", "ends-the-opening", "cut-by-the-opening"],
)
def test_find_reference_date_reads_the_opening_of_the_doc(nlp, words, expected):
    """The Doc-level reader reads the opening 2000 characters as the text reader does: a full
    date that ends them is read, one they cut is not."""
    text = "x " * words + "May 24, 2023 in Beijing."
    assert find_reference_date(nlp.make_doc(text)) == find_reference_date_in_text(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The company said on Friday that profit rose.", [("Friday", "DATE", "2024-03-01")]),
        ("The company will report results on Friday.", [("Friday", "DATE", "2024-03-08")]),
        ("Sales rose 5% between 2009 and 2010.", [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
        ("Output grew in 2009-2010.", [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
        ("Sales fell in 1992-93.", [("1992", "DATE", "1992"), ("93", "DATE", "1993")]),
        ("The record was set on 2023-05-24.", [("2023-05-24", "DATE", "2023-05-24")]),
        ("The board meets every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
        ("It will take between 12 and 18 months.", [("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M")]),
        ("Prices are now higher than in the past.", [("now", "DATE", "PRESENT_REF"), ("the past", "DATE", "PAST_REF")]),
        ("The plant makes 300,000 cars a year.", [("a year", "SET", "P1Y")]),
        ("Rates fell on Saturday night.", [("Saturday night", "DATE", "2024-03-02")]),
        ("The union planned a march on Saturday.", [("Saturday", "DATE", "2024-03-09")]),
        ("The judge postponed the hearing until Monday.", [("Monday", "DATE", "2024-03-11")]),
        ("A rally planned for Saturday was called off.", [("Saturday", "DATE", "2024-03-02")]),
        ("Crowds gathered to watch the launch on Friday.", [("Friday", "DATE", "2024-03-01")]),
        ("The firm signed an agreement to buy the mill in June.", [("June", "DATE", "2024-06")]),
        ("Police have been looking for him since the Aug. 2 robbery.", [("Aug. 2", "DATE", "2023-08-02")]),
        ("Farmers sell lambs each August at the market.", [("each August", "SET", "XXXX-08")]),
        ("The 62-year-old minister resigned.", []),
        ("The West urged Moscow to stop.", []),
        ("The mill earned $4 million in the year ended June 30.",
         [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2023-06-30")]),
        ("Sales for the full year rose.", [("the full year", "DATE", "2024")]),
        ("Profit fell from the year-ago period.", [("the year-ago period", "DATE", "2022-Q4")]),
        ("The mill may close in the near term.", [("the near term", "DATE", "FUTURE_REF")]),
        ("In May, the company hired a new chief.", [("May", "DATE", "2023-05")]),
        ("Profit in the quarter ended March 31 was weak.",
         [("the quarter", "DATE", "2023-Q4"), ("March 31", "DATE", "2023-03-31")]),
        ("Profit rose in the fourth quarter from the year-ago quarter. The year-ago results were weak.",
         [("the fourth quarter", "DATE", "2023-Q4"), ("the year-ago quarter", "DATE", "2022-Q4"),
          ("year-ago", "DATE", "2022-Q4")]),
        ("Sales rose in the fourth quarter after a loss in the 2022 period.",
         [("the fourth quarter", "DATE", "2023-Q4"), ("the 2022 period", "DATE", "2022-Q4")]),
        ("The lease runs for at least 20 more years.", [("at least 20 more years", "DURATION", "P20Y")]),
        ("The envoy could arrive as early as Friday.", [("Friday", "DATE", "2024-03-08")]),
        ("Profit rose in the third quarter. In the first nine months, net rose from a year earlier.",
         [("the third quarter", "DATE", "2023-Q3"), ("the first nine months", "DURATION", "P9M"),
          ("a year earlier", "DATE", "2023")]),
        ("Net rose in the fourth quarter. The closure will cause a first-quarter charge. "
         "Sales fell from a year earlier.",
         [("the fourth quarter", "DATE", "2023-Q4"), ("first-quarter", "DATE", "2024-Q1"),
          ("a year earlier", "DATE", "2022-Q4")]),
        ("One senior official Monday described the plan as a mess.", [("Monday", "DATE", "2024-03-04")]),
        ("The ferry sank last Christmas.", [("last Christmas", "DATE", "2023-12-25")]),
        ("The talks lasted an hour and a half.", [("an hour and a half", "DURATION", "PT1H30M")]),
        ("Lawyers will try to overturn Monday's ruling.", [("Monday", "DATE", "2024-03-04")]),
        ("Exports grew in the first nine months of 2022.",
         [("the first nine months", "DURATION", "P9M"), ("2022", "DATE", "2022")]),
        ("The offer runs until 5 p.m. EST, March 20.",
         [("5 p.m. EST, March 20", "TIME", "2024-03-20T17:00")]),
        ("Net fell in the fiscal second quarter. Sales in the quarter rose 5%.",
         [("the fiscal second quarter", "DATE", "2023-Q2"), ("the quarter", "DATE", "2023-Q2")]),
        ("His car was seen near the house in the weeks before the attack.", [("weeks", "DURATION", "PXW")]),
        ("The talks failed. Now, the envoy says, prices are high now.", [("now", "DATE", "PRESENT_REF")]),
        ("Supporters began a two-day rally.", [("two-day", "DURATION", "P2D")]),
        ("He died within weeks or months of his capture.", [("weeks or months", "DURATION", "PXW")]),
        ("You may, in a year or two, save lives.", [("a year or two", "DURATION", "P1Y")]),
        ("About $1 billion seeped out Friday Oct. 13 alone.", [("Friday Oct. 13", "DATE", "2023-10-13")]),
        ("The two blasts went off only minutes apart.", []),
        ("Shares fell 4% from the previous Friday.", [("the previous Friday", "DATE", "2024-03-01")]),
        ("The index closed at 1,250 on Friday, down 4% from the previous Friday.",
         [("Friday", "DATE", "2024-03-01"), ("the previous Friday", "DATE", "2024-02-23")]),
        ("In London at mid-afternoon yesterday, shares rose.", [("mid-afternoon yesterday", "TIME", "2024-03-05TAF")]),
        ("A man in his twenties was arrested.", []),
        ("They wed last Easter in Rome.", [("last Easter", "DATE", "2023-04-09")]),
        ("The envoy spent about 5 1/2 hours in Nairobi.", [("about 5 1/2 hours", "DURATION", "PT5H30M")]),
        ("Police were called at about 3:30 a.m. on Thursday.",
         [("about 3:30 a.m", "TIME", "2024-02-29T03:30"), ("Thursday", "DATE", "2024-02-29")]),
        ("The blast came shortly after 9 p.m. local time on Saturday.",
         [("9 p.m", "TIME", "2024-03-02T21:00"), ("Saturday", "DATE", "2024-03-02")]),
        ("The talks will last three days.", [("three days", "DURATION", "P3D")]),
        ("The poll was taken Jan. 4-8.", [("Jan. 4", "DATE", "2024-01-04"), ("8", "DATE", "2024-01-08")]),
        ("The vote is set for April 24 and 25.",
         [("April 24", "DATE", "2024-04-24"), ("25", "DATE", "2024-04-25")]),
        ("Fighting raged in August-September 2012.",
         [("August", "DATE", "2012-08"), ("September 2012", "DATE", "2012-09")]),
        ("The office is closed Dec. 24-Jan. 2, 2014.",
         [("Dec. 24", "DATE", "2013-12-24"), ("Jan. 2, 2014", "DATE", "2014-01-02")]),
        ("Prices rose in mid-March.", [("mid-March", "DATE", "2023-03")]),
        ("Robots could one day replace drivers.", [("one day", "DATE", "FUTURE_REF")]),
        ("Its stock has fluctuated sharply, rising to a high in August.", [("August", "DATE", "2023-08")]),
        ("He will begin withdrawing troops on Friday.", [("Friday", "DATE", "2024-03-08")]),
        ("on 5 October 1789 crowds of women began to assemble at markets.",
         [("5 October 1789", "DATE", "1789-10-05")]),
        ('He wrote, "The 25th of August concluded the second phase.',
         [("The 25th of August", "DATE", "2023-08-25")]),
        ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
        ("The battle (17 August-2 September) was lost.",
         [("17 August", "DATE", "2023-08-17"), ("2 September", "DATE", "2023-09-02")]),
        ("On Friday, the council planned to close two schools.", [("Friday", "DATE", "2024-03-01")]),
        ("The regulator gave the bank until Thursday to reply.", [("Thursday", "DATE", "2024-03-07")]),
        ("Soldiers died in the August 12 Incident near the border.", [("August 12", "DATE", "2023-08-12")]),
        ("He flew home this past weekend.", [("this past weekend", "DATE", "2024-W09-WE")]),
        ("The firm posted net income for the fiscal second-quarter of $8.6 million.",
         [("fiscal second-quarter", "DATE", "2023-Q2")]),
        ("Profit rose in the third quarter. After a flat second quarter, the firm credited exports. "
         "Sales were up from a year ago.",
         [("the third quarter", "DATE", "2023-Q3"), ("second quarter", "DATE", "2023-Q2"),
          ("a year ago", "DATE", "2022-Q3")]),
        ("During the day Friday, the boy played with a puppy.", [("Friday", "DATE", "2024-03-01")]),
        ("The firm said its third-quarter profit will fall. It earned $3 million in the 2022 quarter.",
         [("third-quarter", "DATE", "2024-Q3"), ("the 2022 quarter", "DATE", "2022-Q3")]),
    ],
    ids=["past-friday", "future-friday", "between-range", "year-range", "short-year-range", "iso-day",
         "every-monday", "duration-range", "references",
         "rate", "night", "arranged-ahead", "postponed-until", "planned-noun-past", "infinitive-past",
         "agreement-to", "perfect-progressive-since", "each-month", "age", "no-dates", "year-ended", "full-year", "year-ago-period", "near-term",
         "in-month-past", "ended-day-past", "year-ago-after-comparison",
         "year-period", "counted-more-years", "as-early-as",
         "nine-months-ends-quarter-talk", "the-quarter-named-before",
         "future-quarter-not-reported", "weekday-missed-by-ner", "months-of-year",
         "last-holiday", "and-a-half", "possessive-weekday",
         "clock-and-day", "bare-plural-unit-without-the", "discourse-now", "article-of-the-noun-after", "alternative-units", "alternative-number", "weekday-and-date", "bare-minutes", "the-previous-weekday", "the-previous-weekday-anaphoric", "part-of-day-before-day", "decade-word-age", "last-holiday-missed-by-ner", "fraction-of-hours",
         "clock-on-day", "clock-local-time-on-day", "verb-last", "days-of-one-month",
         "day-and-day", "month-hyphen-month", "range-across-new-year", "mid-month-no-range",
         "day-month-hyphen-day-month", "someday", "one-day-long",
         "participle-takes-past", "participle-takes-future", "day-number-spacy-left-out",
         "ordinal-of-month", "arranging-dated-before-past-verb", "deadline-until", "month-day-inside-event-name", "this-past-weekend",
         "ordinal-quarter-missed-by-ner", "quarter-after-is-backdrop",
         "daytime-before-weekday", "unknown-quarter-takes-future-one"],
)
def test_find_dates(dates_found, text, expected):
    """The Doc-level finder splits ranges, adds missed words, resolves by tense and skips ages."""
    assert dates_found(text, REF) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant opened in 1995. The following year it doubled output.",
         [("1995", "DATE", "1995"), ("The following year", "DATE", "1996")]),
        ("The deal was signed on June 3, 2019. Two days later the board resigned.",
         [("June 3, 2019", "DATE", "2019-06-03"), ("Two days", "DURATION", "P2D")]),
        ("The strike began on May 4, 2021, and the talks collapsed that day.",
         [("May 4, 2021", "DATE", "2021-05-04"), ("that day", "DATE", "2021-05-04")]),
        ("The following year will be hard for exporters.", [("The following year", "DATE", "2025")]),
        ("Output fell in 2010. That month the mine closed.",
         [("2010", "DATE", "2010"), ("That month", "DATE", "2010-XX")]),
        ("Sales rose 5% from a year earlier. Costs fell from a year earlier.",
         [("a year earlier", "DATE", "2023"), ("a year earlier", "DATE", "2023")]),
        ("The doctor was killed on Oct. 23, 2023. He was shot at 10 p.m. in his kitchen.",
         [("Oct. 23, 2023", "DATE", "2023-10-23"), ("10 p.m", "TIME", "2023-10-23T22:00")]),
        ("He was elected in 2008 and resigned in October of that year.",
         [("2008", "DATE", "2008"), ("October of that year", "DATE", "2008-10")]),
        ("The index fell 5% on Oct. 12, the day before the vote.",
         [("Oct. 12", "DATE", "2023-10-12"), ("the day", "DATE", "2023-10-12")]),
        ("Troops landed on 1 July 1916, the first day of the battle.",
         [("1 July 1916", "DATE", "1916-07-01"), ("the first day", "DATE", "1916-07-01")]),
        ("The doctor was shot on Oct. 23, 2023. He died the next morning.",
         [("Oct. 23, 2023", "DATE", "2023-10-23"), ("the next morning", "TIME", "2023-10-24TMO")]),
        ("Rebels took the town on May 4, 2021. That night, troops fled.",
         [("May 4, 2021", "DATE", "2021-05-04"), ("That night", "TIME", "2021-05-04TNI")]),
        ("Shares fell on Friday, Oct. 27, 2023. Dealers had sold heavily in the morning.",
         [("Friday, Oct. 27, 2023", "DATE", "2023-10-27"), ("the morning", "TIME", "2023-10-27TMO")]),
        ("Shares fell on Oct. 27, 2023. Trading will resume in the morning.",
         [("Oct. 27, 2023", "DATE", "2023-10-27"), ("the morning", "TIME", "2024-03-06TMO")]),
    ],
    ids=["following-year", "days-later", "that-day", "no-earlier-date", "anchor-too-coarse",
         "year-ago-not-an-anchor", "past-clock-on-last-day", "month-of-that-year",
         "apposed-day", "apposed-numbered-day", "next-morning", "that-night",
         "past-morning-on-last-day", "future-morning-today"],
)
def test_find_dates_narrative_anchor(dates_found, text, expected):
    """Anaphoric expressions count from the last date mentioned when it is precise enough; "that
    month" after a year is an unspecified month of that year."""
    assert dates_found(text, REF) == expected


def test_find_dates_joins_days_before_a_date_spacy_split(nlp):
    """"the day" + "before" + "last Tuesday", split by spaCy's NER, is one expression."""
    doc = nlp("The day before last Tuesday, he went home.")
    doc.ents = [Span(doc, 0, 2, label="DATE"), Span(doc, 3, 5, label="DATE")]
    found = find_dates(doc, REF)
    assert [(found_.text, found_.value) for found_ in found] == [("The day before last Tuesday", "2024-03-04")]


def test_find_dates_history_quoting_the_present(nlp):
    """A history that names a date near its reference date once still tells of its own years."""
    text = ("The king ruled from 1740. He lost in 1742, won in 1745, fell ill in 1748, recovered in "
            "1750, wed in 1752, lost a son in 1755, went to war in 1756, lost again in 1757, won in "
            "1758 and made peace in 1763, as a historian wrote two years ago. In May he died.")
    found = find_dates(nlp(text), REF)
    assert [(found_.text, found_.value) for found_ in found[-2:]] == [("two years ago", "2022"), ("May", "1763-05")]


HISTORY = ("Planned since 1936, the war began in 1939, turned in 1942, dragged on through 1943 and "
           "reached the city in 1944. ")
HISTORY_YEARS = [(year, "DATE", year) for year in ("1936", "1939", "1942", "1943", "1944")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (HISTORY + "In March, the army reached the coast.", [*HISTORY_YEARS, ("March", "DATE", "1944-03")]),
        (HISTORY + "On November 11, the guns fell silent. That winter was hard.",
         [*HISTORY_YEARS, ("November 11", "DATE", "1944-11-11"), ("winter", "DATE", "1944-WI")]),
        (HISTORY.replace("1944", "1945") + "On February 29, the troops left.",
         [*HISTORY_YEARS[:4], ("1945", "DATE", "1945"), ("February 29", "DATE", "2024-02-29")]),
        (HISTORY + "By the spring of 1945 the army had retreated. In May it broke through.",
         [*HISTORY_YEARS, ("the spring of 1945", "DATE", "1945-SP"), ("May", "DATE", "1945-05")]),
        (HISTORY + "The next day the army attacked. In March, it reached the coast.",
         [*HISTORY_YEARS, ("The next day", "DATE", "2024-03-07"), ("March", "DATE", "1944-03")]),
        ("The mill, founded in 1960, said yesterday that it would close in June.",
         [("1960", "DATE", "1960"), ("yesterday", "DATE", "2024-03-05"), ("June", "DATE", "2024-06")]),
        ("The mill was founded in 1960. It will close in June, the owners said on Friday.",
         [("1960", "DATE", "1960"), ("June", "DATE", "2024-06"), ("Friday", "DATE", "2024-03-01")]),
        ("The mill was founded in 1960. It closed in December.",
         [("1960", "DATE", "1960"), ("December", "DATE", "2023-12")]),
    ],
    ids=["month-in-narrated-year", "day-and-season", "no-such-day-that-year", "season-of-a-year",
         "written-years-only", "news-yesterday", "news-weekday", "one-year-is-no-history"],
)
def test_find_dates_narrated_year(dates_found, text, expected):
    """In a text that tells of a distant past, a month or day without a year is in the year last
    written; a text that speaks of the days around its reference date keeps it as the anchor."""
    assert dates_found(text, REF) == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Police counted 2,100 thefts between January 4 and October 2.", datetime.date(2024, 10, 20),
         [("January 4", "DATE", "2024-01-04"), ("October 2", "DATE", "2024-10-02")]),
        ("Prices have jumped, up 8% since January.", datetime.date(2024, 10, 20),
         [("January", "DATE", "2024-01")]),
        ("The quake struck at 3 a.m. local time Sunday, officials said.", REF,
         [("3 a.m", "TIME", "2024-03-03T03:00"), ("Sunday", "DATE", "2024-03-03")]),
        ("The singer died late Friday.\n\n2:05 p.m.\n\nMourners have filled the church.", REF,
         [("late Friday", "DATE", "2024-03-01"), ("2:05 p.m", "TIME", "2024-03-06T14:05")]),
        ("Polls closed on Tuesday. She expects to win the May 10 primary. One state was still "
         "uncalled by 9:30 p.m.", REF,
         [("Tuesday", "DATE", "2024-03-05"), ("May 10", "DATE", "2024-05-10"),
          ("9:30 p.m", "TIME", "2024-03-05T21:30")]),
        ("Polls give her a fair chance if she is the nominee in November.", REF,
         [("November", "DATE", "2024-11")]),
        ("Aides will watch closely when he speaks to donors on Thursday night.", REF,
         [("Thursday night", "DATE", "2024-03-07")]),
        ("When asked on Friday, she declined to comment.", REF, [("Friday", "DATE", "2024-03-01")]),
        ("Tourists flocked to Easter Island last year.", REF, [("last year", "DATE", "2023")]),
        ("A new poll by USA TODAY found her ahead.", REF, []),
        ("A USA TODAY/Ipsos poll finds her ahead.", REF, []),
        ("The group One Ohio Now released the memo on Monday.", REF, [("Monday", "DATE", "2024-03-04")]),
        ("He criticised the H1-B visa program in 2019.", REF, [("2019", "DATE", "2019")]),
        ("Governor Smith Tuesday signed the bill.", REF, [("Tuesday", "DATE", "2024-03-05")]),
        ("The senator visited Ohio on May 2.", REF, [("May 2", "DATE", "2023-05-02")]),
        ("The offer was extended to Nov. 16.", datetime.date(2024, 10, 30), [("Nov. 16", "DATE", "2024-11-16")]),
        ("Investors were paid a dividend payable April 2.", REF, [("April 2", "DATE", "2024-04-02")]),
        ("The deficit will be $80 billion more than last year.", REF, [("last year", "DATE", "2023")]),
        ("The war lasted more than two years.", REF, [("more than two years", "DURATION", "P2Y")]),
        ("PEARL HARBOR - Seventy-two years ago, the fleet sailed from here.", REF,
         [("Seventy-two years ago", "DATE", "1952")]),
        ("Agents invoked state Code 15, Section 1124, on forged records.", REF, []),
        ("The mayor trails in polls despite winning the debate in February.", datetime.date(2024, 8, 26),
         [("February", "DATE", "2024-02")]),
        ("Voters want a candidate who can carry the state in November.", REF,
         [("November", "DATE", "2024-11")]),
        ("Markets will be watching closely as the governor testifies before lawmakers on Thursday.", REF,
         [("Thursday", "DATE", "2024-03-07")]),
        ("Residents will get to have their say heard on Friday.", REF, [("Friday", "DATE", "2024-03-08")]),
        ("The files came out on New Year\u2019s Eve.", datetime.date(2024, 1, 2),
         [("New Year\u2019s Eve", "DATE", "2023-12-31")]),
        ("As the senator prepared to speak in Ohio on Tuesday, protesters gathered outside.", REF,
         [("Tuesday", "DATE", "2024-03-05")]),
        ("The senator is preparing to speak in Ohio on Tuesday.", REF, [("Tuesday", "DATE", "2024-03-12")]),
        ("She hopes she can sail around the world like that one day.", REF,
         [("one day", "DATE", "FUTURE_REF")]),
        ("Officials said the bridge could be finished one day.", REF, [("one day", "DATE", "FUTURE_REF")]),
        ("The fair will stay open for one day.", REF, [("one day", "DURATION", "P1D")]),
        ("The repairs will take one day.", REF, [("one day", "DURATION", "P1D")]),
        ("Costs are projected to rise by $4 billion over the next decade.", REF,
         [("the next decade", "DURATION", "P10Y")]),
        ("Fans hope Sunday's final will draw a record crowd.", REF, [("Sunday", "DATE", "2024-03-10")]),
        ("The ad will air during Saturday's game.", REF, [("Saturday", "DATE", "2024-03-09")]),
        ("Critics said Monday's ruling will reverberate for years.", REF,
         [("Monday", "DATE", "2024-03-04"), ("years", "DURATION", "PXY")]),
        ("The results of Tuesday's primaries will shape the race.", REF, [("Tuesday", "DATE", "2024-03-05")]),
        ("Monday's debate might not change many minds.", REF, [("Monday", "DATE", "2024-03-04")]),
        ("The mayor spoke rarely until October 2021. In that October speech, he backed the plan.", REF,
         [("October 2021", "DATE", "2021-10"), ("October", "DATE", "2021-10")]),
        ("The senator first ran in 1998. He lost narrowly that November.", REF,
         [("1998", "DATE", "1998"), ("November", "DATE", "1998-11")]),
        ("The mayor ran for re-election in 2012.\n\nSoon after Election Day, she resigned.", REF,
         [("2012", "DATE", "2012"), ("Election Day", "DATE", "2012-11-06")]),
        ("The shop has sold toys since 2012. Sales fell after Christmas.", REF,
         [("2012", "DATE", "2012"), ("Christmas", "DATE", "2023-12-25")]),
        ("Several cities said they would light their bridges in blue on Monday night.", REF,
         [("Monday night", "DATE", "2024-03-04")]),
        ("The minister said she would fly to Rome on Friday.", REF, [("Friday", "DATE", "2024-03-08")]),
        ("The mayor is locked in a close race ahead of the city's election on Saturday.", REF,
         [("Saturday", "DATE", "2024-03-09")]),
        ("The builders finished ahead of schedule on Monday.", REF, [("Monday", "DATE", "2024-03-04")]),
        ("Analysts doubt her chances of winning in November.", REF, [("November", "DATE", "2024-11")]),
        ("The feud could cost him votes in November if he is the nominee.", REF,
         [("November", "DATE", "2024-11")]),
        ("The mayor could not be reached on Friday.", REF, [("Friday", "DATE", "2024-03-01")]),
        ("Rivals relish the prospect of facing him in November's election.", REF,
         [("November", "DATE", "2024-11")]),
        ("The coach gave a long interview in 2019. He turned 60 on Valentine's Day.", datetime.date(2024, 2, 18),
         [("2019", "DATE", "2019"), ("Valentine's Day", "DATE", "2024-02-14")]),
    ],
    ids=["range-left-end-not-after-right-end", "since-month-never-ahead", "clock-local-time-day",
         "clock-heading-on-reference-day", "past-clock-not-on-a-day-ahead", "present-if-clause-ahead",
         "present-when-clause-ahead", "reduced-when-clause-not-ahead", "holiday-in-place-name",
         "today-in-newspaper-name", "today-in-newspaper-entity", "now-in-group-name",
         "half-year-code-in-visa-name", "weekday-after-name-kept", "past-verb-day-not-ahead",
         "deadline-extended-to", "payable-after-past-verb-ahead", "more-than-compares-amounts",
         "more-than-a-span-of-time", "hyphenated-count-of-years", "numbered-section-no-year",
         "gerund-after-preposition-no-tense", "can-points-ahead",
         "present-as-clause-ahead", "bare-participle-complement-takes-head-tense",
         "holiday-with-curly-apostrophe", "prepared-to-past", "preparing-to-ahead",
         "one-day-in-modal-clause", "one-day-after-modal-passive", "one-day-length-after-for",
         "one-day-length-of-lasting-verb", "over-the-next-decade-span",
         "possessive-event-subject-of-will", "possessive-event-after-preposition-of-will",
         "possessive-result-past", "possessive-event-owned-by-noun-past", "possessive-event-with-might-past",
         "that-month-in-year-last-mentioned", "that-month-after-far-year",
         "holiday-in-year-of-sentence-before", "holiday-after-since-year-not-moved",
         "would-after-said-weekday-just-gone", "would-after-said-weekday-ahead",
         "ahead-of-event-on-weekday", "ahead-of-schedule-on-weekday-past",
         "chances-of-gerund-ahead", "prospect-of-gerund-possessive-event-ahead", "holiday-days-ago-not-moved",
         "could-on-present-condition-ahead", "could-without-condition-past"],
)
def test_find_dates_read_on_news(dates_found, text, reference, expected):
    """Cases read on unseen news: each row is a pattern a careful annotator resolves otherwise
    than the tense alone would."""
    assert dates_found(text, reference) == expected
