"""Every temporal expression of a parsed Doc, in text order, as TIMEX3 values: spaCy's DATE and
TIME entities cut to TIMEX3 extents (ranges split), plus the words spaCy misses ("now",
"currently", "the past", "daily"), each resolved by the tense of the verb that governs it, then
read as the text tells time: in the year a history has reached, against the day last mentioned
("the next morning"), the day a clock time is on, the date a "the day" stands beside."""
from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from functools import lru_cache

import attrs
from spacy.tokens import Doc, Span, Token

from newsnlp.dates.calendar import ISO_DAY, iso_day, safe_date
from newsnlp.dates.normalise import Tense, duration_value, normalise
from newsnlp.dates.words import alternation, canonical_words, lexicon, month_alternation, weekday_names
from newsnlp.types import TimeExpression

LABELS = {"DATE", "TIME"}
YEAR = r"(?:1[0-9]|20)\d\d"  # a year as a text writes it, 1000 to 2099
DAY = r"(?:[1-9]|[12]\d|3[01])"  # a day of the month
DAY_AFTER_RANGE = re.compile(rf"(\d{{1,2}})(?:,?\s+({YEAR}))?(?=[\s,.;:)]*$)")
LIST_ITEM = re.compile(r"[^,]+?(?=,|\s+and\b|$)")  # "1994", " 1995", " and" of "1994, 1995 and"
YEAR_RANGE = re.compile(rf"\b({YEAR})\s*[-\u2013/]\s*(\d\d(?:\d\d)?)\b(?![-/]\d)")
QUARTER_VALUE = re.compile(r"\d{4}-Q\d")
YEAR_AGO = re.compile(r"\b(?:a year (?:ago|earlier|before)|year-(?:ago|earlier)|"
                      r"(?:same|corresponding|comparable) (?:period|quarter))\b", re.IGNORECASE)
YEAR_AGO_WORD = re.compile(r"(?i)\byear-(?:ago|earlier)$")
SAME_QUARTER = re.compile(r"(?i)(?:the|this|that) (?:latest )?(?:quarter|period)")
DAY_NUMBER = re.compile(DAY)
DAY_ORDINAL = re.compile(rf"(?i){DAY}(?:st|nd|rd|th)")
BARE_PART_OF_DAY = re.compile(r"(?i)the (?:morning|afternoon|evening)")
DAYS_COUNT = re.compile(r"(?i)(?:the|a|one|two|three|\d+) (?:day|week)s?")
APPOSED_DAY = re.compile(r"(?i)the (?:(?:first|second|third|last|final|\w+th) )?day")
CLOCK_TO_DAY = re.compile(r"(?i)\.?(?:\s+local\s+time|\s+[a-z]{1,3}t)?(?:\s+\([^()]{1,20}\))?"
                          r",?\s+(?:on\s+(?:the\s+)?)?")
DAY_TO_CLOCK = re.compile(r"(?i),?\s+at\s+")
CLOCK = re.compile(r"(?i)\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?(?:\s+[a-z]{1,3}t)?$")  # "ET", "EST", "CEST"
YEAR_TOKEN = re.compile(YEAR)
LOCAL_TIME = re.compile(r"(?i)\s+local\s+time$")
ZONED_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # "1430" of "1430 GMT"
PER_UNIT = re.compile(r"(?i)an? (?:year|month|week|day|hour|quarter)")
WHOLE_YEAR = re.compile(r"(?i)the (?:fiscal )?year")
PERIOD_END = re.compile(r"(?i),?\s+(?:ended|ending)\b")
RATE = re.compile(r"\b(?:a|an|per) (?:year|month|week|day|hour)\b")
AGE = re.compile(r"-old\b|\bold\b", re.IGNORECASE)
FRACTION = re.compile(r"(?i)(?:(?:more|less) than |about |nearly |almost |over )?"
                      r"(?:a|one|two|three) quarters?")
TITLE_UNITS = {"today", "tonight", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
               "minute", "minutes", "second", "seconds"}  # not "day": "Election Day"
UNSPECIFIED_IN_YEAR = {"week": "WXX", "month": "XX", "quarter": "QX"}  # "that week" in 2010: 2010-WXX
SAME_TIME = re.compile(r"(?i)\b(?:that|same)\b")  # "that day", "the same week": the time last told of
DATE_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
YEAR_VALUE = re.compile(r"(\d{4})(?!\d)")
NARRATED_VALUE = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?|-SP|-SU|-FA|-WI|-Q\d|-H\d)?")  # a date narrated
YEARLESS_NAME_VALUE = re.compile(r"\d{4}-(\d\d|SP|SU|FA|WI)")  # "2016-10", "2016-SU": a month or season
FAR_YEARS = 2  # a year this many years or more from the reference date is far from it
HISTORY_FAR_YEARS = 5  # a history writes this many far years at least (a brief names one founding)
HISTORY_FAR_PER_NEAR = 10  # and this many per date near its reference date (see `tells_of_past`)
DEICTIC_WORDS = {"tonight", "yesterday", "tomorrow", "ago"}  # not "today" ("today's Vietnam")
NEAR_DAYS = 7
RELATION_ADVERBS = {"before", "after", "earlier", "later"}  # "two days later": a time told relative to another
RELATIVE_WORDS = {"last", "next", "this", "coming", "past", "previous", "following", "ago"}
UNIT_PARTS = {"year": 1, "quarter": 2, "month": 2, "week": 3, "day": 3}
MAX_SUBSPAN_WORDS = 8
QUANTITY_MODS = {"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}  # "over"
COUNTED_UNIT_CODES = {"ML", "CE", "DE", "Y", "M", "W", "2W", "D", "TH", "TM"}  # no "a quarter"
PARTICIPLE_CLAUSES = {"advcl", "conj", "xcomp"}  # "fell 5%, closing at $20": the head's tense
WILL = {"will", "'ll", "wo", "shall"}  # the auxiliaries of the future itself, not of a guess ("might")
FUTURE_AUX = {"will", "'ll", "shall", "would", "'d", "wo", "must", "should", "may", "might", "can", "ca"}
MAX_HEAD_STEPS = 6
AHEAD_CONJUNCTIONS = {"if", "when", "once", "unless", "until", "till", "before", "after", "as"}  # `supposes_ahead`
CONDITIONS = {"if", "unless", "once"}  # "could win in November if he is the nominee": ahead
COMPLETED_PREPOSITIONS = {"in"}  # attached to a past verb: "In January, the firm hired..."
COMPLETED_AFTER = {"ended", "since"}  # "the quarter ended Sept. 30", "since January": wholly past
HALF = re.compile(r"(?i)(?:an? )?half\b")
RELATIVE_LEADS = {"past", "previous", "coming", "following", "next"}  # "the previous Friday"
BACKDROP = re.compile(r"(?i)\b(?:after|since) (?:(?:a|an|the|its|their) )?(?:[a-z]+ )?$")
"""The words before a quarter named as the backdrop of the news ("after a flat", "since the")."""
DAYTIME = re.compile(r"(?i)the day (?=\S)")  # "the day" as the daytime before the day's name
SINCE = re.compile(r"(?i)\bsince\s+$")  # "the highest since May 2009": a starting point, not the time told of
EARLIEST = re.compile(r"(?i)\bas (?:soon|early) as\b")
AHEAD_OF_EVENT = re.compile(r"(?i)\bahead of(?: [\w'\u2019.-]+){1,5}$")  # "ahead of the Iowa caucuses"
DECADE_AHEAD = re.compile(r"(?i)the (?:next|coming) (decade|century)")
STRETCH_LEADS = {"over", "for", "within", "during", "throughout"}  # "over the next decade": ten years


@lru_cache(maxsize=1)
def extra_words() -> re.Pattern:
    """Temporal words spaCy's NER leaves out ("now", "currently", "daily", "every Monday",
    "Friday", ...)."""
    weekdays = weekday_names()
    weekly = [f"{every} {day}" for every in ("every", "each") for day in weekdays]
    words = [*lexicon()["extra_words"], *weekly, *weekdays, *lexicon()["holidays"]]
    words += [word.replace("'", "\u2019") for word in words if "'" in word]  # "New Year’s Eve"
    return re.compile(r"\b" + alternation(words) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def anaphoric() -> re.Pattern:
    """An expression read against the date last mentioned: "that day", "the following year",
    "two days later", "the previous Friday", "the next morning", "month's end"."""
    weekdays = alternation(weekday_names())
    return re.compile(
        r"(?i)(?:\b(?:earlier|later) )?\b(?:that|(?:the|that) same|the (?:following|next|previous|prior|preceding))"
        r" (?P<unit>day|week|month|year|quarter)\b"
        r"|\b(?:the|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) "
        r"(?P<unit2>day|week|month|year)s? (?:later|earlier|before|after)$"
        rf"|\bthe (?:following|previous|preceding|prior) (?P<weekday>{weekdays})\b"
        r"|\b(?:that|(?:the|that) same|the (?:following|next|previous)) (?P<part>morning|afternoon|evening|night)\b"
        r"|^(?P<unit3>month)['\u2019]s end$")


@lru_cache(maxsize=1)
def range_connector() -> re.Pattern:
    """What joins the two ends of a range: a hyphen after a number ("1995-97", "17 August-2
    September") or between a word and a number or month ("August-September", "18 August - 15
    September"), or a word ("to", "and", "through", ...)."""
    months = month_alternation()
    return re.compile(r"(?<=\d)\s*[-\u2013]\s*(?=\d|[a-z]{3})"
                      r"|(?<=[a-z])[-\u2013](?=\d|" + months + r"\b)"
                      r"|(?<=[a-z])\s+[-\u2013]\s+(?=\d+\s+" + months + r"\b)"
                      r"|\s+(?:to|and|through|until|or|ended|ending)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def counted_units() -> re.Pattern:
    """Counted spans of time spaCy's NER can leave out ("two more weeks", "at least 20 more
    years", "four decades ago", "seventy-four years ago", "5 1/2 hours"), with a mod written
    before them, or one unit after a mod of quantity ("to last over a week", "nearly a
    month"); never an age ("20 years old")."""
    lex = lexicon()
    counts = [word for word in lex["numbers"] if len(word) > 2]
    tens = [word for word, value in lex["numbers"].items() if value in range(20, 100, 10)]  # "seventy-"
    units = [word for word in lex["units"] if word.endswith("s") and len(word) > 4]
    # the singular units of "over a week": not "weeks", "millennia", "yr"
    single_units = [word for word, code in lex["units"].items()
                    if code in COUNTED_UNIT_CODES and len(word) > 2 and not word.endswith(("s", "a"))]
    quantity_mods = [mod for mod, code in lex["mods"].items()
                     if code in QUANTITY_MODS and mod != "or so"]  # "or so" follows its count
    return re.compile(
        r"(?i)\b(?:" + alternation(list(lex["mods"])) + r"\s)?"
        r"(?:\d+(?:\s\d/\d)?|(?:" + alternation(tens) + r"-)?" + alternation(counts) + r")"
        r"\s(?:more\s|additional\s|extra\s)?"
        + alternation(units) + r"(?:\sago)?\b(?![- ]old\b)"
        r"|\b" + alternation(quantity_mods) + r"\s(?:an?|one)\s" + alternation(single_units)
        + r"\b(?![- ]old\b)")


@lru_cache(maxsize=1)
def units_long() -> re.Pattern:
    """A unit of time written with "-long" ("a day-long meeting", "a decades-long feud"), which
    spaCy's NER leaves out or cuts to the unit."""
    units = [unit for unit in lexicon()["units"] if len(unit) > 2]
    return re.compile(r"(?i)\b(?=[a-z]+-long\b)" + alternation(units) + r"-long\b")


@lru_cache(maxsize=1)
def month_days() -> re.Pattern:
    """A month and day spaCy's NER can leave out or tag as something else ("the Aug. 7
    bombings", "the April 12 Incident"): a capitalised month name ("May" the verb is lower
    case) and a day number that no year, other number or range hyphen follows."""
    months = month_alternation(capitalised=True) + r"\.?"
    return re.compile(rf"\b(?:{months} {DAY}|{DAY} {months})\b(?![.,]?\s*\d|-\d|\.\d)")


QUARTER_CODE = re.compile(r"\b(?:(?:19|20)\d\d\s+)?(?:Q[1-4]|H[12])(?:\s+(?:19|20)\d\d)?\b(?!-\w)")
"""A quarter or half written as business news codes it ("Q4", "Q1 2013", "2012 H2"); not a code
such as "the H1-B visa"."""
ORDINAL_QUARTER = re.compile(r"(?i)\b(?:fiscal )?(?:first|second|third|fourth)[- ]quarter\b(?!-)")
"""A quarter named by its ordinal that spaCy leaves out or tags as an ORDINAL ("after a flat
second quarter", "the fiscal second-quarter"); not "second quarter-mile"."""
NUMERIC_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)?\d\d(?![\d/])")  # "3/22/2013"
BC_YEAR = re.compile(r"\b\d{1,4}\s?(?:BCE?\b|B\.C\.(?:E\.)?)")  # "264 BC", "480 B.C.": spaCy seldom tags them
WRITTEN_YEAR = re.compile(rf"(?:\b(?i:pre|post)-|(?<![\d,.$\u00a3\u20ac-]))\b{YEAR}\b(?![,.]?\d|[-%\u2013])")
"""A year spaCy's NER leaves out or buries in a name ("the 2014 World Cup", "the 1967 Six-Day
War") or writes with "pre-"/"post-" ("the post-1959 exodus"); no part of a number, amount or
range."""
NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "LOC", "GPE", "PRODUCT", "NORP"}
NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "TIME"}


