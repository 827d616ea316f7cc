"""An Article as HTML for Jupyter: the text with people, organisations, countries, quotes, money
and dates highlighted by displaCy's span renderer, a legend, and tables of the results.

    newsnlp.display(article)      # in a notebook; `article` alone in a cell does the same
    html = to_html(article)       # the markup, e.g. to save as a file

The Article holds only text and offsets, so the text is cut into whitespace-separated words (so
punctuation keeps its place) and each result is underlined over the words it touches.
"""
from __future__ import annotations

import re
import uuid
from bisect import bisect_left, bisect_right
from html import escape
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from newsnlp.extensions import LABELS, Mark, result_marks
from newsnlp.types import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

COLORS: dict[str, str] = {
    "PERSON": "#b9a9ff",
    "ORG": "#7aecec",
    "COUNTRY": "#feca74",
    "QUOTE": "#ff9fb2",
    "MONEY": "#8fdc8f",
    "DATE": "#9ccbe8",
}
"""The colour of each span label, in the text and in the legend."""

FAMILY_NAMES: dict[str, str] = {
    "people": "people",
    "organisations": "organisations",
    "countries": "countries",
    "quotes": "quotes",
    "money": "amounts of money",
    "dates": "dates and times",
}

WORD = re.compile(r"\S+")
LINE = re.compile(r"[^\n]+")

STYLE = """
#{root} {{font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 60em;}}
#{root} .newsnlp-legend {{margin: 0.3em 0 0.8em; line-height: 2;}}
#{root} .newsnlp-chip {{display: inline-block; padding: 0 0.5em; margin-right: 0.5em; border-radius: 3px;
  font-size: 0.85em; color: #000;}}
#{root} .newsnlp-meta {{color: #555; font-size: 0.9em;}}
#{root} .spans {{margin-bottom: 0.4em;}}
#{root} h4 {{margin: 1.2em 0 0.3em;}}
#{root} table {{border-collapse: collapse; font-size: 0.9em; margin: 0;}}
#{root} th, #{root} td {{border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left;
  vertical-align: top;}}
#{root} th {{background: #f3f3f3;}}
#{root} tr:target {{background: #fff3c4;}}
"""


def display(article: Article | Doc) -> None:
    """Show `article` (an Article, or a Doc that went through newsnlp) in Jupyter."""
    try:
        from IPython.display import HTML
        from IPython.display import display as show
    except ImportError:
        raise ImportError("newsnlp.display() shows HTML in Jupyter and needs IPython; without it, "
                          "`from newsnlp.view import to_html` gives the markup") from None
    show(HTML(to_html(article)))


def to_html(article: Article | Doc) -> str:
    """The HTML view of `article`: legend, highlighted text, then tables of the results."""
    from spacy import displacy

    if not isinstance(article, Article):
        article = Article.from_doc(article)
    root = f"newsnlp-{uuid.uuid4().hex[:12]}"
    marks = article_marks(article)
    paragraphs = [paragraph_parse(article.text, line.start(), line.end(), marks, root)
                  for line in LINE.finditer(article.text) if line.group().strip()]
    text = displacy.render(paragraphs, style="span", manual=True, jupyter=False,
                           options={"colors": COLORS, "template": span_templates()}) if paragraphs else ""
    parts = [f"<style>{STYLE.format(root=root)}</style>", legend_html(article), meta_html(article),
             f'<div class="newsnlp-text">{text}</div>', tables_html(article, root)]
    return f'<div class="newsnlp-article" id="{root}">{"".join(parts)}</div>'


def article_marks(article: Article) -> list[tuple[Mark, str]]:
    """The spans of every result of `article` in text order (longer first at one start), each
    with the value its label shows."""
    marks = (mark for family in LABELS for mark in result_marks(family, getattr(article, family)))
    return [(mark, shown_value(article.text[mark.start:mark.end], mark))
            for mark in sorted(marks, key=lambda mark: (mark.start, -mark.end))]


def shown_value(words: str, mark: Mark) -> str:
    """The value shown after a span's label: the speaker of a quote, the normalised amount or
    date, the name of a person or organisation mentioned by other words ("he" -> "Mikhail
    Mishustin"). Names already in the words and country codes stay in the tables, as labels
    wider than their words would cover their neighbours'."""
    if mark.label == "COUNTRY" or (mark.label in ("PERSON", "ORG") and words.lower() in mark.kb_id.lower()):
        return ""
    return mark.kb_id


