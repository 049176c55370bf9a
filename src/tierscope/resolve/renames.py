"""Former names stated in articles: "Voltaria Energia, formerly Padana Accumulatori, ...".

The gazetteer knows the former names of the companies it lists; a company it does not list is
renamed in the news itself. ``former_names(text, mentions)`` finds the apposition that states it,
right after a company mention, in the five languages:

    NEW, formerly OLD,        NEW (formerly known as OLD)      en
    NEW (ex OLD)              NEW, già OLD,                    it
    NEW, vormals OLD,         NEW (früher OLD)                 de
    NEW, anciennement OLD,    NEW (ex-OLD)                     fr
    NEW, antes conocida como OLD,   NEW (antigua OLD)          es

Deliberately narrow, because a wrong rename joins two companies: NEW must be a company mention,
the cue must follow it at once after a comma or an opening bracket, OLD must be a run of
capitalised words closed by a comma, a bracket or the end of the sentence ("Tesla, formerly a
start-up," and "Smith, formerly of Tesla," state no rename).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import normalize

__all__ = ["former_names"]

_CUES = (
    r"formerly(?:\s+(?:known\s+as|called|named))?|previously\s+(?:known\s+as|called|named)|once\s+known\s+as"
    r"|ex-?|già|precedentemente\s+(?:nota|noto|chiamata|chiamato)(?:\s+come)?|un\s+tempo"
    r"|vormals|ehemals|früher|zuvor"
    r"|anciennement|précédemment|autrefois"
    r"|antes(?:\s+(?:conocida|conocido|llamada|llamado)(?:\s+como)?)?"
    r"|anteriormente(?:\s+(?:conocida|conocido|llamada|llamado)(?:\s+como)?)?|antigua|antiguo"
)
# A capitalised word (letters, digits, & . ' -), then more of them or lower-case connectors.
_WORD = r"[^\W\d_][\w&.'\u2019-]*"
_CAP = r"(?:[A-ZÀ-ÖØ-Þ0-9][\w&.'\u2019-]*)"
_CONNECTOR = r"(?:di|de|del|della|der|des|du|von|van|und|and|et|e|y|&)"
_OLD = rf"{_CAP}(?:\s+(?:{_CAP}|{_CONNECTOR}(?=\s+{_CAP})))*"
# Words that make the capitalised run a person's past role ("Fiat, ex Lancia CEO Marco Rossi,").
_ROLES = frozenset({
    "ceo", "cfo", "coo", "cto", "chief", "chairman", "chairwoman", "president", "head", "boss", "director",
    "manager", "presidente", "amministratore", "direttore", "vorstand", "vorstandschef", "chef", "geschäftsführer",
    "pdg", "directeur", "directrice", "président", "présidente", "consejero", "director", "gerente",
})
# The cue in any case ("Formerly", "Ex"), as a word of its own or ending in a hyphen ("ex-Fiat");
# the name case-sensitive, so that the lower-case words after it end it.
_AFTER = re.compile(
    rf"\s*(?P<open>[,(])\s*(?i:{_CUES})(?:(?<=-)\s*|\s+)(?P<old>{_OLD})(?P<close>\s*(?:[,)]|\.(?:\s|$)|$))"
)


def former_names(text: str, mentions: Iterable[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(company name, former name) pairs stated in ``text``; ``mentions``: COMPANY mentions as
    (start, end, canonical name). The company name is the mention's canonical name."""
    out: dict[tuple[str, str], None] = {}
    for start, end, canonical in sorted((int(s), int(e), str(c)) for s, e, c in mentions):
        m = _AFTER.match(text, end)
        if not m or (m.group("open") == "(" and not m.group("close").strip().startswith(")")):
            continue  # "(formerly X, ..." without its closing bracket is not this pattern
        old = m.group("old").rstrip(".")
        if not re.search(_WORD, old) or any(w.casefold() in _ROLES for w in old.split()):
            continue
        new_key, old_key = normalize(canonical), normalize(old)
        if old_key and new_key and old_key != new_key:
            out[(canonical, old)] = None
    return list(out)
