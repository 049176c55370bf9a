"""Talks about goods: who would supply whom when the talks name goods but no verb of supplying.

    "Korvan is in talks with Maltrix about a third source of LFP cells"       -> Maltrix supplies Korvan
    "Korvan sarebbe in trattative con Maltrix per una fornitura di concentrato" (Maltrix a miner,
     Korvan a refiner)                                                        -> Maltrix supplies Korvan
    "Ein Korvan-Sprecher bestätigte Gespräche mit Maltrix über zusätzliche Zellen" (Maltrix a cell
     maker, Korvan a truck maker)                                             -> Maltrix supplies Korvan

``frames/talks.py`` reads a supply only where the purpose says the subject will deliver ("per
fornirgli", "to supply"). Talks about "a second source" name the partner as the one who would
supply: the subject looks for a source. Talks about a supply noun ("a supply of", "la fornitura",
"die Lieferung", "l'approvisionnement", "el suministro") or about goods right after the partner
("über zusätzliche Zellen", "about LFP cells") leave the direction open: the gazetteer's chain sets it
(a miner, cell maker or parts maker sells up the chain), and with no such difference nothing is read.
"""

from __future__ import annotations

import re

from .goods_ladder import goods_after, goods_rank, ladder_seller
from .known_roles import unknown_to_maker
from .products import _PRODUCT_RX, tier
from .trials import TRIAL

__all__ = ["buyer_trade_named", "noun_seller", "talks_supply", "vehicles_named"]

_I = re.IGNORECASE

#: a further source the subject looks for: the partner would be it
_SOURCE = {
    "en": r"\b(?:second|third|fourth|another|new|additional|alternative|backup)\s+(?:[\w-]+\s+)?(?:source|supplier)s?\b",
    "it": r"\b(?:second[oa]|terz[oa]|quart[oa]|altr[oa]|nuov[oa]|ulterior[ei])\s+(?:font[ei]|fornitor[ei])\b",
    "de": r"\b(?:zweite[nr]?|dritte[nr]?|weitere[nr]?|neue[nr]?|alternative[nr]?)\s+(?:Quelle|Bezugsquelle|Lieferanten?)\b|\b(?:Zweit|Dritt)lieferanten?\b",
    "fr": r"\b(?:seconde|deuxième|troisième|autre|nouvelle)\s+source\b|\b(?:second|deuxième|troisième|autre|nouveau)\s+fournisseur\b",
    "es": r"\b(?:segunda|tercera|otra|nueva)\s+fuente\b|\b(?:segundo|tercer|otro|nuevo)\s+proveedor\b",
}
#: a supply noun: the talks are about a supply, its direction not said
_SUPPLY_NOUN = {
    "en": r"\b(?:supply|supplies|deliver(?:y|ies)|offtake|purchases?)\s+(?:deal\s+|agreement\s+|contract\s+)?of\b|\b(?:supply|offtake|purchase|sourcing)\s+(?:deal|agreement|contract)\b|\b(?:a|an|another|new|second|third)\s+(?:[\w-]+\s+)?contract\b",
    "it": r"\b(?:fornitur[ae]|approvvigionament[oi]|consegn[ae])\b|\b(?:un|nuovo|secondo|terzo|altro)\s+(?:[\w-]+\s+)?contratto\b",
    "de": r"\b(?:[\w-]*(?:[Ll]ieferung(?:en)?|[Bb]elieferung|[Ll]iefervertrag|[Ll]ieferverträge|[Ll]iefervereinbarung(?:en)?|[Aa]bnahmevertrag|[Aa]bnahmeverträge)|Abnahme|Bezug)\b|\b(?:einen|neuen|zweiten|dritten|weiteren)\s+(?:[\w-]+\s+)?Vertrag\b",
    "fr": r"\b(?:fournitures?|livraisons?|approvisionnement|enlèvement)\b|\b(?:un|nouveau|second|deuxième|troisième|autre)\s+(?:[\w-]+\s+)?contrat\b",
    "es": r"\b(?:suministros?|entregas?|abastecimiento)\b|\b(?:un|nuevo|segundo|tercer|otro)\s+(?:[\w-]+\s+)?contrato\b",
}
_SOURCE_RX = {k: re.compile(v, _I) for k, v in _SOURCE.items()}
_SUPPLY_NOUN_RX = {k: re.compile(v, _I) for k, v in _SUPPLY_NOUN.items()}


