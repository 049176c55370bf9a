"""status._absent_cues: the status cues a sentence is answered beforehand not to hold (from its
four-character pieces) have no match in it; the others are found as the cue's own search finds them."""

from tierscope.relations import engine
from tierscope.relations.status import _NEVER, _SentenceCues, cue_spans, has_cue
from tierscope.scan.sentence_scan import new_page

_SENTENCES = {
    "en": ["Hollin Motors denied a report that it would buy Tessaro, ending months of speculation.",
           "Norrlid had supplied cells to Arvik until 2023, when the contract ran out.",
           "Kestrel is reportedly in talks with Lorvik over a stake in its battery unit."],
    "de": ["Brixo dementierte Berichte, wonach der Konzern Velqua übernehmen wolle.",
           "Corvalis lieferte bis 2022 Achsen an Kornex; seitdem beliefert Maltrix den Hersteller."],
    "fr": ["Sorel aurait entamé des négociations avec Lorvik, selon des sources proches du dossier.",
           "Tessaro a démenti avoir racheté Kestrel."],
    "it": ["Secondo indiscrezioni, Arvik sarebbe in trattative per rilevare Maltrix.",
           "Velqua ha smentito l'accordo con Brixo, concluso nel 2021 e scaduto l'anno scorso."],
    "es": ["Corvalis desmiente que vaya a comprar Norrlid, según un comunicado.",
           "Kornex suministraba baterías a Sorel hasta 2024, cuando terminó el contrato."],
}


def test_absent_cues_have_no_match_and_present_ones_are_found():
    for lang, sentences in _SENTENCES.items():
        lex = engine.compiled(lang)
        for text in sentences + ["İSTANBUL: " + sentences[0]]:  # (odd case folding: nothing answered beforehand)
            new_page()
            st = _SentenceCues(lex, text)
            for name, rx in lex.status.items():
                want = [m.span() for m in rx.finditer(text)]
                assert st.spans(name) == want, (lang, text, name)
                assert has_cue(lex, text, name) == bool(want)
                assert cue_spans(lex, text, name) == want
                if st[name] is _NEVER:
                    assert rx.search(text) is None, (lang, text, name)


def test_most_cues_answered_beforehand():
    # (the point of the index: a plain sentence holds few of its language's cues)
    lex = engine.compiled("en")
    new_page()
    st = _SentenceCues(lex, "Arvik will supply battery cells to Kornex from 2027.")
    assert sum(1 for name in lex.status if st._may.get(name) is _NEVER) >= len(lex.status) // 2
