"""Supply frames: verbs of supplying (SUPPLY, and its nouns: "the supply of cells to Y"), relying
on a supplier (RELY), buying goods (PROCURE), winning an order (WIN_ORDER, WIN_ORDER_BY) and supply
or purchase agreements (DEAL_SUPPLIER, DEAL_BUYER).
"""

from __future__ import annotations

import dataclasses
import re

from ..clauses import _clause_start
from ..closed_relatives import in_closed_relative
from ..compiled import Compiled
from ..deal_signers import deal_signer
from ..joint_deals import joint_work_deal
from ..co_parties import across_clauses, companion_with
from ..de_inverted_goods import inverted_goods_owner
from ..passive_asides import agent_past_apposition, apposition_end
from ..groups import _POSSESSIVE_AFTER, MAKER_GOODS_COMPOUND, ORDER_COMPOUND, Group, _coordinated, has, named_from
from ..goods_ladder import goods_after, ladder_seller
from ..products import _PRODUCT_RX, tier
from ..vehicle_nouns import one_vehicle_after, one_vehicle_of
from ..modal_relatives import ROMANCE_MODAL, accusative_relative, enclitic
from .maker_partner import maker_partner
from .common import (
    _NEAR_AFTER, _in_apposition, _left, _opening_subject, _relative_pair, _relative_subject, _right, _subject, _unmarked,
)

_I = re.IGNORECASE
#: languages whose object relative word is never a subject one ("que", "which" before a name): a
#: supply verb after it has the antecedent as its customer (Italian "che", Spanish "que" are both)
_OBJECT_RELATIVE_LANGS = ("en", "fr")
#: the relative word right after the antecedent's comma, a short description of the actor at most
_OBJECT_RELATIVE = re.compile(r"\s*,\s*(?:que|qu['’]|dont|which|that)\s*(?:(?:le|la|les|l['’]|the)\s*(?:(?-i:[a-zéèà])[\w-]*\s+){0,2})?", _I)


#: the words of an object before its goods: "envía concentrado de litio", "ships 10,000 tonnes of lithium"
#: (no other preposition: "envió un mensaje sobre las baterías" sends no goods)
_OBJECT_GOODS_GAP = re.compile(r"\s+(?:(?!(?:sobre|acerca|about|on|regarding|por|para|a|al|to|for)\b)[\w.,%-]+\s+){0,3}")
#: only an article between the verb and the name; then the words of a product noun before the product
_THE_ONLY = re.compile(r"\s+the\s+", re.IGNORECASE)
_WORD_AFTER_NAME = re.compile(r"\s+([\w-]+)")


def _goods_word_after(text: str, end: int) -> bool:
    """The word right after a name is a product noun, or ends in one ("chips", "system-on-chips")."""
    w = _WORD_AFTER_NAME.match(text, end)
    return w is not None and _PRODUCT_RX.fullmatch(w.group(1).rsplit("-", 1)[-1]) is not None


def read_supply(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X supplies Y", "Y is supplied by X", "X wird Zellen an Y liefern"; a supply noun ("nominal":
    "the supply of cells to Y") gives the direction only through "to"/"from"/"by" or the tiers."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    if trig.get("nominal") and trig.get("customer_of"):
        return _customer_of(lex, groups, t0, t1, text)
    if trig.get("nominal"):
        if trig.get("talks"):
            # "verhandelt mit Fendrow über Zellen": talks about a product named right after, in a
            # sentence that speaks of talks; only the tiers give the direction
            pm = _PRODUCT_RX.search(text, t1, min(len(text), t1 + 40))
            if pm is None or not _NEAR_WORDS.fullmatch(text, t1, pm.start()) or not lex.status["in_talks"].search(text):
                return []
        return _nominal_supply(groups, t0, t1, text, lex, deal_ok=not trig.get("talks"))

    if lex.lang == "en" and _DEAL_NOUN_AFTER.match(text, t1):
        return []  # "supply" in "X's supply agreement with Y" is no verb: the deal frame reads the noun
    if trig.get("goods_owner"):
        return _equip(lex, groups, t0, t1, text)
    if trig.get("makes_goods_of"):
        return _makes_goods_of(lex, groups, t0, t1, text)
    if trig.get("purpose_clitic"):
        return _purpose_clitic(lex, groups, t0, t1, text)

    # the passive agent of this verb: not past a bracket or a clause break ("(acquired by Y)")
    agent = next((g for g in right if has(lex, "agent", g) and not re.search(r"[;:()]|,\s", text[t1 : g.start])), None)
    if agent is None:
        # (not across a clause break: "erhielt von Y den Auftrag, die Sitze zu liefern")
        agent = next((g for g in _left(groups, t0, text, (), lex, 60) if has(lex, "agent", g)
                      and not re.search(r"[;:]|,\s", _between_groups(groups, text, g.end, t0))), None) if lex.verb_final else None
    if agent is None and not lex.verb_final:
        # "supplied to Y, the parent of W since 2001, by X": the agent past the recipient's apposition
        past = agent_past_apposition(lex.lang, groups, lambda g: has(lex, "recipient", g), lambda g: has(lex, "agent", g), t1, text)
        agent = past[1] if past is not None else None
    made_by_left = None
    if agent is None and not lex.verb_final and not trig.get("recipient_only"):
        # "Les cellules produites par X sont livrées aux usines de Y", "Las celdas producidas por X se
        # entregan a las plantas de Y": the goods' maker, named in the subject, supplies
        agent = made_by_left = _made_by_subject(lex, groups, t0, text)
    if agent is not None and has(lex, "of", agent) and (
            (lex.goods_of is not None and lex.goods_of.search(text, max(0, agent.marker_start - 80), agent.marker_start))
            or _for_owner(lex, text, max(t1 if agent.start >= t1 else 0, agent.marker_start - 50), agent.marker_start,
                          t1 if agent.start >= t1 else 0)):
        agent = None  # "liefert Bremsen für die Fahrzeuge von Velvion": the goods' owner, not a passive agent
    recip = next((g for g in right if has(lex, "recipient", g) and g is not agent), None)
    pm = _PRODUCT_RX.search(text, t1, min(len(text), t1 + 40)) if trig.get("product_object") and recip is None else None
    if pm is not None and _OBJECT_GOODS_GAP.fullmatch(text, t1, pm.start()):
        # "con Y, a la que envía concentrado de litio": the receiver is the antecedent of a relative of "to"
        to_rel = _recipient_relative(lex, groups, t0, text)
        if to_rel is not None:
            return [(to_rel[0].names, to_rel[1].names, None, 0.0)]
    if trig.get("product_object") and (recip is None or recip.start < t1 or not _PRODUCT_RX.search(text, t1, recip.marker_start)):
        return out  # "spedirà 10.000 tonnellate di litio a Y"; "envió un mensaje a Y sobre las baterías" sends no goods
    if recip is not None:
        recip = _brand_owner(lex, groups, recip, text)
    if recip is not None and trig.get("recipient_only") and in_closed_relative(
            text, t0, t1, recip.marker_start, [(g.start, g.end) for g in groups]):
        recip = None  # "X, qui assemble des packs, au polonais Y": the sale's buyer, past the relative
    if recip is None and agent is not None and lex.verb_final and agent.end <= t0:
        # "Zellen werden von Fendrow an Fenvion geliefert": both before the participle
        recip = next((g for g in groups if agent.end <= g.start and g.end <= t0 and has(lex, "recipient", g) and not _dative_place(text, g)), None)
    sold_from = t1
    if agent is not None and recip is not None and t1 <= agent.start and agent.end <= recip.start \
            and apposition_end(lex.lang, text, agent.end) == recip.marker_start:
        sold_from = recip.marker_start  # "supplied by X, a unit of W, to Y": the apposition's unit is X, not goods sold
    if recip is not None and lex.asset is not None and _asset_sold(lex, text, sold_from, named_from(text, groups, recip, lex)):
        return out  # "sells its battery unit to Y": a divestment, not a supply
    if recip is not None and trig.get("needs_product") and lex.asset is not None and recip.start > t1 and lex.asset.search(
            text, recip.end, min(len(text), recip.end + 40)) and not re.search(r"[,;:()]", text[recip.end : lex.asset.search(text, recip.end, min(len(text), recip.end + 40)).start()]):
        return out  # "venderà a Y la sua divisione batterie": the unit sold follows the buyer
    if agent is None and recip is None and trig.get("recipient_only"):
        # "Brixo, for which Kestrel makes cells", "Brixo, für das Kestrel die Zellen fertigt": the
        # relative word carries the "for"
        early = _recipient_relative(lex, groups, t0, text)
        if early is not None:
            return [(early[0].names, early[1].names, None, 0.0)]
    if recip is None and trig.get("recipient_only") and lex.verb_final and agent is None:
        # "Valvane Zenvane wird die Zellen für Fenvion fertigen": the customer before the final verb
        recip = next((g for g in reversed(groups) if g.end <= t0 and t0 - g.end <= 60 and has(lex, "recipient", g) and not _dative_place(text, g)
                      and not re.search(r"[,;:()]", text[g.end : t0])), None)
        if recip is not None and _subject(lex, [g for g in groups if g.end <= recip.start], recip.start, text) is None \
                and not any(recip.end <= g.start and g.end <= t0 and _unmarked(lex, g) for g in groups):
            # (verb second, the customer fronted: "Für Brixo fertigt Kestrel Kathoden" has its subject
            # after the verb, put between the customer and the verb)
            recip = None
    if trig.get("recipient_only") and agent is not None and recip is not None and agent.start >= t1 and recip.start > agent.end \
            and not re.search(r"[,;:()]", text[t1 : recip.start]):
        return [(agent.names, recip.names, None, 0.0)]  # "le celle sono prodotte da X per Y"
    if trig.get("recipient_only") and agent is not None and recip is None and agent.start >= t1 and _goods_owner_before(lex, groups, t0, text, text[t1 : agent.marker_start]):
        # "Le batterie delle nuove vetture di Brixo saranno prodotte da Kestrel"
        return [(agent.names, _goods_owner_before(lex, groups, t0, text).names, None, 0.0)]
    if trig.get("recipient_only") and agent is not None and agent.start >= t1 and lex.lang == "de" and (
            recip is None or t1 <= recip.start < agent.start):
        # the verb second, the goods and their customer after it: "Bislang stammt der Großteil der Zellen für
        # die Baureihen der Norvik AG von Kestrel" (the customer after "für" or in the genitive)
        owner = inverted_goods_owner(lex, groups, t1, agent, text)
        if owner is not None:
            return [(agent.names, owner.names, None, 0.0)]
    if trig.get("recipient_only") and agent is not None and recip is None and agent.start >= t1:
        # "Le celle per Brixo sono prodotte da Kestrel", "The cells for Brixo are made by Kestrel": the
        # goods and their customer open the clause
        lo = _clause_start(text, t0)
        before = next((g for g in reversed(groups) if lo <= g.start and g.end <= t0), None)
        if before is not None and has(lex, "recipient", before) and not re.search(r"[,;:()]", text[lo:t0]) \
                and _PRODUCT_RX.search(text, lo, before.marker_start) and _ARTICLE_BEFORE.fullmatch(
                    text, lo, _PRODUCT_RX.search(text, lo, before.marker_start).start()):
            return [(agent.names, before.names, None, 0.0)]
    if recip is None and agent is None and not lex.verb_final:
        fronted = _fronted_customer(lex, groups, t0, t1, text, bool(trig.get("recipient_only")))
        if fronted is not None:
            return [(fronted[0].names, fronted[1].names, None, -0.05)]
    if trig.get("recipient_only") and (recip is None or agent is not None or (recip.start - t1 > 60 and recip.start > t0)):
        return out  # "fabrica componentes para Sarvane": making is a supply only for a named customer
    vf_rel = _verb_final_relative(lex, groups, t0, text) if agent is None and recip is None else None
    if vf_rel is not None:
        return [(vf_rel[0].names, vf_rel[1].names, None, 0.0)]
    dat_rel = _dative_relative(lex, groups, t0, text) if agent is None and recip is None and lex.lang == "de" else None
    if dat_rel is not None:
        return [(dat_rel[0].names, dat_rel[1].names, None, 0.0)]
    to_rel = _recipient_relative(lex, groups, t0, text) if agent is None and recip is None else None
    if to_rel is not None:
        out.append((to_rel[0].names, to_rel[1].names, None, 0.0))
        return out
    obj_rel = _relative_pair(lex, groups, t0, text) if agent is None and recip is None and lex.lang in _OBJECT_RELATIVE_LANGS else None
    if obj_rel is not None and obj_rel[0] is not obj_rel[1] and not trig.get("needs_product") and _unmarked(lex, obj_rel[0]) \
            and _OBJECT_RELATIVE.fullmatch(text, obj_rel[1].end, obj_rel[0].start):
        # "Ardvane, que Kestrel fournit en puces", "Brixo, which Kestrel supplies with cells", "Brixo,
        # dont Kestrel livre les batteries": the name after the object relative supplies its antecedent
        return [(obj_rel[0].names, obj_rel[1].names, None, -0.05)]
    ante, rel = _relative_antecedent(lex, groups, t0, text) if agent is None else (None, None)
    if rel is not None:
        # "Orlvion Belvane, que le suministra aerogeneradores": the relative's antecedent supplies;
        # with a dative clitic ("le", "lui", "gli") the customer is the clause subject
        tgt = recip or next((g for g in right if _unmarked(lex, g) and g.start - t1 <= 60), None)
        clitic = rel.group(1) or enclitic(text, t1, lex.lang)  # "que debe entregarle"
        if tgt is not None and clitic and _NEXT_MEMBER.search(text, t1, tgt.start):
            # "entre Y, que le vende celdas, y (a) Z, que le sirve ...": past ", y" the next member of a
            # list starts; the clitic names the customer, the clause subject
            tgt = None
        if tgt is recip and recip is not None and clitic and recip.marker in _PURPOSE_MARKERS:
            # "Y, qui lui livrera des cellules pour les modèles Z": the clitic is the customer; what the
            # goods are for is the purpose (a Spanish "a Z" may double the clitic: that one is the customer)
            tgt = _subject_before(lex, groups, ante, text) or recip
        if tgt is None and (clitic or _deal_partner(lex, ante, text)):
            # "... con Y, che fornirà i moduli": the partner of a deal supplies the one who made it
            tgt = _subject_before(lex, groups, ante, text)
        if tgt is not None and tgt is not ante:
            out.append((ante.names, _coordinated(lex, groups, tgt, text, ("recipient",)) if tgt is recip else tgt.names, None, 0.0))
            return out
    if agent is not None and recip is None:
        # "Cells for X will be supplied by Y": the recipient stands before the participle
        recip = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if g is not agent and has(lex, "recipient", g)), None)
    if made_by_left is not None:
        tgt = recip or _goods_owner_after(lex, groups, t1, text)
        if tgt is not None and tgt is not agent:
            out.append((agent.names, tgt.names, None, 0.0))
        return out
    if agent is not None:
        tgt = (recip or _subject(lex, groups, t0, text) or _previous_clause_subject(lex, groups, t0, text)
               or _goods_owner_before(lex, groups, t0, text, text[t1 : agent.marker_start] if agent.start > t1 else "",
                                      skip=agent if agent.end <= t0 else None))
        if tgt is not None and tgt is not agent:
            # "fournies à Y par le coréen A et par le chinois B": agents that repeat "by" are one list
            suppliers = _coordinated(lex, groups, agent, text, ("agent",))
            out.append((suppliers, _coordinated(lex, groups, tgt, text, ("recipient",)) if tgt is recip else tgt.names, None, 0.05))
        return out
    if recip is None and rel is None and lex.lang == "de":
        # verb second with the goods and their customer fronted: "Die Zellen für Brixo liefert künftig Kestrel"
        lo = _clause_start(text, t0)
        before = next((g for g in groups if lo <= g.start and g.end <= t0 and has(lex, "recipient", g)), None)
        pm = _PRODUCT_RX.search(text, lo, before.marker_start) if before is not None and not re.search(r"[,;:()]", text[lo:t0]) else None
        if pm is not None and _ARTICLE_BEFORE.fullmatch(text, lo, pm.start()):
            recip = before
    vf_ante = _marked_relative_antecedent(lex, groups, t0, text) if rel is None and recip is None and lex.verb_final else None
    # (supS) "Die Zellen kommen von X, das seit 2022 Module an Y liefert", "Z bezieht Zellen von X, die auch an Y
    # liefert": the antecedent of a relative whose verb ends it supplies the customer named in it, whatever
    # preposition governs the antecedent and whoever is the subject of the main clause
    if vf_ante is None and rel is None and recip is None and lex.verb_final:
        back = _relative_on_subject(lex, groups, t0, text)
        if back is not None:
            # "Norvik setzt auf Kestrel, die den Konzern mit Zellen beliefert": the relative's
            # antecedent supplies the main clause's subject, named again by a description
            return [(back[0].names, back[1].names, None, -0.1)]
    src = vf_ante or (ante if rel is not None else (_pair_subject(lex, groups, t0, text) or _subject(lex, groups, t0, text)))
    if src is None:
        return out
    tgt = recip
    if tgt is None:
        obj = next((g for g in right if _unmarked(lex, g) and g.start - t1 <= 60 and not re.search(r"[;:()]", text[t1 : g.start])
                    and not (lex.name_as_goods is not None and lex.name_as_goods.search(text, max(0, g.start - 8), g.start))), None)
        if obj is not None and lex.asset is not None and _asset_sold(lex, text, t1, named_from(text, groups, obj, lex)):
            return out  # "vendió la participación que tenía en Y": a stake sold, not goods
        if obj is not None and _THE_ONLY.fullmatch(text, t1, obj.start) and _goods_word_after(text, obj.end):
            return out  # "supplies the Snapdragon Ride system-on-chips": a product line, no customer
        if obj is not None and _compared(lex.lang, text, t1, obj.start):
            return out  # "verkauft mehr Elektroautos als Y", "sells more cars than Y": a rival compared
        if obj is not None and _CONJUNCTION_ONLY.fullmatch(text, t1, obj.start):
            return out  # "X firma, Y ya entrega y Z, en el aire": the next member of a list, no object
        if obj is not None and _NEW_CLAUSE_SUBJECT.search(text, t1, obj.start) and _OWN_VERB.match(text, obj.end):
            # "X supplies seats from Georgia, and Y makes door panels": Y opens a clause with its own verb
            obj = None
        if obj is not None and lex.verb_final and re.match(r"\s*,", text[t1 : obj.start]) and sum(
                1 for g in _left(groups, t0, text, ("report",), lex) if _unmarked(lex, g)) >= 2:
            # "X wird Y beliefern, wie das Unternehmen mitteilte": a verb that ends its clause has its
            # object before it (with none there, the speaker after it is the customer: "X soll ab 2026
            # liefern, wie Y mitteilte")
            obj = None
        tgt = obj
    if tgt is None and _OBJECT_PRONOUN_AFTER.match(text, t1):
        # "X took a stake in Y and signed a deal under which Y is set to supply it with ore": the
        # pronoun is the company the sentence opens with (a Romance clitic is left to the talks frame:
        # "conversaciones con Y para suministrarle" is Y)
        opener = _opening_subject(lex, groups, text, src)
        if opener is not None and opener is not src and not re.search(r"[;:]", text[opener.end : t0]):
            out.append((src.names, opener.names, None, -0.05))
            return out
    if tgt is None and src.end <= t0:
        signer = deal_signer(lex, groups, src, text)
        if signer is not None:
            # "Mardrow Cars signed an agreement under which X will supply cells": the other signer buys
            out.append((src.names, signer.names, None, -0.1))
            return out
    if tgt is None:
        chosen = _chosen(lex, groups, t0, text)
        if chosen is not None:
            out.append((chosen[0].names, chosen[1].names, None, -0.05))
            return out
    if tgt is None:
        # verb-final clause: "X wird ab 2026 Zellen an Y liefern"
        lefts = _left(groups, t0, text, ("report",), lex)
        rec_left = next((g for g in lefts if has(lex, "recipient", g) and g.start > src.end and not _dative_place(text, g)), None)
        if rec_left is not None and lex.choose is not None and lex.choose.search(text, src.end, rec_left.marker_start):
            # "Brivane ficha a Sarvion para abastecer ...": the one chosen supplies the chooser
            out.append((rec_left.names, src.names, None, -0.05))
            return out
        if rec_left is not None:
            tgt = rec_left
        elif lex.verb_final:
            unm = [g for g in lefts if _unmarked(lex, g)]
            if len(unm) >= 2 and (text[unm[1].end : unm[0].start].count(",") == 0 or (
                    "," in text[unm[1].start : unm[1].end] and _APPOSITION_CLOSED.fullmatch(text, unm[1].end, unm[0].start))):
                # ("Fendrow, der weltgrößte Batteriehersteller, wird Fenvion beliefern": the comma closes the
                # subject's apposition, the finite verb follows it)
                if unm[1].end <= src.start and src.end <= unm[0].start and not set(src.names) & set(unm[0].names):
                    tgt = unm[0]  # (supS) "Y teilt sich mit Z; beide Hersteller beliefern W": the pair before the verb supplies W
                elif not across_clauses(text, unm[1].end, unm[0].start):
                    src, tgt = unm[1], unm[0]  # (not "X; ab 2028 sollen Y und Z beliefert werden": co_parties.py)
    if tgt is None and lex.lang == "en":
        # (supS) "supplies the chargers (installed) at Y's newest locations": the owner of the sites the goods
        # go to, named with a possessive after "at"/"in", is the customer
        site = next((g for g in right if g.marker in ("at", "in") and g.start - t1 <= 70 and not re.search(r"[;:()]|,\s", text[t1 : g.start])
                     and _EN_SITES_AFTER.match(text, g.end)), None)
        if site is not None and site is not src and not set(site.names) & set(src.names):
            tgt = site
    if tgt is None and lex.goods_of is not None:
        own = next((g for g in right if has(lex, "of", g) and g.start - t1 <= 90 and not _compared(lex.lang, text, t1, g.start)), None)
        lo = t1
        if own is None and lex.verb_final:
            # "X soll Zellen für die Modelle von Y liefern": the owner of the goods before the verb
            own = next((g for g in groups if src.end < g.start and g.end <= t0 and has(lex, "of", g)), None)
            lo = src.end
            if own is None and src.end <= t0 and src.start >= t0 - 1:
                # "Die Batterien für die Modelle von Y liefert X": the goods fronted, the subject after the verb
                lo = _clause_start(text, t0)
                own = next((g for g in groups if lo <= g.start and g.end <= t0 and g is not src and has(lex, "of", g)), None)
        if own is not None and own is not src and (lex.goods_of.search(text, max(lo, own.marker_start - 80), own.marker_start)
                                                   or _for_owner(lex, text, max(lo, own.marker_start - 50), own.marker_start, lo)
                                                   # "les cellules de la future citadine de Y": the goods of one car
                                                   or one_vehicle_of(lex.lang, text, max(lo, own.marker_start - 60), own.marker_start)) and not re.search(
            r"[;:()]" if lo < t0 else r"[,;:()]", text[lo : own.start]
        ) and not any(g is not own and lo <= g.start < own.start for g in groups if g is not src):
            out.append((src.names, own.names, None, -0.1))
            return out
    if tgt is None and lex.lang in _OBJECT_RELATIVE_LANGS and not trig.get("needs_product"):
        own = _goods_customer(lex, groups, src, right, t1, text)
        if own is not None:
            out.append((src.names, _coordinated(lex, groups, own, text, ("of",)), None, -0.1))
            return out
    if tgt is None and lex.possessive.search(text, t1, min(len(text), t1 + 45)) and not _DATIVE_CLITIC.search(m.group(0)):
        # (not "para suministrarle chips para sus convertidores": the clitic is the customer, unnamed here)
        # "Tarvion said Calvane will supply cells for its Model Y": the speaker is the customer
        prior = next((g for g in _left(groups, src.start, text, ("report",), lex) if _unmarked(lex, g)), None)
        if prior is not None and _CONTRAST.search(text, prior.end, src.start):
            # "Dorvane, filiale du groupe Y, apporte sa technologie, quand Ekvane fournit son expertise": a
            # contrasted clause's possessive is its own subject's; the other clause's company is no customer
            prior = None
        if prior is not None:
            out.append((src.names, prior.names, None, -0.12))
            return out
    if tgt is None:
        # "X is in talks with Y to supply cells": the partner of the talks is the customer
        # (not a companion of the subject: "X, together with Y, sold": co_parties.py)
        w = next((g for g in _left(groups, t0, text, (), lex) if has(lex, "with", g) and g.start > src.end
                  and not companion_with(text, g.marker_start, src.end)), None)
        if w is None:
            w = next((g for g in right if has(lex, "with", g) and not companion_with(text, g.marker_start, src.end)), None)
        if w is not None and lex.asset is not None and lex.asset.search(text, t1, min(len(text), t1 + 40)):
            return out  # "negocia con Y para venderle su filial": a sale of a unit, not of goods
        if w is not None and _COOPERATION_BEFORE.search(text, max(0, t0 - 50), t0):
            return out  # "un accord de coopération avec Y pour équiper ...": partners, not seller and buyer
        if w is not None and lex.goods_noun is not None and any(lex.goods_noun.match(text, t1 + m2.end()) for m2 in (
                _SHORT_WORDS.match(text[t1 : t1 + 14]), _SHORT_WORDS2.match(text[t1 : t1 + 14])) if m2 is not None):
            # "X is in talks with Y to supply the plant with electricity": the site is the subject's own,
            # so the partner supplies it
            out.append((w.names, src.names, None, -0.15))
            return out
        if w is not None:
            out.append((src.names, w.names, None, -0.15))
            return out
    if tgt is not None and tgt is not src:
        names = _coordinated(lex, groups, tgt, text, ("recipient",)) if tgt is recip else tgt.names
        out.append((src.names, names, None, 0.05 if tgt is recip else 0.0))
        if tgt is recip:
            later = _later_recipient(lex, groups, recip, text)
            if later is not None and not set(later.names) & set(src.names):
                out.append((src.names, later.names, None, 0.0))
    return out