def find_dates(doc: Doc, reference_date: datetime.date | None) -> list[TimeExpression]:
    """The temporal expressions of `doc` in text order (see module docstring)."""
    text = doc.text  # once: spaCy rebuilds it on every access
    found: list[tuple[TimeExpression, Tense | None]] = []
    for span in candidate_spans(doc, text):
        tense = refined_tense(tense_of(span), span)
        expressions = expressions_in(span, reference_date, tense)
        if tense == "future" and reference_date is not None and looks_ahead_from_past(span):
            expressions = nearer_weekdays(expressions, expressions_in(span, reference_date, "past"), reference_date)
        found.extend((expression, tense) for expression in expressions)
    found.sort(key=lambda pair: pair[0].start)
    found = with_range_years(with_range_days_in_month(with_narrated_years(found, reference_date), text), text)
    found = with_year_just_written(found, reference_date, doc, text)
    anchored = with_demonstrated_year(with_narrative_anchor(found, reference_date, text), text)
    anchored = with_clocks_on_days(anchored, text)
    anchored = with_apposed_day(anchored, text)
    return with_quarter_context(anchored, [tense for _, tense in found], text)


def looks_ahead_from_past(span: Span) -> bool:
    """Whether the span dates a verb with "would" that a past verb reports ("said they would
    light the tower on Monday night"): ahead of the saying, which may itself be days back."""
    verb = governing_verb(span.root)
    if verb is None or not any(aux.lower_ in ("would", "'d") for aux in auxiliaries_of(verb)):
        return False
    reporting = governing_verb(verb.head) if verb.dep_ == "ccomp" else None
    return reporting is not None and reporting.tag_ == "VBD"


def nearer_weekdays(ahead: list[TimeExpression], back: list[TimeExpression],
                    reference_date: datetime.date) -> list[TimeExpression]:
    """Each weekday read both ahead and back, the reading nearer the reference date: "said on
    Sunday they would light the tower on Monday night", written on Wednesday, is two days back,
    not five ahead; written on Friday, "would travel on Monday" is three days ahead. Other
    expressions as read ahead."""
    if len(ahead) != len(back):
        return ahead
    out = []
    for later, earlier in zip(ahead, back):
        later_day, earlier_day = iso_day(later.value), iso_day(earlier.value)
        names_weekday = any(word.startswith("DOW") for word in canonical_words(later.text))
        if (names_weekday and later_day and earlier_day
                and (reference_date - earlier_day).days < (later_day - reference_date).days):
            later = earlier
        out.append(later)
    return out


