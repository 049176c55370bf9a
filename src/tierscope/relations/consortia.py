"""Members of a consortium, research alliance or joint project: each pair of them are partners.

    "The consortium, which brings together Norvessa, Tecnalba and Lumetra, ..."
    "Le consortium, qui réunit Norvessa, Tecnalba et Lumetra, ..."      "che riunisce", "que agrupa"
    "Neben Norvessa und Tecnalba gehören dem Konsortium Lumetra sowie Quarzo an."
    "Besides Norvessa and Tecnalba, Lumetra has belonged to it from the start."
    "That leaves Norvessa and Tecnalba as the industrial partners."
    "Norvessa capofila, con Tecnalba, Lumetra e Quarzo."                 (the lead partner and each other)
    "Tecnalba has left the consortium."                                  (ended with every member)
    "Quarzo is in talks to join the project."                            (in talks with every member)

A project is told over several sentences: who leads it, who takes part, who left it, who may join.
Each sentence adds what it says of the members of the story's consortium, and the story's members are
then paired: every two current members (a plain list is a membership of equals), a member that left
with every current one (ended), a candidate with every current one (its talks' status). When the
members are only named beside a lead partner ("X leads it, with A and B", "junto a X, A y B"), the
ties stated are the lead partner's with each of them, and only those are told.

Only named companies count: a university or institute the entity stage does not tag is not a member.
A list of companies with no consortium word nearby (a market, share prices, a supplier's customers) is
not read here.
"""

from __future__ import annotations

import re
from itertools import combinations

from ..doc import Document, Mention
from . import engine
from ..scan.page_words import present
from ..scan.prefilter import may_search
from .engine import company_name as _name
from .members import named_companies

__all__ = ["consortium_ties"]

#: a story must hold one of these (lower-cased) to be read at all: a cheap gate
_GATE = ("consorti", "konsorti", "consorzi", "consorcio", "allian", "alleanz", "alianz", "project", "projet",
         "progett", "projekt", "proyect", "programm", "programa", "capofila", "verbund", "bündnis")

#: the group nouns (any case: German compounds "Forschungskonsortium", "Verbundprojekt", "Projektpartner"),
#: whole words where a longer word means something else ("projected", "programmed", "verbunden")
_NOUN = re.compile(
    r"(?i:consorti(?:um|a)|\w*konsorti(?:um|en)|consorzi[oa]?|consorcios?|alliances?|allianz|alleanza|alianzas?|"
    r"b[üu]ndnis|\w*verbund(?:e?s|partner\w*|projekt\w*)?\b|projects?\b|projets?\b|progett[oi]\b|\w*projekt(?:e[ns]?|s|partner\w*)?\b|proyectos?\b|"
    r"programm[ai]\b|\w*programm(?:e[ns]?|s)?\b|programs?\b|programas?\b|capofila)")

