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
from .noun_stake_relatives import noun_stake_relatives
from ..scan.sentence_scan import holds

__all__ = ["bare_minorities", "stake_relatives"]

_PCT = r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|per cento\b|por ciento\b|pour cent\b|Prozent\b)"
# German fractions for a share: "rund ein Viertel der Anteile", "knapp die Hälfte", "zwei Drittel"
_DE_FRACTION = r"(?P<frac>(?:ein|eine|die)\s+(?:Viertel|Drittel|Fünftel|Zehntel|Hälfte)|zwei\s+Drittel|drei\s+Viertel)"
_DE_FRACTIONS = {"viertel": 25.0, "drittel": 33.3, "fünftel": 20.0, "zehntel": 10.0, "hälfte": 50.0}
_DE_ABOVE = frozenset(("mehr als", "gut", "über"))
# the words between the pronoun and the verb: a name, a pronoun or a description of the subject
_WHO = r"(?P<who>[^,;:()%\d]{0,60}?)"

_RX = {
    "en": re.compile(
        r",?\s*(?:in|of) which\s+" + _WHO + r"\s*(?:already\s+|now\s+|still\s+|also\s+)?"
        r"(?P<verb>holds|owns|has|controls|held|owned|had|controlled)\s+(?:a\s+|an\s+)?(?:stake\s+of\s+)?"
        r"(?:(?:about|around|some|nearly|almost|roughly|more than|over|just over|just under|less than)\s+)?" + _PCT,
        re.IGNORECASE),
    "it": re.compile(
        r",?\s*(?:di cui|del quale|della quale|dei quali|delle quali|nella quale|nel quale)\s+" + _WHO + r"\s*(?:già\s+|ora\s+|oggi\s+|ancora\s+)?"
        r"(?P<verb>possiede|detiene|controlla|ha|possiedono|detengono|controllano|hanno|possedeva|deteneva|controllava|aveva)\s+"
        r"(?:già\s+|ora\s+|ancora\s+)?(?:(?:circa|quasi|oltre|poco più|poco meno|più|meno)\s+)?"
        r"(?:il|l['’]|dell['’]|del|un)\s*" + _PCT,
        re.IGNORECASE),
    "es": re.compile(
        # ("en la que X tiene un 10 %": "en" as often as "de" governs the stake's company)
        r",?\s*(?:de la que|del que|de la cual|del cual|de las que|de los que|en la que|en el que|en la cual|en el cual)\s+" + _WHO + r"\s*(?:ya\s+|hoy\s+|aún\s+)?"
        r"(?P<verb>posee|tiene|controla|conserva|mantiene|poseen|tienen|controlan|conservan|mantienen|poseía|tenía|controlaba|conservaba|mantenía)\s+(?:ya\s+|aún\s+)?"
        r"(?:(?:cerca|alrededor|casi|más|menos|algo más|algo menos|poco más|poco menos)\s+del?\s+|un\s+|el\s+)*" + _PCT,
        re.IGNORECASE),
    "fr": re.compile(
        # ("dont il détient 21 %" is read by the frames)
        r",?\s*(?:dans laquelle|dans lequel|dans lesquelles|dans lesquels)\s+" + _WHO + r"\s*(?:déjà\s+|aujourd'hui\s+|encore\s+)?"
        r"(?P<verb>détient|possède|contrôle|détiennent|possèdent|contrôlent|détenait|possédait|contrôlait)\s+(?:déjà\s+|encore\s+)?"
        r"(?:(?:environ|près de|quelque|plus de|moins de|un peu plus de|un peu moins de)\s+)?(?:une participation de\s+)?" + _PCT,
        re.IGNORECASE),
    "de": re.compile(
        # a verb-last participle may stand between the name and the comma: "über Leapmotor gestärkt, an dem"
        r"(?:\s+[a-zäöüß]+)?,?\s*(?:an dem|an der|an denen)\s+" + _WHO + r"\s*(?:bereits\s+|inzwischen\s+|noch\s+|schon\s+|derzeit\s+)?"
        # (a start told before the figure: "an dem X seit 2020 rund ein Viertel der Anteile hält")
        r"(?:seit\s+(?:(?:19|20)\d\d|Jahren|langem|Kurzem)\s+)?"
        r"(?:(?P<about>rund|etwa|knapp|gut|mehr als|fast|über|ungefähr|circa|ca\.)\s+)?(?:" + _PCT + "|" + _DE_FRACTION + ")"
        r"\s+(?:der Anteile\s+|des Kapitals\s+|der Aktien\s+)?(?P<verb>hält|besitzt|kontrolliert|halten|besitzen|hielt|besaß|hielten)\b",
        re.IGNORECASE),
}
# a stake raised or cut to a share, told in the same relative: "Nissan, in which Renault cut its holding to
# about 15%", "Y, dans laquelle X a réduit sa participation à 15 %", "Y, nella quale X ha ridotto la sua
# quota al 15%", "Y, en la que X redujo su participación al 15%", "Y, an der X seinen Anteil auf 15 Prozent
# reduziert hat"
_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|just over|just under|environ|près de|circa|quasi|cerca del|alrededor del|casi el|rund|etwa|knapp|gut)\s+)?"
_RX_CHANGED = {
    "en": re.compile(
        r",?\s*(?:in|of) which\s+" + _WHO + r"\s*(?:has\s+|had\s+)?"
        r"(?P<verb>raised|cut|reduced|lifted|increased|trimmed|lowered|upped)\s+its\s+(?:stake|holding|shareholding)\s+"
        r"(?:(?:from\s+\S+\s+)?to\s+)" + _ABOUT + _PCT, re.IGNORECASE),
    "fr": re.compile(
        r",?\s*(?:dans laquelle|dans lequel|dont)\s+" + _WHO + r"\s*(?:a|avait)\s+"
        r"(?P<verb>porté|réduit|relevé|abaissé|augmenté|ramené|renforcé)\s+sa\s+participation\s+(?:de\s+\S+\s+)?à\s+" + _ABOUT + _PCT,
        re.IGNORECASE),
    "it": re.compile(
        r",?\s*(?:nella quale|nel quale|in cui|di cui)\s+" + _WHO + r"\s*(?:ha|aveva)\s+"
        r"(?P<verb>portato|ridotto|aumentato|alzato|elevato|incrementato|ridimensionato)\s+la\s+(?:sua|propria)\s+(?:quota|partecipazione)\s+"
        r"(?:dal\s+\S+\s+)?(?:al|all['’]|fino\s+al)\s*" + _ABOUT + _PCT, re.IGNORECASE),
    "es": re.compile(
        r",?\s*(?:en la que|en el que|en la cual|en el cual|de la que|del que)\s+" + _WHO + r"\s*(?:ha\s+|había\s+)?"
        r"(?P<verb>redujo|reducido|elevó|elevado|aumentó|aumentado|incrementó|incrementado|rebajó|rebajado)\s+su\s+participación\s+"
        r"(?:del\s+\S+\s+)?(?:al|hasta\s+el)\s+" + _ABOUT + _PCT, re.IGNORECASE),
    "de": re.compile(
        r"(?:\s+[a-zäöüß]+)?,?\s*(?:an dem|an der|an denen|bei dem|bei der)\s+" + _WHO + r"\s*(?:seinen|ihren)\s+Anteil\s+(?:(?!auf\b)\S+\s+){0,3}?auf\s+"
        + _ABOUT + _PCT + r"\s+(?P<verb>reduziert|aufgestockt|erhöht|ausgebaut|verringert|gesenkt)\b", re.IGNORECASE),
}
_ABOUT_B = r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?"
# a stake bought, told in the same relative: "Y, in which Norvik took a 10% stake", "nella quale X ha (poi)
# rilevato una partecipazione del 10%", "en la que X tomó un 10%", "dans laquelle X a pris 10 %", "an dem X
# 2024 zehn Prozent übernommen hat" (a stake held since: active; over half, a purchase of the company)
_RX_BOUGHT = {
    "en": re.compile(
        r",?\s*(?:in|of) which\s+" + _WHO + r"\s*(?:has\s+|had\s+|then\s+|later\s+)*"
        r"(?P<verb>took|bought|acquired|taken|purchased)\s+(?:a\s+|an\s+)?" + _ABOUT_B + _PCT + r"(?:\s+stake)?", re.IGNORECASE),
    "it": re.compile(
        r",?\s*(?:di cui|nella quale|nel quale|in cui)\s+" + _WHO + r"\s*(?:ha|aveva)\s+(?:poi\s+|già\s+|anche\s+)?"
        r"(?P<verb>rilevato|acquisito|acquistato|preso|comprato)\s+(?:una\s+(?:partecipazione|quota)\s+(?:del|dell['’]|pari al)\s*|il\s+|l['’]\s*)" + _PCT,
        re.IGNORECASE),
    "es": re.compile(
        r",?\s*(?:en la que|en el que|en la cual|en el cual|de la que|del que)\s+" + _WHO + r"\s*(?:ha\s+|había\s+)?(?:luego\s+|después\s+)?"
        r"(?P<verb>tomó|adquirió|compró|tomado|adquirido|comprado)\s+(?:una\s+participación\s+del\s+|un\s+|el\s+)" + _PCT,
        re.IGNORECASE),
    "fr": re.compile(
        r",?\s*(?:dans laquelle|dans lequel|dont)\s+" + _WHO + r"\s*(?:a|avait)\s+(?:ensuite\s+|depuis\s+)?"
        r"(?P<verb>pris|acquis|racheté|acheté)\s+(?:une\s+participation\s+de\s+)?" + _PCT, re.IGNORECASE),
    "de": re.compile(
        r"(?:\s+[a-zäöüß]+)?,?\s*(?:an dem|an der|an denen)\s+" + _WHO + r"\s*(?:(?:19|20)\d\d\s+)?" + _PCT
        + r"\s+(?:der Anteile\s+)?(?P<verb>übernommen|erworben|gekauft)\s+(?:hat|hatte)\b", re.IGNORECASE),
}
_PAST = frozenset("détenait possédait contrôlait held owned had controlled possedeva deteneva controllava aveva poseía tenía controlaba mantenía conservaba hielt besaß hielten".split())
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
_GATE = re.compile(r"\b(?:which|cui|qual[ei]|que|cual|dem|der|denen|laquelle|lequel|lesquel(?:le)?s|dont)\b", re.IGNORECASE)