#: a second recipient in the same sentence, its preposition repeated after a comma and a conjunction:
#: "suministra baterías a Y desde Sunderland, y a Z desde China", "supplies cells to Y from Hungary, and
#: to Z from China" (the verb and its goods left out)
_AND_TO_AGAIN = re.compile(r"[^;:]{0,120}?,\s*(?:y|and|e|et)\s+(?:también\s+|also\s+)?$", re.IGNORECASE)


#: (supS) a possessive and the customer's sites: "'s newest locations", "'s stations", "'s plants in Ohio"
_EN_SITES_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:locations|sites|stations|depots|hubs|plants|factories|forecourts|car parks|stores)\b")


def _asset_sold(lex: Compiled, text: str, a: int, b: int) -> bool:
    """A business named between ``a`` and ``b`` ("its battery unit", "la sua divisione"), not goods counted in
    units: "charging units", "400 kW units", "1.000 unità", "unità di ricarica", "unidades de carga", "unités de
    recharge", "Ladeeinheiten" (supS)."""
    for am in lex.asset.finditer(text, a, b):
        if _GOODS_UNITS_BEFORE.search(text, max(a, am.start() - 25), am.start()) or _GOODS_UNITS_AFTER.match(text, am.end()):
            continue
        return True
    return False


#: what makes "units" goods: a count or a power before it, a use in -ing, or what they do after it
_GOODS_UNITS_BEFORE = re.compile(r"(?:(?:\d[\d.,]*\s*(?:kW|MW|kWh|MWh)?|charging|power|control|storage)\s+|(?:Lade|Speicher|Steuer)(?:e|-)?)$", re.IGNORECASE)
_GOODS_UNITS_AFTER = re.compile(r"\s+(?:di\s+ricarica|de\s+(?:carga|recarga|recharge|stockage|almacenamiento)|da\s+\d|d[ei]\s+\d)", re.IGNORECASE)


def _later_recipient(lex: Compiled, groups: list[Group], recip: Group, text: str) -> Group | None:
    nxt = next((g for g in groups if g.start > recip.end), None)
    if nxt is not None and not (has(lex, "recipient", nxt) and nxt.marker == recip.marker):
        # (supS) past an aside on the first customer that names another company ("to Y, the unit of W, and
        # to Z", "a Y, controllata di W, e a Z", "an Y, eine Tochter von W, und an Z")
        nxt = next((g for g in groups if g.start > nxt.end and has(lex, "recipient", g) and g.marker == recip.marker), None)
        return nxt if nxt is not None and _ASIDE_THEN_AND.fullmatch(text, recip.end, nxt.marker_start) else None
    if nxt is None:
        return None
    if lex.lang in ("en", "es") and _AND_TO_AGAIN.fullmatch(text, recip.end, nxt.marker_start):
        return nxt
    return nxt if _PARALLEL_TAIL.fullmatch(text, recip.end, nxt.marker_start) else None


#: between two parties that repeat their preposition, the first one's own complement (its purpose,
#: place or goods: "for its vans", "für die US-Modelle", "pour ses citadines") and a conjunction:
#: "from Y for its US models, and from Z", "von Y für die US-Modelle und von Z", "à Y pour ses
#: utilitaires, et à Z", "da Y per i modelli americani, e da Z" (the verb and its goods left out)
_PARALLEL_TAIL = re.compile(
    r"(?:\s+(?:for|per|para|pour|für|in|at|en|nel|nella|negli|nei|dans|im|aus|from|da|dalla|dal|depuis|desde)\s+[^,;:()]{1,60}?)?"
    r"\s*(?:,\s*(?:(?:and|e|ed|et|y|und|sowie|but|mais|ma|pero|sino|aber|sondern)\s+)?|\s+(?:and|e|ed|et|y|und|sowie|but|mais|ma|pero|sino|aber|sondern)\s+)"
    r"(?:(?:also|anche|aussi|également|también|auch|pure)\s+)?", _I)  # ("mais aussi à Z", "aber auch von Z")


def _later_sellers(lex: Compiled, groups: list[Group], frm: Group, text: str) -> list[Group]:
    """The sellers that follow the first one after the verb, each with its preposition again: "buys cells
    from Y for its US models, and from Z for cars built in Shanghai", "achète ses cellules auprès de Y
    et d'Z", "bezieht Zellen von Y für die US-Modelle und von Z". Each buys nothing itself."""
    out: list[Group] = []
    last = frm
    for g in groups:
        if g.start <= last.end:
            continue
        if not has(lex, "from", g) or g.marker_start < last.end or not _PARALLEL_TAIL.fullmatch(text, last.end, g.marker_start):
            aside = _seller_past_aside(lex, groups, last, text)
            if aside is None:
                break
            g = aside
        out.append(g)
        last = g
    return out


def _seller_past_aside(lex: Compiled, groups: list[Group], last: Group, text: str) -> Group | None:
    """(supS) The next seller past an apposition or a relative clause on the one before ("from Y, the battery
    unit of W, for its US models, and from Z", "da Y, con cui condivide la proprietà di W, e da Z", "auprès de
    Y, filiale de W, et de Z"): the first later name with the seller's preposition, the aside opened by a comma
    and an article or relative word, no other seller nor recipient inside it. None elsewhere."""
    for g in groups:
        if g.start <= last.end:
            continue
        if has(lex, "from", g) and g.marker_start >= last.end:
            return g if _ASIDE_THEN_AND.fullmatch(text, last.end, g.marker_start) else None
        if has(lex, "recipient", g):
            return None
    return None


#: an aside on a party (an apposition or a relative clause, with no clause break of its own) and the
#: comma and conjunction before the next party with the same preposition
_ASIDE_THEN_AND = re.compile(
    r"\s*,\s*(?:(?:the|a|an|its|il|la|lo|l['’]|i|gli|le|les|el|los|las|un|una|une|der|die|das|eine[rsm]?|dem|den|des|which|who|that|che|cui|con\s+cui"
    r"|qui|dont|que|con\s+(?:el|la)\s+que|filiale|filial|subsidiary|unit|controllata|Tochter)\b"
    # or the place or time the goods come from: "from Y, in Poland, and from Z", "auprès de Y, depuis la
    # Pologne, et de Z", "da Y, dalla Polonia, e da Z", "de Y, desde Polonia, y de Z", "von Y, aus Polen, und von Z"
    r"|(?:(?:in|at|near|from|since|nel|nella|dalla|dal|dagli|dalle|da|en|à|au|aux|dans|depuis|desde|aus|bei|seit)\s+"
    r"(?:(?:the|la|le|les|l['’]|il|lo|el|los|las|der|dem|den)\s*)?|(?:dall|nell|all)['’])(?-i:[A-ZÀ-ÖØ-Þ0-9]))[^;:()]{1,160}?"
    r",\s*(?:and|e|ed|et|y|und|sowie)\s+(?:(?:also|anche|aussi|également|también|auch|pure)\s+)?", _I)