# Cues, one combined pattern per language; the named group says what the cue does:
#   flat   a list of members follows ("which brings together A, B and C")
#   near   the same right after the consortium noun ("a consortium of A, B and C")
#   all    every company of the sentence is a member ("besides A and B, C belongs to it")
#   pair   the members are listed before ("A and B are the industrial partners")
#   leadA  the lead partner follows ("led by X")      leadB  it comes before ("X leads the project")
#   leave  a member leaves                           join   a candidate joins or may join
_CUES = {
    "en": {
        "flat": r"\b(?:brings|brought|bringing)\s+together|\b(?:made\s+up|composed|comprised)\s+of|\bcompris(?:es|ing)\b|"
                r"\bconsist(?:s|ing)?\s+of|\b(?:other\s+|founding\s+|industrial\s+)?(?:members|partners)\s+"
                r"(?:are|were|include|included)\b",
        "all": r"\b(?:belong(?:s|ed)?|have\s+belonged|has\s+belonged)\s+to\s+(?:it|the\s+(?:consortium|project|alliance|programme))\b|"
               r"\b(?:are|were|have\s+been)\s+(?:all\s+|also\s+)?members\s+of\s+(?:it|the\s+(?:consortium|project|alliance|programme))\b",
        "near": r"\b(?:consortium|consortia|alliance)\s+of\b|\b(?:consortium|alliance|project|programme)\s*,?\s+(?:formed|set\s+up|created|founded|established)\s+by\b",
        "pair": r"\b(?:as|are|were|remain)\s+the\s+(?:\w+\s+)?(?:partners|members)\b(?!\s+(?:of|in|to|for)\b)|"
                r"\b(?:have|has|had)\s+(?:formed|set\s+up|created|launched|founded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:consortium|alliance)\b|"
                r"\b(?:are|were|will)\s+(?:also\s+)?(?:taking|take)\s+part\s+in\s+the\s+(?:[\w-]+\s+)?(?:consortium|project|programme)\b",
        "leadA": r"\b(?:led|coordinated|headed|spearheaded)\s+by\b",
        "leadB": r"\b(?:leads|led|coordinates|heads)\s+the\s+(?:consortium|project|alliance|programme)\b|\bis\s+the\s+lead\s+partner\b",
        "leave": r"\b(?:left|leaves|leaving|quit|quits|exited|exits|withdr[ae]w\w*|walk(?:s|ed)?\s+away|pull(?:s|ed)?\s+out)\b",
        "join": r"\b(?:in\s+talks\s+(?:to\s+join|about\s+joining)|(?:negotiating|considering|weighing|looking)\s+(?:to\s+join|joining)|"
                r"(?:could|set\s+to|will|is\s+to)\s+join|has\s+joined|joined\s+the\s+(?:consortium|project|alliance|programme))\b",
    },
    "fr": {
        "flat": r"\b(?:réunit|réunissait|réunissant|regroupe|regroupait|regroupant)\b|(?<![sS]['’])(?<!\bse\s)\bassoci(?:e|ant)\b|"
                r"\b(?:composé|constitué|formé)e?\s+(?:de|d['’]|par)|\b(?:font|faisaient)\s+partie\b(?!\s+(?:aussi\s+|également\s+)?(?:du|de|des|d['’])\b)|"
                r"\b(?:ses|les)\s+(?:membres|partenaires)\s+sont\b|\bparticipent\b(?!\s+(?:aussi\s+|également\s+)?(?:au|à|aux)\b)",
        "all": r"\bfont\s+(?:aussi\s+|également\s+)?partie\s+(?:du\s+(?:consortium|projet|programme)|de\s+l['’]alliance)\b|"
               r"\bsont\s+membres\s+(?:du|de\s+l['’])",
        "pair": r"\bsont\s+les\s+(?:\w+\s+)?(?:partenaires|membres)\b(?!\s+(?:de|du|d['’]))|\bont\s+(?:formé|constitué|créé|fondé)\s+un\s+consortium\b|"
                r"\bparticipent\s+(?:aussi\s+|également\s+)?au\s+(?:consortium|projet|programme)\b",
        "leadA": r"\b(?:piloté|mené|conduit|coordonné|dirigé|emmené)e?\s+par\b|\bchef\s+de\s+file\s+(?:est|sera)\b",
        "leadB": r"\b(?:pilote|mène|coordonne)\s+le\s+(?:consortium|projet|programme)\b|\best\s+(?:le\s+)?chef\s+de\s+file\b",
        "leave": r"\b(?:a\s+quitté|quitte|se\s+retire|s['’]est\s+retirée?|sa\s+sortie\s+du|son\s+départ\s+du|claque\s+la\s+porte)\b",
        "join": r"\b(?:rejoindre\s+le|a\s+rejoint\s+le|rejoint\s+le|son\s+entrée\s+dans\s+le|entrer\s+dans\s+le\s+(?:consortium|projet))\b",
    },
    "it": {
        "flat": r"\b(?:riunisce|riuniva|riunendo|raggruppa|raggruppava|mette\s+insieme)\b|\b(?:compost|format|costituit)[oa]\s+da\b|"
                r"\bfanno\s+parte\b(?!\s+(?:anche\s+)?(?:del|della|dell['’]|di)\b)|\bpartecipano\b(?!\s+(?:anche\s+)?(?:al|allo|alla|all['’]|ai)\b)|\baderiscono\b|\b(?:vede|con)\s+la\s+partecipazione\s+di\b|\bi\s+(?:suoi\s+)?(?:soci|membri|partner)\s+sono\b",
        "all": r"\bfanno\s+(?:anche\s+)?parte\s+(?:del\s+(?:consorzio|progetto|programma)|dell['’]alleanza)\b|\bsono\s+membri\s+del\b",
        "pair": r"\bsono\s+i\s+(?:\w+\s+)?(?:partner|soci|membri)\b(?!\s+(?:di|del|della)\b)|"
                r"\bhanno\s+(?:costituito|formato|creato|dato\s+vita\s+a)\s+(?:un|il)\s+consorzio\b|"
                r"\bpartecipano\s+(?:anche\s+)?al\s+(?:consorzio|progetto|programma)\b",
        "leadA": r"\b(?:guidat|coordinat|capeggiat|condott)[oa]\s+da\b|\bcapofila\s+(?:del\s+\w+\s+)?(?:è|sarà)\b|\bche\s+guida\b",
        "leadB": r"\bcapofila\b|\b(?:guida|coordina)\s+il\s+(?:consorzio|progetto|programma)\b",
        "leave": r"\b(?:lascia|ha\s+lasciato|aver\s+lasciato|esce\s+dal|uscit[oa]\s+dal|si\s+(?:è\s+)?ritirat[oa]|si\s+ritira|sua\s+uscita)\b",
        "join": r"\b(?:entrare\s+nel|è\s+entrat[oa]\s+nel|entra\s+nel|suo\s+ingresso\s+nel|aderire\s+al)\b",
    },
    "de": {
        "flat": r"\bbestehend\s+aus\b|\bbe?steht\s+aus\b|\bbestand\s+aus\b|\b(?:Mitglieder|Partner)\s+(?:des\s+\w+\s+)?sind\b|"
                r"\b(?:zum|zu\s+dem)\s+\w*(?:[Kk]onsortium|[Pp]rojekt|Verbund|Bündnis)\s+(?:gehören|gehörten|zählen|zählten)\b|"
                r"\b(?:am|an\s+dem)\s+\w*(?:[Kk]onsortium|[Pp]rojekt|[Vv]erbund)\s+(?:sind|waren)\b",
        "near": r"\b(?:\w*[Kk]onsorti(?:um|ums)|Allianz|Bündnis)\s+(?:aus|von)\b",
        "all": r"\b(?:gehören|gehörten|gehört|gehörte)\s+(?:ihm|ihr|dem\s+\w*(?:[Kk]onsortium|[Pp]rojekt|[Vv]erbund|Bündnis))\b[^.;]*\san\b|"
               r"\bdem\s+\w*(?:[Kk]onsortium|[Pp]rojekt|[Vv]erbund|Bündnis)\s+(?:gehören|gehörten|gehört|gehörte)\b[^.;]*\san\b|\bangehör(?:en|ten)\b",
        "pair": r"\bsind\s+die\s+(?:\w+\s+)?(?:Partner|Mitglieder)\b(?!\s+(?:von|des|der)\b)|"
                r"\bhaben\s+sich\s+zu\s+einem\s+\w*(?:[Kk]onsortium|Bündnis|[Vv]erbund)\s+zusammengeschlossen\b|"
                r"\bbilden\s+(?:ein|das)\s+\w*[Kk]onsortium\b|\bhaben\s+ein\s+\w*[Kk]onsortium\s+gegründet\b|"
                r"\b(?:sind|waren)\s+(?:auch\s+)?(?:am|an\s+dem)\s+\w*(?:[Kk]onsortium|[Pp]rojekt|[Vv]erbund)\s+beteiligt\b",
        "leadA": r"\bkoordiniert\s+(?:wird\s+(?:es|das\s+\w+|der\s+\w+)\s+)?von\b|\bangeführt\s+von\b|\bgeführt\s+von\b|"
                 r"\bunter\s+(?:der\s+)?(?:Führung|Leitung|Federführung)\s+(?:von|des|der)\b",
        "leadB": r"\b(?:führt|koordiniert|leitet)\s+das\s+\w*(?:[Kk]onsortium|[Pp]rojekt)\b",
        "leave": r"\b(?:steigt\s+aus|ausgestiegen|Ausstieg|verlassen|verlässt|verließ|zieht\s+sich\s+(?:\w+\s+)?zurück|zurückgezogen)\b",
        "join": r"\b(?:Beitritt\w*|beitreten|beizutreten|beigetreten|neues\s+Mitglied)\b",
    },
    "es": {
        "flat": r"\b(?:agrupa|agrupaba|agrupando|reúne|reunía|reuniendo)\b|\b(?:integrad|formad|compuest|constituid)[oa]s?\s+por\b|"
                r"\bparticipan\b(?!\s+(?:también\s+)?(?:en|del?)\b)|\bforman\s+parte\b(?!\s+(?:también\s+)?(?:del?|de\s+la)\b)|\bsus\s+(?:socios|miembros)\s+son\b",
        "all": r"\bforman\s+(?:también\s+)?parte\s+del\s+(?:consorcio|proyecto|programa)\b|\b(?:son|eran)\s+miembros\s+del\b",
        "pair": r"\bson\s+los\s+(?:\w+\s+)?(?:socios|miembros)\b(?!\s+(?:de|del)\b)|\bhan\s+(?:constituido|formado|creado)\s+un\s+consorcio\b|"
                r"\bparticipan\s+(?:también\s+)?en\s+el\s+(?:consorcio|proyecto|programa)\b",
        "leadA": r"\b(?:liderad|encabezad|coordinad|dirigid|capitanead)[oa]\s+por\b|\bque\s+(?:lidera|encabeza|coordina)\b",
        "leadB": r"\b(?:lidera|encabeza|coordina)\s+el\s+(?:consorcio|proyecto|programa)\b",
        "leave": r"\b(?:abandona|ha\s+abandonado|abandonó|su\s+salida\s+del|sale\s+del|se\s+retira|se\s+ha\s+retirado|ha\s+dejado\s+el)\b",
        "join": r"\b(?:sumarse\s+al|incorporarse\s+al|se\s+(?:ha\s+)?incorpora\w*\s+al|entrar\s+en\s+el\s+(?:consorcio|proyecto)|"
                r"su\s+(?:entrada|incorporación)\s+(?:en|al))\b",
    },
}
_CUE_RX = {lang: re.compile("|".join(f"(?P<{k}>{v})" for k, v in cues.items()), re.IGNORECASE) for lang, cues in _CUES.items()}

