"""What every frame reads around a trigger: the groups left and right of it, the clause subject
(not inside a relative clause, an apposition or a report attribution), relatives, clause gaps,
stakes in percent.
"""

from __future__ import annotations

import re

from ..clauses import _ARTICLE_ONLY, _clause_start
from ..compiled import Compiled
from ...entities.vocab import SECTOR_NOUNS
from ..groups import Group, _POSSESSIVE_AFTER, has
from ..trigger_gate import frame_patterns

_I = re.IGNORECASE


_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|per cento|per ?cent|percent|Prozent|pour ?cent|por ?ciento)(?!\w)", _I)


# Up to two short words between a verb and the subject that follows it ("bezieht derzeit BMW").
_NEAR_AFTER = re.compile(r"\s+(?:\w{1,12}\s+){0,2}")


_MAX_LEFT = 160
_MAX_RIGHT = 110


def _left(groups, t0, text, skip_roles, lex, limit=_MAX_LEFT):
    """Groups before the trigger, nearest first, not beyond a clause break, within ``limit``."""
    out = []
    for g in reversed(groups):
        if g.end > t0:
            continue
        if t0 - g.end > limit:
            break
        if any(has(lex, r, g) for r in skip_roles):
            continue
        out.append(g)
    return out


def _right(groups, t1, limit=_MAX_RIGHT):
    return [g for g in groups if g.start >= t1 and g.start - t1 <= limit]


def _unmarked(lex, g):
    return g.marker is None or not any(g.marker in lex.markers.get(r, ()) for r in ("agent", "recipient", "from", "with", "of", "in", "report", "compare"))


_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|che|il quale|la quale|cui|der|die|das|dem|dessen|deren|welche[rsnm]?|qui|que|qu'|dont|lequel|laquelle|quien|quienes|cual|cuya|cuyo)\b", _I)


def _in_relative(text: str, g: Group, t0: int) -> bool:
    """", which already supplies Tesla, signed ...": Tesla belongs to a closed relative clause."""
    if "," not in text[g.end : t0]:
        return False
    lo = text.rfind(",", 0, g.start)
    return lo >= 0 and _RELATIVE.search(text, lo, g.start) is not None


_APPOS_CLOSE = re.compile(r"[^,;:()]{0,80}?,")


def _in_apposition(text: str, groups: list[Group], g: Group, t0: int) -> bool:
    """"Enel X Way, la controllata del gruppo Enel, ha firmato ...": a company named inside an
    apposition (opened by a comma right after another company, closed by a comma before the
    trigger) describes that company; it is not the subject of the clause."""
    if _in_brackets(text, groups, g, t0):
        return True
    lo = text.rfind(",", 0, g.start)
    if lo < 0 or g.start - lo > 60 or re.search(r"[;:()]", text[lo + 1 : g.start]):
        return False
    if not _APPOS_CLOSE.match(text, g.end) or text.find(",", g.end) >= t0:
        return False
    # the head may have taken a description of itself into its group ("Agratas, la società delle
    # celle controllata dalla holding Tata Sons,": "la società" is Agratas again)
    head = next((h for h in reversed(groups) if h.end <= lo or 0 <= h.head_end <= lo < h.end), None)
    if head is None or g is head or text[head.head_end if head.end > lo else head.end : lo].strip() not in ("",):
        return False
    first = text[lo + 1 : g.start].split()
    if first:
        w = first[0]
        return w[:1].islower() and _RELATIVE.match(w) is None
    return _POSSESSIVE_AFTER.match(text, g.end) is not None  # "Ampere, Renault's subsidiary, ..."