def paragraph_parse(text: str, start: int, end: int, marks: Sequence[tuple[Mark, str]], root: str) -> dict[str, Any]:
    """displaCy's manual input for the line `text[start:end]`: its words and the spans over the
    words each mark touches (a mark that runs over several lines is cut at each line end). The
    label of a span shows its normalised value (escaped: displaCy inserts it as it is) linking
    to the result's table row."""
    words = [(start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]
    starts, ends = [w[0] for w in words], [w[1] for w in words]
    spans = []
    for mark, shown in marks:
        first, last = bisect_right(ends, mark.start), bisect_left(starts, mark.end)
        if first < last:
            spans.append({"label": mark.label, "kb_id": escape(shown),
                          "kb_url": f"#{root}-{mark.id}", "start_token": first, "end_token": last})
    return {"text": text[start:end], "tokens": [text[s:e] for s, e in words], "spans": spans,
            "settings": {"lang": "en", "direction": "ltr"}}


def span_templates() -> dict[str, str]:
    """displaCy's span templates, with labels kept on one line."""
    from spacy.displacy import templates

    start = templates.TPL_SPAN_START.replace("line-height: 1;", "line-height: 1; white-space: nowrap;")
    return {"span": templates.TPL_SPAN, "slice": templates.TPL_SPAN_SLICE, "start": start}


def legend_html(article: Article) -> str:
    chips = (f'<span class="newsnlp-chip" style="background: {COLORS[label]}">{label} '
             f'<b>{len(getattr(article, family))}</b> {FAMILY_NAMES[family]}</span>'
             for family, label in LABELS.items())
    return f'<div class="newsnlp-legend">{"".join(chips)}</div>'


def meta_html(article: Article) -> str:
    anchor = article.reference_date.isoformat() if article.reference_date else "none found"
    error = f' · <b>error:</b> {escape(article.error)}' if article.error else ""
    return f'<div class="newsnlp-meta">Reference date: {anchor}{error}</div>'


def tables_html(article: Article, root: str) -> str:
    """Tables of people, quotes, organisations and countries, money and dates (only those with
    rows); each row's id is the `id_` of its spans, so a span's label links to its row."""
    tables = [
        ("People", ("name", "titles", "country", "mentions"), "people",
         [(p.name, ", ".join(p.titles), p.country, mention_summary(m.text for m in p.mentions))
          for p in article.people]),
        ("Quotes", ("speaker", "cue", "kind", "quote"), "quotes",
         [(q.speaker, q.cue, q.kind, q.text) for q in article.quotes]),
        ("Organisations", ("name", "country", "mentions"), "organisations",
         [(o.name, o.country, mention_summary(m.text for m in o.mentions)) for o in article.organisations]),
        ("Countries", ("code", "name", "mentions"), "countries",
         [(c.code, c.name, mention_summary(m.text for m in c.mentions)) for c in article.countries]),
        ("Money", ("text", "amount", "currency", "qualifier", "range"), "money",
         [(m.text, m.amount, m.currency, m.qualifier, f"{m.low} – {m.high}" if m.low is not None else None)
          for m in article.money]),
        ("Dates", ("text", "type", "value", "mod"), "dates",
         [(d.text, d.type, d.value, d.mod) for d in article.dates]),
    ]
    return "".join(table_html(title, header, [f"{root}-{family}-{i}" for i in range(len(rows))], rows)
                   for title, header, family, rows in tables if rows)


def table_html(title: str, header: Sequence[str], row_ids: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in header)
    body = "".join(f'<tr id="{row_id}">' + "".join(f"<td>{cell_html(cell)}</td>" for cell in row) + "</tr>"
                   for row_id, row in zip(row_ids, rows))
    return f"<h4>{escape(title)}</h4><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def cell_html(value: Any) -> str:
    return "" if value is None else escape(str(value))


def mention_summary(texts: Iterable[str]) -> str:
    """The distinct mention texts in order of first use, with counts: "Mishustin ×3, he"."""
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    return ", ".join(text if n == 1 else f"{text} ×{n}" for text, n in counts.items())