#: the members of a list follow one another: a comma or a conjunction, with at most a few words that
#: describe the next ("and the chemicals group Lumetra", "sowie der Zellspezialist Quarzo") but never
#: one of ownership ("Tecnalba, a unit of Lumetra": Lumetra is no member)
_OWNERSHIP = (r"of|de|d['’]|di|da|dal|del|della|dello|du|des|von|vom|by|par|por|owned|controlled|controllata|"
              r"filiale|filial|subsidiary|unit|division|arm|Tochter\w*|parent|which|that|who|qui|que|che|cui|der|die|das")
_JOIN = re.compile(
    rf"(?:\s+(?-i:[a-zà-öø-ÿ])[\w'’-]*)?\s*(?:,\s*(?:(?:and|und|sowie|et|e|ed|y|as\s+well\s+as|ainsi\s+que)\s+)?|"
    rf"\s+(?:and|und|sowie|et|e|ed|y|as\s+well\s+as|ainsi\s+que)\s+)"
    rf"(?:(?:the|a|an|la|le|les|l['’]|il|lo|gli|el|los|las|der|die|das|den)\s+)?(?:(?!(?:{_OWNERSHIP})\b)[^\W\d][\w'’-]*\s+){{0,3}}",
    re.IGNORECASE)
#: "Norvessa and Tecnalba, the Ulm-based cell maker, as the partners": one description of the last member
_APPOSED = re.compile(r"\s*(?:,[^,;:.]{3,70},)?\s*")
#: "with A, B and C" after a lead partner, "junto a X, A y B" before the others
_WITH_AFTER = re.compile(r"\s*,?\s*(?:with|alongside|con|insieme\s+a|avec|aux\s+côtés\s+de|mit|junto\s+a|junto\s+con)\s+", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"(?:together\s+with|alongside|insieme\s+a|accanto\s+a|aux\s+côtés\s+de|junto\s+a|junto\s+con)\s+$", re.IGNORECASE)
#: talks or a past tense for a candidate
_TALKS = re.compile(r"(?i:talks|negotiat\w*|discuss\w*|verhandel\w*|Gespräch\w*|négoci\w*|trattativ\w*|negozi\w*|negoci\w*|conversaciones)")
_MAYBE = re.compile(r"(?i:\b(?:could|may|might|potrebbe|potrebbero|pourrait|pourraient|könnte|könnten|podría|podrían)\b)")
_JOINED = re.compile(r"(?i:has\s+joined|joined|a\s+rejoint|è\s+entrat|beigetreten|se\s+ha\s+incorporado)")
_CONF = 0.55
#: a stake, a sale, a purchase or a funding round in the sentence of a list ("the round was led by X,
#: with Y and Z": co-investors)
_DEAL = re.compile(r"(?i:\d\s*%|\bround\b|\bseries\s+[a-e]\b|\bronda\b|tour\s+de\s+table|\blevée|\w*runde\b|\braccolta|\binvestors?\b|\binvestisseurs?\b|\binversor(?:es)?\b|\binvestitori\b|\bInvestoren\b|\bper\s?cent|prozent|por\s+ciento|per\s+cento|\bstakes?\b|\bquota\b|participaci[oó]n|\banteil|"
                   r"\bacqui\w+|\badquiri\w+|\bbought|\bbuy|\bsold|\bsell|\bvend(?!ors?\b)\w+|\bcompr[aó]\w*|\bkauf\w*|\bverkauf\w*|"
                   r"\bcéd\w+|\bcède|\brachet\w+|\brilev\w+|takeover|übernahm\w*|übernehm\w*)")
