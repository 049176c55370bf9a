"""Deal frames: buying a company (ACQ), taking a stake (INV), controlling or owning one (OWN_CR),
selling one (SELL) and raising money from investors (RAISE). A stake's percentage turns an
acquisition into ``invests_in`` (``_stake_type``); a sale also names the seller's ownership.
"""

from __future__ import annotations

import re

from ..bought_lines import business_bought
from ..clauses import _ARTICLE_ONLY, _ARTICLE_WORD, _clause_end, _clause_start
from ..administrators import administered_company
from ..apposed_parents import apposed_owner
from ..apposed_participles import apposed_head, apposition_agent
from ..interest_buyers import interested_buyer
from ..compiled import Compiled
from ..groups import Group, former_unit, glued_owner, glued_unit, has
from ..products import _PRODUCT_RX
from .common import (
    _PERCENT, _clause_gap, _coordinated_owner, _deal_verb_between, _governed, _in_relative, _left,
    _relative_pair, _relative_subject, _right, _subject, _unmarked,
)

_I = re.IGNORECASE


def _of_in_trigger(lex: Compiled, text: str, m: re.Match, g: Group) -> bool:
    """The trigger ends with the "of" that governs the name right after it ("der Kauf von Osram durch
    AMS", "l'acquisizione di Marelli da parte di KKR"): that name is the deal's target."""
    words = m.group(0).lower().replace("’", "'").split()
    return bool(words) and words[-1] in lex.markers.get("of", ()) and _ARTICLE_ONLY.fullmatch(text, m.end(), g.start) is not None


#: an English possessive on the share bought, with no company of the share after it: the possessor is the seller
_SELLER_SHARE = re.compile(r"['’]s?\s+(?:(?:entire|remaining|whole|own|\d+(?:[.,]\d+)?\s?(?:%|per ?cent))\s+)?"
                           r"(?:half|stake|share|shares|holding|shareholding|interest)\b(?!\s+(?:of|in)\b)", _I)


