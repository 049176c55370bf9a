"""Goods told with their maker alone are not the customer's of the sentence before where that sentence
tells its company as the one given the project's work ("I lavori sono stati affidati a Y"): a fellow
contractor (``lone_driver._entrusted``), on pages written for these tests."""

from __future__ import annotations

import pytest

from tierscope.doc import Document, Mention
from tierscope.pipeline import default_pipeline
from tierscope.relations.lone_driver import _entrusted

_PIPELINE = default_pipeline()

_PAGE = ("Il cantiere di Nordavia Recycling è a metà strada. Nella zona industriale di Tarrow il cantiere di Nordavia "
         "Recycling S.r.l., la società fondata in primavera da Kessel e dalla svedese Volmar, ha superato la metà "
         "dei lavori. I lavori civili sono stati affidati all'impresa trentina Brixo, che ha vinto la gara a "
         "dicembre. Le linee di macinazione saranno invece fornite dall'olandese Maltrix Recycling: il "
         "contratto è firmato.")


def test_the_contractor_named_before_is_no_customer_of_the_maker():
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=_PAGE))
    found = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("supplies", "Maltrix Recycling", "Brixo") not in found
    assert ("supplies", "Brixo", "Nordavia Recycling") in found


@pytest.mark.parametrize("language, text, entrusted", [
    ("en", "The civil works have been awarded to the local builder Brixo.", True),
    ("en", "Main contractor Brixo has 600 workers on site.", True),
    ("fr", "Les travaux ont été confiés à l'entreprise Brixo.", True),
    ("es", "Las obras civiles han sido adjudicadas a la constructora Brixo.", True),
    ("de", "Die Bauarbeiten wurden an die örtliche Baufirma Brixo vergeben.", True),
    ("it", "Le opere murarie sono state affidate all'impresa trentina Brixo.", True),
    ("en", "The plant is owned by Brixo.", False),
    ("en", "Kessel signed a supply deal with Brixo.", False),
    ("de", "Kessel liefert Zellen an Brixo.", False),
])
def test_the_cues_of_a_project_given_to_a_company(language, text, entrusted):
    doc = Document(id="t", source="t.txt", format="txt", text=text, language=language)
    start = text.index("Brixo")
    comps = [Mention(start=start, end=start + 5, text="Brixo", label="COMPANY", canonical="Brixo")]
    doc.mentions = comps
    assert _entrusted(doc, comps, "Brixo") is entrusted
