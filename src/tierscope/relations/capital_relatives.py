"""A holder whose share of "its capital" is told in a relative clause right after it, the company held
being the subject the sentence opened with:

    "Brixo relies on Corvalis, which holds about 21% of its capital."
    "Brixo s'appuie sur Corvalis, qui détient environ 21 % de son capital."
    "Alle spalle di Brixo c'è Corvalis, la holding di famiglia, che detiene poco meno del 20% del capitale."
    "Brixo se apoya en Corvalis, que posee alrededor del 21 % de su capital."
    "Brixo war als Ausgründung aus dem Konzern Corvalis entstanden, der bis heute rund 30 Prozent der Anteile hält."

No company follows the share ("of its capital", not "of Y"), and a company does not hold its own
capital: the capital is that of the sentence's first company, named before the holder with no other
company between them. ``capital_holders.py`` reads the same words told in the next sentence. A
share above half is ``owns``; a past verb ("which held", "qui détenait") ends the stake.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["PERCENT", "capital_relatives"]

#: a share in the five languages, its figure in the group "pct" (paid_stakes.py reads the same)
PERCENT = r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per\s?cent\b|per\s?cento\b|por\s?ciento\b|pour\s?cent\b|Prozent\b)"
#: "about", "poco meno del", "alrededor del": up to three short words before the figure
_ABOUT = r"(?:[^\W\d]{1,10}['’]?\s*){0,3}?"
#: an apposition of the holder before the relative ("Corvalis, la holding di famiglia, che")
_APPOS = r"\s*,\s*(?:[^,;:()\d%]{1,80},\s*)?"

_RX = {
    "en": re.compile(_APPOS + r"(?P<rel>which|who)\s+(?:[a-z]+\s+){0,2}?(?P<verb>holds|owns|controls|has|held|owned|controlled|had)\s+"
                     r"(?:a\s+stake\s+of\s+)?" + _ABOUT + PERCENT + r"\s+of\s+(?:its|the)\s+(?:share\s+)?(?:capital|shares|equity)\b", re.I),
    "fr": re.compile(_APPOS + r"(?P<rel>qui)\s+(?:[a-zé]+\s+){0,2}?(?P<verb>détient|possède|contrôle|détenait|possédait|contrôlait)\s+"
                     + _ABOUT + PERCENT + r"\s+(?:de\s+son|du)\s+capital\b", re.I),
    "it": re.compile(_APPOS + r"(?P<rel>che)\s+(?:[a-zà-ù]+\s+){0,2}?(?P<verb>detiene|possiede|controlla|deteneva|possedeva|controllava)\s+"
                     + _ABOUT + PERCENT + r"\s+(?:del\s+(?:suo\s+)?capitale|delle\s+(?:sue\s+)?azioni)\b", re.I),
    "es": re.compile(_APPOS + r"(?P<rel>que)\s+(?:[a-záéíóúñ]+\s+){0,2}?(?P<verb>posee|tiene|controla|mantiene|poseía|tenía|controlaba|mantenía)\s+"
                     + _ABOUT + PERCENT + r"\s+(?:de\s+su\s+capital|del\s+capital|de\s+sus\s+acciones|de\s+las\s+acciones)\b", re.I),
    # (a verb-last participle may stand between the holder and the comma: "aus dem Konzern X entstanden, der")
    "de": re.compile(r"(?:\s+[a-zäöüß]+)?" + _APPOS + r"(?P<rel>der|die|das)\s+(?:[\wäöüß-]+\s+){0,4}?" + PERCENT
                     + r"\s+(?:der\s+Anteile|des\s+Kapitals|seines\s+Kapitals|ihres\s+Kapitals|der\s+Aktien)\s+(?P<verb>hält|besitzt|hielt|besaß)\b"),
}
#: the capital named with its company after all ("du capital de Forvia"): read by the stake frames
_OF_AFTER = re.compile(r"\s+(?:of|de|d['’]|du|des|di|del|della|dello|dell['’]|von|vom)(?:\s|(?<=['’]))", re.I)
#: the holder inside an apposition of the first company ("Y, the holding of X, which holds")
_APPOSED = re.compile(r"\s*,[^,;:()]*")
_PAST = re.compile(r"^(?:held|owned|controlled|had|détenait|possédait|contrôlait|deteneva|possedeva|controllava|poseía|tenía|controlaba|mantenía|hielt|besaß)$", re.I)


def capital_relatives(text: str, spans: list[tuple[int, int, str]], lang: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, in text order."""
    rx = _RX.get(lang)
    if rx is None or len(spans) < 2:
        return []
    out = []
    for k, (s, e, holder) in enumerate(spans):
        m = rx.match(text, e)
        if m is None or k == 0:
            continue
        if _OF_AFTER.match(text, m.end()) or any(m.start("rel") <= a < m.end() for a, _, _ in spans[k + 1:]):
            continue  # a company inside the relative: its own reading, not "its capital"
        # (a company inside the holder's apposition describes the holder: "la holding di Gina Rinehart")
        held = spans[0][2]
        if held == holder or any(n not in (held, holder) for _, _, n in spans[1:k]):
            continue  # the held company is the sentence's first, with no other company between
        if _APPOSED.fullmatch(text, spans[0][1], s):
            continue  # "Hancock, el conglomerado de Gina Rinehart, que controla el 19%": the holder describes the first
        pct = float(m.group("pct").replace(",", "."))
        typ = "owns" if pct > 50 else "invests_in"
        status = "ended" if _PAST.match(m.group("verb")) else "active"
        out.append(engine.Found(typ, holder, held, status, 0.6, None, (m.start("verb"), m.end("verb"))))
    return out
