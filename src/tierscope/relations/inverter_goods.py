"""Spanish "inversor" is an inverter as well as an investor: inverters supplied are no stake.

    "Brakon suministra inversores a Quarda desde 2023"        -> no invests_in Brakon -> Quarda
    "Quarda monta los inversores de Brakon en sus autobuses"  -> no invests_in Quarda -> Brakon
    "los transistores de potencia de su inversor"             -> no stake
    "Quarda, uno de los inversores de Brakon, ..."             -> the stake stays (no goods around)

The power electronics of an electric car ("el inversor", "los inversores de tracción") share their
word with the investor, and the stake readers take it for the investor. The other languages name the
two apart (inverter / investor, onduleur / investisseur, inverter / investitore, Wechselrichter /
Investor), so the rule is Spanish only. A stake is dropped when its evidence tells of a stake by no
other word than "inversor(es)" and a use of that word is goods: a verb of supplying, fitting or
making, or a part of it ("transistores", "módulos"), right before it, or a kind of inverter after it.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation

__all__ = ["drop_inverter_stakes"]

_INVERTER = re.compile(r"\binversor(?:es)?\b", re.IGNORECASE)
#: goods right before the word: "suministra (los) inversores", "monta nuestros inversores", "los
#: transistores de potencia de su inversor", "fabricante de inversores"
_GOODS_BEFORE = re.compile(
    r"\b(?:suministr\w*|entreg\w*|mont\w*|fabric\w*|produc\w*|instal\w*|integr\w*|equip\w*|ensambl\w*|diseñ\w*"
    r"|transistor\w*|módulos?|componentes?|semiconductor\w*|chips?|motores?|cargadores?)\b"
    r"(?:\s+[\w-]+){0,5}?\s+(?:(?:los|las|el|la|sus?|nuestros?|nuestras?|de|del|y)\s+)*$", re.IGNORECASE)
#: a kind of inverter after the word: "inversores de tracción", "inversores de carburo de silicio"
_GOODS_AFTER = re.compile(r"\s+(?:de\s+(?:tracción|potencia|carburo|silicio|\d+\s*kW)|fotovoltaic\w*|solares?|eléctricos?\s+(?:de|para))",
                          re.IGNORECASE)
#: another word of a stake or of funding: then the stake has its own ground
_STAKE_WORD = re.compile(
    r"\b(?:participaci\w*|particip\w+|capital|accionista\w*|socios?|ronda\w*|inversi[oó]n\w*|invert\w*|invier\w*|invirt\w*"
    r"|financi\w*|fondos?|adquiri\w*|adquier\w*|compr\w+|controla\w*|propiedad|filial\w*|posee\w*|poseía)\b|%|por\s+ciento",
    re.IGNORECASE)


def _goods_only(text: str) -> bool:
    """Whether ``text`` (one relation's evidence) names a stake only by "inversor" used for goods."""
    uses = list(_INVERTER.finditer(text))
    if not uses or _STAKE_WORD.search(_INVERTER.sub(" ", text)):
        return False
    return any(_GOODS_BEFORE.search(text, max(0, u.start() - 60), u.start()) or _GOODS_AFTER.match(text, u.end()) for u in uses)


def drop_inverter_stakes(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the Spanish stakes read from inverters (see the module's docstring)."""
    if doc.language != "es" or not any(r.type == "invests_in" for r in relations):
        return relations
    return [r for r in relations if r.type != "invests_in" or not _goods_only(r.evidence.text)]
