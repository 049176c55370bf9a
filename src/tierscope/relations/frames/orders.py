"""An order named by its noun (ORDER_NOUN): the customer follows "de"/"di"/"da" (Spanish "de", German
"von"/"der"), the supplier "auprès de"/"presso"/"bei", or the preposition of giving after a participle
of awarding ("attribuée à", "assegnata a", "adjudicado a") or right after the customer ("el pedido de Y a
X", "der Auftrag von Y an X", "l'ordine di Y a X", "la commande de Y à X").

    "Sardrow a annoncé une commande de 200 bornes auprès du finlandais Teldrow"  Teldrow -> Sardrow
    "la première commande de Sardrow auprès de Teldrow"                          Teldrow -> Sardrow
    "Valdrow Truck ha annunciato un ordine di Zendrow per 400 camion"            Valdrow Truck -> Zendrow
    "Arddrow a reçu une commande ferme de la part de Zarbus"                       Arddrow -> Zarbus
    "la commande de Korvan attribuée à Brixo"                                      Brixo -> Korvan
    "el pedido de Korvan a Brixo", "der Auftrag von Korvan an Brixo"              the one after "a"/"an" supplies

An order with neither a customer nor a supplier named (a bare "une commande de 200 bornes") gives
nothing: the subject may be either side.
"""

from __future__ import annotations

import re

from ..compiled import Compiled
from ..groups import Group
from ..products import tier
from .common import _right, _subject

_I = re.IGNORECASE

#: the customer right after the noun: a preposition, at most an adjective of the order before it and
#: a lowercase description of the company after it ("de l'américain", "del colosso")
_CUSTOMER = re.compile(
    r"\s+(?:(?:ferme|fermes|record|géante|historique|pluriannuelle|importante|pluriennale|storic[oa])\s+)?"
    r"(?:(?:de la part (?:de|d['’])|da parte di|de|d['’]|di|da|von|vom)\s*(?:(?:l['’]|la |le |il |lo |el )(?:(?-i:[a-zàâçéèêëîïôûù][\w-]*)\s+){0,2})?"
    # (German: the genitive article, a description at most: "der Auftrag der Stadtwerke", "des Autobauers")
    r"|(?:der|des)\s+(?:(?-i:[a-zäöü][\w-]*)\s+)?(?:(?-i:[A-ZÄÖÜ])[\w-]*(?:konzerns?|bauers|herstellers|gruppe)\s+)?"
    # (a bare lowercase word after a plain "de" is the goods: "une commande de chargeurs X")
    r"|(?:de la part du|da parte (?:del|della|dello|dell['’])|du|del|della|dello|dell['’]|dal|dalla|dall['’])\s*(?:(?-i:[a-zàâçéèêëîïôûù][\w-]*)\s+){0,2})$", _I)
#: the supplier: "auprès du fournisseur finlandais X", "presso la tedesca X"
_SUPPLIER = re.compile(
    r"\b(?:auprès (?:de|du|des|d['’])|presso|bei|beim)\s*(?:(?:l['’]|la |le |il |lo |der |dem )?(?-i:[a-zàâçéèêëîïôûù][\w-]*)\s+){0,3}$", _I)
#: the one an order went to, after a participle of awarding ("attribuée à", "assegnata alla tedesca",
#: "adjudicado a", "vergeben an"): at most a description between
_AWARDED_TO = re.compile(
    r"\b(?:attribu[ée]e?s?|confi[ée]e?s?|pass[ée]e?s?|assegnat[aoie]|affidat[aoie]|adjudicad[oa]s?|encargad[oa]s?|vergeben)"
    r"\s+(?:à|au|aux|a|ad|al|alla|allo|all['’]|an|an die|an den)\s*(?:(?:l['’]|la |le |il |lo |el |den |die )?(?-i:[a-zàâçéèêëîïôûùäöü][\w-]*)\s+){0,2}$", _I)
