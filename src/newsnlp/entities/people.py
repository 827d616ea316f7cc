"""People of an article: name mentions merged into one person each, with titles, nationality,
nominal mentions ("the Russian prime minister") and pronouns ("he", "She") linked to them.

The rules, in order: name spans (spaCy's PERSON entities cleaned of titles, plus capitalised
names right after a title) are grouped by shared name words, longest name first ("Li" ->
"Li Qiang"; rapidfuzz for spelling variants); a known name part that spaCy tagged as something
else, or missed, becomes a mention too; titles before the name or in apposition give the
person's titles, country and gender; then nominal mentions and pronouns are linked to the most
salient compatible person before them, "I" in a quotation to its speaker (or to the named
subject of the sentence introducing it), person nouns in apposition, after "be" ("a retired
teacher") or determined right before the name ("his wife Anna Berg") to the person they
describe, and a bare "the victim" / "their son" to the person last described with that noun.
"Names" that take "the" or start with a word the article writes in lower case are no people.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import attrs
from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from newsnlp.casing import title_case
from newsnlp.entities.countries import capital_code, clean_name, country_code
from newsnlp.entities.titles import (
    Title,
    honorifics,
    nominal_title,
    set_off,
    title_before,
    title_heads,
    title_in_apposition,
    title_parts,
)
from newsnlp.lexicons import load_lexicon, reporting_lemmas

PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
SPEAKER_WINDOW = 4
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
LOOKBACK_SENTENCES = 3
FUZZY_NAME_SCORE = 88


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """Word -> "male" | "female", for pronouns, honorifics and gendered titles."""
    genders = load_lexicon("gender.json")
    return {word: gender for gender, words in genders.items() for word in words}


@lru_cache(maxsize=1)
def _first_names():
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def first_name_gender(word: str) -> str | None:
    """"male", "female" or None (unknown or either) for a first name, from gender-guesser."""
    gender = _first_names().get_gender(word)
    return {"male": "male", "mostly_male": "male", "female": "female",
            "mostly_female": "female"}.get(gender)


@lru_cache(maxsize=8192)
def sure_gender(word: str) -> str | None:
    """"male" or "female" only for a first name gender-guesser is sure of ("Kyle" is "mostly
    female" there): what pronouns must agree with."""
    gender = _first_names().get_gender(word)
    return gender if gender in ("male", "female") else None


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Singular nouns that name a person: data/person_nouns.txt and every title word."""
    return frozenset(load_lexicon("person_nouns.txt")) | title_heads()


def is_person_noun(token: Token) -> bool:
    """A singular common noun naming a person ("attorney", "kid"), not a modifier."""
    return (token.tag_ == "NN" and token.dep_ != "compound"
            and token.lemma_.lower() in person_nouns())


def noun_phrase(head: Token) -> Span:
    """The noun phrase up to its head noun ("a Scientology attorney")."""
    return head.doc[head.left_edge.i:head.i + 1]


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    return frozenset(load_lexicon("organisation_words.txt"))


@lru_cache(maxsize=1)
def news_organisations() -> frozenset[str]:
    return frozenset(name.casefold() for name in load_lexicon("news_organisations.txt"))


def is_news_organisation(text: str) -> bool:
    return clean_name(text).casefold() in news_organisations()


@attrs.define
class PersonBuilder:
    """A person while the article is read: the fullest name so far and what was learnt."""

    name: str
    words: tuple[str, ...]
    titles: list[str] = attrs.Factory(list)
    country: str | None = None
    gender: str | None = None
    mentions: dict[tuple[int, int], Span] = attrs.Factory(dict)
    title_words: set[tuple[str, ...]] = attrs.Factory(set)

    def add(self, span: Span) -> None:
        self.mentions.setdefault((span.start_char, span.end_char), span)

    def learn(self, title: Title | None, before_name: Token | None = None) -> None:
        """Take a title (and its country and gender) and the gender of the word before the
        name: an honorific or a gendered noun that is no title ("Mrs.", "actress") says it
        outright and overrides a first-name guess ("Actress Rosario Dawson"); a title only
        fills a gender still unknown ("Chairman" is said of women too)."""
        if before_name is not None:
            word = before_name.lower_
            said = gender_words().get(word)
            if said and (self.gender is None or word in honorifics() or word not in title_parts()):
                self.gender = said
        if title is None:
            return
        if title.text.casefold() not in (t.casefold() for t in self.titles):
            self.titles.append(title.text)
        self.title_words.add(tuple(title.text.casefold().split()))
        self.country = self.country or title.country
        self.gender = self.gender or gender_words().get(title.head)


def name_words(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_ for t in span if t.is_alpha or "-" in t.text)


def is_gerund_opening(token: Token) -> bool:
    """A capitalised "-ing" word opening a sentence, no first name: a participle before a
    name ("Bashing Trump may be job one") rather than part of it."""
    return (token.is_sent_start and token.is_title and token.lower_.endswith("ing")
            and len(token) > 5 and first_name_gender(token.text) is None)


def first_name_start(doc: Doc, start: int, end: int) -> int:
    """Where the name between tokens `start` and `end` begins: at a known first name followed
    by a surname when no word before it is a first name ("Lawmakers Rip [Donald Trump]" in a
    headline spaCy tagged whole), else at `start`."""
    for k in range(start + 1, end - 1):
        if not doc[k].is_title or first_name_gender(doc[k - 1].text) is not None:
            return start
        if first_name_gender(doc[k].text) is not None and doc[k + 1].is_title:
            return k
    return start


def name_span(span: Span) -> Span | None:
    """The name inside a PERSON entity: leading "the", titles and honorifics, an opening
    participle, words before a first name (`first_name_start`), and a trailing possessive,
    punctuation or function word ("Ana Ruiz of") cut off; None when no capitalised word is
    left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].lower_ in title_parts() or doc[start].lower_ == "the"
                               or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or any(c.isdigit() for c in doc[end - 1].text)
                           or (doc[end - 1].is_lower and doc[end - 1].is_stop)):
        end -= 1
    if end - start > 1 and is_gerund_opening(doc[start]):  # "Painting Trump as a threat"
        start += 1
    start = first_name_start(doc, start, end)
    if end - start > 2 and country_code(doc[start].text):  # "Mexican Ariel Cruz"
        start += 1
    name = doc[start:end]
    if not len(name) or not any(t.is_title or t.is_upper for t in name):
        return None
    return name


