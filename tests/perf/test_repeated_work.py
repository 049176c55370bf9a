"""Work the stages repeated for the same input is done once (speed), with the same answers:
the start of a trigger's clause (relations/clauses.py), a sector list's tier (relations/products.py),
the exits of a joint venture asked only after a venture (relations/venture_exits.py), and the quotes of
a page found from one quotation mark to the next (entities/quoted_speakers.py)."""

import random
import re

from tierscope.doc import Document, Sentence
from tierscope.entities import quoted_speakers
from tierscope.relations import clauses, engine, products, venture_exits


class _Counted:
    """A compiled pattern whose searches are counted."""

    def __init__(self, rx: re.Pattern):
        self.rx, self.calls = rx, 0

    def finditer(self, *args):
        self.calls += 1
        return self.rx.finditer(*args)

    def search(self, *args):
        self.calls += 1
        return self.rx.search(*args)


def test_a_clause_start_is_found_once_per_text_and_position(monkeypatch):
    counted = _Counted(clauses._CLAUSE_START)
    monkeypatch.setattr(clauses, "_CLAUSE_START", counted)
    monkeypatch.setattr(clauses, "_STARTS", {}, raising=False)
    text = "Quendra makes gears; Varlow, while it buys them, will supply Ostrin with axles."
    pos = text.index("supply")
    first = clauses._clause_start(text, pos)
    again = clauses._clause_start(text, pos)
    assert first == again == text.index(" it buys")  # (after ", while")
    assert counted.calls == 1
    assert clauses._clause_start(text, 5) == 0 and counted.calls == 2


def test_a_sector_lists_tier_is_worked_out_once(monkeypatch):
    seen = []

    class Words(tuple):
        def __iter__(self):
            seen.append(1)
            return super().__iter__()

    monkeypatch.setattr(products, "_TIERS", tuple((t, Words(words)) for t, words in products._TIERS))
    monkeypatch.setattr(products, "_TIER_OF", {}, raising=False)
    sectors = ["mining", "Zz-invented-sector"]
    first = products.tier(sectors)
    asked = len(seen)
    assert asked > 0
    assert products.tier(list(sectors)) == first
    assert len(seen) == asked  # (the second ask read no word list)
    assert products.tier([]) is None


def _page(text: str, names: list[str]):
    """A one-story page of ``text`` split at '. ', with a COMPANY mention for each of ``names`` found."""
    from tierscope.doc import Mention

    sentences, start = [], 0
    for piece in text.split(". "):
        end = start + len(piece) + (2 if start + len(piece) < len(text) else 0)
        sentences.append(Sentence(start=start, end=min(end, len(text))))
        start = end
    per = [[] for _ in sentences]
    for name in names:
        for m in re.finditer(re.escape(name), text):
            k = next(i for i, s in enumerate(sentences) if s.start <= m.start() < s.end)
            per[k].append(Mention(m.start(), m.end(), name, "COMPANY", name, k, "pattern", {}))
    return Document(id="t", source="t", text=text, sentences=sentences, language="en"), per


def test_venture_exits_are_searched_only_after_an_active_venture(monkeypatch):
    counted = _Counted(venture_exits._EXIT["en"])
    monkeypatch.setitem(venture_exits._EXIT, "en", counted)
    doc, per = _page("Dravell supplies Quennor with pumps. Dravell pulled out of the joint venture with Quennor. "
                     "Prices rose.", ["Dravell", "Quennor"])
    supply = engine.Found("supplies", "Dravell", "Quennor", "active", 0.8, None, (8, 16))
    venture_exits.ventures_left(doc, per, {0: [(supply, "en")]}, "en")
    assert counted.calls == 0  # no venture: no sentence is searched for an exit
    assert supply.status == "active"
    venture = engine.Found("joint_venture", "Dravell", "Quennor", "active", 0.8, None, (8, 16))
    venture_exits.ventures_left(doc, per, {0: [(venture, "en")]}, "en")
    assert 0 < counted.calls <= len(doc.sentences)  # each sentence after it at most once
    assert venture.status == "ended"


def _quote_spans_by_character(text: str) -> list[tuple[int, int]]:
    """The quotes of ``text`` read one character at a time (the reading ``quote_spans`` must give)."""
    pairs, reach = quoted_speakers._PAIRS, quoted_speakers._MAX_QUOTE
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in pairs:
            j, limit = i + 1, min(n, i + reach)
            while j < limit and text[j] not in pairs[ch] and text[j] not in pairs:
                j += 1
            if j < limit and text[j] in pairs[ch]:
                out.append((i + 1, j))
                i = j + 1
                continue
        elif ch == '"':
            end, para = text.find('"', i + 1), text.find("\n", i + 1)
            if end > i and (para < 0 or end < para) and end - i <= reach:
                out.append((i + 1, end))
                i = end + 1
                continue
        i += 1
    return out


def test_quote_spans_match_a_reading_by_character():
    text = ('Marvell\'s head said: "We ship pumps." Then «Nous livrons» and „Wir liefern“ and “We do” '
            'and »Wir auch« and an open “quote and a lone " mark\nover a line " here.')
    got = quoted_speakers.quote_spans(text)
    assert got == _quote_spans_by_character(text)
    assert text[got[0][0]:got[0][1]] == "We ship pumps."
    rnd = random.Random(7)
    marks = 'ab \n“”„«»"'
    for _ in range(3000):
        t = "".join(rnd.choice(marks) for _ in range(rnd.randint(0, 30)))
        assert quoted_speakers.quote_spans(t) == _quote_spans_by_character(t), t
    long = "x" * 1490 + "“" + "y" * 20 + "”" + "«" + "z" * 1600 + "»"
    assert quoted_speakers.quote_spans(long) == _quote_spans_by_character(long)


def test_the_data_files_of_the_gazetteer_are_read_once_a_process():
    """(known_ventures lost its cache when a helper was written between it and its decorator: every stake
    sentence re-read data/ventures.tsv, and the bench lost a tenth)"""
    from tierscope.entities.gazetteer import gazetteer, gazetteer_parents, known_ventures

    assert known_ventures() is known_ventures()
    assert gazetteer() is gazetteer()
    # a walk up the parents gives a fresh list each call, so a caller may change it without harm
    first = gazetteer_parents("Envision AESC")
    assert first == gazetteer_parents("Envision AESC") and first is not gazetteer_parents("Envision AESC")