#: the work is still to begin ("Research will start in January", "I lavori partiranno a gennaio", "Las obras
#: comenzarán en enero"): the members' ties are announced, unless the story says it began ("was launched")
_TO_BEGIN = re.compile(
    r"(?i:\b(?:work|works|research|lavori|ricerca|ricerche|attività|obras|trabajos|investigación|travaux|recherches|Arbeiten|Forschung\w*)\b"
    r"[^.;]{0,60}?\b(?:will\s+(?:start|begin)|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+(?:start|begin)|partiranno|partirà|"
    r"inizieranno|inizierà|cominceranno|comincerà|comenzarán|comenzará|empezarán|empezará|arrancarán|arrancará|commenceront|commencera|"
    r"démarreront|démarrera|débuteront|débutera|(?:sollen|soll)\s+[^.;]{0,30}?beginnen|beginnen\s+(?:im|am|ab)))")
_BEGUN = re.compile(
    r"(?i:\b(?:was|were|has\s+been)\s+(?:launched|started|set\s+up)|\b(?:launched|started|began)\s+(?:in\s+\d{4}|last\s+year)|"
    r"\bgestartet\b|\bè\s+partit[oa]|\bavviat[oa]\s+nel|\blanzad[oa]\s+en|\bse\s+lanzó|\barrancó|\blancée?\s+en|\ba\s+été\s+lancée?)")
