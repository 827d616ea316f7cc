"""Result types: frozen, JSON round trip through the one converter."""
from __future__ import annotations

import datetime
import json
from decimal import Decimal

import attrs
import pytest

from newsnlp import Article, Country, Mention, Money, Person, Quote, TimeExpression
from newsnlp.serialize import plain_schema

ARTICLE = Article(
    text='"We will win," Jane Doe said of the $5m deal on Monday.',
    reference_date=datetime.date(2024, 5, 10),
    people=(Person("Jane Doe", ("Senator",), "US", (Mention("Jane Doe", 15, 23),)),),
    countries=(Country("US", "United States", ()),),
    quotes=(Quote("We will win,", 1, 13, "direct", "Jane Doe", Mention("Jane Doe", 15, 23), "said", None),),
    money=(Money("$5m", 36, 39, Decimal("5000000"), "USD"),),
    dates=(TimeExpression("Monday", 48, 54, "DATE", "2024-05-06"),),
)


def test_to_dict_is_plain_json():
    """Decimals become strings, dates ISO strings, tuples lists."""
    data = ARTICLE.to_dict()
    assert data["money"][0]["amount"] == "5000000"
    assert data["reference_date"] == "2024-05-10"
    assert data["people"][0]["titles"] == ["Senator"]
    assert json.loads(ARTICLE.to_json()) == data


def test_round_trip_restores_equal_objects():
    assert Article.from_dict(json.loads(ARTICLE.to_json())) == ARTICLE


def test_results_are_frozen():
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ARTICLE.people[0].name = "x"


def test_offsets_slice_the_text():
    for item in (ARTICLE.people[0].mentions[0], ARTICLE.money[0], ARTICLE.dates[0]):
        assert ARTICLE.text[item.start:item.end] == item.text


def _as_text(annotation):
    """A result field's plain type written out, Spark style."""
    struct = lambda fields: "struct<" + ",".join(f"{name}:{kind}{'?' * nullable}" for name, kind, nullable in fields) + ">"
    return plain_schema(annotation, struct=struct, array=lambda item: f"array<{item}>", string="string", integer="bigint")


@pytest.mark.parametrize(
    "annotation, expected",
    [(int, "bigint"), (str, "string"), (datetime.date | None, "string"), (Decimal, "string"),
     (tuple[Mention, ...], "array<struct<text:string,start:bigint,end:bigint>>")],
    ids=["int", "str", "optional-date", "decimal", "tuple-of-mentions"],
)
def test_plain_schema_of_annotations(annotation, expected):
    """Field annotations map to the types to_dict() writes them as."""
    assert _as_text(annotation) == expected


def test_plain_schema_marks_optional_fields_nullable():
    assert _as_text(Quote) == ("struct<text:string,start:bigint,end:bigint,kind:string,speaker:string?,"
                               "speaker_mention:struct<text:string,start:bigint,end:bigint>?,cue:string?,"
                               "addressee:string?>")


def test_plain_schema_refuses_unknown_types():
    """A field type with no documented mapping is an error, not a silent guess."""
    with pytest.raises(TypeError, match="float"):
        plain_schema(float, struct=list, array=list, string="string", integer="bigint")
