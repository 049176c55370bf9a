"""Interviews: in questions and answers with a company's executive, "we" is the company.

A French, Italian or Spanish interview page ("Entretien avec le patron de Verkor", "ACC, l'ad Delorme: ...",
"Abbiamo incontrato l'amministratore delegato") tells the company's deals in the first person plural:
"nous livrons des cellules à Kessel", "Brixo, qui nous livre depuis 2023", "Nous achetons notre
anode auprès de Norgraf", "Con Kessel abbiamo firmato un contratto di fornitura", "Noi lavoriamo con
Brixo", "hemos firmado con Kessel", and the possessives "nos cellules", "i nostri clienti", "nuestros
accionistas" (the company's, as "its" would be). Those words get COMPANY mentions that stand for the
interviewee's company, so that the relation frames read them as they read the company's name:

* French "nous"/"Nous" as a subject, and Italian "noi", get a mention on the word;
* French "nous" as an object clitic ("qui nous livre", "Brixo nous fournit") gets a zero-width mention
  right after its verb, where the frames read an object ("Brixo fournit [X]");
* an Italian or Spanish verb in the first person plural with no "noi"/"nosotros" ("abbiamo firmato",
  "lavoriamo", "produrremo", "hemos firmado") gets a zero-width mention right before it, where the
  frames read a subject;
* the possessives ("notre", "nos", "nostro", "nuestros") get a mention on the word.

Precision first, only on an interview page: the opening sentences say so (fr "entretien",
"interview", "propos recueillis"; it "intervista", "abbiamo incontrato"; es "entrevista"), or the page
is laid out as questions and answers (a saved page may lose its "Interview" menu), and the company
is the one named there beside an executive's title ("le directeur général de X", "l'amministratore delegato di
X", "X, l'ad Rossi"). A quoted executive in an ordinary story ("« Nous livrerons BMW », a dit le PDG")
is left alone: no interview marker. Questions ("Où achetez-vous ?") are skipped: "nous" there is the
journalist.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..doc import Mention
from .head_titles import ROLE_BEFORE
from .interview_company import is_question, page_company
from .text import add_in_order

__all__ = ["after_we", "answer_tokens", "find_interview_we", "first_person", "LANGUAGES", "others_quoted", "outside_quotes", "questions_and_answers"]

LANGUAGES = ("fr", "it", "es")

_LEAD = 8  # sentences: headline, standfirst, byline, the introduction before the first question
_MARKER = {
    "fr": re.compile(r"\b(?:entretien|interview|propos recueillis)\b", re.I),
    "it": re.compile(r"\b(?:intervista|abbiamo incontrato|abbiamo intervistato)\b", re.I),
    "es": re.compile(r"\b(?:entrevista|entrevistamos)\b", re.I),
}
# An executive's title right before "de X" / "di X"
_TITLE_BEFORE = {
    "fr": re.compile(r"\b(?:patron|patronne|PDG|p\.-d\.g\.|directeur général|directrice générale|président|"
                     r"présidente|dirigeant|dirigeante|DG|CEO|fondateur|fondatrice|numéro un)"
                     r"(?:\s+(?:délégué|déléguée|adjoint|adjointe|exécutif|exécutive|financier|financière))?\s+(?:de\s+|d'|d’|du\s+)$",
                     re.I),
    "it": re.compile(r"\b(?:amministratore delegato|amministratrice delegata|ad|ceo|presidente|presidentessa|"
                     r"direttore generale|direttrice generale|numero uno|fondatore|fondatrice)\s+"
                     r"(?:di\s+|del\s+|della\s+|dell'|dell’)$", re.I),
    "es": re.compile(r"\b(?:consejer[oa] delegad[oa]|president[ae]|director[a]? general|CEO|fundador[a]?|"
                     r"máxim[oa] responsable|primer[a]? ejecutiv[oa]|director[a]? ejecutiv[oa])\s+(?:de\s+|del\s+)$", re.I),
}
# ... or right after "X," ("ACC, l'ad Delorme", "Verkor : le PDG")
_TITLE_AFTER = {
    "fr": re.compile(r"\s*[,:]\s*(?:son|sa|le|la)\s+(?:patron|patronne|PDG|directeur général|directrice générale|"
                     r"président|présidente|dirigeant|DG|CEO)\b", re.I),
    "it": re.compile(r"\s*[,:]\s*(?:l'|l’|il\s+|la\s+|il suo\s+)(?:ad|amministratore delegato|amministratrice delegata|"
                     r"ceo|presidente|direttore generale|numero uno)\b", re.I),
    "es": re.compile(r"\s*[,:]\s*(?:su\s+|el\s+|la\s+)(?:consejer[oa] delegad[oa]|president[ae]|CEO|director[a]? general)\b", re.I),
}
# ("n" is the elided negation: the tokenizer splits "n'avons" into "n", "'", "avons")
_FR_SUBJECT_NEXT = frozenset("sommes avons allons pouvons devons voulons faisons étions avions serons aurons "
                             "ne n n' y en".split())
_FR_OBJECT_AFTER = frozenset("qui ne n n'".split())
_FR_AUX = frozenset("a avait aura va doit peut continue".split())
#: verbs of buying: "nous" as their object is the seller ("Brixo nous achète ...", "nous commande ...")
_FR_BUY = ("achèt", "achet", "rachèt", "rachet", "acquier", "acquiè", "acquis", "command")
#: an object pronoun between "nous" and its verb ("nous l'achetons", "nous lui livrerons", "nous les
#: achetons"): "nous" is still the subject where the verb after the pronoun is in the first person plural
_FR_CLITICS = frozenset("l le la les lui leur".split())
#: the first person as the receiver of a passive of supplying, before its auxiliary ("le lithium nous est
#: fourni par Y", "gli stampi ci vengono forniti da Y", "las celdas nos son suministradas por Y"): the
#: word is the interviewee, read as passive_datives.py reads "lui"/"gli"/"le" ("Les liants [X] sont
#: fournis par Y"); the agent then is its supplier
#: Italian adverbs that may stand between "ci sono" and a participle ("ci sono già forniti da Y")
_IT_ADVERB = r"(?:\w+mente|già|ormai|ora|anche|sempre|spesso|ancora|poi|oggi|tuttora|solo|soltanto|invece|però)"
_WE_PASSIVE = {
    "fr": re.compile(r"nous\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+été|est|sont|était|étaient|sera|seront)\s+"
                     r"(?:\w+\s+)?(?:fourni|livré|vendu|cédé|apporté|expédié)e?s?\s+par\b", re.I),
    # (after a form of "essere" only an adverb before the participle: "ci sono concorrenti forniti da Y" is
    # "there are competitors supplied by Y", no receiver)
    "it": re.compile(r"ci\s+(?:(?:è|sono|era|erano|sarà|saranno)\s+(?:stat[oaie]\s+)?(?:" + _IT_ADVERB + r"\s+)?"
                     r"|(?:viene|vengono|veniva|venivano|verrà|verranno)\s+(?:\w+\s+)?)"
                     r"(?:fornit|consegnat|vendut|spedit)[oaie]\s+da\b", re.I),
    "es": re.compile(r"nos\s+(?:es|son|fue|fueron|será|serán|era|eran|(?:ha|han|había|habían)\s+sido)\s+"
                     r"(?:\w+\s+)?(?:suministrad|entregad|vendid|provist|proporcionad|enviad)[oa]s?\s+por\b", re.I),
}


def _dative_passive(text: str, tok, language: str) -> bool:
    """Whether the token "nous"/"ci"/"nos" opens a passive of supplying that it receives (``_WE_PASSIVE``)."""
    return _WE_PASSIVE[language].match(text, tok.start) is not None


def _ons_after_clitic(tokens, k: int) -> bool:
    """Whether "nous" (tokens[k]) is followed by an object pronoun and a verb in "-ons" ("nous l'achetons")."""
    j = k + 1
    if j >= len(tokens) or tokens[j].key not in _FR_CLITICS:
        return False
    j += 1
    while j < len(tokens) and tokens[j].key in ("'", "’"):
        j += 1
    return j < len(tokens) and tokens[j].key.endswith("ons")


_IT_PLURAL_VERB = re.compile(r"(?:iamo|remo)$")
_IT_NOT_VERB = frozenset("noi ci ne".split())
_IT_NOT_PLURAL = frozenset("siamo estremo supremo remo".split())  # a copula; adjectives that end alike


def interviewee(text: str, sentences, companies: dict[int, list[Mention]], language: str) -> Mention | None:
    """The company an interview page is with, or None when the page is no interview."""
    lead = [i for i in range(min(_LEAD, len(sentences)))]
    if not lead or not (any(_MARKER[language].search(text, sentences[i].start, sentences[i].end) for i in lead)
                        or questions_and_answers(text)):
        return None
    for i in lead:
        for c in companies.get(i, ()):
            if not c.canonical or c.source == "coref":
                continue
            if _TITLE_BEFORE[language].search(text[max(0, c.start - 40):c.start]) or \
                    _TITLE_AFTER[language].match(text, c.end) or \
                    ROLE_BEFORE[language].search(text, max(0, c.start - 60), c.start):
                # (the last: a title with its department, "responsabile delle attività italiane di X")
                return c
    # a bare title ("L'amministratrice delegata Elena Morra"), on a page laid out as questions and answers
    return page_company(text, sentences, companies) if questions_and_answers(text) else None


#: a line that is a question of its own: the interviewer's, on a page of questions and answers
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*[^\n?]{8,300}\?[ \t»”\"]*$")


def questions_and_answers(text: str) -> bool:
    """A page laid out as questions and answers (three lines or more that are one question each) is an
    interview though it does not call itself one: a saved page often loses the "Interview" of its menu."""
    if text.count("?") < 3:
        return False  # (each question line holds its own "?": a page with fewer has no three)
    return sum(1 for _ in zip(range(3), _QUESTION_LINE.finditer(text))) >= 3


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
    if not any(w in lowered for w in _GATE[language]):
        return []  # the cheap gate: no first person plural at all
    company = interviewee(text, sentences, companies, language)
    if company is None:
        return []
    out: list[Mention] = []
    quoted = others_quoted(text, sentences, companies, language, company.canonical)
    for s_index, _s, s_end, tokens in sentence_tokens:
        if s_index < _LEAD and s_index <= company.sentence:
            continue
        tokens = answer_tokens(text, _s, s_end, tokens)
        if not tokens:
            continue  # a question: "nous" is the journalist
        tokens = outside_quotes(tokens, quoted)
        found = _FINDERS[language](text, s_index, tokens, company, occupied)
        for mention, is_subject in found:
            out.append(mention)
            subject[id(mention)] = is_subject
            add_in_order(companies, s_index, mention)
    return out


def others_quoted(text: str, sentences, companies: dict[int, list[Mention]], language: str, company: str | None) -> list[tuple[int, int]]:
    """(start, end) of each quote in an interview that another company's head or spokesman is said to have
    spoken ("Le patron d'Iveco m'a dit : « Nous achetons nos cellules à Y »", "Stellantis said: \"We buy
    from Y\""): its "we" is that company's, not the interviewee's, and is left unread (quoted_speakers.py
    finds the speakers; it reads quotes in stories only)."""
    from .quoted_speakers import quote_speakers  # (it imports this module)

    return [(a, b) for a, b, speaker in quote_speakers(text, sentences, companies, language) if speaker.canonical != company]


def outside_quotes(tokens, quoted: list[tuple[int, int]]):
    """The tokens outside the (start, end) spans of ``others_quoted``: another company's quoted "we" is
    not the interviewee's (interview_words.py reads the German and English "wir", "we" the same way)."""
    if not quoted:
        return tokens
    return [t for t in tokens if not any(a <= t.start < b for a, b in quoted)]


