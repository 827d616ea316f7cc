"""Entities: people with titles and nationality, countries, organisations and merged mentions,
on short news sentences of our own and on data/samples."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

import newsnlp
from newsnlp.entities import capital_code, country_code, find_entities, outermost
from newsnlp.entities.people import find_people

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def person_named(article: newsnlp.Article, name: str) -> newsnlp.Person:
    return next(p for p in article.people if p.name == name)


@pytest.mark.parametrize(
    "text, labels, codes",
    [
        ("ROMANIA BEAT POLISH SIDE IN FRIENDLY", [("ROMANIA", "GPE"), ("POLISH", "NORP")],
         {"RO", "PL"}),
        ("NAIROBI 2024-03-02 Kenya said on Thursday it would act.",
         [("NAIROBI", "GPE"), ("Kenya", "GPE")], {"KE"}),
    ],
    ids=["headline-in-capitals", "dateline-capital-is-no-state"],
)
def test_untagged_places(nlp, text, labels, codes):
    """Country names and capitals spaCy left untagged (often in capitals) become GPE, demonyms
    NORP; a country named so is a Country, a dateline capital is not."""
    doc = nlp(text)
    found = [(e.text, e.label_) for e in doc.ents if e.label_ in ("GPE", "NORP")]
    countries = {c.code for c in newsnlp.Article.from_doc(doc).countries}
    assert (found, countries) == (labels, codes)


@pytest.mark.parametrize(
    "text, name, title, country",
    [
        ("Russian Prime Minister Mikhail Mishustin arrived on Monday.", "Mikhail Mishustin",
         "Prime Minister", "RU"),
        ("Britain's Foreign Secretary David Cameron flew to Warsaw.", "David Cameron",
         "Foreign Secretary", "GB"),
        ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov",
         "Kremlin Spokesman", None),
        ("Sergei Lavrov, Russia's foreign minister, met his counterpart.", "Sergei Lavrov",
         "foreign minister", "RU"),
        ("Former Finance Minister Maria Silva spoke to reporters.", "Maria Silva",
         "Former Finance Minister", None),
        ("Chinese premier Li Qiang opened the fair.", "Li Qiang", "Premier", "CN"),
        ("John Smith, the company's chief executive, resigned.", "John Smith",
         "chief executive", None),
        ("NASA Administrator Charles Bolden spoke on Monday.", "Charles Bolden", "Administrator",
         None),
    ],
    ids=["demonym-title", "possessive-country", "domain-word", "apposition", "modifier",
         "lowercase-title", "apposition-no-country", "administrator"],
)
def test_person_title_and_country(nlp, text, name, title, country):
    """The title before the name or in apposition, and the country it carries."""
    person = person_named(newsnlp.analyze(text, nlp=nlp), name)
    assert (person.titles, person.country) == ((title,), country)


@pytest.mark.parametrize(
    "text",
    ["Reuters reported the deal on Monday.", "Moscow said the talks had failed.",
     "Beijing urged restraint.", "Press TV broadcast the ceremony."],
    ids=["agency", "capital-moscow", "capital-beijing", "broadcaster"],
)
def test_no_person_in_agencies_and_capitals(nlp, text):
    """News agencies and capitals used for their state are not people."""
    assert newsnlp.analyze(text, nlp=nlp).people == ()


@pytest.mark.parametrize(
    "text, codes",
    [
        ("The United States and China agreed on Tuesday.", {"US", "CN"}),
        ("U.S. officials met Chinese diplomats.", {"US", "CN"}),
        ("Moscow said it would respond to the sanctions.", {"RU"}),
        ("The talks deepened Beijing's cooperation with Moscow.", {"CN", "RU"}),
        ("The minister arrived in Moscow on Monday.", set()),
        ("Pressure from the West is growing, officials said.", set()),
        ("Li Qiang met reporters.", set()),
    ],
    ids=["names", "short-form-demonym", "capital-subject", "capital-possessive-and-with",
         "capital-as-place", "the-west", "li-is-no-liechtenstein"],
)
def test_countries(nlp, text, codes):
    """Countries from names, short forms, demonyms and capitals used for the state only."""
    assert {c.code for c in newsnlp.analyze(text, nlp=nlp).countries} == codes


@pytest.mark.parametrize(
    "text, expected",
    [("the United States", "US"), ("U.S.", "US"), ("US", "US"), ("American", "US"),
     ("Britain's", "GB"), ("Ukrainian", "UA"), ("the West", None), ("Europe", None),
     ("Li", None), ("Tokyo", None), ("Singapore", "SG")],
    ids=["name-with-the", "dotted", "short", "demonym", "possessive", "demonym-ua", "west",
         "continent", "surname", "capital-is-no-name", "city-state"],
)
def test_country_code(text, expected):
    """Names, short forms and demonyms give the alpha-2 code; regions, names, cities None."""
    assert country_code(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Moscow", "RU"), ("Beijing", "CN"), ("Kyiv", "UA"), ("Brasília", "BR"), ("Reuters", None)],
    ids=["moscow", "beijing", "kyiv", "accent", "not-a-city"],
)
def test_capital_code(text, expected):
    """Capitals give the code of their state."""
    assert capital_code(text) == expected


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("It is on the US Treasury Department's sanctions list.", "US Treasury Department", "US"),
        ("The Bank of Japan held rates.", "Bank of Japan", "JP"),
        ("The European Commission said it had raised funds.", "European Commission", None),
    ],
    ids=["possessive-and-country", "of-country", "no-country"],
)
def test_organisation_name_and_country(nlp, text, name, country):
    """Organisation names without "the" and "'s", with the country the name carries."""
    orgs = {o.name: o.country for o in newsnlp.analyze(text, nlp=nlp).organisations}
    assert orgs == {name: country}


@pytest.mark.parametrize(
    "text, name, mentions",
    [
        ("Chinese premier Li Qiang met reporters. Li said trade grew.", "Li Qiang",
         ["Li Qiang", "Li"]),
        ("Volodymyr Zelenskiy spoke in Kyiv. Zelensky later said more aid was needed.",
         "Volodymyr Zelenskiy", ["Volodymyr Zelenskiy", "Zelensky"]),
        ("German Chancellor Olaf Scholz spoke first. Scholz said he was pleased.",
         "Olaf Scholz", ["Olaf Scholz", "Scholz", "he"]),
        ("Russian Prime Minister Mikhail Mishustin visited Beijing. The Russian prime minister "
         "signed deals.", "Mikhail Mishustin", ["Mikhail Mishustin", "The Russian prime minister"]),
        ('"I will not resign," Maria Lopez said on Monday.', "Maria Lopez", ["I", "Maria Lopez"]),
        ('After the match, Maria Lopez, the national coach, said, "I am proud of the team."',
         "Maria Lopez", ["Maria Lopez", "the national coach", "I"]),
        ("Peter Novak, a retired teacher, told reporters he had seen the fire.", "Peter Novak",
         ["Peter Novak", "a retired teacher", "he"]),
        ("Anna Berg was a nurse in the city for years.", "Anna Berg", ["Anna Berg", "a nurse"]),
        ("The court heard a family lawyer, Peter Novak.", "Peter Novak",
         ["a family lawyer", "Peter Novak"]),
        ("Anna Berg was a singer and a writer.", "Anna Berg",
         ["Anna Berg", "a singer", "a writer"]),
        ("Peter Novak, a history instructor, spoke first.", "Peter Novak",
         ["Peter Novak", "a history instructor"]),
        ('Senator Anna Kovacs issued a statement on Friday. "I am disappointed with the '
         'decision."', "Anna Kovacs", ["Anna Kovacs", "I"]),
        ('Peter Novak defended the plan on Monday, promising that: "My team and I are working '
         'hard."', "Peter Novak", ["Peter Novak", "My", "I"]),
        ("The match referee Joel Ortiz awarded a penalty.", "Joel Ortiz",
         ["The match referee", "Joel Ortiz"]),
        ("After the match, Tunisia's coach Nabil Mansour said he was proud.", "Nabil Mansour",
         ["Tunisia's coach", "Nabil Mansour", "he"]),
    ],
    ids=["surname-first", "spelling-variant", "surname-and-pronoun", "nominal",
         "first-person-in-quote", "first-person-speaker-by-verb", "described-in-apposition",
         "described-by-be", "described-before-the-name", "two-descriptions",
         "instructor", "first-person-after-statement", "first-person-in-introducing-sentence",
         "determined-noun-before-name", "possessive-noun-before-name"],
)
def test_mentions_merged(nlp, text, name, mentions):
    """Surnames, spelling variants, nominals, pronouns, "I" in the person's quotation and the
    nouns that describe the person join the full name."""
    article = newsnlp.analyze(text, nlp=nlp)
    assert len(article.people) == 1
    assert [m.text for m in person_named(article, name).mentions] == mentions


@pytest.mark.parametrize(
    "text, pronoun, name",
    [
        ('Foreign Minister Annalena Baerbock spoke on Monday. "We are ready," she said.',
         "she", "Annalena Baerbock"),
        ("Annalena Baerbock met John Smith. He said the talks went well.", "He", "John Smith"),
        ('"Prices will fall," Mishustin told Li Qiang. "Trade is growing," he said.',
         "he", "Mishustin"),
        ('Tom Reed met Peter Novak in 1990. "Since then he has worked on it," Tom Reed said.',
         "he", "Peter Novak"),
        ('Tom Reed said Peter Novak had built the house. "Since then he worked day and night '
         'on it."',
         "he", "Peter Novak"),
        ('Tom Reed spoke about Anna Kovacs on Monday: "Since then her work has grown." '
         'Anna Kovacs left the city.', "her", "Anna Kovacs"),
        ("Tom Reed scored early. Kyle Walker was booked for his bad foul.", "his",
         "Kyle Walker"),
        ("Tom Reed arrived late. In his opening remarks, Jan Kowal thanked the staff.", "his",
         "Jan Kowal"),
        ("Tom Reed arrived late. Discussing his plans in a statement, the country's Prime "
         "Minister, Jan Kowal said the talks would go on.", "his", "Jan Kowal"),
    ],
    ids=["she-after-quote", "gender-skips-woman", "subject-not-addressee",
         "in-quote-anyone-but-the-speaker", "in-quote-speaker-unknown-not-who-speaks",
         "next-sentence-subject-is-no-speaker", "first-name-of-unsure-gender",
         "possessive-in-fronted-phrase", "possessive-in-fronted-clause"],
)
def test_pronoun_linked_to_person(nlp, text, pronoun, name):
    """A pronoun joins the compatible person: gender agrees, the subject before the object;
    in a quotation, not its speaker, and someone named outside it who is not reporting it."""
    article = newsnlp.analyze(text, nlp=nlp)
    start = text.index(f" {pronoun} ") + 1
    owner = [p.name for p in article.people for m in article.people and p.mentions
             if (m.start, m.end) == (start, start + len(pronoun))]
    assert owner == [name]


def test_capitalised_nominal_title(nlp):
    """"The President" at the start of a sentence (tagged as a proper noun) is a nominal
    mention of the person with that title."""
    article = newsnlp.analyze("President Anna Kovacs visited the port on Monday. The President "
                              "later met the workers.", nlp=nlp)
    assert [m.text for m in person_named(article, "Anna Kovacs").mentions] == [
        "Anna Kovacs", "The President"]


def test_title_after_colon_is_no_apposition(nlp):
    """A title after "said:" is not the speaker's title in apposition, but a nominal mention of
    the person who holds it."""
    article = newsnlp.analyze('Home Secretary Anna Kovacs left early. Prime Minister Tom Reed '
                              'said on Monday: "The Home Secretary and I are working hard."',
                              nlp=nlp)
    assert person_named(article, "Tom Reed").titles == ("Prime Minister",)
    assert [m.text for m in person_named(article, "Anna Kovacs").mentions] == [
        "Anna Kovacs", "The Home Secretary"]


@pytest.mark.parametrize(
    "text",
    ["Officials said Iodine levels were low. Doctors blamed the lack of iodine in bread.",
     "The exhibition opened at the Walter Grant Center on Friday."],
    ids=["word-also-in-lower-case", "organisation-word"],
)
def test_no_person_in_common_words_and_institutions(nlp, text):
    """A one-word "name" the article also writes in lower case, or a name ending in an
    organisation word, is no person."""
    assert newsnlp.analyze(text, nlp=nlp).people == ()


@pytest.mark.parametrize(
    "text",
    ["Space Probe Helios left orbit in May. The space agency said Space Probe Helios would "
     "return.",
     "Visitors queued to see the Kelvor. The Kelvor Glint was on loan from a collector."],
    ids=["first-word-also-in-lower-case", "name-with-the"],
)
def test_things_tagged_as_people(nlp, text):
    """A "name" whose first word, no first name, the article also writes in lower case, or
    one that takes the article "the", is no person."""
    assert newsnlp.analyze(text, nlp=nlp).people == ()


@pytest.mark.parametrize(
    "text, mentions",
    [("Prime Minister John Key spoke on Monday. The key issue was cost, Mr Key told reporters.",
      [["John Key", "Key"]]),
     ("Prime Minister John Key spoke on Monday. The key issue was cost.\nMr Key promoted the "
      "campaign.", [["John Key", "Key"]]),
     ("The key issue was cost, Mr Key told reporters on Monday.", [["Key"]])],
    ids=["tagged-after-honorific", "untagged-after-honorific", "lone-after-honorific"],
)
def test_common_word_name_after_honorific(nlp, text, mentions):
    """A name the article also writes in lower case ("key") is still a name after "Mr"."""
    article = newsnlp.analyze(text, nlp=nlp)
    assert [[m.text for m in p.mentions] for p in article.people] == mentions


@pytest.mark.parametrize(
    "text, mentions",
    [("Police named the victim, Anna Berg, on Monday. Neighbours said the victim had lived "
      "alone.", ["the victim", "Anna Berg", "the victim"]),
     ("The court heard from their son, Peter Novak. His lawyer said their son was innocent.",
      ["their son", "Peter Novak", "His", "their son"]),
     ("Anna Berg, a teacher, spoke first. The teacher who spoke last was angry.",
      ["Anna Berg", "a teacher"])],
    ids=["the-noun", "possessive-noun", "not-a-noun-with-a-relative-clause"],
)
def test_person_noun_linked_to_person_described_so(nlp, text, mentions):
    """"the victim" / "their son" joins the person described so before; "the teacher who ..."
    is someone else."""
    article = newsnlp.analyze(text, nlp=nlp)
    assert [[m.text for m in p.mentions] for p in article.people] == [mentions]


def test_name_before_a_noun_with_the_stays_a_person(nlp):
    """"the Marta Vell exhibit": the article belongs to the exhibit, not the name."""
    article = newsnlp.analyze("The collection of Marta Vell was shown. The Marta Vell exhibit "
                              "opened on Friday.", nlp=nlp)
    assert [len(p.mentions) for p in article.people] == [2]


def test_lone_word_person_is_an_organisation(nlp):
    """A one-word "person", never named in full, after no title, no first name and not
    speaking, is an organisation ("Halvorsen" as a team); "Mishustin told" stays a person."""
    doc = nlp("Kettering beat Halvorsen 3-1 on Sunday to stay top of the league.")
    article = newsnlp.Article.from_doc(doc)
    assert article.people == ()
    assert [o.name for o in article.organisations] == ["Halvorsen"]
    assert ("Halvorsen", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_name_with_initial_stays_a_person(nlp):
    """An initial and a surname ("D. Hartley") is a name in full, not a lone word."""
    article = newsnlp.analyze("The innings ended when D. Hartley took four wickets for 30 runs.",
                              nlp=nlp)
    assert [p.name for p in article.people] == ["D. Hartley"]


def test_mentions_inside_another_are_dropped(nlp):
    """A span inside a longer mention of the same person is no mention of its own."""
    doc = nlp.make_doc("Chief executive Enver Solomon spoke.")
    assert [s.text for s in outermost([doc[2:3], doc[2:4]])] == ["Enver Solomon"]


def test_surname_tagged_as_verb_is_a_mention(nlp):
    """A known surname the tagger read as a verb ("Dalton requested") is still a mention."""
    words = ["Mark", "Dalton", "left", ".", "Dalton", "requested", "money", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, True, True, True, False, False],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "VERB", "NOUN", "PUNCT"],
              heads=[1, 2, 2, 2, 5, 5, 5, 5],
              deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
              sent_starts=[True, False, False, False, True, False, False, False],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    people, _ = find_people(doc)
    assert [[span.text for span in p.mentions.values()] for p in people] == [
        ["Mark Dalton", "Dalton"]]


def test_pronoun_without_person_is_left_alone(nlp):
    """A pronoun with nobody named before it belongs to nobody."""
    article = newsnlp.analyze("He said the market would recover.", nlp=nlp)
    assert article.people == ()


@pytest.mark.parametrize(
    "sample, name, title, country",
    [
        ("brazil_rates.txt", "Roberto Campos Neto", "governor", None),
        ("brazil_rates.txt", "Fernando Haddad", "Finance Minister", None),
        ("eu_summit.txt", "Olaf Scholz", "Chancellor", "DE"),
        ("eu_summit.txt", "Dmytro Kuleba", "Foreign Minister", "UA"),
        ("tokyo_trade.txt", "Piyush Goyal", "Commerce Minister", "IN"),
        ("tokyo_trade.txt", "Shigeru Ishiba", "Prime Minister", "JP"),
    ],
    ids=["apposition-governor", "finance-minister", "german-chancellor", "ukrainian-minister",
         "indian-minister", "japanese-pm"],
)
def test_sample_people(nlp, sample, name, title, country):
    """The people of our sample articles with their titles and countries."""
    article = newsnlp.analyze((SAMPLES / sample).read_text(encoding="utf-8"), nlp=nlp)
    person = person_named(article, name)
    assert (person.titles, person.country) == ((title,), country)


def test_sample_surname_and_pronoun_merged(nlp):
    """In the summit sample, "Kuleba" and the "He" after his quote are Dmytro Kuleba."""
    text = (SAMPLES / "eu_summit.txt").read_text(encoding="utf-8")
    person = person_named(newsnlp.analyze(text, nlp=nlp), "Dmytro Kuleba")
    assert [m.text for m in person.mentions] == ["Dmytro Kuleba", "Kuleba", "He"]


def test_capital_tagged_person_is_relabelled(nlp):
    """A capital spaCy tags PERSON ("Kyiv needed ...") comes out of the component as GPE."""
    text = (SAMPLES / "eu_summit.txt").read_text(encoding="utf-8")
    labels = {ent.text: ent.label_ for ent in nlp(text).ents}
    assert labels["Kyiv"] == "GPE" and labels["Scholz"] == "PERSON"


def test_find_entities_works_on_a_bare_parse(nlp):
    """The pure function needs only a parsed Doc, no newsnlp component."""
    stages = [name for name in nlp.pipe_names if name.startswith("newsnlp_")]
    with nlp.select_pipes(disable=stages):
        doc = nlp("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.")
    cast = find_entities(doc)
    assert {(p.name, p.country) for p in cast.people} == {("Olaf Scholz", "DE"),
                                                          ("Emmanuel Macron", "FR")}


@pytest.mark.parametrize("headline", [
    "Ellen Marwick Responds To Question On Taxes",
    "Lawmakers Rip Ellen Marwick Over Budget",
    "Ellen Marwick Pins Blame On Rivals",
])
def test_title_case_headline_words_left_out_of_names(nlp, headline):
    text = (headline + "\n\nEllen Marwick, a senator from Ohio, said on Tuesday that the plan was"
            " dead. Lawmakers say she responds to every question and pins the blame on rivals.")
    assert [p.name for p in newsnlp.analyze(text, nlp=nlp).people] == ["Ellen Marwick"]


def test_abbreviated_governor_is_a_title_not_a_name(nlp):
    """"Gov." before a name is a title, as "Sen." is: the name is "Jim Doyle"."""
    article = newsnlp.analyze("The deal will hold, said former Wisconsin Gov. Jim Doyle.", nlp=nlp)
    assert [(p.name, p.titles) for p in article.people] == [("Jim Doyle", ("Gov.",))]


@pytest.mark.parametrize(
    "text, owner",
    [('Senator Hillary Clinton met voters in Ohio on Monday. Clinton promised new jobs. Later, '
      'former President Bill Clinton joined the tour.', "Hillary Clinton"),
     ("Anna Holt opened a bakery with her son, Tom Holt, and his wife, Mary Holt. Mr. Holt "
      "bakes the bread.", "Tom Holt")],
    ids=["named-first", "honorific-gender"],
)
def test_lone_surname_of_two_namesakes(nlp, text, owner):
    """A lone surname two people bear goes to the one an honorific's gender fits, else to the
    one the article named first (the second is named in full each time)."""
    article = newsnlp.analyze(text, nlp=nlp)
    holders = [p.name for p in article.people
               for m in p.mentions if m.text in ("Clinton", "Holt")]
    assert holders == [owner]


def test_name_described_by_a_title_in_apposition_is_a_person(nlp):
    """Two capitalised words spaCy tags ORG, described by a title in apposition ("the RNC
    chairman"), are a person's name: later pronouns link to it."""
    doc = nlp("Tenbrook Halvorsen, the RNC chairman, announced a website on Friday. "
              '"It is a tool for voters," he said.')
    article = newsnlp.Article.from_doc(doc)
    assert ("Tenbrook Halvorsen", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert [q.speaker for q in article.quotes if q.kind == "direct"] == ["Tenbrook Halvorsen"]


@pytest.mark.parametrize(
    "text, names",
    [("Ads attack Donald Trump.\n\nPainting Trump as a threat to workers, the fliers echo the "
      "message.", ["Donald Trump"]),
     ("The Undersecretary for Management Patrick Kennedy has emerged as a key figure.",
      ["Patrick Kennedy"]),
     ('Juan "Chico" Manriquez of Oakland carried one of the photos.',
      ['Juan "Chico" Manriquez'])],
    ids=["opening-participle", "word-before-a-first-name", "trailing-function-word"],
)
def test_words_around_a_name_left_out(nlp, text, names):
    """A participle opening the sentence, a capitalised word before a known first name and a
    trailing function word are no part of the name."""
    assert [p.name for p in newsnlp.analyze(text, nlp=nlp).people] == names


def test_hyphenated_first_name_kept_with_a_name_in_apposition(nlp):
    """A name spaCy tags ORG but a title in apposition describes keeps its hyphenated first
    name ("Jean-Marc")."""
    article = newsnlp.analyze("The plan was discussed by Jean-Marc Ayrault, the foreign minister "
                              "of France, on Friday.", nlp=nlp)
    assert [p.name for p in article.people] == ["Jean-Marc Ayrault"]


def test_shared_surname_spacy_missed_is_a_mention(nlp):
    """A lone surname two people bear that spaCy did not tag as a person is still a mention,
    of the one named first."""
    article = newsnlp.analyze("Dorothy Woods, whose husband, Ty Woods, died in the attack, "
                              "spoke on Thursday. Woods said she does not believe the critics.",
                              nlp=nlp)
    assert [[m.text for m in p.mentions] for p in article.people] == [
        ["Dorothy Woods", "Woods", "she"], ["whose husband", "Ty Woods"]]


def test_name_described_by_a_person_noun_in_apposition_is_a_person(nlp):
    """Two capitalised words spaCy misses, described by a person noun in apposition ("a
    retired teacher"), are a person's name."""
    article = newsnlp.analyze("Tenbrook Halvorsen, a retired teacher, joined the march.", nlp=nlp)
    assert [p.name for p in article.people] == ["Tenbrook Halvorsen"]


@pytest.mark.parametrize(
    "text, mentions",
    [("Actress Rosario Dawson took the stage at a Bernie Sanders rally in June, a tote bag at "
      "her side.", [["Rosario Dawson", "her"], ["Bernie Sanders"]]),
     ("Ms. Jean Marlow spoke first. Then Tom Reed spoke. She said she was happy.",
      [["Jean Marlow", "She", "she"], ["Tom Reed"]])],
    ids=["gendered-noun", "honorific"],
)
def test_gendered_word_before_a_name_overrides_the_first_name(nlp, text, mentions):
    """"Actress" or "Ms." before a name says the gender outright, whatever the first name
    suggests ("Rosario", "Jean" read as male): her pronouns link to her."""
    article = newsnlp.analyze(text, nlp=nlp)
    assert [[m.text for m in p.mentions] for p in article.people] == mentions


@pytest.mark.parametrize(
    "text, names",
    [("Black Lawmakers Rip Peter Hale As A \u2018Disgusting Fraud.\u2019\n\nPeter Hale spoke "
      "on Friday.", ["Peter Hale"]),
     ("Martin Luther King Jr. spoke first. Big Ben Roethlisberger spoke last.",
      ["Martin Luther King Jr.", "Ben Roethlisberger"])],
    ids=["headline-words-before-a-first-name", "first-name-first"],
)
def test_name_starts_at_its_first_name(nlp, text, names):
    """Capitalised words spaCy tagged with a name but written before its first name are no
    part of it; a name that opens with a first name keeps every word."""
    assert [p.name for p in newsnlp.analyze(text, nlp=nlp).people] == names