def read_acquisition(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X acquires Y", "Y was bought by X", "X takes a 30% stake in Y", "X controls Y": the buyer,
    investor or owner and the company it acts on."""
    out = _read_acquisition(frame, trig, m, groups, text, lex)
    if frame == "ACQ" and out:
        # "bought out Kelda's half and took full control": the company whose share is bought sells it, and
        # with no "of"/"in" after the share the company bought is not named here
        out = [f for f in out if not any(g.names == f[1] and g.start >= m.end() and _SELLER_SHARE.match(text, g.end)
                                         for g in groups)]
    if frame == "OWN_CR" and out and former_unit(text, m):
        # "Almara's former subsidiary Brixo", "Brixo, Almara's former unit,": owned no more
        out = [f if "former" in f[4:] else f + ("former",) for f in out]
    return out


def _read_acquisition(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    t0, t1 = m.start(), m.end()
    # "buying the shares held by X": X held them, it neither buys nor is bought
    right = [g for g in _right(groups, t1) if not _held_by(lex, text, g)]
    out: list[tuple[list[str], list[str], str | None, float]] = []
    if frame == "OWN_CR" and _glued_unit(lex, groups, t0, t1, text) is not None:
        # "die Vostra-Tochter Brixo": whatever the verb does; "die frühere Vostra-Tochter": owned no more
        owner, unit = _glued_unit(lex, groups, t0, t1, text)
        former = lex.former is not None and lex.former.search(text, max(0, owner.start - 20), owner.start) is not None
        # "A, B und die Vostra-Tochter Brixo": the compound is glued to the list's last name only;
        # the names before it are Brixo's companions, not its owners
        units = unit.names
        if lex.lang == "de" and len(units) > 1 and _SINGULAR_UNIT.search(m.group(0)):
            # "die Vostra-Tochter Brixo und die Handelskette Kestrel": one subsidiary in the singular,
            # the first name after it; the others are its companions in the clause
            units = units[:1]
        return [(owner.names[-1:], units, None, 0.0) + (("former",) if former else ())]
    if frame == "OWN_CR" and text[t0 : t0 + 1] in ("'", "’"):
        # "signed a deal with Quarda's battery unit Velto": the possessor owns the unit named right
        # after the noun, whatever preposition governs the possessor (the clause's subject owns nothing)
        owner = next((g for g in reversed(groups) if g.end == t0), None)
        unit = next((g for g in right if not text[t1 : g.start].strip()), None)
        if owner is not None and unit is not None and owner is not unit:
            return [(owner.names, unit.names, None, 0.0)]
    appos = _apposed_compound(groups, t0, t1, text) if frame == "OWN_CR" else None
    if appos is not None:
        # "Brixo, eine Vostra-Tochter, baut", "Brixo, a Vostra-backed startup,": the name the
        # apposition follows is the unit
        owner, unit = appos
        former = lex.former is not None and lex.former.search(text, max(0, owner.start - 20), owner.start) is not None
        return [(owner.names, unit.names, None, -0.05) + (("former",) if former else ())]
    if trig.get("glued_only"):
        return out  # "Vostra-backed" names its investor only as a compound with the company after it
    if frame == "OWN_CR" and _AS_BEFORE.search(text, max(0, t0 - 40), t0):
        return out  # "wird als eigenständige Tochter weitergeführt": the subject is the subsidiary
    if frame == "OWN_CR" and _ARTICLE_WORD.match(text, t0) and (
            _governed(lex, text, t0) or _deal_verb_between(lex, text, max(_clause_start(text, t0), t0 - 30), t0)):
        # "vendu l'usine à une filiale de Y", "X compró la filial de Y": a unit named as an object, said
        # of no name ("along with its subsidiaries X": a possessive still names the subject's unit)
        return out
    if trig.get("holder_first"):
        # "la opa de BBVA sobre Sabadell", "l'OPA di X su Y": the bidder right after the noun, the
        # target after one more word
        pair = right[:2]
        if len(pair) == 2 and not text[t1 : pair[0].start].strip() and re.fullmatch(r"\s+\w+['’]?\s*", text[pair[0].end : pair[1].start]):
            return [(pair[0].names, pair[1].names, _stake_type(frame, text, m, pair[1], lex), 0.0)]
        return out
    rel = _relative_pair(lex, groups, t0, text)
    if rel is not None:
        actor, head = rel
        typ = _stake_type(frame, text, m, head, lex, region=(head.end, min(len(text), m.end() + 40)))
        out.append((actor.names, head.names, typ, 0.0))
        return out
    clitic = _clitic_object(lex, groups, t0, text) if frame in ("ACQ", "OWN_CR") else None
    if clitic is not None:
        actor, obj = clitic
        typ = _stake_type(frame, text, m, obj, lex, region=(t0, min(len(text), t1 + 40)))
        out.append((actor.names, obj.names, typ, 0.0))
        seller = next((g for g in right if has(lex, "seller", g) and g.start - t1 <= 60 and not re.search(r"[,;:()]", text[t1 : g.start])), None)
        if frame == "ACQ" and typ in (None, "acquires") and seller is not None and seller.names != obj.names:
            out.append((seller.names, obj.names, "owns", -0.05, "former"))  # "che ne ha rilevato il controllo da Z": Z owned it
        return out
    if trig.get("relative_only"):
        return out  # "holds a stake" names its company only through "in which"
    # ("in das Werk von Y": the plant's owner, no agent)
    agent = next((g for g in right if has(lex, "agent", g) and not _plant_between(lex, text, t1, g.start)), None)
    if agent is not None and has(lex, "from", agent) and any(
        g.end <= agent.start and (_unmarked(lex, g) or has(lex, "of", g) or has(lex, "in", g)) for g in right
    ):
        # "l'acquisto del 25% di Y da Z": with the target already named, "da"/"von" marks the seller
        right = [g for g in right if g is not agent]
        agent = None
    if agent is not None and agent.start >= t1 and has(lex, "seller", agent) and _active_voice(lex, text, m):
        agent = None  # "ha acquistato wafer da Y", "acquista da Y": an active verb, "da" marks the seller
    if agent is not None and agent.start >= t1 and apposition_agent(groups, t1, agent, text):
        return out  # "buys its amplifiers from Brixo, acquired since by Norvik": the participle's agent
    if agent is None:
        # "von X übernommen": an agent before the verb, in its clause ("fuentes consultadas por X, Y
        # estaría explorando la compra" is a source, not a buyer)
        agent = next((g for g in _left(groups, t0, text, (), lex, 60) if has(lex, "agent", g)
                      and not re.search(r"[;:]|,\s", text[g.end : t0])), None)
        if agent is not None and has(lex, "seller", agent) and not (
                _PASSIVE.search(text, _clause_start(text, t0), t0) or (lex.verb_final and _AUX_AFTER.match(text, t1))):
            agent = None  # "X hat Y von Z übernommen": with no passive, "von" marks the seller
            # (German may close the passive after the participle: "Y soll von X übernommen werden",
            # "Y ist von X übernommen worden")
    if agent is not None and frame == "ACQ" and (_goods_participle(text, t0) or _PRODUCT_RX.match(text, t1 + 1)):
        return out  # "usa le celle acquistate da Y", "l'acquisto di celle da Y": goods bought, not a company
    if agent is not None and (frame != "OWN_CR" or (agent.end <= t0 and _PASSIVE.search(text, _clause_start(text, t0), t0))):
        # (an owner verb takes its agent only in a passive: "Y wird von X kontrolliert")
        # "the takeover by X of Y", "the purchase of Y by X": an "of" next to the agent names the
        # target; else the subject ("Y was acquired by X"); else a name after the agent in its clause
        tgt = next((g for g in right if (agent.end <= g.start <= agent.end + 8 or (g.end <= agent.start and agent.marker_start - g.end <= 8))
                    and (has(lex, "of", g) or _of_in_trigger(lex, text, m, g))), None)
        head = apposed_head(groups, t0, text) if tgt is None and frame == "ACQ" and agent.start >= t1 else None
        if head is not None and head is not agent:
            # "Kelda buys from Brixo, acquired since by Norvik": the name the participle follows was bought
            # (apposed_participles), not the clause's subject
            return [(agent.names, head.names[-1:], _stake_type(frame, text, m, head, lex), 0.05)]
        tgt = tgt or _relative_subject(lex, groups, t0, text) or _subject(lex, groups, t0, text)
        if tgt is None or tgt is agent:
            tgt = next((g for g in right if g is not agent and (_unmarked(lex, g) or has(lex, "in", g))
                        and not re.search(r"[;:()]|,\s", text[min(agent.end, g.start) : max(agent.start, g.start)])), None)
        if tgt is None and agent.start >= t1:
            tgt = _fronted_possessor(lex, groups, text, t0, agent)
        if tgt is not None and tgt is not agent:
            out.append((agent.names, tgt.names, _stake_type(frame, text, m, tgt, lex), 0.05))
        return out
    # (the one whose interest in the purchase is told right before it: "un intérêt de X pour racheter Y",
    # "Y desmintió el interés de X en la compra de Z" - X, not the clause's subject)
    src = ((interested_buyer(lex, groups, t0, text) if frame == "ACQ" else None)
           or _relative_subject(lex, groups, t0, text) or _possessor(groups, t0, text)
           or _coordinated_owner(lex, groups, t0, text) or _subject(lex, groups, t0, text))
    if frame == "OWN_CR":
        # "X signed with Y, the parent of W": the owner noun is said of the apposition's head, not of X
        src = apposed_owner(groups, t0, m.group(0), text) or src
    if src is None and frame == "INV":
        held = _stake_of_holder(lex, right, m, text)
        if held is not None:
            return [(held[0].names, held[1].names, _stake_type(frame, text, m, held[1], lex), -0.05)]
    if src is None:
        return out
    limit = 70 if frame == "INV" else 45
    if lex.lang == "de" and frame == "OWN_CR" and _DE_STAKE_AT.match(text, t1):
        limit = 90  # "hält seit 2023 rund 21 Prozent am chinesischen Elektroautohersteller Y": a figure, then a description
    tgt = next((g for g in right if g.start - t1 <= limit and not _clause_gap(text, t1, g.start) and not _plant_between(lex, text, t1, g.start) and (_unmarked(lex, g) or (frame == "INV" and (has(lex, "in", g) or has(lex, "of", g))) or (frame == "ACQ" and has(lex, "of", g)) or (frame != "INV" and has(lex, "in", g) and (lex.stake.search(text[t0 : g.start]) or lex.majority.search(text[t0 : g.start]))))), None)
    personal = None
    if tgt is None and frame in ("ACQ", "OWN_CR"):
        tgt = personal = _personal_object(lex, right, t1, text)
    if tgt is not None and frame == "ACQ" and has(lex, "seller", tgt):
        # "kauft von Z die Mehrheit an Y", "rileva da Z il 60% di Y": the seller first, then the stake
        # and the company it is in
        held = _stake_after_seller(lex, right, text, tgt)
        if held is not None:
            typ = _stake_type(frame, text, m, held, lex, region=(t0, held.start))
            out = [(src.names, held.names, typ, 0.0)]
            if typ != "invests_in":  # the seller of a majority owned the company (of a minority: a stake)
                out.append((tgt.names, held.names, "owns", -0.05))
            return out
    if tgt is not None:
        tgt = _owned_object(lex, groups, text, t0, t1, tgt)
        if tgt is None or _modifies_noun(lex, text, tgt):
            return out  # (no company after a stake's holder; "bought Brixo shares": shares, not Brixo)
    if tgt is None and lex.verb_final:
        lefts = [g for g in _left(groups, t0, text, ("report",), lex) if g is not src and g.start > src.end and not _in_relative(text, g, t0)]
        tgt = next((g for g in lefts if _unmarked(lex, g) or has(lex, "in", g)), None)
        if tgt is None:
            src, tgt = _final_verb_pair(lex, groups, t0, text, src)
        if tgt is None and frame == "INV":
            # "An Farasis war Mercedes beteiligt": the stake's company fronted before the subject
            tgt = next((g for g in _left(groups, src.start, text, ("report",), lex) if has(lex, "in", g)
                        and not re.search(r"[,;:()]", text[g.end : t0])), None)
    if tgt is None and frame == "OWN_CR" and _UNNAMED_PARENT.match(text, t1):
        return out  # "Y, la filial comercial de la marca del óvalo": the parent is described, not the subject
    if tgt is None and frame == "OWN_CR":
        # apposition: "Ampere, Renault's electric-vehicle subsidiary, ..."
        prev = next((g for g in reversed(groups) if g.end <= src.start), None)
        if prev is not None and text[prev.end : src.start].strip() == ",":
            tgt = prev
        else:
            # "Eni ... Plenitude, la controllata attiva nelle rinnovabili": the clause subject owns
            # the name the apposition follows
            head = next((g for g in reversed(groups) if g.end <= t0), None)
            if head is src and head is not None:
                # "Telefónica reorganiza Movistar, la filial brasileña": the head is no owner of itself
                src = next((g for g in _left(groups, head.start, text, ("report",), lex, 80) if _unmarked(lex, g)), None)
            if (head is not None and src is not None and head is not src and re.fullmatch(r"\s*,\s*", text[head.end : m.start()])
                    and not re.search(r"[;:]", text[src.end : head.start])):
                tgt = head
            if src is None:
                return out
    if tgt is None or tgt is src:
        return out
    if frame == "ACQ" and has(lex, "from", tgt) and not has(lex, "of", tgt) and tgt is not personal:
        return out
    if frame == "ACQ" and tgt.start > t1 and _LICENCE.search(text, t1, tgt.start):
        # "erwirbt eine Lizenz von Y", "adquiere una licencia de Y": rights bought from Y, not Y
        return out
    if frame == "ACQ" and _BUY.match(m.group(0)) and _OUTPUT.search(text, t1, tgt.start) and not lex.stake.search(text, t1, tgt.start):
        # "buys the entire output of Y's plant", "acquista l'intera produzione di Y": goods bought from Y
        return [(tgt.names, src.names, "supplies", -0.05)]
    if frame == "ACQ" and _BUY.match(m.group(0)) and _possessed_goods(text, t1, tgt):
        # "buys Y's NCA cathode for its cells", "purchases Y's battery cells": Y's goods, bought from Y
        # (a standing purchase: active unless a cue says otherwise)
        return [(tgt.names, src.names, "supplies", -0.05, True)]
    if frame == "ACQ" and (_BUY.match(m.group(0)) or _ADQUIRE.match(m.group(0))) and _goods_of(lex, text, t1, tgt) \
            and not business_bought(text, t1, tgt.start, tgt.end):
        # "comprerà le celle di Y", "adquirirá las baterías de Y": Y's goods, bought from Y
        return [(tgt.names, src.names, "supplies", -0.05, True)]
    if frame == "ACQ" and _BUY.match(m.group(0)) and tgt.start > t1 and _from_between(text, t1, tgt.start) and _PRODUCT_RX.search(text, t1, tgt.start) \
            and not _GOODS_OF_HOLDER.search(text, t1, tgt.marker_start) and not lex.stake.search(text, t1, tgt.start):
        return out  # "buys most of its cathode from its parent Y": goods bought (the supply frame reads them)
    if frame == "ACQ" and _WHOLE_OUTPUT.search(text, t1, tgt.start) and not lex.stake.search(text, t1, tgt.start):
        # "übernimmt die gesamte Produktion von Y", "se quedará con toda la producción de Y": all
        # that Y makes, bought from Y (a takeover verb, so the output must be whole)
        return [(tgt.names, src.names, "supplies", -0.05)]
    if frame == "ACQ" and _company_noun_of(lex, text, t1, tgt.start):
        # "se hace con un proveedor de Y", "agreed to buy a supplier to Y": the company bought is
        # unnamed; Y is its customer, not the target
        return out
    if frame in ("ACQ", "INV") and _unit_of(lex, text, t1, tgt.start):
        # "compró la división de baterías de Y", "a 30% stake in the lithium business of Y": a unit of
        # Y, unnamed, not Y itself
        return out
    region = None
    if frame == "INV" and _HOLDING.fullmatch(m.group(0)) and tgt.start > t1:
        # "hält an Y 60 Prozent": the figure follows the company
        stop = re.search(r"[,;:()]|\.\s", text[tgt.end : tgt.end + 40])
        region = (t0, tgt.end + (stop.start() if stop else min(40, len(text) - tgt.end)))
    if frame == "INV" and trig.get("stake_after") and tgt.start > t1:
        # "conserva nel capitale di Y una partecipazione di minoranza", "behält an Y eine
        # Minderheitsbeteiligung": the stake's words follow the company, they alone give its size
        stop = re.search(r"[,;:()]|\.\s", text[tgt.end : tgt.end + 60])
        typ = "owns" if lex.majority.search(text, tgt.end, tgt.end + (stop.start() if stop else 60)) else None
    else:
        typ = _stake_type(frame, text, m, tgt, lex, region=region)
    out.append((src.names, tgt.names, typ, 0.0))
    if frame == "INV" and typ is None and tgt.end > t1:
        # "X holds a stake in Y alongside Z", "X a investi dans Y aux côtés de Z": the others hold one too
        co = next((g for g in groups if g.start >= tgt.end), None)
        if (co is not None and lex.co_investor.fullmatch(text, tgt.end, co.start)
                and not re.fullmatch(r"\s*,?\s*(?:with|con|avec|mit)\s+", text[tgt.end : co.start], re.IGNORECASE)):
            out.append((_co_investors(lex, groups, co, text), tgt.names, None, -0.05))
    if frame == "ACQ" and typ is None:
        out.extend(_seller(lex, groups, text, tgt, src))
    return out


#: a licence or patent as what is bought: the company named after it grants it (not "rights": voting
#: rights bought are control)
_LICENCE = re.compile(
    r"\b(?:licen[cs]es?|patents?|Lizenz\w*|Patent\w*|licenz[ae]|brevett[oi]|brevets?|licencias?|patentes?)\b", re.IGNORECASE)


#: between a verb and its object marked with "a": a time or an adverb only ("controla desde 2022 a")
_OBJECT_GAP = re.compile(r"\s*(?:(?:desde|en|hace) (?:19|20)\d\d\s+|(?:ya|también|además|finalmente|así)\s+)*", _I)
#: after that object, a second object of the verb: "compró a Y el 30% de Z", "compró a Y su filial"
_SECOND_OBJECT = re.compile(r"\s+(?:el|la|los|las|su|sus|un|una|\d)\b", _I)


#: a Spanish object clitic right before the verb (and its auxiliary): "la compró", "los había adquirido"
_CLITIC_BEFORE = re.compile(r"(?<![\w-])(?:la|lo|las|los)\s+(?:(?:ha|han|había|habían|habría|habrían)\s+)?\w+$", re.IGNORECASE)


def _personal_object(lex: Compiled, right: list[Group], t1: int, text: str) -> Group | None:
    """Spanish marks a company object with "a": "controla desde 2022 a la alemana Y", "adquirió al
    grupo Y". Only right after the verb, with nothing bought named after it ("compró a Y el 30% de Z",
    "compró a Y su filial": Y sells; "la compró a Y", "que lo adquirió a Y": the clitic is what was
    bought, Y sold it)."""
    if _CLITIC_BEFORE.search(text, max(0, t1 - 60), t1):
        return None
    g = next((g for g in right if has(lex, "object", g)), None)
    if g is None or g.marker_start < t1 or not _OBJECT_GAP.fullmatch(text, t1, g.marker_start):
        return None
    if _SECOND_OBJECT.match(text, g.end) or any(h.start > g.end and not re.search(r"[,;:()]", text[g.end : h.start]) for h in right):
        return None
    return g


def read_sale(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X sells Y to Z": Z acquires Y, and X owned it."""
    t0, t1 = m.start(), m.end()
    out: list[tuple[list[str], list[str], str | None, float]] = []
    # (a verb-final clause reads its relatives with the sale's own parties: "die Orvale GmbH, an den ...")
    rel = None if lex.verb_final else _relative_pair(lex, groups, t0, text)
    if rel is not None:
        return _relative_sale(lex, groups, m, text, *rel)
    sold = _apposed_sale(lex, groups, m, text)
    if sold is not None:
        return [(sold[0].names, sold[1].names, None, -0.05, "active")]  # a sale told as done
    buyer, asset, seller = _sale_parties(lex, groups, t0, t1, text)
    officer = administered_company(groups, t0, text)
    if officer is not None and officer is not buyer and officer is not asset:
        seller = officer  # "the administrator of X sells Y to Z": X owned Y, the officer sells for it
    if asset is None and seller is not None and buyer is not None and _possessed_sale(lex, text, t0, buyer):
        # "Brixo has grown since its sale to Vostra": the possessor, the clause's subject, was sold
        return [(buyer.names, seller.names, None, -0.05)]
    if buyer is None or asset is None or asset is buyer or _modifies_noun(lex, text, asset) or _modifies_noun(lex, text, buyer):
        return out
    if seller is not None and set(seller.names) & set(asset.names):
        return out  # "Continental sells its unit Continental OES": the seller's own name is no asset
    lo, hi = min(t0, asset.start), max(buyer.start, asset.start)
    typ = _stake_type("ACQ", text, m, buyer, lex, region=(lo, hi))
    out.append((buyer.names, asset.names, typ, -0.05))
    if typ is None and seller is not None and seller is not buyer:
        # the seller's, its status from the sale: surer than a unit noun's "its unit Y" (+0.1)
        out.append((seller.names, asset.names, "owns", 0.1))
    return out