def _in_brackets(text: str, groups: list[Group], g: Group, t0: int) -> bool:
    """"Kestrel (a unit of Norvik) supplies", "Kestrel (controllata da Norvik) ha fornito": a company
    named inside a description in brackets right after another company, the bracket closed before the
    trigger, describes that company, as between commas (a bracket holding only a name is the same company
    again or its short form: "Kestrel (KST)")."""
    lo = text.rfind("(", max(0, g.start - 60), g.start)
    if lo < 0 or re.search(r"[;:()]", text[lo + 1 : g.start]):
        return False
    hi = text.find(")", g.end, t0)
    if hi < 0 or re.search(r"[;:(]", text[g.end : hi]):
        return False
    head = next((h for h in reversed(groups) if h.end <= lo), None)
    if head is None or g is head or text[head.end : lo].strip():
        return False
    first = text[lo + 1 : g.start].split()
    return bool(first) and first[0][:1].islower() and _RELATIVE.match(first[0]) is None


#: from the comma that opens an aside to the agent's preposition: "participada por", "controlled by",
#: "détenue à 40 % par", "controllata dal", "kontrolliert von"
_AGENT_ASIDE = re.compile(
    r",\s*[^,;:()]{0,50}?\b(?:by|por|par|da|dal|dalla|dai|dagli|von|vom|durch)\s+(?:(?:the|el|la|los|las|le|les|l['’]|il|lo|der|dem|den)\s*)?"
    r"(?:(?-i:[a-zäöüéèàáíóú])[\w-]*\s+){0,3}$"
    # an English adjective of nationality may open the description: "owned by Swiss engineering group X"
    r"|,\s*[^,;:()]{0,50}?\bby\s+(?:the\s+)?(?-i:[A-Z][a-z]+(?:ish|ese|an|ian|ch|ss|i))\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}$", _I)
#: a participle that opens the sentence, up to its agent's preposition ("Owned since 2019 by", "Controlado
#: desde 2020 por el fondo", "Détenu depuis 2021 par le fonds", "Controllata dal 2019 dal fondo")
_FRONTED_AGENT = re.compile(
    r"\s*(?-i:[A-ZÄÖÜÉÈÀÁ])[\w-]*(?:t|to|ta|do|da|u|ue|é|ée|en|ed)\s+[^,;:()]{0,50}?\b(?:by|por|par|da|dal|dalla|dai|dagli|von|vom|durch)\s+"
    r"(?:(?:the|el|la|los|las|le|les|l['’]|il|lo|der|dem|den)\s*)?(?:(?-i:[a-zäöüéèàáíóú])[\w-]*\s+){0,3}$", _I)


#: "der neben Volkswagen auch BMW zu seinen Kunden zählt": a name after "besides" is one of the objects
#: the clause lists, never its subject
_BESIDES = re.compile(
    r"\b(?:neben|besides|apart\s+from|in\s+addition\s+to|oltre\s+(?:a|ad|al|alla|ai|alle|agli)|"
    r"además\s+de(?:l)?|aparte\s+de(?:l)?|en\s+plus\s+d(?:e|u|es|['’])|outre)\s*(?:(?:der|dem|den|the|il|lo|la|le|les|el|l['’])\s*)?$", _I)


def _agent_aside(text: str, g, t0: int) -> bool:
    """"La compañía, participada por Mahindra, suministra ...": the agent of a participle in an aside
    closed by a comma before the verb is no subject of the verb; nor is the agent of a participle
    that opens the sentence ("Controlado desde 2020 por el fondo X, que ..., el grupo suministra")."""
    if not text.startswith(",", g.end):
        return False
    lo = text.rfind(",", 0, g.start)
    if lo < 0:
        return g.start <= 80 and _FRONTED_AGENT.fullmatch(text, 0, g.start) is not None
    return "," not in text[g.end + 1 : t0] and g.start - lo <= 80 and _AGENT_ASIDE.fullmatch(text, lo, g.start) is not None


#: a subject relative right before the verb (two words at most between: an adverb, an auxiliary), the
#: comma before it closing a description that no name stands in: article and up to three words ("por la fundidora burgalesa, que trabaja para Y", "to the young foundry, which supplies Y",
#: "à la fonderie, qui livre Y", "alla fonderia veneta, che fornisce Y")
_DESCRIBED_RELATIVE = re.compile(
    r"\b(?:(?:the|a|an|la|le|une?|el|una|il|lo|uno|los|las|les|i|gli)\s+|l['’]\s*)"
    r"(?P<np>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    r"\s*,\s*(?:which|who|that|qui|que|che|il\s+quale|la\s+quale|el\s+cual|la\s+cual)\s+"
    # (not an object relative: its own subject pronoun follows, "cells, which it buys from Y")
    r"(?!(?:it|they|he|she|we|il|elle|ils|elles|on|nous)\b)(?:[\w'’-]+\s+){0,2}$", _I)
