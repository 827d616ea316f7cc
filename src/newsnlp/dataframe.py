"""Results as pandas DataFrames: one row per person, quote, amount, ... with the article's id.

    df = newsnlp.to_dataframe(articles, kind="quotes", ids=["a1", "a2"])

pandas is an optional extra (`pip install "newsnlp[pandas]"`), imported only here, when called.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Hashable, Iterable

import attrs

from newsnlp.extensions import RESULT_TYPES
from newsnlp.types import Article

if TYPE_CHECKING:
    import pandas

KINDS = tuple(RESULT_TYPES)
"""The result families `to_dataframe` tabulates: people, organisations, countries, quotes,
money, dates."""


def to_dataframe(articles: Article | Iterable[Article], kind: str = "quotes",
                 ids: Iterable[Hashable] | None = None) -> pandas.DataFrame:
    """One row per result of `kind` across `articles`.

    articles (Article | Iterable[Article]): the analysed articles (or one article).
    kind (str): "quotes", "people", "money", "dates", "countries" or "organisations".
    ids (Iterable | None): an id per article, in the same order; None numbers them from 0.
    RETURNS (pandas.DataFrame): `article_id`, `start` and `end` (for people, organisations and
        countries: of the first mention), then the result's fields as columns (Decimal
        amounts, tuples of titles and of mentions; a quote's `speaker_mention` as
        `speaker_start`/`speaker_end`/`speaker_text`).
    """
    try:
        import pandas
    except ImportError:
        raise ImportError('newsnlp.to_dataframe() needs pandas: pip install "newsnlp[pandas]"') from None
    if kind not in RESULT_TYPES:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if isinstance(articles, Article):
        articles = [articles]
    articles = list(articles)
    keys = list(range(len(articles))) if ids is None else list(ids)
    if len(keys) != len(articles):
        raise ValueError(f"got {len(keys)} ids for {len(articles)} articles")
    rows = [result_row(key, result) for key, article in zip(keys, articles) for result in getattr(article, kind)]
    return pandas.DataFrame(rows, columns=columns(RESULT_TYPES[kind]))


def columns(result_type: type) -> list[str]:
    """The DataFrame columns for results of `result_type`, in the order `result_row` fills them."""
    fields = [field.name for field in attrs.fields(result_type)]
    if "speaker_mention" in fields:
        at = fields.index("speaker_mention")
        fields[at:at + 1] = ["speaker_start", "speaker_end", "speaker_text"]
    leading = ["article_id", "start", "end"]
    return leading + [name for name in fields if name not in leading]


def result_row(article_id: Hashable, result: Any) -> dict[str, Any]:
    """The row of one result: its fields, a flat speaker mention, offsets first."""
    row: dict[str, Any] = {"article_id": article_id, **attrs.asdict(result, recurse=False)}
    mentions = row.get("mentions")
    if mentions is not None:
        row["start"], row["end"] = (mentions[0].start, mentions[0].end) if mentions else (None, None)
    if "speaker_mention" in row:
        speaker = row.pop("speaker_mention")
        row["speaker_start"], row["speaker_end"], row["speaker_text"] = (
            (speaker.start, speaker.end, speaker.text) if speaker else (None, None, None))
    return row
