"""Quotes of a company's head: inside the quote "we", "us", "our" stand for the speaker's company.

Business news lets a company's head speak in the first person, the quote attributed before or after it:

    "We will supply the cells to Y from 2027," said Jane Doe, chief executive of X.
    X chief executive John Doe told reporters: "We have bought 20% of Y."
    «Ci fornirà l'acciaio Y», ha detto l'amministratore delegato di X, Mario Rossi.
    „Wir liefern seit Jahren an Y“, sagte X-Chef Max Muster.
    « Nous fournissons déjà Y », a déclaré le PDG de X.
    "Suministramos a Y desde 2024", afirmó el consejero delegado de X.

The first person plural inside such a quote is X (not in English, below), as it is in an interview's answers (interview.py,
interview_words.py read the words; this module says where and for whom). Strict about scope:

* only inside a quote (typographic pairs “…”, „…“, «…», »…«, or straight "…" within a paragraph);
* only where the quote's attribution (the rest of its sentence after the quote, from a comma and a verb
  of saying on; or the start of its sentence before it, up to a colon or a verb of saying and a comma)
  names one company, beside a head's or a spokesman's title ("chief executive of X", "X's CEO",
  "X-Chef", "Sprecher der X", "l'ad di X", "le PDG de X", "el consejero delegado de X") or as the one
  saying it ("X said");
* a quote with no attribution of its own that opens the sentence right after an attributed quote
  (no other company named between) goes on with the same speaker ("'We supply Y,' said the CEO of X. 'We also ...'");
* "our" only before the noun of a tie ("our customer Y", "il nostro partner"): "our projects" in a
  quote names no party;
* the speaker's company named by its name, not by a description ("the group's CFO");
* never on an interview page, whose answers interview.py and interview_words.py read already, and
  never outside a quote: a journalist's "we" stands for no company.

English quotes are left alone: English stories quote a head's loose talk ("Y gives us quality and
speed", "we found the cause in cooperation with the supplier") and name the company by a short form the
relation's gold name does not share; read, they gave more wrong ties than right ones on the development
pages and added a wrong supply on the held-out ones. German, French, Italian and Spanish quotes are read.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .head_titles import ROLE_AFTER as _AFTER_RX, ROLE_BEFORE as _BEFORE_RX
from .interview import first_person
from .interview_words import first_person_words
from .text import add_in_order

__all__ = ["find_quoted_we", "find_quoted_wir", "quote_speakers", "SAY"]

_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«"}
_MAX_QUOTE = 1500  # characters: a quote runs a paragraph or two at most
_MAX_ATTRIBUTION = 220  # characters of a sentence after or before its quote

#: verbs of saying (stems and forms), per language
_SAY = {
    "en": r"(?:said|says|say|told|tells|added|adds|explained|explains|noted|notes|stressed|insisted|declared|"
          r"commented|wrote|according\s+to)",
    "de": r"(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|kündigte|teilte|meinte|meint|ergänzte|ergänzt|"
          r"fügte|erläuterte|erläutert|so)",
    "fr": r"(?:a\s+déclaré|déclare|a\s+indiqué|indique|a\s+expliqué|explique|a\s+précisé|précise|a\s+affirmé|"
          r"affirme|a\s+assuré|assure|a\s+rappelé|rappelle|a\s+ajouté|ajoute|a\s+souligné|souligne|résume|"
          r"a\s+résumé|a\s+dit|dit|confie|a\s+confié|a\s+annoncé|annonce|a\s+commenté|commente|estime|a\s+estimé|"
          r"a\s+fait\s+savoir|a\s+insisté|insiste|observe|poursuit|ajoutait|déclarait|expliquait)",
    "it": r"(?:ha\s+detto|dice|ha\s+spiegato|spiega|ha\s+dichiarato|dichiara|ha\s+precisato|precisa|"
          r"ha\s+annunciato|annuncia|ha\s+aggiunto|aggiunge|ha\s+commentato|commenta|racconta|ha\s+raccontato|"
          r"sottolinea|ha\s+sottolineato|afferma|ha\s+affermato|assicura|ha\s+assicurato|conferma|"
          r"ha\s+confermato|osserva|ha\s+osservato|rassicura|ha\s+ricordato|ricorda|ha\s+minimizzato|"
          r"prosegue|conclude|ha\s+concluso)",
    "es": r"(?:afirmó|afirma|ha\s+afirmado|dijo|dice|ha\s+dicho|explicó|explica|ha\s+explicado|señaló|señala|"
          r"ha\s+señalado|aseguró|asegura|ha\s+asegurado|declaró|declara|ha\s+declarado|recordó|recuerda|"
          r"añadió|añade|indicó|indica|ha\s+indicado|subrayó|subraya|apuntó|apunta|destacó|destaca|"
          r"comentó|comenta|precisó|precisa|manifestó|sostuvo|sostiene|agregó|agrega|confirmó|confirma)",
}
#: (the same verbs for other readers: `public_names.py` reads one after a name as a company's)
SAY = _SAY


def _compile(table: dict, flags=re.IGNORECASE) -> dict:
    return {k: re.compile(v, flags) for k, v in table.items()}


_SAY_RX = _compile({k: r"(?<![\w-])" + v + r"(?![\w-])" for k, v in _SAY.items()})
#: the company saying it itself, a verb of saying right after it ("X said", "X a indiqué")
_SAYS_AFTER_NAME = _compile({k: r"\s*(?:,[^,]{0,40},\s*)?" + v + r"(?![\w-])" for k, v in _SAY.items()})


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quote's inside, in text order: typographic pairs, and straight double quotes
    paired within a paragraph."""
    out = []
    i, n = 0, len(text)
    while True:
        # (from one quotation mark to the next: the characters between are none, and a page holds a few)
        m = _OPENING.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch in _PAIRS:
            # the first closer or opening mark within the quote's reach: a quote if it is a closer
            stop = _STOPS[ch].search(text, i + 1, min(n, i + _MAX_QUOTE))
            if stop is not None and text[stop.start()] in _PAIRS[ch]:
                out.append((i + 1, stop.start()))
                i = stop.start() + 1
                continue
        else:
            end = text.find('"', i + 1)
            para = text.find("\n", i + 1)
            if end > i and (para < 0 or end < para) and end - i <= _MAX_QUOTE:
                out.append((i + 1, end))
                i = end + 1
                continue
        i += 1
    return out