#: the nouns that make that description a company's: the head words of the entity stage's descriptor
#: nouns (the last word in English, "car maker"; the first elsewhere, "fabricante de coches": not a
#: modifier or a particle, "the electric car, which", "la línea de montaje, que"), and the trades of the
#: metal and parts works news describes so ("la fundidora burgalesa", "the Ohio foundry")
_COMPANY_HEADS = frozenset(
    noun.split()[-1 if lang == "en" else 0] for lang, table in SECTOR_NOUNS.items() for noun in table) | frozenset(
    "foundry forge cooperative co-op startup start-up fundidora forja cooperativa fonderia fonderie coopérative"
    " stampatore stampista troqueladora estampadora emboutisseur".split())


def _described_antecedent(text: str, groups, t0: int) -> bool:
    """The verb at ``t0`` opens a subject relative whose antecedent is a description standing apart
    from the name before it (a verb or a preposition between, not the comma of an apposition: "Y, la
    empresa navarra, que suministra" is Y's): the relative is the description's, a company the entity
    stage did not name."""
    d = _DESCRIBED_RELATIVE.search(text, max(0, t0 - 90), t0)
    if d is None or not any(w.casefold() in _COMPANY_HEADS for w in d.group("np").split()):
        return False
    if any(g.start < d.end() and d.start() < g.end for g in groups):
        return False  # (a name inside the stretch: the frames read it)
    near = next((g for g in reversed(groups) if g.end <= d.start()), None)
    between = text[near.end if near is not None else 0 : d.start()]
    return bool(between.strip(" ,")) and not re.search(r"[;:()]", between[-60:])


def _subject(lex, groups, t0, text):
    """Nearest unmarked group left of the trigger, skipping one that sits inside a relative clause,
    an apposition or a report attribution."""
    if lex.lang != "de" and _described_antecedent(text, groups, t0):
        return None  # "X paga 64 millones por la fundidora, que trabaja para Y": the foundry works for Y
    for g in _left(groups, t0, text, ("report",), lex):
        if (_unmarked(lex, g) and not _in_relative(text, g, t0) and not _in_apposition(text, groups, g, t0)
                and not _agent_aside(text, g, t0) and not _BESIDES.search(text, max(0, g.start - 30), g.start)):
            if g is groups[0] and _earlier_object(text, g, t0, groups):
                # "Das Unternehmen beliefert Volkswagen und gehört zu Joyson", "l'azienda è fornitrice di
                # Volkswagen e appartiene a Joyson": the first verb's object is no subject of the second
                return None
            if _own_pronoun(text, g.end, t0) or (g is not groups[0] and g.end < t0 - 1 and _COORDINATED_VERB.search(text, max(g.end, t0 - 90), t0)):
                # "Le groupe avait racheté Y, une jeune société, et a cédé Z à W": the second verb's
                # subject is the first one's, not its object Y
                return _opening_subject(lex, groups, text, g)
            return g
    return None


#: at most one word before a name at the opening of its clause ("Zudem X", "Inoltre X"): "L'azienda fornisce X" has two;
#: an opening quote or dash may come first, and an article with one noun is the name's own title ("The fund X",
#: "Il fondo X", "Le fonds X", "El fondo X", "Der Fonds X"), where an article, a noun and a verb are not
_NEAR_OPENING = re.compile(
    r"\s*[«»\"“”„‘’'(–—-]*\s*(?:(?:the|a|an|il|lo|la|l['’]|le|les|el|los|las|der|die|das|den)\s*[^\s,;:]+\s+|[^\s,;:]+\s+)?", _I)


