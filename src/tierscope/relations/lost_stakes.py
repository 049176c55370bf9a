"""A holding its owner lost or wrote off in full ("saw its holding wiped out when Y filed for bankruptcy",
"lost its stake in Y", "ha dovuto svalutare integralmente la propria partecipazione", "ha perso la
partecipazione, azzerata", "perdió toda su participación", "a dû déprécier intégralement sa participation",
"musste seine Beteiligung komplett abschreiben"): journalists tell a shareholder's loss when the company it
held goes bankrupt or is wound up, often beside what it was ("Y's largest shareholder", "che di Y era uno dei
principali azionisti"). The stake is gone: ended. Only for a tie of holding (a stake's or a shareholder's
noun as its trigger), the loss told in the trigger's sentence within 150 characters of it, not across ';';
not a partial write-down ("svalutato del 30%"), nor a loss away from the trigger that names a company the
trigger's side does not ("ist an Y beteiligt und hat seine Anteile an Z vollständig abgeschrieben")."""

from __future__ import annotations

import re

from ..scan.sentence_scan import scan_of

_LOST = {
    "en": r"\b(?:stakes?|holdings?|shareholdings?|investments?|interest)\b[^.;]{0,20}?\bwiped out\b"
          r"|\bwiped out (?:its|their|the) (?:[\w-]+ )?(?:stakes?|holdings?|shareholdings?|investments?)\b"
          r"|\b(?:lost|loses|lose) (?:all of |the whole of )?(?:its|their) (?:entire |whole )?(?:[\w%-]+ )?(?:stakes?|holdings?|shareholdings?|investments?)\b"
          r"|\b(?:wrote|written|writes|write) (?:off|down) (?:its|their) (?:entire |whole )?(?:[\w%-]+ )?(?:stakes?|holdings?|shareholdings?|investments?) (?:in full|entirely|completely|to zero)\b",
    "it": r"\b(?:ha|hanno|aveva|avevano) perso (?:[\w,]+ ){0,5}?(?:la|sua|propria|loro|l['’]intera) (?:\w+ )?partecipazione\b"
          r"|\bpartecipazion[ei],? (?:\w+ )?azzerat[ae]\b|\bazzerat[ao] (?:la|sua|propria|loro) (?:\w+ )?partecipazione\b"
          r"|\bsvalut\w+ (?:integralmente|interamente|del tutto|completamente) (?:(?:la|sua|propria|loro|l['’]intera) ){1,2}partecipazione\b",
    "es": r"\b(?:perdi[óo]|perdieron|(?:ha|han|había|habían) perdido) (?:[\w,]+ ){0,5}?(?:su|la|toda su|toda la|esa) (?:\w+ )?participación\b"
          r"|\bdeprecia\w* (?:íntegramente|totalmente|por completo) (?:su|la|esa) participación\b",
    "fr": r"\b(?:perdu|perdit) (?:[\w,]+ ){0,5}?(?:sa|la|leur|toute sa|toute la) (?:\w+ )?participation\b"
          r"|\bdéprécie\w* (?:intégralement|entièrement|totalement) (?:sa|la|leur) participation\b"
          r"|\bparticipation,? (?:a été |est )?(?:réduite à néant|anéantie)\b",
    "de": r"\b(?:Beteiligung|Anteile) (?:[\w-]+ ){0,2}?(?:komplett|vollständig|ganz|vollends) (?:abschreiben|abgeschrieben)\b"
          r"|\b(?:seine|ihre|die) (?:[\w-]+ )?Beteiligung (?:[\w-]+ ){0,3}?verloren\b|\bverlor (?:seine|ihre|die) (?:[\w-]+ )?Beteiligung\b",
}
_LOST_RX = {lang: re.compile(rx, re.I) for lang, rx in _LOST.items()}
#: the trigger is a stake's or a shareholder's noun, or a verb of holding
_HOLDING = re.compile(
    r"(?:.*\b)?(?:stake|holding|shareholding|shareholder|investor|owns|holds|azionist|partecipazion|quota|soci[oa]?\b|"
    r"accionista|participaci|actionnaire|participation|Aktionär|Beteiligung|beteiligt|Anteil|Gesellschafter)", re.I)
_REACH = 150


def stake_lost(lang: str, text: str, t0: int, t1: int) -> bool:
    """Whether the sentence tells, within 150 characters of a holding's trigger at t0..t1 and not across
    ';', that the holding was lost or written off in full."""
    rx = _LOST_RX.get(lang)
    if rx is None or not _HOLDING.match(text[t0:t1]) or not scan_of(text).may(rx):
        return False  # (no loss's words anywhere in the sentence, told by its scan: no loss near the trigger either)
    lo = max(0, t0 - _REACH, text.rfind(";", 0, t0) + 1)
    semi = text.find(";", t1)
    hi = min(len(text), t1 + _REACH, semi if semi >= 0 else len(text))
    return any(not _other_holding(text, m, lo, t0) for m in rx.finditer(text, lo, hi))


#: a loss that names the company it holds a stake in ("seine Anteile an Z vollständig abgeschrieben"): a
#: preposition and a capitalized word inside the loss
_OWN_OBJECT = re.compile(r"\b(?:an|in|at|of|di|de|dans|en|von|bei)\s+((?-i:[A-ZÀ-ÝÄÖÜ])[\w-]+)", re.I)


def _other_holding(text: str, m: re.Match, lo: int, t0: int) -> bool:
    """Whether the loss ``m``, away from the trigger at ``t0``, names a company the trigger's side does not
    ("ist mit 20 Prozent an Y beteiligt und hat seine Anteile an Z vollständig abgeschrieben": Z's stake is
    lost, not Y's)."""
    if m.start() <= t0 < m.end():
        return False
    obj = _OWN_OBJECT.search(text, m.start(), m.end())
    return obj is not None and re.search(r"\b" + re.escape(obj.group(1)) + r"\b", text[lo : m.start()]) is None
