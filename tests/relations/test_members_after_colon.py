"""A list of customers or suppliers opened by a possessive role noun after a colon, where the clause
before the colon names no company: its subject is the company of the sentence before, left out or
described (members._opener_after_colon). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _supplies(text, language):
    got = rels(text, ["Korvan", "Maltrix", "Tessaro", "Nordel"], language=language)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix sold two plants last year. It remains a large maker of seats: among its main customers are Korvan and Tessaro."),
    ("fr", "Maltrix a vendu deux usines l'an dernier. Il reste un grand fabricant de sièges : parmi ses clients figurent Korvan et Tessaro."),
    ("de", "Maltrix hat im vergangenen Jahr zwei Werke verkauft. Das Geschäft mit Sitzen läuft gut: zu seinen Kunden gehören Korvan und Tessaro."),
    ("it", "Maltrix ha venduto due stabilimenti l'anno scorso. Resta un grande produttore di sedili: tra i suoi clienti figurano Korvan e Tessaro."),
    ("es", "Maltrix vendió dos plantas el año pasado. Sigue siendo un gran fabricante de asientos: entre sus clientes figuran Korvan y Tessaro."),
])
def test_customers_listed_after_a_colon(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Korvan") in got and ("Maltrix", "Tessaro") in got


@pytest.mark.parametrize("language, text", [
    # the clause before the colon names a company of its own: its customers, not the one before's
    ("en", "Maltrix sold two plants last year. Nordel makes seats: among its customers are Korvan and Tessaro."),
    ("es", "Maltrix vendió dos plantas el año pasado. Nordel fabrica asientos: entre sus clientes figuran Korvan y Tessaro."),
])
def test_no_list_of_the_sentence_before_when_the_clause_names_a_company(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Korvan") not in got and ("Maltrix", "Tessaro") not in got


# the role noun's "of" names goods, not the owner: the list is the company before's
@pytest.mark.parametrize("language, text", [
    ("es", "Maltrix vende también los inversores por separado. Entre sus clientes de inversores figuran Korvan y Tessaro."),
    ("de", "Maltrix verkauft die Wechselrichter auch einzeln. Zu den Abnehmern der Wechselrichter zählen Korvan und Tessaro."),
    ("fr", "Maltrix vend aussi ses onduleurs séparément. Parmi ses clients d'onduleurs figurent Korvan et Tessaro."),
])
def test_customers_of_goods_listed_for_the_company_before(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Korvan") in got and ("Maltrix", "Tessaro") in got


def test_customers_of_a_named_company_are_its_own():
    got = _supplies("Maltrix also sells inverters. Zu den Kunden von Nordel zählen Korvan und Tessaro.", "de")
    assert ("Maltrix", "Korvan") not in got and ("Maltrix", "Tessaro") not in got
