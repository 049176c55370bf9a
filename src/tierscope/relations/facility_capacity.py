"""A plant's capacity and investment: the capacity nearest the plant noun that is about one plant (not
a company's total), amounts in tonnes after "annual capacity of", and the money named nearest.
"""

from __future__ import annotations

import re


_INVEST = re.compile(r"\binvest\w*|\binvier\w*|\binvert\w*|\bcost(?:s|ing|o|era|erà)?\b|\bKosten\b|\bkostet\b|\bcoût\w*|\bcoûter\w*|\bcoste\b|\bcostará\b", re.I)


def _nearest(ms, label, pos, base):
    cands = [m for m in ms if m.label == label]
    if not cands:
        return None
    return min(cands, key=lambda m: abs(m.start - pos))


_TONNES = re.compile(  # ("(?=\d)": every match starts with a digit; the engine skips the other positions at once)
    r"(?=\d)(?<![\w.,])(?P<num>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s?"
    r"(?P<mult>(?i:thousand|mila|mil|tausend|million|millions|millionen|milioni|millones|mio\.?|mln))?\s?(?:(?i:de|di)\s)?"
    r"(?P<unit>(?i:tonnes|tonne|tons|ton|tonnen|tonnellate|toneladas|t))(?!\w)"
)
# An amount of goods: "300,000 battery systems", "10.000 Ladesäulen", "150 000 véhicules" (the
# goods in one to three words, then maybe "a year"); it is a capacity only after "annual capacity
# of" / "can make up to" or with "a year" after it and a verb of making before it.
_GOODS = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s?"
    r"(?P<mult>(?i:thousand|mila|mil|tausend|million|millions|millionen|milioni|millones|mio\.?|mln)(?:\s+(?i:di|de|of)(?=\s))?)?"
    r"(?P<goods>(?:\s+(?!(?i:(?:a|an|per|each|every|al|pro|im|par|por|de|di|of|von|für|to|in)\b|all['’]|l['’]))[^\W\d][\w-]*){1,3})"
)
# a capacity noun right before an amount of goods "a year": "una capacità di 1,2 milioni di unità l'anno"
_CAP_BEFORE = re.compile(
    r"(?i:\b(?:capacit[yàé]|Kapazität|capacidad|capacité)\s+(?:\w+\s+)?(?:of|di|von|de|d['’])\s+"
    r"(?:up to |about |around |fino a |circa |bis zu |rund |etwa |jusqu['’]à |environ |hasta |unas |unos )?)$"
)
# a verb of making after the amount and its "a year", as German and the passive put it ("400.000
# Achsen im Jahr vom Band laufen", "jährlich 25.000 Tonnen verarbeitet werden", "unità l'anno prodotte")
_MADE_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?i:vom Band|gefertigt|hergestellt|produziert|gebaut|montiert|verarbeitet|recycelt|aufbereitet|"
    r"prodott[ie]|fabbricat[ie]|assemblat[ie]|lavorat[ie]|riciclat[ie]|produced|made|built|assembled|processed|recycled|"
    r"produit[es]*|fabriqué[es]*|assemblé[es]*|producid[oa]s|fabricad[oa]s|ensamblad[oa]s)\b"
)
_PER_YEAR = re.compile(
    r"\s*(?i:(?:a|per|each|every)\s+year|annually|yearly|per\s+annum|pro\s+jahr|im\s+jahr|jährlich|"
    r"all['’]anno|l['’]anno|annu(?:i|e|el|els|elle|elles)\b|par\s+an\b|(?:par|chaque)\s+année\b|annuellement|annualmente|anualmente|al\s+año|anual(?:es)?|por\s+año|cada\s+año|ogni\s+anno)"
)
_SERVED = re.compile(
    r"(?i:\b(?:for|für|per|pour|para|enough|sufficient|ausreichend|suffisant\w*|suficiente\w*|sufficient\w*|equip|power)"
    r"\s+(?:up to |about |around |some |bis zu |rund |etwa |jusqu['’]à |environ |hasta |unos |unas |fino a |circa )?)$"
)
# "capacity for 600,000 units a year", "Kapazität für": what the plant makes after all
_CAPACITY_FOR = re.compile(r"(?i:capacit\w*|kapazität\w*)\s+(?:\w+\s+)?(?:for|für|pour|para|per)\s+(?:\S+\s+){0,2}$")


