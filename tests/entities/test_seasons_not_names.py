"""A season opening the time phrase before a verb is no company found by pattern ("Seit Sommer liefern
wir", "Im Herbst übernahm", "Summer brought", "Estate difficile per"): German writes it with a capital
everywhere, the other languages at a sentence's start (entities/vocab.py, SEASONS). Invented sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize("language, text, word", [
    ("de", "Seit Sommer liefern wir Kathodenpulver an einen Zellhersteller in Sachsen.", "Sommer"),
    ("de", "Im vergangenen Herbst hat Varta eine Finanzierungsrunde abgeschlossen.", "Herbst"),
    ("de", "Seit Frühjahr beliefert die Firma Customcells mit Graphit.", "Frühjahr"),
    # (a headline's or a sentence's first word, where a verb of business after it is a subject cue)
    ("en", "Last Summer supplied the cells for the launch, the company said.", "Summer"),
    ("it", "Estate fornirà nuove celle a BMW, dice la società.", "Estate"),
    ("fr", "L'Été livrera des cellules à Renault, selon la société.", "Été"),
    ("es", "Verano suministrará celdas a Volkswagen, según la empresa.", "Verano"),
])
def test_a_season_is_no_company(language, text, word):
    doc = run(text, language)
    assert not any(m.label == "COMPANY" and m.text.startswith(word) for m in doc.mentions)
