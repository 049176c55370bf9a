"""Recognise the lines of an article that state when it was published: "Published: 25 March 2022",
a line that is only a date, a "MILAN, 26 luglio 2016 –" dateline, a byline with a date."""

from __future__ import annotations

import re

from .find import find_dates
from .months import WEEKDAYS

__all__ = ["date_line", "starts_with_dateline", "dateline_end", "is_byline"]

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
    r"^[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þa-zà-ÿ][\w'’.-]*){0,3}\s*(\([^)]{1,30}\))?\s*[,/]?\s*"
    r"(?:(?i:le|el|il|am|den)\s+)?$")  # "Paris, le 1er mars", "Madrid, el 3 de marzo"
_AGENCY_DATELINE = re.compile(
    r"^(?=[A-ZÀ-Þ]{4}|[A-ZÀ-Þ]+[ '’.-][A-ZÀ-Þ])[A-ZÀ-Þ]+(?:[ '’.-][A-ZÀ-Þ]+){0,3}"
    r"(\s*/\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ .-]{1,30})?\s*(\([^)]{1,30}\))?\s*[-–—]{1,2}\s+\S"
    r"|^[A-ZÀ-Þ][\w'’ .-]{1,30}\s*\((?i:reuters|ap|afp|ansa|dpa|efe|bloomberg|europa press|apa|sda|awp)\)\s*[-–—:]")


# The parts of a dateline that opens an article's first paragraph: "MILANO, 3 marzo --",
# "(ANSA) - ROMA, 3 MAR -", "Turin, March 3 (Reuters) -", "Madrid, 3 mar (EFE).-", "DETROIT —".
_AGENCIES = (r"reuters|reuters breakingviews|ap|afp|ansa|dpa|dpa-afx|afx|efe|bloomberg|europa press|europapress|"
             r"apa|apa-ots|sda|ats|awp|agi|adnkronos|askanews|radiocor|teleborsa|xinhua|kyodo|yonhap|lusa|belga|"
             r"anp|kna|epd|servimedia|dow jones|mf-dowjones|nova|agenzia nova")
_AGENCY = rf"\((?i:{_AGENCIES})(?:\s*[/,]\s*(?i:{_AGENCIES}))*\)"
# A dash separator needs space after it, so "Baden-Baden" or "Saint-Denis" never ends a dateline.
_SEP = r"\s*(?:\.?[-–—]{1,2}|:)\s+(?=\S)"
_CAPS_PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.]+(?:(?:\s|\s?/\s?|-)[A-ZÀ-Þ][A-ZÀ-Þ'’.]+){0,3}"
_TITLE_PLACE = (r"[A-ZÀ-Þ][a-zß-ÿ'’.]+(?:(?:\s|\s?/\s?|-)(?:[A-ZÀ-Þ][a-zß-ÿ'’.]+|de|di|del|sur|am|an|der|la|le)){0,3}")
_DATELINE_DATE = r",\s*(?=[\w.]*\d|[\w.]+\s+\d)[\w.]+(?:\s+[\w.]+){0,3}?"
_DATELINE = re.compile(
    rf"(?P<agency1>{_AGENCY}{_SEP})?"
    rf"(?:(?:(?P<caps>{_CAPS_PLACE})|{_TITLE_PLACE})(?P<date>{_DATELINE_DATE})?\s*(?P<agency2>{_AGENCY})?{_SEP})?")


_DAY_AND_MONTH = re.compile(r"^,\s*(?:\w+\s+)?(?:\d{1,2}\.?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2})(?:\s+\d{4})?$"
                            r"|^,\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def _is_day(text: str | None) -> bool:
    """A day with its month ("3 marzo", "March 3", "3. Mai 2023", "03.03.2023"), not a lone year."""
    return bool(text) and bool(_DAY_AND_MONTH.match(text))


def dateline_end(line: str) -> tuple[int, bool] | None:
    """(offset where the body starts, strong) when ``line`` opens with a news dateline, else None.

    A dateline with an agency or a date is *strong*. A bare upper-case place ("DETROIT —") is
    *weak*: it could also be a headline such as "BMW - Neue Partnerschaft", so callers split it off
    only where the text after it reads as a sentence."""
    m = _DATELINE.match(line[:160])
    if not m or m.end() == 0:
        return None
    if m.group("agency1") or m.group("agency2") or _is_day(m.group("date")):
        return m.end(), True
    if m.group("caps") and len(m.group("caps")) >= 3:
        return m.end(), False
    return None


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
    if _AGENCY_DATELINE.match(line) or dateline_end(line):
        return True
    hit = date_line(line[:120], language)
    return hit is not None and hit[1] == "dateline"
