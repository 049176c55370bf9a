"""The reading stages wired together, as the pipeline runs them: ingest → clean → language → dates
→ sentences, on files in several formats."""

from __future__ import annotations

import json

from tierscope.clean import Cleaner
from tierscope.dates import DateFinder
from tierscope.doc import Document, Rejection
from tierscope.ingest import read_inputs
from tierscope.language import LanguageDetector
from tierscope.pipeline import Pipeline
from tierscope.sentences import SentenceSplitter

TXT = """Startseite | Wirtschaft | Politik | Sport
Anzeige

Bosch liefert Sensoren an Mercedes-Benz
Von Anna Müller
Veröffentlicht am 3. Mai 2023

Der Zulieferer Bosch wird Mercedes-Benz ab 2025 mit Radarsensoren beliefern. Das Auftragsvolumen liegt bei rund 1,5 Mrd. Euro.

Lesen Sie auch
ZF streicht Stellen in Friedrichshafen

© 2023 Wirtschaftsnachrichten GmbH. Alle Rechte vorbehalten.
"""
HTML = """<html><head><title>Renault et Verkor</title><meta property="article:published_time" content="2023-05-03"></head>
<body><article><h1>Renault signe avec Verkor</h1>
<p>Renault a signé avec la start-up grenobloise Verkor un contrat d'approvisionnement en cellules pour ses futures voitures électriques.</p>
<p>L'usine de Dunkerque doit produire 16 GWh par an à partir de 2025, a indiqué M. Senard dans un communiqué.</p>
</article></body></html>"""


def stages():
    return Pipeline([Cleaner(), LanguageDetector(), DateFinder(), SentenceSplitter()])


def test_reading_stages_end_to_end(tmp_path):
    (tmp_path / "de.txt").write_text(TXT, encoding="utf-8")
    (tmp_path / "fr.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "es-1", "text": "Iberdrola firma con Seat.\nIberdrola suministrará energía a la planta de "
                    "Seat en Martorell, según informó la Sra. López.", "published": "5 de marzo de 2024"}) + "\n"
        + json.dumps({"id": "empty-html", "html": "<html><body><script>x()</script></body></html>"}) + "\n",
        encoding="utf-8",
    )
    pipe = stages()
    out = {}
    errors = []
    for item in read_inputs([str(tmp_path)]):
        assert isinstance(item, Document)
        try:
            doc = pipe(item)
        except Exception as exc:  # the runner turns InputError into a Rejection
            errors.append((item.id, str(exc)))
            continue
        out[doc.id] = doc
        assert doc.provenance == pipe.names
        for s in doc.sentences:
            assert doc.text[s.start : s.end] == doc.text[s.start : s.end].strip()
            assert not any(b < s.end and s.start < e for b, e in doc.boilerplate)

    assert errors and errors[0][0] == "empty-html" and "no article text found in the HTML" in errors[0][1]
    de = out["de.txt"]
    assert (de.language, de.published, de.published_from, de.title) == ("de", "2023-05-03", "dateline", "Bosch liefert Sensoren an Mercedes-Benz")
    assert [de.sentence_text(s) for s in de.sentences][-2:] == [
        "Der Zulieferer Bosch wird Mercedes-Benz ab 2025 mit Radarsensoren beliefern.",
        "Das Auftragsvolumen liegt bei rund 1,5 Mrd. Euro.",
    ]
    fr = out["fr.html"]
    assert (fr.language, fr.published, fr.published_from) == ("fr", "2023-05-03", "metadata")
    assert any(fr.sentence_text(s).startswith("L'usine de Dunkerque") and fr.sentence_text(s).endswith("communiqué.")
               for s in fr.sentences)
    es = out["es-1"]
    assert (es.language, es.published, es.published_from) == ("es", "2024-03-05", "metadata")
    assert [es.sentence_text(s) for s in es.sentences] == [
        "Iberdrola firma con Seat.",
        "Iberdrola suministrará energía a la planta de Seat en Martorell, según informó la Sra. López.",
    ]


def test_runner_turns_empty_html_into_rejection(tmp_path):
    from tierscope.run.local import extract_inputs

    p = tmp_path / "blank.html"
    p.write_text("<html><body><script>x()</script></body></html>")
    [item] = list(extract_inputs([str(p)], stages()))
    assert isinstance(item, Rejection) and item.reason == "no article text found in the HTML"