def read_raise(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X raised EUR 50m from Y", "a round led by Y": the investors invest in the subject."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    if trig.get("investors_after"):
        inv = next((g for g in right if g.start - t1 <= 12 and _unmarked(lex, g)), None)
    else:
        # money comes "from" an investor or a round is led "by" one; a company "with" which the
        # subject did something else is no investor ("raised EUR 40m and signed a deal with Y")
        inv = next((g for g in right if (has(lex, "from", g) and not has(lex, "with", g)) or has(lex, "agent", g)), None)
    if inv is None:
        return out
    tgt = _subject(lex, groups, t0, text) or _round_of(lex, groups, t0, text)
    if tgt is None or tgt is inv:
        return out
    out.append((_co_investors(lex, groups, inv, text), tgt.names, None, 0.0))
    return out


#: a funding round's noun right before its company's "of" ("la ronda de Y, liderada por X")
_ROUND_BEFORE = re.compile(
    r"\b(?:round|ronda|tour de table|levée de fonds|Finanzierungsrunde|aumento di capitale|ampliación de capital)"
    r"(?:\s+(?:di|de|d['’])\s+(?:finanziamento|financiación|inversión|investimento|financement))?\s+$", _I)


def _round_of(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"La ronda de Basquevolt, liderada por Repsol", "il round di Y, guidato da X": the company of
    the round named before the participle, its "of" right after the round's noun."""
    g = next((g for g in reversed(groups) if g.end <= t0), None)
    if g is None or not has(lex, "of", g) or g.marker_start < 0 or not re.fullmatch(r"\s*,?\s*", text[g.end : t0]):
        return None
    return g if _ROUND_BEFORE.search(text, max(0, g.marker_start - 50), g.marker_start) else None


#: the auxiliary of a passive right after a German participle: "übernommen werden", "gekauft worden"
_AUX_AFTER = re.compile(r"\s+(?:werden|worden|wird|wurde|würde)\b", _I)
#: a passive's own subject, a noun phrase with no name ("..., the plant was", "..., l'usine a été")
_NOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:said|says|that|que|qu['’])\s+)(?:the|its|this|l['’]|la|le|les|son|sa|cette|ce)\s*(?-i:[a-zàâçéèêëîïôûù])[\w-]*(?:\s+(?-i:[a-zàâçéèêëîïôûù])[\w-]*)?"
    r"\s+(?:was|were|has been|had been|a été|ont été|avait été|avaient été)\b[^,;:]*$", _I)
