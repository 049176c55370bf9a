"""A reported deal takes a denial two sentences on that names no company ("The information is false, they
said."), past a detail of the report; a denial there that names another company does not. In the next
sentence, a company only referred back to ("the group") is no party of another deal: its denial speaks of
the report. later_denials reads a negation before a denial cue with the lexicon's own negation words.
Invented companies and sentences (status18)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.later_denials import _negated

from .helpers import make_doc, rels


def _statuses(text, lang, names=("Korvan", "Maltrix", "Brixo"), coref=None):
    if coref:
        got = RelationExtractor().extract(make_doc(text, list(names), language=lang, coref=coref))
    else:
        got = rels(text, list(names), language=lang)
    return {(r.type, r.source, r.target): r.status for r in got}


REPORT_DETAIL_DENIAL = {
    "en": ("Korvan is reportedly in talks to buy Maltrix, people familiar with the matter said. The price would include debt.",
           "The information is false, they said.", "Brixo denied a report on its own plans."),
    "fr": ("Korvan serait en discussions pour racheter Maltrix, selon des sources proches du dossier. Le prix inclurait la dette.",
           "L'information est fausse, a-t-on démenti.", "Brixo a démenti une information sur ses propres projets."),
    "it": ("Korvan sarebbe in trattative per rilevare Maltrix, secondo fonti vicine al dossier. Il prezzo includerebbe il debito.",
           "La notizia è priva di fondamento, hanno smentito.", "Brixo ha smentito una notizia sui propri piani."),
    "es": ("Korvan estaría negociando la compra de Maltrix, según fuentes cercanas a la operación. El precio incluiría la deuda.",
           "La información es falsa, señalaron.", "Brixo desmintió una información sobre sus propios planes."),
    "de": ("Korvan soll Insidern zufolge über eine Übernahme von Maltrix verhandeln. Der Preis würde die Schulden einschließen.",
           "Der Bericht sei falsch, hieß es, man dementiere ihn.", "Brixo dementierte einen Bericht über eigene Pläne."),
}


def _acquisition(got):
    return got.get(("acquires", "Korvan", "Maltrix"))


@pytest.mark.parametrize("lang", sorted(REPORT_DETAIL_DENIAL))
def test_a_report_is_denied_two_sentences_on(lang):
    report, denial, _other = REPORT_DETAIL_DENIAL[lang]
    assert _acquisition(_statuses(report, lang)) == "rumoured"
    got = _statuses(f"{report} {denial}", lang)
    assert _acquisition(got) == "denied", got


@pytest.mark.parametrize("lang", sorted(REPORT_DETAIL_DENIAL))
def test_a_denial_two_sentences_on_naming_another_company_is_its_own(lang):
    report, _denial, other = REPORT_DETAIL_DENIAL[lang]
    got = _statuses(f"{report} {other}", lang)
    assert _acquisition(got) == "rumoured", got


@pytest.mark.parametrize("lang,text,coref", [
    ("fr", "Korvan serait en discussions pour racheter Maltrix à Brixo, selon des sources proches du dossier. Le groupe a démenti : Maltrix n'est pas à vendre.",
     {"Le groupe": "Brixo"}),
    ("es", "Korvan estaría negociando la compra de Maltrix a Brixo, según fuentes cercanas a la operación. El grupo lo desmintió: Maltrix no está en venta.",
     {"El grupo": "Brixo"}),
    ("en", "Korvan is reportedly in talks to buy Maltrix from Brixo, people familiar with the matter said. The group denied it: Maltrix is not for sale.",
     {"The group": "Brixo"}),
])
def test_a_company_referred_back_to_is_no_other_party(lang, text, coref):
    got = _statuses(text, lang, coref=coref)
    assert _acquisition(got) == "denied", got


@pytest.mark.parametrize("lang,text,word,negated", [
    ("fr", "Le groupe n'a pas démenti ces informations", "démenti", True),
    ("fr", "Le groupe a démenti ces informations", "démenti", False),
    ("it", "La società non ha smentito", "smentito", True),
    ("it", "La notizia non è stata né confermata né smentita", "smentita", True),
    ("es", "La empresa nunca lo desmintió", "desmintió", True),
    ("en", "The company did not deny the report", "deny", True),
    ("en", "Nothing in the filing was denied", "denied", False),
    ("de", "Das Unternehmen hat den Bericht nicht dementiert", "dementiert", True),
    ("de", "Das Unternehmen dementierte den Bericht", "dementierte", False),
])
def test_later_denials_read_the_lexicons_negation(lang, text, word, negated):
    assert _negated(compiled(lang).status["negation"], text, text.index(word)) is negated
