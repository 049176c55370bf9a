"""On an interview page, a quote the interviewee reports from another company's head or spokesman ("Le
patron d'Iveco m'a dit : « Nous achetons nos cellules à Y »") speaks for that company: its "we" is not the
interviewee's (entities/interview.py ``others_quoted``). The interviewee's own answers keep their "we".
Real company names, invented interviews and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

from tests.relations.test_interview_talks import _HEAD

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


_INTERVIEWEE = {"en": "Verkor", "de": "Varta", "fr": "Verkor", "it": "Verkor", "es": "Verkor"}


@pytest.mark.parametrize("language, answer", [
    ("fr", "Le patron d'Iveco m'a confié la semaine dernière : « Nous achetons nos cellules à CATL. » C'est leur choix."),
    ("fr", "Stellantis a déclaré en mars : « Nous livrons des moteurs à Nissan. » Nous verrons."),
    ("it", "L'amministratore delegato di Iveco ci ha detto: «Compriamo le celle da CATL.» È una loro scelta."),
    ("es", "El consejero delegado de Iveco me dijo: «Compramos las celdas a CATL.» Es su decisión."),
    ("de", "Der Iveco-Chef hat mir gesagt: „Wir kaufen unsere Zellen bei CATL.“ Das ist ihre Sache."),
    ("de", "Stellantis erklärte im März: „Wir liefern Motoren an Nissan.“ Mal sehen."),
])
def test_another_company_s_quoted_we_is_not_the_interviewee(language, answer):
    got = rels(_HEAD[language] + answer + "\n", language)
    me = _INTERVIEWEE[language]
    assert not any(me in (s, t) and {"CATL", "Nissan"} & {s, t} for _, s, t in got)


def test_the_interviewee_s_own_quoted_answer_keeps_its_we():
    text = _HEAD["fr"] + "« Nous livrons des cellules à Iveco depuis 2024 », précise Claire Vidal.\n"
    assert ("supplies", "Verkor", "Iveco") in rels(text, "fr")
