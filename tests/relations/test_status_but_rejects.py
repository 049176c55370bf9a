"""A rejection after "but" is a denial of its own matter, as a denial is ("X said it was in talks with Y
about supplying cells, but rejected a media report that it would buy into Z", "mais a rejeté ...", "pero
rechazó ...", "ma ha respinto ..."): the report it rejects is not the tie before "but", which keeps its own
status. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.status import _scope

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


def test_talks_before_but_rejected_a_report_stay_talks():
    text = ("Almara said on Wednesday it was in talks with Brixo about supplying battery cells, but rejected "
            "a newspaper report that it would take a stake in Kelda.")
    assert _rels(text, "en")[("supplies", "Almara", "Brixo")] == "in_talks"


@pytest.mark.parametrize("language,text,trigger", [
    ("en", "Almara supplies cells to Brixo, but rejected a report that it plans a plant", "supplies"),
    ("fr", "Almara fournit des cellules à Brixo, mais a rejeté un article selon lequel il prévoit une usine", "fournit"),
    ("es", "Almara suministra celdas a Brixo, pero rechazó una información según la cual planea una planta", "suministra"),
    ("it", "Almara fornisce celle a Brixo, ma ha respinto un articolo secondo cui progetta un impianto", "fornisce"),
])
def test_a_rejection_after_but_cuts_the_ties_scope(language, text, trigger):
    t0 = text.index(trigger)
    t1 = t0 + len(trigger)
    b0 = text.index("Brixo")
    lo, hi = _scope(compiled(language), text, t0, t1, [(0, 6), (b0, b0 + 5)])
    assert hi <= text.index(",", b0)