def _headline_word(token: Token, common: set[str]) -> bool:
    """A capitalised word that is no first name but a verb or a word the article writes in
    lower case ("Says", "Lawmakers")."""
    return (token.is_title and (token.lower_ in common or token.pos_ in ("VERB", "AUX"))
            and first_name_gender(token.text) is None)


def headline_name(name: Span, common: set[str], text: str) -> Span:
    """The name inside a span of a line written in Title Case, without the headline words
    around it ("Lawmakers Rip [Donald Trump]", "[Marco Rubio] Responds To Question");
    `text` is the doc's text."""
    doc, start, end = name.doc, name.start, name.end
    if len(name) < 2 or not any(_headline_word(t, common) for t in name):
        return name
    line_end = text.find("\n", name.end_char)
    if not title_case(text[text.rfind("\n", 0, name.start_char) + 1:line_end if line_end >= 0 else None]):
        return name
    while end > start + 1 and _headline_word(doc[end - 1], common):
        end -= 1
    while start < end - 1 and _headline_word(doc[start], common):
        start += 1
    return doc[start:end]


def extended_left(span: Span) -> Span:
    """The name with capitalised words spaCy left out before it ("Barack [Obama]"); nothing
    but another first name comes before a known first name ("Undersecretary for Management
    [Patrick Kennedy]")."""
    doc, start = span.doc, span.start
    while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
           and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start
           and doc[start - 1].lower_ not in title_parts()
           and (first_name_gender(doc[start].text) is None
                or first_name_gender(doc[start - 1].text) is not None)):
        start -= 1
    return doc[start:span.end]


