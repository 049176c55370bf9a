"""Interviews: in questions and answers with a company's executive, "we" is the company.

A French or Italian interview page ("Entretien avec le patron de Verkor", "ACC, l'ad Delorme: ...",
"Abbiamo incontrato l'amministratore delegato") tells the company's deals in the first person plural:
"nous livrons des cellules à Kessel", "Brixo, qui nous livre depuis 2023", "Nous achetons notre
anode auprès de Norgraf", "Con Kessel abbiamo firmato un contratto di fornitura", "Noi lavoriamo con
Brixo". Those words get COMPANY mentions that stand for the interviewee's company, so that the
relation frames read them as they read the company's name:

* French "nous"/"Nous" as a subject, and Italian "noi", get a mention on the word;
* French "nous" as an object clitic ("qui nous livre", "Brixo nous fournit") gets a zero-width mention
  right after its verb, where the frames read an object ("Brixo fournit [X]");
* an Italian verb in the first person plural that opens its clause with no "noi" ("abbiamo firmato",
  "lavoriamo", "produrremo") gets a zero-width mention right before it, where the frames read a subject.

Precision first, only on an interview page: the opening sentences say so (fr "entretien",
"interview", "propos recueillis"; it "intervista", "abbiamo incontrato"), and the company is the one
named there beside an executive's title ("le directeur général de X", "l'amministratore delegato di
X", "X, l'ad Rossi"). A quoted executive in an ordinary story ("« Nous livrerons BMW », a dit le PDG")
is left alone: no interview marker. Questions ("Où achetez-vous ?") are skipped: "nous" there is the
journalist.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .text import add_in_order

__all__ = ["find_interview_we", "LANGUAGES"]

LANGUAGES = ("fr", "it")

_LEAD = 8  # sentences: headline, standfirst, byline, the introduction before the first question
_MARKER = {
    "fr": re.compile(r"\b(?:entretien|interview|propos recueillis)\b", re.I),
    "it": re.compile(r"\b(?:intervista|abbiamo incontrato|abbiamo intervistato)\b", re.I),
}
# An executive's title right before "de X" / "di X"
_TITLE_BEFORE = {
    "fr": re.compile(r"\b(?:patron|patronne|PDG|p\.-d\.g\.|directeur général|directrice générale|président|"
                     r"présidente|dirigeant|dirigeante|DG|CEO|fondateur|fondatrice|numéro un)\s+(?:de\s+|d'|d’|du\s+)$",
                     re.I),
    "it": re.compile(r"\b(?:amministratore delegato|amministratrice delegata|ad|ceo|presidente|presidentessa|"
                     r"direttore generale|direttrice generale|numero uno|fondatore|fondatrice)\s+"
                     r"(?:di\s+|del\s+|della\s+|dell'|dell’)$", re.I),
}
# ... or right after "X," ("ACC, l'ad Delorme", "Verkor : le PDG")
_TITLE_AFTER = {
    "fr": re.compile(r"\s*[,:]\s*(?:son|sa|le|la)\s+(?:patron|patronne|PDG|directeur général|directrice générale|"
                     r"président|présidente|dirigeant|DG|CEO)\b", re.I),
    "it": re.compile(r"\s*[,:]\s*(?:l'|l’|il\s+|la\s+|il suo\s+)(?:ad|amministratore delegato|amministratrice delegata|"
                     r"ceo|presidente|direttore generale|numero uno)\b", re.I),
}
_FR_SUBJECT_NEXT = frozenset("sommes avons allons pouvons devons voulons faisons étions avions serons aurons "
                             "ne n' y en".split())
_FR_OBJECT_AFTER = frozenset("qui ne n'".split())
_FR_AUX = frozenset("a avait aura va doit peut continue".split())
_IT_PLURAL_VERB = re.compile(r"(?:iamo|remo)$")
_IT_NOT_VERB = frozenset("noi ci ne".split())
_IT_NOT_PLURAL = frozenset("siamo estremo supremo remo".split())  # a copula; adjectives that end alike
# Words that may stand between a clause opening and its verb ("Con Kessel abbiamo", "Oggi abbiamo")
_IT_CLAUSE_BREAK = frozenset(", ; : e ma".split())


def interviewee(text: str, sentences, companies: dict[int, list[Mention]], language: str) -> Mention | None:
    """The company an interview page is with, or None when the page is no interview."""
    lead = [i for i in range(min(_LEAD, len(sentences)))]
    if not lead or not any(_MARKER[language].search(text, sentences[i].start, sentences[i].end) for i in lead):
        return None
    for i in lead:
        for c in companies.get(i, ()):
            if not c.canonical or c.source == "coref":
                continue
            if _TITLE_BEFORE[language].search(text[max(0, c.start - 40):c.start]) or \
                    _TITLE_AFTER[language].match(text, c.end):
                return c
    return None


def _word(text: str, s_index: int, tok, company: Mention) -> Mention:
    return Mention(start=tok.start, end=tok.end, text=text[tok.start:tok.end], label="COMPANY",
                   canonical=company.canonical, sentence=s_index, source="coref",
                   attrs={"known": company.attrs.get("known", False),
                          "sectors": list(company.attrs.get("sectors") or []),
                          "country": company.attrs.get("country"),
                          "antecedent": [company.start, company.end], "pronoun": True, "interview": True})


def _zero(at: int, s_index: int, company: Mention, clitic: bool) -> Mention:
    # implied (kept out of the output like a dropped subject), its antecedent its own place: the
    # evidence stays the sentence, not the page from the headline on
    attrs = {"known": company.attrs.get("known", False), "sectors": list(company.attrs.get("sectors") or []),
             "country": company.attrs.get("country"), "antecedent": [at, at], "implied": True, "interview": True}
    if clitic:
        attrs["clitic"] = True
    return Mention(start=at, end=at, text="", label="COMPANY", canonical=company.canonical, sentence=s_index,
                   source="coref", attrs=attrs)


def find_interview_we(text: str, sentences, sentence_tokens, language: str,
                      companies: dict[int, list[Mention]], subject: dict[int, bool], occupied) -> list[Mention]:
    """COMPANY mentions for the first person plural of an interview page (see the module)."""
    if language not in LANGUAGES:
        return []
    lowered = text.casefold()
    if ("nous " if language == "fr" else "iamo") not in lowered:
        return []  # the cheap gate: no first person plural at all
    company = interviewee(text, sentences, companies, language)
    if company is None:
        return []
    out: list[Mention] = []
    for s_index, _s, s_end, tokens in sentence_tokens:
        if s_index < _LEAD and s_index <= company.sentence:
            continue
        if text[:s_end].rstrip().endswith("?"):
            continue  # a question: "nous" is the journalist
        found = _french(text, s_index, tokens, company, occupied) if language == "fr" \
            else _italian(text, s_index, tokens, company, occupied)
        for mention, is_subject in found:
            out.append(mention)
            subject[id(mention)] = is_subject
            add_in_order(companies, s_index, mention)
    return out


def _french(text, s_index, tokens, company, occupied):
    found = []
    for k, tok in enumerate(tokens):
        if tok.key != "nous" or occupied.overlaps(tok.start, tok.end):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        prev = tokens[k - 1].key if k else ""
        if nxt is None:
            continue
        verb_first = nxt.key.endswith("ons") or nxt.key in _FR_SUBJECT_NEXT
        if not verb_first and (prev in _FR_OBJECT_AFTER or (k and tokens[k - 1].text[:1].isupper())):
            # "Brixo, qui nous livre", "Brixo nous fournit": the object, read after the verb
            v = k + 1
            if tokens[v].key in _FR_AUX and v + 1 < len(tokens):
                v += 1
            found.append((_zero(tokens[v].end, s_index, company, clitic=True), False))
        elif verb_first:
            found.append((_word(text, s_index, tok, company), True))
    return found


def _italian(text, s_index, tokens, company, occupied):
    found = []
    for k, tok in enumerate(tokens):
        if occupied.overlaps(tok.start, tok.end):
            continue
        if tok.key == "noi":
            found.append((_word(text, s_index, tok, company), True))
            continue
        if not _IT_PLURAL_VERB.search(tok.key) or tok.key in _IT_NOT_PLURAL or not tok.text[:1].islower():
            continue
        prev = tokens[k - 1].key if k else ""
        if prev in _IT_NOT_VERB:
            continue  # "noi abbiamo" (the word itself is the mention), "ci siamo", "ne parliamo"
        found.append((_zero(tok.start, s_index, company, clitic=False), True))
    return found
