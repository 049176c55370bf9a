"""Whole-sentence guards run on what the frames found in one sentence: shapes of business news that
put two companies next to a trigger without tying them by it.

* a company compared with the subject is no party of its verb: "Tarvion sells more cars than
  Melvion", "Korvion vend plus de pneus que Brivion", "Vesvion vendió más coches que Dalvion",
  "Quorvion verkauft mehr Teile als Renvion", "Solvion vende più auto di Dalvion";
* a company that lost a contract to another does not supply it: "Velvion lost the order to Quorvion,
  which will supply the brakes", "Bravion a perdu le contrat au profit de Quorvion";
* a supplier replaced by another: "Quorvion replaced Corvion as supplier to Fenvion", "Halvion ha
  sostituito Corvion come fornitore di Fenvion", "Lumvion sustituyó a Marvion como proveedor de Vesvion",
  "Bravion a remplacé Corvion comme fournisseur de Dalvion", "Quorvion löst Renvion als Lieferant von
  Fenvion ab": the replaced supplier's tie is over (or still running while the change is only announced),
  the new supplier's tie has the sentence's status; one beaten to a contract has none: "Halvion ha
  battuto Corvion nella gara per la fornitura a Fenvion";
* two clauses set side by side ("A e B hanno costituito una joint venture, mentre C lavora con D",
  "A supplies B, while C ...", "während", "tandis que", "mientras que"): no pair spans the contrast;
* a rival in a contest is no customer: "Norvion a remporté le contrat face à Orlvion", "Pelvion ganó
  el contrato frente a Sarvion", "won the tender against Telvion", "in place of Marvion";
* a company named only to compare ("Like Quorvion, Renvion supplies Valvion", "Wie Quorvion beliefert auch
  Renvion Valvion", "Comme Bravion, Zenvion fournit Ardvion") or as the other side of a lawsuit
  ("Belvion, che ha fatto causa a Calvion, fornisce radar alla Marina") is no party;
* "orders" after a determiner or a verb of saying is the noun ("Quorvion said orders from Dorvion
  rose"), not the verb of buying; a bank or fund (a gazetteer company whose only sector is
  ``investor``) sells no goods: "Ekvion, citing orders from Valvion" makes no supply;
* a unit told with a singular possessive belongs to one owner, the nearest before it, not to a
  whole list: "détenue par Ardvion, Galvion et Jorvion à travers sa filiale Tardrow", "owned
  by A, B and C through its unit D" (Spanish "su" and German "ihre" may be plural: left alone);
* a German relative clause that opens with a subject pronoun and names its object with the accusative
  article: "Kordrow, der auch den Turbinenbauer Kordrow Energy kontrolliert" - the antecedent is
  the owner (the frames read "den" there as the object relative "den Y kontrolliert");
* headlines run together by bullets ("› Bridrow compra ... › Vesdrow y Daldrow firman
  ...", "Quorvion • Renvion | ZF"): a relation never crosses a bullet;
* "its joint venture with Y" after a new clause ("..., including A with B, and its joint venture with
  Y started ...") is the venture of the sentence's subject, not of the last name before it;
* an adviser is no party of the deal it advises on: "Quordrow asesora a Rendrow en la venta de su
  participación en Soldrow" (Rendrow sells), "Quorvion hired Veldrow Sachs to sell its stake in ZF";
* a company that opposes or contests a deal is no party of it: "Bradrow se opuso al acuerdo con
  Cordrow", "Y opposed the merger with Z", "Y s'oppose à l'accord avec Z", "Y contesta l'intesa con Z",
  "Y klagt gegen den Vertrag mit Z".
"""

from __future__ import annotations

import re

from ..scan.windows import may_hold_in

from .engine import Found
from .apposed_owner import subject_behind_owner
from .bought_part import bought_part
from .customer_relatives import reattach_list_customers
from .full_cooperation import drop_full_cooperation
from .unnamed_partners import drop_pairs_with_others
from .participle_agents import drop_reversed_agents
from .market_moves import market_moves
from .market_shares import drop_market_partners

__all__ = ["apply"]


# the text between the verb and the company ends in a comparison whose second term is the company
_THAN = re.compile(
    r"(?:"
    r"\b(?:more|fewer|less|bigger|larger|higher|greater)\b[^.;:\d]{0,60}?\bthan(?:\s+(?:the|do|does|did))?"
    r"|\b(?:plus|moins|autant)\b[^.;:\d]{0,60}?\bqu(?:e|['’])"
    r"|\b(?:más|menos)\b[^.;:\d]{0,60}?\bque(?:\s+(?:el|la|los|las))?"
    r"|\b(?:mehr|weniger)\b[^.;:\d]{0,60}?\bals(?:\s+(?:der|die|das))?"
    r"|(?<!\bil\s)(?<!\bla\s)(?<!\bi\s)(?<!\ble\s)(?<!\blo\s)(?<!\bgli\s)(?<!l['’])\b(?:più|meno)\s+(?!d(?:i|el|ella|ello|ei|egli|ell['’])\b)[^.;:\d]{0,60}?\b(?:di|del|della|dello|dei|degli|che)"
    r")\s*['’]?\s*$",
    re.IGNORECASE,
)