#: the characters that may open a quote
_OPENING = re.compile("[" + re.escape("".join(_PAIRS)) + '"]')
#: per opening mark, the characters that end the search for its closer: a closer, or another opening mark
_STOPS = {ch: re.compile("[" + re.escape("".join(sorted(set(closers) | set(_PAIRS)))) + "]") for ch, closers in _PAIRS.items()}


def _sentence_at(sentences, pos: int) -> int | None:
    for k, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return k
    return None


def _speaker_in(text: str, lo: int, hi: int, mentions: list[Mention], language: str) -> Mention | None:
    """The one company an attribution text[lo:hi] names, beside a head's title or as the one saying it."""
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.canonical and not m.attrs.get("implied")
              and not m.attrs.get("pronoun")]
    if not inside or len({m.canonical for m in inside}) != 1:
        return None  # no company, or two: whose words these are is not clear
    for m in inside:
        if m.source == "coref":
            continue  # by name only: "the group's chief financial officer" may be a unit's as well
        if _BEFORE_RX[language].search(text, max(lo, m.start - 60), m.start) or _AFTER_RX[language].match(text, m.end):
            return m
        if _SAYS_AFTER_NAME[language].match(text, m.end):
            return m
    return None


def _attributed(text: str, q_start: int, q_end: int, sentences, companies, language: str) -> Mention | None:
    """The speaker's company of the quote text[q_start:q_end], from its sentence after or before it."""
    say = _SAY_RX[language]
    k = _sentence_at(sentences, min(q_end, len(text) - 1))
    if k is not None:
        s = sentences[k]
        hi = min(s.end, q_end + 1 + _MAX_ATTRIBUTION)
        nxt = next((p for p in range(q_end + 1, hi) if text[p] in '"“„«»'), hi)  # up to the next quote
        after = text[q_end + 1:nxt]
        # ('"...," said X', '«...», a déclaré X', '„...“, sagte X', '"...", afirmó X'; the verb within a few words)
        closes_with_comma = text[q_end - 1:q_end] == "," or after.lstrip().startswith((",", "–", "—"))
        verb = say.search(after, 0, 80)
        if closes_with_comma and verb is not None:
            m = _speaker_in(text, q_end + 1, nxt, companies.get(k, []), language)
            if m is not None:
                return m
    k = _sentence_at(sentences, q_start - 1) if q_start else None
    if k is not None:
        s = sentences[k]
        lo = max(s.start, q_start - 1 - _MAX_ATTRIBUTION)
        before = text[lo:q_start - 1]
        prev_quote = max(before.rfind(c) for c in '"“”„«»')
        if prev_quote >= 0:
            lo += prev_quote + 1
            before = text[lo:q_start - 1]
        tail = before.rstrip()
        if tail.endswith(":") or (tail.endswith(",") and say.search(tail[-40:])):
            return _speaker_in(text, lo, q_start - 1, companies.get(k, []), language)
    return None