def names_after_titles(doc: Doc, heads: list[Token]) -> list[Span]:
    """Capitalised names right after a title word that spaCy did not tag as a person
    ("Chancellor Scholz" tagged GPE)."""
    names = []
    for head in heads:
        end = head.i + 1
        while (end < len(doc) and end - head.i <= 4 and doc[end].pos_ == "PROPN"
               and doc[end].is_title and doc[end].ent_type_ != "PERSON"
               and doc[end].lower_ not in title_parts()):
            end += 1
        if end > head.i + 1:
            name = doc[head.i + 1:end]
            if not country_code(name.text) and not capital_code(name.text):
                names.append(name)
    return names


def names_in_apposition(doc: Doc, nouns: list[Token]) -> list[Span]:
    """Names of two or three capitalised proper nouns (a hyphenated first name counts as one)
    that spaCy did not tag as a person but that a title or person noun (`nouns`) in apposition
    describes ("Reince Priebus, the party chairman", with "Priebus" tagged ORG; "Ana Ruiz, a
    retired teacher"): organisations are not described as a chairman or a teacher."""
    names = []
    for head in nouns:
        root = head.head
        if (head.dep_ != "appos" or root.i >= head.i or root.pos_ != "PROPN"
                or not set_off(doc, head.left_edge.i)):
            continue
        start = root.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i:
            start -= 1
        if start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
            start -= 2  # "Jean-Marc"
        name = doc[start:root.i + 1]
        words = [t for t in name if t.text != "-"]
        if (2 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words)
                and not any(t.ent_type_ == "PERSON" or t.lower_ in title_parts() for t in name)
                and name[-1].lower_ not in organisation_words() and is_name_like(name)):
            names.append(name)
    return names


def names_from_first_names(doc: Doc, proper_nouns: list[Token]) -> list[Span]:
    """Names spaCy missed or mistyped: two or three capitalised words starting with a known
    first name ("Pete Sampras" untagged, "Mihai Tararache" tagged ORG), no organisation word."""
    candidates = [ent for ent in doc.ents if ent.label_ in NAME_LABELS and 2 <= len(ent) <= 3]
    k = 0
    while k < len(proper_nouns):
        first = proper_nouns[k]
        end = first.i + 1
        while k + 1 < len(proper_nouns) and proper_nouns[k + 1].i == end:
            k += 1
            end += 1
        if 2 <= end - first.i <= 3:
            candidates.append(doc[first.i:end])
        k += 1
    return [span for span in candidates
            if span[0].pos_ == "PROPN" and not span[0].is_stop
            and first_name_gender(span[0].text) and all(t.is_title for t in span)
            and span[-1].lower_ not in organisation_words()
            and not any(t.lower_ in title_parts() for t in span)
            and is_name_like(span)]


def _matching_person(name: Span, people: list[PersonBuilder]) -> PersonBuilder | None:
    """The person whose name shares the words of `name`: a subset or superset of the name, or
    a spelling variant of it; for one word, a word of the name (the surname first, see
    `namesake`)."""
    words = name_words(name)
    if len(words) == 1:
        word = words[0]
        found = [p for p in people if word in p.words]
        surnamed = [p for p in found if p.words[-1] == word]
        if surnamed:
            return namesake(name, surnamed)
        if found:
            return found[-1]
        if len(word) >= 5:
            return next((p for p in reversed(people) if len(p.words) > 1
                         and fuzz.ratio(word, p.words[-1]) >= FUZZY_NAME_SCORE), None)
        return None
    mine = set(words)
    for person in reversed(people):
        theirs = set(person.words)
        if mine <= theirs or theirs <= mine:
            return person
        if fuzz.ratio(" ".join(words), " ".join(person.words)) >= FUZZY_NAME_SCORE:
            return person
    return None


def namesake(surname: Span, people: list[PersonBuilder]) -> PersonBuilder:
    """Which of the people bearing a surname a lone mention of it names ("Clinton" when the
    article has Hillary and Bill Clinton): the one whose first name fits the gender of an
    honorific before it ("Mrs. Clinton"), else the one the article named first: news names
    the first person of a family by surname alone and every other one in full each time."""
    doc = surname.doc
    before = doc[surname.start - 1].lower_ if surname.start > 0 else ""
    gender = gender_words().get(before) if before in honorifics() else None
    fitting = [p for p in people if gender is not None and sure_gender(p.words[0]) == gender]
    if len(fitting) == 1:
        return fitting[0]
    return min(people, key=lambda p: min(start for start, _ in p.mentions))


