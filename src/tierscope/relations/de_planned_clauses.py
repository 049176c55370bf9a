"""German tells a plan with a "dass" clause in the present after a word of planning: "Vorgesehen ist, dass
X die Zellen an Y liefert", "Geplant ist, dass ...", "Es ist vereinbart, dass ...", "Der Vertrag sieht vor,
dass ...", "Ziel ist, dass ...". The present of the clause is the plan's, a tie still to come (announced),
not one that runs: Italian, Spanish and French say the same with a subjunctive ("è previsto che X
fornisca", "está previsto que X suministre", "il est prévu que X fournisse"), which their lexicons read
already. Not where the sentence says the tie runs already or goes on ("bereits", "seit", "weiterhin"),
nor where the "dass" clause is far from its plan word (another comma, ';' or ':' between)."""

from __future__ import annotations

import re

#: a word of planning, up to three words (adverbs: "zudem", "außerdem", "auch") and ", dass" after it
_PLAN_THAT = re.compile(
    r"\b(?:vorgesehen|geplant|beabsichtigt|angestrebt|vereinbart|verabredet|festgelegt|"
    r"(?:sieht|sehen|sah|sahen)\b[^,;:.]{0,80}?\bvor|Ziel|Plan|Absicht|plant|planen|plante|planten)"
    r"(?:\s+[\w-]+){0,3}\s*,\s*dass\b", re.I)

#: the tie runs already or goes on
_RUNNING = re.compile(r"\b(?:bereits|schon|seit|seither|weiterhin|nach wie vor|längst)\b", re.I)


def planned_clause(text: str, t0: int) -> bool:
    """Whether the trigger at ``t0`` stands in a "dass" clause that a word of planning governs, with no
    comma, ';' or ':' between "dass" and the trigger, in a sentence that tells no running tie."""
    for m in _PLAN_THAT.finditer(text, 0, t0):
        between = text[m.end() : t0]
        if any(c in between for c in ",;:") or len(between) > 120:
            continue
        return _RUNNING.search(text) is None
    return False
