"""German genitive "der" before a company name: "Lieferant der Norvik AG", "zu den Kunden der Kestrel
GmbH", "die Busse der Brixo Mobility". A company with a legal form (AG, GmbH, SE) is feminine, so its
genitive article is "der", which the lexicon cannot list as a preposition: after a verb it is the dative
("stellt der Norvik AG Zellen zur Verfügung"), at a clause's start the nominative. Right after a noun it
is the genitive, the "of" that "von" and "des" are ("Lieferant von Norvik", "Kunde des Konzerns Norvik"),
so the name takes the marker "des" there, as ``groups.assign_markers`` gives "des" itself.

Not after a noun of time ("im Jahr der Norvik AG" is rare; "seit Jahresbeginn der Norvik AG" is a
dative after the time phrase), nor after the first word of a sentence (a capital there says nothing)."""

from __future__ import annotations

import re

#: "der" with at most two lower-case adjectives between it and the name, the noun before it capitalised
_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?P<noun>(?-i:[A-ZÄÖÜ])[\wäöüß-]*)\s+(?P<art>der)\s+(?:(?-i:[a-zäöü])[\wäöüß-]*e[nr]?\s+){0,2}$")

#: nouns of time and measure after which "der" opens a dative or a new phrase, not a genitive
_NOT_GOVERNING = re.compile(
    r"(?i:(?:\w*(?:jahr|jahres|jahren|monat|monats|woche|wochen|tag|tage|tagen|quartal|quartals|anfang|ende|mitte|"
    r"herbst|frühjahr|sommer|winter|zeit|euro|dollar|prozent|uhr|zuge)|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember))")


def genitive_der(text: str, lo: int, name_start: int) -> int | None:
    """Where the genitive "der" governing the name at ``name_start`` begins, or None. ``lo`` bounds the
    search on the left (the end of the previous name): the noun before "der" must lie after it. (A
    description that opens with "der" is left alone: "der Konzern", "der Hersteller" are nominatives as
    often, and the preposition before the noun keeps governing it.)"""
    m = _BEFORE_NAME.search(text, max(lo, name_start - 80), name_start)
    if m is None:
        return None
    return m.start("art") if _governs(text, m) else None


def _governs(text: str, m: re.Match) -> bool:
    """The noun of ``m`` takes a genitive after it: no noun of time, not a sentence's first word."""
    if _NOT_GOVERNING.fullmatch(m.group("noun")):
        return False
    before = text[max(0, m.start() - 3) : m.start()]
    # the sentence's (or a clause's) first word: its capital tells nothing
    return m.start() > 0 and bool(before.strip(" ")) and before.rstrip(" ")[-1:] not in ".!?:;\n\"„“»«("
