"""Month names and weekday names for the five languages. Our own tables: dateparser is too slow to
run over every article."""

from __future__ import annotations

__all__ = ["MONTHS", "WEEKDAYS", "LANGUAGES"]

LANGUAGES = ("en", "it", "de", "fr", "es")

_NAMES = {
    "en": [
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
        "august aug", "september sep sept", "october oct", "november nov", "december dec",
    ],
    "it": [
        "gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
        "luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov", "dicembre dic",
    ],
    "de": [
        "januar jänner jan", "februar feber feb", "märz maerz mär mrz", "april apr", "mai", "juni jun",
        "juli jul", "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez",
    ],
    "fr": [
        "janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin", "juillet juil",
        "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc dec",
    ],
    "es": [
        "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
        "agosto ago", "septiembre setiembre sep sept", "octubre oct", "noviembre nov", "diciembre dic",
    ],
}

#: language -> {lower-case month name or abbreviation: month number}
MONTHS: dict[str, dict[str, int]] = {
    lang: {name: i + 1 for i, names in enumerate(table) for name in names.split()}
    for lang, table in _NAMES.items()
}

WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
lunedì martedì mercoledì giovedì venerdì sabato domenica lunedi martedi mercoledi giovedi venerdi
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles miercoles jueves viernes sábado sabado domingo""".split()
)