#: a cue that names the members as such ("Its members are", "Mitglieder sind") may follow the sentence that
#: names the consortium; a verb ("brings together", "participan") needs the consortium in its own sentence
_MEMBER_WORD = re.compile(r"(?i:members|partners|membres|partenaires|soci|membri|partner|socios|miembros|Mitglieder|Partner)")
#: how many sentences after the last consortium word a list is still its members
_NEAR = 5


def _after(comps: list[Mention], sent_start: int, pos: int, reach: int = 45) -> int | None:
    """Index of the first company mention that starts within ``reach`` characters after ``pos``."""
    for k, c in enumerate(comps):
        off = c.start - sent_start
        if off >= pos:
            return k if off - pos <= reach else None
    return None


def _run(doc: Document, comps: list[Mention], k: int) -> list[Mention]:
    """The members listed from ``comps[k]`` on, joined by commas and conjunctions."""
    out = [comps[k]]
    while k + 1 < len(comps) and _JOIN.fullmatch(doc.text, comps[k].end, comps[k + 1].start):
        k += 1
        out.append(comps[k])
    return out


def _run_back(doc: Document, comps: list[Mention], k: int) -> list[Mention]:
    """The members listed up to ``comps[k]``, read backwards."""
    out = [comps[k]]
    while k > 0 and _JOIN.fullmatch(doc.text, comps[k - 1].end, comps[k].start):
        k -= 1
        out.insert(0, comps[k])
    return out


_NAME_BEFORE = re.compile(r"(?i:consorti\w*|konsorti\w*|consorzio|consorcio|project|projet|progetto|projekt|proyecto|programme?|programa)\s+[\"«“]?\s*$")
_NAME_AFTER = re.compile(r"\s+(?i:consortium|project|programme|alliance)\b")


#: a university, institute, agency or ministry the gazetteer does not know is no company of the consortium
_PUBLIC = re.compile(
    r"(?i:universit|institut|ministe?r|hochschule|politecnico|polytechni|fraunhofer|helmholtz|\bagency|\bagence|\bagenzia|"
    r"\bagencia|behörde|\bbundesamt|\bcentre\b|\bcenter\b|\bcentro\b|zentrum|laborator|council|conseil|consiglio|consejo|"
    r"\bcnrs\b|\bcnr\b|\bcsic\b|\benea\b|\bcea\b)")


