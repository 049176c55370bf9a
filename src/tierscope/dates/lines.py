"""Recognise the lines of an article that state when it was published: "Published: 25 March 2022",
a line that is only a date, a "MILAN, 26 luglio 2016 –" dateline, a byline with a date."""

from __future__ import annotations

import re

from .find import find_dates
from .months import WEEKDAYS

__all__ = ["date_line", "starts_with_dateline", "is_byline"]

_PUBLISHED = re.compile(
    r"^\W*(date|dated|published( on| at)?|first published|posted( on)?|pubblicato( il| in data)?|"
    r"data( di pubblicazione)?|veröffentlicht( am)?|datum|erschienen( am)?|publié( le)?|"
    r"date de publication|publicado( el)?|fecha( de publicación)?)(?=[\s:.\-–—|]|$)", re.I)
_UPDATED = re.compile(
    r"^\W*(updated( on| at)?|last updated|aggiornato( il| al)?|ultimo aggiornamento|stand|"
    r"aktualisiert( am)?|mis à jour( le)?|actualizado( el)?|última actualización)(?=[\s:.\-–—|]|$)", re.I)
_BYLINE = re.compile(
    r"^(?i:by|di|von|par|por)\s+[A-ZÀ-ÞŁŚŻ][\w.'’-]+(\s+(?:[A-ZÀ-ÞŁŚŻ][\w.'’-]+|de|di|von|van|del|da|la|le|y|and|und|e|et))*"
    r"\s*($|[,|·•–—-]|\(|\s(and|und|e|et|y)\s)")
# Words allowed beside a date on a line that is "only a date": times, zones, connectors.
_DATE_NOISE = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(\s*(am|pm|uhr|h))?\b|\b(at|um|alle|ore|à|a las|a la|uhr|am|pm|h|cet|cest|gmt|utc|"
    r"bst|est|edt|pst|mez|mesz|updated|aggiornato|aktualisiert|mis à jour|actualizado)\b", re.I)
_PLACE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þa-zà-ÿ][\w'’.-]*){0,3}\s*(\([^)]{1,30}\))?\s*[,/]?\s*$")
_AGENCY_DATELINE = re.compile(
    r"^(?=[A-ZÀ-Þ]{4}|[A-ZÀ-Þ]+[ '’.-][A-ZÀ-Þ])[A-ZÀ-Þ]+(?:[ '’.-][A-ZÀ-Þ]+){0,3}"
    r"(\s*/\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ .-]{1,30})?\s*(\([^)]{1,30}\))?\s*[-–—]{1,2}\s+\S"
    r"|^[A-ZÀ-Þ][\w'’ .-]{1,30}\s*\((?i:reuters|ap|afp|ansa|dpa|efe|bloomberg|europa press|apa|sda|awp)\)\s*[-–—:]")


def is_byline(line: str) -> bool:
    return len(line) < 150 and bool(_BYLINE.match(line.strip()))


def _only_date(line: str, start: int, end: int) -> bool:
    rest = (line[:start] + " " + line[end:]).strip()
    rest = _DATE_NOISE.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    return all(w.lower() in WEEKDAYS for w in words)


def date_line(line: str, language: str | None) -> tuple[str, str] | None:
    """(ISO date, kind) when ``line`` states a publication date, else None. ``kind`` is one of
    "published", "updated", "date" (the line is only a date), "dateline", "byline"."""
    line = line.strip()
    if not line or len(line) > 200:
        return None
    full = [f for f in find_dates(line, language) if len(f[2]) == 10]
    if not full:
        return None
    start, end, iso = full[0]
    if _PUBLISHED.match(line):
        return iso, "published"
    if _UPDATED.match(line):
        return iso, "updated"
    if _only_date(line, start, end):
        return iso, "date"
    if is_byline(line):
        return iso, "byline"
    after = line[end:].lstrip()
    if start <= 60 and _PLACE.match(line[:start]) and (not after or after[0] in "-–—:|(/"):
        return iso, "dateline"
    return None


def starts_with_dateline(line: str, language: str | None = None) -> bool:
    """Does the line open with a news dateline ("FRANKFURT (Reuters) -", "Milano, 3 maggio 2023 –")?"""
    line = line.strip()
    if _AGENCY_DATELINE.match(line):
        return True
    hit = date_line(line[:120], language)
    return hit is not None and hit[1] == "dateline"