# Italian stakes whose held company is not named after the verb (see _it_unnamed_stakes)
_IT_PCT_TAIL = (r"(?:(?:circa|quasi|oltre|poco più del|poco meno del|più del|meno del)\s+)?"
                r"(?:il|l['’]|dell['’]|del|un|al)\s*" + _PCT)
# "il gruppo ne controlla circa l'81%", "Y, che ne detiene il 30%": the clitic "ne" stands for a company
# named before
_IT_CLITIC = re.compile(
    r"(?:\s*,\s*che)?\s+(?:(?:oggi|ora|ancora|già|tuttora)\s+)?ne\s+(?P<verb>detiene|controlla|possiede|conserva"
    r"|mantiene|detengono|controllano|possiedono|deteneva|controllava|possedeva)\s+(?:(?:ancora|tuttora|oggi|già)\s+)?"
    + _IT_PCT_TAIL, re.IGNORECASE)
# "...; Stellantis conserva una partecipazione di minoranza del 49,9%." - a stake in nothing named,
# closing the sentence or clause: it is in the company the sentence opened with
_IT_BARE = re.compile(
    r"\s+(?:(?:oggi|ora|ancora|già|tuttora)\s+)?(?P<verb>conserva|mantiene|detiene|possiede|manterrà|conserverà)\s+"
    r"(?:(?:ancora|tuttora|oggi)\s+)?(?:una|la)\s+(?:partecipazione|quota)(?:\s+di\s+(?:minoranza|maggioranza))?"
    r"(?:,?\s+(?:pari\s+)?(?:a|al|del|dell['’])\s*|\s+)" + _PCT + r"\s*(?=[.;]|$)", re.IGNORECASE)