def _earlier_object(text: str, g, t0: int, groups) -> bool:
    """The verb at ``t0`` is a second verb joined by "and" ("... und gehört", "e dal 2023 appartiene"),
    and ``g`` stands in the first verb's clause after another name or deep in it, not at its opening:
    the first verb's object."""
    if g.end >= t0 - 1 or _COORDINATED_VERB.search(text, max(g.end, t0 - 90), t0) is None:
        return False
    lo = _clause_start(text, g.start)
    return any(lo <= h.start and h.end <= g.start for h in groups) or not _NEAR_OPENING.fullmatch(text, lo, g.start)


def _opening_subject(lex, groups, text, g):
    """"Norvik counts Y among its customers, and it supplies W": a singular pronoun in a later clause
    is the name that opens the sentence (one name, no preposition), when that is not the name skipped."""
    first = groups[0] if groups else None
    if first is None or first is g or len(first.names) != 1 or not _unmarked(lex, first):
        return None
    if not re.search(r"(?:^|[.!?\n])\s*$", text[max(0, first.start - 40) : first.start]):
        return None
    return first


#: a subject pronoun right before the verb (auxiliaries and adverbs between), and a clause break before it
_PRONOUN_BEFORE = re.compile(
    r"\b(?:it|il|elle)\s+(?:(?:will|would|has|have|had|is|are|was|were|also|now|still|already|"
    r"can|could|should|may|might|does|did|do|lui|leur|en|y|va|vont|a|ont|est|sont|aussi|déjà)\s+){0,3}$", _I)
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|et|mais)\b|\b(?:under which|in which|by which|whereby|dont|where)\b", _I)


#: a conjunction right before the verb (auxiliaries, adverbs, a date between): a second verb of the same subject
_COORDINATED_VERB = re.compile(
    # (an aside of time may follow the conjunction: "and, three years later, bought", "e, tre anni dopo, ha")
    r"(?:,\s*|\s)(?:and|et|y|e|ed|und|puis)(?:\s*,[^,;:()]{1,40},)?\s+(?:(?:has|have|had|will|would|also|then|later|a|ont|avait|avaient|aussi|ensuite|"
    # the auxiliaries of a passive ("and was bought by", "ed è stata acquistata da", "et a été racheté par", "y fue comprada por")
    r"was|were|is|are|been|stata|stato|state|stati|fue|fueron|sido|été|est|wurde|wurden|"
    r"ha|han|había|habían|también|luego|hat|haben|auch|è|sono|aveva|anche|poi|en|in|im|nel|dans|dal|desde|depuis|seit|since|"
    r"oggi|heute|today|hoy|ora|jetzt|now|still|already|ahora|ya|todavía|(?:19|20)\d\d)\s+){0,4}"
    # a second verb with its own object's article before a noun trigger: "and took a stake in", "et a pris une participation"
    r"(?:(?-i:[a-zà-ÿ])\w+\s+(?:a|an|the|its|their|une?|la|le|les|sa|son|ses)\s+)?$", _I)


def _own_pronoun(text: str, a: int, t0: int) -> bool:
    """The verb has its own subject, a pronoun the entity stage left unresolved, in a later clause
    than the name: "X counts Y and Z among its customers, and it supplies wafers to W" (not Z)."""
    p = _PRONOUN_BEFORE.search(text, max(a, t0 - 60), t0)
    return p is not None and _CLAUSE_BREAK.search(text, a, p.start()) is not None


def _deal_verb_between(lex: Compiled, text: str, a: int, b: int) -> bool:
    """A purchase or sale verb of the lexicon in text[a:b] (only the deal triggers the sentence's gate lets
    through are searched: the others match nowhere in it)."""
    return any(rx.search(text, a, b) for rx in frame_patterns(lex, text, ("ACQ", "SELL")))


_APPOSITION = re.compile(r"\s*,\s*(?:[\w'’]+\s+){0,2}", _I)