def _public_body(c: Mention) -> bool:
    return not c.attrs.get("known") and bool(_PUBLIC.search(c.text) or _PUBLIC.search(_name(c) or ""))


def _is_group_name(doc: Document, c: Mention) -> bool:
    """The consortium's own name ("the consortium Xylo", "Konsortium Xylo", "Xylo consortium")."""
    return bool(_NAME_BEFORE.search(doc.text, max(0, c.start - 25), c.start) or _NAME_AFTER.match(doc.text, c.end))


def _before(comps: list[Mention], sent_start: int, pos: int) -> int | None:
    """Index of the last company mention that ends before ``pos``."""
    k = None
    for j, c in enumerate(comps):
        if c.end - sent_start <= pos:
            k = j
    return k


#: a relative clause opened after a name: "X, qui avait signé avec Y, a quitté": X is the subject
_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that|qui|que|dont|che|cui|il\s+quale|la\s+quale|der|die|das|dessen|deren|el\s+cual|la\s+cual)\b",
                       re.IGNORECASE)


def _subject(doc: Document, comps: list[Mention], sent_start: int, pos: int) -> int | None:
    """The company that does what the cue at ``pos`` says: the nearest one before it, or the one a
    relative clause with that one follows."""
    k = _before(comps, sent_start, pos)
    if k is None:
        return None
    for j in range(k - 1, -1, -1):
        if _RELATIVE.match(doc.text, comps[j].end) and "," in doc.text[comps[k].end : sent_start + pos]:
            return j
    return k


def consortium_ties(doc: Document, per_sentence: list[list[Mention]], language: str,
                    told: set[frozenset[str]]) -> list[tuple[int, int, engine.Found]]:
    """(sentence, first sentence of its evidence, Found) for each pair of members of a story's
    consortium; ``told``: pairs a partnership or joint venture was already read for (left alone)."""
    rx = _CUE_RX.get(language)
    gate = present(_GATE, doc.text) if rx is not None else ()  # (speed) the page's gate words, once
    if rx is None or not gate:
        return []
    lex = engine.compiled(language)
    stories: dict[int, dict] = {}
    for i, sent in enumerate(doc.sentences):
        text = doc.text[sent.start : sent.end]
        lower = text.lower()
        if not any(w in lower for w in gate) and not (i and stories.get(sent.story)):
            continue
        st = stories.setdefault(sent.story, {"members": {}, "lead": None, "hub": False, "flat": False,
                                             "left": {}, "cands": {}, "noun": -99})
        # (speed: each search only where the sentence holds a literal every match of it holds, ``may_search``)
        if may_search(_TO_BEGIN, text, lower) and _TO_BEGIN.search(text):
            st["to_begin"] = True
        if may_search(_BEGUN, text, lower) and _BEGUN.search(text):
            st["begun"] = True
        noun_here = may_search(_NOUN, text, lower) and _NOUN.search(text) is not None
        if noun_here:
            st["noun"] = i
        # a consortium word in this sentence or one of the few before ("It is led by X", "Its members are")
        # (or anywhere after a member was named: the story is the consortium's)
        noun_near = i - st["noun"] <= _NEAR or bool(st["members"])
        cues = list(rx.finditer(text)) if may_search(rx, text, lower) else []
        if not cues:
            continue  # (no cue: nothing below is told; the companies are not looked up)
        comps = [c for c in named_companies(per_sentence[i]) if not _is_group_name(doc, c) and not _public_body(c)]
        if not comps:
            continue
        # a consortium that buys a stake or a company is a group of investors, not of partners
        # ("sold 25% of Y to a consortium formed by A and B"): groups.py reads those as buyers
        buyers = may_search(_DEAL, text, lower) and _DEAL.search(text) is not None
        leaving = any(m.lastgroup == "leave" for m in cues) and noun_here
        for m in cues:
            kind = m.lastgroup
            listed: list[Mention] = []
            if kind not in ("leave", "join") and buyers:
                continue
            if kind in ("flat", "near") and (noun_here or noun_near and _MEMBER_WORD.search(m.group(0))):
                # ("a consortium of X": the member right after the noun, not "of banks, among them X")
                k = _after(comps, sent.start, m.end(), 45 if kind == "flat" else 3)
                if k is not None:
                    listed = _run(doc, comps, k)
                    gap = doc.text[sent.start + m.end() : comps[k].start]
                    if _WITH_BEFORE.search(gap) and len(listed) > 1:
                        st["lead"] = st["lead"] or _name(listed[0])
                        st["hub"] = True
                    elif len(listed) > 1:
                        st["flat"] = True
            elif kind == "all" and noun_near and 2 <= len(comps) <= 6:
                listed = comps
                st["flat"] = True
            elif kind == "pair" and noun_near:
                k = _before(comps, sent.start, m.start())
                if k is not None and _APPOSED.fullmatch(doc.text, comps[k].end, sent.start + m.start()):
                    listed = _run_back(doc, comps, k)
                    st["flat"] = st["flat"] or len(listed) > 1
            elif kind in ("leadA", "leadB") and (noun_near or "capofila" in lower):
                k = _after(comps, sent.start, m.end(), 30) if kind == "leadA" else _before(comps, sent.start, m.start())
                if k is None or kind == "leadB" and m.start() - (comps[k].end - sent.start) > 40:
                    continue
                lead = comps[k]
                st["lead"] = _name(lead)
                listed = [lead]
                w = _WITH_AFTER.match(text, max(m.end(), lead.end - sent.start))
                if w is not None and (j := _after(comps, sent.start, w.end(), 5)) is not None:
                    listed = [lead, *_run(doc, comps, j)]
                    st["hub"] = True
            elif kind == "leave" and noun_here:
                k = _subject(doc, comps, sent.start, m.start())
                if k is not None:
                    st["left"].setdefault(_name(comps[k]), (i, (m.start(), m.end())))
                continue
            elif kind == "join" and noun_near:
                k = _subject(doc, comps, sent.start, m.start())
                if k is None:
                    continue
                name = _name(comps[k])
                base = ("in_talks" if _TALKS.search(text) else "active" if _JOINED.search(m.group(0))
                        else "rumoured" if _MAYBE.search(text, max(0, m.start() - 30), m.end()) else "announced")
                spans = [(comps[k].start - sent.start, comps[k].end - sent.start)]
                status, _ = engine.status_for(lex, text, m.start(), m.end(), base, spans)
                if status is not None:
                    st["cands"].setdefault(name, (i, (m.start(), m.end()), status))
                continue
            spans = [(c.start - sent.start, c.end - sent.start) for c in listed]
            status = "active"
            if listed:
                status, _ = engine.status_for(lex, text, m.start(), m.end(), "active", spans)
            if status is None:
                continue
            if status == "ended" and leaving:
                status = "active"  # "the project led by X loses a partner as Y walks away": Y's end
            for c in listed:
                st["members"].setdefault(_name(c), (i, (m.start(), m.end()), status))
    out = []
    for st in stories.values():
        out.extend(_pairs(st, told))
    return out