#: the goods right after the partner: at most three words (an article, "additional", "LFP") first
_GOODS_FIRST = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}$")
#: the first words after the partner: a preposition, an article, one adjective and the goods' noun with
#: its complement ("pour une cellule", "per i sistemi di accumulo", "about recycled nickel sulphate")
_LEAD = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+")
#: a plant, a venture or research named with the goods' word is what the talks are about, not the goods ("über ein
#: gemeinsames Zellwerk", "about a joint cell plant", "per una fabbrica di celle", "pour une usine de cellules")
_NOT_GOODS = re.compile(
    r"werk\b|werke[ns]?\b|fabrik|\bplants?\b|factor(?:y|ies)|gigafactor|\busines?\b|fabbric|stabiliment|f[aá]bricas?\b|\bplantas?\b"
    r"|\bjoint\b|gemeinsam|\bcommune?s?\b|\bcomun[ei]\b|conjunt|co-?entreprise|\bventure\b"
    # nor is research on the goods ("über die Zellforschung", "per la ricerca sui sistemi di accumulo")
    r"|forschung|\bresearch|\brecherche|\bricerc[ah]|\binvestigaci[oó]n", _I)


#: making a vehicle or goods for the partner, as the talks' purpose: the subject would make them
#: ("per produrre nello stabilimento spagnolo un secondo modello", "para fabricarle un modelo", "pour
#: assembler sur place les faisceaux", "to build a compact model")
_MAKE_FOR = {
    "en": r"\bto (?:build|make|produce|assemble|manufacture)\b",
    "it": r"\bper (?:produrre|produrgli|produrle|assemblare|costruire|costruirgli|fabbricare|realizzare)\b",
    "es": r"\bpara (?:fabricar|producir|ensamblar|montar|construir)(?:le|les)?\b",
    "fr": r"\bpour (?:(?:lui|leur) )?(?:assembler|produire|fabriquer|construire)\b",
    "de": r"\bzu (?:bauen|fertigen|montieren|produzieren)\b|\bum (?:[\w-]+ ){1,5}zu (?:bauen|fertigen|montieren|produzieren)\b",
}
#: the making of a vehicle as the talks' subject matter ("über die Montage eines Kompakt-SUV", "about the
#: assembly of a model", "sur l'assemblage d'un modèle"): who makes it, the chain tells
_MAKE_NOUN = {
    "en": r"\b(?:assembly|production|manufacturing|manufacture)\s+of\b",
    "it": r"\b(?:l['’]assemblaggio|la produzione|la fabbricazione)\s+(?:di|del|della|dei|delle|degli|d['’])",
    "es": r"\b(?:el ensamblaje|el montaje|la fabricación|la producción)\s+(?:de|del)\b",
    "fr": r"\b(?:l['’]assemblage|la production|la fabrication)\s+(?:de|du|des|d['’])",
    "de": r"\b(?:die )?(?:Montage|Fertigung|Produktion|Auftragsfertigung)\s+(?:eines|einer|des|der|von)\b",
}
#: what is made: a vehicle or a model, or goods the product list knows
_MADE = re.compile(
    r"\b(?:models?|cars?|vehicles?|SUVs?|vans?|trucks?|modèles?|voitures?|véhicules?|faisceaux|modell[oi]|vettur[ae]|veicol[oi]|auto|modelos?|coches?|vehículos?"
    r"|furgonetas?|\w*[Mm]odell(?:e|en)?|\w*[Ff]ahrzeug(?:e|en)?|\w*-?SUV)\b", _I)
