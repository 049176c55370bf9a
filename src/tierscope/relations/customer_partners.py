"""Working with companies that the same sentence calls customers is supplying them.

    "Nel premium lavoriamo da anni con Audi e Volvo, che restano i nostri clienti principali."
    "We work closely with Audi and Volvo, which remain our largest customers."
    "Nous travaillons avec Audi et Volvo, qui sont nos principaux clients."
    "Trabajamos con Audi y Volvo, que siguen siendo nuestros mayores clientes."
    "Wir arbeiten seit Jahren mit Audi und Volvo zusammen, die zu unseren wichtigsten Kunden zählen."

A verb of working together reads a partnership; a relative clause right after the partners that names
them customers tells what the work is: the subject supplies them. (Interviews tell a supplier's customers
so: "we work with BMW", entities/interview.py.)
"""

from __future__ import annotations

import re

__all__ = ["customers_after"]

_WHO = {"it": r"che|i quali|le quali", "en": r"which|who|that", "fr": r"qui|lesquels", "es": r"que|los cuales",
        "de": r"die|welche"}
_CUSTOMER = {"it": r"client[ei]", "en": r"customers?|clients?", "fr": r"clients?|clientes?",
             "es": r"clientes?", "de": r"Kunden?|Abnehmern?"}
#: the relative clause right after the last partner: its pronoun, a few words with no clause break, the noun
#: (German leaves the verb's particle after the partners: "arbeitet mit A und B zusammen, die ...")
_AFTER = {lang: re.compile(rf"(?:\s+zusammen)?\s*,\s*(?:{_WHO[lang]})\s+[^,;:.()]{{0,50}}?\b(?:{_CUSTOMER[lang]})\b", re.I)
          for lang in _WHO}


def customers_after(lang: str, text: str, end: int) -> bool:
    """Whether the text right after ``end`` (the last partner's name) calls the partners customers."""
    rx = _AFTER.get(lang)
    return rx is not None and rx.match(text, end) is not None
