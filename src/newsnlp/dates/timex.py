"""The TIMEX3 value grammar (TimeML 1.2.1 annotation guidelines, section 2.2.1), for checking
that a value is well formed: calendar dates with X placeholders, weeks, quarters, halves,
seasons, decades ("199") and centuries ("19"); times of day with part-of-day names; durations;
and the three reference values."""
from __future__ import annotations

import re

_DATE = (r"(?:\d{4}|\d{3}X?|\d{2}(?:XX?)?|X{2,4})"
         r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
         r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7X]|WE))?|-WE"
         r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?")
_TIME = _DATE + (r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)"
                 r"(?:Z|[+-]\d{2}(?::?\d{2})?)?")
_AMOUNT = r"(?:\d+(?:\.\d+)?|X+)"
_DURATION = (rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML|WE|L))+(?:T(?:{_AMOUNT}[HMS])+)?"
             rf"|T(?:{_AMOUNT}[HMS])+)")
TIMEX_VALUE = re.compile(rf"(?:{_DATE}|{_TIME}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)")
"""Use with `fullmatch`."""