def _clause_gap(text: str, a: int, b: int) -> bool:
    """"will hold 80% of the venture and InoBat the remainder", "una quota del 29,4%, mentre
    Volkswagen": between a deal word and its object no clause break, list word or bare number
    stands (a percentage may: "acquired 30% of Y"; so may a date: "controlla dal 2008 Y")."""
    gap = _DATED.sub(" ", _PERCENT.sub(" ", _AMOUNT.sub(" ", text[a:b])))
    if _ARTICLE_APPOSITION.fullmatch(gap):
        return False  # "seine Tochter, die Orvale GmbH": the name is the object itself
    return re.search(r"[;:()]|,\s", gap) is not None or _LIST_OR_CLAUSE_WORD.search(gap) is not None


#: German: a sum of money given with "mit" between a verb and its company ("beteiligt sich mit 500
#: Millionen Euro an Y", "steigt mit 80 Millionen Dollar bei Y ein"): no bare number of a list
_AMOUNT = re.compile(
    r"\bmit\s+(?:(?:rund|etwa|knapp|gut|mehr als|über)\s+)?(?:[$€£]\s?)?\d+(?:[.,]\d+)*\s*(?:Milliarden|Millionen|Mrd\.?|Mio\.?)?"
    r"\s*(?:Euro|Dollar|US-Dollar|Franken|Pfund|Yuan|€|\$)?(?<=[^\d\s.,])(?!\w)", _I)
#: a year with the preposition that dates the verb ("dal 2008", "nel 2019", "since 2020", "seit 2020")
#: and a bare year right after the verb, where German dates it ("übernahm 2019 Y", "stieg 2021 bei Y ein")
_DATED = re.compile(r"\b(?:in|since|dal|nel|depuis|en|desde|seit|im)\s+(?:19|20)\d\d\b|^\s*(?:19|20)\d\d(?=\s)", _I)
#: (German der/die/das are articles here: a relative clause opens with a comma, caught apart)
_LIST_OR_CLAUSE_WORD = re.compile(
    r"\d|\b(?:and|or|e|o|und|oder|et|ou|y|u|which|that|che|qui|que"
    r"|after|before|while|since|because|than|when|dopo|prima|mentre|perché|quando|après|avant|pendant|lorsque|quand"
    r"|después|antes|mientras|porque|cuando|nachdem|bevor|während|weil)\b", _I)
_ARTICLE_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|il|la|lo|l'|le|les|el|los|las|der|die|das|den|dem|des)\s*)?", _I)


def _governed(lex: Compiled, text: str, t0: int) -> bool:
    """A noun right after a preposition and an article ("to a subsidiary of", "à une filiale de")."""
    words = text[max(0, t0 - 30) : t0].lower().replace("’", "'").split()
    preps = {w for role, ws in lex.markers.items() if role != "report" for w in ws if " " not in w}
    if words and words[-1] in preps:
        return True
    return len(words) > 1 and _ARTICLE_ONLY.fullmatch(words[-1]) is not None and words[-2] in preps


