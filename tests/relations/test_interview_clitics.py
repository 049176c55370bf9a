"""Italian and Spanish interviews tell what the company buys with the first person's object pronoun
("nos lo suministra Y", "nos llega de Y", "ce lo forniva Y", "ci arrivano da Y"; relations/interview_clitics.py):
Y supplies the interviewee, and "Y nos compra" the other way round. Ordinary stories and a business sold
are left alone. Invented companies and people."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

_ES = ("Entrevista a Lucía Barrena, consejera delegada de Veltrana Batteries\n\n"
       "\"Queremos crecer en Europa\"\n\n¿Cómo ha ido el año?\n\nHemos crecido mucho. ")
_IT = ("INTERVISTA | Abbiamo incontrato l'amministratore delegato di Corvane Energia, Paolo Ferri\n\n"
       "\"Cresceremo in Europa\"\n\nCom'è andato l'anno?\n\nSiamo cresciuti molto. ")


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("answer, expected", [
    ("El polímero nos lo suministra Quarnet Chemicals desde Francia.",
     ("supplies", "Quarnet Chemicals", "Veltrana Batteries", "active")),
    ("Ahora la lámina de litio nos llega de Dravik Metals, desde Estados Unidos.",
     ("supplies", "Dravik Metals", "Veltrana Batteries", "active")),
    ("Los separadores nos los enviaba Quarnet Chemicals, pero ese contrato terminó en junio.",
     ("supplies", "Quarnet Chemicals", "Veltrana Batteries", "ended")),
    ("Dravik Metals nos compra los módulos desde 2024.",
     ("supplies", "Veltrana Batteries", "Dravik Metals", "active")),
])
def test_es_first_person_object_is_the_interviewee(answer, expected):
    assert expected in rels(_ES + answer, "es")


@pytest.mark.parametrize("answer, expected", [
    ("Il solvente per il laboratorio ce lo forniva Ostravo Chimica, ma quel contratto è scaduto l'anno scorso.",
     ("supplies", "Ostravo Chimica", "Corvane Energia", "ended")),
    ("Oggi le celle prismatiche ci arrivano da Dravik Metals, con cui lavoriamo bene.",
     ("supplies", "Dravik Metals", "Corvane Energia", "active")),
    ("Le celle robotizzate ce le ha fornite Ostravo Robotics SpA, e lavoriamo insieme da due anni.",
     ("supplies", "Ostravo Robotics", "Corvane Energia", "active")),
])
def test_it_first_person_object_is_the_interviewee(answer, expected):
    assert expected in rels(_IT + answer, "it")


def _pairs(text, language):
    return {(t, s, g) for t, s, g, _ in rels(text, language)}


def test_an_ordinary_story_quoting_nos_is_left_alone():
    text = ("Veltrana Batteries amplía su planta de Burgos\n\n"
            "Veltrana Batteries invertirá 40 millones en su planta. \"El polímero nos lo suministra Quarnet Chemicals\", "
            "dijo un portavoz de Dravik Metals.")
    assert not {p for p in _pairs(text, "es") if p[1] == "Quarnet Chemicals"}


@pytest.mark.parametrize("language, text", [
    ("es", _ES + "La compra del negocio de fundición, que Dravik Metals nos vendió el año pasado, nos dio plantas en China."),
    ("it", _IT + "La divisione delle fonderie ce l'ha venduta Ostravo Chimica l'anno scorso."),
])
def test_a_business_sold_is_no_supply(language, text):
    assert not {p for p in _pairs(text, language) if p[0] == "supplies"}


def test_a_word_opening_with_da_is_no_from():
    # a verb of coming needs "da"/"dal"/... before its company: "dappertutto" is none
    text = _IT + "Le celle ci arrivano dappertutto e Dravik Metals le installa nei container."
    assert not {p for p in _pairs(text, "it") if p[0] == "supplies"}
