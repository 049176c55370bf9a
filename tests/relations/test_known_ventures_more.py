"""Joint companies added to ``data/ventures.tsv`` (real ventures and parents, invented sentences):
named beside two of their parents, the parents' joint venture."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names, language):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text,names,pair", [
    ("it", "A Bursa, Tofaş, di cui Koç Holding e Stellantis hanno metà ciascuna, produrrà un nuovo furgone.",
     ("Tofaş", "Koç Holding", "Stellantis"), ("Koç Holding", "Stellantis")),
    ("en", "GS Yuasa and Honda have run Blue Energy in Kyoto for fifteen years.",
     ("GS Yuasa", "Honda", "Blue Energy"), ("GS Yuasa", "Honda")),
    ("de", "Carizon, an dem Cariad neben Horizon Robotics beteiligt ist, soll die Software liefern.",
     ("Carizon", "Cariad", "Horizon Robotics"), ("Cariad", "Horizon Robotics")),
    ("es", "Codelco y SQM gestionan juntos NovaAndino Litio en el salar de Atacama.",
     ("Codelco", "SQM", "NovaAndino Litio"), ("Codelco", "SQM")),
    ("fr", "Toshiba, Denso et Suzuki ont bâti ensemble l'usine de TDS Lithium-Ion Battery Gujarat.",
     ("Toshiba", "Denso", "Suzuki", "TDS Lithium-Ion Battery Gujarat"), ("Denso", "Toshiba")),
    ("en", "Weichai Ballard, which Weichai Power set up with Ballard Power Systems, makes fuel-cell stacks in Weifang.",
     ("Weichai Ballard", "Weichai Power", "Ballard Power Systems"), ("Ballard Power Systems", "Weichai Power")),
    ("de", "LG Chem und Toray betreiben gemeinsam LG Toray Hungary Battery Separator in Nyergesújfalu.",
     ("LG Chem", "Toray", "LG Toray Hungary Battery Separator"), ("LG Chem", "Toray")),
    ("it", "BASF e Shanshan controllano insieme BASF Shanshan, che produce catodi in Cina.",
     ("BASF", "Shanshan", "BASF Shanshan"), ("BASF", "Shanshan")),
    ("fr", "Volvo Group et Eicher Motors détiennent VE Commercial Vehicles, qui assemble des camions à Pithampur.",
     ("Volvo Group", "Eicher Motors", "VE Commercial Vehicles"), ("Eicher Motors", "Volvo Group")),
    ("es", "Honda y Yamaha Motor son socios de Gachaco, que ofrece baterías intercambiables para motos en Tokio.",
     ("Honda", "Yamaha Motor", "Gachaco"), ("Honda", "Yamaha Motor")),
    ("it", "ESMC, di cui TSMC detiene il 70% e Infineon il 10%, costruisce la fabbrica di chip a Dresda.",
     ("ESMC", "TSMC", "Infineon"), ("Infineon", "TSMC")),
    ("en", "Amplify Cell Technologies, owned by Daimler Truck, Paccar and Accelera, will make LFP cells in Mississippi.",
     ("Amplify Cell Technologies", "Daimler Truck", "Paccar", "Accelera"), ("Daimler Truck", "Paccar")),
    ("de", "SSAB, LKAB und Vattenfall haben Hybrit gegründet, um Stahl ohne Kohle zu erzeugen.",
     ("SSAB", "LKAB", "Vattenfall", "Hybrit"), ("LKAB", "SSAB")),
])
def test_added_ventures_named_beside_their_parents(language, text, names, pair):
    got = _rels(text, names, language)
    assert got.get(("joint_venture", *sorted(pair))) == "active", got
