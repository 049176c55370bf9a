"""The country a description states right before an unknown company's name (entities/described_countries.py)
lets a later people's plural or nationality point back to it: "den spanischen Spezialisten Termolux ...
Die Spanier", "lo specialista spagnolo Termolux ... Gli spagnoli". Invented sentences and names."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("language, text, phrase", [
    ("de", "Der Zulieferer Mahle übernimmt den spanischen Gussteilehersteller Termolux. "
           "Die Spanier beliefern Renault mit Gussteilen.", "Die Spanier"),
    ("de", "Mahle hat mit dem schwedischen Entwickler Velnor einen Vertrag. Die Schweden liefern ab 2027.",
     "Die Schweden"),
    ("it", "Mahle ha rilevato lo specialista spagnolo Termolux. Gli spagnoli forniscono Renault.", "Gli spagnoli"),
    ("fr", "Mahle rachète le spécialiste espagnol Termolux. Les Espagnols fournissent Renault.", "Les Espagnols"),
    ("es", "Mahle compra el especialista sueco Termolux. Los suecos suministran a Renault.", "Los suecos"),
])
def test_a_people_points_to_the_company_its_description_placed(language, text, phrase):
    assert (phrase, "Termolux" if "Termolux" in text else "Velnor") in corefs(run(text, language))


@pytest.mark.parametrize("language, text", [
    # the nationality belongs to another noun phrase: the subject's, before a verb
    ("de", "Der spanische Konzern beliefert Termolux. Die Spanier wachsen."),
    ("it", "La società spagnola fornisce Termolux. Gli spagnoli crescono."),
])
def test_no_country_from_another_phrase(language, text):
    assert not corefs(run(text, language))
