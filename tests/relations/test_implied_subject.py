"""Relations read a zero-width implied subject (``attrs["implied"]``, made by the entity stage for a
subject left out) as the clause's subject: it blocks no trigger, takes no marker from a time phrase
before it, joins no list, and a relation that needs it has evidence from its antecedent's sentence on."""

from __future__ import annotations

from tierscope.doc import Mention
from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _with_implied(text, companies, language, before, antecedent):
    """``before``: the words the implied subject stands before; ``antecedent``: its company, named earlier."""
    doc = make_doc(text, companies, language=language)
    pos = text.index(before)
    ante = text.index(antecedent)
    idx = next(i for i, s in enumerate(doc.sentences) if s.start <= pos < s.end)
    doc.mentions.append(Mention(pos, pos, "", "COMPANY", antecedent, idx, "coref",
                                {"implied": True, "antecedent": [ante, ante + len(antecedent)]}))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return RelationExtractor()(doc).relations


def test_es_time_phrase_is_no_marker_of_the_implied_subject():
    text = "Norvik cerró el ejercicio con beneficios. En diciembre se adjudicó además un pedido de Corvalis."
    found = _with_implied(text, ["Norvik", "Corvalis"], "es", "se adjudicó", "Norvik")
    assert [(r.type, r.source, r.target) for r in found] == [("supplies", "Norvik", "Corvalis")]
    assert found[0].evidence.start == 0 and found[0].evidence.text == text


def test_it_implied_subject_joins_no_list():
    text = "Norvik ha acquisito Tessaro e ha firmato un accordo con Corvalis."
    found = _with_implied(text, ["Norvik", "Tessaro", "Corvalis"], "it", "ha firmato", "Norvik")
    pairs = {(r.source, r.target) for r in found}
    assert ("Norvik", "Corvalis") in pairs or ("Corvalis", "Norvik") in pairs
    assert not any("Tessaro" in p and "Corvalis" in p for p in pairs)


def test_evidence_stays_one_sentence_when_the_party_is_named_in_it():
    text = "Norvik ha chiuso il bilancio. Norvik ha firmato un accordo con Corvalis e ha acquisito Tessaro."
    found = _with_implied(text, ["Norvik", "Tessaro", "Corvalis"], "it", "ha acquisito", "Norvik")
    assert found and all(r.evidence.text.startswith("Norvik ha firmato") for r in found)