def _served(before: str) -> bool:
    return _SERVED.search(before) is not None and _CAPACITY_FOR.search(before) is None


_MAKING = re.compile(
    r"(?i:\b(?:make|makes|made|making|produce\w*|build|builds|assemble\w*|manufactur\w+|turn out|roll out|"
    r"produrr\w*|produce|producono|fabbric\w+|assembl\w+|herstell\w*|produzier\w*|fertig\w*|bau\w*|"
    r"produi\w+|fabriqu\w+|assembl\w+|sortir|produc\w+|fabric\w+|ensambl\w+|montar\w*))\b[^.;]{0,40}$"
)
# after an amount in tonnes: up to three words of goods, then "a year"
_GOODS_THEN_YEAR = re.compile(r"(?:\s+(?!(?i:(?:a|per|each|every|pro|im|jedes|l['’]|all['’]|al|par|por|cada|ogni)\b))[^\W\d][\w'’-]*){0,3}" + _PER_YEAR.pattern)
_PROCESSING = re.compile(r"(?i:\b(?:process\w*|recycl\w*|verarbeit\w*|recycel\w*|lavor\w*|ricicl\w*|tratt\w*|trait\w*|proces\w*|reciclar\w*)\b[^.;]{0,40}$)")
_NOT_GOODS = re.compile(
    r"%|(?i:\b(?:people|persons?|workers?|jobs?|employees?|staff|engineers?|addetti|dipendenti|lavoratori|posti|persone|"
    r"mitarbeite\w*|beschäftigte\w*|arbeitspl\w+|stellen|menschen|emplois|salariés|personnes|postes|empleos|"
    r"trabajadores|puestos|personas|square|metres|meters|metri|quadrat\w*|mètres|metros|hectares?|ettari|hektar|"
    r"euros?|dollars?|years?|anni|jahre\w*|ans|años|percent|per|cent|%|km|kilomet\w+|chilometri|kilomètres|kilómetros)\b)")
_MULT = {"thousand": 1e3, "mila": 1e3, "mil": 1e3, "tausend": 1e3, "million": 1e6, "millions": 1e6,
         "millionen": 1e6, "milioni": 1e6, "millones": 1e6, "mio": 1e6, "mio.": 1e6, "mln": 1e6}


def _plant_capacity(ctx, i: int, text: str, base: int, anchor: int) -> dict | None:
    at = _plant_capacity_at(ctx, i, text, base, anchor)
    return at[1] if at else None