#: the supplier right after the customer, with "a" / "an" / "à" ("el pedido de Y a X", "der Auftrag von Y an
#: X", "l'ordine di Y alla X", "la commande de Y à X"); only where the customer stands right after the noun
_GIVEN_TO = re.compile(r"^\s+(?:(?:a|al|an|an die|an den|ad|alla|allo|ai|agli|alle|à|au|aux)\s+|all['’]\s*)"
                       r"(?:(?:la |el |den |die |il |lo |le |l['’])?(?-i:[a-záéíóúäöüàâçèêëîïôûù][\w-]*)\s+){0,2}$", _I)
#: French "a" is "has", no preposition ("la commande de Y a surpris X"): the supplier follows "à", "au", "aux"
_FR_HAS = re.compile(r"\s+a\s", _I)
#: a verb of placing an order right before the noun: its subject is the customer, and a company after
#: "de" is the maker of the goods ("Ostrelle Air a passé une commande d'Aldrow": Aldrow supplies); a verb
#: of cancelling leaves the order's sides unclear
_PLACED = re.compile(r"\b(?:pass(?:e|ent|é|er|era)|plac(?:e|ent|é|er|era)|piazz(?:a|ano|ato|erà)|effettu(?:a|ano|ato|erà)|lanci(?:a|ano|ato))\s+(?:\S+\s+){0,2}$", _I)
_CANCELLED = re.compile(r"\b(?:annul\w*|résili\w*|cancell\w*|disdett\w*|revoc\w*)\s+(?:\S+\s+){0,2}$", _I)
#: the order's own words before its supplier: no clause break (a bracket may explain the goods)
_BREAK = re.compile(r"[,;:]")


def read_order(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    t0, t1 = m.start(), m.end()
    before = text[max(0, t0 - 40) : t0]
    if _CANCELLED.search(before):
        return []
    right = [g for g in _right(groups, t1) if g.start - t1 <= 120]
    customer = next((g for g in right[:1] if _CUSTOMER.fullmatch(text, t1, g.start)), None)
    supplier = next((g for g in right if g is not customer and (_SUPPLIER.search(text, max(t1, g.start - 60), g.start)
                                                                 or _AWARDED_TO.search(text, max(t1, g.start - 60), g.start)
                                                                 or (customer is not None and lex.lang in ("es", "de", "it", "fr")
                                                                     and _GIVEN_TO.match(text[customer.end : g.start])
                                                                     and not (lex.lang == "fr" and _FR_HAS.match(text, customer.end))))
                     and not _BREAK.search(text, t1, g.start)), None)
    if supplier is not None and supplier.start - t1 > 100:
        supplier = None
    if trig.get("both_named") and (supplier is None or customer is None):
        # (Spanish and German: "hofft auf einen Auftrag von Y", "un pedido de Y" name one side only, and
        # the subject may be a bidder; only the noun phrase naming both is read)
        return []
    if supplier is not None:
        if customer is None:
            customer = _subject(lex, groups, t0, text)
    elif customer is not None and _PLACED.search(before):
        customer, supplier = _subject(lex, groups, t0, text), customer  # "a passé une commande d'Aldrow"
    elif customer is not None:
        supplier = _subject(lex, groups, t0, text)
        if supplier is not None and _makes_vehicles(customer) and not _below(supplier, customer):
            return []  # "Caldrow a annoncé une commande de Tarvion": the carmaker's cars, bought
    if supplier is None or customer is None or supplier is customer or len(supplier.names) != 1 or len(customer.names) != 1:
        return []
    if supplier.names == customer.names:
        return []
    return [(supplier.names, customer.names, None, -0.05)]


def _makes_vehicles(g: Group) -> bool:
    return any(s in ("carmaker", "trucks") for s in g.sectors)


def _below(a: Group, b: Group) -> bool:
    """``a`` stands lower in the chain than ``b`` (a parts or cell maker below a carmaker)."""
    ta, tb = tier(a.sectors), tier(b.sectors)
    return ta is not None and tb is not None and ta < tb