def first_person(text: str, s_index: int, tokens, company: Mention, occupied, language: str):
    """(mention, whether it is the subject) for each first person plural word of the company among a
    sentence's tokens (an answer's, or a quote's: quoted_speakers.py)."""
    return _FINDERS[language](text, s_index, tokens, company, occupied)


def answer_tokens(text: str, start: int, end: int, tokens):
    """The tokens of a sentence that belong to an answer: all of them, unless the sentence ends in a question,
    which is the interviewer's; then those before the line the question opens (a splitter may join an answer
    and the next question, "—Sí, desde 2021.\n—¿Y los precios?"), or none."""
    if not is_question(text, start, end):
        return tokens
    cut = text.rfind("\n", start, end)
    return [t for t in tokens if t.end <= cut] if cut >= 0 else []


def _french(text, s_index, tokens, company, occupied):
    found = []
    for k, tok in enumerate(tokens):
        if tok.key in _FR_OUR and not occupied.overlaps(tok.start, tok.end) and not after_we(tokens, k, ("nous",)):
            found.append((_word(text, s_index, tok, company), False))  # "nos cellules", "notre actionnaire"
            continue
        if tok.key != "nous" or occupied.overlaps(tok.start, tok.end):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        prev = tokens[k - 1].key if k else ""
        if nxt is None:
            continue
        if _dative_passive(text, tok, "fr"):
            found.append((_word(text, s_index, tok, company), False))  # "le lithium nous est fourni par Y"
            continue
        if prev == "par":
            # the agent of a passive ("le séparateur est fourni par nous à Y"), as Italian "da noi" and
            # Spanish "por nosotros" are: the word is the company, the frames read the passive's agent
            found.append((_word(text, s_index, tok, company), False))
            continue
        verb_first = nxt.key.endswith("ons") or nxt.key in _FR_SUBJECT_NEXT or _ons_after_clitic(tokens, k)
        if not verb_first and (prev in _FR_OBJECT_AFTER or (k and tokens[k - 1].text[:1].isupper())):
            # "Brixo, qui nous livre", "Brixo nous fournit": the object, read after the verb
            v = k + 1
            if tokens[v].key in _FR_AUX and v + 1 < len(tokens):
                v += 1
            if tokens[v].key.startswith(_FR_BUY):
                continue  # "Brixo nous achète la production": a purchase from the company, not of it
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
        if tok.key == "ci" and _dative_passive(text, tok, "it"):
            found.append((_word(text, s_index, tok, company), False))  # "gli stampi ci vengono forniti da Y"
            continue
        if tok.key in _IT_OUR and not after_we(tokens, k, ("noi",), _IT_PLURAL_VERB):
            found.append((_word(text, s_index, tok, company), False))  # "i nostri clienti", "il nostro azionista"
            continue
        # (in lower case, or opening the answer: "Forniamo i freni a ...", "«Lavoriamo con ...")
        opens = _opens(tokens, k)
        if not _IT_PLURAL_VERB.search(tok.key) or not (tok.text[:1].islower() or opens):
            continue
        if tok.key in _IT_NOT_PLURAL and not (tok.key == "siamo" and _in_talks_after(tokens, k)):
            continue
        prev = tokens[k - 1].key if k else ""
        if prev in _IT_NOT_VERB:
            continue  # "noi abbiamo" (the word itself is the mention), "ci siamo", "ne parliamo"
        # (the subject stands before a negation: "Non siamo in trattativa", "No estamos negociando")
        at = tokens[k - 1].start if k and tokens[k - 1].key in _NEGATIONS else tok.start
        found.append((_zero(at, s_index, company, clitic=False), True))
    return found


