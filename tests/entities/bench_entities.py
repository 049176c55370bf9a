"""Timing of the entity stage (not a test): ``.venv/bin/python tests/entities/bench_entities.py``.

Builds ~3 KB articles in each language from the sentences below (written for this script) with
sentences split naively, and prints milliseconds per article."""

from __future__ import annotations

import re
import time

from tierscope.doc import Document, Sentence
from tierscope.entities import EntityRecognizer

PARAGRAPHS = {
    "en": "Tesla CEO Elon Musk said on Tuesday that the carmaker would buy battery cells worth $1.2 billion "
    "from LG Energy Solution for its plant in Grünheide near Berlin. The Korean battery maker will supply "
    "30 GWh a year from its factory in Wroclaw, the company said. Volkswagen's PowerCo and the startup "
    "Lyten agreed to cooperate, while Acme Batteries GmbH will deliver 100,000 tonnes of cathode material "
    "a year. Analysts said the deal was a smart move for the group as demand for electric vehicles rises "
    "in Europe and the United States. ",
    "it": "L'amministratore delegato di Stellantis, Carlos Tavares, ha detto che il gruppo investirà 1,7 "
    "miliardi di euro a Termoli con ACC per produrre 40 gigawattora di batterie. La casa di Torino produrrà "
    "500.000 veicoli l'anno a Mirafiori, mentre il fornitore Brembo aumenterà la produzione in Lombardia. "
    "La società ha firmato un accordo con CATL e con la startup Italvolt per celle al litio. ",
    "de": "Vorstandschef Oliver Blume sagte am Montag, der VW-Konzern werde 2 Milliarden Euro in Salzgitter "
    "investieren, wo PowerCo eine Zellfabrik mit 40 Gigawattstunden baut. Der Zulieferer Bosch liefert "
    "Halbleiter von Infineon, und der Autobauer will 50.000 Tonnen pro Jahr recyceln. BMWs Partner CATL "
    "baut in Debrecen ein Werk für 100 GWh. Das Unternehmen teilte mit, die Produktion beginne 2026. ",
    "fr": "Le PDG de Renault, Luca de Meo, a annoncé que le groupe investira 1,2 milliard d'euros à Douvrin "
    "avec Envision AESC, qui fournira 9 GWh par an. Le constructeur vise 300 000 véhicules par an, tandis "
    "que l'équipementier Valeo et la société Verkor signent un partenariat à Dunkerque. ",
    "es": "El consejero delegado de Seat, Wayne Griffiths, dijo que la empresa invertirá 300 millones de "
    "euros en Martorell con PowerCo, que construye una gigafactoría de 40 GWh en Sagunto. La compañía "
    "producirá 2.000 millones de dólares en ventas, y el proveedor Gestamp suministrará piezas a Stellantis "
    "en Figueruelas. ",
}


def article(language: str, size: int = 3000) -> Document:
    text = ""
    while len(text) < size:
        text += PARAGRAPHS[language]
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", text)]
    return Document(id=language, source="bench", text=text, language=language, sentences=sentences)


def main(rounds: int = 50, repeats: int = 7) -> None:
    """Best of ``repeats`` runs (the machine is shared: the minimum is the stage's own cost)."""
    from tierscope.entities.recognizer import find_date_mentions

    recognizer = EntityRecognizer()
    t0 = time.perf_counter()
    recognizer.warm_up()
    print(f"warm_up: {(time.perf_counter() - t0) * 1000:.0f} ms")
    for language in PARAGRAPHS:
        best = dates = float("inf")
        for _ in range(repeats):
            docs = [article(language) for _ in range(rounds)]
            t0 = time.perf_counter()
            for doc in docs:
                recognizer(doc)
            best = min(best, (time.perf_counter() - t0) * 1000 / rounds)
            t0 = time.perf_counter()
            for doc in docs:
                find_date_mentions(doc.text, doc.sentences, language)
            dates = min(dates, (time.perf_counter() - t0) * 1000 / rounds)
        print(f"{language}: {best:.2f} ms per {len(docs[0].text)}-char article "
              f"(of which tierscope.dates {dates:.2f} ms), {len(docs[0].mentions)} mentions")


if __name__ == "__main__":
    main()