def with_clocks_on_days(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A clock time written beside its day, as an expression of its own, is on that day: before
    it ("at 3:30 a.m. on Thursday", "at 9 p.m. local time on Saturday", "at 3 a.m. local time
    Sunday", "at 9 p.m. (0100 GMT) on Saturday") or after it with "at" ("on Thursday at 9
    p.m.", "March 19 at noon"). TimeML marks the two apart, the time valued on the day."""
    out = list(expressions)
    for i, (clock, day) in enumerate(zip(expressions, expressions[1:])):
        if CLOCK_TO_DAY.fullmatch(text, clock.end, day.start):
            out[i] = clock_on_day(clock, ISO_DAY.match(day.value))
    for i, (day, clock) in enumerate(list(zip(out, out[1:]))):
        if DAY_TO_CLOCK.fullmatch(text, day.end, clock.start):
            out[i + 1] = clock_on_day(clock, ISO_DAY.fullmatch(day.value))
    return out


def clock_on_day(clock: TimeExpression, day: re.Match | None) -> TimeExpression:
    """The clock time alone ("at 9 p.m.") valued on the ISO day `day` matched; else as it is."""
    _, timed, time = clock.value.partition("T")
    if clock.type == "TIME" and timed and day is not None and is_clock(clock.text):
        return attrs.evolve(clock, value=f"{day[0]}T{time}")
    return clock


def with_apposed_day(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"the day" set off after a date is that date: "on Oct. 12, the day before the crash",
    "on 1 July 1916, the first day of the battle"."""
    out = list(expressions)
    for i, (date, day) in enumerate(zip(expressions, expressions[1:])):
        if (ISO_DAY.fullmatch(date.value) and APPOSED_DAY.fullmatch(day.text)
                and text[date.end:day.start].strip() == ","):
            out[i + 1] = attrs.evolve(day, value=date.value)
    return out


def is_clock(text: str) -> bool:
    """Whether the text is a clock time alone ("about 3:30 a.m", "noon", "midday")."""
    return CLOCK.search(text) is not None or text.lower() in ("noon", "midday", "midnight")


def with_narrated_years(found: list[tuple[TimeExpression, Tense | None]],
                        reference_date: datetime.date | None) -> list[tuple[TimeExpression, Tense | None]]:
    """In a text that tells of a distant past (see `tells_of_past`), a month,
    day or season written without a year ("in March", "on June 6", "that summer") is in the
    year the narrative has reached: the year last written ("1941", "May 5, 1941", "the spring
    of 1941"), when that is two years or more from the reference date ("In 1941 ... On
    December 7" is 1941-12-07)."""
    if reference_date is None or not tells_of_past(found, reference_date):
        return found
    out: list[tuple[TimeExpression, Tense | None]] = []
    last_year: int | None = None
    for expression, tense in found:
        if (last_year is not None and abs(last_year - reference_date.year) >= FAR_YEARS
                and undated_calendar_name(expression)):
            expression = moved_to_year(expression, last_year)
        year = narrated_year(expression)
        if year is not None and writes_year(expression.text):
            last_year = year  # "1915", "May 5, 1915", "the spring of 1915"
        out.append((expression, tense))
    return out


def narrated_year(expression: TimeExpression) -> int | None:
    """The year of the date or time the expression names ("1915", "1915-05-05", "1915-SP"), the
    year a narrative is told in; None for a duration or set, or a value with no year."""
    mentioned = NARRATED_VALUE.fullmatch(expression.value) if expression.type in LABELS else None
    return int(mentioned[1]) if mentioned else None


def with_year_just_written(found: list[tuple[TimeExpression, Tense | None]], reference_date: datetime.date | None,
                           doc: Doc, text: str) -> list[tuple[TimeExpression, Tense | None]]:
    """A holiday without a year in a past clause, in the sentence that writes a year far from
    the reference date or the sentence after it, is in that year: "Campaigning in 2012, he said
    little. But soon after Election Day, he ..." is the Election Day of 2012, not the last one
    before the reference date; a year after "since" is only a starting point, and a holiday a
    few days before the reference date is the one just gone ("Interviewed in 2013, he said ...
    He turned 74 on Valentine's Day", written on February 18). (Not so a month:
    news writes "In 1987, the firm lost money. In September, it ..." of the September just gone
    as often as of 1987.) `text` is the Doc's text."""
    if reference_date is None or not any(names_holiday(expression) for expression, _ in found):
        return found
    starts = [sentence.start_char for sentence in doc.sents]
    out: list[tuple[TimeExpression, Tense | None]] = []
    last_year, last_sentence = None, -2
    for expression, tense in found:
        sentence = bisect_right(starts, expression.start) - 1
        if (last_year is not None and sentence - last_sentence <= 1 and tense in ("past", "completed")
                and names_holiday(expression) and not within_days_of(expression, reference_date)):
            expression = holiday_in_year(expression, last_year, reference_date, tense)
        year = narrated_year(expression)
        if year is not None and writes_year(expression.text):
            far = abs(year - reference_date.year) >= FAR_YEARS and not after_since(expression, text)
            last_year, last_sentence = (year, sentence) if far else (None, -2)
        out.append((expression, tense))
    return out


def after_since(expression: TimeExpression, text: str) -> bool:
    """Whether "since" comes right before the expression in `text` ("the highest since May
    2009"): a starting point, not the time told of."""
    return SINCE.search(text, max(0, expression.start - 8), expression.start) is not None


def within_days_of(expression: TimeExpression, reference_date: datetime.date) -> bool:
    """Whether the expression's day lies within NEAR_DAYS of the reference date."""
    day = iso_day(expression.value)
    return day is not None and abs((day - reference_date).days) <= NEAR_DAYS


def names_holiday(expression: TimeExpression) -> bool:
    """Whether the expression is a holiday's name alone ("Election Day", "Christmas")."""
    return " ".join(canonical_words(expression.text)) in holiday_names()


@lru_cache(maxsize=1)
def holiday_names() -> set[str]:
    """The lexicon's holidays as canonical words ("election U_D")."""
    return {" ".join(canonical_words(phrase)) for phrase in lexicon()["holidays"]}


def holiday_in_year(expression: TimeExpression, year: int, reference_date: datetime.date,
                    tense: Tense | None) -> TimeExpression:
    """The holiday's expression valued on its day in `year` ("Election Day" in 2012: 2012-11-06)."""
    dated = normalise(f"{expression.text} {year}", reference_date, tense)
    return attrs.evolve(expression, value=dated.value) if dated is not None else expression


def with_range_days_in_month(found: list[tuple[TimeExpression, Tense | None]],
                             text: str) -> list[tuple[TimeExpression, Tense | None]]:
    """A bare day number at one end of a range of days in one month ("6" of "6-7 February", "7"
    of "April 6-7") is in the month and year the other end was read in (the narrated year may
    have moved that end)."""
    out = list(found)
    for i, ((left, _), (right, _)) in enumerate(zip(found, found[1:])):
        if not joined_as_range(text, left, right):
            continue
        for number, (named, _), at in ((left, found[i + 1], i), (right, found[i], i + 1)):
            day = iso_day(named.value, whole=True)
            if DAY_NUMBER.fullmatch(number.text) and ISO_DAY.fullmatch(number.value) and day:
                moved = safe_date(day.year, day.month, int(number.text))
                if moved is not None:
                    out[at] = (attrs.evolve(number, value=moved.isoformat()), out[at][1])
    return out


def with_range_years(found: list[tuple[TimeExpression, Tense | None]],
                     text: str) -> list[tuple[TimeExpression, Tense | None]]:
    """The left end of a range found as an expression of its own ("January 1" and "September
    26" of "between January 1 and September 26") read in the year of the right end, as one
    range's ends are (see `in_year_of`)."""
    out = list(found)
    for i, ((left, tense), (right, _)) in enumerate(zip(found, found[1:])):
        if joined_as_range(text, left, right):
            out[i] = (in_year_of(left, right), tense)
    return out


def joined_as_range(text: str, left: TimeExpression, right: TimeExpression) -> bool:
    """Whether a range connector and nothing else stands between the two expressions."""
    connector = range_connector().match(text, left.end)
    return connector is not None and connector.end() == right.start


def tells_of_past(found: list[tuple[TimeExpression, Tense | None]], reference_date: datetime.date) -> bool:
    """Whether the text tells of a distant past: it writes at least HISTORY_FAR_YEARS years far
    from the reference date, HISTORY_FAR_PER_NEAR times as many as its dates near it or more (a
    history may quote a "two years ago" or name its own day; a news story speaks of its days
    again and again)."""
    near = [near_reference(expression, reference_date) for expression, _ in found]
    far = sum(writes_year(expression.text) and not close for (expression, _), close in zip(found, near))
    return far >= max(HISTORY_FAR_PER_NEAR * sum(near), HISTORY_FAR_YEARS)


def moved_to_year(expression: TimeExpression, year: int) -> TimeExpression:
    """The expression with its value moved to `year` (see `value_in_year`); unchanged when its
    day is not on that year's calendar."""
    value = value_in_year(expression.value, year)
    return attrs.evolve(expression, value=value) if value is not None else expression


def value_in_year(value: str, year: int) -> str | None:
    """The TIMEX3 value moved to `year` ("2024-03" -> "1944-03"), or None when its day is not
    on that year's calendar ("1943-02-29")."""
    moved = f"{year:04d}{value[4:]}"
    return moved if ISO_DAY.match(moved) is None or iso_day(moved) is not None else None


def near_reference(expression: TimeExpression, reference_date: datetime.date) -> bool:
    """Whether the expression shows the text speaking from its reference date: a year written
    within a year of it ("1989" in an article of 1989), words counted from it ("yesterday",
    "last week", "two years ago"), or a weekday or day with no year within a week of it (a
    dateline's "February 26", "on Friday")."""
    words = canonical_words(expression.text)
    written = [int(word) for word in words if YEAR_TOKEN.fullmatch(word)]
    if written:
        return any(abs(year - reference_date.year) < FAR_YEARS for year in written)
    if counts_from_reference(words):
        return True
    return (within_days_of(expression, reference_date) and not anaphoric().search(expression.text)
            and any(word.startswith(("DOW", "MON")) for word in words))


def counts_from_reference(words: tuple[str, ...]) -> bool:
    """Whether canonical words count from the reference date: "yesterday", "two years ago",
    "last week", "next March"; not "the next day" (counted from the narrative) nor "this day"
    ("to this day" is said in histories too)."""
    return bool(DEICTIC_WORDS & set(words)) or any(
        lead in ("last", "this", "next") and (i == 0 or words[i - 1] != "the")
        and following.startswith(("U_", "MON", "DOW", "SEA_")) and following != "U_D"
        for i, (lead, following) in enumerate(zip(words, words[1:])))


def undated_calendar_name(expression: TimeExpression) -> bool:
    """Whether the expression names a month or season with no year and no relative word
    ("March", "June 6", "the summer"; not "last March", "March 2003"), or "the year" itself
    ("later in the year", "the end of the year")."""
    words = canonical_words(expression.text)
    return (YEAR_VALUE.match(expression.value) is not None
            and (any(word.startswith(("MON", "SEA_")) for word in words) or words[-2:] == ("the", "U_Y"))
            and not writes_year(expression.text) and not RELATIVE_WORDS & set(words))


def with_narrative_anchor(found: list[tuple[TimeExpression, Tense | None]],
                          reference_date: datetime.date | None, text: str) -> list[TimeExpression]:
    """Anaphoric expressions ("the following year", "that day", "the day before", "the previous
    Friday") resolved against the date last mentioned before them, when it is precise enough;
    "that day" or "the same month" after a coarser date lies somewhere in it ("last October ...
    that same day": 2023-10-XX); others as found.
    Year-ago comparisons ("a year earlier") and dates after "since" ("the highest since May
    2009": a starting point) are no narrative time and never become that date.
    A clock time or part of day alone in a past clause ("was shot at 10 p.m.", "bought shares
    in the morning") is on the day last mentioned that is not after the reference date ("the
    May 10 primary ... votes were counted by 9:30 p.m." is not May 10); not so a clock time on a
    line of its own (a live report's "2:25 p.m." heading)."""
    out: list[TimeExpression] = []
    last: tuple[int, int, int, int] | None = None  # year, month, day, precision in parts
    last_past: tuple[int, int, int, int] | None = None  # the last not after the reference date
    for expression, tense in found:
        anaphor = anaphoric().search(expression.text) if reference_date is not None else None
        unit = anaphor and ("day" if anaphor["weekday"] or anaphor["part"]
                            else (anaphor["unit"] or anaphor["unit2"] or anaphor["unit3"]).lower())
        past_clock = bare_past_clock(expression, tense) and not heads_line(expression, text)
        if past_clock:
            anaphor, unit = True, "day"
        antecedent = last_past if past_clock else last  # the date mentioned before that it resolves against
        if anaphor and antecedent is not None and antecedent[3] >= UNIT_PARTS[unit]:
            anchor = datetime.date(*antecedent[:3])
            renormalised = normalise(expression.text, anchor, tense)
            if renormalised is not None:
                expression = attrs.evolve(renormalised, start=expression.start + renormalised.start,
                                          end=expression.start + renormalised.end)
        elif (anaphor and last is not None and expression.type == "DATE"
              and SAME_TIME.search(expression.text)):
            expression = attrs.evolve(expression, value=unspecified_within(last, unit))
        mentioned = DATE_VALUE.fullmatch(expression.value) if expression.type in LABELS else None
        if (mentioned and not YEAR_AGO.search(expression.text)
                and not after_since(expression, text)):
            parts = [int(part) for part in mentioned.groups() if part]
            last = (*parts, *[1] * (3 - len(parts)), len(parts))
            if reference_date is None or datetime.date(*last[:3]) <= reference_date:
                last_past = last
        out.append(expression)
    return out


def with_demonstrated_year(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A month or season pointed back to with "that" or "the same" ("until October 2015 ... in
    that October speech", "won in 1968 ... Humphrey's loss that November") is in the year of
    the date last mentioned, however far from the reference date."""
    out: list[TimeExpression] = []
    last_year: int | None = None
    for expression in expressions:
        named = YEARLESS_NAME_VALUE.fullmatch(expression.value) if expression.type == "DATE" else None
        if (named and last_year is not None
                and demonstrated_name().search(text, max(0, expression.start - 15), expression.end)):
            expression = attrs.evolve(expression, value=f"{last_year:04d}-{named[1]}")
        year = narrated_year(expression)
        if year is not None:
            last_year = year
        out.append(expression)
    return out


@lru_cache(maxsize=1)
def demonstrated_name() -> re.Pattern:
    """A month or season name after "that", "that same" or "the same", at the end of the text
    searched ("that October", "the same spring")."""
    names = month_alternation(capitalised=True) + "|" + alternation(list(lexicon()["seasons"]))
    return re.compile(rf"\b(?i:that|that same|the same) (?:{names})$")


def unspecified_within(last: tuple[int, int, int, int], unit: str) -> str:
    """The value of a `unit` known only to lie in the date last mentioned, which is coarser
    ("that same day" after "last October": 1998-10-XX)."""
    year, month, _, precision = last
    if unit == "day":
        return f"{year:04d}-{month:02d}-XX" if precision >= 2 else f"{year:04d}-XX-XX"
    return f"{year:04d}-{UNSPECIFIED_IN_YEAR[unit]}"


def heads_line(expression: TimeExpression, text: str) -> bool:
    """Whether the expression stands alone on its line, a full stop at most after it."""
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    rest = text[expression.end:line_end if line_end >= 0 else len(text)]
    return not text[line_start:expression.start].strip() and rest.strip() in ("", ".")


def bare_past_clock(expression: TimeExpression, tense: Tense | None) -> bool:
    """Whether the expression is a clock time or "the morning" (afternoon, evening) with no day
    written, in a past clause."""
    return (expression.type == "TIME" and tense in ("past", "completed")
            and (CLOCK.search(expression.text) is not None
                 or BARE_PART_OF_DAY.fullmatch(expression.text) is not None))


def with_quarter_context(expressions: list[TimeExpression],
                         tenses: list[Tense | None], text: str) -> list[TimeExpression]:
    """Year-ago comparisons read at the granularity of the quarter last spoken of: after
    "the third quarter" (1989-Q3), "a year earlier" is 1988-Q3, not 1988, and "the 1988
    quarter" is 1988-Q3. The quarter spoken of is the last one named outright ("the year-ago
    quarter" is itself a comparison), until a span of time ("the first nine months") takes over;
    "the quarter" and "the latest period" are that quarter again (a fiscal one may not be the
    last calendar quarter). A quarter named in a future clause ("will cause a fourth-quarter
    charge") is not the one reported on, nor is one set before the news with "after" or "since"
    ("After a flat second quarter, the gain ..."), though a quarter left unknown ("the 1988
    quarter") takes the last one named even so. `tenses` holds the tense of each expression's
    clause; `text` is the Doc's text."""
    out: list[TimeExpression] = []
    quarter = named = None
    for expression, tense in zip(expressions, tenses):
        compared = YEAR_AGO.search(expression.text)
        if quarter and SAME_QUARTER.fullmatch(expression.text):
            expression = attrs.evolve(expression, value=quarter)
        elif QUARTER_VALUE.fullmatch(expression.value) and not compared:
            backdrop = tense == "future" or BACKDROP.search(text, max(0, expression.start - 30), expression.start)
            quarter = quarter if backdrop else expression.value
            named = expression.value
        elif expression.type == "DURATION":
            quarter = named = None
        elif quarter and compared and expression.value.isdigit():
            year = int(quarter[:4]) - 1
            expression = attrs.evolve(expression, value=f"{year:04d}{quarter[4:]}")
        elif (quarter or named) and expression.value.endswith("-QX"):
            expression = attrs.evolve(expression, value=expression.value[:-1] + (quarter or named)[-1])
        out.append(expression)
    return out


def candidate_spans(doc: Doc, text: str) -> list[Span]:
    """spaCy's DATE/TIME entities and the extra temporal words outside them (`text`: the Doc's
    text)."""
    spans = entity_spans(doc)
    taken = {i for ent in spans for i in range(ent.start_char, ent.end_char)}
    for pattern in (units_long(), counted_units(), extra_words(), month_days(), QUARTER_CODE, ORDINAL_QUARTER,
                    NUMERIC_DAY, WRITTEN_YEAR, BC_YEAR):
        for match in pattern.finditer(text):
            if match.start() in taken or match.end() - 1 in taken:
                continue
            span = doc.char_span(match.start(), match.end())
            if (span is not None and not opens_with_discourse_now(span) and not stray_number(span)
                    and not part_of_name(span)):
                span = widened(span)
                spans.append(span)
                taken.update(range(span.start_char, span.end_char))
    for match in RATE.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if (span is not None and match.start() not in taken and span.start > 0
                and follows_rate(span)):
            spans.append(span)
    return spans


def entity_spans(doc: Doc) -> list[Span]:
    """spaCy's DATE and TIME entities, widened (see `widened`), an entity spaCy split from the
    one before it joined to it (see `split_expression`), as is one whose widening takes in the
    entity before it ("noon" + "Thursday", both tagged: one expression, not two)."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS or (spans and ent.start < spans[-1].end):
            continue
        if spans and split_expression(spans[-1], ent):
            spans[-1] = doc[spans[-1].start:ent.end]
            continue
        span = widened(ent)
        if spans and span.start < spans[-1].end:
            spans[-1] = doc[spans[-1].start:span.end]
        else:
            spans.append(span)
    return spans


def opens_with_discourse_now(span: Span) -> bool:
    """Whether the span is "Now," opening a sentence: a turn in the argument ("Now, he says,
    the plan looks weak"), not the present time."""
    doc = span.doc
    return (span.text == "Now" and span.end < len(doc) and doc[span.end].text == ","
            and (span.start == 0 or doc[span.start].is_sent_start or doc[span.start - 1].is_punct))


def part_of_name(span: Span) -> bool:
    """Whether words a pattern found belong to a name: a proper noun inside an entity spaCy tags
    as a name that goes on after it ("Easter Island", "Saturday Night Live", "the USA Today/Suffolk
    poll"; not "Obama Tuesday" tagged as one person), or one of the extra words capitalised in
    mid-sentence right after a capitalised proper noun ("One Wisconsin Now", "USA TODAY's poll")."""
    doc, first = span.doc, span[0]
    if (first.pos_ == "PROPN" and first.ent_type_ in NAME_LABELS and span.end < len(doc)
            and doc[span.end].ent_iob_ == "I"):
        return True
    before = doc[span.start - 1] if span.start else None
    return (before is not None and not first.is_sent_start and span.text[:1].isupper()
            and before.pos_ == "PROPN" and before.text[:1].isupper()
            and span.text.lower() in lexicon()["extra_words"])


def stray_number(span: Span) -> bool:
    """Whether a span the year pattern found is a number that is no year: a count spaCy tags as
    one ("the 1500 troops"), or a number no article or preposition introduces ("Room 1204",
    "Flight 1549"); false for any other span."""
    if not YEAR_TOKEN.fullmatch(span.text.split("-")[-1]):
        return False
    before = word_before(span)
    introduced = before in ("the", "a", "an") or before in lexicon()["leading_words"]
    return span[0].ent_type_ in NUMBER_LABELS or not introduced


def split_expression(before: Span, date: Span) -> bool:
    """Whether a span and the DATE entity right after it are one expression spaCy split: a
    clock time or part of day and its day ("5 p.m. EST, Nov. 6", "4 a.m. Thursday",
    "mid-afternoon yesterday"), a weekday and its month and day ("Friday Oct. 13"), a comma
    between them at most; a count of days and the date after "before"/"after" ("the day" +
    "before" + "last Tuesday"); or a weekday and "nights" right after it ("Tuesday" + "nights":
    the nights of every Tuesday)."""
    if date.start == before.end and date.text.lower() == "nights":
        return before.text.lower() in lexicon()["weekdays"]
    if date.label_ != "DATE":
        return False
    between = before.doc[before.end:date.start]
    if len(between) == 1 and between[0].lower_ in ("before", "after"):
        return DAYS_COUNT.fullmatch(before.text) is not None
    if len(between) > 1 or any(token.text != "," for token in between):
        return False
    lex = lexicon()
    timed = CLOCK.search(before.text) is not None or before[-1].lower_ in lex["parts_of_day"]
    return timed or (before.text.lower() in lex["weekdays"]
                     and date[0].lower_.rstrip(".") in lex["months"])


def widened(span: Span) -> Span:
    """The entity with the words spaCy left beside it (see `end_with_words_after` and
    `start_with_words_before`), without an article that belongs to a noun after it ("a [two-day]
    rally") or the verb "last"; "the 1988 quarter" and a year after a comma ("Jan. 5, 1999")
    whole; an alternative ("a year or two") taken in."""
    doc = span.doc
    start, end = start_with_words_before(span), end_with_words_after(span)
    first = doc[span.start].lower_
    before = word_before(span)
    if end - start > 1 and first == "last" and doc[start].tag_.startswith("VB"):
        start += 1  # the verb "last" of "will [last three days]"
    if end - start == 2 and first == "the" and bare_plural_unit(doc[end - 1]):
        start += 1  # "in the weeks before": TimeML news annotation marks "weeks" alone
    elif end - start > 1 and article_of_noun_after(doc[start], end):
        start += 1  # "a [two-day] rally", "the [third-quarter] loss"
    if (end - start == 1 and YEAR_TOKEN.fullmatch(first) and before == "the" and end < len(doc)
            and doc[end].lower_ in ("period", "quarter")):
        start, end = start - 1, end + 1
    if (end + 1 < len(doc) and doc[end].text == "," and YEAR_TOKEN.fullmatch(doc[end + 1].text)
            and doc[end - 1].like_num and first.rstrip(".") in lexicon()["months"]):
        end += 2
    end = alternative_end(doc, end)
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def end_with_words_after(span: Span) -> int:
    """The end of the entity with the words spaCy left after it: a part of day after a weekday
    ("Saturday" + "night"), the "-long" of a unit ("decade" + "-long"), the time zone of a
    24-hour clock ("1430" + "GMT"), "period" after a year-ago word ("year-ago" + "period"), an
    adverb of relation with no object after a unit ("Two days" + "later", "the day" + "before,")."""
    doc = span.doc
    lex = lexicon()
    start, end = span.start, span.end
    first, last = doc[start].lower_, doc[end - 1].lower_
    if end < len(doc) and doc[end].lower_ in lex["parts_of_day"] and last in lex["weekdays"]:
        end += 1
    if (end + 1 < len(doc) and last in lex["units"] and doc[end].text == "-"
            and doc[end + 1].lower_ == "long"):
        end += 2  # "decade" + "-long"
    if end - start == 1 and end < len(doc) and ZONED_CLOCK.fullmatch(first):
        if doc[end].lower_ in lex["time_zones"]:
            end += 1  # "1430" + "GMT"
        elif end + 1 < len(doc) and doc[end].lower_ == "local" and doc[end + 1].lower_ == "time":
            end += 2  # "1900" + "local time"
    if end < len(doc) and doc[end].lower_ == "period" and YEAR_AGO_WORD.search(span.text):
        end += 1
    if (end < len(doc) and doc[end].lower_ in RELATION_ADVERBS and last in lex["units"]
            and (end + 1 == len(doc) or doc[end + 1].is_punct)):
        end += 1  # "Two days" + "later", "The day" + "before" closing a phrase
    return end


def start_with_words_before(span: Span) -> int:
    """The start of the entity with the words spaCy left before it: a relative word ("last" +
    "week", "this" + "Christmas"), a clock word or "every" before a weekday ("noon" + "Thursday",
    "every" + "Monday"), a "the"/"this" before "past"/"previous" ("the previous Friday"), a mod
    phrase ("the rest of") and a day number ("5" + "October 1789")."""
    doc = span.doc
    lex = lexicon()
    start = span.start
    first = doc[start].lower_
    before = word_before(span)
    relative = first in lex["units"] or span.text.lower() in lex["holidays"]
    if (before in ("this", "last", "next") and relative) or (
        before in ("every", "each", "noon", "midnight") and first in lex["weekdays"]
    ) or (before in ("every", "each") and span.text.lower() in lex["months"]) or (
        before in ("the", "this") and first in RELATIVE_LEADS
    ):
        start -= 1
    return day_number_start(doc, mod_phrase_start(doc, start))


def mod_phrase_start(doc: Doc, start: int) -> int:
    """The start of the expression with the mod phrase spaCy left before it taken in: "the rest
    of" + "the week", "the remainder of" + "the year" (lexicon `mods`)."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return start
    for size in (3, 2):
        if start >= size and doc[start - size:start].text.lower() in lexicon()["mods"]:
            return start - size
    return start


def day_number_start(doc: Doc, start: int) -> int:
    """The start of the expression with the day number spaCy left before its month taken in:
    "5" + "October 1789" (tagged CARDINAL), "6-7" + "February", "the 25th of" + "August"."""
    if doc[start].lower_.rstrip(".") not in lexicon()["months"]:
        return start
    if start > 0 and DAY_NUMBER.fullmatch(doc[start - 1].text):
        if start > 2 and doc[start - 2].text in ("-", "\u2013") and DAY_NUMBER.fullmatch(doc[start - 3].text):
            return start - 3  # "6-7" of "6-7 February"
        return start - 1
    if start > 1 and doc[start - 1].lower_ == "of" and DAY_ORDINAL.fullmatch(doc[start - 2].text):
        return start - 3 if start > 2 and doc[start - 3].lower_ == "the" else start - 2
    return start


def alternative_end(doc: Doc, end: int) -> int:
    """The end of the expression with the alternative spaCy split off it taken in: "a year or"
    + "two", "weeks" + "or months" (one expression in TimeML news annotation)."""
    if doc[end - 1].lower_ == "or" and end < len(doc) and doc[end].like_num:
        return end + 1
    if (end + 1 < len(doc) and doc[end].lower_ == "or"
            and (doc[end + 1].lower_ == "more" or bare_plural_unit(doc[end + 1]))):
        return end + 2
    return end


def article_of_noun_after(token: Token, end: int) -> bool:
    """Whether the token is an article that belongs to a noun after the expression, which only
    modifies it ("a two-day rally", "the third-quarter loss"): TimeML leaves it out (44 of 44
    in TimeBank and AQUAINT)."""
    return token.lower_ in ("a", "an", "the") and token.dep_ == "det" and token.head.i >= end


def bare_plural_unit(token: Token) -> bool:
    """Whether the token is a unit of time in the plural with no count ("weeks", "days")."""
    return token.lower_ in lexicon()["units"] and token.lower_.endswith("s") and token.tag_ == "NNS"


def expressions_in(span: Span, reference_date: datetime.date | None,
                   tense: Tense | None) -> list[TimeExpression]:
    """The TIMEX3 expressions written in one candidate span: one, two for a range, or none."""
    text = span.text
    if AGE.search(text) or restates_clock(span) or means_no_time(span):
        return []
    pieces = (range_pieces(text, reference_date, tense) or span_of_date(text, reference_date, tense)
              or [normalise(text, reference_date, tense)])
    if pieces == [None]:
        pieces = (list_pieces(text, reference_date, tense)
                  or [day_after_daytime(text, reference_date, tense)
                      or longest_expression(text, reference_date, tense)])
    # "minutes apart", "seconds before": a vague count TimeML news annotation never marks (0 of 14)
    pieces = [decade_ahead(year_to_period_end(piece, span), span) for piece in pieces
              if piece is not None and piece.text.lower() not in lexicon()["unmarked_bare_units"]
              and not numbers_a_thing(piece, span)]
    if PER_UNIT.fullmatch(text) and follows_rate(span):
        pieces = [attrs.evolve(piece, type="SET") for piece in pieces]
    if is_someday(span):
        pieces = [attrs.evolve(piece, type="DATE", value="FUTURE_REF") for piece in pieces]
    return [offset_expression(piece, span.start_char) for piece in pieces]


def numbers_a_thing(piece: TimeExpression, span: Span) -> bool:
    """Whether a four-digit piece of the span is the number of a thing named before it
    ("Section 1001", "Flight 1549", "Room 1204"), no year."""
    if not YEAR_TOKEN.fullmatch(piece.text):
        return False
    found = span.doc.char_span(span.start_char + piece.start, span.start_char + piece.end)
    return found is not None and word_before(found) in lexicon()["numbering_nouns"]


def means_no_time(span: Span) -> bool:
    """Whether the span's time words mean something else here (see `present_day`,
    `times_to_come`, `fraction_of`, `in_title`, `names_a_march`)."""
    return (present_day(span) or times_to_come(span) or fraction_of(span) or in_title(span)
            or names_a_march(span))


def present_day(span: Span) -> bool:
    """Whether the span is "today" owning a noun of the present age ("today's youth", "today's
    personal computers"; lexicon `present_day_nouns`), not the day ("today's editions")."""
    today = span[0]
    return (len(span) == 1 and today.lower_ == "today" and today.dep_ == "poss"
            and today.head.lemma_.lower() in lexicon()["present_day_nouns"])


def names_a_march(span: Span) -> bool:
    """Whether the span is "March" naming a protest march: after "the" and before a preposition
    and a capitalised name ("the annual March for Life", "the March on Washington"; lexicon
    `event_march_prepositions`), not the month ("in March for the first time", "the March 5
    vote")."""
    doc = span.doc
    if span.text != "March" or span.start == 0 or span.end + 1 >= len(doc):
        return False
    named = doc[span.end + 2] if doc[span.end + 1].lower_ == "the" and span.end + 2 < len(doc) else doc[span.end + 1]
    return (any(token.lower_ == "the" for token in doc[max(0, span.start - 2):span.start])
            and doc[span.end].lower_ in lexicon()["event_march_prepositions"] and named.is_title)


def times_to_come(span: Span) -> bool:
    """Whether the span is "tomorrow" after "of" and a plural noun, meaning the times to come
    ("the people of tomorrow", "the cars of tomorrow"), not the day ("the end of tomorrow")."""
    doc = span.doc
    return (span.text.lower() == "tomorrow" and span.start > 1 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].tag_ in ("NNS", "NNPS"))


def fraction_of(span: Span) -> bool:
    """Whether the span is a fraction of something that is no time: "a quarter of the market",
    "three quarters of the troops" (not "a quarter of a century", "the third quarter of 1990")."""
    doc = span.doc
    if not FRACTION.fullmatch(span.text) or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    units = lexicon()["units"]
    return not any(token.lower_ in units or token.lower_ in RELATIVE_WORDS or YEAR_TOKEN.fullmatch(token.text)
                   for token in doc[span.end + 1:span.end + 3])


def in_title(span: Span) -> bool:
    """Whether a unit of time in the span is written capitalised inside a name, not opening a
    sentence or quote: a programme or title ("CBS's 60 Minutes", "ABC's This Week", "VOA
    Today"); holidays ("Christmas Day", "New Year") and "Day" keep their capital, as does a
    headline in title case."""
    doc = span.doc
    capitalised_unit = any(
        token.lower_ in TITLE_UNITS and token.is_title and token.i > 0 and not token.is_sent_start
        and not doc[token.i - 1].is_punct
        and (token.i > span.start or doc[token.i - 1].is_title or doc[token.i - 1].is_upper)
        for token in span)
    if not capitalised_unit:
        return False
    lowered = span.text.lower()
    return not any(holiday in lowered for holiday in lexicon()["holidays"]) and not in_headline(span)


def in_headline(span: Span) -> bool:
    """Whether the span's sentence is a headline in title case ("Fed Holds Rates Steady This
    Week"): three words of four letters or more around the span, most of them capitalised."""
    words = [token for token in span.sent if token.is_alpha and len(token) >= 4
             and not span.start <= token.i < span.end]
    return len(words) >= 3 and sum(token.is_title for token in words) > len(words) / 2


def restates_clock(span: Span) -> bool:
    """Whether the span is a clock time in brackets right after another, which it only converts
    to another time zone ("at 10:30 a.m. (0730 GMT)", "at 2 p.m. local time (1200 GMT)"): TimeML
    news annotation leaves it out."""
    doc = span.doc
    before = doc[max(0, span.start - 5):span.start - 1] if span.start > 1 else None
    return (before is not None and doc[span.start - 1].text == "("
            and CLOCK.search(LOCAL_TIME.sub("", before.text).rstrip(".") + ".") is not None)


def is_someday(span: Span) -> bool:
    """Whether the span is "one day" meaning some time ahead, not a day's length: right after a
    modal ("will one day be", "could one day replace") or in a clause a modal heads, with no
    preposition or adverb measuring it ("I hope I can be like that one day"; not "could stay
    for one day", "will take just one day", "would last one day": see `in_modal_clause`)."""
    if span.text.lower() != "one day" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.tag_ == "MD" or (before.pos_ not in ("ADP", "ADV") and in_modal_clause(span))


def in_modal_clause(span: Span) -> bool:
    """Whether the verb governing the span has a modal ("can", "will", "might") and is no verb
    of lasting (lexicon `lasting_verbs`: "could last", "will take")."""
    verb = governing_verb(span.root)
    return (verb is not None and verb.lemma_ not in lexicon()["lasting_verbs"]
            and any(aux.tag_ == "MD" for aux in auxiliaries_of(verb)))


def year_to_period_end(piece: TimeExpression, span: Span) -> TimeExpression:
    """"the year" before "ended"/"ending" is the twelve months up to that day ("the year ended
    March 31": P1Y), not the calendar year."""
    if not WHOLE_YEAR.fullmatch(piece.text):
        return piece
    reach = span.doc[span.start:min(len(span.doc), span.end + 4)]  # not doc.text: it rebuilds the whole text
    if PERIOD_END.match(reach.text[piece.end:]):
        return attrs.evolve(piece, type="DURATION", value="P1Y")
    return piece


def decade_ahead(piece: TimeExpression, span: Span) -> TimeExpression:
    """"the next decade" (century) after "over", "for", "within", "during" or "throughout" is
    the ten years ahead, a span of time (P10Y) as TimeML marks "over the past decade"; not the
    calendar decade (202) that "early in the next decade" names."""
    ahead = DECADE_AHEAD.fullmatch(piece.text)
    if ahead is None or piece.start != 0 or word_before(span) not in STRETCH_LEADS:
        return piece
    return attrs.evolve(piece, type="DURATION", value=duration_value(1, lexicon()["units"][ahead[1].lower()]))


def follows_rate(span: Span) -> bool:
    """Whether "a year" is a rate: an amount or "twice" in the three words before it
    ("$3 trillion a year", "300,000 cars a year", "twice a year")."""
    before = span.doc[max(0, span.start - 3):span.start]
    return any(token.like_num or token.lower_ in ("times", "once", "twice", "%")
               or token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") for token in before)


def list_pieces(text: str, reference_date: datetime.date | None,
                tense: Tense | None) -> list[TimeExpression] | None:
    """The expressions of a list spaCy tags as one ("1994, 1995 and" of "in 1994, 1995 and
    1997", "March 20, a week" of "on March 20, a week from today"), when two items or more
    read as expressions; None otherwise."""
    found = [offset_expression(piece, item.start()) for item in LIST_ITEM.finditer(text)
             if (piece := normalise(item[0], reference_date, tense)) is not None]
    return found if len(found) > 1 else None


def day_after_daytime(text: str, reference_date: datetime.date | None,
                      tense: Tense | None) -> TimeExpression | None:
    """The day named after "the day" meaning the daytime ("during the day Friday", "late in the
    day Monday"): that day alone; None when the text is not so."""
    if not DAYTIME.match(text):
        return None
    found = normalise(text[len("the day "):], reference_date, tense)
    if found is None or not ISO_DAY.fullmatch(found.value):
        return None
    return offset_expression(found, len("the day "))


def longest_expression(text: str, reference_date: datetime.date | None,
                       tense: Tense | None) -> TimeExpression | None:
    """The longest run of words in `text` that reads as an expression (spaCy's entity may
    carry words around it: "the year ended Sept. 30"); in a long entity, among its last words
    ("under 100 per month in the second half of 2008")."""
    words = [match.span() for match in re.finditer(r"\S+", text)][-MAX_SUBSPAN_WORDS:]
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            start, end = words[first][0], words[first + size - 1][1]
            found = normalise(text[start:end], reference_date, tense)
            if found is not None:
                return offset_expression(found, start)
    return None


def range_pieces(text: str, reference_date: datetime.date | None,
                 tense: Tense | None) -> list[TimeExpression] | None:
    """The two ends of a range ("2009-2010", "between 12 and 18 months"), or None."""
    years = YEAR_RANGE.search(text)
    first = normalise(text[:years.end(1)], reference_date, tense) if years else None
    if years and first is not None:
        last_year = years[2] if len(years[2]) == 4 else years[1][:2] + years[2]
        return [first, TimeExpression(text=years[2], start=years.start(2), end=years.end(2),
                                      type="DATE", value=last_year)]
    for connector in range_connector().finditer(text):
        if (connector.start() == 0 or connector.end() == len(text)
                or is_alternative(connector, text)):
            continue
        left_text, right_text = text[:connector.start()], text[connector.end():]
        if HALF.match(right_text) or not month_before_hyphen(left_text, connector):
            continue  # "an hour and a half" is one span, "mid-March" one month
        ended = connector.group().strip().lower() == "ended"
        right = normalise(right_text, reference_date, "completed" if ended else tense)
        left = normalise(left_text, reference_date, tense)
        if right is None and left is not None:
            right = day_in_month_of(left, right_text)
        if right is None:
            continue
        left = (left or day_before_month(left_text, right)
                or borrowed_unit(left_text, right_text, reference_date, tense))
        if left is not None:
            return [in_year_of(left, right), offset_expression(right, connector.end())]
    return None


def month_before_hyphen(left_text: str, connector: re.Match) -> bool:
    """Whether a hyphen written right after a word ends a month's name ("August-September",
    "17 August-2 September"), as a range needs ("mid-March" is one month, "mid-2014" one year);
    true for any other connector."""
    if connector.group().strip()[:1] not in "-\u2013" or not left_text[-1:].isalpha():
        return True
    return left_text.split()[-1].lower() in lexicon()["months"]


def day_in_month_of(left: TimeExpression, right_text: str) -> TimeExpression | None:
    """The right end of a range of days that leaves its month to the left end: "9" of "March 5-9"
    (and "9, 1918" of "March 5-9, 1918"), or None."""
    day = DAY_AFTER_RANGE.match(right_text)
    month = DATE_VALUE.fullmatch(left.value)
    if day is None or month is None or month[3] is None:
        return None
    year = int(day[2] or month[1])
    if safe_date(year, int(month[2]), int(day[1])) is None:
        return None
    return TimeExpression(text=day[0], start=0, end=day.end(), type="DATE",
                          value=f"{year:04d}-{month[2]}-{int(day[1]):02d}")


def day_before_month(left_text: str, right: TimeExpression) -> TimeExpression | None:
    """The left end of a range of days that leaves its month to the right end: "22" of "22-25
    April 1951" (a day before the right end's in the same month), or None."""
    day = DAY_NUMBER.fullmatch(left_text.strip())
    right_day = iso_day(right.value, whole=True)
    if day is None or right_day is None or int(day[0]) >= right_day.day:
        return None
    start = left_text.index(day[0])
    return TimeExpression(text=day[0], start=start, end=start + len(day[0]), type="DATE",
                          value=right_day.replace(day=int(day[0])).isoformat())


def in_year_of(left: TimeExpression, right: TimeExpression) -> TimeExpression:
    """The left end of a range with the year the right end writes, when it writes none itself:
    "August" of "August-September 1950", "Dec. 24" of "Dec. 24-Jan. 2, 2013" (the year before).
    When neither end writes a year, a left end read after the right end, both months named, is
    a year earlier ("January 1" of "between January 1 and September 26" in a past sentence of
    late September is not the January ahead)."""
    left_date = DATE_VALUE.fullmatch(left.value)
    right_date = DATE_VALUE.fullmatch(right.value)
    if (left_date is None or left_date[2] is None or right_date is None
            or writes_year(left.text)):
        return left
    if not writes_year(right.text):
        if (not (names_month(left.text) and names_month(right.text))
                or not_after(left.value, right.value)):
            return left
        return moved_to_year(left, int(left_date[1]) - 1)
    month_after = right_date[2] is not None and int(left_date[2]) > int(right_date[2])
    return moved_to_year(left, int(right_date[1]) - month_after)


def not_after(value: str, other: str) -> bool:
    """Whether a TIMEX3 value comes no later than `other`, compared on the parts both write
    ("2024-01-04" against "2024-10": not after)."""
    return value[:len(other)] <= other[:len(value)]


def names_month(text: str) -> bool:
    """Whether the expression names a month ("Jan. 1", "September"; not "Friday")."""
    return any(word.startswith("MON") for word in canonical_words(text))


def writes_year(text: str) -> bool:
    """Whether the expression writes a four-digit year ("March 2003", "'98" counts too)."""
    return any(YEAR_TOKEN.fullmatch(word) for word in canonical_words(text))


def is_alternative(connector: re.Match, text: str) -> bool:
    """Whether the connector is "or" before a bare number, "more" or a plural unit ("a year or
    two", "weeks or months"): one expression, not a range."""
    following = text[connector.end():].strip(" ,.").lower()
    lex = lexicon()
    return connector.group().strip().lower() == "or" and (
        following.isdigit() or following in lex["numbers"] or following == "more"
        or (following in lex["units"] and following.endswith("s")))


def span_of_date(text: str, reference_date: datetime.date | None,
                 tense: Tense | None) -> list[TimeExpression] | None:
    """A span of time and the date it is part of, as two expressions ("the first nine months"
    and "1997" of "the first nine months of 1997"), or None."""
    left_text, of, right_text = text.partition(" of ")
    if not of:
        return None
    left = normalise(left_text, reference_date, tense)
    right = normalise(right_text, reference_date, tense)
    if left is None or right is None or left.type != "DURATION" or right.type != "DATE":
        return None
    return [left, offset_expression(right, len(left_text) + len(of))]


def borrowed_unit(left_text: str, right_text: str, reference_date: datetime.date | None,
                  tense: Tense | None) -> TimeExpression | None:
    """The left end of a range that leaves its unit to the right end ("12" of "12 and 18 months")."""
    unit = right_text.split()[-1]
    reading = normalise(f"{left_text} {unit}", reference_date, tense)
    if reading is None or reading.end <= len(left_text):
        return None
    end = len(left_text.rstrip())
    return attrs.evolve(reading, text=left_text[reading.start:end], end=end)


def offset_expression(expression: TimeExpression, offset: int) -> TimeExpression:
    """The expression with its offsets moved by `offset` characters."""
    return attrs.evolve(expression, start=expression.start + offset, end=expression.end + offset)


def tense_of(span: Span) -> Tense | None:
    """The tense of the verb governing `span`: "past", "present", "future", or None. A verb
    that arranges a time ("planned a rally for Saturday", "postponed until Tuesday") points
    ahead whatever its own tense, unless it only describes a noun ("the rally planned for
    Saturday was cancelled") or the date comes before its past tense and so dates the
    arranging ("On Friday, the city planned ..."; not "On Friday, the city plans ..."). So
    does a deadline set with "until" ("gave the firm until Tuesday to reply") or moved with
    "to" ("the offer was extended to Nov. 16"), and a present verb of expecting ("results are
    expected by Sunday", "a ruling is anticipated Monday")."""
    verb = governing_verb(span.root)
    if verb is None:
        return None
    if verb.lemma_ in lexicon()["arranging_verbs"] and arranges_ahead(verb, span):
        return "future"
    if verb.lemma_ in lexicon()["deadline_verbs"] and (sets_deadline(span) or extends_to(span)):
        return "future"
    tense = verb_tense(verb)
    if verb.lemma_ in lexicon()["expecting_verbs"] and tense == "present":
        return "future"
    return tense


def sets_deadline(span: Span) -> bool:
    """Whether the span follows "until" or "till" ("until 9 a.m. Tuesday")."""
    return word_before(span) in ("until", "till")


def extends_to(span: Span) -> bool:
    """Whether the span follows "to" or "through", as a deadline moved ("extended the offer to
    Nov. 16")."""
    return word_before(span) in ("to", "through")


def word_before(span: Span) -> str:
    """The word right before the span, lower-cased; "" at the start of the doc."""
    return span.doc[span.start - 1].lower_ if span.start else ""


def arranges_ahead(verb: Token, span: Span) -> bool:
    """Whether an arranging verb points the date it governs ahead (see `tense_of`)."""
    if verb.tag_ == "VBN" and not auxiliaries_of(verb):
        return False
    return not (verb.tag_ == "VBD" and span.end <= verb.i)


def auxiliaries_of(verb: Token) -> list[Token]:
    """The verb's auxiliaries: "has" of "has scheduled"; none in "a rally planned for May"."""
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def verb_tags(verb: Token, auxiliaries: list[Token]) -> list[str]:
    """The tags of the verb and of its `auxiliaries` (`auxiliaries_of`), the verb's first."""
    return [verb.tag_] + [aux.tag_ for aux in auxiliaries]


def verb_tense(verb: Token) -> Tense | None:
    """The tense of one verb, from its tag and auxiliaries. An infinitive points ahead
    ("will try to meet Friday"), unless it hangs on a past verb that intends nothing
    ("staged a rally to mark the anniversary on Friday": past). A bare verb joined to another
    shares its tense ("is expected to hit the coast and move inland on Saturday")."""
    auxiliaries = auxiliaries_of(verb)
    perfect = any(aux.lemma_ == "have" for aux in auxiliaries)  # "may have been killed Friday"
    if (any(aux.lower_ in FUTURE_AUX for aux in auxiliaries) and not perfect) or could_on_condition(verb, auxiliaries):
        return "future"
    if verb.tag_ == "VB" and any(aux.lower_ == "to" for aux in auxiliaries):
        head = governing_verb(verb.head) if verb.dep_ != "ROOT" else None
        if head is None or {verb.head.lemma_, head.lemma_} & set(lexicon()["intending_words"]):
            return "future"
        return "past" if verb_tense(head) == "past" else "future"
    if any(aux.lower_ == "going" for aux in auxiliaries):
        return "future"
    if verb.tag_ == "VB" and not auxiliaries and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head)
    if verb.tag_ == "VBN" and not auxiliaries and verb.dep_ in ("ccomp", "xcomp", "oprd"):
        head = clause_governor(verb)  # "a chance to make their voice known on Tuesday"
        return verb_tense(head) if head is not None else None
    if (verb.tag_ == "VBG" and not auxiliaries and verb.dep_ == "pcomp"
            and not any(child.dep_ == "nsubj" for child in verb.children)):
        # a gerund after a preposition tells no time ("despite winning in February"), unless a chance of it
        return "future" if hangs_on_prospect(verb) else None
    if verb.tag_ == "VBG" and not auxiliaries and verb.dep_ in PARTICIPLE_CLAUSES:
        head = clause_governor(verb)
        if head is not None:
            return verb_tense(head)
    tags = verb_tags(verb, auxiliaries)
    if {"VBZ", "VBP"} & set(tags) and supposes_ahead(verb):
        return "future"
    if "VBD" in tags or perfect:  # "has been searching": past
        return "past"
    if verb.tag_ in ("VBP", "VBZ", "VBG") or any(tag in ("VBP", "VBZ") for tag in tags):
        return "present"
    return None


def could_on_condition(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether the verb has "could" among its `auxiliaries` (`auxiliaries_of`) and a present
    clause of condition ("could have big consequences in November if he is the nominee": ahead;
    "could not be reached on Friday", with no condition, tells of the past)."""
    return any(aux.lower_ == "could" for aux in auxiliaries) and any(
        child.dep_ == "advcl" and child.tag_ in ("VBZ", "VBP")
        and any(mark.dep_ == "mark" and mark.lower_ in CONDITIONS for mark in child.children)
        for child in verb.children)


def hangs_on_prospect(verb: Token) -> bool:
    """Whether the verb is a gerund after "of" on a noun of prospect ("her chances of winning in
    November", "the prospect of facing him in November's election"; lexicon `prospect_nouns`)."""
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "of"
            and verb.head.head.lemma_.lower() in lexicon()["prospect_nouns"])


def clause_governor(verb: Token) -> Token | None:
    """The verb governing the clause `verb` heads (the nearest verb above it, see
    `governing_verb`), or None for the root or when no verb is in reach."""
    head = governing_verb(verb.head)
    return head if head is not None and head.i != verb.i else None


def supposes_ahead(verb: Token) -> bool:
    """Whether the verb, in the present, heads a clause of time or condition that English
    writes for a time ahead ("if he is the nominee in November", "when he speaks on Thursday",
    "what happens after the results have been counted", "as she testifies on Thursday"); not
    under a past clause ("was expected to win after the votes are counted Tuesday" tells of
    that Tuesday as past)."""
    if verb.dep_ != "advcl" or not any(child.lower_ in AHEAD_CONJUNCTIONS and child.dep_ in ("mark", "advmod")
                                       for child in verb.children):
        return False
    head = governing_verb(verb.head)
    return head is None or verb_tense(head) != "past"


def refined_tense(tense: Tense | None, span: Span) -> Tense | None:
    """`tense` refined by the words just before the span: "future" after "as soon as" / "as
    early as" or "ahead of" ("ahead of Sunday's vote"), and after "due" in a clause not past
    ("the report is due on Monday"), and after "until" in a present clause ("Cyprus has until
    Monday to find the money"); "past" for any other possessive ("Wednesday's ruling" is
    news already made); "completed" for a date wholly before the reference date: one after
    "ended" ("the quarter ended Sept. 30") or "since" in any clause ("thousands of shootings
    since January"), or after "in" attached to a past verb ("In January, the firm hired...";
    not "a visit in September"), or dating a verb in the simple past through a preposition (see
    `dates_past_verb`: "visited Ohio in May" written in March is not the May ahead)."""
    if (EARLIEST.search(span.doc[max(0, span.start - 3):span.end].text)
            or span.doc[max(0, span.start - 2):span.start].text.lower() == "ahead of" or dates_event_ahead(span)):
        return "future"
    if span.root.dep_ == "poss":
        return "future" if owns_event_ahead(span) else "past"
    before = span.doc[span.start - 1] if span.start else None
    if before is None:
        return tense
    if tense not in ("past", "completed") and is_due(span):
        return "future"
    if tense == "present" and sets_deadline(span):
        return "future"
    if before.lower_ in COMPLETED_AFTER or (tense == "past" and before.lower_ in COMPLETED_PREPOSITIONS
                                            and before.head.pos_ in ("VERB", "AUX")):
        return "completed"
    if tense == "past" and dates_past_verb(span):
        return "completed"
    return tense


def dates_event_ahead(span: Span) -> bool:
    """Whether the span dates, with "on" or "in", an event held on a set day that "ahead of"
    looks to ("a tight race ahead of the Iowa caucuses on Monday"; lexicon `scheduled_events`;
    not "finished ahead of schedule on Monday")."""
    doc = span.doc
    if span.start < 4 or doc[span.start - 1].lower_ not in ("on", "in"):
        return False
    event = doc[span.start - 2]
    return (event.lemma_.lower() in lexicon()["scheduled_events"]
            and AHEAD_OF_EVENT.search(doc[max(0, span.start - 8):span.start - 1].text) is not None)


def owns_event_ahead(span: Span) -> bool:
    """Whether the possessive span owns an event held on a set day (lexicon `scheduled_events`)
    that a verb with "will" (or a gerund of prospect, see `hangs_on_prospect`) takes as subject
    or object, or through a preposition: the event is still to come ("hopes Saturday's caucuses
    will decide", "the ad will air during Sunday's final"). Any other possessive is news
    already made: "Monday's decision will reverberate" (a decision taken), "the results of
    Tuesday's primaries will force" (the results of it), "Monday's debate might not move
    mountains" (a guess at what it did)."""
    event = span.root.head
    if event.lemma_.lower() not in lexicon()["scheduled_events"]:
        return False
    through_preposition = event.dep_ == "pobj" and event.head.dep_ == "prep"
    verb = event.head.head if through_preposition else event.head
    return ((through_preposition or event.dep_ in ("nsubj", "nsubjpass", "dobj")) and verb.pos_ in ("VERB", "AUX")
            and (any(aux.lower_ in WILL for aux in auxiliaries_of(verb)) or hangs_on_prospect(verb)))


def dates_past_verb(span: Span) -> bool:
    """Whether the span dates a verb in the simple past through a preposition ("visited Ohio in
    May", "was signed on June 3"); not a noun or adjective between them ("a dividend payable
    Dec. 7", "loans through January"), nor a date set off by commas, which the parse often
    hangs on the wrong verb."""
    head = span.root.head
    if span.root.dep_ != "pobj" or head.dep_ != "prep":
        return False
    verb = head.head
    return verb.pos_ in ("VERB", "AUX") and "VBD" in verb_tags(verb, auxiliaries_of(verb))


def is_due(span: Span) -> bool:
    """Whether the span is the date something is due ("is due on Monday", "the report, due
    Friday")."""
    doc = span.doc
    start = span.start - (span.start > 1 and doc[span.start - 1].lower_ in ("on", "by", "in"))
    return start > 0 and doc[start - 1].lower_ == "due"


def governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary at or above `token` in the dependency tree."""
    for _ in range(MAX_HEAD_STEPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None
