"""The relation-noun frame SUPPLIER_N: a noun that names one company (its *referent*: the supplier,
the customer, the shareholder) by its relation to another (the *anchor*): "Tesla supplier Panasonic",
"X, Tesla's customer", "Y's largest shareholder is X", "X counts Y among its customers".
"""

from __future__ import annotations

import re

from ..clauses import _clause_start
from ..compiled import Compiled
from ...entities.gazetteer import places
from ..groups import Group, _POSSESSIVE_AFTER, _YEAR, has
from ..trigger_gate import frame_patterns
from .common import (
    _APPOSITION, _BESIDES, _RELATIVE, _adjacent, _clause_gap, _deal_verb_between, _in_apposition, _in_relative, _left, _relative_pair,
    _opening_subject, _relative_subject, _right, _subject, _unmarked,
)

_I = re.IGNORECASE


#: a German attributive participle or adjective between an agent and the noun ("von Almara kontrollierte")
_ATTRIBUTE_GAP = re.compile(r"\s+(?:\d{4}\s+|(?-i:[a-zäöü])[\wäöüß]*\s+)?(?-i:[a-zäöü])[\wäöüß]+e[nrms]?\s+")

_COPULA = re.compile(r"\b(?:is|was|remains|es|era|sigue|est|était|reste|è|era|ist|war|bleibt|sono|son|sont|are)\b", _I)


#: a plant between a customer noun and its owner's preposition: "client de l'usine de Y", "cliente dello
#: stabilimento di Y", "cliente de la planta de Y", "Kunde des Werks von Y" (English "customer of Y's plant")
_PLANT_OF = re.compile(
    r"\s*(?:of\s+(?:the\s+)?|de\s+(?:l['’]\s*|la\s+|las\s+)?|du\s+|des\s+|dello\s+|della\s+|dell['’]\s*|del\s+|degli\s+|dei\s+|der\s+)"
    r"(?:plants?|factory|factories|usines?|sites?|gigafactor(?:y|ies)|plantas?|fábricas?|factorías?|stabiliment[oi]|impiant[oi]"
    r"|fabbric(?:a|he)|Werks?|Werkes|Fabrik(?:en)?)\s+(?:(?-i:[a-zàâäéèêëîïôöùûüçñ])[\w-]*\s+)?", _I)
#: a Romance superlative after the noun, before its owner's preposition: "il cliente più importante di Y", "le client
#: le plus important de Y", "el cliente más grande de Y" (the customer noun's complement, two or three words on)
_SUPERLATIVE_GAP = re.compile(r"\s+(?:(?:le|la|les)\s+)?(?:più|meno|plus|moins|más|menos)\s+(?-i:[a-zà-ÿ])[\w-]*\s+", _I)
#: a first-person plural possessive and at most two adjectives right before the noun: "our biggest",
#: "notre premier", "il nostro primo", "nuestro mayor", "unser wichtigster"
_FIRST_PLURAL = re.compile(
    r"\b(?:our|notre|nos|nostro|nostra|nostri|nostre|nuestro|nuestra|nuestros|nuestras|unser|unsere|unseren|unserem|unserer|unseres)"
    r"\s+(?:[\w-]+\s+){0,2}$", _I)
_QUOTES_OPEN = "\"“«„‘"
_QUOTES_CLOSE = "\"”»“’"