#: an Italian article and a noun right before "più"/"meno": the relative superlative ("il cliente più importante di Y",
#: "la fornitrice più grande di Y": the most important customer of Y), where "di" is "of", not "than" (the article
#: right before "più", "il più grande di", is passed over in ``_THAN`` itself)
_IT_SUPERLATIVE = re.compile(r"\b(?:il|lo|la|i|gli|le|l['’])\s*(?-i:[a-zà-ù])[\w-]*\s+$", re.IGNORECASE)
#: the Italian "più"/"meno" that opens such a comparison (not "plus", "más", "more": French and Spanish
#: superlatives take "de", which ``_THAN`` never reads as "than")
_IT_MORE = re.compile(r"(?:più|meno)\b", re.IGNORECASE)

_LOSS_WORDS = ("lost", "lose", "perd", "pierde", "perso", "verl")
# "non è più azionista di Y", "ne ... plus": no longer, no comparison
_NO_LONGER = re.compile(r"\b(?:non|ne|n['’]|no|nicht|not)\s+(?:[\w'’]+\s+){0,2}(?:più|plus|más|mehr|more)\b", re.IGNORECASE)
# "X lost the contract to Y": between the two names, a loss and the winner's preposition
_LOST_TO = re.compile(
    r"\b(?:lost|loses|losing|lose|(?:a|ont|avait)\s+perdu|perd|perdió|ha\s+perdido|pierde|(?:ha|aveva)\s+perso|perde|"
    r"verlor|verloren|verliert)\b[^.;:]{0,60}?"
    r"(?:\bto|\bau\s+profit\s+d(?:e|['’])|\b(?:a|en)\s+favor\s+de|\bfrente\s+a|\ba\s+favore\s+d(?:i|el|ella)|\ba\s+vantaggio\s+d(?:i|el|ella)|\ban)"
    r"\s*['’]?\s*$",
    re.IGNORECASE,
)

# right before the replaced company: the verb of replacing (Spanish puts "a" before a company object)
_REPLACED = re.compile(
    r"\b(?:replaced?|replaces|replacing|remplac\w*|sustitu\w*|reemplaz\w*|sostitu\w*|rimpiazz\w*|ersetz\w*|löst|löste|lösen)"
    r"(?:\s+(?:a|al))?\s*$",
    re.IGNORECASE,
)
# between the new supplier and that verb: nothing or auxiliaries ("has", "will", "ha", "a", "hat")
_AUX_GAP = re.compile(r"^\s*(?:[\w'’]+\s+){0,2}$")

# the German perfect: the auxiliary before the replaced company, the participle after the trigger
_HAS_BEFORE = re.compile(r"\b(?:hat|haben|hatte|hatten)\s+$", re.IGNORECASE)
_REPLACED_LATE = re.compile(r"[^,.;:]{0,60}?\b(?:abgelöst|ersetzt|verdrängt)\b", re.IGNORECASE)
# right before a company that lost a contest to the company before the verb
_BEATEN = re.compile(
    r"\b(?:beat|beats|beating|outbid|outbidding|(?:ha|avendo)\s+battuto|battendo|(?:a|ont)\s+(?:battu|devancé)|devance|"
    r"(?:ha\s+)?batido\s+a|batió\s+a|sich\s+gegen|(?:hat|hatte)\s+ausgestochen)\s*$",
    re.IGNORECASE,
)
# a company named at the head of a comparison clause ("Like X, ...", "Wie X beliefert auch ...")
_LIKE = re.compile(
    r"(?:^|[,;(]\s*)(?:(?:just\s+)?like|unlike|(?:proprio\s+)?come|a\s+differenza\s+di|comme|contrairement\s+à|à\s+l['’]instar\s+d[e']|"
    r"como|al\s+igual\s+que|a\s+diferencia\s+de|(?:ähnlich\s+)?wie|neben|anders\s+als|im\s+Gegensatz\s+zu)\s+"
    # "Wie der Konkurrent Quorvion", "like its rival Fendrow", "comme son concurrent Bravion": the rival named by its role
    r"(?:(?:der|die|den|dem|the|its|il|lo|la|suo|sua|le|son|sa|el|su|sein(?:em|en)?|ihr(?:em|en)?)\s+"
    r"(?:(?-i:[a-zäöüéè])[\w-]*\s+)?(?:Konkurrent(?:en)?|Wettbewerber[ns]?|Rivalen?|rival|competitor|concorrente|concurrent|competidor|rivale)\s+)?$",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"\s*(?:,|\s(?:and|or|e|o|et|ou|y|und|oder)\s[^,.;]{0,40},)", re.IGNORECASE)