_IT_GATE = re.compile(r"%|per cento", re.IGNORECASE)


def _it_unnamed_stakes(text: str, spans: list[tuple[int, int, str]]) -> list[engine.Found]:
    """Italian stakes that leave the held company unnamed after the verb:

        "Nel 2022 Almara aveva rilevato Brixo; oggi il gruppo ne controlla circa l'81%." -> owns Almara Brixo
        "Brixo è controllata da Kelda; Almara conserva una partecipazione di minoranza del 49,9%."
            -> invests_in Almara Brixo

    The clitic "ne" points back to the nearest company before the holder that is not the holder; a
    bare stake closing the clause ("conserva una quota del 49,9%.") is in the company the sentence
    opened with. Above half is ``owns``, else ``invests_in``; "ne deteneva" (past) ends it.
    """
    if len(spans) < 2 or not holds(_IT_GATE, text):
        return []
    out: list[engine.Found] = []
    for k, (_start, end, holder) in enumerate(spans):
        if k == 0:
            continue
        m = _IT_CLITIC.match(text, end)
        if m is not None:
            held = next((n for _s, _e, n in reversed(spans[:k]) if n != holder), None)
        else:
            m = _IT_BARE.match(text, end)
            if m is None:
                continue
            held = spans[0][2]
        if held is None or held == holder:
            continue
        pct = float(m.group("pct").replace(",", "."))
        kind = "owns" if pct > 50 else "invests_in"
        status = "ended" if m.group("verb").casefold() in _PAST else "active"
        out.append(engine.Found(kind, holder, held, status, 0.75, None, (m.start("verb"), m.end("verb"))))
    return out


