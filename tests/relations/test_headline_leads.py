"""A tie told only in a headline takes the status the story's lead tells plainly: "Korvan supplies cells to
Maltrix" reads as news of a deal (announced), "Korvan has started delivering ..." in the lead says it runs.
Invented companies and sentences, in the five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor, engine
from tierscope.relations.headline_leads import lead_status

from .helpers import line_doc


def _statuses(lines: list[str], language: str, companies=("Korvan", "Maltrix")):
    doc = line_doc(lines, companies, language=language, sep="\n\n")
    return {(r.type, r.source, r.target): r.status for r in RelationExtractor()(doc).relations}


_CASES = [
    # (language, headline, lead, the tie, its status from the headline alone, its status with the lead)
    ("en", "Korvan supplies cells to Maltrix",
     "Korvan has started delivering battery cells from its new plant in Ohio, the company said on Tuesday.",
     ("supplies", "Korvan", "Maltrix"), "announced", "active"),
    ("de", "Korvan liefert Zellen an Maltrix",
     "Der Zellhersteller Korvan hat in seinem Werk bei Leipzig die Serienfertigung von Rundzellen aufgenommen.",
     ("supplies", "Korvan", "Maltrix"), "announced", "active"),
    ("it", "Korvan fornisce celle a Maltrix",
     "Korvan ha iniziato a consegnare le celle prodotte nello stabilimento di Brescia, ha comunicato la società.",
     ("supplies", "Korvan", "Maltrix"), "announced", "active"),
    ("fr", "Korvan fournit des cellules à Maltrix",
     "Le fabricant de cellules a commencé à livrer les premiers lots depuis son usine de Lyon, a indiqué un porte-parole.",
     ("supplies", "Korvan", "Maltrix"), "announced", "active"),
    ("es", "Korvan suministra celdas a Maltrix",
     "Korvan ha empezado a entregar las primeras celdas desde su planta de Zaragoza, según ha informado la compañía.",
     ("supplies", "Korvan", "Maltrix"), "announced", "active"),
]


@pytest.mark.parametrize("language,headline,lead,tie,alone,led", _CASES)
def test_the_lead_tells_the_status_of_a_headline_tie(language, headline, lead, tie, alone, led):
    assert _statuses([headline, "Short lines skipped here."], language).get(tie) == alone
    assert _statuses([headline, lead], language)[tie] == led


def test_a_dateline_before_the_lead_is_skipped():
    got = _statuses(["Korvan supplies cells to Maltrix", "OSLO, 3 March (Wire) -",
                     "Korvan has started delivering battery cells from its new plant in Ohio, the company said."], "en")
    assert got[("supplies", "Korvan", "Maltrix")] == "active"


def test_a_lead_about_two_other_companies_tells_nothing_of_the_headline():
    got = _statuses(["Korvan supplies cells to Maltrix",
                     "Dravo has started delivering battery cells to Quellon from its new plant in Ohio, the company said."],
                    "en", companies=("Korvan", "Maltrix", "Dravo", "Quellon"))
    assert got[("supplies", "Korvan", "Maltrix")] == "announced"


@pytest.mark.parametrize("language,text,status", [
    ("en", "Korvan completed the acquisition of the pump maker on Friday.", "active"),
    ("de", "Die Übernahme des Pumpenherstellers wurde am Freitag abgeschlossen.", "active"),
    ("fr", "Le groupe a finalisé vendredi le rachat du fabricant de pompes.", "active"),
    ("it", "Il gruppo ha completato venerdì l'acquisizione del produttore di pompe.", "active"),
    ("es", "El grupo ha completado la compra del fabricante de bombas este viernes.", "active"),
    # an end, or deliveries still to begin, told plainly (the lexicon's status cues)
    ("en", "Deliveries are set to begin in 2027, the company said.", "announced"),
    ("de", "Die Lieferungen sollen im Jahr 2027 beginnen, teilte das Unternehmen mit.", "announced"),
    ("fr", "Les livraisons doivent débuter en 2027, a précisé le groupe.", "announced"),
    ("it", "Le consegne inizieranno nel 2027, ha precisato il gruppo.", "announced"),
    ("es", "Las entregas comenzarán en 2027, según ha precisado la compañía.", "announced"),
    ("en", "The supply contract came to an end in March, the company said.", "ended"),
    ("de", "Der Liefervertrag ist im März ausgelaufen.", "ended"),
    ("fr", "Le contrat a pris fin en mars.", "ended"),
    ("it", "Il gruppo ha ceduto la sua quota nella società.", "ended"),
    ("es", "El contrato expiró en marzo y no fue renovado.", "ended"),
    # cues of two kinds: the lead tells no one status
    ("en", "Korvan completed the acquisition of the pump maker; deliveries are set to begin in 2027.", None),
    ("en", "Korvan closed the quarter with higher sales of pumps.", None),  # "closed" alone tells no deal done
    ("es", "Korvan cerró el trimestre con más ventas de bombas.", None),
])
def test_lead_cues(language, text, status):
    assert lead_status(engine.compiled(language), text) == status