def _pairs(st: dict, told: set[frozenset[str]]) -> list[tuple[int, int, engine.Found]]:
    members, left, cands, lead = st["members"], st["left"], st["cands"], st["lead"]
    if len(members) < 2:
        return []
    current = [n for n, (_i, _t, s) in members.items() if n not in left and s not in ("ended", "denied")]
    hub_only = st["hub"] and not st["flat"] and lead is not None
    out = []

    def tie(a: str, b: str, i: int, origin: int, trigger, status: str) -> None:
        if a == b or frozenset((a, b)) in told:
            return
        told.add(frozenset((a, b)))
        out.append((i, origin, engine.Found("partners_with", a, b, status, _CONF, None, trigger)))

    for a, b in combinations(current, 2):
        if hub_only and lead not in (a, b):
            continue
        (ia, ta, sa), (ib, tb, sb) = members[a], members[b]
        i, t = (ia, ta) if ia >= ib else (ib, tb)
        # the evidence runs from the sentence that named the other member when it is near, else the
        # list's sentence alone (not a whole article from the headline on)
        origin = min(ia, ib) if i - min(ia, ib) <= 2 else i
        status = sa if ia >= ib else sb
        if status == "active" and st.get("to_begin") and not st.get("begun"):
            status = "announced"
        tie(a, b, i, origin, t, status)
    for name, (i, t) in left.items():
        for c in current:
            if not hub_only or lead in (name, c):
                tie(name, c, i, i, t, "ended")
    for name, (i, t, status) in cands.items():
        if name in members or name in left:
            continue
        for c in current:
            if not hub_only or c == lead:
                tie(name, c, i, i, t, status)
    return out
