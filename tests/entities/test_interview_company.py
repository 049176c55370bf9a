"""An interview laid out as questions and answers that names its head by a bare title ("Geschäftsführerin
Anna Beispiel", "l'amministratrice delegata Elena Esempio"): the first person of the answers is the company
the introduction is about (entities/interview_company.py), in invented pages of all five languages."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

PAGES = {
    "de": ("INTERVIEW\nVarta baut Batterien in Ellwangen. Das Unternehmen will wachsen. Geschäftsführerin Anna Beispiel "
           "über Kunden und Lieferanten.\nFrau Beispiel, wie läuft das Geschäft?\nOrdentlich, trotz der Flaute.\n"
           "Wer sind Ihre Kunden?\nWir liefern seit 2024 Zellen an BMW.\nUnd die Preise?\nSie sind stabil.",
           ("supplies", "Varta", "BMW")),
    "en": ("Q&A\nNorthvolt makes battery cells in Sweden. The company is raising money again. Its new chief executive "
           "talks about customers.\nHow is business?\nSlow, but improving.\nWho are your customers?\nWe supply cells "
           "to BMW under a contract signed last year.\nAnd prices?\nThey are stable.",
           ("supplies", "Northvolt", "BMW")),
    "fr": ("Saft fabrique des batteries à Nersac. L'entreprise recrute. Sa directrice générale fait le point.\n"
           "Comment vont les affaires ?\nBien, malgré le marché.\nQui sont vos clients ?\nNous livrons des "
           "cellules à Renault depuis 2023.\nEt les prix ?\nIls sont stables.",
           ("supplies", "Saft", "Renault")),
    "it": ("L'INTERVISTA\nBrembo produce freni a Curno. L'azienda cresce. L'amministratrice delegata Elena Esempio "
           "racconta i suoi clienti.\nCome vanno gli affari?\nBene, nonostante il mercato.\nChi sono i vostri "
           "clienti?\nForniamo i freni a BMW dal 2022.\nE i prezzi?\nSono stabili.",
           ("supplies", "Brembo", "BMW")),
    "es": ("Gestamp fabrica carrocerías en Navarra. La empresa crece. Su consejera delegada habla de clientes.\n"
           "—¿Cómo va el negocio?\n—Bien, pese al mercado.\n—¿Quiénes son sus clientes?\n—Suministramos "
           "carrocerías a Volkswagen desde 2021.\n—¿Y los precios?\n—Son estables.",
           ("supplies", "Gestamp", "Volkswagen")),
}


def _we(doc):
    return {m.canonical for m in doc.mentions if m.source == "coref" and
            ((m.attrs or {}).get("interview") or m.text.casefold() in ("wir", "we"))}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_answers_speak_for_the_company_of_the_introduction(language):
    text, relation = PAGES[language]
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language and _we(doc) == {relation[1]}
    assert relation in {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    # not laid out as questions and answers: a story quoting a call
    "Varta baut Batterien. Das Unternehmen will wachsen, sagte die Chefin in einer Telefonkonferenz.\n"
    "Wir liefern seit 2024 Zellen an BMW.",
    # the introduction names the company once, in a quote: no more than a mention
    "INTERVIEW\n„Wir sind nicht Varta“, sagt die Gründerin.\nWie läuft das Geschäft?\nGut.\nWer kauft?\n"
    "Wir liefern Zellen an BMW.\nUnd die Preise?\nStabil.",
    # two companies named as often: whose answers these are is not told
    "INTERVIEW\nVarta und BASF bauen Batterien. Varta und BASF wachsen.\nWie läuft das Geschäft?\nGut.\n"
    "Wer kauft?\nWir liefern Zellen an BMW.\nUnd die Preise?\nStabil.",
])
def test_no_company_for_the_first_person(text):
    assert not _we(run(text, "de"))


def test_a_speaker_label_is_no_company_of_the_page():
    from tierscope.entities.interview_company import _speaker
    from tierscope.doc import Mention

    text = "Intro.\nMarquardt: Wir liefern Zellen an BMW. Marquardt: nein."
    at = text.index("Marquardt")
    assert _speaker(text, Mention(start=at, end=at + 9, text="Marquardt", label="COMPANY"))
    at = text.rindex("Marquardt")
    assert not _speaker(text, Mention(start=at, end=at + 9, text="Marquardt", label="COMPANY"))


_LISTS = {
    "en": ("Q&A\nNorthvolt makes battery cells. The company is raising money. Its new chief executive talks.\n"
           "How is business?\nSlow.\nWho owns you?\nOur main shareholders, Volkswagen and Goldman Sachs, are staying.\n"
           "And prices?\nStable.", ("invests_in", "Volkswagen", "Northvolt")),
    "fr": ("Saft fabrique des batteries. L'entreprise recrute. Sa directrice générale fait le point.\nComment ça va ?\n"
           "Bien.\nQui sont vos clients ?\nNos principaux clients, Renault et Alstom, restent fidèles.\nEt les prix ?\n"
           "Stables.", ("supplies", "Saft", "Renault")),
    "it": ("L'INTERVISTA\nBrembo produce freni. L'azienda cresce. L'amministratrice delegata racconta.\nCome vanno gli affari?\nBene.\n"
           "Chi sono i vostri clienti?\nTra i nostri clienti ci sono BMW e Ferrari.\nE i prezzi delle materie?\nStabili.",
           ("supplies", "Brembo", "BMW")),
    "es": ("Gestamp fabrica carrocerías. La empresa crece. Su consejera delegada habla.\n\n—¿Cómo va?\n\n—Bien.\n\n"
           "—¿Quiénes son sus clientes?\n\n—Nuestros principales clientes, Volkswagen y Renault, siguen con nosotros.\n\n"
           "—¿Y los precios?\n\n—Estables.", ("supplies", "Gestamp", "Volkswagen")),
    "de": ("INTERVIEW\nVarta baut Batterien. Das Unternehmen will wachsen. Geschäftsführerin Anna Beispiel spricht.\n"
           "Frau Beispiel, wie läuft es?\nGut.\nWer sind die Kunden?\nZu unseren Kunden zählen BMW und Bosch.\n"
           "Und die Preise?\nStabil.", ("supplies", "Varta", "BMW")),
}


@pytest.mark.parametrize("language", sorted(_LISTS))
def test_our_list_belongs_to_the_interviewee(language):
    # (relations/members.py: the possessive word is the company's mention, the list its customers or shareholders)
    text, relation = _LISTS[language]
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert relation in {(r.type, r.source, r.target) for r in doc.relations}


#: the introduction names the company once and no other company; the page names it again further on
_ONCE = {
    "de": ("INTERVIEW\nVarta will in Ellwangen Zellen bauen. Gründerin und Chefin Anna Beispiel über Kunden.\n"
           "Frau Beispiel, wie läuft das Geschäft?\nOrdentlich, trotz der Flaute.\nWer sind Ihre Kunden?\n"
           "Wir liefern seit 2024 Zellen an BMW.\nWas plant Varta für 2027?\nEin zweites Werk.",
           ("supplies", "Varta", "BMW")),
    "en": ("Q&A\nNorthvolt wants to build cells in Sweden again. Its new chief executive talks about customers.\n"
           "How is business?\nSlow, but improving.\nWho are your customers?\nWe supply cells to BMW under a contract "
           "signed last year.\nWhat does Northvolt plan for 2027?\nA second plant.",
           ("supplies", "Northvolt", "BMW")),
    "fr": ("Saft veut produire des cellules à Nersac. Sa directrice générale fait le point.\nComment vont les affaires ?\n"
           "Bien, malgré le marché.\nQui sont vos clients ?\nNous livrons des cellules à Renault depuis 2023.\n"
           "Que prévoit Saft pour 2027 ?\nUne deuxième usine.",
           ("supplies", "Saft", "Renault")),
    "it": ("L'INTERVISTA\nBrembo vuole produrre freni a Curno. L'amministratrice delegata Elena Esempio racconta.\n"
           "Come vanno gli affari?\nBene, nonostante il mercato.\nChi sono i vostri clienti?\nForniamo i freni a BMW "
           "dal 2022.\nChe cosa prevede Brembo per il 2027?\nUn secondo stabilimento.",
           ("supplies", "Brembo", "BMW")),
    "es": ("Gestamp quiere fabricar carrocerías en Navarra. Su consejera delegada habla de clientes.\n"
           "—¿Cómo va el negocio?\n—Bien, pese al mercado.\n—¿Quiénes son sus clientes?\n—Suministramos carrocerías "
           "a Volkswagen desde 2021.\n—¿Qué prevé Gestamp para 2027?\n—Una segunda planta.",
           ("supplies", "Gestamp", "Volkswagen")),
}


@pytest.mark.parametrize("language", sorted(_ONCE))
def test_the_only_company_of_the_introduction_named_again_speaks(language):
    text, relation = _ONCE[language]
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language and _we(doc) == {relation[1]}
    assert relation in {(r.type, r.source, r.target) for r in doc.relations}