_PASSIVE = re.compile(r"\b(?:was|were|been|is|being|wurde|wird|werden|worden|è|stato|stata|sarà|saranno|verrà|verranno|viene|vengono|été|est|fue|será|sido)\b", _I)


def _unit_of(lex: Compiled, text: str, a: int, b: int) -> bool:
    """text[a:b] holds a unit noun (not a stake) and ends with "of" (an article at most after it):
    what follows owns the unit ("la filial de Y"); "la filial Y" names the unit itself."""
    words = text[a:b].lower().split()
    if words and _ARTICLE_WORD.fullmatch(words[-1]):
        words = words[:-1]
    if words and re.fullmatch(r"\w+['’]s?", words[-1]):
        words = words[:-1]  # "the lithium business of Australia's Y": a country's, the name's description
    if not words or words[-1] not in lex.markers.get("of", ()):
        return False
    if lex.lang in ("fr", "it") and _WHOLE_BUSINESS.fullmatch(text, a, b):
        return False  # "rileva le attività di Y", "reprend les activités de Y": the whole of Y's business, not a unit
    return lex.asset is not None and lex.asset.search(text, a, b) is not None and lex.stake.search(text, a, b) is None


#: all of a company's business, in the plural and with no noun naming a part: "le (principali) attività di",
#: "les activités de" (not "l'attività batterie di"; English and Spanish words kept for when they take it up)
_WHOLE_BUSINESS = re.compile(
    r"\s*(?:le|les|the|gli|los)\s+(?:(?:principali|principaux|principales|main|core|remaining|restanti|rimanenti|restants)\s+)?"
    r"(?:attivit[àa]|activités|assets|asset|activos)\s+(?:di|del|della|dello|dell['’]|dei|degli|of|de|du|des|d['’])\s*"
    r"(?:(?:the|la|le|il|lo|el|l['’])\s*)?", _I)