def quote_speakers(text: str, sentences, companies: dict[int, list[Mention]], language: str) -> list[tuple[int, int, Mention]]:
    """(start, end, speaker's company) for each quote whose speaker is a company's head (see the module)."""
    if language not in _SAY_RX:
        return []
    out = []
    named = sorted((m.start, m.canonical) for ms in companies.values() for m in ms if m.canonical)
    last_end, last_speaker = -1, None
    for q_start, q_end in quote_spans(text):
        speaker = _attributed(text, q_start, q_end, sentences, companies, language)
        if speaker is None and last_speaker is not None and _goes_on(text, named, last_end, q_start, last_speaker):
            speaker = last_speaker  # the speaker goes on in the next sentence
        if speaker is not None:
            out.append((q_start, q_end, speaker))
        last_end, last_speaker = q_end, speaker
    return out


def _goes_on(text: str, named, prev_end: int, q_start: int, speaker: Mention) -> bool:
    """Whether the quote opening at q_start opens a sentence right after the attributed quote that ended at
    prev_end, its attribution between naming no other company."""
    gap = text[prev_end + 1:q_start - 1]
    if len(gap) > 300 or not gap.rstrip().endswith((".", "!", "?")):
        return False
    return all(c == speaker.canonical for start, c in named if prev_end < start < q_start)


#: the nouns of a tie after "our" (a few adjectives between): "our biggest customer", "unser Partner",
#: "notre actionnaire", "il nostro fornitore", "nuestro socio". Other possessives in a quote ("our
#: projects", "i nostri progetti") name no party: they are not read as the company
_PARTY_NOUN = re.compile(
    r"(?:customer|client|partner|supplier|shareholder|investor|owner|parent|subsidiar|unit|"
    r"kunde|lieferant|zulieferer|aktionär|gesellschafter|eigentümer|mutter|tochter|investor|"
    r"partenaire|fournisseu|actionnaire|propriétaire|filiale|maison|"
    r"client|fornitor|soci[oa]|azionist|controllant|controllat|proprietari|"
    r"proveedor|accionista|matriz|propietari|filial)", re.IGNORECASE)
_POSSESSIVES = frozenset("our unser unsere unseren unserem unserer unseres notre nos nostro nostra nostri nostre "
                         "nuestro nuestra nuestros nuestras".split())


def _party_possessive(tokens, start: int) -> bool:
    """Whether the possessive at ``start`` is "our" before a tie's noun, at most two words between."""
    k = next((i for i, t in enumerate(tokens) if t.start == start), None)
    if k is None:
        return False
    return any(_PARTY_NOUN.match(t.key) for t in tokens[k + 1:k + 4] if t.text[:1].isalpha())


def _in_quotes(spans, tokens):
    """Per quote (speaker, tokens inside it) for a sentence's tokens."""
    for q_start, q_end, speaker in spans:
        inside = [t for t in tokens if q_start <= t.start and t.end <= q_end]
        if inside:
            yield speaker, inside


def _spans(text, sentences, companies, language, sentence_tokens):
    if not any(c in text for c in '"“„«»'):
        return []
    return quote_speakers(text, sentences, companies, language)


def find_quoted_wir(text: str, sentences, sentence_tokens, language: str, companies: dict,
                    occupied) -> list[tuple[int, int, int, Mention]]:
    """(start, end, sentence index, speaker's company) for each German first-person word in a quote of a
    company's head."""
    if language != "de":
        return []  # (English: see the module)
    spans = _spans(text, sentences, companies, language, sentence_tokens)
    out = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for speaker, inside in _in_quotes(spans, tokens):
            for start, end in first_person_words(inside, language, occupied):
                if text[start:end].casefold() in _POSSESSIVES and not _party_possessive(inside, start):
                    continue
                out.append((start, end, s_index, speaker))
    return out


def find_quoted_we(text: str, sentences, sentence_tokens, language: str, companies: dict, subject: dict,
                   occupied) -> list[Mention]:
    """COMPANY mentions for the French, Italian and Spanish first person plural in a quote of a company's
    head."""
    if language not in ("fr", "it", "es"):
        return []
    spans = _spans(text, sentences, companies, language, sentence_tokens)
    out = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for speaker, inside in _in_quotes(spans, tokens):
            for mention, is_subject in first_person(text, s_index, inside, speaker, occupied, language):
                if mention.text.casefold() in _POSSESSIVES and not _party_possessive(inside, mention.start):
                    continue
                out.append(mention)
                subject[id(mention)] = is_subject
                add_in_order(companies, s_index, mention)
    return out
