"""A licence or patent bought from a company is no takeover of it (frames/deals.py): invented sentences
in all five languages; buying the company itself still reads a takeover."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("en", "PowerCo acquired a licence from Gotion to use its cathode chemistry in Salzgitter."),
    ("de", "PowerCo erwirbt außerdem eine Lizenz von Gotion für ein Verfahren zur Herstellung von Elektrolyt."),
    ("fr", "PowerCo a acquis une licence auprès de Gotion pour utiliser sa chimie de cathode."),
    ("it", "PowerCo ha acquisito una licenza da Gotion per usare la sua chimica catodica."),
    ("es", "PowerCo ha adquirido una licencia de Gotion para usar su química de cátodo."),
])
def test_a_licence_bought_is_no_takeover(language, text):
    assert not any(t == "acquires" for t, _, _ in rels(text, language))


@pytest.mark.parametrize("language, text", [
    ("de", "PowerCo erwirbt Gotion."),
    ("es", "PowerCo ha adquirido Gotion por 2.000 millones."),
])
def test_the_company_bought_is_still_a_takeover(language, text):
    assert ("acquires", "PowerCo", "Gotion") in rels(text, language)