def _coordinated_owner(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"Almara and its subsidiary Brixo": "its" is the name just before "and"."""
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if near is not None and lex.possessive.match(text, t0) and text[near.end : t0].strip() and lex.coord.match(text[near.end : t0]):
        return near
    return None


def _relative_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"Per il gruppo indiano, che dal 2008 controlla Y", "led by Renault, which has held a stake in
    Y": the name right before a subject relative acts, whatever preposition governs it."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    if ante is not None and lex.rel_subject.fullmatch(text, ante.end, t0):
        return ante
    return None


def _relative_pair(lex: Compiled, groups: list[Group], t0: int, text: str):
    """"Hella, the supplier in which Forvia holds 60%" / "Solaris, que CAF adquirió": the company
    right after an object or prepositional relative word acts on the company before the comma.
    Returns (actor, head) or None."""
    if lex.rel_object is None:
        return None
    best = None
    for i in range(1, len(groups)):
        g, head = groups[i], groups[i - 1]
        if g.end > t0 or t0 - g.end > 60 or re.search(r"[,;:]", text[g.end : t0]):
            continue
        apposed = _APPOSED_BEFORE_RELATIVE.match(text, head.end, g.start)
        if lex.rel_object.fullmatch(text, head.end, g.start) or (
            head.head_end >= 0 and lex.rel_object.fullmatch(text, head.head_end, g.start)
        ) or (apposed is not None and lex.rel_object.fullmatch(text, apposed.end(), g.start)):
            if _COORDINATED_RELATIVE.match(text, head.end, g.start):
                continue  # "un plan que pasa por A y B, y que tendrá en Y a su primer cliente": the plan's
            if _CONJUNCTION_QUE.search(text, head.end, g.start) and not _PARTITIVE.match(text, g.end):
                continue  # "..., tandis que Y mise sur des fournisseurs": a clause of its own (not "alors que Y en possède 37 %")
            if len(head.names) > 1 and _BETWEEN_BEFORE.search(text, max(0, head.start - 12), head.start):
                return None  # "la joint venture tra Stellantis e Leapmotor, di cui Stellantis detiene il 51%": the venture's
            best = (g, head)
    return best or _pronoun_relative_pair(lex, groups, t0, text)


#: an apposition opened by an article and closed by a comma between a name and its relative ("Y, das
#: Start-up, an dem X beteiligt ist", "Y, a young cell maker, in which X holds 20%"): the relative is Y's
_APPOSED_BEFORE_RELATIVE = re.compile(
    r"\s*,\s*(?:the|a|an|il|lo|la|l['’]|un|una|uno|un['’]|le|une|el|der|die|das|ein|eine)\s*[^,;:()\d]{1,50}?(?=\s*,)", _I)


#: a relative joined by a conjunction to one before it (", and which", ", y que", ", et dont", ", e che", ", und
#: deren"): its antecedent is the first relative's, not the name right before the conjunction
_COORDINATED_RELATIVE = re.compile(
    r"\s*,\s*(?:and|or|but|y|e|ed|o|et|ou|mais|und|oder|aber|ma|pero)\s+(?:(?:in|of|en|de|del|di|dans|an|bei|von|à)\s+)?"
    r"(?:which|that|whose|que|qu['’]|che|cui|dont|den|dessen|deren|la que|el que|la cual|el cual|laquelle|lequel|la quale|il quale"
    r"|cuyo|cuya)(?:\s|(?<=['’]))", _I)


#: the "que" / "che" of a conjunction before a name, and the partitive clitic that makes it speak of
#: the name before after all ("alors que Y en possède 37 %")
_CONJUNCTION_QUE = re.compile(
    r"\b(?:tandis|alors|bien|parce|pendant|sans|avant|après|dopo|prima|senza|visto|dato|mientras|aunque)\s+(?:que|qu['’]|che)\s*(?:[\w'’-]+\s+){0,3}$", _I)
_PARTITIVE = re.compile(r"\s+(?:en|ne|ce\s+n['’]en)\b", _I)


#: "between" right before a pair of names: a relative after the pair speaks of the noun before "between"
_BETWEEN_BEFORE = re.compile(r"\b(?:between|tra|fra|entre|zwischen)\s+$", _I)


def _pronoun_relative_pair(lex: Compiled, groups: list[Group], t0: int, text: str):
    """"Renault s'appuie sur Verkor, dont il détient 20 %": a subject pronoun after the relative word
    stands for the subject of the clause the antecedent belongs to. Returns (actor, head) or None."""
    if lex.rel_pronoun is None:
        return None
    head = next((g for g in reversed(groups) if g.end <= t0), None)
    if head is None or not (lex.rel_pronoun.fullmatch(text, head.end, t0) or (
            head.head_end >= 0 and lex.rel_pronoun.fullmatch(text, head.head_end, t0))):
        return None
    actor = _subject(lex, groups, head.start, text)
    return (actor, head) if actor is not None and actor is not head else None


def _adjacent(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return len(gap) <= 30 and "," not in gap and re.fullmatch(r"\s*(?:['’]s?\s*)?(?:[\w-]+\s+){0,2}", gap) is not None