# French "en" stands for a company named before, as Italian "ne": "Norvik a racheté Brixo en 2019 et en détient
# aujourd'hui 80 %", "Kelda, qui en détient 30 %": after a name, that name holds; after "et" with no name, the
# clause's subject (the sentence's first company) does
_FR_CLITIC = re.compile(
    r"(?:\s*,\s*qui|\s*,?\s+et(?:\s+(?:il|elle))?)?\s+(?:(?:aujourd['’]hui|désormais|toujours|encore|déjà)\s+)?en\s+"
    r"(?P<verb>détient|contrôle|possède|détiennent|contrôlent|possèdent|détenait|contrôlait|possédait)\s+"
    r"(?:(?:aujourd['’]hui|désormais|toujours|encore|déjà)\s+)?(?:(?:environ|près de|plus de|quelque|un peu plus de)\s+)?" + _PCT, re.IGNORECASE)
_FR_AND = re.compile(r"\s*,?\s+et\b", re.IGNORECASE)
_FR_GATE = re.compile(r"\ben\s+(?:détien|contrôl|possè|possé)", re.IGNORECASE)


def _fr_unnamed_stakes(text: str, spans: list[tuple[int, int, str]]) -> list[engine.Found]:
    """French stakes whose held company is the clitic "en" (see ``_FR_CLITIC``)."""
    if len(spans) < 2 or not holds(_FR_GATE, text):
        return []
    out: list[engine.Found] = []
    for m in _FR_CLITIC.finditer(text):
        before = [sp for sp in spans if sp[1] <= m.start()]
        if not before:
            continue
        last = before[-1]
        if not text[last[1] : m.start()].strip(" ,") and not _FR_AND.match(text, m.start()):
            holder = last[2]  # "Kelda, qui en détient 30 %", "Aramco en détient 10 %"
        elif _FR_AND.match(text, m.start()):
            holder = spans[0][2]  # "Norvik a racheté Brixo ... et en détient 80 %"
        else:
            continue
        held = next((n for _s, _e, n in reversed(before) if n != holder), None)
        if held is None:
            continue
        pct = float(m.group("pct").replace(",", "."))
        status = "ended" if m.group("verb").casefold() in _PAST else "active"
        out.append(engine.Found("owns" if pct > 50 else "invests_in", holder, held, status, 0.75, None, m.span("verb")))
    return out