def _purpose_clitic(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"X cerró un acuerdo con Y para que le suministre celdas", "X a signé avec Y pour qu'il lui
    fournisse des cellules": in the purpose clause the dative clitic is the subject X, and the
    partner Y, its subject left unsaid, supplies. A name in the clause ("para que Z le suministre")
    is read by the plain verb instead."""
    if any(t0 <= g.start < t1 for g in groups):
        return []
    w = next((g for g in _left(groups, t0, text, ("report",), lex, 100) if has(lex, "with", g)
              and not re.search(r"[;:]", text[g.end : t0])), None)
    if w is None:
        return []
    subj = _subject(lex, groups, w.start, text)
    if subj is None or subj is w or set(subj.names) & set(w.names):
        return []
    return [(w.names, subj.names, None, -0.05)]


#: only a conjunction (an adverb before it) between a verb and the next name: that name starts a
#: new member of a list ("Y ya entrega y Z", "Y livre déjà et Z")
#: (the word before the conjunction ends at a word boundary: "fornirà anche Fenvion" is no "anch" + "e")
#: a clause that a comma and a conjunction open, its subject next ("..., and Y makes"); the verb after Y
#: (a short description between the article and the name: "et le chinois Fendrow", "und der koreanische Hersteller Y")
#: a clause set against the one before: "while", "whereas", "quand", "alors que", "tandis que", "mentre",
#: "laddove", "mientras", "während", "wohingegen"
_CONTRAST = re.compile(r"[,;]\s*(?:while|whereas|quand|alors que|tandis que|mentre|laddove|invece|mientras(?: que)?|en tanto que"
                       r"|während|wohingegen)\b|\b(?:whereas|alors que|tandis que|wohingegen)\b", re.IGNORECASE)
_NEW_CLAUSE_SUBJECT = re.compile(r",\s*(?:and|but|et|mais|e|ma|y|pero|und|aber)\s+(?:(?:the|its|le|la|l['’]|il|el|der|die|das)\s*"
                                 r"(?:(?-i:[a-zà-ÿ])[\w-]*\s+(?:(?-i:[A-ZÄÖÜ])[\w-]*\s+)?)?)?$", re.IGNORECASE)
#: (a verb with an elided clitic: "et Galvane s'appuie sur ses propres packs", "e Y l'ha scelta")
_OWN_VERB = re.compile(r"\s+(?:(?-i:[a-zà-ÿ])\w+ly\s+|also\s+|now\s+|aussi\s+|anche\s+|también\s+|auch\s+)?(?:(?-i:[slnmtc])['’])?(?-i:[a-zà-ÿ])\w+\b(?!\s*,)")
_CONJUNCTION_ONLY = re.compile(r"\s*(?:[^\W\d_]+\b\s*)?,?\s*(?:and|or|y|e|o|et|ou|ed|und|oder)\s+", re.IGNORECASE)


#: an article or possessive right before a purchase noun ("la compra", "l'achat", "l'acquisto")
_NOUN_DETERMINER = re.compile(r"(?:\b(?:la|el|una|un|su|le|sa|son|il|lo|suo|sua)\s+|\b[ld]['’])$", re.IGNORECASE)


def read_rely(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X relies on Y", "X chose Y for its LFP batteries": the company after the verb supplies the subject."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    sup = next((g for g in right if g.start - t1 <= 25 and _RELY_GAP.fullmatch(text, t1, g.start)), None)
    via_goods = sup is None
    if sup is None:
        # "Brixo ha scelto le celle di Kestrel", "setzt auf Batterien von Kestrel": the maker of the goods
        # chosen, named right after them
        sup = next((g for g in right if g.start - t1 <= 45 and has(lex, "of", g) and not has(lex, "recipient", g)
                    and (pm := _PRODUCT_RX.search(text, t1, g.marker_start)) is not None
                    and _ARTICLE_BEFORE.fullmatch(text, t1, pm.start()) and not text[pm.end() : g.marker_start].strip()), None)
    cust = _subject(lex, groups, t0, text)
    if sup is None or cust is None or sup is cust or re.search(r"[,;:()]", text[t1 : sup.start]):
        return out
    if trig.get("product_after") and not via_goods:
        # "X chose Y for its LFP batteries": the product follows the chosen company closely
        pm = _PRODUCT_RX.search(text, sup.end, min(len(text), sup.end + 50))
        if pm is None or not _FOR_PRODUCT.fullmatch(text, sup.end, pm.start()):
            return out
    out.append((sup.names, cust.names, None, 0.0))
    return out


#: a determiner or an adjective before "orders": the noun ("slowing orders from European carmakers")
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|new|more|fewer|weak|weaker|strong|stronger|firm|firmer|big|bigger|large|larger|"
    r"such|any|no|those|these|first|initial|further|future|repeat|\w+ing)\s+$", _I)


#: an object pronoun right after the supply verb ("supply it with", "ship them")
_OBJECT_PRONOUN_AFTER = re.compile(r"\s+(?:it|them)\b(?!\s+(?:is|was|will|would|has|had|to)\b)", _I)
#: an infinitive or gerund with a dative clitic attached ("suministrarle", "abastecerles", "fornirgli")
_DATIVE_CLITIC = re.compile(r"(?:ar|er|ir|ndo)(?:le|les|gli|lo)$", _I)


#: a plant as the object bought ("compró la planta de baterías de Y", "kauft das Werk von Y")
_PLANT_BOUGHT = re.compile(
    r"^\s*(?!(?:in|at|for|from|nel|nello|nella|negli|nei|per|en|para|dans|au|aux|pour|im|bei|für|aus)\s)(?:\S+\s+){0,2}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|mines?|plantas?|fábricas?|factorías?|minas?|yacimientos?|usines?|gisements?|"
    r"stabiliment[oi]|impiant[oi]|fabbrich?[ea]|minier[ae]|giaciment[oi]|Werke?|Fabriken|Fabrik|Standort|Minen?)\b(?!['’])", re.IGNORECASE)


def read_procure(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X buys cells from Y", "Die Zellen bezieht Fenvion von Fendrow": the one named with "from" supplies the buyer."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    glued = _compound_maker(lex, right, t1, text)
    if trig.get("maker_only") and _maker(lex, right, t1, text) is None and _goods_maker(lex, right, t1, text) is None and glued is None:
        return out  # a verb of use ("monta", "utilizza") names a supplier only as the goods' maker
    if m.group(0).lower() in ("order", "orders") and _NOUN_BEFORE.search(text, max(0, t0 - 25), t0):
        return out  # "slowing orders from carmakers", "new orders": the noun, not the verb "X orders from Y"
    frm = next((g for g in right if has(lex, "from", g)), None)
    from_rel = _seller_relative(lex, groups, t0, text) if frm is None else None
    after = text[t1 : min(len(text), t1 + 60)]
    if from_rel is not None and not lex.stake.search(after) and not (lex.asset is not None and lex.asset.search(after)):
        # "Fendrow, da cui Ardvion acquista le celle", "Fendrow, auprès duquel Ardvion achète ses cellules"
        return [(from_rel[1].names, from_rel[0].names, None, 0.0)]
    to_rel = _recipient_relative(lex, groups, t0, text) if frm is None else None
    if to_rel is not None:
        # "Brixo, a la que Corvalis compra celdas", "Brixo, auquel Corvalis achète des cellules": the
        # relative's antecedent is the one bought from
        return [(to_rel[1].names, to_rel[0].names, None, 0.0)]
    maker = (_maker(lex, right, t1, text) or (_goods_maker(lex, right, t1, text) if trig.get("maker_only") else None)) \
        if frm is None else None
    frm = frm or maker or glued
    ante, rel = _relative_antecedent(lex, groups, t0, text)
    if rel is not None and (rel.group(1) or enclitic(text, t1, lex.lang)) and frm is None:
        # "Velvion, que le compra hidróxido", "Dalvion, qui lui achète des cellules": the antecedent
        # buys, the dative clitic stands for the clause subject, who sells
        seller = _subject_before(lex, groups, ante, text)
        if seller is not None and seller is not ante:
            out.append((seller.names, ante.names, None, -0.05))
        return out
    if frm is None:
        frm = next((g for g in _left(groups, t0, text, (), lex, 80) if has(lex, "from", g)), None)
        buyer = _subject(lex, groups, t0, text) if frm is not None and frm.end < t0 else None
        if buyer is not None and buyer.names == frm.names:
            frm = None  # "an agreement with Y under which Y will buy cells": the buyer again, no seller
    if frm is None:
        found = _clitic_seller(lex, groups, t0, text)
        if not found and trig.get("needs_product"):
            # "X a signé un accord avec Y : Y achètera 4 000 tonnes d'hydroxyde": the buyer names
            # no seller; the deal's other signer sells
            buyer = _subject(lex, groups, t0, text)
            signer = deal_signer(lex, groups, buyer, text) if buyer is not None and buyer.end <= t0 else None
            if signer is not None and signer is not buyer and not set(signer.names) & set(buyer.names):
                return [(signer.names, buyer.names, None, -0.1)]
        return found
    # (up to the owner glued to the seller: "bezieht Zellen von der Vostra-Tochter Brixo" names a unit
    # as the seller, it buys none)
    between = text[t1 : named_from(text, groups, frm, lex)] if frm.start > t1 else text[frm.end : t0]
    if lex.stake.search(between) or (lex.asset is not None and lex.asset.search(between)) or (frm.start > t1 and _PLANT_BOUGHT.search(between)):
        # "compró el negocio de frenos de Y", "compró la planta de baterías de Y": a unit or a plant
        # bought, not goods
        return out
    if trig.get("needs_product") and _unit_object(lex, text, frm.end if frm.start > t1 else t1):
        # "comprará a Y su división de baterías", "in talks with Y to buy its battery unit": the
        # object is a business unit (an acquisition), not goods
        return out
    if frm.start > t1 and has(lex, "of", frm) and not text[t1 : frm.marker_start].strip() and _NOUN_DETERMINER.search(text, max(0, t0 - 8), t0):
        return out  # "completó la compra de Y", "l'achat de Y": the noun's object is the company bought
    # "Velvion, que compra hidróxido a Jorvane": the relative's antecedent buys
    cust = ante if rel is not None and ante is not frm else (_relative_subject(lex, groups, t0, text) or _subject(lex, groups, t0, text))
    if cust is None:
        # the subject after the verb: "Die Zellen bezieht Fenvion von Fendrow", "lo recibe Tarxo"
        cust = next((g for g in right if g.end <= frm.start and _unmarked(lex, g) and _NEAR_AFTER.fullmatch(text, t1, g.start)), None)
    if cust is None or cust is frm:
        return out
    if any(t1 <= g.start and g.end <= frm.start and g is not cust and _unmarked(lex, g)
           and not (lex.name_modifier and lex.name_modifier.match(text, g.end)) for g in right):
        # "bought the Swedish wafer maker Y in 2019, and buys wafers from Z": a company bought, not
        # goods ("buys Tarvion cars from Z": a name before a plural noun is no object)
        return out
    if cust.end <= t0 and any(t1 <= g.start < frm.start and g.start - t1 <= 45 and _unmarked(lex, g)
                              and not re.search(r"[,;:()]", text[t1 : g.start]) for g in right):
        return out  # "X bought the wafer maker Y in 2019, and ... from Z": a company bought, not goods
    if maker is not None and not _VERB_GROUP.fullmatch(text, cust.end, t0):
        return out  # "Fenvion said customers would get cars built by X": the buyers are no company
    out.append((frm.names, cust.names, None, 0.0))
    if frm.start > t1:
        out.extend((g.names, cust.names, None, -0.05) for g in _later_sellers(lex, groups, frm, text)
                   if not set(g.names) & set(cust.names + frm.names))
    return out


def read_win_order(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X wins an order from Y": the subject supplies the one named with "from" or "by"."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    frm = next((g for g in right if has(lex, "from", g) or has(lex, "agent", g)), None)
    if frm is None and lex.verb_final:
        frm = next((g for g in _left(groups, t0, text, (), lex, 80) if has(lex, "from", g) or has(lex, "agent", g)), None)
    if frm is None and lex.goods_of is not None:
        # "si è aggiudicata la fornitura delle batterie per le nuove vetture di Y": the goods' owner ordered
        frm = next((g for g in right if has(lex, "of", g) and g.start - t1 <= 90 and not re.search(r"[;:()]", text[t1 : g.start])
                    and lex.goods_of.search(text, max(t1, g.marker_start - 80), g.marker_start)
                    and not any(h is not g and t1 <= h.start < g.start for h in right)), None)
    if frm is None:
        # "si è aggiudicata una commessa di Y", "won an order of Y": the order's owner right after the noun
        frm = next((g for g in right if has(lex, "of", g) and not has(lex, "recipient", g) and not text[t1 : g.marker_start].strip()), None)
    if frm is None and lex.lang == "de" and _ORDER_NOUN_END.search(m.group(0)):
        # "hatte einen Milliardenauftrag der Münchner erhalten", "einen Auftrag der Brixo Group": the
        # genitive after the order noun names who gave it
        frm = next((g for g in right[:1] if _DE_GENITIVE_GAP.fullmatch(text, t1, g.start)
                    and (text[t1 : g.start].strip() or re.match(r"(?:der|des)\s", text[g.start : g.end], _I))), None)
    if frm is None and lex.compound_modifier:
        # "Kestrel erhielt den Brixo-Auftrag", "hat den Brixo-Großauftrag gewonnen": the name glued to the order noun
        frm = next((g for g in groups if ORDER_COMPOUND.match(text, g.end) and abs(g.start - t1) <= 60
                    and not re.search(r"[,;:()]", text[min(g.end, t1) : max(g.start, t0)])), None)
    # "forniti da Kestrel, che ha vinto la commessa di Brixo": the name before a subject relative wins
    sup = _relative_subject(lex, groups, t0, text) or _subject(lex, groups, t0, text)
    if sup is not None and sup is frm and ORDER_COMPOUND.match(text, frm.end):
        sup = _subject(lex, groups, frm.start, text)  # "Kestrel hat den Brixo-Auftrag gewonnen": the one before the compound
    if sup is None and frm is not None and lex.verb_final:
        # "Den Zuschlag von Brixo hat Kestrel erhalten": the order fronted, the winner after the auxiliary
        sup = next((g for g in right if g.start > frm.end and _unmarked(lex, g) and _AUX_BEFORE.search(text, max(0, g.start - 12), g.start)), None)
    if frm is None or sup is None or sup is frm:
        return out
    out.append((sup.names, frm.names, None, 0.0))
    return out


_AUX_BEFORE = re.compile(r"\b(?:hat|haben|hatte|hatten)\s+$")
#: an order noun ending the trigger ("Milliardenauftrag", "Zuschlag")
_ORDER_NOUN_END = re.compile(r"(?:[Aa]uftrag|[Aa]ufträge|[Zz]uschlag|[Bb]estellung(?:en)?)$")
#: between an order noun and the name of who gave it, in the genitive: "der", "des", at most two
#: adjectives and a kind ("des Autobauers"); nothing where the name's own mention holds the article
_DE_GENITIVE_GAP = re.compile(r"\s+(?:(?:der|des)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?:(?-i:[A-ZÄÖÜ])[\w-]*(?:konzerns?|bauers|herstellers|gruppe)\s+)?)?")


def read_award(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"Brixo awarded Kestrel a contract", "Brixo vergibt den Auftrag an Kestrel", "Brixo a attribué à
    Kestrel le marché", "Brixo encargó a Kestrel el suministro": the one who gives an order buys, the
    one who gets it (named right after the verb, or with "to") supplies. Where the trigger is the order
    noun before a final participle ("hat Kestrel den Auftrag erteilt"), the one given it stands before
    the noun."""
    t0, t1 = m.start(), m.end()
    if trig.get("relative_order"):
        return _relative_order(lex, groups, t1, text)
    cust = _subject(lex, groups, t0, text)
    sup = None
    if trig.get("noun_first"):
        sup = next((g for g in _right(groups, t1) if has(lex, "recipient", g) and g.start - t1 <= 40
                    and not re.search(r"[,;:()]", text[t1 : g.start])), None)
        if sup is None and cust is not None and _unmarked(lex, cust):
            # "Brixo hat Kestrel den Auftrag erteilt": the nearest name is the dative, the one before it the subject
            before = _subject(lex, groups, cust.start, text)
            if before is not None and not re.search(r"[,;:()]", text[before.end : t0]):
                sup, cust = cust, before
    else:
        for g in _right(groups, t1):
            if g.start - t1 > 70 or re.search(r"[,;:()]", text[t1 : g.start]):
                break
            if has(lex, "recipient", g) or (_unmarked(lex, g) and _RELY_GAP.fullmatch(text, t1, g.start)) or _TOWARD.search(
                    text, max(t1, g.start - 16), g.start):
                sup = g  # ("spostato gli acquisti verso Y", "desvió sus compras hacia Y": toward the one given them)
                break
    if cust is None and sup is not None and trig.get("noun_first"):
        # "Den Auftrag für die Sitze hat Brixo an Kestrel vergeben": the order fronted, the subject after it
        cust = next((g for g in _right(groups, t1) if g.end <= sup.start and _unmarked(lex, g)), None)
    if sup is None or cust is None or sup is cust:
        return []
    return [(sup.names, cust.names, None, 0.0)]


#: "toward" right before a name (an article and a word at most between): "verso", "vers", "hacia", "chez"
_TOWARD = re.compile(r"\b(?:verso|vers|hacia|chez)\s+(?:(?:la|le|il|el|les|l['’])\s*)?(?:(?-i:[a-zàèéìòùáíóú])\w*\s+)?$", _I)


def _relative_order(lex: Compiled, groups: list[Group], t1: int, text: str):
    """"the order Brixo placed with Kestrel", "la commande que Brixo a passée à Kestrel", "den Auftrag,
    den Brixo an Kestrel vergeben hatte": the relative's subject, right after the order noun and the
    relative word, gave the order; the one it went to ("to", "with", "bei") supplies it."""
    right = _right(groups, t1)
    cust = right[0] if right and right[0].start - t1 <= 8 and _unmarked(lex, right[0]) else None
    if cust is None:
        return []
    sup = next((g for g in right[1:] if g.start - cust.end <= 60 and not re.search(r"[,;:()]", text[cust.end : g.start])
                and any(has(lex, r, g) for r in ("recipient", "with", "from"))), None)
    return [(sup.names, cust.names, None, 0.0)] if sup is not None else []


def read_win_order_by(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X has been selected as supplier by Y"."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    frm = next((g for g in right if has(lex, "agent", g) or has(lex, "from", g) or has(lex, "of", g)), None)
    if frm is None and lex.verb_final:
        # "Kestrel wurde von Brixo als Lieferant ausgewählt": the agent before the noun
        frm = next((g for g in _left(groups, t0, text, (), lex, 60) if has(lex, "agent", g)), None)
    sup = _subject(lex, groups, frm.start if frm is not None and frm.end <= t0 else t0, text)
    if frm is None or sup is None or sup is frm:
        return out
    out.append((sup.names, frm.names, None, 0.0))
    return out


#: a deal noun of cooperation: "accord de coopération", "cooperation agreement" is read before
#: the noun ("cooperation" is no product), "accordo di collaborazione", "acuerdo de colaboración"
_COOPERATION_AFTER = re.compile(
    r"\s+(?:de|di|of|d['’])\s+(?:coopération|collaboration|partenariat|cooperazione|collaborazione|partenariato|cooperación|colaboración"
    r"|cooperation|partnership)\b", _I)
#: a cooperation named right before a purpose verb: "un accord de coopération pour équiper",
#: "a cooperation agreement to equip", "una alianza para equipar", "eine Kooperation, um ... auszustatten"
_COOPERATION_BEFORE = re.compile(
    r"\b(?:coopération|collaboration|partenariat|cooperazione|collaborazione|partenariato|cooperación|colaboración|alianza|alleanza"
    r"|alliance|cooperation|partnership|Kooperation\w*|Partnerschaft)\b[^,;:.]{0,25}$", _I)
_COOPERATION_WORD_BEFORE = re.compile(r"\b(?:cooperation|collaboration|partnership|technology|development|research)\s+$", _I)
#: the last word before a deal noun, a product if the product list says so ("battery deal")
_PRODUCT_BEFORE = re.compile(r"\b([\w-]+) $")


def read_deal(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X signed a supply (purchase) agreement with Y": the tiers give the direction, else the subject
    supplies (DEAL_SUPPLIER) or buys (DEAL_BUYER); a plain contract noun ("tier_only") reads a supply
    only for a product named right after it."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    if trig.get("tier_only"):
        # a plain contract noun: a supply only for a product named right after it, between two
        # companies whose places in the chain differ
        if _COOPERATION_AFTER.match(text, t1) or _COOPERATION_WORD_BEFORE.search(text, max(0, t0 - 30), t0):
            # "un accord de coopération sur les batteries", "a cooperation agreement with Y on
            # cells": a partnership, not a supply
            return out
        if joint_work_deal(text, t0, t1):
            return out  # "un accord de coentreprise pour produire des batteries" (joint_deals.py)
        pm = _PRODUCT_RX.search(text, t1, min(len(text), t1 + 60))
        if pm is None or re.search(r"[,;:()]", text[t1 : pm.start()]):
            # "a battery deal with X", "its wafer agreement with X": the product right before the noun
            before = _PRODUCT_BEFORE.search(text, max(0, t0 - 40), t0)
            if before is None or not _PRODUCT_RX.fullmatch(before.group(1)):
                return out
            pm = None
        a = _subject(lex, groups, t0, text)
        # ("un contrat de batteries avec X": the partner right after the product, too)
        b = next((g for g in right if has(lex, "with", g) and (g.marker_start - (t1 if pm is None else pm.end()) <= 3
                                                                or pm is not None and g.start < pm.start())), None)
        if b is None:
            b = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "with", g) and g is not a), None)
        if a is None or b is None or a is b or len(a.names) > 1:
            return out
        ta, tb = tier(a.sectors), tier(b.sectors)
        if len(b.names) > 1:
            # "Dalvion a signé avec X et Y des accords pour des batteries", "ha firmato con X e Y accordi
            # per celle", "signed agreements with X and Y for cells": one deal each with several makers
            # of one tier, none of them the subject's, in every language
            tiers = {tier(sec) for sec in b.member_sectors}
            if len(b.member_sectors) != len(b.names) or len(tiers) != 1:
                return out
            tb = tiers.pop()
        if ta is None or tb is None or ta == tb:
            return out
        out.append((a.names, b.names, None, 0.0) if ta < tb else (b.names, a.names, None, 0.0))
        return out

    if trig.get("power_seller"):
        return _power_deal(lex, groups, t0, t1, text)
    if trig.get("purchase_of"):
        # "un contratto con Y per l'acquisto di 100 treni": goods bought, not shares or a unit
        window = text[t1 : min(len(text), t1 + 60)]
        if lex.stake.search(window) or (lex.asset is not None and lex.asset.search(window)) or not _PRODUCT_RX.search(window):
            return out
    # ("Cells will come from X, which signed a supply deal with Y": the relative's antecedent signed,
    # whatever governs it)
    a = (_relative_subject(lex, groups, t0, text) if lex.lang in ("en", "es") else None) or _subject(lex, groups, t0, text)
    if a is None and lex.verb_final:
        # "Abnahmeverträge hat Melxo mit X geschlossen": the deal fronted, its subject after the verb
        a = next((g for g in right if _unmarked(lex, g) and _NEAR_AFTER.fullmatch(text, t1, g.start)), None)
    # "Korxo's supply agreement with Y": the deal is one of X's; who supplies whom is not said
    held = a is not None and _HELD_DEAL.fullmatch(text, a.end, t0) is not None
    if a is None:
        # "Der Liefervertrag von Kestrel mit Brixo", "il contratto di fornitura di X con Y": the deal's
        # own party right after the noun
        a = next((g for g in right if has(lex, "of", g) and not has(lex, "with", g) and not text[t1 : g.marker_start].strip()), None)
        if a is None:
            # "el contrato de suministro de celdas de X con Y", "il contratto di fornitura di celle di X con Y":
            # the "of" a nominal trigger took, or the goods between the noun and its party
            a = next((g for g in right[:1] if not has(lex, "with", g) and _deal_party_after(lex, text, t1, g.start)), None)
        if a is not None and not any(has(lex, "with", g) and g.start > a.end for g in right):
            a = None
    b = next((g for g in right if (has(lex, "with", g) or has(lex, "recipient", g) or has(lex, "from", g)) and g is not a), None)
    partner = _with_relative(lex, groups, t0, text) if b is None else None
    if partner is not None:
        # "Vesxo, con cui Dalxo ha firmato un contratto di acquisto": the antecedent is the partner;
        # a supply deal made so has no subject that supplies by default, only the tiers tell
        a, b = partner
        ta, tb = tier(a.sectors), tier(b.sectors)
        if frame == "DEAL_SUPPLIER" and (ta is None or tb is None or ta == tb):
            return out
    if b is None:
        lefts = [g for g in _left(groups, t0, text, ("report",), lex) if g is not a]
        b = next((g for g in lefts if has(lex, "with", g)), None)
    if a is None and b is not None and len(b.names) >= 2 and text[b.marker_start : b.start].strip().lower() in lex.markers.get("with", []):
        pass
    if a is not None and b is not None and a is not b and _between_pair(lex, text, b) and not set(a.names) & set(b.names):
        # "X a confirmé des discussions entre A et B pour un contrat d'approvisionnement", "X said a supply
        # deal was signed between A and B": the deal is the pair's, the subject only tells of it
        a_names, b_names = [b.names[0]], [b.names[1]]
        ta, tb = _pair_tiers(b)
        a, b = None, None
    elif a is None or b is None or a is b:
        # "a supply deal between X and Y"
        # (only "between": "Abnahmeverträge hat X mit Ardvion, mit Dalvion und mit Y unterschrieben"
        # names X's counterparts one by one, none of them the other's)
        g = next((g for g in right if _between_pair(lex, text, g)), None)
        if g is None and a is None and b is not None and b.end <= t0 and _between_pair(lex, text, b):
            g = b  # "Des discussions sont en cours entre A et B pour un contrat d'approvisionnement"
        if g is None and a is not None and len(a.names) == 2 and len(a.member_sectors) == 2 and not (
                lex.deal_plural is not None and lex.deal_plural.search(m.group(0))):
            # (plural deals of a pair - "Calvane und Quorxo haben Abnahmeverträge unterzeichnet" - are each
            # one's own deal with a third company, not one between them)
            # "Vesvion y Renxo firman un acuerdo de suministro": only the tiers can tell who supplies
            if lex.plural_deal is not None and lex.plural_deal.fullmatch(m.group(0)):
                return out  # "A und B haben Abnahmeverträge unterzeichnet": each its own, with others
            ta, tb = tier(a.member_sectors[0]), tier(a.member_sectors[1])
            if ta is not None and tb is not None and ta != tb:
                out.append(([a.names[0]], [a.names[1]], None, -0.05) if ta < tb else ([a.names[1]], [a.names[0]], None, -0.05))
            return out
        if g is None:
            return out
        a_names, b_names = [g.names[0]], [g.names[1]]
        ta, tb = _pair_tiers(g)
    else:
        a_names, b_names = a.names, b.names
        ta, tb = _carmaker_buys(a.sectors, b.sectors, tier(a.sectors), tier(b.sectors))
    if ta is not None and tb is not None and ta != tb:
        src, tgt = (a_names, b_names) if ta < tb else (b_names, a_names)
        out.append((src, tgt, None, 0.0))
    elif frame == "DEAL_SUPPLIER" and ta == 2 and tb is None and not _VEHICLES.search(text, t0, min(len(text), t1 + 80)):
        # "Solxo hat mit Y einen Liefervertrag abgeschlossen": a carmaker, the top of the chain,
        # signs a supply deal as the customer unless vehicles are what is supplied
        out.append((b_names, a_names, None, -0.15))
    elif frame == "DEAL_SUPPLIER" and lex.lang == "de" and a is not None and _DE_GOODS_FRONTED.fullmatch(
            text, max(0, text.rfind(";", 0, a.start) + 1, text.rfind(":", 0, a.start) + 1), a.start):
        # "Für den Strom hat X einen Liefervertrag mit Y geschlossen": the goods are for the subject
        out.append((b_names, a_names, None, -0.15))
    elif frame == "DEAL_BUYER" and ta is not None and ta == tb and _OFFTAKE.search(m.group(0)):
        # "Kestrel signed an offtake agreement with Brixo", "hat Abnahmeverträge mit Y": between two
        # companies of one tier (two materials makers) the producer signs offtakes with its offtakers
        out.append((a_names, b_names, None, -0.15))
    elif frame == "DEAL_SUPPLIER":
        if held and b is not None and has(lex, "with", b):
            return [UNDIRECTED]  # the deal is there, its direction is not: no pair, and no other reading of its words
        if a is not None and b is not None and has(lex, "with", b) and b.marker_start >= 0 and maker_partner(
                text, a.start, b.marker_start + len(b.marker), b.start, lex.lang, a.sectors):
            # "X steht kurz vor einem Liefervertrag mit dem Lithiumhydroxid-Hersteller Y": the maker sells
            out.append((b_names, a_names, None, -0.15))
        elif a is not None and b is not None and has(lex, "with", b) and _partner_makes_goods(text, t0, t1, a, b):
            # "X ha firmato con Y un contratto per la fornitura di celle", "X signed a deal with Y for the
            # supply of cells": the deal does not say who sells; the goods do, where only the partner makes them
            out.append((b_names, a_names, None, -0.15))
        else:
            out.append((a_names, b_names, None, -0.15))
    elif _own_goods_after(lex, text, t1, b):
        # "Kestrel signed an offtake agreement with Brixo for its lithium": the subject's own goods, sold
        out.append((a_names, b_names, None, -0.15))
    else:
        out.append((b_names, a_names, None, -0.1))
    return out


