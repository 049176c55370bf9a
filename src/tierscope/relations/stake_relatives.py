"""A stake told in a relative clause right after the company it is in:

    "Stellantis tightened its ties with China through Leapmotor, in which it holds about 21%."
    "Il costruttore ha rafforzato i legami con la Cina attraverso Leapmotor, di cui possiede il 21%."
    "Stellantis ha reforzado sus lazos con China a través de Leapmotor, de la que posee cerca del 21%."
    "Stellantis hat die Bande nach China über Leapmotor gestärkt, an dem der Konzern rund 21 Prozent hält."

The company right before the relative pronoun is the one held. The holder is the company named inside
the clause ("di cui Stellantis possiede il 21%"), else - the clause naming it by a pronoun, a bare
description or nothing - the sentence's first company before the held one (the subject of the main
clause). A holding above half is ``owns``, else ``invests_in``; a past verb ("in which it held",
"di cui possedeva") ends it. French "dont il détient 21 %" is read by the frames already.

German verb-last clauses ("an dem der Konzern 21 Prozent hält") were read the wrong way round by the
stake frame ("X hält ... an Y"): the tie found here replaces that reading.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["stake_relatives"]

_PCT = r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|per cento\b|por ciento\b|Prozent\b)"
# the words between the pronoun and the verb: a name, a pronoun or a description of the subject
_WHO = r"(?P<who>[^,;:()%\d]{0,60}?)"

_RX = {
    "en": re.compile(
        r",?\s*(?:in|of) which\s+" + _WHO + r"\s*(?:already\s+|now\s+|still\s+|also\s+)?"
        r"(?P<verb>holds|owns|has|controls|held|owned|had|controlled)\s+(?:a\s+|an\s+)?(?:stake\s+of\s+)?"
        r"(?:(?:about|around|some|nearly|almost|roughly|more than|over|just over|just under|less than)\s+)?" + _PCT,
        re.IGNORECASE),
    "it": re.compile(
        r",?\s*(?:di cui|del quale|della quale|dei quali|delle quali)\s+" + _WHO + r"\s*(?:già\s+|ora\s+|oggi\s+|ancora\s+)?"
        r"(?P<verb>possiede|detiene|controlla|ha|possiedono|detengono|controllano|hanno|possedeva|deteneva|controllava|aveva)\s+"
        r"(?:già\s+|ora\s+|ancora\s+)?(?:(?:circa|quasi|oltre|poco più|poco meno|più|meno)\s+)?"
        r"(?:il|l['’]|dell['’]|del|un)\s*" + _PCT,
        re.IGNORECASE),
    "es": re.compile(
        r",?\s*(?:de la que|del que|de la cual|del cual|de las que|de los que)\s+" + _WHO + r"\s*(?:ya\s+|hoy\s+|aún\s+)?"
        r"(?P<verb>posee|tiene|controla|poseen|tienen|controlan|poseía|tenía|controlaba)\s+(?:ya\s+|aún\s+)?"
        r"(?:(?:cerca|alrededor|casi|más|menos|algo más|algo menos|poco más|poco menos)\s+del?\s+|un\s+|el\s+)*" + _PCT,
        re.IGNORECASE),
    "de": re.compile(
        # a verb-last participle may stand between the name and the comma: "über Leapmotor gestärkt, an dem"
        r"(?:\s+[a-zäöüß]+)?,?\s*(?:an dem|an der|an denen)\s+" + _WHO + r"\s*(?:bereits\s+|inzwischen\s+|noch\s+|schon\s+|derzeit\s+)?"
        r"(?:(?:rund|etwa|knapp|gut|mehr als|fast|über|ungefähr|circa|ca\.)\s+)?" + _PCT +
        r"\s+(?:der Anteile\s+|des Kapitals\s+|der Aktien\s+)?(?P<verb>hält|besitzt|kontrolliert|halten|besitzen|hielt|besaß|hielten)\b",
        re.IGNORECASE),
}
_PAST = frozenset("held owned had controlled possedeva deteneva controllava aveva poseía tenía controlaba hielt besaß hielten".split())
# the subject named again by a pronoun or a bare description ("in which it holds", "an dem der Konzern hält")
_SUBJECT_WORDS = re.compile(
    r"^(?:|it|they|the (?:group|company|carmaker|automaker|firm)|il gruppo|la società|il costruttore|l['’]azienda"
    r"|el grupo|la compañía|la empresa|el fabricante|er|sie|es|der Konzern|das Unternehmen|die Gruppe|der Hersteller"
    r"|der Autobauer)$",
    re.IGNORECASE)
# holders that are people or the state, whatever company name they carry
_NOT_COMPANY = re.compile(
    r"\b(?:famil\w*|Familien?|founders?|fondator\w*|fundador\w*|Gründer\w*|heirs?|eredi|herederos|Erben"
    r"|state|Stato|Estado|Staat|Land|government|governo|gobierno|Regierung|Bund)\b", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|\band\b|\be\b|\bed\b|\bund\b|\by\b|\bet\b)\s*", re.IGNORECASE)
_GATE = re.compile(r"\b(?:which|cui|qual[ei]|que|cual|dem|der|denen)\b", re.IGNORECASE)


def stake_relatives(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    rx = _RX.get(language)
    if rx is None or len(spans) < 2 or not _GATE.search(text):
        return []
    out: list[engine.Found] = []
    for k, (start, end, held) in enumerate(spans):
        m = rx.match(text, end)
        if m is None:
            continue
        if k > 0 and _AND.fullmatch(text, spans[k - 1][1], start):
            continue  # "la joint venture tra X e Y, di cui X detiene il 51%": the clause is the pair's
        lo, hi = m.span("who")
        if _NOT_COMPANY.search(m.group("who")):
            continue  # "an der die Familien Porsche und Piëch ... halten": people, not the company Porsche
        inside = [n for s, e, n in spans if lo <= s and e <= hi]
        if inside:
            holder = inside[0]
        elif _SUBJECT_WORDS.match(m.group("who").strip()):
            holder = next((n for s, _e, n in spans[:k] if n != held), None)
        else:
            continue  # "di cui lo Stato possiede il 20%": a holder that is no company
        if holder is None or holder == held:
            continue
        pct = float(m.group("pct").replace(",", "."))
        kind = "owns" if pct > 50 else "invests_in"
        status = "ended" if m.group("verb").casefold() in _PAST else "active"
        out.append(engine.Found(kind, holder, held, status, 0.8, None, (m.start("verb"), m.end("verb"))))
    return out