def _spanish(text, s_index, tokens, company, occupied):
    """"nosotros" and "nuestro(s)/nuestra(s)" are the company; a verb in the first person plural with
    no "nosotros" ("hemos firmado", "suministramos") gets a zero-width subject before it."""
    found = []
    for k, tok in enumerate(tokens):
        if occupied.overlaps(tok.start, tok.end):
            continue
        if tok.key in ("nosotros", "nosotras"):
            found.append((_word(text, s_index, tok, company), True))
            continue
        if tok.key == "nos" and _dative_passive(text, tok, "es"):
            found.append((_word(text, s_index, tok, company), False))  # "las celdas nos son suministradas por Y"
            continue
        if tok.key in _ES_OUR and not after_we(tokens, k, ("nosotros", "nosotras"), _ES_PLURAL_VERB):
            found.append((_word(text, s_index, tok, company), False))
            continue
        prev = tokens[k - 1].key if k else ""
        # ("nos" as an object is left alone: "nos suministra" is a delivery to the company, "nos compra"
        # a purchase from it, and a zero-width object after the verb cannot tell them apart)
        # (an answer opened by a dash, "—Suministramos a ...", opens with the verb as well)
        opens = _opens(tokens, k)
        if not _es_plural_verb(tok, opens) or prev in ("nosotros", "nosotras", "nos"):
            continue
        # (the subject stands before a negation: "Non siamo in trattativa", "No estamos negociando")
        at = tokens[k - 1].start if k and tokens[k - 1].key in _NEGATIONS else tok.start
        found.append((_zero(at, s_index, company, clitic=False), True))
    return found