#: the goods right before a deal noun ("a cell supply deal"): lower-case words, no name
_GOODS_BEFORE = re.compile(r"(?:[a-zà-öø-ÿ][\w-]*\s+){0,2}$")


def _partner_makes_goods(text: str, t0: int, t1: int, a: Group, b: Group) -> bool:
    """Whether the goods named with a supply deal (after its noun, or just before it) are made by the
    partner ``b`` and not by the subject ``a``, by the gazetteer's sectors on the goods ladder: a buyer
    may sign the supply deal with its supplier as well as the supplier with its buyer."""
    if len(a.names) != 1 or len(b.names) != 1:
        return False
    # (the words only: a name is cut off - "Umicore" holds the ladder's "ore")
    lo = max([max(0, t0 - 30)] + [g.end for g in (a, b) if g.end <= t0])
    hi = min([len(text)] + [g.start for g in (a, b) if g.start >= t1] + [g.marker_start for g in (a, b) if g.marker_start >= t1])
    goods = _GOODS_BEFORE.search(text, lo, t0).group(0) + " " + goods_after(text[:hi], t1)
    return ladder_seller(list(a.sectors), list(b.sectors), goods) == "b"


#: German: the goods the deal is for, fronted, then the finite verb before the subject ("Für den Strom hat")
_DE_GOODS_FRONTED = re.compile(
    r"\W*Für\s+(?:den|die|das|seinen|seine|sein|ihren|ihre|ihr)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*"
    r"(?:\s+(?:(?-i:[a-zäöü])[\w-]*\s+)?(?-i:[A-ZÄÖÜ])[\w-]*)?\s+"
    r"(?:hat|haben|hatte|hatten|schloss|schlossen|schließt|schließen|unterzeichnete|unterzeichneten|unterzeichnet|vereinbarte|vereinbarten)"
    r"\s+(?:(?-i:[a-zäöü])\w*\s+){0,2}")


#: the "with" markers that make a pair the two sides of one deal ("a supply deal between X and Y")
_BETWEEN_WORDS = frozenset(("between", "among", "zwischen", "entre", "tra", "fra"))


def _pair_tiers(g: Group) -> tuple[int | None, int | None]:
    """The places in the chain of the two members of a pair ("entre A et B"), each None where unknown."""
    return (tier(g.member_sectors[0]), tier(g.member_sectors[1])) if len(g.member_sectors) == 2 else (None, None)


def _between_pair(lex: Compiled, text: str, g: Group) -> bool:
    """Two names after "between" ("entre A et B", "between A and B"): the two sides of one deal."""
    return len(g.names) == 2 and has(lex, "with", g) and g.marker_start >= 0 and (
        text[g.marker_start : g.start].split(None, 1) or [""])[0].lower() in _BETWEEN_WORDS


#: an offtake deal noun, whatever the language ("offtake agreement", "Abnahmevertrag", "contratto di offtake")
_OFFTAKE = re.compile(r"off-?take|abnahme", _I)