def _share(m: re.Match) -> float:
    """The share in percent: "21 Prozent" 21, "ein Viertel" 25, "zwei Drittel" 66.7, "gut die Hälfte" 50.1."""
    if m.group("pct") is not None:
        return float(m.group("pct").replace(",", "."))
    frac = m.group("frac").split()
    share = _DE_FRACTIONS[frac[-1].casefold()] * (2 if frac[0].casefold() == "zwei" else 3 if frac[0].casefold() == "drei" else 1)
    about = (m.groupdict().get("about") or "").casefold()
    return share + 0.1 if about in _DE_ABOVE else share


# a stake named first, then its holder in an object relative, then the company it is in, right before
# that company's name: "the stake that Vostra holds in", "el 69% que Vostra posee en", "la participación
# que posee Vostra en" (Spanish may put the holder after the verb)
_SIZE = r"(?:(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|por ciento\b)|(?P<word>stake|holding|interest|shareholding|participación|paquete accionarial))"
_HELD_STAKE = {
    "en": re.compile(
        r"\b" + _SIZE + r"\s+(?:that|which)\s+(?P<who>[^,;:()%\d]{1,60}?)\s+(?:still\s+|already\s+|currently\s+)?"
        r"(?P<verb>holds|owns|has|controls|held|owned|had|controlled)\s+in\s+$", re.IGNORECASE),
    "es": re.compile(
        r"\b" + _SIZE + r"(?:\s+(?:minoritaria|mayoritaria))?(?:\s+del?\s+(?P<pct2>\d{1,3}(?:[.,]\d+)?)\s*(?:%|por ciento))?"
        r"\s+que\s+(?P<who>[^,;:()%\d]{0,60}?)\s*(?:ya\s+|aún\s+|todavía\s+)?"
        r"(?P<verb>posee|tiene|mantiene|controla|conserva|poseía|tenía|mantenía|controlaba|conservaba)\s+"
        r"(?P<who2>[^,;:()%\d]{0,60}?)\s*en\s+$", re.IGNORECASE),
}
_HELD_GATE = re.compile(r"\b(?:that|which|que)\b", re.IGNORECASE)
_MAJORITY = re.compile(r"\b(?:majority|controlling|mayoritaria)\b", re.IGNORECASE)


