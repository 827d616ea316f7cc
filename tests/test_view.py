"""The Jupyter view: displaCy span markup over the article's words, escaping, legend, tables,
and a real render in headless chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

import newsnlp
from newsnlp.view import article_marks, paragraph_parse, shown_value, to_html
from newsnlp.extensions import Mark
from newsnlp.types import Article, Country, Mention, Money, Organisation, Person, Quote, TimeExpression

TEXT = ('Prime Minister Ann Lee met French officials.\n\n"We agreed on $5 million," she said on Monday.\n'
        "Acme Corp declined to comment.")


def mention(text: str, word: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(word), text)][nth]
    return Mention(word, start, start + len(word))


def article_of(text: str = TEXT) -> Article:
    """A hand-built Article of TEXT with one result of every family."""
    lee, she = mention(text, "Ann Lee"), mention(text, "she")
    quote, money, day = mention(text, "We agreed on $5 million,"), mention(text, "$5 million"), mention(text, "on Monday")
    return Article(
        text=text,
        people=(Person("Ann Lee", ("Prime Minister",), "GB", (lee, she)),),
        organisations=(Organisation("Acme Corp", None, (mention(text, "Acme Corp"),)),),
        countries=(Country("FR", "France", (mention(text, "French"),)),),
        quotes=(Quote(quote.text, quote.start, quote.end, "direct", "Ann Lee", she, "said"),),
        money=(Money(money.text, money.start, money.end, Decimal("5000000"), "USD"),),
        dates=(TimeExpression(day.text, day.start, day.end, "DATE", "2024-05-06"),),
    )


def rendered_spans(html: str) -> list[str]:
    """The labels (with their link text) of displaCy's span starts, in document order."""
    return [re.sub(r"<[^>]+>|\s+", " ", label).split()[0] for label in
            re.findall(r"z-index: 10;[^>]*>(.*?)</span>", html, flags=re.S)]


@pytest.mark.parametrize("mark,line,expected", [
    (Mark(0, 5, "PERSON", "Ann Lee", "people-0"), (0, 17), [(0, 1)]),
    (Mark(6, 9, "ORG", "Acme", "organisations-0"), (0, 17), [(1, 2)]),
    (Mark(2, 12, "QUOTE", "", "quotes-0"), (0, 17), [(0, 3)]),
    (Mark(20, 25, "DATE", "2024", "dates-0"), (0, 17), []),
    (Mark(14, 24, "QUOTE", "", "quotes-0"), (18, 34), [(0, 2)]),
], ids=["word-with-comma", "middle-word", "inside-words-snap-out", "other-line", "cut-at-line-start"])
def test_paragraph_parse_maps_marks_to_words(mark, line, expected):
    """A mark covers every whitespace-separated word of the line it touches, and nothing on
    lines it doesn't reach."""
    text = "Lee, Acme and co.\nsaid so today ok"
    parsed = paragraph_parse(text, *line, [(mark, "")], "root")
    assert parsed["tokens"] == text[line[0]:line[1]].split()
    assert [(s["start_token"], s["end_token"]) for s in parsed["spans"]] == expected


@pytest.mark.parametrize("words,mark,expected", [
    ("Mishustin", Mark(0, 9, "PERSON", "Mikhail Mishustin", "people-0"), ""),
    ("he", Mark(0, 2, "PERSON", "Mikhail Mishustin", "people-0"), "Mikhail Mishustin"),
    ("the company", Mark(0, 11, "ORG", "Acme Corp", "organisations-0"), "Acme Corp"),
    ("Beijing", Mark(0, 7, "COUNTRY", "CN", "countries-0"), ""),
    ("we won", Mark(0, 6, "QUOTE", "Ann Lee", "quotes-0"), "Ann Lee"),
    ("$5m", Mark(0, 3, "MONEY", "5000000 USD", "money-0"), "5000000 USD"),
    ("last May", Mark(0, 8, "DATE", "2023-05", "dates-0"), "2023-05"),
], ids=["surname", "pronoun", "description", "country", "speaker", "amount", "date"])
def test_shown_value(words, mark, expected):
    """Labels show speakers, amounts, dates, and names only where the words don't say them."""
    assert shown_value(words, mark) == expected