# "wie X mitteilte": the German clause reports who said it, and that company may be a party
_REPORTED = re.compile(
    r"[^,.;]{0,40}?\b(?:mit(?:teilten?|geteilt)|berichteten?|sagten?|erklärten?|meldeten?|ankündigten?|bestätigten?|schrieben?|hieß|verlautete)\b",
    re.IGNORECASE,
)
# the rival in a contest, or the one put aside ("outperforming X": a share price compared)
_RIVAL = re.compile(
    r"\b(?:outperform(?:ing|ed|s)?|outpac(?:ing|ed|es)|against|ahead\s+of|in\s+place\s+of|instead\s+of|in\s+competition\s+with|face\s+à|au\s+détriment\s+d[e']|à\s+la\s+place\s+d[e']|"
    r"en\s+concurrence\s+avec|frente\s+a|en\s+lugar\s+de|en\s+competencia\s+con|contro|al\s+posto\s+di|in\s+concorrenza\s+con|"
    r"anstelle\s+von|statt|im\s+Wettbewerb\s+mit"
    # a verb of competing, a few words of field between: "competes in the segment with X", "compite en
    # baterías con X", "compete sul mercato europeo con X", "rivalise avec X", "konkurriert im Premiumsegment mit X"
    r"|\b(?:compet(?:es|e|ed|ing)|compit(?:e|en|ió|ieron)|compet(?:irá|irán|ía|ían)|compet(?:ono|eva|evano|erà|eranno)|"
    r"rivalis(?:e|ent|ait|aient|era)|est\s+en\s+concurrence|sont\s+en\s+concurrence|rivaliz(?:a|an|aba|ará)|"
    r"konkurrier(?:t|en|te|ten)|wetteifer(?:t|n))"
    r"(?:\s+(?!(?:and|but|which|who|e|ma|che|et|mais|qui|que|y|pero|und|aber)\b)[\w'’-]+){0,4}?\s+(?:with|con|avec|mit))\s*['’]?\s*$",
    re.IGNORECASE,
)
# peers in a ranking: "one of the world's three largest producers, alongside A and B", "l'un des
# principaux fabricants, aux côtés de A": the names after it are ranked with the subject, no partners
_RANKED = re.compile(
    r"\b(?:one\s+of\s+the|among\s+the|l['’]une?\s+des|parmi\s+les|un[oa]\s+de\s+l[oa]s|un[oa]\s+de(?:i|gli|lle)|tra\s+i|entre\s+los|einer?\s+der|eines\s+der)\s"
    r"[^.;:()]{0,40}?\b(?:largest|biggest|leading|top|major|plus\s+grand[se]?|premiers|principa(?:ux|les)|leaders|más\s+grandes|mayores|"
    r"principales|più\s+grandi|maggiori|principali|größten|führenden|wichtigsten)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*"
    r"(?:alongside|along\s+with|together\s+with|like|behind|aux\s+côtés\s+d[e']|comme|derrière|junto\s+a|como|detrás\s+de|insieme\s+a|"
    r"accanto\s+a|come|dietro|neben|wie|hinter)\s*['’]?\s*$",
    re.IGNORECASE,
)
# the other side of a lawsuit
_SUED = re.compile(
    r"\b(?:sued|sues|suing|lawsuit\s+against|complaint\s+against|(?:fatto|fa|fare)\s+causa\s+(?:a|ad|al|alla)|citato\s+in\s+giudizio|"
    r"verklagt|verklagte|Klage\s+gegen|demand(?:ó|a|ado|ará|ar)\s+a|querella\s+contra|poursuit|poursuivi|plainte\s+contre|assigné)\s*$",
    re.IGNORECASE,
)
# the noun's own relative naming who gave the order: "the order (that) Brixo placed with Kestrel"
_ORDER_GIVEN_AFTER = re.compile(r" (?:that |which )?(?-i:[A-Z])[^,;:()]{0,40}? (?:had |has |have )?(?:placed|awarded|given|gave|handed) (?:\w+ )?(?:with|to)\b")
# "orders" as a noun: after a determiner, an adjective of size or trend, or a verb of saying
_ORDERS_NOUN = re.compile(
    r"\b(?:said|says|say|citing|cited|the|its|their|new|more|fewer|strong|weak|higher|lower|rising|falling|record|big|large|of|for|on|and)\s+$",
    re.IGNORECASE,
)
# "X advises Y on the sale": X is the adviser; "X hired Y to sell": X is the seller
_ADVISES = re.compile(
    r"\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:advis(?:es|ed|ing)|asesor(?:a|ó|ará|ando)|aconsej(?:a|ó)|conseill?(?:e|ent|é|ait)|"
    r"(?:berät|berieten|beriet)|assist(?:e|ono|ito)|affianc(?:a|ano|ato)|"
    # "è advisor di Y", "is the adviser to Y", "est le conseil de Y", "es asesor de Y", "ist Berater von Y"
    r"(?:è|sono|is|are|was|est|es|ist)\s+(?:(?:the|l['’]|le|el|der)\s*)?(?:(?:financial|legal|finanziari[oa]|financier|financiero)\s+)?"
    r"(?:advis[oe]r|consulente|conseil(?:ler)?|asesor|berater)(?:\s+(?:finanziari[oa]|financier|financiero))?\s+(?:of|to|di|del|della|de|du|von|des))"
    r"(?:\s+(?:a|al))?\s+",
    re.IGNORECASE,
)
_HIRED = re.compile(
    r"\b(?:hired|has\s+hired|mandated|appointed|tapped|(?:ha\s+)?(?:ingaggiato|incaricato)|(?:a\s+)?mandaté|(?:ha\s+)?contratado\s+a|"
    r"(?:hat\s+)?(?:beauftragt|engagiert))\s+$",
    re.IGNORECASE,
)
_OWNERSHIP = ("invests_in", "acquires", "owns")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|sa|son|leur|la\s+sua|il\s+suo|su|sus|seine[mnrs]?|ihre[mnrs]?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|e|ma|et|mais|y|pero|und|aber)\s|;)", re.IGNORECASE)
_PARTNER_TYPES = ("joint_venture", "partners_with")
_CONTRAST = re.compile(
    r",\s*(?:while|whereas|mentre|während|wohingegen|tandis\s+qu|alors\s+qu|mientras)\b", re.IGNORECASE)
