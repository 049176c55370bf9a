"""A pair named as the subject of deals struck with others is no partnership of its own:

    "GM and Ford have signed agreements with several lithium producers"
    "GM e Ford hanno siglato accordi con diversi produttori di litio"
    "GM et Ford ont signé des accords avec plusieurs producteurs"
    "GM y Ford han firmado acuerdos con varios productores"
    "GM und Ford haben Vereinbarungen mit mehreren Lithiumproduzenten unterzeichnet"
    "Rivals Gridserve and Osprey have signed similar agreements" ("accordi simili", "des accords
    similaires", "acuerdos similares", "ähnliche Vereinbarungen")
    "Rivals such as A and B have also signed long-term contracts" ("haben ebenfalls Verträge
    abgeschlossen", "hanno anche firmato contratti", "ont aussi signé des contrats", "también han
    firmado acuerdos"): deals in the plural that the pair "also" struck, as another company did

A pair given as examples of rivals is no partnership either, whatever deals each struck ("Wettbewerber
wie A und B haben ebenfalls Verträge abgeschlossen", "rivals such as A and B have signed deals",
"concurrents comme A et B", "competidores como A y B", "concorrenti come A e B").

The frames tie a coordinated subject of a partnership word to each other when no partner is named;
here the partners are unnamed others ("with several producers") or each its own ("similar"). A
partnership whose two companies both stand before its trigger is dropped (``guards.apply``); one with
a named partner after it ("..., including Albemarle") stays.
"""

from __future__ import annotations

import re

from ..scan.sentence_scan import holds

__all__ = ["drop_pairs_with_others"]

_I = re.IGNORECASE
#: "with" and an unnamed, plural or indefinite partner, right after the trigger (a few words between)
_WITH_OTHERS = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:"
    r"with\s+(?:several|various|many|numerous|other|different|multiple|a\s+number\s+of|a\s+string\s+of)"
    r"|con\s+(?:diversi|diverse|vari|varie|altri|altre|numerosi|numerose|molti|molte|varios|varias|diversos|diversas|otros|otras|distintos|distintas|numerosos|numerosas)"
    r"|avec\s+(?:plusieurs|divers|diverses|d['’]autres|de\s+nombreux|de\s+nombreuses|différents|différentes)"
    r"|mit\s+(?:mehreren|verschiedenen|anderen|zahlreichen|diversen|etlichen))\b", _I)
#: "similar" right before or after the trigger word
#: (the Romance adjectives in both genders: "accordi analoghi", "intese analoghe", "acuerdos análogos", "alianzas
#: análogas", "pactos parecidos", "alianzas parecidas"; French and Spanish "comparables" after the noun too)
_SIMILAR_BEFORE = re.compile(r"\b(?:similar|comparable|simili|analoghi|analoghe|similaires|analogues|similares|parecid[oa]s|anál[oa]g[oa]s"
                             r"|ähnliche[nr]?|vergleichbare[nr]?)\s+(?:[\w-]+\s+){0,2}$", _I)
_SIMILAR_AFTER = re.compile(r"\s+(?:simili|analoghi|analoghe|similaires|analogues|comparables|similares|parecid[oa]s|anál[oa]g[oa]s)\b", _I)
#: "also" a few words before the trigger, in one clause: the pair did what another company did
_ALSO_BEFORE = re.compile(r"\b(?:also|too|likewise|ebenfalls|gleichfalls|auch|anche|pure|aussi|également|también|igualmente)\b"
                          r"[^,;:]{0,60}$", _I)
#: a deal noun in the plural, as the trigger ends: several deals, one each, not one between the pair
_PLURAL_DEALS = re.compile(r"(?:agreements|contracts|deals|accordi|contratti|intese|accords|contrats|acuerdos|contratos"
                           r"|Verträge|Vereinbarungen|Absichtserklärungen)$", _I)
#: a word the matches of the three patterns above hold, so that a sentence without one is passed over before
#: the per-relation searches (most sentences with a partnership have neither); Spanish "análogos" by its
#: accented stem, which "analog" misses
_GATE = re.compile(r"\b(?:with|con|avec|mit)\s|\b(?:similar|comparable|simil|analog|análog|parecid|ähnlich|vergleichbar"
                   r"|also|too|likewise|ebenfalls|gleichfalls|auch|anche|pure|aussi|également|también|igualmente)"
                   r"|\b(?:wettbewerb|konkurrent|rival|competitor|concorrent|concurrent|competidor)", _I)
#: rivals named as examples right before the pair: "Wettbewerber wie", "rivals such as", "concurrents comme"
_RIVALS_SUCH_AS = re.compile(
    r"\b(?:Wettbewerber[n]?|Konkurrenten|Rivalen|rivals|competitors|concorrenti|concurrents|competidores|rivales)\s+"
    r"(?:wie|such\s+as|like|including|come|comme|tels?\s+que|como)\s+(?:etwa\s+|zum\s+Beispiel\s+|z\.\s?B\.\s+)?$", _I)


def drop_pairs_with_others(text: str, spans, results: list) -> list:
    """``spans``: (start, end, name, sectors) of the sentence's companies."""
    if not any(r.type == "partners_with" for r in results) or not holds(_GATE, text):
        return results
    out = []
    for r in results:
        if r.type == "partners_with":
            t0, t1 = r.trigger
            before = {n for s, e, n, *_ in spans if e <= t0}
            if r.source in before and r.target in before and (
                    _WITH_OTHERS.match(text[t1 : t1 + 80]) or _SIMILAR_BEFORE.search(text, max(0, t0 - 40), t0)
                    or _SIMILAR_AFTER.match(text, t1) or _rivals_listed(text, spans, r.source, r.target)
                    or (_PLURAL_DEALS.search(text, t0, t1) and _ALSO_BEFORE.search(text, max(0, t0 - 80), t0))):
                continue
        out.append(r)
    return out


def _rivals_listed(text: str, spans, a: str, b: str) -> bool:
    """The pair's first name comes right after rivals named as examples ("Wettbewerber wie A und B")."""
    first = min((s for s, e, n, *_ in spans if n in (a, b)), default=None)
    return first is not None and _RIVALS_SUCH_AS.search(text, max(0, first - 60), first) is not None
