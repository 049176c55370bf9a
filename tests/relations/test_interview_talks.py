"""An interviewee's talks told in the first person with no goods named (relations/interview_talks.py): a
supply in the direction of the chain (a cell maker sells to a carmaker; a truck maker buys cells), in_talks,
or denied where the clause negates the talks. Not the interviewer's question, not talks about a stake, not
a possessive of the purpose. Real company names, invented interviews and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


_HEAD = {
    "en": ("INTERVIEW\n\n\"Cells are our only business\": Verkor chief executive on the year ahead\n\n"
           "By Tom Reed | 4 May 2026\n\nMs Lind, who is buying your cells?\n\n"),
    "de": ("Interview: Varta-Chef Lukas Brandt über neue Kunden\n\n"
           "Herr Brandt, mit wem reden Sie gerade?\n\n"),
    "fr": ("ENTRETIEN\n\nClaire Vidal, directrice générale de Verkor : « Nous visons les utilitaires »\n\n"
           "Propos recueillis par Paul Martin\n\nQui sont vos prochains clients ?\n\n"),
    "it": ("INTERVISTA\n\nGiulia Ferri, amministratrice delegata di Verkor: «Guardiamo ai furgoni»\n\n"
           "Con chi state parlando?\n\n"),
    "es": ("ENTREVISTA | LUCÍA PRADO, CONSEJERA DELEGADA DE VERKOR\n\n\"Queremos entrar en los furgones\"\n\n"
           "¿Con quién están hablando?\n\n"),
}
_SCANIA = ("INTERVIEW\n\nScania chief executive on batteries for heavy trucks\n\n"
           "By Tom Reed | 4 May 2026\n\nWho will make your cells?\n\n")


@pytest.mark.parametrize("language, answer, expected", [
    ("en", "We are talking to Iveco, yes, but nothing is signed.", ("Verkor", "Iveco", "in_talks")),
    ("en", "Right now we're in early discussions with Ford.", ("Verkor", "Ford", "in_talks")),
    ("en", "We have no talks with Ferrari at the moment.", ("Verkor", "Ferrari", "denied")),
    ("de", "Mit BMW verhandeln wir seit dem Frühjahr.", ("Varta", "BMW", "in_talks")),
    ("de", "Wir sind mit Audi schon lange im Gespräch.", ("Varta", "Audi", "in_talks")),
    ("de", "Mit Porsche führen wir derzeit keine Gespräche.", ("Varta", "Porsche", "denied")),
    ("fr", "Nous négocions avec Iveco depuis l'automne.", ("Verkor", "Iveco", "in_talks")),
    ("fr", "En ce moment, nous avons des discussions poussées avec Ford.", ("Verkor", "Ford", "in_talks")),
    ("fr", "Nous ne menons aucune discussion avec Ferrari.", ("Verkor", "Ferrari", "denied")),
    ("it", "Stiamo trattando con Iveco da qualche mese.", ("Verkor", "Iveco", "in_talks")),
    ("it", "Con Ford siamo in contatto da tempo.", ("Verkor", "Ford", "in_talks")),
    ("it", "Non abbiamo nessuna trattativa con Ferrari.", ("Verkor", "Ferrari", "denied")),
    ("es", "Negociamos con Iveco desde el invierno.", ("Verkor", "Iveco", "in_talks")),
    ("es", "Ahora mismo hablamos con Ford.", ("Verkor", "Ford", "in_talks")),
    ("es", "No estamos hablando con Ferrari.", ("Verkor", "Ferrari", "denied")),
])
def test_talks_of_a_cell_maker_go_to_its_customer(language, answer, expected):
    src, tgt, status = expected
    assert ("supplies", src, tgt, status) in rels(_HEAD[language] + answer + "\n", language)


def test_talks_of_a_truck_maker_come_from_the_cell_maker():
    got = rels(_SCANIA + "We are negotiating with Northvolt, and I hope we finish soon.\n", "en")
    assert ("supplies", "Northvolt", "Scania", "in_talks") in got
    assert not any(r[0] == "supplies" and r[1] == "Scania" for r in got)


@pytest.mark.parametrize("language, text", [
    # the interviewer's question is no statement
    ("en", _HEAD["en"] + "Are you talking to Iveco as well?\n\nMaybe.\n"),
    ("fr", _HEAD["fr"] + "Êtes-vous en discussion avec Iveco ?\n\nPeut-être.\n"),
    # talks about a stake: not a supply
    ("en", _HEAD["en"] + "We are in talks with Iveco about a stake in the company.\n"),
    # "notre" belongs to the purpose, after the partner: no subject of the talks
    ("fr", _HEAD["fr"] + "Il n'y a eu jusqu'ici que des discussions informelles avec Iveco sur notre capital.\n"),
])
def test_no_supply_read(language, text):
    assert not any(r[0] == "supplies" and "Iveco" in r[1:3] for r in rels(text, language))


def test_a_story_without_an_interview_reads_no_talks_without_purpose():
    text = ("Verkor said on Monday that it had opened a second line in Dunkirk.\n\n"
            "Verkor is in talks with Iveco, the company said.\n")
    assert not any(r[0] == "supplies" and "Iveco" in r[1:3] for r in rels(text, "en"))


@pytest.mark.parametrize("language, answer, expected", [
    ("en", "No. We never held any talks with Ferrari about a sale.", ("acquires", "Ferrari", "Verkor", "denied")),
    ("de", "Wir haben mit Porsche nie über einen Verkauf gesprochen.", ("acquires", "Porsche", "Varta", "denied")),
    ("fr", "Nous n'avons jamais discuté avec Ferrari de notre capital.", ("invests_in", "Ferrari", "Verkor", "denied")),
    ("it", "Stiamo parlando con Iveco di una quota nel nostro capitale.", ("invests_in", "Iveco", "Verkor", "in_talks")),
    ("es", "No hemos negociado con Ferrari nada, y tampoco estamos en venta.", ("acquires", "Ferrari", "Verkor", "denied")),
])
def test_talks_about_the_interviewee_s_own_sale_or_capital(language, answer, expected):
    got = rels(_HEAD[language] + answer + "\n", language)
    assert expected in got
    assert not any(r[0] == "supplies" and expected[1] in r[1:3] for r in got)


@pytest.mark.parametrize("language, answer, expected", [
    # a negation before a contrast word is another clause's: the talks stand
    ("en", "Not yet, but we are in talks with Iveco.", ("Verkor", "Iveco", "in_talks")),
    ("de", "Noch nicht, aber wir sind mit Audi im Gespräch.", ("Varta", "Audi", "in_talks")),
    ("fr", "Pas encore, mais nous discutons avec Iveco.", ("Verkor", "Iveco", "in_talks")),
    ("it", "Non ancora, ma stiamo trattando con Iveco.", ("Verkor", "Iveco", "in_talks")),
    ("es", "Todavía no, pero negociamos con Iveco.", ("Verkor", "Iveco", "in_talks")),
    # the negation in the talks' own clause still denies them
    ("en", "We are not talking to Iveco, but the door is open.", ("Verkor", "Iveco", "denied")),
])
def test_a_negation_before_a_contrast_word_denies_nothing(language, answer, expected):
    got = {r for r in rels(_HEAD[language] + answer + "\n", language) if r[0] == "supplies"}
    assert ("supplies", *expected) in got


@pytest.mark.parametrize("language, answer, expected", [
    # "not only": a restriction, the talks stand
    ("en", "We are not only talking to Iveco.", ("Verkor", "Iveco", "in_talks")),
    ("de", "Wir sprechen nicht nur mit Audi.", ("Varta", "Audi", "in_talks")),
    ("fr", "Nous ne discutons pas seulement avec Iveco.", ("Verkor", "Iveco", "in_talks")),
    ("it", "Non stiamo trattando solo con Iveco.", ("Verkor", "Iveco", "in_talks")),
    ("es", "No solo negociamos con Iveco.", ("Verkor", "Iveco", "in_talks")),
    # a restriction after the partner leaves the denial
    ("en", "We have no talks with Iveco, just with Ford.", ("Verkor", "Iveco", "denied")),
])
def test_not_only_denies_nothing(language, answer, expected):
    got = {r for r in rels(_HEAD[language] + answer + "\n", language) if r[0] == "supplies"}
    assert ("supplies", *expected) in got


@pytest.mark.parametrize("language, answer, expected", [
    # a fronted partner, another company in the next clause: the fronted one is still the talks' partner
    ("de", "Mit BMW sprechen wir, mit Audi noch nicht.", ("Varta", "BMW", "in_talks")),
    ("it", "Con Iveco stiamo trattando, con Ferrari invece no.", ("Verkor", "Iveco", "in_talks")),
    ("es", "Con Iveco negociamos, con Ferrari todavía no.", ("Verkor", "Iveco", "in_talks")),
])
def test_a_fronted_partner_before_another_clause(language, answer, expected):
    got = {r for r in rels(_HEAD[language] + answer + "\n", language) if r[0] == "supplies"}
    assert ("supplies", *expected) in got
