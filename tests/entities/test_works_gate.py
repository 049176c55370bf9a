"""The name finder's works pass (``_Finder.works``: "la Fonderie de Bretagne", "Chimica del Volturno",
"Transports Delcourt") looks only at words of its three lists: a word of none passes none of its tests, so
the names found are the same as when every word is tried, and the other words are not asked more."""

import pytest

from tierscope.entities import names
from tierscope.entities.trade_heads import TRADE_HEADS, TRADE_OPENERS, trade_of_the_place
from tierscope.entities.matcher import tokenize

from entity_helpers import make_doc, run, spans


class _Everything:
    def __contains__(self, key) -> bool:
        return True


def test_the_gate_holds_every_word_of_the_three_lists():
    # (built from the lists themselves: a word added to one of them is in the gate too)
    assert TRADE_OPENERS | TRADE_HEADS | names._WORKS_NOUNS <= names._WORKS_FIRST_KEYS


def test_a_trade_of_a_place_opens_only_at_a_trade_head():
    text = "Ricambi del Tirreno e Vernici del Tirreno firmano."
    tokens = tokenize(text)
    for idx, tok in enumerate(tokens):
        if tok.key not in TRADE_HEADS:
            assert trade_of_the_place(tokens, idx, "it") < 0, tok.text


PAGES = [
    ("fr", "Les Forges de Lorvane ont signé avec Belmark. Selon Belmark, les Forges de Lorvane livreront dès mai."),
    ("it", "Le Officine di Valtresa hanno firmato con Torvane. Torvane userà i pezzi delle Officine di Valtresa."),
    ("es", "Los Astilleros de Varuna firmaron con Quelmar. Quelmar dijo que Astilleros de Varuna entregará dos buques."),
    ("es", "Aceros del Cinca suministrará acero a Quelmar. Quelmar confirmó el acuerdo con Aceros del Cinca."),
    ("fr", "Transports Delvaux a racheté Belmark. Belmark rejoint Transports Delvaux en juin."),
    ("en", "Brackwell said on Monday it will buy cells from Torvane Energy."),
]


@pytest.mark.parametrize("lang,text", PAGES)
def test_names_as_when_every_word_is_tried(monkeypatch, lang, text):
    gated = spans(run(text, lang), "COMPANY")
    monkeypatch.setattr(names, "_WORKS_FIRST_KEYS", _Everything())
    assert spans(run(text, lang), "COMPANY") == gated


def test_words_of_no_list_are_not_asked_more(monkeypatch):
    asked = []
    real = names._after_capital

    def counting(tokens, idx):
        asked.append(tokens[idx].key)
        return real(tokens, idx)

    monkeypatch.setattr(names, "_after_capital", counting)
    doc = make_doc("Brackwell said Torvane Energy will supply Quelmar Motors from Ostrava.", "en")
    toks = [(i, s.start, s.end, tokenize(doc.text, s.start, s.end)) for i, s in enumerate(doc.sentences)]
    finder = names._Finder(doc.text, toks, "en", [])
    finder.works()
    assert asked == []