def _plant_capacity_at(ctx, i: int, text: str, base: int, anchor: int, start: int = 0) -> tuple[int, dict] | None:
    """(position, capacity) of the capacity nearest ``anchor`` (and after ``start``) that is about
    one plant: not a company's total ("global capacity of 300 GWh", "capacité mondiale",
    "weltweit"); an amount in tonnes after "annual capacity of" / "Jahreskapazität von" /
    "jährlich" counts as tonnes a year."""
    glob = ctx.cue["global"]
    found = []
    for m in ctx.per[i]:
        if m.label != "CAPACITY":
            continue
        s, e = m.start - base, m.end - base
        if glob.search(text[max(0, s - 45) : s]) or glob.search(text[e : e + 30]):
            continue
        if ctx.cue["delivered"].search(text[max(0, s - 40) : s]):
            continue  # "Iberdrola suministrará unos 650 GWh anuales a la planta"
        if m.attrs.get("unit") in ("units/y", "vehicles/y") and _served(text[max(0, s - 40) : s]):
            continue  # "cells for up to 500,000 cars a year": the cars the cells serve, not what is made
        found.append((s, _cap(m)))
    taken = [(m.start - base, m.end - base) for m in ctx.per[i] if m.label in ("CAPACITY", "MONEY")]
    for m in _TONNES.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        if glob.search(text[max(0, s - 45) : s]):
            continue
        if ctx.cue["delivered"].search(text[max(0, s - 40) : s]):
            continue  # "Der Vertrag sieht Lieferungen von jährlich bis zu 6.000 Tonnen vor": a contract's, as above
        if not ctx.cue["annual_cap"].search(text[max(0, s - 60) : s]) and not _ANNUAL_AFTER.match(text, e):
            # "process up to 30,000 tonnes of batteries each year": the year after the goods, a verb
            # of making or processing before the amount
            after = _GOODS_THEN_YEAR.match(text, e)
            if after is None or not (_MAKING.search(text[max(0, s - 60) : s]) or _PROCESSING.search(text[max(0, s - 60) : s])):
                continue
        try:
            from ..entities.quantities import parse_number

            value = parse_number(m.group("num"), ctx.doc.language or "en")
        except ValueError:
            continue
        value *= _MULT.get((m.group("mult") or "").casefold(), 1.0)
        found.append((s, {"value": value, "unit": "t/y"}))
    if not found:
        found += _goods_capacity(ctx, text, taken, glob)
    added = ctx.added.get(i)
    # (not the amount an expansion adds: "a second phase would add 10,000 tonnes" is the phase's)
    found = [x for x in found if x[0] >= start and not (added and x[0] in added)]
    if not found:
        return None
    named = [x for x in found if _CAP_NOUN.search(text, max(0, x[0] - 30), x[0])]
    if named:
        # "añadirá una prensa de 8.000 toneladas y una capacidad de 25.000 toneladas anuales": the
        # amount the capacity word names, not a machine's tonnage nearer the plant
        found = named
    return min(found, key=lambda x: abs(x[0] - anchor))


# a yearly capacity noun right after an amount in tonnes: "24.000 Tonnen Jahreskapazität", "24,000
# tonnes of annual capacity", "24.000 tonnellate di capacità annua", "24 000 tonnes de capacité annuelle"
_ANNUAL_AFTER = re.compile(
    r"\s*(?:(?:of|di|de|d['’])\s+)?(?:(?:annual|yearly)\s+(?:capacity|output|production)|Jahres(?:kapazität|leistung|produktion)|"
    r"(?:capacità|produzione)\s+annu[ae]|(?:capacidad|producción)\s+anual|(?:capacité|production)\s+annuelle)\b",
    re.I,
)

#: a capacity noun right before an amount
_CAP_NOUN = re.compile(r"\b(?:capacity|capacidad|capacité|capacità|kapazität)\b[^.;,()]{0,22}$", re.I)


def _goods_capacity(ctx, text: str, taken, glob) -> list[tuple[int, dict]]:
    """Amounts of goods a plant can make a year: "an annual capacity of 300,000 battery systems",
    "can make up to 10,000 chargers a year", "jährlich bis zu 50.000 Ladesäulen fertigen"."""
    from ..entities.quantities import parse_number

    out = []
    for m in _GOODS.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or _NOT_GOODS.search(m.group("goods")):
            continue
        num = m.group("num")
        if not m.group("mult") and re.fullmatch(r"(?:19|20)\d\d", num):
            continue  # a year
        before = text[max(0, s - 60) : s]
        if _served(before):
            continue  # "cells for up to 500,000 cars a year": the cars the product serves
        per_year = _PER_YEAR.match(text, e)
        if not (ctx.cue["annual_cap"].search(before) or (per_year and (
                _MAKING.search(before) or _CAP_BEFORE.search(before) or _MADE_AFTER.match(text, per_year.end())))):
            continue
        if glob.search(before[-45:]) or ctx.cue["delivered"].search(text[max(0, s - 40) : s]):
            continue
        try:
            value = parse_number(num, ctx.doc.language or "en")
        except ValueError:
            continue
        out.append((s, {"value": value * _MULT.get((m.group("mult") or "").split()[0].casefold() if m.group("mult") else "", 1.0), "unit": "units/y"}))
    return out


def _cap(m) -> dict:
    return {"value": m.attrs.get("value"), "unit": m.attrs.get("unit")}


def _money(m) -> dict:
    return {"amount": m.attrs.get("amount"), "currency": m.attrs.get("currency")}