#: a negation the subject stands before ("Non siamo ...", "No estamos ...")
_NEGATIONS = frozenset({"non", "no"})
#: an answer's label before its first word ("R: Forniamo ...", "P: Suministramos ...", "A: ...")
_ANSWER_LABELS = frozenset("r a p risposta respuesta réponse antwort".split())
#: "siamo" before talks is no copula of a description: "Siamo in trattativa con Y" (the company talks)
_IT_TALKS = frozenset("trattativa trattative contatto negoziazione negoziato discussione colloqui".split())


def _opens(tokens, k: int) -> bool:
    """Whether tokens[k] opens the sentence or the answer: no word before it but an answer's label."""
    before = [t for t in tokens[:k] if t.text[:1].isalnum()]
    if not before:
        return True
    return len(before) == 1 and before[0].key in _ANSWER_LABELS and any(t.text == ":" for t in tokens[:k])


def _in_talks_after(tokens, k: int) -> bool:
    """"siamo in trattativa", "siamo in contatto": the words after "siamo" tell talks."""
    nxt = [t.key for t in tokens[k + 1:k + 3]]
    return len(nxt) == 2 and nxt[0] == "in" and nxt[1] in _IT_TALKS


def after_we(tokens, k: int, words: Collection[str], verb: re.Pattern | None = None) -> bool:
    """A first-person subject a few words before a possessive ("nous achetons nos cellules auprès de Y",
    "abbiamo venduto i nostri"): the possessive is the same company's, and the subject already stands for
    it in the frame; a second mention between the verb and its object would read as the object."""
    for j in range(max(0, k - 5), k):
        key = tokens[j].key
        if key in words or (verb is not None and verb.search(key)):
            return True
    return False