#: German gapping of goods: "X und Y liefern die Zellen, Z die Chips" (after a comma a name, then a bare
#: object and the clause ends): Z is the second clause's subject, never the first verb's recipient
_DE_GAPPED_SUBJECT = re.compile(r"\s+(?:die|den|das)\s+(?:(?-i:[a-zäöü])[\w-]*\s+)?(?-i:[A-ZÄÖÜ])[\w-]*\s*(?:[.;!?–—]|$)")
_BULLET = re.compile(r"(?:^|\s)[›•·▪►|](?=\s)")
_DE_SUBJECT_RELATIVE = re.compile(
    r"\s*,\s*(?:der|die|das|welche[rs]?)\s(?:[^,;:()]{0,60}?\s)?(?:den|einen)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_SINGULAR_POSSESSIVE = re.compile(r"(?:its|sa|son|sua|suo|la\s+sua|il\s+suo|seine[mnrs]?)\s", re.IGNORECASE)


#: Spanish "su" and German "ihre" may be plural; a relative clause after the list whose verb is singular
#: speaks of the last name only: "A y B, que opera a través de su filial C", "A, B und C, die über ihre
#: Tochter D beteiligt ist"
_EITHER_POSSESSIVE = re.compile(r"(?:su|ihre[mnrs]?)\s", re.IGNORECASE)
_SINGULAR_RELATIVE = re.compile(
    r"^\s*,\s*(?:que|die|der|das)\b[^,;.]{0,80}?\b(?:opera|tiene|controla|posee|es|está|cuenta|mantiene|gestiona|participa|"
    r"ist|hält|besitzt|kontrolliert|hat|war|betreibt)\b", re.IGNORECASE)


def _singular_relative(text: str, last_owner_end: int, t0: int) -> bool:
    """After the last owner of a list, a relative clause with a singular verb before or right after the trigger."""
    end = min(len(text), t0 + 60)
    cut = text.find(",", t0, end)
    return _SINGULAR_RELATIVE.match(text[last_owner_end : cut if cut > 0 else end]) is not None


def _one_owner(text: str, spans, results: list[Found]) -> list[Found]:
    """Several owners of one unit from one "its unit" trigger: keep the owner nearest before it."""
    groups: dict[tuple, list[Found]] = {}
    for f in results:
        if f.type == "owns":
            groups.setdefault((f.target, f.trigger), []).append(f)
    drop = set()
    for (_target, (t0, t1)), fs in groups.items():
        if len(fs) < 2:
            continue
        before = [(e, n) for _s, e, n, _ in spans if e <= t0 and any(f.source == n for f in fs)]
        if not before:
            continue
        if not _SINGULAR_POSSESSIVE.match(text, t0, t1) and not (
                _EITHER_POSSESSIVE.match(text, t0, t1) and _singular_relative(text, max(before)[0], t0)):
            continue
        keep = max(before)[1]
        drop.update(id(f) for f in fs if f.source != keep)
    return [f for f in results if id(f) not in drop] if drop else results


def _across_bullet(text: str, spans, f: Found) -> bool:
    src = _nearest(spans, f.source, f.trigger[0])
    tgt = _nearest(spans, f.target, f.trigger[1])
    if src is None or tgt is None:
        return False
    lo = min(src[0], tgt[0], f.trigger[0])
    hi = max(src[1], tgt[1], f.trigger[1])
    # a bar inside a company's name ("Sarvion | bp pulse", entities/joined_names.py) parts no items
    return any(not any(sp[0] <= b.start() and b.end() <= sp[1] for sp in spans)
               for b in _BULLET.finditer(text, lo, hi))


def _possessor_is_subject(text: str, spans, f: Found, src, tgt) -> Found | None:
    """"..., and its joint venture with Y": a party before the trigger, cut off from it by a new
    clause, gives way to the sentence's first company (its subject), or the pair goes."""
    t0 = f.trigger[0]
    for name, pos, other in ((f.source, src, f.target), (f.target, tgt, f.source)):
        if pos[1] <= t0 and _NEW_CLAUSE.search(text, pos[1], t0):
            first = spans[0] if spans else None
            if first is None or first[0] >= pos[0] or first[2] in (name, other):
                return None
            return Found(f.type, first[2], other, f.status, f.confidence, f.product, f.trigger)
    return f


def _client_for_adviser(text: str, spans, f: Found, src, tgt) -> Found | None:
    """A partner named as the adviser of another company gives way to that company (or the pair goes
    when the client is the other partner already)."""
    for name, pos, other in ((f.source, src, f.target), (f.target, tgt, f.source)):
        adv = _ADVISES.match(text, pos[1])
        if adv is None:
            continue
        client = next((n for s0, _e, n, _ in spans if s0 == adv.end()), None)
        if client is None or client == other:
            return None
        return Found(f.type, client, other, f.status, f.confidence, f.product, f.trigger)
    return f


def _winner(text: str, spans, verb: re.Match) -> str | None:
    """The company right before ``verb``, with at most two words (auxiliaries) between."""
    new = [n for _s, e, n, _ in spans if e <= verb.start() and _AUX_GAP.match(text[e : verb.start()])]
    return new[-1] if new else None


def _last_word(text: str, pos: int) -> str:
    """The word right before ``pos``, lower-case, without a trailing apostrophe ("qu'" -> "qu")."""
    seg = text[max(0, pos - 24) : pos].rstrip(" '’\u00a0").lower()
    cut = max(seg.rfind(" "), seg.rfind("'"), seg.rfind("’"), seg.rfind("("), seg.rfind(","), seg.rfind("\n"))
    return seg[cut + 1 :]


# the words a guard's pattern can end in: the patterns run only after one of them
_THAN_END = frozenset("than the do does did que qu el la los las als der die das di del della dello dei degli che".split())
_SUED_END = frozenset("sued sues suing against a ad al alla giudizio verklagt verklagte gegen contra poursuit poursuivi assigné contre".split())
_RIVAL_END = frozenset("against of with con avec mit à de d a contro di von statt outperforming outperformed outperforms "
                       "outpacing outpaced outpaces".split())
#: the words that join the members of a list, and the gap between two members
_RANKED_END = frozenset("alongside with like behind de d comme derrière a como dietro come neben wie hinter".split())
_LIST_WORDS = frozenset("and or e o et ou y u und oder".split())
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|e|o|et|ou|y|u|und|oder)\s+", re.IGNORECASE)
_LIKE_END = frozenset("like unlike come di comme à de d como que wie neben als zu konkurrent konkurrenten wettbewerber "
                      "wettbewerbers wettbewerbern rivale rivalen rival competitor concorrente concurrent competidor".split())