#: after a unit noun, its "of" and an article: the parent follows, described ("la filial comercial de la
#: marca del óvalo", "the sales arm of the German carmaker", "la filiale française du groupe")
_UNNAMED_PARENT = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:of|de|del|di|del|della|dello|du|des|von|vom)\s+(?:the|la|el|los|las|il|lo|le|les|l['’]|der|des|dem|den)\s*[a-zà-ÿ]",
    _I)


def _company_noun_of(lex: Compiled, text: str, a: int, b: int) -> bool:
    """text[a:b] holds a supplier or customer noun and ends with its "of" ("un proveedor de Y",
    "a supplier to Y", "un fournisseur de Y"): the object is a company described, not Y."""
    words = text[a:b].lower().split()
    if words and _ARTICLE_WORD.fullmatch(words[-1]):
        words = words[:-1]
    if not words or words[-1] not in lex.markers.get("of", ()) or len(words) > 6:
        return False
    return any(rx.search(text, a, b) for rx in _supplier_nouns(lex))


# per language: (its lexicon, the patterns of its SUPPLIER_N triggers, in the lexicon's order), so that
# ``_company_noun_of`` searches those few rather than testing the frame of every trigger (speed)
_SUPPLIER_NOUNS: dict[str, tuple[Compiled, tuple[re.Pattern, ...]]] = {}


def _supplier_nouns(lex: Compiled) -> tuple[re.Pattern, ...]:
    got = _SUPPLIER_NOUNS.get(lex.lang)
    if got is None or got[0] is not lex:
        got = _SUPPLIER_NOUNS[lex.lang] = (lex, tuple(rx for rx, trig in lex.triggers if trig["frame"] == "SUPPLIER_N"))
    return got[1]


def _relative_sale(lex: Compiled, groups: list[Group], m: re.Match, text: str, seller: Group, asset: Group):
    """"Y, la società che X ha ceduto nel 2023 a Z": the relative's subject sold its antecedent; the
    buyer, when named, follows with "to" in the same clause."""
    t1 = m.end()
    buyer = next((g for g in _right(groups, t1) if has(lex, "recipient", g) and not re.search(r"[;:()]|,\s", text[t1 : g.start])), None)
    hi = buyer.start if buyer is not None else min(len(text), t1 + 40)
    typ = _stake_type("ACQ", text, m, asset, lex, region=(m.start(), hi))
    out = []
    if buyer is not None and buyer is not asset and buyer is not seller:
        out.append((buyer.names, asset.names, typ, -0.05))
    if typ is None and seller is not asset:
        out.append((seller.names, asset.names, "owns", 0.1))
    return out


#: a sentence opening with a short adverbial before a possessive: "Since its", "Depuis son", "Dopo la sua"
_FRONTED_POSSESSIVE = re.compile(r"\s*(?:[\w'’]+\s+){1,3}$")


def _fronted_possessor(lex: Compiled, groups: list[Group], text: str, t0: int, agent: Group) -> Group | None:
    """"Since its takeover by Almara, Brixo has doubled sales", "Depuis son rachat par Almara, Brixo
    ...": a fronted phrase whose possessive stands for the subject after the comma."""
    lo = _clause_start(text, t0)
    before = text[lo:t0].split()
    if not before or lex.possessive.fullmatch(before[-1]) is None or not _FRONTED_POSSESSIVE.fullmatch(text, lo, t0):
        return None
    if any(lo <= g.start < t0 for g in groups):
        return None
    subj = next((g for g in groups if g.start > agent.end), None)
    if subj is None or not _unmarked(lex, subj) or not re.fullmatch(r"(?:\s+(?:in|en|nel|im)\s+\d{4})?\s*,\s*", text[agent.end : subj.start]):
        return None
    if _SAYS.match(text, subj.end):
        return None  # "After its acquisition by X, Kestrel said Brixo ...": a source, the possessor named later
    return subj


#: a verb of saying right after a name: the name is a source, not what the fronted phrase is about
_SAYS = re.compile(r"\s+(?:said|says|told|stated|announced|ha detto|ha annunciato|ha dichiarato|a déclaré|a annoncé|a indiqué|"
                   r"dijo|afirmó|anunció|declaró|sagte|sagt|teilte|erklärte)\b", _I)


def _possessed_sale(lex: Compiled, text: str, t0: int, buyer: Group) -> bool:
    """A sale noun after a possessive, its buyer right after "to": "its sale to X", "sa cession à X"."""
    before = text[max(0, t0 - 8) : t0].split()
    return (bool(before) and lex.possessive.fullmatch(before[-1]) is not None
            and re.fullmatch(r"\s*\S+\s*", text[t0 : buyer.marker_start]) is not None and buyer.marker_start > t0)


#: a sale's past participle ("sold", "ceduta", "cédée", "vendida") and what may stand between it and
#: the name it follows ("Brixo, sold in 2019 to X", "Brixo, ceduta nel 2019 ad X")
_SOLD_PARTICIPLE = re.compile(r"(?:sold|ced|vend|céd)(?:ut[oaie]|ée?s?|ue?s?|id[oa]s?)?", _I)
_APPOSED_LEAD = re.compile(r"\s*,\s*(?:(?:later|since|then|poi|già|déjà|ya|luego)\s+)?")
_YEAR_GAP = re.compile(r"\s+(?:(?:in|nel|en|dans)\s+\d{4}\s+)?")


def _apposed_sale(lex: Compiled, groups: list[Group], m: re.Match, text: str) -> tuple[Group, Group] | None:
    """(buyer, company sold) of a sale participle in apposition: "Brixo, sold to Vostra in 2019,",
    "Brixo, ceduta ad Vostra nel 2019,", "Brixo, cédée à Vostra", "Brixo, vendida a Vostra": the
    name before the comma was sold to the one after "to" (nothing else between)."""
    word = re.match(r"\w*", text[m.start() : m.start() + 20]).group(0)  # ("cédé" matched in "cédée")
    if not _SOLD_PARTICIPLE.fullmatch(word) or word.lower() in ("vend", "céd", "ced"):
        return None
    end = m.start() + len(word)
    sold = next((g for g in reversed(groups) if g.end <= m.start()), None)
    if sold is None or len(sold.names) != 1 or not _APPOSED_LEAD.fullmatch(text, sold.end, m.start()):
        return None
    buyer = next((g for g in groups if g.start >= end), None)
    if buyer is None or not has(lex, "recipient", buyer) or not _YEAR_GAP.fullmatch(text, end, buyer.marker_start):
        return None
    return buyer, sold


def _goods_participle(text: str, t0: int) -> bool:
    """A product named right before a purchase participle: "le celle acquistate da Y" are goods bought."""
    pm = None
    for pm in _PRODUCT_RX.finditer(text, max(0, t0 - 40), t0):
        pass
    return pm is not None and not text[pm.end() : t0].strip()


# a short description in apposition before a subject relative: ", il fondo americano " (then "che")
_DESCRIBED_ANTECEDENT = re.compile(r"\s*,\s*(?:il|la|lo|l['’]|i|gli|le|un|una|uno)\s*(?:(?-i:[a-zà-ù])[\w'’-]*\s+){0,5}?(?=(?:che|il quale|la quale)\s)", re.I)


def _clitic_object(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Tenneco è controllata da Apollo, che l'ha rilevata nel 2022", "ha comprato Corvalis da Tessaro,
    che la controllava dal 2015": in a subject relative right before the verb, an object clitic stands
    for the nearest name before the antecedent that no preposition governs. Returns (actor, object)."""
    if lex.rel_clitic is None:
        return None
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    if ante is None:
        return None
    if not lex.rel_clitic.fullmatch(text, ante.end, t0):
        # "Apollo, il fondo americano che ne ha rilevato la maggioranza": a description of the antecedent first
        ap = _DESCRIBED_ANTECEDENT.match(text, ante.end, t0)
        if ap is None or not lex.rel_clitic.fullmatch(", " + text[ap.end() : t0]):
            return None
    obj = next((g for g in _left(groups, ante.start, text, ("report",), lex, 120) if _unmarked(lex, g)), None)
    if obj is None or re.search(r"[;:()]", text[obj.end : ante.start]):
        return None
    if _governed(lex, text, obj.start):
        return None  # "fornitrice di Volkswagen e ... Joyson, che l'ha rilevata": a preposition the trigger took governs it
    return ante, obj


def _active_voice(lex: Compiled, text: str, m: re.Match) -> bool:
    """A verb in the active voice, where the preposition of a passive agent marks a seller ("ha
    rilevato da Y", "acquista da Y"): a finite form, or a participle after "have" ("ha acquistato")."""
    if lex.lang == "de" and lex.active_aux is None:
        # German builds its passive with "werden" ("wurde von Y übernommen", "soll von Y gekauft
        # werden"): with none in the clause the verb is active and "von Y" marks a seller or an
        # owner ("kauft die Sparte von Y")
        return _PASSIVE.search(text, _clause_start(text, m.start()), _clause_end(text, m.end())) is None
    if lex.participle is None or lex.active_aux is None:
        return False
    words = m.group(0).split()
    if not words or len(words) > 1:
        return False
    return lex.participle.fullmatch(words[0]) is None or lex.active_aux.search(text, max(0, m.start() - 40), m.start()) is not None


def _sale_parties(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """(buyer, asset, seller) of a sale verb: "X sells Y to Z", "Y was sold to Z", "cedere a Z per
    1,7 miliardi Y" (the asset after the buyer), "X hat Y an Z verkauft" (all before a final verb)."""
    right = [g for g in _right(groups, t1) if not re.search(r"[;:]", text[t1 : g.start])]  # not past a clause break
    buyer = next((g for g in right if has(lex, "recipient", g)), None)
    if buyer is not None and _stake_in(lex, text, t1, buyer):
        # "gab die Mehrheit an Y an Z ab": German "an" names the stake's company, then the buyer
        nxt = next((g for g in right if g.start > buyer.end and has(lex, "recipient", g)), None)
        if nxt is not None and not re.search(r"[,;:()]", text[buyer.end : nxt.start]):
            return nxt, buyer, _subject(lex, groups, t0, text)
    if buyer is None:
        # "X hat sich mit Carlyle auf den Verkauf von Y geeinigt", "in trattativa con Ardian per la
        # cessione di Y": the other side of the talks or the agreement on a sale is its buyer
        partner = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "with", g)), None)
        if partner is not None and not re.search(r"[;:()]", text[partner.end : t0]):
            asset = next((g for g in right if g.start - t1 <= 40 and (_unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g))
                          and (not re.search(r"[;:()]|,\s", text[t1 : g.start]) or _own_unit_apposed(lex, text, t1, g))), None)
            seller = next((g for g in _left(groups, partner.start, text, ("report",), lex) if _unmarked(lex, g)), None)
            return partner, asset, seller
    if buyer is None and lex.verb_final:
        buyer = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "recipient", g)), None)
        if buyer is None:
            return None, None, None
        before = _left(groups, buyer.start, text, ("report",), lex)
        asset = next((g for g in before if _unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g)), None)
        seller = next((g for g in before if asset is not None and g.end <= asset.start and _unmarked(lex, g)), None)
        if seller is None and asset is not None and not _PASSIVE.search(text, asset.end, t0) \
                and not _DE_ASSET_BEFORE.search(text, max(0, asset.start - 40), asset.start):
            return buyer, None, asset  # "X hat Zellen an Z verkauft": the only name is the seller
        # ("die Stadtwerke hatten ihre Tochter Y an Z verkauft": a unit noun names Y the asset, its seller no company)
        return buyer, asset, seller
    if buyer is None:
        return None, None, None
    seller = _subject(lex, groups, t0, text)
    asset = next((g for g in right if g.end <= buyer.start and (_unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g))), None)
    if asset is None and seller is not None and _PASSIVE.search(text, seller.end, t0):
        if _NOUN_SUBJECT.search(text, seller.end, t0):
            return buyer, None, None  # "Longtemps filiale de Renault, l'usine a été vendue à Z": the plant was sold
        return buyer, seller, None  # passive: "Y was sold to Z"
    if asset is None and buyer.marker_start - t1 <= 3:
        # "cedere a Leonardo per 1,7 miliardi Iveco Defence Vehicles": the asset follows the buyer;
        # Italian also names it in an apposition to the seller's own unit ("ha ceduto a Z la sua
        # divisione della difesa, Y, per ...")
        asset = next((g for g in right if g.start >= buyer.end and g.start - buyer.end <= 60
                      and (_unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g))
                      and (not re.search(r"[;:()]|,\s", text[buyer.end : g.start])
                           or (lex.lang == "it" and _own_unit_apposed(lex, text, buyer.end, g)))), None)
    return buyer, asset, seller


#: German: a unit noun right before a name makes it the thing sold ("ihre Tochter Y", "die Sparte Y")
_DE_ASSET_BEFORE = re.compile(
    r"\b(?:seine[n]?|ihre[n]?|die|den|das)\s+(?:(?-i:[a-zäöü])[\w-]*\s+)?[\w-]*(?:Tochter(?:gesellschaft|firma)?|Sparte|Einheit|Beteiligung)\s+$")


def _stake_in(lex: Compiled, text: str, t1: int, g: Group) -> bool:
    """A stake word right before the preposition of ``g``: "die Mehrheit an Y", "30 Prozent an Y"."""
    if g.marker_start < 0 or lex.stake_holder is None:
        return False
    before = text[max(t1, g.marker_start - 30) : g.marker_start]
    return any(m.end() >= len(before.rstrip()) for rx in (lex.stake, lex.majority) for m in rx.finditer(before))


