"""newsnlp: people, titles, countries, quotes, money and dates from English news, as typed
values, on spaCy.

    import newsnlp
    article = newsnlp.analyze(text, reference_date="2023-05-24")
    article.people, article.quotes, article.money, article.dates
"""
import logging
from importlib.metadata import PackageNotFoundError, version

from newsnlp import components  # noqa: F401  (registers the spaCy factories)
from newsnlp.api import analyze, analyze_many
from newsnlp.dataframe import to_dataframe
from newsnlp.view import display
from newsnlp.extensions import install_extensions
from newsnlp.model import load
from newsnlp.types import Article, Country, Mention, Money, Organisation, Person, Quote, TimeExpression

try:
    __version__ = version("newsnlp")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

logging.getLogger("newsnlp").addHandler(logging.NullHandler())

__all__ = [
    "Article", "Country", "Mention", "Money", "Organisation", "Person", "Quote", "TimeExpression",
    "analyze", "analyze_many", "display", "install_extensions", "load", "to_dataframe",
]