#: the partner making them for the subject: "para que el grupo le fabrique un modelo" (the clitic is the
#: subject, the customer), "perché gli produca", "pour qu'il lui fabrique", "so that it builds it"
_MAKE_FOR_PARTNER = re.compile(
    r"\bpara que (?:[\w-]+ ){0,3}(?:le|les) (?:fabrique|produzca|ensamble|monte|construya)\b"
    r"|\bperché (?:[\w-]+ ){0,3}(?:gli|le) (?:produca|assembli|costruisca|fabbrichi)\b"
    r"|\bpour qu['’](?:[\w-]+ ){0,3}(?:lui|leur) (?:fabrique|produise|assemble|construise)\b", _I)
_MAKE_FOR_RX = {k: re.compile(v, _I) for k, v in _MAKE_FOR.items()}
_MAKE_NOUN_RX = {k: re.compile(v, _I) for k, v in _MAKE_NOUN.items()}


#: vehicles, which a carmaker sells rather than buys ("about 300 vans for its fleet", "per 300 furgoni")
_VEHICLES = re.compile(
    r"\b(?:vehicles?|cars?|vans?|trucks?|lorries|lorry|buses|coaches|models?|SUVs?|pick-?ups?"
    r"|veicol[oi]|vettur[ae]|auto(?:mobil[ei])?|furgon[ei]|furgoncin[oi]|camion|autobus|modell[oi]"
    r"|véhicules?|voitures?|fourgons?|fourgonnettes?|utilitaires|camions?|autocars?|modèles?"
    r"|vehículos?|coches?|furgonetas?|furgones|camiones|autobuses|modelos?"
    r"|\w*[Ff]ahrzeug(?:e|en)?|\w*[Tt]ransporter[n]?|Lkw|Busse[n]?|Autos?|\w*[Mm]odell(?:e|en)?)\b", _I)


def vehicles_named(text: str) -> bool:
    """Whether ``text`` names vehicles or models: goods a carmaker sells (``known_roles.unknown_to_maker``
    then reads nothing)."""
    return _VEHICLES.search(text) is not None


#: the trades that buy vehicles or serve their buyers rather than sell to a carmaker: a fleet, a leasing or
#: rental firm, a dealer or a workshop, a bank or an insurer, a city ("for its fleet", "ai concessionari",
#: "für seine Werkstatt", "Fleetwise Leasing"): a firm nothing places that talks of them is no seller to the
#: carmaker by its silence (``_unplaced_seller``, interview_talks.py)
_BUYER_TRADES = re.compile(
    r"\b(?:fleets?|leasing|lease|rental|rent-a-car|dealers?|dealerships?|showrooms?|financing|loans?|banks?|insurers?"
    r"|insurance|workshops?|garages?|municipalit(?:y|ies)|city\s+council|taxis?|car-?sharing"
    r"|flott[ae]|noleggio|concessionari[oa]?|finanziament[oi]|prestit[oi]|banca|banche|assicura\w*|officin[ae]|municipio"
    r"|flottes?|crédit-bail|concessionnaires?|financements?|banques?|assureurs?|mairies?|municipalités?|collectivités?"
    r"|flotas?|alquiler|renting|concesionari[oa]s?|financiaci[oó]n|préstamos?|banco|aseguradoras?|talleres|taller|ayuntamientos?"
    r"|\w*[Ff]lotten?|\w*[Ll]easing\w*|Vermiet\w*|\w*[Hh]ändler[n]?|Autohaus|Autohäuser[n]?|\w*[Ff]inanzierung(?:en)?"
    r"|Kredit\w*|Banken|Versicher\w*|\w*[Ww]erkstatt|\w*[Ww]erkstätten|Kommunen?|Stadtwerke[n]?)\b", _I)


def buyer_trade_named(text: str) -> bool:
    """Whether ``text`` names a trade that buys vehicles or serves their buyers (``_BUYER_TRADES``)."""
    return _BUYER_TRADES.search(text) is not None


def _unplaced_seller(subj_sectors: list[str], partner_sectors: list[str], goods: str) -> str | None:
    """"subject" or "partner": the firm nothing places, in talks about goods other than vehicles with a
    company that only makes vehicles ("X è in trattativa con Stellantis per la fornitura di traverse", X
    unknown); else None."""
    if vehicles_named(goods) or buyer_trade_named(goods):
        return None
    who = unknown_to_maker(subj_sectors, partner_sectors)
    return None if who is None else ("subject" if who == "a" else "partner")