def _carmaker_buys(sa, sb, ta, tb):
    """The tiers of two companies, a carmaker that also makes cells (Vesvane, Tarvion) put above a parts or
    cell maker of its own tier: "Halvion è in trattativa con Vesvane per la fornitura di freni", "Renvane's
    supply agreement with Tarvion" - the carmaker buys."""
    if ta == tb and ta is not None and ("carmaker" in sa) != ("carmaker" in sb):
        other = sb if "carmaker" in sa else sa
        if "mobility" in other and tier([x for x in other if x != "mobility"]) is None:
            # a mobility operator (buses, car sharing, ride hailing) buys the vehicles a carmaker
            # makes: "Vesta ha firmato un accordo per l'acquisto di autobus da Quorra"
            return (1, 2) if "carmaker" in sa else (2, 1)
        return (2, 1) if "carmaker" in sa else (1, 2)
    return ta, tb


#: what ``read_deal`` gives for a supply deal whose direction is not said: the trigger is spent
UNDIRECTED = ("undirected",)
#: a deal noun right after "supply"/"delivery": the word is the noun's modifier
_DEAL_NOUN_AFTER = re.compile(r"\s+(?:deal|agreement|contract|pact|accord|partnership|order|chain)s?\b", _I)


_GAP_RX: dict[tuple[str, ...], re.Pattern | None] = {}


def _gap_rx(ofs_words: tuple[str, ...]) -> re.Pattern | None:
    """The "of ... of" gap pattern of a language's words for "of", built once per word list (None without one)."""
    if ofs_words not in _GAP_RX:
        ofs = "|".join(re.escape(w) for w in ofs_words if w.isalpha() or w.endswith(("'", "’")))
        _GAP_RX[ofs_words] = re.compile(r"\s*(?:(?:" + ofs + r")\s+((?:[\w-]+\s+){0,5}?))?(?:" + ofs + r")\s*", _I) if ofs else None
    return _GAP_RX[ofs_words]


def _deal_party_after(lex: Compiled, text: str, t1: int, start: int) -> bool:
    """The stretch between a deal noun and a name is the name's "of", the goods of the deal before it at
    most ("de celdas de", "di celle di", "of cells of"): the name is the deal's own party."""
    rx = _gap_rx(tuple(lex.markers.get("of", ())))
    if rx is None:
        return False
    gap = rx.fullmatch(text[t1:start])
    if gap is None:
        return False
    goods = gap.group(1)
    return not goods or _PRODUCT_RX.search(goods) is not None


#: a possessive and at most two words before the deal noun ("X's new supply agreement")
_HELD_DEAL = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")


#: a subject relative that runs up to a deal noun ("Velxo, which in January agreed a ten-year ...")
#: (a decimal comma is no clause break: "que se anotó un 6,1% tras firmar un PPA con Y")
_DEAL_RELATIVE = re.compile(r"\s*,\s*(?:which|that|who|qui|que|qu['’])\s+(?:[^,;:()]|(?<=\d),(?=\d)){0,70}", _I)


def _power_deal(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"X signed a power purchase agreement with Y", "Y, which agreed a PPA with X": either side may
    be the subject; the energy company sells the power, the other buys it (neither or both: nothing)."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    a = ante if ante is not None and _DEAL_RELATIVE.fullmatch(text, ante.end, t0) else _subject(lex, groups, t0, text)
    b = next((g for g in _right(groups, t1) if has(lex, "with", g) and g.start - t1 <= 40), None)
    if b is None:
        b = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "with", g) and g is not a), None)
    if b is None and a is not None and len(a.names) == 2 and len(a.member_sectors) == 2:
        # "Voltara and Brixo signed a ten-year PPA", "Brixo e Voltara firmaron un PPA": the pair is the subject
        energy = ["energy" in sec for sec in a.member_sectors]
        if energy.count(True) == 1:
            k = energy.index(True)
            return [([a.names[k]], [a.names[1 - k]], None, -0.05)]
        return []
    if a is None or b is None or a is b or len(a.names) > 1 or len(b.names) > 1:
        return []
    ea, eb = "energy" in a.sectors, "energy" in b.sectors
    if ea == eb:
        return []
    return [(a.names, b.names, None, 0.0)] if ea else [(b.names, a.names, None, 0.0)]


def _own_goods_after(lex: Compiled, text: str, t1: int, b: Group | None) -> bool:
    """A possessive right before a product after the deal noun and its partner ("... with Y for its
    lithium"): the goods are the deal's subject's."""
    lo = b.end if b is not None and b.start >= t1 else t1
    pm = lex.possessive.search(text, lo, min(len(text), lo + 30))
    if pm is None or re.search(r"[,;:()]", text[lo : pm.start()]):
        return False
    return _noun_after(_PRODUCT_RX, text, pm.end())


def _unit_object(lex: Compiled, text: str, a: int) -> bool:
    """A business unit as the first noun of the object after ``a`` ("its battery unit", "su división
    de baterías", "il ramo d'azienda", "das Geschäft mit Zellen"): within four words, before any
    "for" ("buys cells for its battery business" buys goods)."""
    if lex.asset is None:
        return False
    am = lex.asset.search(text, a, min(len(text), a + 45))
    return am is not None and _UNIT_GAP.fullmatch(text, a, am.start()) is not None


#: up to four words before the unit noun, no clause break and no "for" (part of a word: "Batteriesparte")
_UNIT_GAP = re.compile(r"\s*(?:(?!(?:for|per|para|pour|für)\b)[\w'’-]+[\s'’-]+){0,4}[\w-]*", _I)


def _clitic_seller(lex: Compiled, groups: list[Group], t0: int, text: str):
    """"Braxo mantiene su contrato con Velvion, que le compra hidróxido": in a subject relative with a
    dative clitic the antecedent buys and the clitic stands for the clause subject, the seller."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    rel = _rel_subject(text, ante.end, t0) if ante is not None else None
    if rel is None or not rel.group(1):
        return []
    seller = next((g for g in _left(groups, ante.start, text, ("report",), lex, 120) if _unmarked(lex, g)), None)
    if seller is None or re.search(r"[;:()]", text[seller.end : ante.start]):
        return []
    return [(seller.names, ante.names, None, -0.05)]


#: a comma and a conjunction: the next member of a list of names starts ("..., y Z", "..., and Z")
_NEXT_MEMBER = re.compile(r",\s*(?:and|e|ed|y|et|und)\s", _I)
#: "for": what goods are for, not whom they are delivered to, where a clitic names the customer
_PURPOSE_MARKERS = ("pour", "per", "para", "for", "für")
#: ", que le suministra", ", qui lui livre", ", che gli fornisce", ", which supplies": a subject relative
#: one adjective after a company's name or description, before the comma of its relative (not an adverb)
_ROMANCE_ADJECTIVE = re.compile(
    r"\s+(?!(?:oggi|ieri|ancora|anche|inoltre|invece|allora|stess[oaie]|insieme|sempre|infatti|però|quindi|intanto"
    r"|aujourd|hier|encore|aussi|ensuite|alors|même|ensemble|toujours|donc|pourtant|cependant|également"
    r"|hoy|ayer|todavía|también|además|entonces|mism[oa]s?|juntos|juntas|siempre|pues)\b)(?-i:[a-zàâçéèêëîïôûùáíóúñ])[\w'’-]{3,}(?=\s*,)")
_REL_SUBJECT = re.compile(
    r"\s*,\s*(?:which|that|who|che|que|qui|der|die|das|welche[rs]?)\s+"
    # (adverbs, two at most: ", che del resto rifornisce già", ", qui fournit également", ", que a su vez suministra")
    r"(?:(?:già|ya|déjà|already|bereits|also|anche|también|aussi|auch|ora|now|still|sigue|continua a|continúa"
    r"|del\s+resto|inoltre|tuttora|ancora|oggi|attualmente|peraltro|a\s+sua\s+volta|désormais|également|encore|toujours|actuellement"
    r"|par\s+ailleurs|notamment|además|todavía|aún|actualmente|hoy|a\s+su\s+vez|currently|today|in\s+turn|mainly|itself)\s+){0,2}"
    # an English modal before the verb: ", which will supply it with cells", ", which is to deliver"
    r"(?:(?:will|would|shall|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to|has\s+agreed\s+to|agreed\s+to)\s+)?"
    # a Romance modal: ", qui doit lui livrer", ", que debe entregarle", ", che dovrà fornirle" (the
    # Italian and Spanish clitic moves onto the infinitive: modal_relatives.enclitic)
    r"(?:" + ROMANCE_MODAL + r")?"
    # the elided French clitic: ", qui l'approvisionne en cellules" (l' is the customer, as "le")
    # (and an interview's "us": "Corxo Energy, che ci fornirà le celle", "que nos suministra")
    # (supS) a dative clitic with the goods' pronoun before it: "qui le lui livre", "que se lo suministra",
    # "che glielo fornisce", "che ce lo fornisce" (the dative is the customer, as "lui", "le", "gli" alone)
    r"(?:nous\s+)?(?:((?:l[ea]s?\s+(?:lui|leur)|l['’]\s*(?:lui|leur)|se\s+l[oa]s?|glie(?:lo|la|li|le|ne)|ce\s+l[oaie]|ce\s+ne"
    r"|le|les|lui|leur|gli|ihm|ihnen|li|lo|la|ci|nos)\s+|l['’]))?"
    r"(?:(?:ha|han|había|habían|has|have|had)\s+)?"  # "qui nous livre": an interview's "we" (entities/interview.py); "que le ha entregado"
    # (supS) a tense of going on: ", which has been supplying", ", which is already delivering", ", che sta
    # fornendo", ", que está suministrando", ", que seguirá suministrando", ", qui continuera de livrer" (an
    # English "is" only before a verb in -ing: ", which is supplied with" is a passive)
    r"(?:(?:been|(?P<prog>is|are|was|were|will\s+be)(?:\s+(?:already|still|now|currently))?"
    r"|sta|stava|stanno|continuerà\s+a|está|estaba|están|seguirá|seguía|continuará|continuaba"
    r"|est\s+en\s+train\s+de|continuera\s+(?:de|à)|continue\s+(?:de|à))\s+)?", _I)


def _rel_subject(text: str, a: int, t0: int) -> re.Match | None:
    """``_REL_SUBJECT`` between ``a`` and the trigger at ``t0``; an English "is"/"was" only before a verb in
    -ing (the match cannot look past the trigger's start)."""
    rel = _REL_SUBJECT.fullmatch(text, a, t0)
    if rel is not None and rel.group("prog") and not re.match(r"\w+ing\b", text[t0 : t0 + 30]):
        return None
    return rel
#: between a subject and its verb: auxiliaries and adverbs only ("will continue to buy", "continuera d'acheter")
_VERB_GROUP = re.compile(r"\s*(?:[\w'’]+(?:\s+|(?<=['’]))){0,3}")
#: ", filiale du groupe chinois ", ", a unit of the Korean group ": a description after a name, up to the next name
_DESCRIPTION_GAP = re.compile(r"\s*,\s*(?-i:[a-zà-öø-ÿ])[^,;:()]{0,60}")
#: words that join clauses or names: a gap with one is no description of the name before it
_CONJUNCTION = re.compile(r"\b(?:and|or|but|while|whereas|e|ed|o|ma|mentre|und|oder|aber|während|et|ou|mais|tandis|y|u|pero|mientras)\b", _I)
#: at most two words (an article, an adjective) between a word and what follows it
_NEAR_WORDS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
#: "relies on Y", "si affida a Y": the company follows the verb, at most a preposition between
_RELY_GAP = re.compile(r"\s*(?:[\w'’]{1,4}\s+)?")
#: "chose Y for its LFP batteries": a "for" and a few determiners or adjectives before the product
#: (an elided article glued to the product counts as one of them: "pour l'onduleur", "per l'inverter")
_FOR_PRODUCT = re.compile(r"\s+(?:for|per|para|pour|für)\s+(?:[\w'’-]+\s+|[ld]['’]){0,3}", _I)


#: German: the comma closing an apposition of the subject, then the finite verb and an adverb at most
_APPOSITION_CLOSED = re.compile(r"\s*,\s*(?-i:[a-zäöüß]+)(?:\s+(?-i:[a-zäöüß]+))?\s+")


#: between the maker of the goods and the passive verb: an auxiliary and an adverb at most ("sont",
#: "vengono", "se", "are now", "sono già stati")
_TO_PASSIVE = re.compile(r"\s+(?:(?-i:[a-zà-öø-ÿ])[\w'’]*\s+){0,3}")


def _made_by_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """The agent of a production participle in the subject right before a passive supply verb: "The
    cells produced by X are delivered", "Le celle prodotte da X vengono consegnate"; None elsewhere."""
    if lex.made_by is None:
        return None
    g = next((g for g in reversed(groups) if g.end <= t0), None)
    if g is None or not has(lex, "agent", g) or g.marker_start < 0 or not _TO_PASSIVE.fullmatch(text, g.end, t0):
        return None
    return g if lex.made_by[0].search(text, max(0, g.marker_start - 30), g.marker_start) else None


def _maker(lex: Compiled, right: list[Group], t1: int, text: str) -> Group | None:
    """"buys lithium produced by Melvane", "kauft die von Fendrow gefertigten Zellen": the producer of
    the goods bought, named by a production participle next to its agent, in the same clause."""
    if lex.made_by is None:
        return None
    before, after = lex.made_by
    for g in right:
        if not has(lex, "agent", g) or g.start - t1 > 80 or re.search(r"[,;:()]", text[t1 : g.start]):
            continue
        if before.search(text, t1, g.marker_start) or after.match(text, g.end):
            return g
    return None


#: an article or possessive before goods: whose goods they are is open ("le celle di Y" may be Y's own)
#: English: a verb of use, an adverb at most, the maker, a modifier at most, the goods ("uses Y LFP cells")
_EN_VERB_TO_MAKER = re.compile(r"\s+(?:(?:also|now|already|only|mainly|still)\s+)?", _I)
_EN_MAKER_TO_GOODS = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)??(?=\w)")
#: French names goods with the indefinite "des" ("intègre des puces de Y"): only a definite or possessive
#: determiner makes them the buyer's own
_GOODS_DETERMINER_FR = re.compile(r"\b(?:les|ses|leurs|le|la|son|sa)\b|\bl['’]", _I)
#: a place told between the verb of use and its goods: "utilise dans son usine des cellules de Y", "uses in
#: its plant cells made by Y", "utilizza nel suo stabilimento celle di Y"
_PLACE_THEN_NEAR = re.compile(
    r"\s+(?:dans|sur|in|on|at|across|nel|nella|nei|nelle|negli|en|im|in)\s+(?:[\w'’-]+\s+){1,3}?(?P<near>(?:[\w'’-]+\s+){0,1})", _I)
_GOODS_DETERMINER = re.compile(
    r"\b(?:the|its|their|il|lo|la|i|gli|le|suoi|sue|suo|sua|der|die|das|den|dem|des|seine[nm]?|ihre[nm]?|les|ses|leurs|el|los|las|sus)\b|\bl['’]",
    _I)


#: one adjective of the goods' format, kind or origin ("celdas prismáticas", "motores eléctricos",
#: "baterías chinas"); no participle ("celdas fabricadas de" is no make) nor any other word
_GOODS_ADJECTIVE = re.compile(
    r"(?-i:(?:prismátic|cilíndric|eléctric|electrónic|sólid|compact|modular|híbrid|chin|corean|japones|europe)[ao]?s?)")


#: before goods glued to their maker's name: the subject after the verb (verb second: "Bis dahin bezieht
#: Fenvion die ..."), an article or possessive or adverb, at most two adjectives
_COMPOUND_LEAD = re.compile(r"\s+(?:(?-i:[A-ZÄÖÜ])[\w.&-]*\s+){0,3}?(?:(?:die|den|der|seine|ihre|mehr|weiter|künftig|bereits|auch|nur)\s+){0,2}(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}")


def _compound_maker(lex: Compiled, right: list[Group], t1: int, text: str) -> Group | None:
    """"Fenvion bezieht die Vostra-Zellen aus China", "verbaut Vostra-Chips": the maker glued to the goods
    bought right after the verb (German); None elsewhere."""
    if not lex.compound_modifier or not right:
        return None
    g = right[0]
    if g.marker is not None or len(g.names) != 1 or not MAKER_GOODS_COMPOUND.match(text, g.end) \
            or not _COMPOUND_LEAD.fullmatch(text, t1, g.start):
        return None
    return g