def test_html_highlights_every_result_with_a_legend_and_tables():
    """Each mention, quote, amount and date gets a labelled span; legend counts and table rows
    are there, and each label links to its result's row."""
    article = article_of()
    html = to_html(article)
    assert rendered_spans(html) == ["PERSON", "COUNTRY", "QUOTE", "MONEY", "PERSON", "DATE", "ORG"]
    for label, count in [("PERSON", 1), ("ORG", 1), ("COUNTRY", 1), ("QUOTE", 1), ("MONEY", 1), ("DATE", 1)]:
        assert re.search(rf"{label} <b>{count}</b>", html)
    for title in ("People", "Quotes", "Organisations", "Countries", "Money", "Dates"):
        assert f"<h4>{title}</h4>" in html
    root = re.search(r'id="(newsnlp-[0-9a-f]+)"', html).group(1)
    for row in ("people-0", "quotes-0", "money-0", "dates-0"):
        assert f'id="{root}-{row}"' in html and f'href="#{root}-{row}"' in html
    assert "Ann Lee ×1" not in html and "Ann Lee, she" in html


def test_empty_article_has_legend_and_no_tables():
    """An article without results shows its text and zero counts, and no tables."""
    html = to_html(Article(text="Nothing happened."))
    assert "Nothing" in html and "PERSON <b>0</b>" in html and "<table>" not in html
    assert rendered_spans(html) == []


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>bold</b>',
], ids=["script", "img", "attribute-break"])
def test_html_escapes_text_and_values(payload):
    """Text, names, speakers and titles are escaped wherever they appear."""
    text = f"{payload} Ann Lee said."
    lee = mention(text, "Ann Lee")
    article = Article(text=text, people=(Person(payload, (payload,), None, (lee,)),),
                      quotes=(Quote(payload, 0, len(payload), "direct", payload, lee, payload),))
    html = to_html(article)
    assert payload not in html
    assert payload.replace("<", "&lt;").replace(">", "&gt;").split('"')[-1] in html


def test_repr_html_and_display(monkeypatch):
    """`Article._repr_html_` gives the view; `newsnlp.display` hands it to IPython."""
    display_module = pytest.importorskip("IPython.display")
    shown = []
    monkeypatch.setattr(display_module, "display", shown.append)
    article = article_of()
    newsnlp.display(article)
    assert len(shown) == 1 and "newsnlp-legend" in shown[0].data
    assert re.sub(r"newsnlp-[0-9a-f]{12}", "", article._repr_html_()) == re.sub(r"newsnlp-[0-9a-f]{12}", "", shown[0].data)


def test_seed_view_shows_every_result(seed, nlp):
    """The seed's view underlines every person, quote, amount and date the pipeline found, from
    an Article or from its Doc."""
    marks = article_marks(seed)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", seed.text) if m.group().strip()]
    for mark, _ in marks:
        covered = [paragraph_parse(seed.text, start, end, [(mark, "")], "r")["spans"] for start, end in lines]
        assert any(covered), mark
    for html in (to_html(seed), to_html(nlp(seed.text))):
        assert len(rendered_spans(html)) >= len(marks)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_seed_renders_in_headless_chromium(seed, tmp_path):
    """Headless chromium lays out the seed's view (screenshot written, DOM with every table row)."""
    page = tmp_path / "seed.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{to_html(seed)}</body></html>',
                    encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"]
    shot = tmp_path / "seed.png"
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    rows = len(seed.people) + len(seed.quotes) + len(seed.organisations) + len(seed.countries) \
        + len(seed.money) + len(seed.dates)
    assert len(re.findall(r'<tr id="newsnlp-', dom)) == rows
