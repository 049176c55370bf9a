"""The investor that leads a funding round: "the round was led by Beta", "il round è stato guidato da
Beta", "le tour de table est mené par Beta", "la ronda, liderada por Beta", "angeführt wurde die Runde
von Beta" / "die Runde wurde von Beta angeführt".

Funding news names many investors no gazetteer knows, and "led by" is how it names the first of them.
Only in a sentence that speaks of a round (or a financing), so that "a team led by", "un governo
guidato da" name nothing. ``round_leaders(finder)`` accepts the names through the finder's own walk and
checks (names.py), which refuse people, places and common words."""

from __future__ import annotations

from .gates import page_keys

__all__ = ["round_leaders"]


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: words of a funding round or a financing (German compounds by their end: "Finanzierungsrunde")
_ROUND = {
    "en": _w("round funding financing fundraise fundraising"),
    "it": _w("round finanziamento raccolta"),
    "fr": _w("tour levée financement"),
    "es": _w("ronda financiación"),
    "de": _w("runde finanzierungsrunde finanzierung serie"),
}
#: participles of leading, each with the preposition of its agent
_LEAD = {
    "en": (_w("led co-led"), _w("by")),
    "it": (_w("guidato guidata guidati guidate"), _w("da dal dalla dai")),
    "fr": (_w("mené menée menés menées"), _w("par")),
    "es": (_w("liderada liderado liderados lideradas encabezada encabezado"), _w("por")),
    "de": (_w("angeführt"), _w("von vom")),
}


def _is_round_sentence(tokens, lang: str) -> bool:
    words = _ROUND[lang]
    return any(t.key in words or (lang == "de" and t.key.endswith("runde")) for t in tokens)


def round_leaders(finder) -> None:
    """Accept, through ``finder``, the names after "led by" and its kin in a sentence about a round."""
    lang = finder.language
    if lang not in _LEAD:
        return
    parts, agents = _LEAD[lang]
    if parts.isdisjoint(page_keys(finder.sentence_tokens)):
        return  # (most pages hold no such participle)
    for s_index, _s, sent_end, tokens in finder.sentence_tokens:
        lead = [i for i, t in enumerate(tokens) if t.key in parts]
        if not lead or not _is_round_sentence(tokens, lang):
            continue
        finder.current_sentence, finder.current_end = s_index, sent_end
        n = len(tokens)
        for i in lead:
            if lang == "de":
                # "angeführt von X", "Angeführt wurde die Runde von X" (the agent within five words after),
                # "von X angeführt" (the agent just before)
                after = next((k for k in range(i + 1, min(n, i + 6)) if tokens[k].key in agents), None)
                before = next((k for k in range(max(0, i - 5), i) if tokens[k].key in agents), None)
                k = after if after is not None else before
            else:
                k = i + 1 if i + 1 < n and tokens[i + 1].key in agents else None
            if k is None or k + 1 >= n or not tokens[k].text[0].islower():
                continue
            finder.accept(tokens, finder.walk_forward(tokens, k + 1, sent_end), s_index, sent_end, "deal")
