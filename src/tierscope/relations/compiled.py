"""The compiled lexicon: ``compiled(lang)`` turns ``lexicon/<lang>.py`` (plain strings and word lists)
into ``Compiled`` (regexes, marker tables, trigger prefixes), once per language and process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as _lexicon
from ..scan.prefilter import _gate, _prefixes, _required

_I = re.IGNORECASE


#: where the goods were made, between the participle and its agent: "made in Poland by X", "fabricadas
#: en Polonia por X", "prodotte in Ungheria da X", "produites en Pologne par X"
_MADE_AT = r"(?:\s+(?:in|en|à|au|aux|a|nel|nella|nei|negli|at)\s+(?:[^\s,;:()]+\s+){0,2}?[^\s,;:()]+)?"

@dataclass(slots=True)
class Compiled:
    lang: str
    coord: re.Pattern
    coord_np: re.Pattern | None
    markers: dict[str, list[str]]
    marker_words: list[tuple[list[str], str]]  # (tokens, phrase), longest first
    markers_by_last: dict[str, list[tuple[list[str], str]]] | None  # marker_words by their last token, same order
    marker_stop: frozenset[str]  # no preposition governs a name across one: finite verbs, months, the noun of an adverb ("par ailleurs")
    inner_markers: frozenset[str]  # case articles that open a description and act as its marker
    inverted_gap: re.Pattern | None  # between a finite verb and the subject that follows it
    inner_first: bool  # an inner marker outranks a preposition before the description
    fronted_gap: re.Pattern | None  # between a fronted "with" group and the subject after the verb
    plural_deal: re.Pattern | None  # a deal noun in the plural: several deals, not one between its subjects
    triggers: list[tuple[re.Pattern, dict]]
    trigger_prefixes: list[tuple[str, ...] | None]  # lower-case literals every match starts with
    trigger_prefix_all: tuple[str, ...]  # every trigger's prefixes, each once
    trigger_required: list[tuple[str, ...] | None]  # lower-case literals one of which every match holds
    trigger_by_prefix: dict[str, tuple[int, ...]]  # a prefix -> the triggers (their order) it starts
    trigger_always: tuple[int, ...]  # the triggers with no known prefix
    status: dict[str, re.Pattern]
    local: dict[str, re.Pattern]
    stake: re.Pattern
    majority: re.Pattern
    anaphora: re.Pattern
    venture_appos: re.Pattern | None
    pair_anaphor: re.Pattern | None
    possessive: re.Pattern
    among: re.Pattern
    rel_subject: re.Pattern
    rel_place: re.Pattern | None  # the place of a name before its relative ("X in Sunderland, which ...")
    rel_whose: re.Pattern
    co_investor: re.Pattern
    stake_holder: re.Pattern
    owner_compound: re.Pattern | None
    former: re.Pattern | None
    copula: re.Pattern | None
    staff_nouns: re.Pattern | None
    name_modifier: re.Pattern | None
    rel_object: re.Pattern | None
    rel_pronoun: re.Pattern | None  # an object relative whose subject is a pronoun ("dont il détient")
    asset: re.Pattern | None
    deal: re.Pattern | None
    choose: re.Pattern | None
    child_lead: re.Pattern | None
    goods_of: re.Pattern | None
    goods_noun: re.Pattern | None  # the goods words of ``goods_of`` alone ("Y's new vans")
    made_by: tuple[re.Pattern, re.Pattern] | None  # a production participle before / after its agent
    one_of: re.Pattern | None
    with_rel: re.Pattern | None
    name_as_goods: re.Pattern | None  # before a name that stands for its products: "le Peugeot"
    to_rel: re.Pattern | None  # a relative governed by "to": ", alla quale", ", a cui"
    rel_clitic: re.Pattern | None  # a subject relative with an object clitic before its verb: ", che l'ha "
    deal_plural: re.Pattern | None
    descriptor: re.Pattern | None
    member_tail: re.Pattern | None  # a list member's own complement before the list goes on
    held_by: re.Pattern | None  # a holding participle before an agent: "the shares held by X" (X holds them)
    award: re.Pattern | None
    have_as: re.Pattern | None
    have_in: re.Pattern | None
    participle: re.Pattern | None
    active_aux: re.Pattern | None
    verb_final: bool
    compound_modifier: bool
    facility: dict


@lru_cache(maxsize=None)
def compiled(lang: str) -> Compiled:
    lex = _lexicon.load(lang)
    coord_alt = "|".join(re.escape(w) for w in sorted(lex["coord"], key=len, reverse=True))
    coord = re.compile(r"^\s*(?:(?:" + coord_alt + r")\s*)+$", _I)
    phrases = sorted({w for ws in lex["markers"].values() for w in ws}, key=lambda w: -len(w.split()))
    marker_words = [(w.lower().split(), w.lower()) for w in phrases]
    markers_by_last: dict[str, list[tuple[list[str], str]]] | None = {}
    for words, phrase in marker_words:
        if not words:
            markers_by_last = None  # a phrase with no token matches anywhere: no index
            break
        markers_by_last.setdefault(words[-1], []).append((words, phrase))
    triggers = [(re.compile(_gate(t["re"]), _I), t) for t in lex["triggers"]]
    prefixes = [_prefixes(t["re"]) for t in lex["triggers"]]
    status = {k: re.compile(_gate(v), _I) for k, v in lex["status"].items()}
    local = {k: re.compile(_gate(v), _I) for k, v in lex["local"].items()}
    for key in ("completed", "unhedge", "weak_rumoured"):
        if lex.get(key):
            status[key] = re.compile(_gate(lex[key]), _I)
    fac = lex["facility"]
    facility = {
        "nouns": re.compile(_gate(fac["nouns"]), _I),
        "weak_nouns": re.compile(_gate(fac["weak_nouns"]), _I),
        "exclude": re.compile(_gate(fac["exclude"]), _I),
        "build": re.compile(_gate(fac["build"]), _I),
        "status": {k: re.compile(_gate(v), _I) for k, v in fac["status"].items()},
    }
    return Compiled(
        lang=lang,
        coord=coord,
        coord_np=re.compile(r"^\s*(?:" + lex["coord_np"] + r")\s*$", _I) if lex.get("coord_np") else None,
        markers={k: [w.lower() for w in v] for k, v in lex["markers"].items()},
        marker_words=marker_words,
        markers_by_last=markers_by_last,
        marker_stop=frozenset(w.lower() for w in lex.get("marker_stop", ())),
        inner_markers=frozenset(lex.get("inner_markers", ())),
        inner_first=bool(lex.get("inner_first")),
        fronted_gap=re.compile(lex["fronted_gap"]) if lex.get("fronted_gap") else None,
        inverted_gap=re.compile(lex["inverted_gap"]) if lex.get("inverted_gap") else None,
        plural_deal=re.compile(lex["plural_deal"], _I) if lex.get("plural_deal") else None,
        triggers=triggers,
        trigger_prefixes=prefixes,
        trigger_prefix_all=tuple(sorted({x for p in prefixes if p for x in p})),
        trigger_required=[_required(t["re"]) for t in lex["triggers"]],
        trigger_by_prefix={x: tuple(i for i, p in enumerate(prefixes) if p and x in p) for p in prefixes if p for x in p},
        trigger_always=tuple(i for i, p in enumerate(prefixes) if p is None),
        status=status,
        local=local,
        stake=re.compile(lex["stake"], _I),
        majority=re.compile(lex["majority"], _I),
        anaphora=re.compile(lex["anaphora"], _I),
        venture_appos=re.compile(lex["venture_appos"], _I) if lex.get("venture_appos") else None,
        pair_anaphor=re.compile(lex["pair_anaphor"], _I) if lex.get("pair_anaphor") else None,
        possessive=re.compile(lex["possessive"], _I),
        among=re.compile(lex["among"], _I),
        rel_subject=re.compile(r"(?:['’]s?)?(?:" + lex.get("rel_place", "(?!)") + r")?\s*,\s*(?:" + lex["rel_subject"] + r")\s+(?:(?:[^\s,;:()]|(?<=\d),(?=\d))+\s+){0,4}", _I),  # (a decimal comma is no break: "que ganó un 4,5% y")
        rel_place=re.compile(lex["rel_place"]) if lex.get("rel_place") else None,
        stake_holder=re.compile(lex["stake_holder"], _I),
        co_investor=re.compile(lex["co_investor"], _I),
        # (a preposition of membership may stand before: "zu dessen Kunden X zählt", "tra i cui clienti
        # figura X", "entre cuyos clientes figura X", "among whose customers is X")
        rel_whose=re.compile(r"\s*,\s*(?:(?:zu|unter|tra|fra|entre|among)\s+)?(?:" + lex["rel_whose"] + r")\s+(?:[\w'’-]+\s+){0,3}", _I),
        owner_compound=re.compile(lex["owner_compound"]) if lex.get("owner_compound") else None,
        former=re.compile(r"(?:" + lex["former"] + r")\s+$", _I) if lex.get("former") else None,
        copula=re.compile(lex["copula"] + r"$", _I) if lex.get("copula") else None,
        staff_nouns=re.compile(lex["staff_nouns"], _I) if lex.get("staff_nouns") else None,
        name_modifier=re.compile(lex["name_modifier"]) if lex.get("name_modifier") else None,
        rel_object=re.compile(r"\s*,\s*(?:[^,;:()]{0,60}?\s)?(?:" + lex["rel_object"] + r")(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){0,3}$", _I) if lex.get("rel_object") else None,
        rel_pronoun=re.compile(r"\s*,\s*(?:[^,;:()]{0,60}?\s)?(?:" + lex["rel_object"] + r")\s*(?:" + lex["rel_pronoun"] + r")\s+(?:[\w'’-]+\s+){0,3}$", _I)
        if lex.get("rel_pronoun") and lex.get("rel_object") else None,
        asset=re.compile(lex["asset"], _I) if lex.get("asset") else None,
        deal=re.compile(lex["deal"], _I) if lex.get("deal") else None,
        choose=re.compile(lex["choose"], _I) if lex.get("choose") else None,
        child_lead=re.compile(lex["child_lead"], _I) if lex.get("child_lead") else None,
        goods_of=re.compile(r"(?:" + lex["goods_of"] + r")\s+(?:[\w'’-]+\s+){0,2}$", _I) if lex.get("goods_of") else None,
        goods_noun=re.compile(r"(?:" + lex["goods_of"] + r")\b", _I) if lex.get("goods_of") else None,
        made_by=(re.compile(r"(?:" + lex["made_by"] + r")" + _MADE_AT + r"\s+$", _I), re.compile(r"\s+(?:" + lex["made_by"] + r")", _I)) if lex.get("made_by") else None,
        one_of=re.compile(r"\s*(?:" + lex["one_of"] + r")\s*", _I) if lex.get("one_of") else None,
        with_rel=re.compile(r"\s*,\s*(?:" + lex["with_rel"] + r")\s+(?:[\w'’]+\s+){0,2}?", _I) if lex.get("with_rel") else None,
        rel_clitic=re.compile(r"\s*,\s*(?:" + lex["rel_subject"] + r")\s+(?:" + lex["object_clitic"] + r")"
                              + r"(?:(?:" + lex["active_aux"] + r")\s+)?(?:(?:" + lex["clitic_adverb"] + r")\s+)?", _I)
        if lex.get("object_clitic") else None,
        name_as_goods=re.compile(r"(?:" + lex["name_as_goods"] + r")\s+$", _I) if lex.get("name_as_goods") else None,
        to_rel=re.compile(r"\s*,\s*(?:" + lex["to_rel"] + r")\s+", _I) if lex.get("to_rel") else None,
        deal_plural=re.compile(lex["deal_plural"], _I) if lex.get("deal_plural") else None,
        descriptor=re.compile(r"(?:" + lex["descriptor"] + r")\s*$", _I) if lex.get("descriptor") else None,
        held_by=re.compile(r"(?:" + lex["held_by"] + r")\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}$", _I) if lex.get("held_by") else None,
        member_tail=re.compile(lex["member_tail"], _I) if lex.get("member_tail") else None,
        award=re.compile(lex["award"], _I) if lex.get("award") else None,
        have_as=re.compile(r"(?:" + lex["have_as"] + r")\s+(?:[\w'’]+\s+){0,3}$", _I) if lex.get("have_as") else None,
        have_in=re.compile(r"(?:" + lex["have_in"] + r")\s+$", _I) if lex.get("have_in") else None,
        participle=re.compile(lex["participle"], _I) if lex.get("participle") else None,
        active_aux=re.compile(r"(?:" + lex["active_aux"] + r")\s+(?:[\w'’]+\s+){0,2}$", _I) if lex.get("active_aux") else None,
        verb_final=bool(lex.get("verb_final")),
        compound_modifier=bool(lex.get("compound_modifier")),
        facility=facility,
    )


def languages_for(lang: str | None) -> list[str]:
    """The lexicons to run: the document's language, or all of them when it is unknown."""
    if lang in _lexicon.LANGUAGES:
        return [lang]  # type: ignore[list-item]
    return list(_lexicon.LANGUAGES)