_BEATEN_END = frozenset("beat beats beating outbid outbidding battuto battendo battu devancé devance a gegen ausgestochen".split())
_REPLACED_END = ("replac", "remplac", "sustitu", "reemplaz", "sostitu", "rimpiazz", "ersetz", "löst", "lösen", "a", "al")
_HIRED_END = frozenset("hired mandated appointed tapped ingaggiato incaricato mandaté a beauftragt engagiert".split())
_HAS_END = frozenset("hat haben hatte hatten".split())


#: a company named as what lies outside the wanted thing: "a supplier outside the Fendrow-BYD duopoly",
#: "un proveedor fuera del duopolio Fendrow-BYD", "en dehors de X", "al di fuori di X", "außerhalb von X" (the
#: other names before it in the same phrase are replaced by a NUL before the match)
_OUTSIDE_WORDS = ("outside", "fuera", "dehors", "hors d", "fuori", "außerhalb")
_OUTSIDE = re.compile(
    r"\b(?:outside(?:\s+of)?|fuera\s+de(?:l)?|en\s+dehors\s+d(?:e|u|es|['’])|hors\s+d(?:e|u|es|['’])|"
    r"al\s+di\s+fuori\s+d(?:i|el|ella|ello|ei|egli|elle)|fuori\s+d(?:a|al|alla|allo|ai|agli|alle)|außerhalb\s+(?:von|des|der))"
    r"\s*(?:(?:the|el|la|los|las|le|les|il|lo|i|gli|der|die|das|dem|den)\s+)?(?:\w+\s+(?:(?:von|of|de|del|du|des|di|dei)\s+)?)?"
    r"(?:\x00\s*(?:[-–/,]|\band\b|\by\b|\be\b|\bet\b|\bund\b)\s*)*$", re.IGNORECASE)