def _goods_maker(lex: Compiled, right: list[Group], t1: int, text: str) -> Group | None:
    """"verbaut Zellen von Y", "utilizza celle di Y": goods with no article right after a verb of use,
    their maker named by "of" right after them (an adverb or two at most before the goods); or the
    maker's name glued after the goods, the Romance way of naming a make ("monta freni Halvion")."""
    g = next((g for g in right if g.start - t1 <= 70), None)
    if g is None or re.search(r"[,;:()]", text[t1 : g.start]):
        return None
    if lex.lang == "en" and g.marker is None and len(g.names) == 1 and _EN_VERB_TO_MAKER.fullmatch(text, t1, g.start):
        # English names the make before the goods: "uses Y cells", "fits Y brakes across its range"
        goods = _EN_MAKER_TO_GOODS.match(text, g.end)
        return g if goods is not None and _PRODUCT_RX.match(text, goods.end()) else None
    if has(lex, "of", g) and g.marker_start >= 0:
        end = g.marker_start
    elif g.marker is None and lex.lang in ("it", "es", "fr") and len(g.names) == 1:
        end = g.start
    else:
        return None
    pm = None
    for pm in _PRODUCT_RX.finditer(text, t1, end):
        pass
    tail = text[pm.end() : end].strip() if pm is not None else ""
    if tail and lex.lang == "es" and _GOODS_ADJECTIVE.fullmatch(tail):
        tail = ""  # "monta celdas prismáticas de Y": one adjective after the goods, the Spanish order
    place = _PLACE_THEN_NEAR.fullmatch(text, t1, pm.start()) if pm is not None else None
    if pm is None or tail or not (_NEAR_WORDS.fullmatch(text, t1, pm.start()) or place) and text[t1 : pm.start()].strip():
        return None
    near = place.start("near") if place is not None else t1  # (the place's own determiner is not the goods')
    if (_GOODS_DETERMINER_FR if lex.lang == "fr" else _GOODS_DETERMINER).search(text, near, pm.start()):
        return None  # "utilizza le celle di Y", "nutzt die Zellen von Y": Y's own cells, maybe not made by Y
    return g


def _previous_clause_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"Fenxo builds its motors in house; the cells are supplied by Halxo": a passive clause
    after a semicolon that names no company of its own before the verb speaks of the goods of the
    previous clause's subject."""
    semi = text.rfind(";", 0, t0)
    if semi < 0 or any(semi < g.end <= t0 for g in groups):
        return None
    lo = _clause_start(text, semi)
    return next((g for g in groups if lo <= g.start and g.end <= semi and _unmarked(lex, g)
                 and not _in_apposition(text, groups, g, semi)), None)


#: the two names of a pair joined by "with" ("teilt sich Y mit Z", "shares it with Z")
_PAIR_WITH = re.compile(r"\s+(?:with|mit|avec|con)\s+", _I)


def _pair_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """The pair a subject like "both companies" stands for, right before the verb, named earlier in
    the sentence: "split between Y and Z; both companies supply W", "teilt sich Y mit Z; beide
    Hersteller beliefern W", "entre Y et Z ; les deux groupes livrent W", "ambos grupos suministran".
    Returns the pair as one unmarked group at the anaphor, or None."""
    if lex.pair_anaphor is None:
        return None
    m = None
    for m in lex.pair_anaphor.finditer(text, max(0, t0 - 50), t0):
        pass
    if m is None or not _VERB_GROUP.fullmatch(text, m.end(), t0) or any(m.start() < g.end and g.start < t0 and g.start < g.end for g in groups):
        return None
    before = [g for g in groups if g.end <= m.start()]
    if not before:
        return None
    last = before[-1]
    names = None
    if len(last.names) == 2:
        names = list(last.names)
    elif len(last.names) == 1 and len(before) > 1 and len(before[-2].names) == 1 and _PAIR_WITH.fullmatch(text, before[-2].end, last.start):
        names = before[-2].names + last.names
    if names is None or names[0] == names[1]:
        return None
    return dataclasses.replace(last, start=m.start(), end=m.end(), names=names, firsts=[m.start(), m.start()], ends=[m.end(), m.end()],
                               member_sectors=[[], []], marker=None, marker_start=m.start(), comma_only=False, head_end=-1, described=-1)


def _member_before(groups: list[Group], t0: int) -> Group | None:
    """The member of a list that a trigger inside the list's description follows, as a group of its
    own: "entre Y, que le vende celdas, y Z", "tra Y, che gli vende celle, e Z", "between Y, which
    sells it cells, and Z" join Y and Z into one list around the relative; the relative speaks of Y."""
    g = next((g for g in groups if g.start < t0 < g.end and len(g.names) > 1), None)
    if g is None or len(g.ends) != len(g.names):
        return None
    i = max((k for k, e in enumerate(g.ends) if e <= t0), default=None)
    if i is None:
        return None
    sectors = g.member_sectors[i] if i < len(g.member_sectors) else []
    return dataclasses.replace(g, start=g.firsts[i], end=g.ends[i], names=[g.names[i]], firsts=[g.firsts[i]], ends=[g.ends[i]],
                               member_sectors=[list(sectors)], sectors=list(sectors), comma_only=False, head_end=-1, described=-1,
                               marker=g.marker if i == 0 else None, marker_start=g.marker_start if i == 0 else g.firsts[i])


def _relative_antecedent(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group | None, re.Match | None]:
    """The company a subject relative right before the trigger speaks of (", qui lui livre", ", which
    supplies"; "Orlvane in Sunderland, which supplies": past the name's place), and the relative's match
    (None: no such relative). A company inside a description of the one before it is not the
    antecedent: "à Kordrow Orlvane, filiale du groupe chinois Kordrow, qui lui livre" - the relative
    goes with the head, Orlvane."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    inner = _member_before(groups, t0)
    if inner is not None and (ante is None or ante.end <= inner.start):
        ante = inner
    if ante is None:
        return None, None
    place = lex.rel_place.match(text, ante.end, t0) if lex.rel_place is not None else None
    rel = _rel_subject(text, ante.end, t0) or (_rel_subject(text, place.end(), t0) if place else None)
    adj = _ROMANCE_ADJECTIVE.match(text, ante.end) if rel is None and lex.lang in ("it", "fr", "es") else None
    if adj is not None:
        # "della società comasca, che fornisce", "la société grenobloise, qui fournit", "la empresa catalana,
        # que suministra": the Romance adjective after the name or description, as English puts it before
        rel = _rel_subject(text, adj.end(), t0)
    if rel is None:
        return None, None
    head = next((g for g in reversed(groups) if g.end <= ante.start), None)
    if head is not None and _DESCRIPTION_GAP.fullmatch(text, head.end, ante.start) and not _CONJUNCTION.search(text, head.end, ante.start):
        return head, rel
    return ante, rel


def _deal_partner(lex: Compiled, g: Group, text: str) -> bool:
    """"X ha firmato un contratto con Y": Y is named as the other side of a deal noun just before it."""
    return has(lex, "with", g) and lex.deal is not None and lex.deal.search(text, max(0, g.marker_start - 40), g.marker_start) is not None


def _brand_owner(lex: Compiled, groups: list[Group], recip: Group, text: str) -> Group:
    """"fornisce le celle per le elettriche Galdrow e Tarvane di Ardvion": names after a goods noun
    are brands of the goods; the owner named right after them is the customer."""
    if lex.goods_of is None or not lex.goods_of.search(text, recip.marker_start, recip.start):
        return recip
    own = next((g for g in groups if recip.end < g.start <= recip.end + 12 and has(lex, "of", g)
                and not text[recip.end : g.marker_start].strip()), None)
    return own or recip


#: a past participle inside a passive's subject, for the languages whose lexicon names none ("les bornes
#: installées par Y", "los cargadores instalados por Y"): its agent put the goods to use
_SUBJECT_PARTICIPLE = {
    "fr": re.compile(r"\w+(?:é|ée|és|ées|is|ise|ises|ite|ites)", _I),
    "es": re.compile(r"\w+(?:ad|id)(?:o|a|os|as)", _I),
}


def _goods_owner_before(lex: Compiled, groups: list[Group], t0: int, text: str, after: str = "",
                        skip: Group | None = None) -> Group | None:
    """"Le pompe montate sulle elettriche di Melvion sono fornite da Lumxo", "le colonnine installate
    da Marxo sono fornite da Norxo": in a passive clause with no subject name, the owner of the
    goods, or the one who puts them to use, named before the verb receives them. ``skip``: a passive
    agent before the verb, where German puts it ("Die Zellen für die Autos von Y werden von X geliefert")."""
    if lex.goods_of is None:
        return None
    lo = _clause_start(text, t0)
    end = skip.start if skip is not None else t0
    own = next((g for g in reversed(groups) if lo <= g.start and g.end <= end and g is not skip), None)
    if own is None or re.search(r"[,;:()]", text[own.end : end]) or any(g is not own and g is not skip and lo <= g.start < t0 for g in groups):
        return None
    if has(lex, "of", own) and lex.goods_of.search(text, max(lo, own.marker_start - 80), own.marker_start):
        return own
    if any(w in lex.markers.get("recipient", ()) for w in re.findall(r"\w+", after.lower())):
        return None  # "Le celle di X sono fornite anche ai concorrenti da Y": goods supplied to others
    if has(lex, "of", own) and _PRODUCT_RX.search(text, max(lo, own.marker_start - 40), own.marker_start) and _ARTICLE_BEFORE.fullmatch(
            text, lo, _PRODUCT_RX.search(text, max(lo, own.marker_start - 40), own.marker_start).start()):
        # "Le batterie di Brixo sono fornite da Kestrel", "Les sièges de Y sont livrés par X": the
        # goods of the passive subject are the customer's
        return own
    if _possessive_goods(lex, text, own.end):
        return own  # "The batteries in Brixo's vans are provided by Kestrel"
    participle = lex.participle or _SUBJECT_PARTICIPLE.get(lex.lang)
    if has(lex, "agent", own) and participle is not None and participle.fullmatch(text[lo : own.marker_start].split()[-1] if text[lo : own.marker_start].split() else ""):
        return own  # the agent of a participle inside the subject ("installate da Marxo", "installées par Marxo")
    return None


#: a comparison between the verb and a name: the name is a rival, not a customer ("vende più auto di Y")
_COMPARATIVE = re.compile(r"\b(?:more|fewer|less|mehr|weniger|più|meno|plus|moins|más|menos)\b[^,;:()]*?\b(?:than|als|di|del|della|dei|degli|delle|que|qu)\b", _I)
_MORE = re.compile(r"\b(?:più|plus|más)\b", _I)
#: Italian, French and Spanish say "no longer" with the word for "more" after a negation ("non fornisce
#: più i freni per i treni di Y", "ne livre plus les cellules des voitures de Y", "no suministra más
#: discos para los trenes de Y"): no comparison, unless "than" follows the word at once ("non più di
#: cento": no more than). English "not ... more ... than" and German "nicht mehr ... als" stay comparisons.
_NEGATION_BEFORE = re.compile(r"\b(?:(?:non|ne|no|mai|jamais|nunca)\s+|n['’]\s*)(?:[\w'’-]+\s+){0,2}$", _I)
_THAN_AT_ONCE = re.compile(r"\s+(?:di|que|qu|de)\b", _I)
_NO_LONGER_LANGS = ("it", "fr", "es")


def _compared(lang: str, text: str, lo: int, hi: int) -> bool:
    """Whether the words between ``lo`` and ``hi`` compare ("more cars than"): the first comparative
    word that opens a comparison, passing over a negated Romance "più"/"plus"/"más" (no longer)."""
    m = _COMPARATIVE.search(text, lo, hi)
    while m is not None and lang in _NO_LONGER_LANGS:
        more = _MORE.match(text, m.start())
        if more is None or not _NEGATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _THAN_AT_ONCE.match(text, more.end()):
            break  # a comparison
        m = _COMPARATIVE.search(text, more.end(), hi)  # a negated "più"/"plus"/"más": no longer, read on
    return m is not None
#: an article or a possessive (two short words at most) before a noun: " the ", " il suo ", " seine "
_DET = (r"(?:the|its|their|il|lo|la|l['’]|i|gli|le|suo|sua|suoi|sue|loro|les|son|sa|ses|leur|leurs|el|los|las|su|sus"
        r"|der|die|das|den|dem|des|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem)")
_SHORT_WORDS = re.compile(r"\s+" + _DET + r"\s*(?<=['’\s])", _I)
_SHORT_WORDS2 = re.compile(r"\s+" + _DET + r"\s+" + _DET + r"\s+", _I)
#: the start of a clause before its subject noun: an article at most ("Le ", "Die ", "The ")
_ARTICLE_BEFORE = re.compile(r"\s*(?:[\w'’]{1,4}\s*)?", _I)


def _possessive_goods(lex: Compiled, text: str, end: int) -> bool:
    """"Brixo's new vans": a name followed by a possessive and goods of the customer's."""
    pm = _POSSESSIVE_AFTER.match(text, end)
    if pm is None or lex.goods_noun is None:
        return False
    return _noun_after(lex.goods_noun, text, pm.end())


def _noun_after(rx: re.Pattern, text: str, pos: int) -> bool:
    """``rx`` matches after ``pos`` past at most two words (adjectives): "'s new electric vans"."""
    gap = _WORDS_AFTER.match(text, pos)
    if gap is None:
        return False
    first = pos + len(gap.group(1))
    starts = [first] + [first + w.end() for w in re.finditer(r"[\w-]+\s+", text[first : gap.end()])]
    return any(rx.match(text, p) for p in starts[:3])


#: whitespace, then up to two words
_WORDS_AFTER = re.compile(r"(\s+)(?:[\w-]+\s+){0,2}")


#: a possessive after a name, the bare apostrophe of a name ending in s too ("Brixo Motors' next SUV")
_BARE_POSSESSIVE = re.compile(r"['’]s?(?=\s)")


def _goods_owner_after(lex: Compiled, groups: list[Group], t1: int, text: str) -> Group | None:
    """"Kestrel will equip Brixo's new models", "équipera les modèles de Brixo", "stattet die Modelle
    von Brixo aus": the owner of the vehicles (models, fleets, plants) named right after the verb."""
    for g in _right(groups, t1):
        if g.start - t1 > 70 or re.search(r"[,;:()]", text[t1 : g.start]):
            return None
        if has(lex, "of", g) and lex.goods_of is not None and lex.goods_of.search(text, max(t1, g.marker_start - 60), g.marker_start):
            return g
        if _possessive_goods(lex, text, g.end):
            return g
        # one vehicle in the singular: "la nuova berlina di Brixo", "Brixo's next SUV"
        if has(lex, "of", g) and one_vehicle_of(lex.lang, text, max(t1, g.marker_start - 60), g.marker_start):
            return g
        pm = _BARE_POSSESSIVE.match(text, g.end)
        if pm is not None and one_vehicle_after(lex.lang, text, pm.end()):
            return g
        return None
    return None