def _es_plural_verb(tok, opens: bool) -> bool:
    """A Spanish verb in the first person plural: "-amos", "-emos", "-imos", in lower case or opening the
    sentence ("Hemos firmado"), not a noun or adjective that ends alike ("tramos", "extremos", "últimos":
    an accent before "-imos" marks an adjective)."""
    key = tok.key
    if not (tok.text[:1].islower() or opens) or not _ES_PLURAL_VERB.search(key) or key in _ES_NOT_PLURAL:
        return False
    return not (key.endswith("imos") and _ACCENTED.search(key))


_FR_OUR = frozenset("notre nos".split())
_IT_OUR = frozenset("nostro nostra nostri nostre".split())
_ES_OUR = frozenset("nuestro nuestra nuestros nuestras".split())
_ES_PLURAL_VERB = re.compile(r"(?:amos|emos|imos)$")
#: nouns and adjectives that end like the verb (a word that does not end so needs no entry)
_ES_NOT_PLURAL = frozenset("ramos tramos préstamos prestamos reclamos extremos supremos remos amos gamos "
                           "primos racimos".split())
_ACCENTED = re.compile(r"[áéíóú]")
_GATE = {"fr": ("nous ", "notre ", "nos "), "it": ("iamo", "noi ", "nostr"), "es": ("amos", "emos", "imos", "nuestr")}
_FINDERS = {"fr": _french, "it": _italian, "es": _spanish}
