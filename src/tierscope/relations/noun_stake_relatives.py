"""A stake told without a figure in a relative clause right after the company it is in, its holders
possibly coordinated:

    "Der Graphit kommt von Brixo, an dem Norvik und Kestrel Minderheitsbeteiligungen halten."
    "Brixo, an dem seit 2023 auch der Autobauer Norvik mit einer Minderheitsbeteiligung beteiligt ist, ..."
    "The graphite comes from Brixo, in which Norvik and Kestrel hold minority stakes."
    "La grafite arriva da Brixo, nella quale Norvik e Kestrel detengono quote di minoranza."
    "El grafito procede de Brixo, en la que Norvik y Kestrel tienen participaciones minoritarias."
    "Le graphite vient de Brixo, dans laquelle Norvik et Kestrel détiennent des participations minoritaires."

The company right before the relative pronoun is held; each company named inside the clause holds it
(``invests_in``; a majority stake, ``owns``; a past verb, ended). stake_relatives reads the clauses with
a figure; this one reads the stake nouns. German needed it most: the bare "hält" of a verb-last relative
("an dem X eine Minderheitsbeteiligung hält") was read as control by the ownership frame, and a plural
verb after two holders ("halten") was read by nothing. The extractor lets these readings replace the
frames' for the same pair, as it does for stake_relatives.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import holds

__all__ = ["noun_stake_relatives"]

# the holders: names, descriptions and coordination, no figure and no clause break
_WHO = r"(?P<who>[^,;:()%\d]{1,80}?)"
# German: a time before the holder ("an dem seit 2023 auch X ...", "an dem seit einer Finanzierungsrunde im
# Jahr 2023 X ...": a few words may name the event that dates it)
_DE_SINCE = r"(?:seit|bereits seit|schon seit)\s+(?:[\w-]+\s+){0,4}?(?:19|20)\d\d"
_DE_WHEN = r"(?:" + _DE_SINCE + r"\s+)?"
_RX = {
    "de": re.compile(
        # a verb-last participle may stand between the name and the comma ("über Brixo gestärkt, an dem")
        r"(?:\s+[a-zäöüß]+)?,?\s*(?:an dem|an der|an denen)\s+" + _DE_WHEN + _WHO + r"(?:\s+" + _DE_SINCE + r")?\s+(?:"
        r"(?:(?:jeweils|je)\s+)?(?:eine\s+|einen\s+|seine\s+|ihre\s+)?(?:(?:kleine|kleinere|kleinen)\s+)?"
        r"(?P<noun>(?:Minderheits|Mehrheits|Finanz)?[Bb]eteiligung(?:en)?|Minderheitsanteile?n?|Mehrheitsanteile?n?)\s+"
        r"(?P<verb>hält|halten|besitzt|besitzen|hielt|hielten)"
        r"|(?:mit\s+(?:einer|je einer|jeweils einer)\s+(?P<noun2>(?:Minderheits|Mehrheits|Finanz)?[Bb]eteiligung)\s+)?"
        r"(?P<verb2>beteiligt)\s+(?:ist|sind|war|waren))\b",
        re.IGNORECASE),
    "en": re.compile(
        r",?\s*in which\s+" + _WHO + r"\s+(?:each\s+|also\s+|still\s+)?(?P<verb>hold|own|have|held|owned|had)\s+"
        r"(?:small(?:er)?\s+)?(?P<noun>(?:minority|majority)\s+(?:stakes|holdings|interests))\b",
        re.IGNORECASE),
    "it": re.compile(
        r",?\s*(?:nella quale|nel quale|in cui|di cui)\s+" + _WHO + r"\s+(?:ancora\s+)?"
        r"(?P<verb>detengono|possiedono|hanno|detenevano|possedevano|avevano)\s+(?:delle\s+)?"
        r"(?P<noun>(?:quote|partecipazioni)\s+(?:di\s+minoranza|di\s+maggioranza|minoritarie))\b",
        re.IGNORECASE),
    "es": re.compile(
        r",?\s*(?:en la que|en el que|en la cual|en el cual)\s+" + _WHO + r"\s+(?:aún\s+|todavía\s+)?"
        r"(?P<verb>tienen|poseen|mantienen|conservan|tenían|poseían|mantenían)\s+(?:sendas\s+)?"
        r"(?P<noun>participaciones\s+(?:minoritarias|mayoritarias|de\s+minoría))\b",
        re.IGNORECASE),
    "fr": re.compile(
        r",?\s*(?:dans laquelle|dans lequel|dont)\s+" + _WHO + r"\s+(?:encore\s+)?"
        r"(?P<verb>détiennent|possèdent|détenaient|possédaient)\s+(?:des\s+)?"
        r"(?P<noun>participations\s+(?:minoritaires|majoritaires))\b",
        re.IGNORECASE),
}
_GATE = re.compile(r"eteiligung|anteil|\bminorit|\bmajorit|minoranza|maggioranza|minoría|mayoritari", re.IGNORECASE)
_PAST = frozenset("hielt hielten war waren held owned had detenevano possedevano avevano tenían poseían mantenían "
                  "détenaient possédaient".split())
_MAJORITY = re.compile(r"Mehrheit|majorit|maggioranza|mayoritari", re.IGNORECASE)
# what may stand between two holders: "und", "sowie", a comma, a description of the second
_JOIN = re.compile(r"\s*(?:,|\bund\b|\bsowie\b|\band\b|\be\b|\bed\b|\by\b|\bet\b)\s*(?:[^\W\d][\w-]*\s+){0,4}", re.IGNORECASE)
# holders that are people or the state, whatever company name they carry
_NOT_COMPANY = re.compile(
    r"\b(?:famil\w*|Familien?|founders?|fondator\w*|fundador\w*|Gründer\w*|heirs?|eredi|herederos|Erben"
    r"|state|Stato|Estado|Staat|Land|government|governo|gobierno|Regierung|Bund)\b", re.IGNORECASE)


def noun_stake_relatives(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    rx = _RX.get(language)
    if rx is None or len(spans) < 2 or not holds(_GATE, text):  # (the gate's literals first, from the sentence's scan)
        return []
    out: list[engine.Found] = []
    for start, end, held in spans:
        m = rx.match(text, end)
        if m is None:
            continue
        lo, hi = m.span("who")
        if _NOT_COMPANY.search(m.group("who")):
            continue
        inside = [(s, e, n) for s, e, n in spans if lo <= s and e <= hi]
        if not inside:
            continue
        # several holders only where they are coordinated ("Norvik und der Fonds Kestrel")
        if any(not _JOIN.fullmatch(text, a[1], b[0]) for a, b in zip(inside, inside[1:])):
            continue
        verb = m.group("verb") or m.group("verb2")
        vspan = m.span("verb") if m.group("verb") else m.span("verb2")
        noun = m.group("noun") or (m.groupdict().get("noun2") or "")
        kind = "owns" if _MAJORITY.search(noun) else "invests_in"
        status = "ended" if verb.casefold() in _PAST else "active"
        out.extend(engine.Found(kind, n, held, status, 0.8, None, vspan)
                   for _s, _e, n in inside if n != held)
    return out