def _held_stakes(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """"Delvo is buying the stake that Vostra holds in Brixo", "la compra del 69% que Vostra posee en
    Brixo": the holder named inside the relative holds the company right after it (above half
    ``owns``, else ``invests_in``; "tenía", "held": ended)."""
    rx = _HELD_STAKE.get(language)
    if rx is None or len(spans) < 2 or not holds(_HELD_GATE, text):
        return []
    out: list[engine.Found] = []
    for start, _end, held in spans:
        m = rx.search(text, max(0, start - 160), start)
        if m is None or m.end() != start:
            continue
        lo, hi = m.start("who"), m.end("who")
        lo2, hi2 = (m.span("who2") if "who2" in rx.groupindex and m.group("who2") else (hi, hi))
        inside = [n for s, e, n in spans if (lo <= s and e <= hi) or (lo2 <= s and e <= hi2)]
        if len(inside) != 1 or inside[0] == held or _NOT_COMPANY.search(text, lo, max(hi, hi2)):
            continue
        pct = m.group("pct") or (m.group("pct2") if "pct2" in rx.groupindex else None)
        if pct is not None and float(pct.replace(",", ".")) == 50:
            continue  # "la compra del 50% que X tenía en Y": half of a joint venture, read as such elsewhere
        if pct is not None:
            kind = "owns" if float(pct.replace(",", ".")) > 50 else "invests_in"
        else:
            kind = "owns" if _MAJORITY.search(text, max(0, m.start() - 12), m.end()) else "invests_in"
        status = "ended" if m.group("verb").casefold() in _PAST else "active"
        out.append(engine.Found(kind, inside[0], held, status, 0.75, None, (m.start("verb"), m.end("verb"))))
    return out


# "Brixo is controlled by Kelda, while Almara and Vostra hold minority stakes.", "Brixo está controlada
# por Kelda, mientras que Almara mantiene una participación minoritaria.": a stake in nothing named,
# closing its clause, is in the company the sentence opened with
_BARE = {
    "en": re.compile(
        r"\s+(?:also\s+|still\s+|each\s+)?(?P<verb>holds?|retains?|keeps?|owns?|held|retained|kept|owned)\s+"
        r"(?:an?\s+|small(?:er)?\s+|their\s+|its\s+)*(?:minority\s+)(?:stakes?|holdings?|interests?)"
        r"(?:\s+of\s+(?:about\s+|around\s+|some\s+)?" + _PCT + r")?\s*(?=[.;]|$)", re.IGNORECASE),
    "es": re.compile(
        r"\s+(?:también\s+|aún\s+|todavía\s+)?(?P<verb>mantiene|mantienen|conserva|conservan|tiene|tienen|posee|poseen"
        r"|mantenía|mantenían|tenía|tenían|poseía|poseían)\s+(?:una\s+|sendas\s+|sus\s+)?"
        r"(?:participaci(?:ón|ones)\s+minoritarias?|participaci(?:ón|ones)\s+de\s+minoría)"
        r"(?:,?\s+(?:de(?:l)?|cercana al|en torno al)\s+" + _PCT + r")?\s*(?=[.;]|$)", re.IGNORECASE),
    # "Y è controllata da A; B, che ne era l'unico azionista, conserva una quota di minoranza, pari al 49%":
    # Italian leaves the "in Y" out too (a relative on the holder may stand before its verb)
    "it": re.compile(
        r"(?:\s*,\s*che\s+[^,;:()]{1,60},)?\s+(?:ne\s+)?(?:anche\s+|ancora\s+|tuttora\s+|già\s+)*"
        r"(?P<verb>conserva|conservano|mantiene|mantengono|detiene|detengono|possiede|possiedono"
        r"|conservava|manteneva|deteneva|possedeva)\s+(?:ancora\s+|tuttora\s+)?(?:una\s+|delle\s+|le\s+sue\s+)?"
        r"(?:quot[ae]|partecipazion[ei])\s+(?:di\s+minoranza|minoritari[ae])"
        r"(?:,?\s+(?:del|pari\s+al?|di\s+circa\s+il|intorno\s+al)\s+(?:circa\s+(?:il\s+)?)?" + _PCT + r")?\s*(?=[.;]|$)",
        re.IGNORECASE),
}
_BARE_GATE = re.compile(r"\bminorit|\bminoría|\bminoranza", re.IGNORECASE)
# the first company is said to be held, in a passive, before the stake: the one the stake is in
# (Italian: "Y è controllata dal fondo X", "La società dell'automazione è controllata da X")
_HELD_FIRST = re.compile(
    r"\s*(?:,[^,;]{0,60},\s*|\s+(?:di|del|della|dell['’])\s*\w+\s*)?(?:is|was|remains|está|estaba|sigue|es|è|era|resta|rimane)\s+"
    r"(?:\w+\s+){0,2}?(?:controlled|owned|majority-owned|held|controlad[ao]|participad[ao]|en manos|controllat[ao]"
    r"|partecipat[ao]|in mano|posseduta|posseduto|detenut[ao])\b", re.IGNORECASE)
# a holder coordinated with the one before it, a description between ("y la química Y", "and the fund Y")
_AND_DESCRIBED = re.compile(r"\s*(?:,|\by\b|\band\b|\be\b)\s*(?:(?:el|la|los|las|the)\s+(?:(?-i:[a-záéíóú][\w-]*)\s+){1,4})?", re.IGNORECASE)


def bare_minorities(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """Each holder of a minority stake named in nothing, closing its clause, holds the sentence's first
    company (a contrast, "while", "mientras que", is how the sentence says it: the guard against pairs
    across a contrast must let these through)."""
    if language == "de":
        # German drops the "an Y" instead: "Y ...: X hält eine Minderheitsbeteiligung"
        from .de_bare_stakes import de_bare_stakes

        return de_bare_stakes(text, spans)
    rx = _BARE.get(language)
    if rx is None or len(spans) < 2 or not holds(_BARE_GATE, text):
        return []
    held = spans[0][2]
    if not _HELD_FIRST.match(text, spans[0][1]):
        return []
    out: list[engine.Found] = []
    for k, (start, end, holder) in enumerate(spans):
        m = rx.match(text, end) if k > 0 else None
        if m is None:
            continue
        holders = [holder]
        j = k
        while j > 1 and _AND_DESCRIBED.fullmatch(text, spans[j - 1][1], spans[j][0]):
            j -= 1
            holders.append(spans[j][2])  # "Almara y Vostra mantienen ...": each holds one
        status = "ended" if m.group("verb").casefold() in _PAST | {"retained", "kept", "mantenían", "tenían", "poseían", "conservava", "manteneva"} else "active"
        out.extend(engine.Found("invests_in", h, held, status, 0.7, None, (m.start("verb"), m.end("verb")))
                   for h in holders if h != held)
    return out


# an apposition on the held company, closed by "and" before the stake's relative: "Brixo, the company Kelda
# set up in 2020 and in which Norvik holds 10%", "Brixo, la empresa que Kelda fundó y en la que Norvik tiene
# un 10%", "Brixo, la società creata da Kelda e di cui Norvik detiene il 10%", "Brixo, la société créée par
# Kelda et dans laquelle Norvik détient 10 %", "Brixo, das Kelda gegründet hat und an dem Norvik 10 Prozent
# hält": the relative is the apposition's second, on the same company
_APPOSED = re.compile(r"\s*,\s*(?:the|a|an|il|lo|la|l['’]|una?|le|el|der|die|das|den|dem)\b", re.IGNORECASE)
# (or by a comma: "Brixo, la società creata con Kelda e attiva dal 2024, nella quale Norvik ha rilevato il 10%";
# not where a name stands right before that comma: the relative is that name's)
_APPOSED_AND = re.compile(r"\s(?:and|ed|et|und|e|y)\s+|,\s*", re.IGNORECASE)
_APPOSED_STOP = re.compile(r"[;:()]")


def _after_apposition(text: str, end: int, rxs: list[re.Pattern], spans) -> re.Match | None:
    a = _APPOSED.match(text, end)
    if a is None:
        return None
    stop = _APPOSED_STOP.search(text, a.end(), a.end() + 160)
    for c in _APPOSED_AND.finditer(text, a.end(), stop.start() if stop else a.end() + 160):
        if c.group(0).startswith(",") and any(e == c.start() or (e < c.start() and not text[e : c.start()].strip()) for _s, e, _n in spans):
            continue
        m = next((m for rx in rxs if (m := rx.match(text, c.end()))), None)
        if m is not None:
            return m
    return None


def stake_relatives(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    out: list[engine.Found] = (_it_unnamed_stakes(text, spans) if language == "it"
                               else _fr_unnamed_stakes(text, spans) if language == "fr" else [])
    if language in _HELD_STAKE:
        out += _held_stakes(text, spans, language)
    # the same clause with a stake noun and no figure ("an dem X und Y Minderheitsbeteiligungen halten")
    out += noun_stake_relatives(text, spans, language)
    # German verb-last and fronted orders ("A, der 30 Prozent an B hält", "An B hält A 30 Prozent")
    from .de_stake_order import de_stake_order  # (here: that module reads this one's share words)

    out += de_stake_order(text, spans, language)
    rxs = [rx for rx in (_RX.get(language), _RX_CHANGED.get(language), _RX_BOUGHT.get(language)) if rx is not None]
    if not rxs or len(spans) < 2 or not holds(_GATE, text):
        return out
    for k, (start, end, held) in enumerate(spans):
        m = next((m for rx in rxs if (m := rx.match(text, end))), None)
        if m is None:
            m = _after_apposition(text, end, rxs, spans)
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
        pct = _share(m)
        kind = "owns" if pct > 50 else "invests_in"
        status = "ended" if m.group("verb").casefold() in _PAST else "active"
        out.append(engine.Found(kind, holder, held, status, 0.8, None, (m.start("verb"), m.end("verb"))))
    return out