def _recipient_relative(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Corvalis, alla quale Norvik fornisce le celle", "possiede il 26% di Orlxo, alla quale fornisce
    elettrodi": the antecedent of a relative governed by "to" receives; the relative's own subject
    supplies or, where it names none (a dropped subject), the subject of the antecedent's clause.
    Returns (supplier, customer) or None."""
    if lex.to_rel is None:
        return None
    for i, ante in enumerate(groups):
        if ante.end > t0:
            break
        rel = lex.to_rel.match(text, ante.end)
        if rel is None:
            # past an apposition of the antecedent: "Corvalis, la società dei motori, alla quale"
            appos = _DESCRIPTION_GAP.match(text, ante.end)
            rel = lex.to_rel.match(text, appos.end()) if appos is not None else None
            if rel is not None and any(ante.end < g.start < appos.end() for g in groups):
                rel = None
        if rel is None or rel.end() > t0:
            continue
        subj = next((g for g in groups[i + 1 :] if g.end <= t0), None)
        if subj is not None and not ((_unmarked(lex, subj) or subj.marker_start < rel.end()) and _VERB_GROUP.fullmatch(text, rel.end(), subj.start)
                                     and _VERB_GROUP.fullmatch(text, subj.end, t0)):
            return None
        if subj is None and not _VERB_GROUP.fullmatch(text, rel.end(), t0):
            return None
        customer = _described_head(lex, groups, i, text)
        supplier = subj or _subject_before(lex, groups, customer, text)
        if supplier is None or supplier is customer:
            return None
        return supplier, customer
    return None


#: a relative governed by "from" right after its antecedent: "da cui", "auprès duquel", "from which"
_FROM_REL = re.compile(
    r"\s*,\s*(?:da\s+cui|dal\s+quale|dalla\s+quale|dai\s+quali|dalle\s+quali|presso\s+cui|auprès\s+(?:duquel|de\s+laquelle|de\s+qui|desquels)"
    r"|chez\s+qui|dont|from\s+which|from\s+whom|de\s+la\s+que|del\s+que|de\s+los\s+que|del\s+cual|de\s+la\s+cual|de\s+quien"
    # "Hinzu kommen X und Y, von denen Z Wafer bezieht": the German relative of "von" and "bei"
    r"|von\s+dem|von\s+der|von\s+denen|von\s+welche[mrn]|bei\s+dem|bei\s+der|bei\s+denen)\s+", _I)
#: the words between a verb-final relative's subject and its verb ("von denen wir seit 2024 Wafer und
#: Boules in größerem Umfang beziehen"): a stretch of the clause, no comma
_VERB_FINAL_GROUP = re.compile(r"\s*(?:[\w'’.-]+\s+){0,10}")


def _seller_relative(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """(buyer, seller) for a verb of buying in a relative governed by "from", its subject named right
    after the relative word: "Fendrow, da cui Ardvion acquista le celle", "Fendrow, auprès duquel Ardvion
    achète ses cellules", "Fendrow, from which Ardvion buys its cells". Returns None elsewhere."""
    for i, ante in enumerate(groups):
        if ante.end > t0:
            break
        rel = _FROM_REL.match(text, ante.end)
        if rel is None or rel.end() > t0:
            continue
        subj = groups[i + 1] if i + 1 < len(groups) else None
        gap = _VERB_FINAL_GROUP if lex.verb_final else _VERB_GROUP
        # (the relative's own preposition, "von dem Z", may have been taken for Z's marker)
        own = subj is not None and subj.marker is not None and rel.start() <= subj.marker_start < rel.end()
        if subj is None or subj.end > t0 or not (own or _unmarked(lex, subj)) or subj.start != rel.end() or not gap.fullmatch(text, subj.end, t0):
            return None
        if text[rel.start() : rel.end()].strip(" ,").lower() == "dont" and lex.lang != "fr":
            return None
        return subj, ante
    return None


def _described_head(lex: Compiled, groups: list[Group], i: int, text: str) -> Group:
    """The name a relative after groups[i] speaks of: groups[i] itself, or the name before it when
    groups[i] stands inside that name's description ("Orlxo, la società tedesca controllata da
    Pelxo, alla quale ...": Orlxo)."""
    g = groups[i]
    head = groups[i - 1] if i else None
    if head is None:
        return g
    if _DESCRIPTION_GAP.fullmatch(text, head.end, g.start) and not _CONJUNCTION.search(text, head.end, g.start):
        return head
    if head.head_end >= 0 and g.start - head.end <= 60 and not re.search(r"[,;:()]", text[head.end : g.start]):
        return head  # a description taken into the head's own group goes on ("Orlxo, la società tedesca ...")
    return g


def _chosen(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Ardvion chose Fendrow to supply LFP batteries", "Brivane ficha a Sarvion para abastecer su
    gigafactoría": the company chosen supplies the one who chose. Returns (chosen, chooser) or None.
    The chosen one may carry the Spanish "a" of a named object."""
    if lex.choose is None:
        return None
    chosen = next((g for g in reversed(groups) if g.end <= t0), None)
    if chosen is None or t0 - chosen.end > 60 or not (_unmarked(lex, chosen) or has(lex, "recipient", chosen)):
        return None
    chooser = next((g for g in _left(groups, chosen.start, text, ("report",), lex, 80) if _unmarked(lex, g)), None)
    if chooser is None or re.search(r"[,;:()]", text[chooser.end : t0]) or not lex.choose.search(text, chooser.end, chosen.start):
        return None
    return chosen, chooser


def _with_relative(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Vesxo, con cui Dalxo ha firmato un contratto", "Norxo, mit dem Ladewerk einen Vertrag
    unterzeichnet hat", "X, with which Y signed a deal": the relative's subject made the deal with
    the antecedent. Returns (subject, antecedent) or None."""
    if lex.with_rel is None:
        return None
    for i in range(1, len(groups)):
        head, subj = groups[i - 1], groups[i]
        if subj.end > t0 or t0 - subj.end > 60 or re.search(r"[,;:()]", text[subj.end : t0]):
            continue
        rel = lex.with_rel.fullmatch(text, head.end, subj.start)
        # German has no relative word of its own: "mit dem" reads as a marker of the subject
        if rel is not None and (_unmarked(lex, subj) or subj.marker_start < rel.end()):
            return subj, head
    return None


def _subject_before(lex: Compiled, groups: list[Group], ante: Group, text: str) -> Group | None:
    """The subject of the clause a relative's antecedent belongs to: the nearest unmarked group
    before it ("Braxo mantiene su contrato con Velvion, que le compra ...": Braxo)."""
    return next((g for g in _left(groups, ante.start, text, ("report",), lex, 120) if _unmarked(lex, g)), None)


#: the customer opening the clause: "For X, " before a verb of making; Spanish "A X le" (the dative
#: doubled by its clitic) right before a verb of supplying
_FOR_OPENING = re.compile(r"\s*(?:for|pour|per|para)\s+$", _I)
_FOR_COMMA = re.compile(r"\s*,\s*")
_DATIVE_OPENING = re.compile(r"\s*(?:a|al)\s+$", _I)
_DATIVE_CLITIC_THEN = re.compile(r"\s+(?:le|les)\s+$", _I)
#: between a verb supplying and its subject after it: the goods (a few words, no preposition of place)
_GOODS_THEN_SUBJECT = re.compile(r"\s+(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}")


def _fronted_customer(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str, making: bool):
    """(supplier, customer) for a customer fronted at the opening of the clause: "Pour Dalvion, Fendrow
    produira des cellules", "Per Dalvion, Fendrow produrrà celle", "For Dalvion, Fendrow will make cells"
    (a verb of making, its subject right after the comma); "A Sarxo le suministra celdas Calvane" (a
    Spanish dative doubled by "le", its subject after the verb and the goods)."""
    lo = _clause_start(text, t0)
    first = next((g for g in groups if g.start >= lo), None)
    if first is None or first.end > t0 or first.marker_start < lo:
        return None
    if making and _FOR_OPENING.fullmatch(text, lo, first.start):
        subj = next((g for g in groups if g.start > first.end), None)
        if (subj is not None and subj.end <= t0 and subj.marker is None and _FOR_COMMA.fullmatch(text, first.end, subj.start)
                and _VERB_GROUP.fullmatch(text, subj.end, t0)):
            return subj, first
        return None
    if lex.lang == "es" and not making and _DATIVE_OPENING.fullmatch(text, lo, first.start) and _DATIVE_CLITIC_THEN.fullmatch(text, first.end, t0):
        subj = next((g for g in groups if g.start >= t1), None)
        if subj is not None and subj.marker is None and _GOODS_THEN_SUBJECT.fullmatch(text, t1, subj.start):
            return subj, first
    return None


def _customer_of(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"Telxo hat die Belieferung von Velvion eingestellt", "X assure l'approvisionnement de Y en cellules",
    "X garantisce il rifornimento di Y": the noun of supplying someone names its customer right after
    it; the supplier is its agent ("durch", "par", "da", "por") or else the clause subject."""
    right = _right(groups, t1)
    cust = right[0] if right and has(lex, "of", right[0]) and right[0].marker_start >= t1 and not text[t1 : right[0].marker_start].strip() else None
    if cust is None:
        return []
    agent = next((g for g in right[1:] if has(lex, "agent", g) and g.start - cust.end <= 40
                  and not re.search(r"[,;:()]", text[cust.end : g.start])), None)
    src = agent or _subject(lex, groups, t0, text)
    if src is None or src is cust or set(src.names) & set(cust.names):
        return []
    return [(src.names, cust.names, None, -0.05)]


def _nominal_supply(groups: list[Group], t0: int, t1: int, text: str, lex: Compiled, deal_ok: bool = True):
    """"in talks with Y for the supply of cells", "la fornitura di batterie a Y": the noun gives no
    direction, so it comes from an explicit "to"/"from"/"by", else from the two companies' tiers
    in the chain (a cell maker supplies a carmaker); without either, nothing is read."""
    right = _right(groups, t1)
    recip = next((g for g in right if has(lex, "recipient", g)), None)
    frm = next((g for g in right if (has(lex, "agent", g) or (has(lex, "from", g) and not has(lex, "recipient", g))) and g is not recip), None)
    subj = _subject(lex, groups, t0, text)
    if frm is not None and recip is not None and frm is not recip:
        return [(frm.names, recip.names, None, 0.0)]
    if recip is not None and frm is None:
        # "le forniture di Kestrel a Brixo", "die Lieferungen von Kestrel an Brixo", "deliveries of Kestrel
        # cells to Brixo": the noun's own complement, right after it, supplies the one named with "to"
        # ("la fornitura di celle di Fendrow a Y": the goods may come between the noun and its supplier)
        own = next((g for g in right if g is not recip and g.end <= recip.start and (has(lex, "of", g) or _unmarked(lex, g))
                    and _goods_only(lex, text, t1, g.marker_start if g.marker_start >= t1 else g.start)), None)
        if own is not None and not re.search(r"[,;:()]", text[t1 : recip.start]):
            return [(own.names, recip.names, None, 0.0)]
    if recip is not None and subj is not None and recip is not subj:
        if lex.asset is not None and lex.asset.search(text, t1, recip.start):
            return []
        if lex.choose is not None and lex.choose.search(text, subj.end, t0):
            return [(recip.names, subj.names, None, 0.0)]  # "adjudicó el suministro de baterías a Y": Y supplies
        if lex.award is not None and lex.award.search(text, t1, recip.marker_start):
            return [(recip.names, subj.names, None, -0.05)]  # "la fornitura è stata aggiudicata a Y": Y won it
        return [(subj.names, recip.names, None, 0.0)]
    if frm is not None and subj is not None and frm is not subj:
        return [(frm.names, subj.names, None, 0.0)]
    partner = next((g for g in _left(groups, t0, text, (), lex) if has(lex, "with", g) and (subj is None or g.start > subj.end)), None)
    if partner is None:
        partner = next((g for g in right if has(lex, "with", g)), None)
    if subj is None or partner is None or partner is subj:
        return []
    ta, tb = _carmaker_buys(subj.sectors, partner.sectors, tier(subj.sectors), tier(partner.sectors))
    if ta is None or tb is None or ta == tb:
        # "X ha firmato con Y un accordo da 1,9 miliardi per la fornitura di cavi": a deal for the
        # supply, read like "a supply agreement" (the subject supplies)
        lo = max(subj.end, partner.end if partner.end <= t0 else subj.end)
        if deal_ok and lex.deal is not None and not lex.deal.search(text, lo, t0) and partner.end <= t0 and lex.deal.search(text, subj.end, partner.start) \
                and not re.search(r"[;:()]", text[subj.end : t0]) and t0 - subj.end <= 100:
            lo = subj.end  # "X ha stretto un accordo con Y per la fornitura di celle": the deal before its partner
        if deal_ok and lex.deal is not None and lex.deal.search(text, lo, t0) and t0 - lo <= 80 and not re.search(r"[;:()]", text[lo:t0]):
            if _partner_makes_goods(text, t0, t1, subj, partner):
                # "Alstom signed a deal with Y for the supply of cells": the cell maker sells, whoever signs first
                return [(partner.names, subj.names, None, -0.15)]
            return [(subj.names, partner.names, None, -0.15)]
        return []
    return [(subj.names, partner.names, None, -0.05)] if ta < tb else [(partner.names, subj.names, None, -0.05)]


#: an article before a carmaker's name that makes it a car ("la Dalvion 5", "l'Orvane Vela-e", "the Brixo 5")
_CAR_ARTICLE = re.compile(r"(?:\b(?:de|pour|sur)\s+(?:la\s+|l['’]\s*)|\b(?:of|for|on|in)\s+the\s+)$", _I)
#: between the goods and their owner's preposition: a short complement at most ("de traction", "électriques")
_GOODS_TAIL = re.compile(r"\s*(?:(?:de|d['’]|à|of|for)?\s*(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}", _I)
#: a model after the maker's name: a number, "e-208", "Model Y"
_MODEL_AFTER = re.compile(r"\s*(?:e-|ë-)?(?:[\w-]*\d[\w-]*|Model\s+\w+)\b")


def _goods_customer(lex: Compiled, groups: list[Group], src: Group, right: list[Group], t1: int, text: str) -> Group | None:
    """"X fournit les batteries de la Dalvion 5", "X supplies the cells of the Brixo 5": goods of a car
    named by its maker; "X fournit les onduleurs de Sarxo et de Valxo": goods of a carmaker, when the
    subject is a tier below it (a supplier's own goods are not "de" a carmaker). The maker or None."""
    own = next((g for g in right if has(lex, "of", g)), None)
    if own is None or own is src or own.start - t1 > 80 or re.search(r"[,;:()]", text[t1 : own.start]) \
            or any(g is not own and t1 <= g.start < own.start for g in groups):
        return None
    goods = None
    for goods in _PRODUCT_RX.finditer(text, t1, own.marker_start):
        pass
    if goods is None or not _GOODS_TAIL.fullmatch(text, goods.end(), own.marker_start):
        return None  # the goods right before the owner's "de" ("les onduleurs de traction de Y")
    if _CAR_ARTICLE.search(text, max(t1, own.start - 12), own.start) and _MODEL_AFTER.match(text, own.end):
        return own
    ta, tb = tier(src.sectors), tier(own.sectors)
    return own if ta is not None and tb == 2 and ta < tb else None


def _makes_goods_of(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"Kestrel makes Brixo's batteries", "Kestrel, which builds Brixo's vans": making goods named as a
    customer's own (a possessive, then a product or vehicles) supplies that customer."""
    right = _right(groups, t1)
    own = next((g for g in right if g.start - t1 <= 6), None)
    if own is not None and _THE_AT_MOST.fullmatch(text, t1, own.start) and len(own.names) == 1 and _POSSESSIVE_AFTER.match(text, own.end):
        # the goods within the next three words ("'s batteries", "'s new electric vans")
        pos = _POSSESSIVE_AFTER.match(text, own.end).end()
        starts = [w.start() for w in _WORD.finditer(text, pos, min(len(text), pos + 40))][:3]
    else:
        # "fabrique les batteries de Brixo", "baut die Transporter von Brixo": the goods, then their owner
        own = next((g for g in right if has(lex, "of", g) and g.marker_start - t1 <= 50 and len(g.names) == 1), None)
        if own is None or re.search(r"[,;:()]", text[t1 : own.start]) or any(t1 <= g.start < own.start for g in right if g is not own):
            return []
        if _WITH_WORD.search(text, t1, own.marker_start):
            return []  # "produit la Mégane avec des cellules de Y": Y made the goods worked with (with_goods)
        starts = [w.start() for w in _WORD.finditer(text, t1, own.marker_start)][-3:]
    if not any(_VEHICLES.match(text, a) or _PRODUCT_RX.match(text, a) for a in starts):
        return []  # (not "built Brixo's first factory": a plant built is no goods supplied)
    ante, rel = _relative_antecedent(lex, groups, t0, text)
    if rel is None and _BARE_RELATIVE.search(text, max(0, t0 - 12), t0):
        return []  # "la fábrica francesa, que produce celdas para ... de Y": a plant's relative, no company's
    src = ante if rel is not None else _subject(lex, groups, t0, text)
    if src is None or src is own:
        return []
    return [(src.names, own.names, None, -0.05)]


#: a subject relative right before the verb whose antecedent is no company
_BARE_RELATIVE = re.compile(r",\s*(?:which|that|who|qui|que|che|die|der|das)\s+$", _I)


_WORD = re.compile(r"[\w-]+")
#: goods worked with: "avec", "con", "mit", "dank", "grâce à", "gracias a"
_WITH_WORD = re.compile(r"\b(?:with|avec|con|mit|dank|grâce\s+aux?|gracias\s+a|grazie\s+a)\b", _I)
#: vehicles and parts as the goods made for a customer (``_makes_goods_of``); also the goods that make a
#: carmaker the seller of a DEAL_SUPPLIER deal ("a contract with Y for 200 buses"). (Until the review of
#: round 14 a second, broader list for that check stood above it and was shadowed by this one from the
#: module's import on, so this list is the one both have read; widening the check is a change to measure.)
_VEHICLES = re.compile(r"(?:cars|vehicles|vans|trucks|buses|models|trains|ships|aircraft|engines|seats"
                       r"|voitures|véhicules|utilitaires|camions|modèles|moteurs|sièges"
                       r"|\w*[Ff]ahrzeuge|\w*[Aa]utos|Transporter|Lastwagen|Lkw|Busse|\w*[Mm]odelle|Motoren|Sitze"
                       # Italian and Spanish: "assembla due modelli di Y", "ensambla los coches de Y"
                       r"|auto|vetture|veicoli|modelli|furgoni|camion|autobus|motori|sedili"
                       r"|coches|vehículos|modelos|furgonetas|camiones|autobuses|motores|asientos)\b", re.IGNORECASE)
#: an article at most between a verb and a name ("makes the Brixo's" is rare; "makes Brixo's")
_THE_AT_MOST = re.compile(r"\s+(?:the\s+)?")


def _goods_only(lex: Compiled, text: str, a: int, b: int) -> bool:
    """text[a:b] is empty or only the goods of a supply noun with their "of" ("di celle", "de baterías
    LFP"): no other name, no clause break."""
    gap = text[a:b]
    if not gap.strip():
        return True
    words = gap.split()
    return (len(gap) <= 40 and words[0].lower() in lex.markers.get("of", ()) and not re.search(r"[,;:()]", gap)
            and _PRODUCT_RX.search(gap) is not None)


def _equip(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"Kestrel will equip Brixo's new models", "Le batterie di Kestrel equipaggeranno i modelli di
    Brixo": a verb of fitting out (equip, power) names a supply only for the vehicles of a named
    customer; the supplier is the subject, or the maker of the goods that open the clause."""
    own = _goods_owner_after(lex, groups, t1, text)
    if own is None:
        return []
    src = _relative_antecedent(lex, groups, t0, text)[0] if _relative_antecedent(lex, groups, t0, text)[1] else None
    src = src or _subject(lex, groups, t0, text)
    if src is None:
        lo = _clause_start(text, t0)
        first = next((g for g in groups if lo <= g.start and g.end <= t0), None)
        if first is not None and not any(g is not first and lo <= g.start < t0 for g in groups) and not re.search(r"[,;:()]", text[lo:t0]):
            pm = _PRODUCT_RX.search(text, lo, first.marker_start if first.marker_start >= 0 else first.start)
            if pm is not None and _ARTICLE_BEFORE.fullmatch(text, lo, pm.start()) and (
                    has(lex, "of", first) or _POSSESSIVE_AFTER.match(text, first.end)):
                src = first  # "Le batterie di Kestrel equipaggeranno ...", "Les cellules de Kestrel équiperont ..."
            elif _POSSESSIVE_AFTER.match(text, first.end) and _noun_after(_PRODUCT_RX, text, _POSSESSIVE_AFTER.match(text, first.end).end()):
                src = first  # "Kestrel's batteries will power Brixo's vans"
    if src is None or src is own:
        return []
    return [(src.names, own.names, None, -0.05)]


#: a German relative: ", der", ", die", ", das", ", welche" (nominative and accusative look alike for
#: die/das: the subject reading is the one news use for a supplier); ", den" / ", welchen" are only
#: the accusative: the antecedent is supplied ("Brixo, den Kestrel mit Zellen beliefert")
_VF_RELATIVE = re.compile(r"\s*,\s*(?P<word>der|die|das|den|welche[rsn]?)\s+", _I)


#: what may stand at length between the customer and the final verb: the goods ("mit Chips für die
#: neuen Baureihen"), where from ("aus Werken in China und in Ungarn"), since when
_VF_RELATIVE_MIDDLE = re.compile(r"\s+(?:mit|aus|seit|schon|bereits)\s")


#: German: a subject relative with a dative pronoun, the verb last: ", das ihm Zellen liefert", ", der
#: ihnen seit 2020 Module verkauft" ("ihr" only before an article or an adverb: "ihr Werk" is "its"), past
#: a separable particle that closes the clause before ("arbeitet mit Y zusammen, das ihm ...")
_DATIVE_RELATIVE = re.compile(
    r"(?:\s+(?-i:[a-zäöü]+))?\s*,\s*(?:der|die|das|welche[rs]?)\s+(?:(?:auch|bereits|schon|inzwischen|heute|nun|jetzt|seit\s+\S+)\s+){0,2}"
    r"(?:ihm|ihnen|ihr(?=\s+(?:die|den|das|der|auch|bereits|schon|seit|ab|künftig|inzwischen)\b))\s[^,;:()]{0,80}", _I)


def _dative_relative(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Melvion arbeitet mit Norvik zusammen, das ihm Zellen liefert": the antecedent of a relative
    with a dative pronoun supplies, the pronoun stands for the clause subject. Returns (supplier, customer)."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    inner = _member_before(groups, t0)
    if inner is not None and (ante is None or ante.end <= inner.start):
        ante = inner
    if ante is None or not (_DATIVE_RELATIVE.fullmatch(text, ante.end, t0) or accusative_relative(text, ante.end, t0)):
        return None
    customer = _subject_before(lex, groups, ante, text)
    if customer is None or customer is ante or re.search(r"[;:()]", text[customer.end : ante.start]):
        return None
    return ante, customer


def _marked_relative_antecedent(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """German: the name before ", der/die/das" (not the accusative "den") whose relative clause ends with
    the verb at ``t0``, holds no other clause and names the customer with "an"/"für" and no other company
    unmarked (who could be the subject); a verb may close the main clause between the name and its
    relative ("soll von X kommen, das ..."). None elsewhere."""
    for i in range(len(groups) - 1, -1, -1):
        ante = groups[i]
        if ante.end > t0:
            continue
        place = lex.rel_place.match(text, ante.end) if lex.rel_place is not None else None  # "X aus Aachen, das"
        after = place.end() if place else ante.end
        gap = _VERB_BEFORE_RELATIVE.match(text, after)
        rm = _VF_RELATIVE.match(text, gap.end() if gap else after)
        if rm is None:
            continue
        if rm.group("word").lower() in ("den", "welchen") or re.search(r"[,;:()]", text[rm.end() : t0]):
            return None
        inside = [g for g in groups if rm.end() <= g.start and g.end <= t0]
        if not any(has(lex, "recipient", g) for g in inside) or any(_unmarked(lex, g) for g in inside):
            return None
        head = next((g for g in reversed(groups) if g.end <= ante.start), None)
        if head is not None and _DESCRIPTION_GAP.fullmatch(text, head.end, ante.start) and not _CONJUNCTION.search(text, head.end, ante.start):
            # "Y, die Batterietochter von W, die Zellen an Z liefert": W is inside the description of
            # Y; the relative goes with the head, as in _relative_antecedent
            return head
        return ante
    return None


#: German: the customer of a relative's verb named by a description of a company in the accusative or
#: dative ("den Konzern", "an den Autobauer", "dem Hersteller"): a company named before, not a new one
_DE_DESCRIBED_CUSTOMER = re.compile(
    r"\b(?:an\s+)?(?:den|dem)\s+(?:(?-i:[a-zäöü])\w*\s+){0,2}(?-i:(?=[A-ZÄÖÜ]))[\w-]*(?:konzern|bauer|hersteller)s?\b", _I)


def _relative_on_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """German: "X setzt auf Y, die den Konzern beliefert", "X arbeitet mit Y zusammen, das den Autobauer
    seit 2019 beliefert": a nominative relative after Y (a verb closing the main clause may stand
    between), its verb at ``t0``, no company named in it and a company description as the customer
    ("den Konzern"): Y supplies the main clause's subject X. Returns (Y, X) or None."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    if ante is None:
        return None
    gap = _VERB_BEFORE_RELATIVE.match(text, ante.end)
    rm = _VF_RELATIVE.match(text, gap.end() if gap else ante.end)
    if rm is None or rm.group("word").lower() in ("den", "welchen") or re.search(r"[,;:()]", text[rm.end() : t0]):
        return None
    if not _DE_DESCRIBED_CUSTOMER.search(text, rm.end(), t0):
        return None
    subject = _subject(lex, groups, ante.start, text)
    if subject is None or subject is ante or set(subject.names) & set(ante.names):
        return None
    return ante, subject


#: German: one or two lower-case words (a verb closing the main clause) between a name and its relative
_VERB_BEFORE_RELATIVE = re.compile(r"(?:\s+(?-i:[a-zäöüß]+)){1,2}(?=\s*,)")


def _verb_final_relative(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Kestrel, das seit Jahren Brixo beliefert", "Kestrel, der Brixo mit Zellen versorgt": in a
    relative clause with the verb last the antecedent supplies the name between the relative word and
    the verb. Returns (supplier, customer) or None."""
    if not lex.verb_final:
        return None
    for i in range(1, len(groups)):
        ante, obj = groups[i - 1], groups[i]
        if obj.end > t0:
            break
        place = lex.rel_place.match(text, ante.end, obj.start) if lex.rel_place is not None else None  # (supS) "X aus Aachen, das"
        rm = _VF_RELATIVE.match(text, place.end() if place else ante.end)
        if rm is None or rm.end() > obj.start or not _unmarked(lex, obj):
            continue
        if re.search(r"[,;:()]", text[rm.end() : t0]) or len(text[rm.end() : obj.start].split()) > 4 or len(text[obj.end : t0].split()) > (
                8 if _VF_RELATIVE_MIDDLE.match(text, obj.end) else 5):
            continue
        if any(g is not obj and ante.end < g.start < t0 for g in groups):
            continue
        if rm.group("word").lower() in ("den", "welchen"):
            return obj, ante  # the accusative: the name after it is the clause subject, who supplies
        ta, to = tier(ante.sectors), tier(obj.sectors)
        if ta is not None and to is not None and ta > to:
            # "Fenvion, das Fendrow beliefert", "Zenxo, die Ardxo mit Gehäusen beliefert": die/das may
            # be the object, and the chain says it is: the name after it supplies the antecedent
            return obj, ante
        return ante, obj
    return None


def _for_owner(lex: Compiled, text: str, lo: int, hi: int, floor: int = 0) -> bool:
    """"für den Elektro-SUV von Brixo", "per la nuova gamma di Brixo": the thing the goods are for,
    right before the "of" of its owner (a preposition of the recipient, then at most three words, the
    last a noun: capitalised in German, "Die Zellen für Y werden von X geliefert" has a verb there).
    Two or more things joined by "and" share the owner ("für die Traktoren und Rasenmäher von Brixo",
    "per i trattori e i tosaerba di Brixo"): each conjunction lets the phrase run four words longer, and
    the reading may then reach further back than ``lo``: up to ``_AND_REACH`` characters before ``hi``,
    never before ``floor``."""
    if _owner_phrase(lex, text, lo, hi, False):
        return True
    return _owner_phrase(lex, text, min(lo, max(floor, hi - _AND_REACH)), hi, True)


#: how far back "for" may stand before the owner's "of" when the things it names are joined by "and"
_AND_REACH = 100
_AND_WORDS = frozenset("and or und oder sowie e ed o et ou y".split())


def _owner_phrase(lex: Compiled, text: str, lo: int, hi: int, joined: bool) -> bool:
    words = text[lo:hi].split()
    rec = lex.markers.get("recipient", ())
    if not words or any(ch in text[lo:hi] for ch in ",;:()"):
        return False
    if lex.verb_final and not words[-1][:1].isupper():
        return False
    k = next((i for i in range(len(words) - 2, max(-1, len(words) - (13 if joined else 5)), -1)
              if words[i].lower() in rec), None)
    if k is None:
        return False
    ands = sum(1 for w in words[k + 1 : -1] if w.lower() in _AND_WORDS) if joined else 0
    if joined and not (ands and len(words) - 1 - k <= 4 + 4 * ands):
        return False
    # the words after the preposition: an article, adjectives, the noun (no name: "für Brixo werden")
    return all(not w[:1].isupper() or w is words[-1] for w in words[k + 1 : -1]) if not lex.verb_final else (
        sum(1 for w in words[k + 1 :] if w[:1].isupper()) == 1 + ands)


def _between_groups(groups: list[Group], text: str, a: int, b: int) -> str:
    """text[a:b] without the groups inside it (the commas of a list "an A, B und C" are no clause break)."""
    out, pos = [], a
    for g in groups:
        if a <= g.start and g.end <= b:
            out.append(text[pos : g.start])
            pos = g.end
    out.append(text[pos:b])
    return " ".join(out)


#: "an dem", "an der" (dative): a place or a stake ("Brixo, an dem Kestrel 20 Prozent hält"), never the
#: one goods go to ("an den", "an die", "an das")
_DATIVE_AN = re.compile(r"an\s+(?:dem|der|denen)\s", _I)


def _dative_place(text: str, g: Group) -> bool:
    return g.marker_start >= 0 and _DATIVE_AN.match(text, g.marker_start) is not None


#: "Zellen von Kestrel": goods, then the maker's preposition right before the name; the same in
#: every language: "cells from Kestrel", "le celle di Kestrel", "les cellules de Kestrel", "las celdas de Kestrel"
_GOODS_OF_BEFORE = {
    "de": re.compile(r"\s+(?:von|vom|aus dem Hause)\s+(?:(?:der|dem|des)\s+)?$"),
    "en": re.compile(r"\s+(?:from|by|of|made by|supplied by)\s+(?:the\s+)?$", _I),
    "it": re.compile(r"\s+(?:di|del|della|dello|dell['’]|da|dalla|dal|fornit[eiao] da|prodott[eiao] da)\s*$", _I),
    "fr": re.compile(r"\s+(?:de|du|d['’]|de la|fournie?s? par|produite?s? par)\s*$", _I),
    "es": re.compile(r"\s+(?:de|del|de la|suministrad[ao]s? por|fabricad[ao]s? por)\s+$", _I),
}


def read_goods_in(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """Goods said to be in a maker's vehicles ("Zellen von Kestrel stecken in Fahrzeugen von Brixo",
    "...; sie stecken in Fahrzeugen von Brixo", "cells from Kestrel go into the vans of Brixo", "le celle di
    Kestrel finiscono nei furgoni di Brixo", "les cellules de Kestrel équipent les bus de Brixo", "las celdas
    de Kestrel van en los coches de Brixo"): the goods' maker supplies the vehicles' maker.
    The maker is named with "von" after a product, or, where a pronoun opens the clause after ";",
    is the subject of the clause before."""
    t0, t1 = m.start(), m.end()
    cust = next((g for g in _right(groups, t1) if g.start - t1 <= 3), None)
    if cust is None:
        return []
    lo = _clause_start(text, t0)
    maker = None
    for g in reversed([g for g in groups if lo <= g.start and g.end <= t0]):
        of_before = _GOODS_OF_BEFORE.get(lex.lang)
        before = of_before.search(text, max(lo, g.start - 25), g.start) if of_before is not None else None
        if before is not None and _PRODUCT_RX.search(text, max(lo, before.start() - 40), before.start()):
            maker = g
            break
    if maker is None and lex.lang == "en":
        # English names the maker before its goods: "Kestrel cells go into ...", "Its LFP cells have been going
        # into ..." (a possessive the entity stage resolved), "Kestrel, whose cells went into ..." (the relative's antecedent)
        for g in reversed([g for g in groups if lo <= g.start and g.end <= t0]):
            goods = _EN_GOODS_AFTER.match(text, g.end)
            # the goods may start at any of the next three words ("Its pouch LFP cells": "LFP cells" is the product)
            starts = [goods.end()] + [w.end() for w in _WORD_THEN_SPACE.finditer(text, goods.end(), min(t0, goods.end() + 40))][:2] \
                if goods is not None else []
            if any(p <= t0 and _PRODUCT_RX.match(text, p) for p in starts):
                maker = g
                break
        whose = _EN_WHOSE.search(text, max(0, lo - 2), t0) if maker is None else None
        if whose is not None and _PRODUCT_RX.match(text, whose.end()):
            maker = next((g for g in reversed(groups) if g.end <= whose.start() and not text[g.end : whose.start()].strip()), None)
    if maker is None and _PRONOUN_OPENS.match(text, lo) and text[:lo].rstrip().endswith(";"):
        prev_lo = _clause_start(text, len(text[:lo].rstrip()) - 1)
        maker = next((g for g in groups if prev_lo <= g.start and g.end < lo and _unmarked(lex, g)), None)
    if maker is None or maker is cust or set(maker.names) & set(cust.names):
        return []
    return [(maker.names, cust.names, None, -0.05)]


#: between an English maker and its goods: a genitive and two modifiers at most ("Kestrel's LFP pouch cells")
_EN_GOODS_AFTER = re.compile(r"(?:['’]s?)?\s+(?=\w)")
_WORD_THEN_SPACE = re.compile(r"[\w-]+\s+")
#: a clause opening "whose" (the relative's antecedent owns what follows): "Kestrel, whose cells ..."
_EN_WHOSE = re.compile(r",\s*whose\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?=\w)", _I)
#: a pronoun for the goods opening the clause ("sie stecken in ...", "diese kommen in ...")
_PRONOUN_OPENS = re.compile(r"\s*(?:sie|diese|die)\s", re.IGNORECASE)