def _held_by(lex: Compiled, text: str, g: Group) -> bool:
    """"the shares held by X", "the stake owned by X": the name holds what the deal is about."""
    return lex.held_by is not None and lex.held_by.search(text, max(0, g.start - 60), g.start) is not None


def _own_unit_apposed(lex: Compiled, text: str, a: int, g: Group) -> bool:
    """"the sale of its steel subsidiary, Y, ...": the seller's own unit, named in an apposition right
    after it that closes with the name ("its business, Y said" is a new clause)."""
    head, comma, rest = text[a : g.start].rpartition(",")
    closed = re.match(r"\s*(?:[,.;]|$)", text[g.end :]) is not None
    return (bool(comma) and not rest.strip() and closed and len(head) <= 40 and not re.search(r"[;:(),]", head)
            and lex.possessive.search(head) is not None and lex.asset is not None and lex.asset.search(head) is not None)


_AS_BEFORE = re.compile(r"\b(?:as|come|como|comme|als)\s+(?:[\w'’-]+\s+){0,3}$", _I)


def _plant_between(lex: Compiled, text: str, a: int, b: int) -> bool:
    """"invertirá 300 millones en la planta de Y": the money goes into a plant the name owns, not into
    the company itself."""
    return lex.facility["nouns"].search(text, a, b) is not None


def _modifies_noun(lex: Compiled, text: str, g: Group) -> bool:
    """"the sale of Tesla cars", "Hertz dealers": the name modifies the noun after it. Not a first-person
    possessive that an interview's company stands on ("one of our investors", "l'un de nos
    investisseurs"): it is the noun's owner, as "Brixo's" is."""
    if _POSSESSIVE_WORD.fullmatch(text, g.start, g.end):
        return False
    return lex.name_modifier is not None and lex.name_modifier.match(text, g.end) is not None


#: the first-person plural possessives the entity stage makes the interviewee's mention (entities/interview.py,
#: interview_words.py)
_POSSESSIVE_WORD = re.compile(r"(?:our|unser(?:e|en|em|er|es)?|notre|nos|nostr[oaie]|nuestr[oa]s?)", re.IGNORECASE)


def _co_investors(lex: Compiled, groups: list[Group], first: Group, text: str) -> list[str]:
    """"led by PGGM, alongside Eurazeo and Allianz X", "con la participación de B y C": the investors
    named after the first one, each list joined by a co-investor phrase."""
    names, prev = list(first.names), first
    # "led by Eurazeo, which was already Y's largest shareholder, with participation from Z": the
    # lead's own relative clause stands between it and the others
    rel = _LEAD_RELATIVE.match(text, first.end)
    for g in groups:
        if g.start < prev.end or g is prev:
            continue
        if rel is not None and prev is first and g.end <= rel.end():
            continue  # a name inside the lead's relative clause
        if not lex.co_investor.fullmatch(text, prev.end, g.start) and not (
                rel is not None and prev is first and lex.co_investor.fullmatch(text, rel.end(), g.start)):
            break
        names.extend(n for n in g.names if n not in names)
        prev = g
    return names


#: a relative clause right after the lead investor, up to its closing comma
_LEAD_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that|qui|dont|che|cui|que|die|der|das)\b[^,;:()]{1,120}(?=,)", _I)


def _stake_after_seller(lex: Compiled, right: list[Group], text: str, seller: Group) -> Group | None:
    """The company a stake is in, named after the seller: "von Z die Mehrheit an Y", "da Z il 60% di
    Y" (a stake or majority word between the two names, no clause break)."""
    nxt = next((g for g in right if g.start > seller.end), None)
    # (unmarked where a stake trigger took the preposition: "von Z 30 Prozent der Anteile an Y")
    if nxt is None or nxt.start - seller.end > 50 or not (has(lex, "in", nxt) or has(lex, "of", nxt) or _unmarked(lex, nxt)):
        return None
    gap = text[seller.end : nxt.marker_start if nxt.marker_start >= 0 else nxt.start]
    if re.search(r"[,;:()]", gap) or not (lex.stake.search(gap) or lex.majority.search(gap)):
        return None
    return nxt


def _seller(lex: Compiled, groups: list[Group], text: str, asset: Group, buyer: Group):
    """"bought Y from Z", "acquista Y da Z", "rachète Y à Z": the seller owned the company bought. The
    type "owns" from a deal frame is the seller's (its status follows the deal's, see extractor), and
    outranks a unit noun's plain "active" ("sold its unit Y": ended once sold)."""
    seller = next((g for g in groups if asset.end <= g.start <= asset.end + 40 and has(lex, "seller", g)
                   and not _clause_gap(text, asset.end, g.marker_start)), None)
    seller = seller or glued_owner(text, groups, asset, lex)  # "kauft die Vostra-Tochter Brixo"
    if seller is None or seller is buyer or set(seller.names) & set(asset.names):
        return []
    return [(seller.names, asset.names, "owns", 0.0)]


def _final_verb_pair(lex: Compiled, groups: list[Group], t0: int, text: str, src: Group):
    """"Almara hat Brixo übernommen", "Dafür hatte Almara 2023 das Unternehmen Brixo gekauft": both
    names before a final verb, the subject first, the object next to the verb (not across a comma,
    where "das"/"die" could open a relative of either). A preposition just before the object ("vom
    Zulieferer Magna", where a noun kept its marker away) makes it no object."""
    before = [g for g in _left(groups, t0, text, ("report",), lex) if _unmarked(lex, g)]
    if len(before) >= 2 and before[0] is src and _FINAL_VERB_AND.fullmatch(text, before[1].end, before[0].start):
        # "Almara hat Corvalis übernommen und 2021 Brixo gekauft": a second final verb after "und" keeps
        # the first one's subject; the name before "und" is the first verb's object
        first = next((g for g in before[2:] if not re.search(r"[,;:()]", text[g.end : before[1].start])), None)
        return (first, before[0]) if first is not None else (src, None)
    gap_from = before[1].end if len(before) >= 2 else -1
    if len(before) >= 2 and before[0] is src and lex.lang == "de":
        # "Pierer Industrie, die Beteiligungsgesellschaft des Unternehmers X, hatte Leoni übernommen", "X,
        # die Tochter von Y, hat Z gekauft": an apposition (an article, a common noun, no company first)
        # between the subject and its verb; a company inside it is no subject
        for k, cand in enumerate(before[1:3], 1):
            ap = _DE_APPOSITION.match(text, cand.end, before[0].start)
            if ap is not None and not any(g.start == ap.start("noun") for g in groups):
                before = [before[0], cand] + before[k + 1 :]
                gap_from = ap.end()
                break
    if len(before) >= 2 and before[0] is src and not re.search(r"[,;:()]", text[gap_from:t0]):
        preps = {w for role, ws in lex.markers.items() if role != "report" for w in ws if " " not in w}
        if not preps & set(text[gap_from : before[0].start].lower().split()[-3:]):
            return before[1], before[0]
    return src, None


#: German: an apposition after the subject, closed by a comma before the finite verb (lower case):
#: ", die Beteiligungsgesellschaft des Unternehmers X, hatte", ", der Mutterkonzern von Y, hat"
_DE_APPOSITION = re.compile(
    r"\s*,\s*(?:der|die|das|ein|eine)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?P<noun>(?-i:[A-ZÄÖÜ])[\w-]*)"
    r"(?:\s+[^,;:()]{0,80}?)?\s*,\s*(?=(?-i:[a-zäöüß]))")


#: between two names before a final verb: the first clause's final verb (a phrase of its own before it,
#: "von Almara"), "und", a date or adverbs
_FINAL_VERB_AND = re.compile(r"(?:\s+[^,;:()]{1,40}?)?\s+(?-i:[a-zäöüß])[\w-]*\s+(?:und|sowie)\s+(?:(?:(?:19|20)\d\d|\w+)\s+){0,3}")