def _quoted_first_person(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """A supplier or customer noun after "our" inside a quotation: (referent, speaker), the referent the
    name before the noun in the quote, the speaker the name right after the closing quote and its verb
    of saying ('"Brixo remains our biggest customer," Kestrel said', '« Brixo reste notre premier
    client », a déclaré Kestrel'); the speaker None where the quote names none (no reading then). None
    where the noun has no first-person possessive in a quotation."""
    possessive = _FIRST_PLURAL.search(text, max(0, t0 - 40), t0)
    if possessive is None:
        return None
    opened = max(text.rfind(q, 0, t0) for q in _QUOTES_OPEN)
    if opened < 0:
        return None
    close = min((i for i in (text.find(q, t1) for q in _QUOTES_CLOSE) if i >= 0), default=-1)
    if close < 0:
        return None
    # (not the possessive itself, which the entity stage may have made the speaker's company: "Our
    # customer Y", then the ordinary reading of the noun has "our" as its anchor)
    inside = [g for g in groups if opened < g.start and g.end <= possessive.start()]
    referent = inside[-1] if inside and _unmarked(lex, inside[-1]) else None
    if referent is None:
        return None
    after = next((g for g in groups if g.start > close), None)
    speaker = after if after is not None and after.start - close <= 30 and _unmarked(lex, after) and not re.search(
        r"[;:()]", text[close:after.start]) else None
    if speaker is None:
        # 'Kestrel said: "Brixo remains our biggest customer"': the name before a colon that opens the quote
        before = next((g for g in reversed(groups) if g.end <= opened), None)
        if before is not None and opened - before.end <= 30 and _unmarked(lex, before) and text[before.end : opened].rstrip().endswith(":"):
            speaker = before
    return referent, speaker


def _bought_noun(lex: Compiled, text: str, a: int, b: int) -> bool:
    """A purchase verb in text[a:b] whose object runs up to the noun: "X buys a supplier of Y", "X
    met la main sur le plasturgiste jurassien, fournisseur de Y" (not "X, which bought Z, is a
    supplier of Y": a copula makes X the noun's referent again)."""
    last = None
    for rx in frame_patterns(lex, text, ("ACQ",)):  # (the purchase triggers that may match in the sentence)
        for mm in rx.finditer(text, a, b):
            if last is None or mm.end() > last:
                last = mm.end()
    if last is None or b - last > 60:
        return False
    gap = text[last:b]
    return not _COPULA.search(gap) and not re.search(r"[;:()]", gap)


#: German: a verb (lower case where nouns are capitalised) between a name and the noun
_DE_VERB_BETWEEN = re.compile(r"\s(?:ist|sind|war|waren|bleibt|bleiben|blieb|wird|werden|wurde|gilt|galt)\s")
#: German: a subject, a copula and the predicate's article and adjectives before a compound noun
#: ("Kestrel ist seit 2020 ein wichtiger Brixo-Zulieferer", "hat sich als Brixo-Lieferant etabliert")
_DE_COPULA_GAP = re.compile(
    r"\s+(?:(?:hat|hatte)\s+sich\s+)?(?:ist|war|sind|waren|wird|wurde|bleibt|gilt|als)\s+(?:(?:[a-zäöüß][\w-]*|(?:19|20)\d\d)\s+){0,4}")

#: a subject relative with a copula before the noun: ", which remains one of the main", ", que sigue
#: siendo uno de los principales", ", che resta uno dei principali", ", qui reste l'un des principaux"
#: a possessive opening the noun's phrase, adjectives between: "its largest", "son premier", "sein größter", "il suo primo"
_POSSESSIVE_NOUN = re.compile(r"(?:^|[,;]\s*|\s)(?:and\s+|et\s+|und\s+|y\s+|e\s+)?(?:il\s+|la\s+)?(?:its|their|son|sa|leur|sein|seine|seiner|ihr|ihre|ihrer|su|suo|sua|loro)\s+(?:[\w-]+\s+){0,2}$", _I)
_BARE_NOUN_OPENING = re.compile(r":\s*(?:the|il|l['’]|le|el|der|die)\s*(?:[\w-]+\s+){0,2}$", _I)
_GENITIVE_PERSON = re.compile(r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}['’]s\s+")
#: "and" (a pronoun) and a copula before the noun: a second clause with the first one's subject
_SECOND_COPULA = re.compile(
    r"(?:,\s*|\s)(?:and|e|ed|et|y|und)\s+(?:(?:it|il|elle|er|sie|es)\s+)?(?:is|was|remains|has become|became|è|era|resta|rimane|"
    r"est|était|reste|demeure|es|sigue siendo|ist|war|bleibt)\s+(?:(?:also|still|now|anche|ancora|aussi|également|toujours|también|además|auch|zudem)\s+)?"
    r"(?:(?:the|a|an|il|l['’]|le|el|un|une|una|der|die|ein|eine)\s*)?(?:[\w-]+\s+){0,2}$", _I)
_COPULA_RELATIVE = re.compile(
    r"\s*,\s*(?:which|that|who|que|qui|che|il\s+quale|la\s+quale)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:is|was|remains|has\s+(?:long\s+)?been|will\s+be|è|era|resta|rimane|sarà|è\s+stat[oa]|est|était|reste|demeure|sera|a\s+été"
    r"|es|era|fue|será|sigue\s+siendo|continúa\s+siendo|ha\s+sido)\s+"
    r"(?:(?:[\w]+['’]|[\w'’-]+\s+)){0,6}?", _I)


def read_supplier_noun(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"Tesla supplier Panasonic", "Panasonic, Tesla's supplier", "Gotion, dont le premier actionnaire
    est Volkswagen": a supplier, customer ("reverse") or shareholder noun and the names it links."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    # The noun names one company (its *referent*: the supplier, the customer, the shareholder)
    # by its relation to another (the *anchor*). Pairs are (referent, anchor); a "reverse" noun
    # (customer) gives the supply the other way round.
    rev = bool(trig.get("reverse"))

    def put(referent, anchor, dconf, *stated):
        out.append(((anchor.names, referent.names) if rev else (referent.names, anchor.names)) + (None, dconf) + stated)
        return out

    quoted = _quoted_first_person(lex, groups, t0, t1, text)
    if quoted is not None:
        # '"Brixo remains our biggest customer," Kestrel said': "our" is the speaker's
        return put(quoted[0], quoted[1], -0.05) if quoted[1] is not None else out
    rel = _relative_pair(lex, groups, t0, text)
    if rel is not None:
        actor, head = rel
        # told in a relative clause of a name, with no status cue of its own: a standing tie that
        # the sentence's news ("Gotion, che ha in Volkswagen il primo azionista, ha smentito") leaves
        stated = () if _cue_between(lex, text, head.end, t1) else ("standing",)
        if has(lex, "of", actor):
            return put(head, actor, 0.0, *stated)  # "Exor, che di Iveco è il primo azionista"
        return put(actor, head, 0.0, *stated)  # "Gotion, en la que Volkswagen es el primer accionista"
    head = next((g for g in reversed(groups) if g.end <= t0), None)
    if head is not None and lex.rel_whose.fullmatch(text, head.end, t0):
        # "Gotion, dont le premier actionnaire est Volkswagen": the noun's referent follows it
        nxt = next((g for g in right if g.start - t1 <= 40 and _unmarked(lex, g) and not _clause_gap(text, t1, g.start)), None)
        return put(nxt, head, 0.0) if nxt is not None else out
    had = _had_as(lex, groups, t0, t1, text)
    if had is not None:
        referent, anchor, described = had
        standing = described and not _cue_between(lex, text, anchor.end, t1)
        return put(referent, anchor, 0.0, *(("standing",) if standing else ()))
    lefts = _left(groups, t0, text, ("report",), lex, 90)
    adj = lefts[0] if lefts and (_adjacent(text, lefts[0].end, t0) or text[lefts[0].end : t0] == "-"
                                 or _AS_ARTICLE_GAP.fullmatch(text, lefts[0].end, t0)) and (
        not _marker_between(text, lefts[0].end, t0, lex) or _YEAR_THEN_AS.fullmatch(text, lefts[0].end, t0)) else None
    # ("der Brixo-Zulieferer Kestrel": the anchor glued to the noun by a hyphen)
    if adj is not None and has(lex, "agent", adj) and _ATTRIBUTE_GAP.fullmatch(text, adj.end, t0):
        adj = None  # "der von Almara kontrollierte Zulieferer Brixo": the agent of an attribute, not the customer
    if adj is not None and lex.owner_compound is not None and lex.owner_compound.match(text, adj.end):
        adj = None  # "Brixo, an Almara-owned supplier": the name owns the supplier, it is not its customer
    if adj is not None and lex.among.search(text, adj.end, t0):
        adj = None  # "Verkor counts Bpifrance among its shareholders": "its" is the subject's, read below
    if adj is not None and _deal_verb_between(lex, text, adj.end, t0):
        adj = None  # "Brixo kauft den Zulieferer Kestrel", "X bought the supplier Y": a company bought
    if adj is not None and rev and not text[adj.end : t0].strip() and len(lefts) > 1 and _APPOSED_COMPOUND.fullmatch(text, lefts[1].end, adj.start):
        # "Brixo, a longtime Kestrel customer, ...": the name inside the noun is the anchor, the head the referent
        return put(lefts[1], adj, -0.05)
    if adj is not None and rev and not _POSSESSIVE_AFTER.match(text, adj.end) and not _AS.search(text, adj.end, t0):
        # ("Kestrel hat Brixo als Kunden gewonnen": the name before "as" is the customer, read below)
        adj = None  # "Renault, premier client": only "Tesla's customer" makes Tesla the anchor
    of_roles = ("of", "recipient", "in") if trig["type"] == "invests_in" else ("of",) if rev else ("of", "recipient")
    # (the complement's preposition stands after the noun: in "an den Zulieferer Y" it governs the noun too)
    of = next((g for g in right if any(has(lex, r, g) for r in of_roles) and g.start - t1 <= 40 and g.marker_start >= t1
               and (not rev or len(text[t1 : g.marker_start].split()) <= 1 or _PLANT_OF.fullmatch(text, t1, g.marker_start)
                    or _SUPERLATIVE_GAP.fullmatch(text, t1, g.marker_start))), None)
    if of is not None and lex.possessive.search(text, max(0, t0 - 12), t0):
        of = None  # "cuenta entre sus accionistas a Almara": the possessive is the noun's complement
    if of is not None and (re.search(r"[;:()]", text[t1 : of.start]) or any(g is not of and t1 <= g.start < of.start for g in right)):
        of = None  # "Seat cambia de proveedor: Motherson sustituye a Ficosa": not the noun's complement
    if adj is not None and has(lex, "agent", adj) and _AS.search(text, adj.end, t0) and not rev and len(lefts) > 1 \
            and _PASSIVE_AUX.search(text, lefts[1].end, adj.start):
        # "Kestrel è stata scelta da Brixo come fornitore": the agent chose; the subject is the referent
        referent = next((g for g in lefts[1:] if _unmarked(lex, g) and not re.search(r"[,;:()]", text[g.end : adj.start])), None)
        return put(referent, adj, 0.0) if referent is not None else out
    if adj is not None and _AS.search(text, adj.end, t0):
        # "Seat eligió a Gotion como proveedor (de Seat)": the name before "as" is the referent ("Kelda,
        # la società controllata da Brixo, ha scelto Almara come fornitore": Kelda chose, not its owner)
        anchor = of or next((g for g in lefts[1:] if _unmarked(lex, g) and not _in_apposition(text, groups, g, t0)), None)
        if of is None and anchor is not None and has(lex, "with", adj) and _WITH_OPENS.search(text, max(0, adj.marker_start - 12), adj.marker_start):
            # "Y, controlled by Z and with X as a minority shareholder": a with-phrase of its own after a
            # comma or "and" tells of the clause's subject, not of the name right before it
            anchor = _clause_subject(text, adj, lex, groups, t0) or anchor
        if anchor is None and lex.verb_final and len(lefts) > 1 and lex.rel_subject.fullmatch(text, lefts[1].end, adj.start):
            # "der Vertrag mit Y, der X als Lieferanten ausgewählt hatte": the relative's antecedent chose,
            # whatever governs it
            anchor = lefts[1]
        return put(adj, anchor, 0.0) if anchor is not None else out
    if adj is not None and of is None and text[adj.end : t0] == "-":
        # "der Brixo-Zulieferer Kestrel", "an den Brixo-Zulieferer Kestrel": the name right after the
        # compound is its referent, whatever preposition governs the phrase; none, none read
        nxt = next((g for g in right if g.start - t1 <= 4), None)
        if nxt is None and lex.lang == "de" and len(lefts) > 1 and _unmarked(lex, lefts[1]) and _DE_COPULA_GAP.fullmatch(text, lefts[1].end, adj.start):
            return put(lefts[1], adj, -0.05)  # "Kestrel ist ein wichtiger Brixo-Zulieferer": the subject is the referent
        return put(nxt, adj, 0.0) if nxt is not None else out
    if adj is not None and of is None:
        # "Tesla supplier Panasonic" / "Panasonic is Tesla's supplier" / "X, Tesla's supplier"
        nxt = next((g for g in right if _unmarked(lex, g) and (g.start - t1 <= 4 or _included_after(text, t1, g.start))), None)
        if nxt is not None:
            return put(nxt, adj, 0.0)
        elif lex.lang == "de" and _DE_VERB_BETWEEN.search(text, adj.end, t0):
            return out  # "..., Kestrel bleibt Mehrheitsaktionär": the name is the copula's subject, the noun's own referent
        elif len(lefts) > 1 and (_unmarked(lex, lefts[1]) or text[lefts[1].end : adj.start].strip() == ","
                                 or lex.rel_subject.fullmatch(text, lefts[1].end, adj.start)):
            # "X, Tesla's supplier" / "cells from X, BMW's second supplier": X is the referent
            # ("led by X, which was already Y's largest shareholder": whatever governs X)
            if _unmarked(lex, lefts[1]) and _in_apposition(text, groups, lefts[1], t0):
                # "Scarvo, part of the Ardvion group, was one of Y's first customers": the parent in the
                # apposition describes the referent, the apposition's head
                head = next((g for g in lefts[2:] if _unmarked(lex, g) and not _in_apposition(text, groups, g, t0)), None)
                return put(head, adj, -0.05) if head is not None else out
            return put(lefts[1], adj, -0.05)
        return out
    if of is not None:
        # (not across a clause break: "Vostra baut ein Werk; zu den Kunden von Almara zählen Brixo ...")
        # (not a name inside an apposition or a relative of the subject: "Tata, dueña de JLR, será
        # cliente de Y", "X, which owns Z, is a customer of Y")
        src = next((g for g in lefts if _unmarked(lex, g) and not re.search(r"[;:]", text[g.end : t0])
                    and not _in_apposition(text, groups, g, t0) and not _in_relative(text, g, t0)), None)
        if lefts and _COPULA_RELATIVE.fullmatch(text, lefts[0].end, t0) and lefts[0] is not of:
            # "celdas fabricadas por X, que sigue siendo uno de los principales proveedores de Y": the
            # relative's antecedent is the referent, whatever preposition governs it
            src = lefts[0]
        if lefts and (_APPOSITION.fullmatch(text, lefts[0].end, t0) or _ELIDED_APPOSITION.fullmatch(text, lefts[0].end, t0)):
            # "pour Volkswagen, premier actionnaire de Northvolt": the apposition's head (sameS: also after an
            # elided article, "avec Y, l'actionnaire majoritaire de W", "con Y, l'azionista di maggioranza di W")
            src = lefts[0]
        if src is not None and _bought_noun(lex, text, src.end, t0):
            return out  # "X compra un proveedor de Y", "X rachète le plasturgiste, fournisseur de Y": Y's supplier is the company bought
        if src is not None and src is not lefts[-1] and _SECOND_COPULA.search(text, src.end, t0):
            # "X owns Y outright, and it is the largest shareholder of Z", "X controlla Y ed è anche il primo
            # azionista di Z": a copula joined by "and" has the first verb's subject, not its object
            src = _opening_subject(lex, groups, text, src)
            if src is None:
                return out
        if src is not None and _LISTED_AMONG.fullmatch(text, t1, of.start):
            # "X è in contatto con diversi fornitori di tecnologia, tra cui Y": Y is one of the suppliers
            return put(of, src, -0.05)
        if src is not None:
            return put(src, of, 0.0)
        # "Il primo cliente di Brembo resta BMW": the referent follows a copula
        nxt = next((g for g in right if g.start > of.end and _unmarked(lex, g) and _included_past_place(text, of.end, g.start)), None)
        if nxt is None and lo_clause(text, t0):
            # "Il fornitore di Brixo, Kestrel, cresce": the noun opens the clause, its referent in apposition
            nxt = next((g for g in right if g.start > of.end and len(g.names) == 1 and re.fullmatch(r"\s*,\s*", text[of.end : g.start])
                        and re.match(r"\s*,", text[g.end :])), None)
        if nxt is not None:
            return put(nxt, of, -0.05)
        return out
    if trig["type"] in ("invests_in", "owns"):
        # "Brixo has deals with Kelda, and its largest shareholder is Norvik": the possessive is the
        # sentence's opening subject's, the name after the copula the holder
        poss = _POSSESSIVE_NOUN.search(text, max(0, t0 - 40), t0)
        # (a person's genitive may stand before the name: "is Gina Example's Norvik")
        nxt = next((g for g in right if _unmarked(lex, g) and (_INCLUDE.fullmatch(text, t1, g.start) or (
            (inc := _INCLUDE.match(text, t1, g.start)) and _GENITIVE_PERSON.fullmatch(text, inc.end(), g.start)))), None) if poss else None
        owner = _opening_subject(lex, groups, text, nxt) if nxt is not None else None
        if owner is not None and owner.end <= poss.start():
            return put(nxt, owner, -0.05)
        # "Brixo confirmed its structure: the largest shareholder remains Norvik", "Brixo conferma la struttura:
        # il primo azionista resta Norvik": a bare noun opening a clause after a colon, the company before it
        opening = _BARE_NOUN_OPENING.search(text, max(0, t0 - 40), t0)
        nxt = next((g for g in right if _unmarked(lex, g) and _INCLUDE.fullmatch(text, t1, g.start)), None) if opening else None
        if nxt is not None:
            anchor = next((g for g in reversed(groups) if g.end <= opening.start() and _unmarked(lex, g)), None)
            if anchor is not None and anchor is not nxt:
                return put(nxt, anchor, -0.05)
    member = _member_before_possessive(lex, groups, lefts, t0, text)
    if member is not None:
        return put(member[0], member[1], -0.05)
    member = _membership_after_clause(lex, groups, right, t0, t1, text)
    if member is not None:
        return put(*member, -0.05)
    # "Norvik, che ha tra i suoi clienti Corvalis": a subject relative's antecedent is the subject
    subj = _relative_subject(lex, groups, t0, text)
    if subj is None:
        subj = _subject(lex, groups, t0, text)
        if subj is None or re.search(r"[,;:()]", text[subj.end : t0]) or t0 - subj.end > 70:
            return out
    if lex.possessive.search(text, max(subj.end, t0 - 20), t0):
        # "Verkor counts Bpifrance among its shareholders" / "X conta fra i suoi clienti Y"
        before = next((g for g in lefts if g.end <= subj.start and _unmarked(lex, g)
                       and not _BESIDES.search(text, max(0, g.start - 30), g.start)), None)
        if (before is not None and not re.search(r"[,;:()]", text[before.end : subj.start]) and subj.start - before.end <= 40
                and (lex.among.search(text, subj.end, t0) or _AS.search(text, subj.end, t0))):
            # "among its shareholders", "as its supplier"; "Volkswagen creó PowerCo y es su único
            # accionista" names no membership: nothing read
            return put(subj, before, -0.05)  # the nearest is the object, the one before it the subject
        if lex.among.search(text, subj.end, t0) or _AS.search(text, subj.end, t0):
            # "Norvik, the battery arm of Corvalis, counts Tessaro as its largest customer": the
            # clause's subject before an apposition, the verb right before the object
            head = _subject(lex, groups, subj.start, text)
            if (head is not None and head is not subj and head.end <= subj.start and _VERB_BEFORE_OBJECT.search(text, head.end, subj.start)
                    and not re.search(r"[;:()]", text[head.end : subj.start])):
                return put(subj, head, -0.05)
        # (Spanish marks a named object with "a": "cuenta entre sus clientes a Ford")
        nxt = next((g for g in right if (_unmarked(lex, g) or has(lex, "recipient", g)
                                         or (has(lex, "with", g) and lex.among.search(text, subj.end, t0) and not text[t1 : g.marker_start].strip()))
                    and g.start - t1 <= 50), None)  # (Spanish "cuenta entre sus clientes con Y")
        if nxt is not None and nxt is not subj:
            return put(nxt, subj, -0.05)
        return out
    # "Northvolt ha perso il cliente Scania": the noun's referent follows it, the anchor is the
    # subject. Customers only: "ZF hat den Zulieferer TRW erworben" names TRW a supplier in general.
    # (not past a comma or a closing quote: "Brixo remains our biggest customer, Kestrel said")
    nxt = next((g for g in right if _unmarked(lex, g) and g.start - t1 <= 4 and not re.search(r"[,;:()\"”»]", text[t1 : g.start])), None)
    if rev and nxt is not None and nxt is not subj:
        return put(nxt, subj, -0.1)
    return out


#: a with-phrase that opens after a comma or "and" ("..., with X as", "and with X as", "e con X come")
_WITH_OPENS = re.compile(r"(?:,|\b(?:and|e|ed|y|et|und))\s*$", _I)


def _clause_subject(text: str, adj: Group, lex: Compiled, groups: list[Group], t0: int) -> Group | None:
    """The first unmarked name of the clause before ``adj``: the subject an absolute with-phrase
    describes ("Y, controllata da Z e con X come azionista": Y)."""
    lo = _clause_start(text, t0)
    return next((g for g in groups if lo <= g.start and g.end <= adj.start and _unmarked(lex, g)
                 and not re.search(r"[;:()]", text[g.end : t0])), None)


def _had_as(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"X ha come azionista di minoranza Y", "X ha in Y il primo azionista": the subject of "have" is
    the noun's anchor, the name after the noun (or after "in") its referent. (referent, anchor, said in
    a relative clause of the anchor) or None."""
    if lex.have_as is None or lex.have_in is None:
        return None
    lo = _clause_start(text, t0)
    have = lex.have_as.search(text, max(lo, t0 - 40), t0)
    referent = None
    if have is not None:
        referent = next((g for g in _right(groups, t1) if g.start - t1 <= 50 and not re.search(r"[,;:()]", text[t1 : g.start])), None)
    else:
        referent = next((g for g in reversed(groups) if g.end <= t0 and _NOUN_GAP.fullmatch(text, g.end, t0)), None)
        have = lex.have_in.search(text, max(lo, referent.start - 20), referent.start) if referent is not None else None
    if have is None or referent is None:
        return None
    anchor = _subject(lex, groups, have.start(), text)
    if anchor is None or anchor is referent or re.search(r"[;:]", text[anchor.end : have.start()]):
        return None
    between = text[anchor.end : have.start()]
    return referent, anchor, "," in between and _RELATIVE.search(between) is not None


def _cue_between(lex: Compiled, text: str, a: int, b: int) -> bool:
    """A status cue of its own in text[a:b] (a rumour, talks, a denial, an end, a hedge)."""
    return any(lex.status[k].search(text, a, b) for k in ("rumoured", "in_talks", "denied", "ended", "hedge") if k in lex.status)


#: an article and an adjective at most between a name and its noun ("in Y il principale cliente")
_NOUN_GAP = re.compile(r"\s*(?:[\w'’]{1,4}\s*)?(?:\w+\s+)?")


#: "Northvolt's customers include BMW": a verb of inclusion between the noun and the names
_INCLUDE = re.compile(
    r"\s+(?:(?:now|also|already|still)\s+)?(?:include|includes|included|are|were|is|was|remains?|remained|will be|has been|have been|comprise"
    r"|comprendono|includono|sono|è|era|resta|rimane|figura|figurano|c['’]è|ci sono|c['’]era|c['’]erano|spicca|spiccano|compaiono|umfassen|sind|ist|war|bleibt|zählen|zählt|gehört|gehören|incluyen|son|es|era|sigue siendo"
    r"|comprennent|incluent|sont|est|était|reste|demeure"
    # a list that "figures" or "is found" among them: "parmi les clients de X figurent Y et Z",
    # "entre los clientes de X figuran / se encuentran Y y Z", "tra i clienti di X si trovano Y e Z"
    r"|figurent|figure|se trouvent|se trouve|on trouve|on compte|figuran|figura|se encuentran|se encuentra|se cuentan|destacan|destaca|están|está"
    r"|si trovano|si trova|si contano|rientrano|rientra|finden sich|befinden sich|rangieren"
    # the future of the copula: "il fornitore delle celle di X sarà Y", "el proveedor de X será Y"
    r"|sarà|saranno|será|serán|sera|seront|would be|wird|werden)\s+(?:(?:auch|unter anderem|etwa|anche|pure|ormai)\s+)?(?:(?:[\w-]+\s+){0,2})?", _I)


#: an auxiliary of the passive ("Kestrel è stata scelta da Brixo come fornitore"); "se ha decantado por
#: Kestrel como proveedor" has none: "por" is "for" there
_PASSIVE_AUX = re.compile(r"\b(?:is|was|were|been|be|è|era|sono|stat[oaie]|sarà|saranno|été|est|sera|fue|fueron|sido|será|serán|wurde|wurden|worden|wird|werden)\b", _I)
#: ", a longtime ": an apposition's article and adjectives before a name glued to its noun
#: an apposition's comma and an elided article right before the noun: ", l'", ", dell'"
_ELIDED_APPOSITION = re.compile(r"\s*,\s*(?:[\w'’]+\s+){0,2}(?-i:[a-z]){1,4}['’]", _I)
_APPOSED_COMPOUND = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}", _I)
#: a time adverbial between the noun and its copula: "Y's largest customer for years was X", "Y's main
#: supplier since 2019 has been X", "Y's biggest customer in 2024 was X"
_TIME_GAP = re.compile(
    r"\s+(?:for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades)|(?:since|in|until)\s+(?:19|20)\d\d|until\s+recently|at\s+the\s+time)"
    r"(?=\s)", _I)


#: a plural noun's complement, then a name among its referents: "suppliers of technology, including Y",
#: "fornitori di tecnologia, tra cui Y", "fournisseurs de cellules, dont Y", "Lieferanten von Zellen,
#: darunter Y", "proveedores de tecnología, entre ellos Y"
_LISTED_AMONG = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*(?:including|among\s+them|such\s+as|tra\s+cui|fra\s+cui|tra\s+i\s+quali|"
    r"tra\s+le\s+quali|dont|notamment|parmi\s+lesquels|darunter|entre\s+ell[oa]s|entre\s+l[oa]s\s+que)\s+"
    r"(?:[\w'’-]+\s+){0,2}?", _I)


#: where the owner's customers or suppliers are, between the owner and the verb of inclusion: "Zu den
#: Abnehmern von Y in Europa zählen A und B", "Les clients de Y en Europe sont A et B"
_PLACE_GAP = re.compile(r"\s+(?:in|en|au|aux|nel|nella|negli)\s+(?:(?:der|den|the|la|le|el|l['’])\s*)?(?-i:[A-ZÄÖÜ])[\w-]+(?=\s)", _I)


def _included_past_place(text: str, t1: int, start: int) -> bool:
    """A verb of inclusion between the noun's owner and the name, perhaps after a place the owner's
    customers or suppliers are in."""
    if _INCLUDE.fullmatch(text, t1, start):
        return True
    gap = _PLACE_GAP.match(text, t1, start)
    return gap is not None and places().get(gap.group(0).split()[-1]) is not None \
        and _INCLUDE.fullmatch(text, gap.end(), start) is not None


def _included_after(text: str, t1: int, start: int) -> bool:
    """The words between a role noun and the name after it make the name the noun's referent: a copula
    or a verb of including, maybe after a time adverbial ("for years was", "since 2019 has been")."""
    if _INCLUDE.fullmatch(text, t1, start):
        return True
    gap = _TIME_GAP.match(text, t1, start)
    return gap is not None and _INCLUDE.fullmatch(text, gap.end(), start) is not None


_AS = re.compile(r"\b(?:as|come|quale|como|comme|als)\b", _I)
#: "as", an article or a possessive, then up to two words before the noun ("X as a minority shareholder",
#: "Y como su principal accionista", "Z come il suo primo cliente"): still the name the noun describes
_AS_ARTICLE_GAP = re.compile(
    r"\s+(?:as|come|quale|como|comme|als)\s+(?:a|an|the|its|their|un|una|uno|il|lo|la|l['’]|il\s+suo|la\s+sua|i\s+suoi|son|sa|ses|leur|leurs"
    r"|le|el|su|sus|ein|eine|einen|einer|seinen|seine|ihren|ihre|der|den|die)\s*(?:[\w-]+\s+){0,2}", _I)
#: a year between a name and "as" ("hat Kestrel 2022 als Lieferanten ausgewählt"): the name is still
#: the one the noun describes
_YEAR_THEN_AS = re.compile(r"\s+(?:19|20)\d\d\s+(?:as|come|quale|como|comme|als)\s+(?:[\w-]+\s+)?", _I)
#: an apposition closed by a comma, then the verb right before its object: ", counts ", ", cuenta con "
_VERB_BEFORE_OBJECT = re.compile(r",\s+(?:[^\W\d]+\s+){1,2}$", _I)


def _membership_after_clause(lex: Compiled, groups: list[Group], right: list[Group], t0: int, t1: int, text: str):
    """"Leoni beliefert fast alle Hersteller; zu den wichtigsten Kunden zählen VW und BMW": a clause that
    opens with "among the customers" and names no one's customers speaks of the subject of the clause
    before it. Returns (referent, anchor) or None."""
    lo = _clause_start(text, t0)
    if lo == 0 or not re.fullmatch(r"\s*(?:" + lex.among.pattern + r")\s+(?:[^\W\d]+\s+){0,2}", text[lo:t0], _I):
        return None
    nxt = next((g for g in right if _unmarked(lex, g) and _INCLUDE.fullmatch(text, t1, g.start)), None)
    anchor = next((g for g in groups if g.end <= lo and _unmarked(lex, g)), None)
    if nxt is None or anchor is None or re.search(r"[,;:()]", text[anchor.end : lo - 1]):
        return None
    return nxt, anchor


def _member_before_possessive(lex: Compiled, groups: list[Group], lefts: list[Group], t0: int, text: str):
    """"Ionity, le réseau ..., n'a pas renouvelé le contrat qui faisait d'ABB l'un de ses principaux
    fournisseurs", "made Bosch one of its suppliers": the company right before "one of its" is a
    member of the noun, the clause subject (an apposition after it allowed) the owner of "its".
    Returns (member, owner) or None."""
    poss = lex.possessive.search(text, max(0, t0 - 20), t0)
    if poss is None or lex.one_of is None or not lefts or not lex.one_of.fullmatch(text, lefts[0].end, poss.start()):
        return None
    member = lefts[0]
    owner = next((g for g in _left(groups, member.start, text, ("report",), lex)
                  if _unmarked(lex, g) and not _in_relative(text, g, member.start)
                  and not _BESIDES.search(text, max(0, g.start - 30), g.start)), None)
    if owner is None or owner is member or re.search(r"[;:()]", text[owner.end : member.start]):
        return None
    return member, owner


#: prepositions that are also ordinals ("secondo": according to / second)
_ORDINAL_MARKERS = frozenset(("secondo", "seconda"))


def _marker_between(text: str, a: int, b: int, lex: Compiled) -> bool:
    """A preposition or a year between two words ("Samsung SDI 2015 vom Zulieferer Magna"): they
    are no compound ("Tesla supplier Panasonic")."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", text[a:b])]
    if words and words[-1] in _ORDINAL_MARKERS:
        words.pop()  # "CATL come secondo fornitore": an ordinal right before the noun, no preposition
    return any(_YEAR.fullmatch(w) or any(w in ws for ws in lex.markers.values()) for w in words)


def lo_clause(text: str, t0: int) -> bool:
    """The noun at t0 opens its clause, an article or two and adjectives at most before it."""
    lo = _clause_start(text, t0)
    return re.fullmatch(r"\s*(?:[\w'’]+\s+|[\w]+['’]){0,3}", text[lo:t0]) is not None


def read_among_buyers(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X counts A, B and C among the carmakers that buy its chips", "X compte A parmi les
    constructeurs qui achètent ses puces": the names right before "among" buy from the subject."""
    t0 = m.start()
    members = next((g for g in reversed(groups) if g.end <= t0), None)
    if members is None or text[members.end : t0].strip() or not (_unmarked(lex, members) or members.marker == "a"):
        return []  # (Spanish marks a company object with "a": "cuenta a A y B entre ...")
    owner = next((g for g in _left(groups, members.start, text, ("report",), lex) if _unmarked(lex, g)
                  and not _BESIDES.search(text, max(0, g.start - 30), g.start)), None)
    if owner is None or re.search(r"[;:()]|,\s", text[owner.end : members.start]) or members.start - owner.end > 40:
        return []
    return [(owner.names, members.names, None, 0.0)]