def cluster_names(names: list[Span]) -> list[PersonBuilder]:
    """One PersonBuilder per person: longer names first, so that a lone surname joins the
    full name wherever that comes in the text."""
    people: list[PersonBuilder] = []
    for name in sorted(names, key=lambda s: (-len(name_words(s)), s.start)):
        words = name_words(name)
        if not words:
            continue
        person = _matching_person(name, people)
        if person is None:
            person = PersonBuilder(name.text, words)
            people.append(person)
        elif len(words) > len(person.words):
            person.name, person.words = name.text, words
        person.add(name)
    return people


def name_parts(people: list[PersonBuilder]) -> dict[str, PersonBuilder]:
    """Known names and name words -> person (a word shared by two people is left out)."""
    parts: dict[str, PersonBuilder] = {}
    shared: set[str] = set()
    for person in people:
        keys = {" ".join(person.words)} | {w for w in person.words if len(w) > 1}
        for key in keys:
            if key in parts and parts[key] is not person:
                shared.add(key)
            parts[key] = person
    return {k: p for k, p in parts.items() if k not in shared}


def is_name_like(span: Span) -> bool:
    """Capitalised, no place: a span that may be a name part tagged as something else."""
    text = clean_name(span.text)
    return (bool(text) and text[:1].isupper() and not country_code(text)
            and not capital_code(text))


def is_lone_word(person: PersonBuilder) -> bool:
    """A "person" named by one word only (never with a fuller name or initials), never after
    a title or honorific nor speaking, and no known first name ("Benetton", "Surrey"): news
    names people in full, so it is more likely a team or company."""
    return (len(person.words) == 1 and first_name_gender(person.words[0]) is None
            and all(len(span) == 1 and not _has_title(span) and not _speaks(span)
                    for span in person.mentions.values()))


