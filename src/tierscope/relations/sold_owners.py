"""An owner whose unit the same sentence says another company bought: the owner holds it no more.

    "Kelvar, a subsidiary of Brixo, was bought by Tamsin in 2018."          owns Brixo -> Kelvar: ended
    "La società, nata come divisione di Brixo, è stata ceduta a Tamsin."    owns Brixo -> Kelvar: ended
    "Tamsin schließt Übernahme der Brixo-Tochter Kelvar ab."               owns Brixo -> Kelvar: ended

Journalists name a unit's former owner beside its buyer: the owner in an apposition, a compound or an
origin ("originally set up by X"), the buyer in the verb of the sentence. The ownership reader sees "a
subsidiary of X" and reads a standing tie; the sale beside it says the tie is over. So an active ``owns``
X -> Y of a sentence that also tells an ``acquires`` Z -> Y, Z another company than X, is ``ended``,
where the page tells that purchase as done (an ``acquires`` Z -> Y of the page is active: "Tamsin schließt
Übernahme ... ab" in a headline, "Die Übernahme ist abgeschlossen" in the body). Not a purchase still to
come or only reported ("Z agreed to buy Y, a unit of X": X owns it still), nor a buyer that is the owner
itself, nor a stake bought (``invests_in``), after which the owner may keep control.
"""

from __future__ import annotations

__all__ = ["owners_sold"]


def owners_sold(found) -> None:
    """Set ``ended`` on each active ``owns`` of ``found`` (sentence index -> [(Found, lang)]) whose
    sentence tells another company's purchase of the unit, done by the page's word (module docstring)."""
    done = {(f.source, f.target) for items in found.values() for f, _ in items
            if f.type == "acquires" and f.status == "active"}
    if not done:
        return
    for items in found.values():
        buyers = {(f.source, f.target) for f, _ in items if f.type == "acquires" and f.status in ("active", "announced")}
        for f, _ in items:
            if f.type != "owns" or f.status != "active":
                continue
            if any(unit == f.target and buyer != f.source and (buyer, unit) in done for buyer, unit in buyers):
                f.status = "ended"
