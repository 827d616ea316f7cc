"""The spaCy layer: one registered factory per pipeline stage, each a thin wrapper that stores
what the stage's pure `find_*` function returns. Importing this package registers them all."""
from newsnlp.components import dates, entities, money, quotes

__all__ = ["dates", "entities", "money", "quotes"]