def _outside(text: str, p: tuple[int, int], spans) -> bool:
    if not text[p[0] : p[0] + 1].isupper():
        return False  # a description, "a carmaker outside the group", is the group the sentence is about
    lo = max(0, p[0] - 80)
    seg = text[lo : p[0]]
    low = seg.lower()
    if not any(w in low for w in _OUTSIDE_WORDS):
        return False
    for s, e, _n, _ in sorted(spans, reverse=True):
        if lo <= s and e <= p[0]:
            seg = seg[: s - lo] + "\x00" + seg[e - lo :]
    return _OUTSIDE.search(seg) is not None


def _aside(text: str, p: tuple[int, int], spans=(), outside: bool = True) -> bool:
    """The company at ``p`` is named to compare, as a rival or as the other side of a lawsuit; so is
    the next member of a list whose first member is ("outperforming Zenvion and Haldrow").
    ``outside`` False: the sentence holds none of ``_OUTSIDE_WORDS`` (``_outside`` need not look)."""
    word = _last_word(text, p[0])
    if word in _LIST_WORDS and spans:
        prev = next((q for q in reversed(spans) if q[1] <= p[0] and _LIST_GAP.fullmatch(text, q[1], p[0])), None)
        return prev is not None and _aside(text, (prev[0], prev[1]), spans, outside)
    lo = max(0, p[0] - 90)
    if word in _THAN_END:
        than = _THAN.search(text, lo, p[0]) if may_hold_in(_THAN, text, lo, p[0]) else None
        if than and not _NO_LONGER.search(text, max(0, than.start() - 20), than.start() + 5) and not (
                _IT_MORE.match(than.group(0)) and _IT_SUPERLATIVE.search(text, max(0, than.start() - 30), than.start())):
            return True
    # (each search after a literal test on its stretch: scan/windows.py)
    if (word in _SUED_END and may_hold_in(_SUED, text, lo, p[0]) and _SUED.search(text, lo, p[0])) or (
            word in _RIVAL_END and may_hold_in(_RIVAL, text, lo, p[0]) and _RIVAL.search(text, lo, p[0])):
        return True
    if word in _RANKED_END and may_hold_in(_RANKED, text, max(0, p[0] - 140), p[0]) and _RANKED.search(text, max(0, p[0] - 140), p[0]):
        return True
    if spans and outside and _outside(text, p, spans):
        return True
    m = _LIKE.search(text, lo, p[0]) if word in _LIKE_END and may_hold_in(_LIKE, text, lo, p[0]) else None
    if m is None:
        return False
    if m.group(0).strip(" ,;(").lower().startswith(("wie", "neben", "ähnlich", "anders als", "im gegensatz")):
        # "Wie Quorvion beliefert auch Renvion Valvion" opens the sentence; ", wie Quorvion mitteilte" says who said it
        return m.start() == 0 and not _REPORTED.match(text, p[1])
    # the comparison closes with a comma ("Like Quorvion, ...", "Bravion, like Renvion and ZF, ..."); without
    # one, "carmakers like Fenvion" lists examples
    return bool(_CLOSED.match(text, p[1]))


def _nearest(spans, name: str, pos: int) -> tuple[int, int] | None:
    best = None
    for s, e, n, _ in spans:
        if n == name and (best is None or abs(s - pos) < abs(best[0] - pos)):
            best = (s, e)
    return best


