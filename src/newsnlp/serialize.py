"""The one converter between newsnlp's attrs results and plain JSON/msgpack-safe data.

It serves `to_dict()`, `Article.to_json()`, the data stored on `Doc._` and golden files: dates
become ISO strings, Decimals strings, tuples lists (read back from any sequence).
"""
from __future__ import annotations

import datetime
from decimal import Decimal

from cattrs.preconf.json import make_converter

converter = make_converter()
converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, lambda value, _: Decimal(str(value)))
converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
converter.register_structure_hook(datetime.date, lambda value, _: datetime.date.fromisoformat(value))
