"""What the readers of short names share: a company named again by the first word of its name
("Kessler" after "Kessler Gehäusetechnik", "Korvel" after "Korvel Lithium", "Dravon" in a headline over
"die Dravon Battery Systems").

Four readers decide which company such a word is (the name finder's own short forms in
``names.py``, ``recognizer._same_short_names``, ``first_words.py`` for known companies and
``topic.py`` for a headline's count); they ask the same three questions, answered here once so that
each reader's rule is written in one place. ``short_units.py`` (a group's bare name for its unit) and
``short_forms.py`` (a short form of several words, "Kestrel Cathode" for "Kestrel Cathode Materials")
ask whether a name opens another and where the stories' headlines stand.
"""

from __future__ import annotations

from ..doc import Mention

__all__ = ["first_word", "opens_name", "is_bare_short", "story_heads"]


def first_word(name: str) -> str:
    """The first word of a name, "" for a name with none."""
    words = name.split()
    return words[0] if words else ""


def opens_name(word: str, name: str) -> bool:
    """Whether ``name`` is longer than ``word`` and starts with it as a word of its own ("Kessler" opens
    "Kessler Gehäusetechnik", not "Kesslerwerk")."""
    return name.startswith(word + " ")


def is_bare_short(m: Mention) -> bool:
    """A one-word company name the name finder took by its position, standing as found: not looked up
    in the gazetteer, its canonical name still its own word ("Kessler", not yet "Kessler
    Gehäusetechnik")."""
    return (m.label == "COMPANY" and m.source == "pattern" and not (m.attrs or {}).get("known")
            and bool(m.canonical) and " " not in m.canonical.strip() and m.text.strip() == m.canonical)


def story_heads(sentences) -> frozenset[int]:
    """The indices of the sentences that open a story (its headline), where a short name may come
    before the full one."""
    return frozenset(i for i, s in enumerate(sentences) if i == 0 or s.story != sentences[i - 1].story)