def talks_supply(lang: str, subj_sectors: list[str], partner_sectors: list[str], fwd: str,
                 names: tuple[str, ...] = ()) -> str | None:
    """Who would supply in talks whose purpose (``fwd``, the words after the partner up to the clause's
    end) names goods: "partner", "subject", or None when the talks say nothing of goods or the chain
    cannot tell."""
    if TRIAL.search(fwd):
        return None  # "to fit its cells in a test vehicle": development work, no supply
    source = _SOURCE_RX.get(lang)
    if source is not None and source.search(fwd):
        return "partner"
    ts, tp = tier(subj_sectors), tier(partner_sectors)
    make_for = _MAKE_FOR_RX.get(lang)
    made = _MADE.search(fwd) or _PRODUCT_RX.search(fwd)
    if made is not None and _MAKE_FOR_PARTNER.search(fwd):
        return "partner"
    if make_for is not None and made is not None and make_for.search(fwd):
        # the subject of the talks would make the goods, unless the chain puts the partner below it
        return "partner" if ts is not None and tp is not None and tp < ts else "subject"
    noun = _SUPPLY_NOUN_RX.get(lang)
    nm = noun.search(fwd) if noun is not None else None
    goods = nm is not None
    make_noun = _MAKE_NOUN_RX.get(lang)
    goods = goods or (make_noun is not None and made is not None and make_noun.search(fwd) is not None)
    named = goods_after(fwd, nm.end()) if nm is not None else ""
    if not goods:
        pm = _PRODUCT_RX.search(fwd, 0, min(len(fwd), 60))
        # "über zusätzliche Zellen", "about LFP cells": the product is what the talks are about
        goods = pm is not None and _GOODS_FIRST.fullmatch(fwd, 0, pm.start()) is not None
        if goods:
            named = goods_after(fwd, pm.start())
    if not goods:
        # goods of the chain's ladder the product list does not name, first after the partner: "pour une
        # cellule", "per i sistemi di accumulo", "about recycled nickel sulphate"
        lead = _LEAD.match(fwd)
        goods = lead is not None and goods_rank(lead.group(0)) is not None and not _NOT_GOODS.search(lead.group(0))
        if goods:
            named = lead.group(0)
    if not goods:
        return None
    if (ts is None or tp is None) and not any(map(buyer_trade_named, (fwd, *names))) and (
            who := _unplaced_seller(subj_sectors, partner_sectors, named or fwd)) is not None:
        return who
    if ts is None or tp is None or ts == tp:
        # one rung for both, or a party off the chain's rungs ("in trattativa con Y per una fornitura
        # di spodumene", a miner and a converter both "materials"; "Gespräche mit Y über Rundzellen", a cell
        # maker and a parts maker both "components"): the goods named tell who sells, on the ladder of
        # goods_ladder.py
        who = ladder_seller(subj_sectors, partner_sectors, named) if named else None
        return None if who is None else ("subject" if who == "a" else "partner")
    return "partner" if tp < ts else "subject"


def noun_seller(lang: str, subj_sectors: list[str], partner_sectors: list[str], fwd: str, at: int,
                names: tuple[str, ...] = ()) -> str | None:
    """Where the talks' purpose found at ``at`` in ``fwd`` is a supply noun ("die Lieferung von
    Spodumen"), not a verb that says who delivers ("zu liefern", "to supply"): "partner" or "subject"
    when the goods named after it are one party's trade only (``goods_ladder.ladder_seller``), else None."""
    noun = _SUPPLY_NOUN_RX.get(lang)
    nm = noun.search(fwd, at, min(len(fwd), at + 40)) if noun is not None else None
    if nm is None:
        return None
    who = ladder_seller(subj_sectors, partner_sectors, goods_after(fwd, nm.end()))
    if who is None:
        if any(map(buyer_trade_named, (fwd, *names))):  # ("Fleetwise Leasing": the name tells the trade)
            return None
        return _unplaced_seller(subj_sectors, partner_sectors, goods_after(fwd, nm.end()))
    return "subject" if who == "a" else "partner"