#: between a name and the apposition that follows it: a comma, an article, one lower-case word at most
_APPOSED_BEFORE = re.compile(r"\s*,\s*(?:(?:eine?|die|der|das|an?|the)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+)?")
#: the apposition ends right after the compound (a lower-case noun may follow "Vostra-backed")
_APPOSED_AFTER = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,2}\s*[,;.)]")
#: German: a copula between the subject and an owner compound that is its predicate, a time adverb or
#: a year and at most two adjectives between ("ist seit 2019 eine hundertprozentige Vostra-Tochter")
_PREDICATE_WORDS = (r"(?:ist|bleibt|blieb|wurde)\s+(?:(?:seit\s+\d{4}|\d{4}|inzwischen|heute|mittlerweile|nun|jetzt|bereits|"
                    r"schon|längst)\s+){0,2}(?:eine|die)\s+(?:(?-i:[a-zäöü])[\wäöüß-]*\s+){0,2}")
_PREDICATE_BEFORE = re.compile(r"\s+" + _PREDICATE_WORDS)
#: the same words ending right before the owner's name (the extractor keeps that name as a party)
PREDICATE_LEAD = re.compile(r"\b" + _PREDICATE_WORDS + r"$")
#: the predicate ends at the compound: a stop, a comma, or "und" before the next verb
_PREDICATE_AFTER = re.compile(r"\s*(?:[,;.)]|und\b|$)")


def _apposed_compound(groups: list[Group], t0: int, t1: int, text: str) -> tuple[Group, Group] | None:
    """(owner, unit) of an owner compound that is an apposition of the name before it: "Brixo, eine
    Vostra-Tochter, ...", "Brixo, a Vostra-owned supplier, ...". The compound's owner is glued to
    the trigger (a hyphen at most), the apposition closes a few words after it."""
    owner = next((g for g in reversed(groups) if g.end <= t0), None)
    if owner is None or len(owner.names) != 1 or text[owner.end : t0] not in ("", "-"):
        return None
    unit = next((g for g in reversed(groups) if g.end <= owner.start), None)
    if unit is None or len(unit.names) != 1:
        return None
    if _APPOSED_AFTER.match(text, t1) and _APPOSED_BEFORE.fullmatch(text, unit.end, owner.start):
        return owner, unit
    if text[t0 : t0 + 1] == "-" and _PREDICATE_BEFORE.fullmatch(text, unit.end, owner.start) and _PREDICATE_AFTER.match(text, t1):
        return owner, unit  # "Brixo ist eine hundertprozentige Vostra-Tochter": the predicate says it of the subject
    return None


#: a German unit noun in the singular ("Tochter", "Tochtergesellschaft", "Tochterfirma"; not "Töchter")
_SINGULAR_UNIT = re.compile(r"(?i:tochter)(?:gesellschaft|firma|unternehmen)?$")


def _glued_unit(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str) -> tuple[Group, Group] | None:
    """(owner, unit) of an owner compound that is the trigger itself: "die Vostra-Tochter Brixo", "the
    Vostra-owned Brixo" (the English trigger starts after the hyphen)."""
    unit = next((g for g in groups if t1 <= g.start <= t1 + 2), None)
    owner = glued_owner(text, groups, unit, lex) if unit is not None else None
    return (owner, unit) if owner is not None and text[owner.end : t0] in ("", "-") else None


def _possessor(groups: list[Group], t0: int, text: str) -> Group | None:
    """"As a result of Morgan Stanley's acquisition of Y", "Tesla's stake in Y": the possessor of a
    deal noun made the deal, whatever preposition governs it."""
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if near is not None and re.fullmatch(r"['’]s?\s+(?:[\w%.-]+\s+){0,2}", text[near.end : t0]):
        return near
    return None


def _stake_of_holder(lex: Compiled, right: list[Group], m: re.Match, text: str) -> tuple[Group, Group] | None:
    """"La quota di Sinochem in Pirelli è salita", "la participación de CaixaBank en Naturgy es del
    26%": a stake noun with no subject names its holder right after its "of", the company held after
    "in". (holder, held) or None."""
    if not right or lex.stake_holder is None or right[0].marker is not None or text[m.end() : right[0].start].strip():
        return None
    if m.group(0).split()[-1].lower() not in lex.markers.get("of", ()):
        return None
    held = lex.stake_holder.match(text, right[0].end)
    if held is None or _TIME_AFTER.match(text, held.end()):
        return None
    nxt = next((g for g in right[1:] if g.start == held.end()), None)
    return (right[0], nxt) if nxt is not None else None


def _owned_object(lex: Compiled, groups: list[Group], text: str, t0: int, t1: int, tgt: Group) -> Group | None:
    """The company a deal is about, from the first name after the deal word: past a holder of the
    stake ("bought SK On's half of BlueOval SK", "la compra de la participación de LG en Z": None when
    no company follows) and past an owner glued to the name ("die Varta-Tochter V4Drive")."""
    held = lex.stake_holder.match(text, tgt.end)
    if held is not None and held.group(0).split()[0].lower() == text[t0:t1].split()[-1].lower():
        held = None  # "Beteiligung an Y an Z verkauft": the stake is in Y, Z comes with another verb
    if held is not None and _TIME_AFTER.match(text, held.end()):
        held = None  # "compró el 30% del capital de Y en 2019", "dans les années 2010": a date, no stake's company
    if held is not None and lex.stake.search(text, t0, held.end()):
        return next((g for g in groups if held.end() <= g.start <= held.end() + 40 and not _clause_gap(text, held.end(), g.start)), None)
    if held is None and lex.lang in ("en", "fr") and (
            (lex.lang == "fr" and tgt.marker_start >= t1 and _STAKE_OF_FR.search(text, max(t1, tgt.marker_start - 40), tgt.marker_start))
            or (lex.lang == "en" and _STAKE_OF_EN.match(text, tgt.end))):
        return None  # "a racheté la participation de Y", "bought out Y's stake": Y sold it; what it was in is not said
    glued = glued_unit(text, tgt.end, lex)  # ("übernimmt den Varta-Zulieferer Y" too)
    if glued is not None:
        return next((g for g in groups if g.start == glued.end()), tgt)
    return tgt


#: a stake named by its holder and nothing else: "la participation de Y", "les parts de Y", "Y's stake"
_STAKE_OF_FR = re.compile(r"\b(?:la|sa|leur)\s+(?:participation|part)\s+(?:minoritaire\s+|majoritaire\s+|restante\s+)?$|\b(?:les|ses|leurs)\s+(?:parts|actions)\s+(?:restantes\s+)?$", re.IGNORECASE)
_STAKE_OF_EN = re.compile(r"['’]s?\s+(?:(?:remaining|entire|minority|majority|\d+(?:\.\d+)?\s?(?:%|per\s?cent))\s+)?(?:stake|shares|holding|shareholding|interest)\b(?!\s+in\b)(?!\s+of\b)", re.IGNORECASE)
#: a time right after "in" ("en 2019", "en junio", "dans les années 2010", "in 2019")
_TIME_AFTER = re.compile(
    r"(?:\d|(?:(?:los|las|les|el|la|the|l['’])\s+)?(?:años|année|années|año|mes|mois|years?|months?|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)\b)", re.IGNORECASE)
#: what a plant or a company puts out: buying it is buying goods ("the entire output of Y")
_OUTPUT_NOUNS = r"(?:output|production|produzione|producción|Produktion|Ausstoß|Jahresproduktion|volumes|volumi|volúmenes|Mengen)"
_OUTPUT = re.compile(r"\b" + _OUTPUT_NOUNS + r"\b", re.IGNORECASE)
#: the whole output as a takeover verb's object: "takes over the entire production of", "toda la producción de"
_WHOLE_OUTPUT = re.compile(
    r"\b(?:entire|whole|full|all(?:\s+the)?|gesamte[n]?|komplette[n]?|ganze[n]?|tod[ao]s?(?:\s+(?:la|el|los|las))?|tutt[ao](?:\s+(?:la|il))?|(?:l['’]\s?)?intera|toute(?:\s+la)?|la\s+totalité\s+de\s+la)\s+"
    r"(?:[\w-]+\s+)?" + _OUTPUT_NOUNS + r"\b",
    re.IGNORECASE)