def _has_title(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and (title_before(doc, span.start) is not None
                               or doc[span.start - 1].lower_ in honorifics())


def _speaks(span: Span) -> bool:
    """Whether the span is the subject of a reporting verb ("Mishustin told")."""
    return span.root.dep_ in SUBJECT_DEPS and span.root.head.lemma_ in reporting_lemmas()


def is_common_word(name: Span, common: set[str]) -> bool:
    """A "name" starting with a word the article also writes in lower case, no first name
    ("Iodine" / "iodine", "Space Shuttle Columbia" / "space"), or ending in an organisation
    word ("Johnson Space Center")."""
    first = name[0]
    return ((first.is_title and first.lower_ in common
             and (len(name) == 1 or first_name_gender(first.text) is None))
            or name[-1].lower_ in organisation_words())


def is_thing(person: PersonBuilder) -> bool:
    """A "person" with no known first name, named with the article "the" ("the Polaroid"):
    people's names take none ("the Warhol exhibit" is the exhibit's article)."""
    if first_name_gender(person.words[0]) is not None:
        return False
    for span in person.mentions.values():
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ == "the" and span.start <= before.head.i < span.end:
            return True
    return False


def misread_names(doc: Doc, people: list[PersonBuilder], proper_nouns: list[Token],
                  capitalised_words: list[Token]) -> list[Span]:
    """Mentions of known people that spaCy tagged as ORG/GPE/... ("Mishustin" as ORG) or left
    untagged; returned as name spans (to be relabelled PERSON). `proper_nouns` are the untagged
    capitalised proper nouns, `capitalised_words` the untagged capitalised verbs, nouns and
    adjectives (surnames the tagger misread). A surname two people share counts too: the
    caller gives it to one of them (`namesake`)."""
    parts = name_parts(people)
    parts.update((p.words[-1], p) for p in people if len(p.words) > 1 and p.words[-1] not in parts)
    found = []
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and is_name_like(ent):
            name = name_span(ent)
            if name is not None and " ".join(name_words(name)) in parts:
                found.append(name)
    k = 0
    while k < len(proper_nouns):
        token = proper_nouns[k]
        end = token.i + 1
        while (k + 1 < len(proper_nouns) and proper_nouns[k + 1].i == end):
            k += 1
            end += 1
        span = doc[token.i:end]
        if token.lower_ in title_parts():
            span = name_span(span)  # "Mr Key" -> "Key"
        if span is not None and " ".join(name_words(span)) in parts and is_name_like(span):
            found.append(span)
        k += 1
    found += [doc[t.i:t.i + 1] for t in capitalised_words if _is_mistagged_surname(t, parts)]
    return found


def _is_mistagged_surname(token: Token, parts: dict[str, PersonBuilder]) -> bool:
    """A known surname, capitalised, that the tagger took for a verb or a common noun
    ("Rathbun requested")."""
    return (token.lower_ in parts and parts[token.lower_].words[-1] == token.lower_
            and len(parts[token.lower_].words) > 1
            and first_name_gender(parts[token.lower_].words[0]) is not None)


def _subject(span: Span) -> bool:
    return span.root.dep_ in SUBJECT_DEPS


@attrs.frozen
class _Antecedent:
    token: int
    sentence: int
    quote: int
    subject: bool
    speaks: bool
    person: PersonBuilder


@attrs.frozen
class _Reader:
    """Where a token stands: its sentence, and its stretch of text between double quotation
    marks (odd numbers are inside a quotation)."""

    sentence_starts: list[int]
    quote_marks: list[int]

    def sentence(self, i: int) -> int:
        return bisect_right(self.sentence_starts, i)

    def quote(self, i: int) -> int:
        return bisect_right(self.quote_marks, i)


def _clause_subject(token: Token) -> int | None:
    """The token index of the subject of the clause where `token` is an object ("Devocht told
    Montalvo he would assist him": "he" for "him")."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if token.dep_ not in ("dobj", "pobj", "dative", "iobj"):
        return None
    return next((c.i for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _fronted_subject(token: Token, covering: dict[int, PersonBuilder]) -> PersonBuilder | None:
    """The person a possessive looks ahead to from a phrase set off before its clause's named
    subject ("In her remarks, Li thanked the staff"; "Discussing his plans, Li said ...")."""
    if token.dep_ != "poss":
        return None
    phrase = token
    while phrase.head.i != phrase.i:
        verb = phrase.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if (subject is not None and phrase.dep_ in ("prep", "advcl", "npadvmod")
                and phrase.i < subject.i and subject.i in covering
                and any(t.text == "," for t in token.doc[phrase.right_edge.i + 1:subject.i])):
            return covering[subject.i]
        phrase = verb
    return None


def _antecedent(candidates: list[_Antecedent], token: Token, reader: _Reader, gender: str | None,
                excluded: PersonBuilder | None,
                speaker: PersonBuilder | None = None) -> PersonBuilder | None:
    """The person a pronoun refers to: in its own sentence, the latest subject before it, else
    the latest mention; in the sentences before, the subject, else the first mention. Inside a
    quotation people named in the same quotation count, and anyone but the speaker when the
    quotation's speaker is known, else anyone not speaking (who may be the speaker)."""
    sentence, quote = reader.sentence(token.i), reader.quote(token.i)
    fits = [c for c in candidates if c.token < token.i and sentence - c.sentence <= LOOKBACK_SENTENCES
            and (quote % 2 == 0 or c.quote == quote or speaker is not None or not c.speaks)
            and c.person is not excluded and c.person is not speaker
            and (c.person.gender is None or gender is None or c.person.gender == gender)]
    if not fits:
        return None
    nearest = max(c.sentence for c in fits)
    in_sentence = [c for c in fits if c.sentence == nearest]
    subjects = [c for c in in_sentence if c.subject]
    if nearest == sentence:
        return (subjects or in_sentence)[-1].person
    return (subjects or in_sentence)[0].person


def _quotation_speaker(doc: Doc, token: Token, quote_marks: list[int],
                       covering: dict[int, PersonBuilder]) -> PersonBuilder | None:
    """The named speaker of the quotation `token` stands in, if any."""
    quote = bisect_right(quote_marks, token.i)
    if quote % 2 == 0 or quote >= len(quote_marks):
        return None
    return _speaker(doc, quote_marks[quote - 1], quote_marks[quote], covering, by_verb=False)


def link_pronouns(doc: Doc, people: list[PersonBuilder], pronouns: list[Token],
                  quote_marks: list[int]) -> None:
    """Add each third-person singular pronoun (and "who" after a name) to its person."""
    reader = _Reader([s.start for s in doc.sents], quote_marks)
    candidates = sorted(
        (_Antecedent(span.start, reader.sentence(span.start), reader.quote(span.start),
                     _subject(span), _speaks(span), person)
         for person in people for span in person.mentions.values()),
        key=lambda c: c.token,
    )
    by_token = {c.token: c.person for c in candidates}
    covering = {i: person for person in people for span in person.mentions.values()
                for i in range(span.start, span.end)}
    for token in pronouns:
        if token.lower_ in RELATIVE_PRONOUNS:
            person = _relative_antecedent(token, covering)
        else:
            gender = gender_words().get(token.lower_)
            subject = _clause_subject(token) if not token.lower_.endswith("self") else None
            person = _fronted_subject(token, covering)
            if person is not None and None not in (person.gender, gender) and person.gender != gender:
                person = None
            person = person or _antecedent(candidates, token, reader, gender, by_token.get(subject),
                                 _quotation_speaker(doc, token, quote_marks, covering))
            if person is not None:
                person.gender = person.gender or gender
        if person is not None:
            person.add(doc[token.i:token.i + 1])
            by_token[token.i] = person
            mention = doc[token.i:token.i + 1]
            candidates.append(_Antecedent(token.i, reader.sentence(token.i), reader.quote(token.i),
                                          _subject(mention), _speaks(mention), person))


def _relative_antecedent(token: Token, covering: dict[int, PersonBuilder]) -> PersonBuilder | None:
    """The person a relative "who" follows ("Mishustin, who arrived ...")."""
    clause = token.head
    return covering.get(clause.head.i) if clause.dep_ == "relcl" else None


def _speaker(doc: Doc, opening: int, closing: int, covering: dict[int, PersonBuilder],
             by_verb: bool = True) -> PersonBuilder | None:
    """The person who says the quotation between two quotation marks: the subject named just
    after it (`"...," he said`) or just before it (`Li said: "..."`), or the named subject of
    a reporting verb there (`Li, the premier, said: "..."`) unless `by_verb` is False. After
    a quotation that ends its sentence, only the subject of a reporting verb says it (`"... ."
    Li added`; not `"... ." Li left`)."""
    after = range(closing + 1, min(closing + 1 + SPEAKER_WINDOW, len(doc)))
    before = range(opening - 1, max(opening - 1 - SPEAKER_WINDOW, -1), -1)
    ended = doc[closing - 1].text in SENTENCE_ENDS
    for i in (*after, *before):
        if (i in covering and doc[i].dep_ in SUBJECT_DEPS | {"compound"}
                and not (ended and i > closing and not _reports(doc[i]))):
            return covering[i]
        if by_verb and doc[i].lemma_ in reporting_lemmas():
            subject = next((c.i for c in doc[i].children
                            if c.dep_ in SUBJECT_DEPS and c.i in covering), None)
            if subject is not None:
                return covering[subject]
    return None


def _reports(token: Token) -> bool:
    """Whether the subject `token` (or the name it is part of) has a reporting verb."""
    subject = token.head if token.dep_ == "compound" else token
    return subject.head.lemma_ in reporting_lemmas()


def link_first_person(doc: Doc, people: list[PersonBuilder], first_person: list[Token],
                      quote_marks: list[int]) -> None:
    """Add "I", "me", "my" inside a quotation to the person who says it, or else to the
    person the sentence introducing it is about."""
    if not first_person or len(quote_marks) < 2:
        return
    covering = {i: person for person in people for span in person.mentions.values()
                for i in range(span.start, span.end)}
    pairs = list(zip(quote_marks[::2], quote_marks[1::2]))
    for opening, closing in pairs:
        inside = [t for t in first_person if opening < t.i < closing]
        if not inside:
            continue
        speaker = (_speaker(doc, opening, closing, covering)
                   or _introducer(doc, opening, covering))
        for token in inside if speaker is not None else ():
            speaker.add(doc[token.i:token.i + 1])


def _introducer(doc: Doc, opening: int, covering: dict[int, PersonBuilder]) -> PersonBuilder | None:
    """The named subject of the sentence a quotation opens in (`Li defended the plan: "..."`),
    or, when it opens a sentence, of the sentence before (`Li issued a statement. "..."`)."""
    start = doc[opening].sent.start
    if start == opening:
        if opening == 0:
            return None
        start = doc[opening - 1].sent.start
    return next((covering[t.i] for t in doc[start:opening]
                 if t.dep_ in SUBJECT_DEPS and t.i in covering), None)


def _descriptions(mention: Span) -> list[Token]:
    """The person nouns that describe a mention in apposition ("Moxon, a Scientology
    attorney", "a Scientology attorney, Kendrick Moxon") or as the complement of "be" ("he was
    a teacher and a writer")."""
    root = mention.root
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ in ("be", "become", "remain"):
        candidates = [c for c in root.head.rights if c.dep_ == "attr"]
    elif (root.dep_ == "appos" and root.head.i < mention.start
          and set_off(mention.doc, mention.start)):
        candidates = [root.head]
    else:
        candidates = [c for c in root.rights if c.dep_ == "appos" and c.i >= mention.end]
    candidates += [c for noun in candidates for c in noun.conjuncts]
    return [c for c in candidates if is_person_noun(c)]


def noun_before_name(name: Span) -> Span | None:
    """A determined person noun right before the name, a mention of its own ("his wife Anna
    Novak", "the match referee Joel Ortiz", "Tunisia's coach Nabil Mansour")."""
    doc, k = name.doc, name.start - 1
    if k < 1 or not doc[k].is_lower or doc[k].tag_ != "NN" or doc[k].lower_ not in person_nouns():
        return None
    while k > 0 and doc[k - 1].is_lower and doc[k - 1].tag_ in ("NN", "JJ"):
        k -= 1
    if k < 1:
        return None
    before = doc[k - 1]
    if before.lower_ == "the" or before.tag_ == "PRP$":
        return doc[k - 1:name.start]
    if before.tag_ == "POS" and k > 1:
        return doc[doc[k - 2].left_edge.i:name.start]
    return None


def link_descriptions(people: list[PersonBuilder]) -> None:
    """Add the person nouns that describe a mention to its person."""
    covered = {i for person in people for span in person.mentions.values()
               for i in range(span.start, span.end)}
    for person in people:
        for mention in list(person.mentions.values()):
            for noun in _descriptions(mention):
                if noun.i not in covered:
                    person.add(noun_phrase(noun))
                    covered.update(range(noun.left_edge.i, noun.i + 1))


def _bare_definite(noun: Token) -> bool:
    """"the child", "their child": a determiner or possessive and the noun, nothing else (a
    generic "the member who ..." or another "the video referee" is no earlier person)."""
    lefts = list(noun.lefts)
    return (len(lefts) == 1 and (lefts[0].dep_ == "poss" or lefts[0].lower_ == "the")
            and not any(c.dep_ in ("relcl", "acl", "prep") for c in noun.rights))


def link_person_nouns(people: list[PersonBuilder], nouns: list[Token]) -> None:
    """Add "the child", "their child" to the person last described with that noun ("their
    daughter, Anna")."""
    described = [(person, {span.root.lower_ for span in person.mentions.values()
                           if span.root.is_lower and len(span) > 1})
                 for person in people]
    covered = {i for person in people for span in person.mentions.values()
               for i in range(span.start, span.end) if len(span) > 1 or not span[0].is_lower}
    for noun in nouns:
        if (noun.i in covered or not is_person_noun(noun) or not _bare_definite(noun)):
            continue
        person = last_mentioned([p for p, heads in described if noun.lower_ in heads], noun.idx)
        if person is not None:
            person.add(noun_phrase(noun))


def last_mentioned(people: list[PersonBuilder], offset: int) -> PersonBuilder | None:
    """Of `people`, the one mentioned last before the character `offset` (None if none is)."""
    latest = [(max(s for s, _ in p.mentions if s < offset), p)
              for p in people if any(s < offset for s, _ in p.mentions)]
    return max(latest, key=lambda found: found[0])[1] if latest else None


def link_nominals(doc: Doc, people: list[PersonBuilder], heads: list[Token], used: set[int]) -> None:
    """Add "the Russian prime minister" to the person last mentioned with that title."""
    for head in heads:
        if head.i in used:
            continue
        title = nominal_title(head)
        if title is None:
            continue
        start = doc[title.start].idx
        words = tuple(title.text.split())
        fitting = [p for p in people if any(t[-len(words):] == words for t in p.title_words)
                   and (title.country is None or p.country in (None, title.country))]
        person = last_mentioned(fitting, start)
        if person is not None:
            person.add(doc[title.start:title.end])


def find_people(doc: Doc) -> tuple[list[PersonBuilder], list[tuple[int, int, str]]]:
    """The article's people and the entity spans to relabel (start_char, end_char, label):
    PERSON for names spaCy missed or mistyped, ORG for lone words it took for people."""
    heads, pronouns, proper_nouns, quote_marks, first_person = [], [], [], [], []
    nouns: list[Token] = []
    capitalised_words: list[Token] = []
    common: set[str] = set()
    head_words, noun_words = title_heads(), person_nouns()
    for token in doc:
        low = token.lower_
        if token.is_lower:
            if token.is_alpha:
                common.add(low)
        elif token.is_title and not token.ent_type_ and token.pos_ in ("VERB", "NOUN", "ADJ"):
            capitalised_words.append(token)
        if low in QUOTE_MARKS:
            quote_marks.append(token.i)
        elif low in FIRST_PERSON:
            first_person.append(token)
        elif low in PRONOUNS or (low in RELATIVE_PRONOUNS and token.dep_ != "attr"):
            pronouns.append(token)
        elif low in head_words:
            heads.append(token)
        elif low in noun_words:
            nouns.append(token)
        elif token.pos_ == "PROPN" and not token.ent_type_ and token.is_title:
            proper_nouns.append(token)
    tagged = {(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"}
    text = doc.text
    spans = [name_span(ent) for ent in doc.ents if ent.label_ == "PERSON"
             and not is_news_organisation(ent.text) and is_name_like(ent)]
    names = [extended_left(name) for span in spans if span is not None
             and (name := headline_name(span, common, text))
             and (not is_common_word(name, common) or _has_title(name))]
    taken = set(tagged)
    for extra in (names_after_titles(doc, heads), names_from_first_names(doc, proper_nouns),
                  names_in_apposition(doc, heads + nouns)):
        extra = [n for n in extra if not any(n.start < e and s < n.end for s, e in taken)]
        names += extra
        taken |= {(n.start, n.end) for n in extra}
    people = cluster_names(names)
    relabel = [n for n in names if (n.start, n.end) not in tagged]
    for span in misread_names(doc, people, proper_nouns, capitalised_words):
        person = _matching_person(span, people)
        if person is not None:
            person.add(span)
            relabel.append(span)
    lone = [p for p in people if is_lone_word(p)]
    things = [p for p in people if p not in lone and is_thing(p)]
    people = [p for p in people if p not in lone and p not in things]
    lone_spans = [s for p in lone for s in p.mentions.values()]
    dropped = lone_spans + [s for p in things for s in p.mentions.values()]
    relabel = [n for n in relabel if n not in dropped]
    used: set[int] = set()
    for person in people:
        person.gender = sure_gender(person.words[0])
        for span in list(person.mentions.values()):
            before = title_before(doc, span.start)
            person.learn(before, doc[span.start - 1] if span.start > 0 else None)
            appos = title_in_apposition(span)
            person.learn(appos)
            for title in (before, appos):
                if title is not None:
                    used.update(range(title.start, title.end))
            if appos is not None:
                person.add(doc[appos.start:appos.end])
            described = noun_before_name(span)
            if described is not None:
                person.add(described)
    link_nominals(doc, people, heads, used)
    link_pronouns(doc, people, pronouns, quote_marks)
    link_first_person(doc, people, first_person, quote_marks)
    link_descriptions(people)
    link_person_nouns(people, nouns)
    return people, ([(s.start_char, s.end_char, "PERSON") for s in relabel]
                    + [(s.start_char, s.end_char, "ORG") for s in lone_spans])
