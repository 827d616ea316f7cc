"""The typed results newsnlp returns: frozen attrs value objects built from character offsets
and plain values (never spaCy spans), so they pickle, compare and serialise as JSON.

Every class has `to_dict()` (plain JSON types: Decimal as a string, dates as ISO strings) and
`from_dict()`; the one converter behind both lives in `newsnlp.serialize`.
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class _Serialisable:
    """`to_dict()` / `from_dict()` through the package's one converter."""

    def to_dict(self) -> dict[str, Any]:
        from newsnlp.serialize import converter

        return converter.unstructure(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        from newsnlp.serialize import converter

        return converter.structure(data, cls)


@attrs.frozen
class Mention(_Serialisable):
    """A span of the analysed text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int

    @classmethod
    def from_span(cls, span: Span) -> Mention:
        return cls(span.text, span.start_char, span.end_char)


@attrs.frozen
class Person(_Serialisable):
    """One real-world person. `name` is the fullest name the article uses; `titles` are as
    written, case-normalised ("Prime Minister"); `country` is the ISO 3166-1 alpha-2 code of
    the nationality given with the name; `mentions` holds every mention, pronouns included."""

    name: str
    titles: tuple[str, ...] = ()
    country: str | None = None
    mentions: tuple[Mention, ...] = ()


@attrs.frozen
class Organisation(_Serialisable):
    name: str
    country: str | None = None
    mentions: tuple[Mention, ...] = ()


@attrs.frozen
class Country(_Serialisable):
    """`code` is ISO 3166-1 alpha-2, `name` its common English name; mentions are names,
    demonyms and capitals used for the state."""

    code: str
    name: str
    mentions: tuple[Mention, ...] = ()


@attrs.frozen
class Quote(_Serialisable):
    """Reported speech. `text/start/end` cover the quoted content without the quotation marks
    (for indirect speech, the reported clause). `speaker` is the resolved speaker's canonical
    name, or the speaker phrase when it names no entity; `speaker_mention` the words in the text
    that name the speaker; `cue` the reporting word as written; `addressee` whom it was said to."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_mention: Mention | None = None
    cue: str | None = None
    addressee: str | None = None


@attrs.frozen
class Money(_Serialisable):
    """`amount` in major units (None for a range, which has `low`/`high`); `currency` an ISO
    4217 code or None when unknown; `qualifier` as in "up to", "about", "more than"."""

    text: str
    start: int
    end: int
    amount: Decimal | None = None
    currency: str | None = None
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None


@attrs.frozen
class TimeExpression(_Serialisable):
    """A temporal expression with a TIMEX3 `type` and `value` ("2023-05-24", "2022-02", "P2D",
    "PRESENT_REF", "XXXX-05-24" without an anchor) and TIMEX3 `mod` ("APPROX", "START", ...)."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None


@attrs.frozen
class Article(_Serialisable):
    """Everything newsnlp found in one article. `error` is set only by batch processing, for a
    text that could not be analysed (its other fields are then empty)."""

    text: str
    reference_date: datetime.date | None = None
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    countries: tuple[Country, ...] = ()
    quotes: tuple[Quote, ...] = ()
    money: tuple[Money, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    error: str | None = None

    @classmethod
    def from_doc(cls, doc: Doc) -> Article:
        """The Article of a Doc that went through newsnlp components (stages that did not run
        give empty fields)."""
        from newsnlp.extensions import article_fields

        return cls(text=doc.text, **article_fields(doc))

    def to_json(self, **kwargs: Any) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with the results highlighted, then tables (newsnlp.display)."""
        from newsnlp.view import to_html

        return to_html(self)
