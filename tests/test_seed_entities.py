"""Seed acceptance for the entities stage: the people, organisations and countries of the seed
article, field by field (issue 2, item 5)."""
from __future__ import annotations

import re

import pytest

import newsnlp


def person(article: newsnlp.Article, name: str) -> newsnlp.Person:
    return next(p for p in article.people if p.name == name)


def spans(mentions) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in mentions}


def occurrences(text: str, pattern: str) -> set[tuple[int, int]]:
    return {(m.start(), m.end()) for m in re.finditer(pattern, text)}


def test_seed_people_are_exactly_the_two_politicians(seed):
    """Mishustin and Li are the people; Reuters, Press TV, Beijing, Moscow are not."""
    assert {p.name for p in seed.people} == {"Mikhail Mishustin", "Li Qiang"}


@pytest.mark.parametrize(
    "name, titles, country",
    [("Mikhail Mishustin", ("Prime Minister",), "RU"), ("Li Qiang", ("Premier",), "CN")],
    ids=["mishustin", "li"],
)
def test_seed_person_title_and_country(seed, name, titles, country):
    """Each person's title (case-normalised) and nationality."""
    found = person(seed, name)
    assert (found.titles, found.country) == (titles, country)


def test_seed_every_mishustin_name_mention(seed, seed_text):
    """Every "Mikhail Mishustin" and lone "Mishustin" is a mention of him."""
    expected = occurrences(seed_text, r"Mikhail Mishustin|(?<!Mikhail )Mishustin")
    assert len(expected) == 6
    assert expected <= spans(person(seed, "Mikhail Mishustin").mentions)


def test_seed_mishustin_tagged_org_is_his_mention(nlp, seed, seed_text):
    """The "Mishustin" spaCy tags ORG is his mention and comes out of the component as PERSON."""
    start = seed_text.index("Mishustin told Li")
    assert (start, start + 9) in spans(person(seed, "Mikhail Mishustin").mentions)
    labels = {(e.start_char, e.end_char): e.label_ for e in nlp(seed_text).ents}
    assert labels[(start, start + 9)] == "PERSON"


@pytest.mark.parametrize(
    "context, pronoun",
    [('West," he said', "he"), ('He affirmed, "Our', "He")],
    ids=["he-said", "he-affirmed"],
)
def test_seed_speaking_pronouns_are_mishustin(seed, seed_text, context, pronoun):
    """The pronouns that speak his quotes are his mentions, at the pronoun's exact offsets."""
    start = seed_text.index(context) + context.index(pronoun)
    assert (start, start + len(pronoun)) in spans(person(seed, "Mikhail Mishustin").mentions)


def test_seed_nominal_russian_prime_minister(seed, seed_text):
    """ "The Russian prime minister" is a mention of Mishustin."""
    start = seed_text.index("The Russian prime minister")
    mentions = person(seed, "Mikhail Mishustin").mentions
    assert any(m.start == start and m.text.endswith("minister") for m in mentions)


def test_seed_li_mentions(seed, seed_text):
    """Both "Li Qiang" and the lone "Li" are mentions of Li Qiang."""
    expected = occurrences(seed_text, r"Li Qiang|\bLi\b(?! Qiang)")
    assert len(expected) == 4
    assert expected <= spans(person(seed, "Li Qiang").mentions)


@pytest.mark.parametrize(
    "name, country",
    [("Reuters", None), ("US Treasury Department", "US"), ("Press TV", None)],
    ids=["reuters", "treasury", "press-tv"],
)
def test_seed_organisations(seed, name, country):
    """The organisations, names cleaned of "the" and "'s", with the country a name carries."""
    orgs = {o.name: o.country for o in seed.organisations}
    assert orgs[name] == country


def test_seed_countries_have_no_false_positives(seed):
    """Exactly China, Russia, Ukraine and the United States; "the West" is none."""
    assert {c.code for c in seed.countries} == {"CN", "RU", "UA", "US"}


@pytest.mark.parametrize(
    "code, forms",
    [("CN", {"China", "Chinese", "Beijing"}), ("RU", {"Russia", "Russian", "Moscow"}),
     ("UA", {"Ukraine"}), ("US", {"United States"})],
    ids=["china", "russia", "ukraine", "united-states"],
)
def test_seed_country_mentions(seed, code, forms):
    """Names, demonyms and capitals used for the state are the country's mentions."""
    country = next(c for c in seed.countries if c.code == code)
    assert {m.text for m in country.mentions} == forms


@pytest.mark.parametrize(
    "context, is_state",
    [("expand Beijing's", True), ("urging Beijing", True), ("with Moscow despite", True),
     ("2023 in Beijing, China", False), ("meeting in Beijing.", False)],
    ids=["possessive", "object", "with", "place-in-caption", "place-of-meeting"],
)
def test_seed_beijing_and_moscow_only_for_the_state(seed, seed_text, context, is_state):
    """A capital is a country mention where it stands for the state, not where it is a place."""
    word = "Beijing" if "Beijing" in context else "Moscow"
    start = seed_text.index(context) + context.index(word)
    mentions = spans(m for c in seed.countries for m in c.mentions)
    assert ((start, start + len(word)) in mentions) is is_state
