"""A pair said to have formed no joint company, in a sentence that tells their cooperation, are
partners, not the parents of a denied venture:

    "Their cooperation is a technical agreement: A and B have not set up any joint company"
    "La colaboración entre ambos grupos es un acuerdo tecnológico: A y B no han constituido ninguna
    sociedad conjunta", "la collaborazione ... A e B non hanno costituito alcuna società comune",
    "la coopération ... A et B n'ont créé aucune coentreprise", "die Kooperation ... A und B haben kein
    Gemeinschaftsunternehmen gegründet"

The guidelines: when the article says explicitly that no joint company is formed, the tie is
``partners_with``. The frames read the negated venture noun as a denied ``joint_venture`` when no
other trigger of the sentence names the pair (the cooperation told of "both groups"), or, where the
status cues miss the negation ("non hanno costituito alcuna società comune"), as a venture. Such a
venture becomes the pair's partnership, in effect, where the sentence names a cooperation, no
venture planned and given up ("abandoned", "rinunciato", "renoncé", "aufgegeben": an ended plan, kept)
and no denial of a report ("denies", "desmiente", "dément", "smentisce", "dementiert"), which is a denied
venture indeed.
"""

from __future__ import annotations

import dataclasses
import re

from ..doc import Relation

__all__ = ["partners_without_venture"]

_I = re.IGNORECASE
#: a negation a few words before a joint company's noun ("have not set up any joint venture", "no han
#: constituido ninguna sociedad conjunta", "kein Gemeinschaftsunternehmen", "aucune coentreprise")
_NO_VENTURE = re.compile(
    r"\b(?:no|not|nor|never|without|non|nessun[ao]?|alcun[ao]?|senza|aucune?|pas|sans|ningun[ao]?|sin|nunca|kein\w*|nicht|ohne)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:"
    r"joint[- ]ventures?|joint\s+compan(?:y|ies)|jointly[- ]owned\s+compan(?:y|ies)|shared\s+compan(?:y|ies)"
    r"|società\s+(?:comune|paritetica|mista|congiunta)|coentreprises?|co-entreprises?|sociétés?\s+communes?|filiales?\s+communes?"
    r"|(?:empresa|sociedad)(?:es)?\s+(?:conjunta|común|mixta)s?|Gemeinschaftsunternehmen|gemeinsame\w*\s+(?:Gesellschaft|Firma|Tochter))\b", _I)
#: a cooperation the sentence names
_COOPERATION = re.compile(
    r"\b(?:collaboration|co-?operation|partnership|alliance|tie-up|collaborazione|cooperazione|alleanza|intesa|coopération"
    r"|partenariat|colaboración|cooperación|alianza|Kooperation|Zusammenarbeit|Partnerschaft|Allianz"
    r"|(?:agreement|accordo|accord|acuerdo|Vereinbarung)\s+(?:(?:of|di|de|d['’]|über)\s+)?(?:[\w-]+\s+(?:y|e|et|and|und)\s+)?"
    r"(?:industrial|industriale|industriel|technolog\w+|tecnol[oó]gic\w+|technique|technical|técnico|tecnico|cooperation|coopération"
    r"|collaborazione|colaboración|cooperación))", _I)
#: a denial of a report: the venture denied, not said to be none
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss\w*|rejects?|desmient\w*|desmintió|niega\w*|negó|démen\w*|dément|smenti\w*"
    r"|dementi\w*|zurückgewiesen|weist\s+\w+\s+zurück|rumou?r\w*|indiscrezion\w*|rumeur\w*|rumor\w*|Gerücht\w*)", _I)

#: a venture planned and given up: an ended plan, not a cooperation without one ("ha rinunciato al
#: progetto di joint venture ... senza costituire la società comune")
_GIVEN_UP = re.compile(
    r"\b(?:abandon\w*|gave\s+up|given\s+up|scrap(?:ped|s)?|dropped|shelved|rinunci\w*|abbandon\w*|accantonat\w*|renonc\w*"
    r"|abandonn\w*|renunci\w*|abandon[oóa]\w*|aufgegeben|aufgeben|verzicht\w*|eingestellt|gestoppt)", _I)


def partners_without_venture(relations: list[Relation]) -> list[Relation]:
    """``relations`` with each joint venture said to be none beside a cooperation made the pair's
    active partnership (once per pair: a partnership of the pair already read keeps its own)."""
    partners = {frozenset((r.source, r.target)) for r in relations if r.type == "partners_with"}
    out: list[Relation] = []
    for r in relations:
        if r.type == "joint_venture" and r.status in ("denied", "active", "announced"):
            text = r.evidence.text
            if (_NO_VENTURE.search(text) and _COOPERATION.search(text) and not _DENIAL.search(text)
                    and not _GIVEN_UP.search(text)):
                pair = frozenset((r.source, r.target))
                if pair in partners:
                    continue
                partners.add(pair)
                r = dataclasses.replace(r, type="partners_with", status="active")
        out.append(r)
    return out
