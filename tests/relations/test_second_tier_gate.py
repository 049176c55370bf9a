"""A whole-page search for "in turn" (relations/second_tier.py) runs only where the page holds its words:
a case-blind pattern that opens on a word boundary is tried at every character of the page."""

from tierscope.doc import Document, Evidence, Mention, Relation, Sentence
from tierscope.relations import second_tier


class _Counting:
    """A pattern that counts its searches."""

    def __init__(self, rx):
        self.rx, self.searches = rx, 0
        self.pattern, self.flags = rx.pattern, rx.flags

    def search(self, *args):
        self.searches += 1
        return self.rx.search(*args)

    def finditer(self, *args):
        return self.rx.finditer(*args)


def _page(text: str) -> tuple[Document, list[Relation]]:
    doc = Document(id="p", source="test", text=text, language="en", sentences=[Sentence(0, len(text))])
    a, b = text.index("Tarsil"), text.index("Mobrey")
    doc.mentions = [Mention(a, a + 6, "Tarsil", "COMPANY", "Tarsil", 0), Mention(b, b + 6, "Mobrey", "COMPANY", "Mobrey", 0)]
    r = Relation("supplies", "Tarsil", "Mobrey", "active", Evidence(text, 0, len(text)))
    return doc, [r]


def test_a_page_without_in_turn_is_not_searched(monkeypatch):
    counting = _Counting(second_tier._IN_TURN["en"])
    monkeypatch.setitem(second_tier._IN_TURN, "en", counting)
    doc, rels = _page("Tarsil supplies brake discs to Mobrey from its plant near Lyon.")
    assert second_tier.drop_second_tier(rels, doc) == rels
    assert counting.searches == 0
    doc, rels = _page("Tarsil supplies brake discs to Mobrey, which in turn sells them on.")
    second_tier.drop_second_tier(rels, doc)
    assert counting.searches == 1
