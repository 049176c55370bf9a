"""A name the page writes whole ("die Kelvar Kabel GmbH", "Brixo Italia, una joint venture") is that
company wherever it is written whole again, even where a known company opens it or a country ends it;
and a German noun of goods right before a legal form is the name's own word, not the verb's object.
Invented sentences and companies; the known parent is handed in as a gazetteer mention."""

from __future__ import annotations

from entity_helpers import make_doc, run

from tierscope.doc import Mention
from tierscope.entities import recognizer
from tierscope.entities.matcher import tokenize


def _toks(doc):
    return [(i, s.start, s.end, tokenize(doc.text, s.start, s.end)) for i, s in enumerate(doc.sentences)]


def _known(doc, name: str) -> list[Mention]:
    out, pos = [], doc.text.find(name)
    while pos >= 0:
        sent = next(i for i, s in enumerate(doc.sentences) if s.start <= pos < s.end)
        out.append(Mention(pos, pos + len(name), name, "COMPANY", name, sent, "gazetteer", {"known": True}))
        pos = doc.text.find(name, pos + 1)
    return out


def test_a_goods_noun_before_a_legal_form_is_part_of_the_name():
    doc = make_doc("Die Kelvar Kabel GmbH liefert Ladeleitungen an Brixo.", "de")
    kept = recognizer._drop_name_prefixes(doc.text, _toks(doc), _known(doc, "Kelvar"), "de")
    assert kept == []  # the known short name gives way: the legal-form pattern finds "Kelvar Kabel GmbH"


def test_a_goods_noun_as_the_object_still_ends_the_name():
    doc = make_doc("Kelvar liefert Kabel an Brixo.", "de")
    assert len(recognizer._drop_name_prefixes(doc.text, _toks(doc), _known(doc, "Kelvar"), "de")) == 1


def _with_known(monkeypatch, name: str):
    real = recognizer.find_known

    def find_known(text, sentence_tokens, language):
        found = real(text, sentence_tokens, language)
        pos = text.find(name)
        while pos >= 0:
            sent = next(i for i, _e, t in sentence_tokens if t and t[0].start <= pos <= t[-1].end)
            found.append(Mention(pos, pos + len(name), name, "COMPANY", name, sent, "gazetteer",
                                 {"known": True, "sectors": []}))
            pos = text.find(name, pos + 1)
        return sorted(found, key=lambda m: m.start)

    monkeypatch.setattr(recognizer, "find_known", find_known)


def companies(doc) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in doc.mentions if m.label == "COMPANY" and m.source != "coref"]


def test_the_whole_name_again_over_a_known_name_that_opens_it(monkeypatch):
    _with_known(monkeypatch, "Kelvar")
    doc = run("Die Kelvar Kabel GmbH in Roth ist eine Tochter der Kelvar AG. "
              "Im Mai hat Kelvar Kabel einen Vertrag mit Brixo unterschrieben.", "de")
    found = companies(doc)
    assert ("Kelvar Kabel", "Kelvar Kabel") in found
    assert found.count(("Kelvar", "Kelvar")) == 1  # only the parent named alone ("der Kelvar AG")


def test_the_known_name_alone_stays_itself(monkeypatch):
    _with_known(monkeypatch, "Kelvar")
    doc = run("Die Kelvar Kabel GmbH in Roth ist eine Tochter der Kelvar AG. "
              "Im Mai hat Kelvar einen Vertrag mit Brixo unterschrieben.", "de")
    assert ("Kelvar", "Kelvar") in companies(doc)[-2:]


def test_the_whole_name_again_over_the_country_that_ends_it():
    doc = run("Norvik e Valmera hanno firmato l'accordo per costituire Brixo Italia, una joint venture paritetica. "
              "Kestrel si impegna a conferire a Brixo Italia gli scarti delle linee.", "it")
    assert [t for t, _c in companies(doc)].count("Brixo Italia") == 2
    assert not any(m.label == "PLACE" and m.text == "Italia" for m in doc.mentions)