#: a verb of opposing or contesting, right before the deal's trigger (literals gate the search)
_OPPOSED_LITERALS = ("oppos", "opus", "opon", "contest", "impugn", "challeng", "kritisier", "klagt", "lehnt", "criticis", "criticiz", "recurri")
_OPPOSED = re.compile(
    r"\s*(?:(?!which|that|who|qui|que|che|der|die|das)\w+\s+){0,3}?(?:opposed|opposes|opposing|challenged|contested|contests|criticised|criticized|"
    r"se\s+(?:opuso|opone|oponen|opusieron)|(?:s['’]\s?)?(?:oppose|opposent|est\s+opposée?|sont\s+opposés)|"
    r"si\s+(?:oppone|oppongono|è\s+oppost[oa])|ha\s+contestato|hanno\s+contestato|conteste|contestent|a\s+contesté|"
    r"impugn(?:ó|ato|ha)|recurrió\s+contra|kritisiert|kritisierte|klagt\s+gegen|klagte\s+gegen|lehnt|lehnte)\b[^.;:,]{0,40}$",
    re.IGNORECASE)


def _opposed(text: str, party_end: int, t0: int) -> bool:
    """The party is the subject of a verb of opposing the deal named by the trigger after it."""
    if party_end > t0:
        return False
    between = text[party_end:t0].lower()
    return any(w in between for w in _OPPOSED_LITERALS) and _OPPOSED.match(text, party_end, t0) is not None


#: the earlier name is the sentence's speaker right before the contrast ("..., Lumdrow said, while
#: seats will be ordered from Y"): the speaker's words run on past the comma, no contrast of parties
_SPEAKER_THEN = re.compile(
    r"\s+(?:said|says|added|stated|confirmed|announced|ha\s+detto|ha\s+spiegato|ha\s+precisato|ha\s+annunciato|a\s+déclaré|a\s+indiqué"
    r"|a\s+précisé|a\s+annoncé|sagte|erklärte|teilte\s+mit|dijo|afirmó|explicó|indicó|anunció)\s*,", re.IGNORECASE)


