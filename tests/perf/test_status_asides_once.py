"""The asides blanked before a sentence's status cues are read (relations/status.py ``_without_asides``) are
worked out once per sentence, however many of its assertions ask."""

from tierscope.relations import engine, status
from tierscope.scan.sentence_scan import new_page


def test_asides_are_blanked_once_per_sentence(monkeypatch):
    calls = []
    real = status.without_past_talks

    def counted(lang, text):
        calls.append(text)
        return real(lang, text)

    monkeypatch.setattr(status, "without_past_talks", counted)
    new_page()
    lex = engine.compiled("en")
    text = "After months of talks, Harrow agreed to buy Pellin and will supply Ostra with gears."
    first = status.status_for(lex, text, 30, 36, None, [(23, 29), (44, 50)])
    second = status.status_for(lex, text, 60, 66, None, [(23, 29), (67, 72)])
    again = status.status_for(lex, text, 30, 36, None, [(23, 29), (44, 50)])
    assert len(calls) == 1
    assert again == first and second[0] is not None
