"""The relation stage's per-page memos hand out shared lists: the status cues' "no match" list (one
empty list for every absent cue of every sentence) and the page's named companies. A reader that
appended to or sorted one would change what every later sentence or page reads; extracting pages
must leave them as they were. Invented companies and sentences."""

from tierscope.relations import RelationExtractor, evidence_names, status

from .helpers import make_doc

_PAGES = [
    ("en", "Arvik will supply battery cells to Kornex from 2027. Kornex denied a report that it would buy Arvik."),
    ("de", "Brixo liefert seit 2021 Achsen an Velqua. Velqua dementierte Berichte über eine Übernahme von Brixo."),
    ("fr", "Sorel aurait entamé des négociations avec Lorvik. Lorvik fournit des cellules à Sorel depuis 2020."),
]


def test_the_shared_empty_cue_list_stays_empty():
    for lang, text in _PAGES:
        names = [w for w in ("Arvik", "Kornex", "Brixo", "Velqua", "Sorel", "Lorvik") if w in text]
        RelationExtractor()(make_doc(text, names, language=lang))
    assert status._NO_SPANS == []


def test_named_companies_is_kept_for_the_page_and_renewed_for_another():
    lang, text = _PAGES[0]
    doc = RelationExtractor()(make_doc(text, ["Arvik", "Kornex"], language=lang))
    first = evidence_names.named_companies(doc)
    assert evidence_names.named_companies(doc) is first  # (the memo: asked again, the same list)
    assert [m.canonical for m in first] == [m.canonical for m in doc.mentions if m.label == "COMPANY" and m.canonical]
    other = RelationExtractor()(make_doc(_PAGES[1][1], ["Brixo", "Velqua"], language="de"))
    assert evidence_names.named_companies(other) is not first
    assert {m.canonical for m in evidence_names.named_companies(other)} == {"Brixo", "Velqua"}