def apply(text: str, spans, results: list[Found], gapped: frozenset[int] = frozenset()) -> list[Found]:
    """``spans``: (start, end, name, sectors) of the sentence's companies, offsets in ``text``;
    ``gapped``: ids of the results a second clause gave with the word it left out (``gapping``),
    whose pair spans a contrast by design ("Y is controlled by X, while Z holds 37%")."""
    if not results:
        return results
    results = drop_full_cooperation(text, results)  # "cooperated fully with Mardrow" in a recall: no partnership
    results = drop_pairs_with_others(text, spans, results)  # "A and B signed deals with several producers": not with each other
    results = drop_market_partners(text, spans, results)  # "together with Y holds half of the market": rivals counted together
    results = drop_reversed_agents(text, spans, results)  # "die von X gelieferten Zellen": X supplies, never receives
    if not results:
        return results
    results = _one_owner(text, spans, results)
    results = reattach_list_customers(text, spans, results)  # "to X, which ..., and to Y": both X's and Y's supplier
    if market_moves(text):
        results = [f for f in results if f.type == "owns"]  # share prices side by side tie no deal
        if not results:
            return results
    if any(c in text for c in "›•·▪►|") and _BULLET.search(text):
        results = [f for f in results if not _across_bullet(text, spans, f)]
    sectors = {n: set(sec) for _s, _e, n, sec in spans}
    out: list[Found] = []
    added: list[Found] = []
    asides: dict[tuple[int, int], bool] = {}  # (a name's span: whether it is named aside; asked once per name)
    # (whether the sentence holds a word of ``_outside`` or of ``_opposed`` at all: asked once here, not
    # per name; the lower-cased sentence holds every lower-cased stretch of it)
    low = text.lower()
    outside = any(w in low for w in _OUTSIDE_WORDS)
    opposing = any(w in low for w in _OPPOSED_LITERALS)

    def aside(p: tuple[int, int]) -> bool:
        got = asides.get(p)
        if got is None:
            got = asides[p] = _aside(text, p, spans, outside)
        return got

    for f in results:
        t0, t1 = f.trigger
        src = _nearest(spans, f.source, t0)
        tgt = _nearest(spans, f.target, t1)
        if src is None or tgt is None:
            out.append(f)
            continue
        if aside(src) or aside(tgt):
            continue
        if opposing and (_opposed(text, src[1], t0) or _opposed(text, tgt[1], t0)):
            continue  # "Bradrow se opuso al acuerdo con Cordrow": Bradrow is no party of the deal
        if f.type == "acquires":
            f = bought_part(text, spans, f, tgt)  # "Korvan buys Maltrix's battery division": not Maltrix
            if f is None:
                continue
            tgt = _nearest(spans, f.target, t1)
        if f.type != "owns" and "," in text[min(src[1], tgt[1]) : t0]:
            f = subject_behind_owner(text, spans, f, src, tgt)  # "X, a unit of Y, supplies Z": X supplies
            if f is None:
                continue
        lo, hi = (src, tgt) if src[0] < tgt[0] else (tgt, src)
        if ("," in text[lo[1] : hi[0]] and id(f) not in gapped and _CONTRAST.search(text, lo[1], hi[0])
                and not _SPEAKER_THEN.match(text, lo[1])):
            continue  # "A and B formed a venture, while C works with D": no A-D pair
        if f.type in _PARTNER_TYPES and _POSSESSIVE_BEFORE.search(text, max(0, t0 - 25), t0):
            f = _possessor_is_subject(text, spans, f, src, tgt)
            if f is None:
                continue
        if f.type in _PARTNER_TYPES:
            # "Nordrow asesora a Sarvion en su alianza con Orldrow": the adviser's client is the partner
            f = _client_for_adviser(text, spans, f, src, tgt)
            if f is None:
                continue
        if f.type == "supplies":
            if src[1] <= tgt[0] and any(w in text[src[1] : tgt[0]].lower() for w in _LOSS_WORDS):
                # "X lost the order to Y": Y won it; X supplies Y nothing, and "..., which will
                # supply Z" is said of Y
                won = next((n for s0, _e, n, _ in spans if src[1] <= s0 <= tgt[0] and _LOST_TO.search(text, src[1], s0)), None)
                if won is not None:
                    if won != f.target:
                        added.append(Found(f.type, won, f.target, f.status, f.confidence, f.product, f.trigger))
                    continue
            if sectors.get(f.source) == {"investor"} or sectors.get(f.target) == {"investor"}:
                continue
            if t1 <= tgt[0] and text[t1 : tgt[0]].rstrip().endswith(",") and _DE_GAPPED_SUBJECT.match(text, tgt[1]):
                continue  # "X liefert die Zellen, Z die Chips": Z supplies too, X supplies Z nothing
            word = text[t0:t1].lower()
            if word in ("order", "orders") and _ORDERS_NOUN.search(text, max(0, t0 - 20), t0) and not _ORDER_GIVEN_AFTER.match(text, t1):
                continue
            before = _last_word(text, src[0])
            beaten = _BEATEN.search(text, max(0, src[0] - 40), src[0]) if before in _BEATEN_END else None
            if beaten:
                name = _winner(text, spans, beaten)
                if name and name not in (f.source, f.target):
                    added.append(Found(f.type, name, f.target, f.status, f.confidence, f.product, f.trigger))
                continue
            rep = _REPLACED.search(text, max(0, src[0] - 40), src[0]) if before.startswith(_REPLACED_END) else None
            if rep is None and before in _HAS_END and _REPLACED_LATE.match(text, t1):
                # "Renvion hat Peldrow als Zulieferer von Valvion abgelöst": the participle closes the clause
                rep = _HAS_BEFORE.search(text, max(0, src[0] - 12), src[0])
            if rep:
                name = _winner(text, spans, rep)
                if name:
                    if name not in (f.source, f.target):
                        added.append(Found(f.type, name, f.target, f.status, f.confidence, f.product, f.trigger))
                    if f.status in ("active", "announced"):
                        old = "active" if f.status == "announced" else "ended"
                        f = Found(f.type, f.source, f.target, old, f.confidence, f.product, f.trigger)
        elif f.type in _OWNERSHIP:
            if tgt[1] <= src[0] <= t0 and _DE_SUBJECT_RELATIVE.fullmatch(text, tgt[1], src[0]):
                out.append(Found(f.type, f.target, f.source, f.status, f.confidence, f.product, f.trigger))
                continue
            adv = _ADVISES.match(text, src[1])
            if adv:
                client = next((n for s0, _e, n, _ in spans if s0 == adv.end()), None)
                if client is None or client == f.target:
                    continue
                f = Found(f.type, client, f.target, f.status, f.confidence, f.product, f.trigger)
            else:
                hired = _HIRED.search(text, max(0, src[0] - 30), src[0]) if _last_word(text, src[0]) in _HIRED_END else None
                if hired:
                    name = _winner(text, spans, hired)
                    if name is None or name == f.target:
                        continue
                    f = Found(f.type, name, f.target, f.status, f.confidence, f.product, f.trigger)
        out.append(f)
    for g in added:
        if not any((h.type, h.source, h.target) == (g.type, g.source, g.target) for h in out):
            out.append(g)
    return out
