"""SentenceSplitter: abbreviation traps in five languages, newlines, exact offsets, furniture and
stories respected."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.sentences import SentenceSplitter, split_sentences, text_segments

CASES = {
    "en": [
        "Mr. Smith met Dr. Jones at Apple Inc. on Monday.",
        "The deal with J. P. Morgan Chase & Co. was worth $1.5 bn. in cash and shares.",
        "It closes in the U.S. next year, said Corp. spokesman A. Brown.",
        "Plant No. 3 will make 1.5 GWh of cells.",
        '"We are happy," he said.',
        '"Is it over?" she asked.',
        "Toyota Motor Corp. owns a stake in the supplier.",
        "The supplier is Apple Inc.",
        "The company confirmed the order (worth $2.3 bn.) on Friday.",
    ],
    "it": [
        "Il sig. Rossi e il dott. Bianchi di Pirelli S.p.A. hanno firmato l'accordo.",
        "La Fiat S.r.l. ha investito 3 mld. di euro nello stabilimento n. 2.",
        "L'ing. Verdi ha parlato con la Soc. Elettrica Sarda ecc. durante l'incontro.",
        "Il contratto vale 1,5 mln. di euro.",
        "Enel ha firmato con Eni il 3 maggio.",
    ],
    "de": [
        "Die Siemens AG hat am 3. Mai 2023 z.B. 5 Mrd. Euro investiert.",
        "Im 3. Quartal stieg der Umsatz um ca. 1,5 Mio. Euro.",
        "Das Werk Nr. 2 wird u.a. von Dr. Müller geleitet.",
        "Die Produktion beginnt am 1. Januar.",
        "Der Auftrag hat ein Volumen von 2,4 Mrd. Euro.",
    ],
    "fr": [
        "M. Macron a rencontré Mme. Dupont chez Renault S.A. jeudi.",
        "Le groupe investit 1,5 milliard d'euros, soit env. 2 % du chiffre d'affaires.",
        "Selon M. Senard, l'usine produira 16 GWh par an.",
        "« Nous sommes ravis », a déclaré le président.",
        "La Cie. des Alpes a signé.",
    ],
    "es": [
        "El Sr. García y la Sra. López de Iberdrola S.A. firmaron el acuerdo.",
        "La planta producirá 1,5 GWh al año, aprox. el doble que ahora.",
        "¿Venderá Repsol su filial?",
        "Telefónica y la Cía. Española de Petróleos firmaron un contrato de 3 mill. de euros.",
        "La Dra. Ruiz lo confirmó.",
    ],
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_abbreviation_traps(lang):
    text = " ".join(CASES[lang])
    got = [text[s:e] for s, e in split_sentences(text, lang)]
    assert got == CASES[lang]


def test_offsets_exact_and_trimmed():
    text = "  First sentence here.   Second one?\n\nThird!  "
    spans = split_sentences(text, "en")
    assert [text[s:e] for s, e in spans] == ["First sentence here.", "Second one?", "Third!"]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


def test_newline_rules():
    text = (
        "Tesla picks LG for battery cells\n"
        "By Jane Smith\n"
        "LG Energy Solution will supply battery cells to Tesla from its new plant\n"
        "in Arizona, the companies said on Wednesday. The deal covers the plant of\n"
        "Volkswagen too.\n"
        "- first bullet item\n"
        "- second bullet item\n"
        "\n"
        "A paragraph without final punctuation\n"
        "\n"
        "Last paragraph."
    )
    got = [text[s:e] for s, e in split_sentences(text, "en")]
    assert got == [
        "Tesla picks LG for battery cells",
        "By Jane Smith",
        "LG Energy Solution will supply battery cells to Tesla from its new plant\nin Arizona, the companies said on Wednesday.",
        "The deal covers the plant of\nVolkswagen too.",
        "- first bullet item",
        "- second bullet item",
        "A paragraph without final punctuation",
        "Last paragraph.",
    ]


def test_one_paragraph_per_line_text():
    text = (
        "Pirelli fornirà a Volkswagen gli pneumatici per i nuovi modelli elettrici prodotti nello stabilimento di Zwickau\n"
        "L'accordo vale circa 300 milioni di euro.\n"
    )
    got = [text[s:e] for s, e in split_sentences(text, "it")]
    assert len(got) == 2


def test_component_skips_boilerplate_and_keeps_stories_apart():
    text = (
        "Home | News | Business\n"
        "BMW buys a stake in Northvolt. The deal was signed in Munich.\n"
        "Share | Tweet\n"
        "Pirelli sells a unit\n"
        "***\n"
        "Eni signs with Enel. It is worth €1 bn.\n"
    )
    nav = (0, text.index("\n"))
    share = (text.index("Share"), text.index("Share") + len("Share | Tweet"))
    s1_end = text.index("\n***")
    s2_start = text.index("Eni")
    doc = Document(id="t", source="t", text=text, language="en", boilerplate=[nav, share],
                   stories=[(0, s1_end), (s2_start, len(text) - 1)])
    doc = SentenceSplitter()(doc)
    got = [(doc.sentence_text(s), s.story) for s in doc.sentences]
    assert got == [
        ("BMW buys a stake in Northvolt.", 0),
        ("The deal was signed in Munich.", 0),
        ("Pirelli sells a unit", 0),
        ("Eni signs with Enel.", 1),
        ("It is worth €1 bn.", 1),
    ]


def test_sentence_never_crosses_a_boilerplate_range_inside_a_line():
    text = "Siemens sells its unit ADVERTISEMENT to Bosch for cash."
    bp = [(text.index("ADVERTISEMENT"), text.index("ADVERTISEMENT") + len("ADVERTISEMENT"))]
    doc = SentenceSplitter()(Document(id="t", source="t", text=text, language="en", boilerplate=bp, stories=[]))
    for s in doc.sentences:
        assert not (s.start < bp[0][1] and bp[0][0] < s.end)


def test_text_segments():
    assert text_segments(20, [(0, 10), (12, 20)], [(3, 5), (8, 14)]) == [(0, 3, 0), (5, 8, 0), (14, 20, 1)]
    assert text_segments(5, [], []) == [(0, 5, 0)]


DATELINES = [
    ("MILANO, 3 marzo -- Stellantis ha firmato un accordo con CATL.", "it", "MILANO, 3 marzo --"),
    ("(ANSA) - ROMA, 3 MAR - Eni ha ceduto la quota.", "it", "(ANSA) - ROMA, 3 MAR -"),
    ("BERLIN (dpa) - BMW hat den Vertrag unterschrieben.", "de", "BERLIN (dpa) -"),
    ("FRANKFURT/MAIN, 3. Mai (Reuters) – Bosch liefert Chips.", "de", "FRANKFURT/MAIN, 3. Mai (Reuters) –"),
    ("Turin, March 3 (Reuters) - Stellantis signed a deal.", "en", "Turin, March 3 (Reuters) -"),
    ("DETROIT — General Motors said it would buy the plant.", "en", "DETROIT —"),
    ("PARIS, le 3 mars 2023 — Renault a signé avec Verkor.", "fr", "PARIS, le 3 mars 2023 —"),
    ("Madrid, 3 mar (EFE).- Seat ha firmado un contrato.", "es", "Madrid, 3 mar (EFE).-"),
]


@pytest.mark.parametrize("text, lang, dateline", DATELINES)
def test_dateline_is_split_from_the_body(text, lang, dateline):
    got = [text[s:e] for s, e in split_sentences(text, lang)]
    assert got == [dateline, text[len(dateline) :].strip()]


@pytest.mark.parametrize("text", [
    "Volkswagen - the carmaker said it would buy the plant.",  # a name and a dash, no date or agency
    "Baden-Baden liegt im Schwarzwald.",
    "Renault, 2023 - un an de ventes record.",  # a lone year is not a dateline's date
    "BMW - Neue Partnerschaft mit CATL",  # a bare capitals "dateline" before a headline stays whole
])
def test_no_dateline_no_split(text):
    assert [text[s:e] for s, e in split_sentences(text, None)] == [text]


def test_headline_over_dateline_is_its_own_sentence():
    head = "Stellantis e CATL firmano un accordo da miliardi per le celle delle auto"  # 60-100 chars
    body = "Stellantis ha firmato un accordo con CATL per le celle."
    for sep in ("\n", "\n\n"):
        text = f"{head}{sep}MILANO, 3 marzo -- {body}"
        assert [text[s:e] for s, e in split_sentences(text, "it")] == [head, "MILANO, 3 marzo --", body]
    # a wrapped line of that width followed by a capitalised word is still one sentence
    wrapped = "Der Zulieferer wird nach Angaben aus Unternehmenskreisen ab dem kommenden Jahr\nBosch mit Chips beliefern."
    assert len(split_sentences(wrapped, "de")) == 1


def test_html_text_has_one_paragraph_per_line():
    head = "Stellantis e CATL firmano un accordo da miliardi per le celle delle auto"
    text = f"{head}\nStellantis ha firmato un accordo con CATL per le celle."
    assert len(split_sentences(text, "it")) == 1  # plain text: could be a wrapped line
    assert [text[s:e] for s, e in split_sentences(text, "it", lines_are_paragraphs=True)][0] == head
    doc = Document(id="x", source="x", html="<p>…</p>", text=text, language="it")
    assert [doc.text[s.start : s.end] for s in SentenceSplitter()(doc).sentences][0] == head


def test_dateline_only_at_the_start_of_a_line():
    text = "The plant opened on Monday. BMW - the carmaker said - will buy cells from CATL."
    assert [text[s:e] for s, e in split_sentences(text, "en")] == [
        "The plant opened on Monday.", "BMW - the carmaker said - will buy cells from CATL."]
    text = "The plant opened on Monday.\nDETROIT — General Motors said it would buy the plant."
    assert [text[s:e] for s, e in split_sentences(text, "en")][1:] == [
        "DETROIT —", "General Motors said it would buy the plant."]


@pytest.mark.parametrize("language, text, first", [
    ("es", "Se reservarán para los segmentos A y B. Corvalis prevé otra planta.", "Se reservarán para los segmentos A y B."),
    ("fr", "Elles équiperont les classes C et D. Corvalis prévoit une usine.", "Elles équiperont les classes C et D."),
    ("de", "Die Zellen gehen an die Klassen A und B. Corvalis plant ein Werk.", "Die Zellen gehen an die Klassen A und B."),
])
def test_a_pair_of_letter_labels_ends_a_sentence(language, text, first):
    spans = split_sentences(text, language)
    assert text[spans[0][0] : spans[0][1]] == first and len(spans) == 2


def test_initials_joined_by_a_conjunction_stay_initials():
    text = "El plan de J. y B. Smith sigue."
    assert len(split_sentences(text, "es")) == 1
