"""English headlines in AP style: content words capitalised, short function words not ("Tormund Closes
Acquisition of Quillmark Freight", "Quillmark Freight Acquired by Tormund Group", "Tormund to Buy
Quillmark for $1.2 Billion"). ``names._title_case`` knows the style that capitalises every word ("To",
"For"); in this one a capitalised business verb is still a verb, and the name before it its subject.
Only that backward walk is allowed: a name walked forward has no end in a capitalised run.
"""

from __future__ import annotations

__all__ = ["ap_headline"]

#: the words AP style leaves in lower case
_SMALL = frozenset("a an the of by to for in on at and or with from as vs via into over after amid per nor but".split())
_MAX_TOKENS = 18


def ap_headline(tokens, verbs) -> bool:
    """Is this sentence a short AP-style headline: at least three content words after the first, 80%
    of them capitalised, every short function word in lower case, and a business verb capitalised?"""
    if len(tokens) > _MAX_TOKENS:
        return False
    content = upper = 0
    verb = False
    for k, t in enumerate(tokens):
        w = t.text
        if not w[0].isalpha():
            continue
        if t.key in _SMALL:
            if w[0].isupper() and k > 0:
                return False  # "To", "For": the other style, which _title_case reads
            continue
        if k == 0:
            continue
        content += 1
        if w[0].isupper():
            upper += 1
            verb = verb or t.key in verbs
    return verb and content >= 3 and upper >= 0.8 * content
