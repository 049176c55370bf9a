"""Helpers shared by the corpus converters: turning annotated argument spans into company names,
and building validated gold lines."""

from __future__ import annotations

import re
from typing import Any

from ...doc import SYMMETRIC_TYPES
from ..gold import parse_gold_line
from ..match import normalise_company

__all__ = ["detok", "clean_company", "clean_name", "split_names", "relation", "gold_line", "dedupe_relations"]

_PRONOUNS = {
    "it", "its", "they", "them", "their", "we", "our", "us", "you", "he", "she", "his", "her", "i", "which",
    "who", "that", "this", "these", "those", "company", "firm", "group", "both", "all", "each", "others",
    "er", "sie", "es", "wir", "ihr", "unternehmen", "konzern",
    "many", "some", "several", "other", "most", "few", "various", "major", "analysts", "investors",
}
_ARTICLES = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "le", "la", "les", "el", "los"}
# a single capitalised word ending like a nationality adjective, followed by common nouns:
# "Brazilian regional jet maker", "Chinese rival", "German carmaker"
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ch|i)$")
#: titles that mark a person rather than a company
_TITLES = {"mr", "mrs", "ms", "dr", "sir", "ceo", "cfo", "coo", "chairman", "chairwoman", "president", "chief",
           "founder", "director", "minister", "senator", "herr", "frau", "m", "mme", "sr", "sra", "don", "prof"}
_LEGAL_ONLY = {"inc", "corp", "co", "ltd", "plc", "llc", "nv", "sa", "ag", "se", "gmbh", "spa", "bv", "lp", "ab"}
_CONNECTORS = {"of", "de", "du", "des", "la", "von", "der", "di", "del", "&", "+", "-", "van", "für"}


def detok(text: str) -> str:
    """Undo PTB-style tokenisation in a span: "AT&T 's" -> "AT&T's", "Inc ." -> "Inc.", "( X )" -> "(X)"."""
    s = " ".join(text.split())
    s = re.sub(r"\s+([,.;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[$])\s+", r"\1", s)
    s = re.sub(r"\s+(['’]s?)\b", r"\1", s)
    s = s.replace("`` ", '"').replace(" ''", '"')
    return s.strip()


def _has_upper(tok: str) -> bool:
    return any(c.isupper() for c in tok)


def clean_company(span: str | None) -> str | None:
    """A company name from an annotated argument span, or None when the span is a pronoun or a
    description rather than a name. Keeps the last run of capitalised tokens ("the specialty pharmacy
    Avella" -> "Avella"), drops possessives and parenthesised tickers."""
    if not span:
        return None
    s = detok(span)
    s = re.sub(r"\s*\((?:[A-Z]{1,6}(?::\s*[A-Z.]+)?|NYSE:[^)]*|NASDAQ:[^)]*)\)\s*$", "", s)  # "(AAPL)" tickers
    s = re.sub(r"['’]s?$", "", s).strip(" ,;:-\"'")
    if not s:
        return None
    toks = s.split()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if _has_upper(toks[i]) and toks[i].lower() not in _ARTICLES:
            j = i + 1
            while j < len(toks) and (
                _has_upper(toks[j])
                or (toks[j].lower() in _CONNECTORS and j + 1 < len(toks) and _has_upper(toks[j + 1]))
                or re.fullmatch(r"[\d.]+", toks[j]) is not None
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    if not runs:
        return None
    a, b = runs[-1]
    if len(runs) > 1 and all(t.replace(".", "").lower() in _LEGAL_ONLY for t in toks[a:b]):
        a, b = runs[-2]  # "Holdings SNH 8.66 % NV": the legal form stands apart from the name
    name_toks = toks[a:b]
    for k in range(len(name_toks) - 1, -1, -1):  # "General Electric's GE Aviation" -> "GE Aviation"
        if re.search(r"['’]s?$", name_toks[k]) and k + 1 < len(name_toks):
            name_toks = name_toks[k + 1 :]
            break
    name_toks = [t for t in name_toks if not re.fullmatch(r"\(.*\)", t)]
    if name_toks and name_toks[0].strip(".").lower() in _TITLES:
        return None
    if b < len(toks) and len(name_toks) == 1 and _NATIONALITY.match(name_toks[0]):
        return None
    name = " ".join(name_toks).strip(" ,;:-\"'()")
    if not name or name.lower() in _PRONOUNS or all(t.lower() in _PRONOUNS | _ARTICLES for t in name.split()):
        return None
    if len(name) < 2:
        return None
    return name


def clean_name(span: str | None) -> str | None:
    """A company name from a span that an annotator marked as a company entity (FIRE, SmartData,
    RELX, Re-DocRED): tokenisation undone, a trailing "(ALIAS)" and possessive removed; None for
    pronouns ("we", "the Company") and spans without a capital letter."""
    if not span:
        return None
    s = detok(span)
    s = re.sub(r"\s*\([^()]*\)\s*$", "", s) or s
    s = re.sub(r"['’]s?$", "", s).strip(" ,;:-\"'")
    words = [w for w in s.split() if w.lower() not in _ARTICLES]
    if not words or not _has_upper(s) or all(w.lower() in _PRONOUNS for w in words):
        return None
    return s if len(s) >= 2 else None


_RELATIVE = re.compile(r"\b(parent|owner|subsidiary|unit|division|affiliate|rival|customer|supplier|vehicle)s?\b(?:\s+\w+)?\s+(?:of|controlled by|owned by)\b", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bas well as\b|\bwith\b)\s*", re.I)


def split_names(span: str) -> list[str]:
    """Split a span naming several parties ("X and Y", "X, Y and Z") into cleaned names."""
    out: list[str] = []
    if _RELATIVE.search(span):
        return out  # "the parent company of X and Y" names neither X nor Y
    parts: list[str] = []
    for part in _SPLIT.split(detok(span)):
        if parts and part.strip().strip(".").replace(".", "").lower() in _LEGAL_ONLY:
            parts[-1] = f"{parts[-1]}, {part.strip()}"  # "Holdings, N.V." is one name
        elif part.strip():
            parts.append(part)
    for part in parts:
        name = clean_company(part)
        if name and name not in out:
            out.append(name)
    return out


def relation(rel_type: str, source: str, target: str, status: str | None, product: str | None = None) -> dict[str, Any]:
    r: dict[str, Any] = {"type": rel_type, "source": source, "target": target}
    if status:
        r["status"] = status
    if product:
        r["product"] = product
    return r


def dedupe_relations(rels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One relation per (type, source, target) after name normalisation (unordered for symmetric
    types); the first assertion's status is kept; self-relations are dropped."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in rels:
        s, t = normalise_company(r["source"]), normalise_company(r["target"])
        if s == t:
            continue
        if r["type"] in SYMMETRIC_TYPES and s > t:
            s, t = t, s
        k = (r["type"], s, t)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def gold_line(
    doc_id: str,
    language: str,
    text: str,
    relations: list[dict[str, Any]],
    *,
    facilities: list[dict[str, Any]] | None = None,
    types: list[str] | None = None,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A validated gold line with the text inline."""
    rels = dedupe_relations(relations)
    companies: list[str] = []
    for r in rels:
        for n in (r["source"], r["target"]):
            if n not in companies:
                companies.append(n)
    obj: dict[str, Any] = {"id": doc_id, "language": language, "text": text, "relations": rels}
    if facilities:
        obj["facilities"] = facilities
    if companies:
        obj["companies"] = companies
    if types is not None:
        obj["types"] = types
    if meta:
        obj["meta"] = meta
    parse_gold_line(obj)
    return obj
