"""A plural passive relative after a company's name speaks of goods, not of the company:

    "Orvane a commandé 60 bus à Pelmor, qui seront livrés en 2027."      (the buses will be delivered)
    "Orvane ha ordinato 60 autobus a Pelmor, che saranno consegnati nel 2027."
    "Orvane encargó 60 autobuses a Pelmor, que serán entregados en 2027."

One company is singular; a plural auxiliary and a plural participle ("seront livrés", "saranno
consegnati", "serán entregados") cannot have it for subject, so the relative's antecedent is the goods
before it, and the verb names no supplier and no customer (the order's own verb does). French, Italian
and Spanish, whose participles agree; English and German participles do not, and English companies
may take a plural verb.
"""

from __future__ import annotations

import re

__all__ = ["plural_goods_relative"]

#: one lower-case adjective may follow a description of the company ("au constructeur deux-sévrien, qui")
_ADJECTIVE = r"(?:\s+(?-i:[a-zà-ÿ])[\w'’-]+)?"
_ADVERBS = r"(?:(?:già|ancora|poi|ya|luego|déjà|ensuite|alors|normalement|normalmente|presumibilmente|probablement|probablemente)\s+)?"
_PLURAL_PASSIVE = {
    "fr": re.compile(
        _ADJECTIVE + r"\s*,\s*(?:qui|lesquels|lesquelles)\s+" + _ADVERBS
        + r"(?:seront|sont|étaient|ont\s+été|avaient\s+été|seraient|(?:devraient|doivent|devront|vont|pourraient|pourront)\s+être)\s+" + _ADVERBS + r"$",
        re.IGNORECASE),
    "it": re.compile(
        _ADJECTIVE + r"\s*,\s*(?:che|i\s+quali|le\s+quali)\s+" + _ADVERBS
        + r"(?:saranno|sono|erano|sono\s+stat[ie]|verranno|vengono|venivano|(?:dovrebbero|devono|dovranno|potrebbero|potranno)\s+essere)\s+"
        + _ADVERBS + r"$",
        re.IGNORECASE),
    "es": re.compile(
        _ADJECTIVE + r"\s*,\s*(?:que|los\s+cuales|las\s+cuales)\s+" + _ADVERBS
        + r"(?:serán|son|eran|han\s+sido|fueron|serían|(?:deberían|deben|deberán|van\s+a|podrían|podrán)\s+ser)\s+" + _ADVERBS + r"$",
        re.IGNORECASE),
}
#: the participle's plural ending: "livrés", "livrées"; "consegnati", "consegnate"; "entregados", "entregadas"
_PLURAL_PARTICIPLE = {
    "fr": re.compile(r"\w+(?:és|ées|is|ies|ts|tes)$", re.IGNORECASE),
    "it": re.compile(r"\w+(?:ati|ate|iti|ite|uti|ute|ti|te)$", re.IGNORECASE),
    "es": re.compile(r"\w+(?:ados|adas|idos|idas|tos|tas)$", re.IGNORECASE),
}


def plural_goods_relative(lang: str, text: str, name_end: int, t0: int, t1: int) -> bool:
    """Whether the verb at text[t0:t1] is a plural passive participle in a subject relative opened right
    after the company name ending at ``name_end``."""
    rx, part = _PLURAL_PASSIVE.get(lang), _PLURAL_PARTICIPLE.get(lang)
    if rx is None or name_end > t0:
        return False
    return rx.fullmatch(text, name_end, t0) is not None and part.fullmatch(text, t0, t1) is not None