#: acquiring verbs that also buy goods ("adquirirá baterías de Y", "acquires lithium from Y")
_ADQUIRE = re.compile(r"(?:adquir|acquir|acquis|erw[aie]rb|erworb)", re.IGNORECASE)
#: a holder between the verb and the name: the object is a part of Y, not Y's goods
_GOODS_OF_HOLDER = re.compile(
    r"\b(?:business\w*|units?|divisions?|operations?|arm|assets|plants?|factor\w+|sites?|facilit\w+|mines?|stakes?|shares|holding|makers?|producers?|suppliers?|subsidiar\w+|company|"
    r"divisione|ramo|attività|stabiliment\w+|impiant\w+|fabbric\w+|filial\w*|produttor\w+|fornitor\w+|quot[ae]|azion[ei]|partecipazion\w+|societ\w+|minier[ae]|giaciment[oi]|"
    r"división|negocio\w*|planta\w*|fábrica\w*|fabricante\w*|proveedor\w*|participaci\w+|acciones|empresa\w*|unidad\w*|minas?|yacimientos?|"
    r"activit\w+|usine\w*|fabricant\w*|fournisseur\w*|actions|parts|sociét\w+|gisements?|"
    r"Sparte\w*|Geschäft\w*|Werk\w*|Fabrik\w*|Tochter\w*|Hersteller\w*|Zulieferer\w*|Anteil\w*|Aktien\w*|Beteiligung\w*|Firma|Unternehmen\w*)\b",
    re.IGNORECASE)


#: words that can only mean "from" (not "a", "à", "al", "with", which also mark other things)
_FROM_WORD = re.compile(r"\b(?:from|von|vom|bei|beim|da|dal|dalla|dallo|dai|dagli|dalle|presso|auprès|chez|desde)\b", re.IGNORECASE)


def _from_between(text: str, a: int, b: int) -> bool:
    """A "from" word between two offsets ("buys most of its cathode from its parent Y")."""
    return _FROM_WORD.search(text, a, b) is not None


def _goods_of(lex: Compiled, text: str, t1: int, tgt: Group) -> bool:
    """The verb's object is goods "of" the name: "comprerà le celle di Y", "achète les cathodes de Y"
    (not "la divisione batterie di Y", "una quota di Y", "a stake in Y")."""
    gap = text[t1 : tgt.start]
    if tgt.start <= t1 or re.search(r"[,;:()]", gap) or len(gap.split()) > 6 or not has(lex, "of", tgt):
        return False
    if re.match(r"\s*(?:e-|ë-)?(?:[\w-]*\d[\w-]*|Model\s+\w+)\b", text[tgt.end : tgt.end + 20]):
        return False  # "compra le batterie della Brixo 5": goods of a car, not of its maker
    p = _PRODUCT_RX.search(gap)
    return p is not None and not _GOODS_OF_HOLDER.search(gap) and not lex.stake.search(gap) and not _PERCENT.search(gap)


#: goods named by no product word: "has been buying Y's material", "buys Y's entire output"
_GENERIC_GOODS = re.compile(r"(?:materials?|output|products|components|parts|goods|supplies)\b", re.IGNORECASE)
#: "buys Y's [two words at most] cathode" (English possessive), the goods not a unit or plant of Y's
_POSSESSED_GOODS = re.compile(r"['’]s?\s+((?:[\w-]+\s+){0,2})", re.IGNORECASE)
_GOODS_HOLDER = re.compile(r"\s*(?:[\w-]+\s+){0,1}?(?:business|businesses|unit|units|division|operations?|arm|assets|plants?|factory|factories|sites?|facility|facilities|mines?|stake|shares|maker|makers|producer|supplier|subsidiary|company)\b", re.IGNORECASE)


def _possessed_goods(text: str, t1: int, tgt: Group) -> bool:
    """The verb's object is the goods of the name before them: "buys Y's NCA cathode", "purchases
    Y's cells for its vans" (not "buys Y's cathode business", "bought Y's cell plant")."""
    if tgt.start <= t1 or re.search(r"[,;:()]", text[t1 : tgt.start]) or len(text[t1 : tgt.start].split()) > 1:
        return False
    m = _POSSESSED_GOODS.match(text, tgt.end)
    if m is None:
        return False
    starts = [w.start() for w in re.finditer(r"\S+", text[m.start(1) : m.end()])] + [m.end() - m.start(1)]
    p = next((q for q in (_PRODUCT_RX.match(text, m.start(1) + a) or _GENERIC_GOODS.match(text, m.start(1) + a) for a in starts) if q), None)
    return p is not None and not _GOODS_HOLDER.match(text, p.end())


#: verbs of buying (not of taking over: "übernimmt die Produktion von Y" takes over its operations)
_BUY = re.compile(r"(?:buy|bought|purchas|kauf|acquist|compr|achèt|achet)", re.IGNORECASE)
#: a verb of holding at the start of a stake trigger ("holds 60% of", "hält 60 Prozent an")
#: after a German verb of holding: a time, a figure and "an"/"am" ("seit 2023 rund 21 Prozent am")
_DE_STAKE_AT = re.compile(r"(?:\s+[\w,.]+){0,5}?\s+(?:Prozent|%)\s+(?:an|am)\s")
#: German verbs of holding before a stake's noun, nothing but its figure (a decimal comma) and adverbs between
_DE_HOLD_BEFORE = re.compile(r"\b(?:hält|hielt|halten|hielten|besitzt|besaß|besitzen|kontrolliert)\b(?:[^,;:()]|(?<=\d),(?=\d)){0,50}$")
_HOLDING = re.compile(r"(?:holds?|held|owns?|owned|controls?|controlled|hält|hielt|detiene|deteneva|possiede|possedeva|détient|détenait|possède|posee|poseía|controla"
                      # "have" a share (it/es lexicons: "Enel ha il 70% di Endesa", "tiene el 100% de SEAT")
                      r"|ha|hanno|aveva|avevano|avrà|avranno|tiene|tienen|tenía|tenían|mantiene|mantienen|conserva|conservan)\b", re.IGNORECASE)


#: a half of a company bought (not a half-year: "in the first half", "au premier semestre" has no such word)
_HALF = re.compile(r"(?<!first )(?<!second )\b(?:half|moitié|metà|mitad|Hälfte)\b", _I)
#: a smaller fraction or a minority word beside it ("half of its minority stake") keeps the stake a minority
_FRACTION_BELOW_HALF = re.compile(r"\b(?:minority|minoritaire|minoranza|minoritari[ao]|Minderheit\w*)\b", _I)


def _stake_type(frame: str, text: str, m: re.Match, tgt: Group, lex: Compiled, region=None) -> str | None:
    """Turn an acquisition / ownership into a minority stake when the words say so."""
    lo, hi = region or (min(m.start(), tgt.start), max(m.end(), tgt.start))
    # "X rose 2.2% and Y, the parent of Z, ...": a parent noun's stake stands between it and the child
    back = 40
    if lex.verb_final and frame == "ACQ" and region is None and tgt.end <= m.start():
        # "hat gut 20 Prozent an der chinesischen Muttergesellschaft Y erworben": with the verb last the
        # figure opens the object, a description may stand between it and the name (its clause only)
        back = max(40, min(90, tgt.start - _clause_start(text, tgt.start)))
    seg = text[lo if frame == "OWN_CR" else max(0, lo - back) : hi]
    pct = None
    for p in _PERCENT.finditer(seg):
        pct = float(p.group(1).replace(",", "."))
    if frame == "INV":
        held = _HOLDING.match(m.group(0)) is not None  # "holds 60% of Y": a state, an ownership, no purchase
        if not held and lex.lang == "de" and m.group(0)[:1].isupper():
            # "X hält damit 50,1 Prozent der Anteile an Y": the stake's noun is the trigger, the verb of
            # holding stands before it in its clause
            held = _DE_HOLD_BEFORE.search(text, max(_clause_start(text, m.start()), m.start() - 60), m.start()) is not None
        if pct is not None:  # "its remaining 10% stake": the figure outranks the words
            return ("owns" if held else "acquires") if pct > 50 else None
        if lex.majority.search(seg):
            # ("besitzt drei Viertel der Anteile an Y": a majority held is an ownership, in German)
            return "owns" if held and lex.lang == "de" else "acquires"
        return None
    if frame in ("ACQ", "OWN_CR"):
        if pct is not None:
            if pct < 50:
                return "invests_in"
            return None
        if frame == "ACQ" and _HALF.search(text, m.start(), hi) and not _FRACTION_BELOW_HALF.search(text, m.start(), hi):
            # "bought out Y's half of Z", "a racheté la moitié de Z", "ha rilevato la metà di Z": a half is 50%,
            # read as "50%" is (the other parent's half of a joint company: the buyer takes it over)
            return None
        if lex.stake.search(text[m.start() : hi]) and not lex.majority.search(seg):
            return "invests_in"
    return None
