"""The one converter between newsnlp's attrs results and plain JSON/msgpack-safe data.

It serves `to_dict()`, `Article.to_json()`, the data stored on `Doc._` and golden files: dates
become ISO strings, Decimals strings, tuples lists (read back from any sequence).
"""
from __future__ import annotations

import datetime
import types
import typing
from decimal import Decimal
from typing import Any, Callable

import attrs
from cattrs.preconf.json import make_converter

converter = make_converter()
converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, lambda value, _: Decimal(str(value)))
converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
converter.register_structure_hook(datetime.date, lambda value, _: datetime.date.fromisoformat(value))


def plain_schema(annotation: Any, struct: Callable[[list[tuple[str, Any, bool]]], Any],
                 array: Callable[[Any], Any], string: Any, integer: Any) -> Any:
    """The type `converter` writes a result field of `annotation` as, in another type system
    (Arrow, Spark): an attrs class becomes `struct([(name, type, nullable), ...])`, a tuple
    `array(item type)`, an int `integer`, and str, Literal, Decimal and date `string`;
    `X | None` is X (nullability goes with the struct field)."""
    if attrs.has(annotation):
        hints = typing.get_type_hints(annotation)
        return struct([(field.name, plain_schema(hints[field.name], struct, array, string, integer),
                        type(None) in typing.get_args(hints[field.name])) for field in attrs.fields(annotation)])
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in args if arg is not type(None)]
        return plain_schema(inner, struct, array, string, integer)
    if origin is tuple:
        return array(plain_schema(args[0], struct, array, string, integer))
    if annotation is int:
        return integer
    if annotation in (str, Decimal, datetime.date) or origin is typing.Literal:
        return string
    raise TypeError(f"no plain type for the result field type {annotation!r}")
