"""``FacilityExtractor``: plants and gigafactories with owner, place, product, capacity, money, status.

One candidate per sentence that names a plant ("gigafactory", "stabilimento", "Werk", "usine",
"planta"...). Facts about the same plant in the next sentences of the same story ("The plant will
have a capacity of 40 GWh") are merged into it, and so is a later sentence that opens with the
plant noun ("L'usine aura...", "Das Werk soll..."); "a second plant" starts a new one.

Owner: the company the noun belongs to, else the sentence's subject; a subsidiary description ("the
Volkswagen subsidiary", "la filial del grupo X") is the subsidiary the article names; a joint
venture is the name it gets ("a joint venture ... to be called X"); a sentence without a company
("It is also building...", "Die geplante Fabrik in X...") takes the subject of the sentence before.
Location: the place the noun is attached to ("plant in X", "stabilimento di X", "Werk in X",
"usine de X", "planta de X"), a city before a region before a country, names the place gazetteer
does not know included; else the story's dateline city. Capacity: the amount nearest the noun
that is not the company's total ("global capacity of 300 GWh").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Document, Evidence, Facility
from ..errors import ContractError
from . import engine
from . import facility_cues as cues
from .frames.common import _RELATIVE, _adjacent
from .status import _search_outside
from .extractor import company_name, sentence_index

__all__ = ["FacilityExtractor"]

_STATUS_ORDER = ("denied", "rumoured", "ended", "under_construction", "active", "announced", "planned")
_JV = re.compile(r"\bjoint[- ]?venture\b|\bJV\b|\bGemeinschaftsunternehmen\b|\bcoentreprise\b|\bempresa conjunta\b|\bsociet[àa] (?:mista|comune)\b", re.I)


@dataclass
class _Cand:
    story: int
    first: int  # first sentence index
    last: int
    start: int
    end: int
    owner: str | None
    location: str | None
    product: str | None
    status: str
    explicit: bool
    capacity: dict | None
    investment: dict | None
    confidence: float


class FacilityExtractor:
    name = "tierscope.facilities.v1"
    requires = ("sentences", "mentions", "language")
    produces = ("facilities",)

    def warm_up(self) -> None:
        for lang in engine.languages_for(None):
            engine.compiled(lang)
            cues.compiled(lang)

    def __call__(self, doc: Document) -> Document:
        if doc.sentences is None or doc.mentions is None:
            raise ContractError(f"{self.name} needs sentences and mentions")
        doc.facilities = self.extract(doc)
        return doc

    def extract(self, doc: Document) -> list[Facility]:
        langs = [engine.compiled(lang) for lang in engine.languages_for(doc.language)]
        ctx = _Context(doc, sentence_index(doc), cues.compiled(doc.language or "en"), langs[0])
        cands: list[_Cand] = []
        for i, sent in enumerate(doc.sentences):
            text = doc.text[sent.start : sent.end]
            ms = ctx.real(i)
            noun = None
            lex_used = None
            for lex in langs:
                noun = _facility_noun(text, lex, ms, sent.start, ctx.cue)
                if noun:
                    lex_used = lex
                    break
            story = [c for c in cands if c.story == sent.story]
            prev = story[-1] if story and i - story[-1].last <= 2 else None
            if noun is None:
                # follow-up facts: "It will have a capacity of 40 GWh and cost EUR 2bn."
                pronoun = bool(ctx.cue["pronoun"].match(text) or ctx.cue["phase"].match(text))
                if prev is not None and ctx.cue["anaphor_start"].match(text):
                    # "Die Anlage, die ... erzeugen soll, kostet ...": still the same plant, so a
                    # pronoun two sentences on ("Sie soll jährlich ...") still reaches it
                    pronoun = True
                    prev.last, prev.end = i, sent.end
                if prev is not None and (i - prev.last <= 1 or pronoun):
                    others = {company_name(m) for m in ms if m.label == "COMPANY"} - {prev.owner}
                    if not others:
                        # "Construction began in March.", "Production will start in 2026."
                        st, explicit = _status(text, lex_used or langs[0], [], ctx.cue)
                        if explicit and st in ("under_construction", "active", "ended") and (
                            not prev.explicit or prev.status in ("announced", "planned")
                        ):
                            prev.status, prev.explicit = st, True
                    cap = _plant_capacity(ctx, i, text, sent.start, 0)
                    money = _nearest(ms, "MONEY", 0, sent.start)
                    if cap is not None and prev.capacity is None:
                        prev.capacity = cap
                        prev.last, prev.end = i, sent.end
                    if money is not None and prev.investment is None and (cap is not None or _INVEST.search(text)):
                        prev.investment = _money(money)  # "It will cost EUR 2bn", "Der Konzern investiert dort 500 Mio. Euro"
                        prev.last, prev.end = i, sent.end
                continue
            cand = self._candidate(doc, ctx, i, sent, text, ms, noun, lex_used)
            if cand is None:
                continue
            anaphor = bool(ctx.cue["anaphor_start"].match(text)) and not ctx.cue["new_plant"].search(text)
            if anaphor and story and prev is None:
                prev = story[-1]  # "L'usine ..." three sentences on: the plant named before
            if anaphor and prev is not None and prev.last == i - 1 and not ctx.companies(i):
                # "La planta tendrá ..." right after the plant's sentence: that plant, whatever other
                # company that sentence spoke of
                cand.owner = None
            if prev is not None and not ctx.cue["new_plant"].search(text) and _compatible(prev, cand):
                more = self._more(ctx, i, sent, text, ms, noun, lex_used, cand)
                _merge(prev, cand)
                cands.extend(more)
                continue
            # the plant of the sentence before: "... JV to produce in X. The plant will ..."; "Im
            # nordfranzösischen Billy-Berclau produziert ACC Zellen. Der erste Block der Fabrik ..."
            follows = cand.location is None and _definite(ctx.cue, text, noun) and ctx.made_before(i, lex_used)
            if (anaphor or follows) and (cand.owner is None or cand.location is None):
                ctx.inherit(cand, i)
            if cand.owner is None and cand.location is None:
                continue
            cands.append(cand)
            cands.extend(self._more(ctx, i, sent, text, ms, noun, lex_used, cand))
        out = []
        for c in cands:
            if c.location is None:
                c.location = ctx.dateline(c.story, c.owner)
            if c.owner is None and c.location is None:
                continue
            ev_text = doc.text[c.start : c.end]
            out.append(
                Facility(
                    owner=c.owner,
                    location=c.location,
                    product=c.product,
                    status=c.status,
                    evidence=Evidence(ev_text, c.start, c.end),
                    capacity=c.capacity,
                    investment=c.investment,
                    confidence=round(c.confidence, 3),
                    component=self.name,
                )
            )
        return out

    def _candidate(self, doc, ctx, i, sent, text, ms, noun, lex) -> _Cand | None:
        base = sent.start
        n0, n1 = noun
        comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
        # "Wenige Kilometer von der BMW-Fabrik entfernt baut der chinesische Hersteller ein Werk":
        # the company of a landmark plant owns no other plant of the sentence
        marks = _landmarks(text, [x.span() for x in lex.facility["nouns"].finditer(_cleaned(text, lex.facility, ctx.cue))])
        marks = [(a, b) for a, b in marks if not a <= n0 < b]
        landmark = [m for m in comps if any(a <= m.start - base < b for a, b in marks)]
        comps = [m for m in comps if m not in landmark]
        owner = _owner(text, base, comps, n0, n1, lex)
        if owner is not None and _JV.search(text) and not _jv_named(text, base, comps):
            owner = ctx.jv_name(i) or owner  # "... a joint venture that will build a plant ... called X"
        elif owner is not None:
            owner = ctx.subsidiary(i, text, base, comps, owner) or owner
        if owner is None:
            owner = _name_owner(text, base, ms) or ctx.context_owner(i, skip=set(map(company_name, landmark)))
        location = _location(ctx, text, base, ms, n0, n1)
        prods = engine.products_in(text)
        product = engine.nearest_product(prods, max(0, n0 - 50), min(len(text), n1 + 60), n0)
        if product in ("electric vehicles", "vehicles") and re.search(r"batter|cell|zell|celle|cellul|celda|akku", text, re.I):
            product = engine.nearest_product(prods, 0, len(text), n0)
        cap = _plant_capacity(ctx, i, text, base, n0)
        money = _nearest(ms, "MONEY", n0 + base, base)
        party = [(m.start - base, m.end - base) for m in comps if owner and company_name(m) == owner]
        # the plant noun is no status cue ("il cantiere di Monfalcone" is a shipyard, not a building site)
        status, explicit = _status(text[:n0] + re.sub(r"\w", "x", text[n0:n1]) + text[n1:], lex, party, ctx.cue)
        conf = 0.55 + (0.15 if owner else 0) + (0.1 if location else 0) + (0.05 if explicit else 0)
        s, e = _trim(doc.text, sent.start, sent.end)
        return _Cand(sent.story, i, i, s, e, owner, location, product, status, explicit,
                     cap, _money(money) if money else None, min(conf, 0.95))


    def _more(self, ctx, i, sent, text, ms, noun, lex, cand) -> list[_Cand]:
        """More plants in the sentence: coordinated places ("plants in Salzgitter (Germany) and St.
        Thomas (Canada)", "a Melfi e Cassino") and a second plant noun with a place of its own
        ("runs a pilot line in X and plans a factory in Y")."""
        base = sent.start
        out: list[_Cand] = []
        seen = {cand.location}
        first = _location_full(ctx, text, base, ms, *noun)
        places = _place_candidates(ctx, text, base, ms, noun)
        region = _KIND_PENALTY["region"]
        if first and first[3] <= region + 1:
            # after a city only cities ("a Melfi e Cassino"); after a region also regions ("cell
            # plants in Ohio, Tennessee and Michigan")
            limit = region if first[3] < region else region + 1
            pos = first[2]
            while True:
                m = _COORD.match(text, pos)
                if not m:
                    break
                nxt = [p for p in places if m.end() <= p[0] <= m.end() + 1 and p[2] < limit and p[3] not in seen]
                area = [p for p in places if m.end() <= p[0] <= m.end() + 1 and p[2] >= 20]
                if not nxt and area:
                    # "en Allemagne, à Kaiserslautern, et en Italie, à Termoli": the city after the country
                    x = re.match(r"\s*,\s*(?:(?:à|a|in|en|bei|near)\s+)?", text[area[0][1] :])
                    if x:
                        at = area[0][1] + x.end()
                        nxt = [p for p in places if at <= p[0] <= at + 1 and p[2] < 20 and p[3] not in seen]
                if not nxt:
                    occupied = [(x.start - base, x.end - base) for x in ms if x.label != "PLACE"]
                    fb = _fallback_name(ctx, text, m.end(), occupied)
                    if fb is None or fb[2] in seen or not re.search(r"\b(?:and|und|sowie|et|e|ed|y)\s+(?:(?:in|en|à|a|bei|nel|in der)\s+)?$", m.group(0), re.I):
                        break
                    nxt = [(fb[0], fb[1], _UNKNOWN, fb[2])]
                p = nxt[0]
                seen.add(p[3])
                out.append(_copy(cand, location=p[3], capacity=None, investment=None))
                pos = p[1]
        fac = lex.facility
        comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
        blocked = [(m.start - base, m.end - base) for m in ms if m.label in ("COMPANY", "PERSON")]
        cleaned = fac["exclude"].sub(lambda x: " " * len(x.group(0)), text)
        cleaned = ctx.cue["exclude"].sub(lambda x: " " * len(x.group(0)), cleaned)
        found = []
        # a weak plant word counts here too: it needs a place attached ("e sta completando il polo
        # ungherese di Debrecen")
        for rx in (fac["nouns"], ctx.cue["extra_nouns"], fac["weak_nouns"]):
            found += [x.span() for x in rx.finditer(cleaned) if x.start() > noun[1] + 5
                      and not any(a < x.end() and x.start() < b for a, b in blocked)]
        for n0, n1 in sorted(found):
            loc = _location_full(ctx, text, base, ms, n0, n1, attached_only=True)
            if loc is None or loc[0] in seen:
                continue
            seen.add(loc[0])
            owner = _between_owner(text, base, comps, noun[1], n0, lex)
            cuts = [x.start() for x in _CLAUSE_CUT.finditer(text, noun[1], n0)]
            cut = cuts[-1] if cuts else max(noun[1], n0 - 40)
            clause = text[cut:]
            party = [(m.start - base, m.end - base) for m in comps if company_name(m) == (owner or cand.owner)]
            status, explicit = _status(clause, lex, [], ctx.cue)
            if cand.explicit:
                cand.status, cand.explicit = _status(text[:cut], lex, party, ctx.cue)
            # the capacity of the second plant's clause, taken from the first plant if it had it
            # ("..., mientras que las de CATL procederán de la gigafactoría de Debrecen, ... 100 GWh")
            at = _plant_capacity_at(ctx, i, text, base, n0, start=cut)
            if at is not None and at == _plant_capacity_at(ctx, i, text, base, noun[0]):
                cand.capacity = None
            out.append(_copy(cand, owner=owner or cand.owner, location=loc[0], status=status, explicit=explicit,
                             capacity=at[1] if at else None, investment=None))
        return out


# "those of": "las de CATL", "quelle di X", "celles de X", "those of X" (a genitive, not "from")
_THOSE_OF = re.compile(r"\b(?:l[oa]s|quell[ie]|cel(?:le|ui)s?|ceux|those|die)\s+(?:de|di|of|von)\s*$", re.I)


def _between_owner(text, base, comps, a, b, lex) -> str | None:
    """"X runs a plant in A, while Y builds one in B": the company between two plant nouns, unless
    it is introduced as a recipient, partner or source ("to", "with", "from")."""
    markers = lex.markers.get("recipient", []) + lex.markers.get("with", []) + lex.markers.get("from", [])
    between = [m for m in comps if a <= m.start - base and m.end - base <= b
               and ((text[max(0, m.start - base - 12) : m.start - base].lower().split() or [""])[-1] not in markers
                    or _THOSE_OF.search(text[max(0, m.start - base - 14) : m.start - base]))]
    return company_name(between[-1]) if between else None


_CLAUSE_CUT = re.compile(r"[,;]\s|\s(?:and|while|whereas|und|während|et|tandis que|e|mentre|y|mientras)\s", re.I)


def _copy(c: _Cand, **kw) -> _Cand:
    d = {f: getattr(c, f) for f in c.__dataclass_fields__}
    d.update(kw)
    return _Cand(**d)


# "the subsidiary of Volkswagen", "la filial de baterías del grupo Volkswagen", "filiale du groupe X"
# (not "Volkswagen's unit PowerCo": there the company named is the subsidiary)
_SUB_OF = (r"\s+(?:[\w'’-]+\s+){0,3}?(?:of|de|del|della|dello|di|des|du|von|der|dal|dalla)\s+"
           r"(?:(?:the|el|la|il|le|l['’])\s*)?(?:(?:group|grupo|gruppo|groupe|Konzerns?|car ?maker)\s+)?$")


_CHOICE = re.compile(
    r"\b(?:picks?|picked|chooses|chose|chosen|selects?|selected|favou?rs|opts? for|sceglie|scelto|scelta|punta su|"
    r"choisit|choisi|retient|retenu|elige|eligió|elegido|escoge|escogió|apuesta por|wählt|gewählt|entscheidet sich für)\s+$",
    re.I,
)
_LOC_BEFORE = re.compile(r"\b(?:in|near|at|outside|a|ad|presso|vicino a|à|près de|en|cerca de|bei|nahe|im|nel|nella)\s+$", re.I)
_PLANT_ANY = re.compile(
    r"plant|factor|works|facilit|gigafa|stabiliment|impiant|fabbric|Werk|werk|Fabrik|fabrik|usine|site|planta|fábrica|factoría",
    re.I,
)


_BUILDER = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,2})\s+(?:(?:also|now|will|plans to|aims to|intends to|is to|"
    r"va|vont|prévoit de|compte|entend|wird|will|plant|soll|costruirà|realizzerà|aprirà|intende|prevede di|punta a|"
    r"construirá|levantará|abrirá|prevé|planea|quiere)\s+)?(?:build|construct|open|erect|set up|construire|implanter|ouvrir|"
    r"construira|ouvrira|bauen|errichten|eröffnen|baut|errichtet|costruire|realizzare|aprire|construir|levantar|abrir|"
    r"builds|opens|picks|chooses|selects|choisit|sceglie|elige|wählt|costruirà|realizzerà|aprirà|construirá|levantará|"
    r"abrirá|construira|implantera|ouvrira)\b"
)
_BUILDER_DE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,2})\s+(?:wird|will|soll|plant|möchte|muss)\s+"
    r"(?:\S+\s+){0,7}?(?:bauen|errichten|eröffnen|aufbauen|hochziehen)\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|the|a|an|le|la|les|il|lo|el|los|las|un|une|una)\s+$", re.I)


_PRONOUNS = {"it", "they", "we", "he", "she", "this", "that", "these", "those", "esso", "essa", "essi", "es", "sie",
             "er", "wir", "man", "il", "elle", "ils", "elles", "nous", "on", "ella", "ellos", "ellas", "nosotros",
             "company", "group", "firm", "carmaker", "automaker", "government", "management"}


def _name_owner(text: str, base: int, ms) -> str | None:
    """"Le fabricant de batteries Brelix va construire...", "La empresa Vexa levantará...": the name
    before a building verb when the recognizer missed the company."""
    taken = [(m.start - base, m.end - base) for m in ms if m.label in ("PLACE", "PERSON", "DATE", "MONEY", "CAPACITY")]
    for m in [*_BUILDER.finditer(text), *_BUILDER_DE.finditer(text)]:
        s, e = m.span("name")
        words = m.group("name").split()
        if m.re is _BUILDER_DE or any(w.casefold() in cues.NOT_PLACE for w in words[:-1]):
            words = words[-1:]  # "Der Batteriehersteller Kornex wird ...": the last capitalised word
        name = " ".join(words)
        s = e - len(name)
        if name.casefold() in cues.NOT_PLACE or name.casefold() in _PRONOUNS or any(a < e and s < b for a, b in taken):
            continue
        if _ARTICLE_BEFORE.search(text[max(0, s - 8) : s]):
            continue  # "Das Unternehmen baut": a noun, not a name
        return name.rstrip(".,")
    return None


_INVEST = re.compile(r"\binvest\w*|\binvier\w*|\binvert\w*|\bcost(?:s|ing|o|era|erà)?\b|\bKosten\b|\bkostet\b|\bcoût\w*|\bcoûter\w*|\bcoste\b|\bcostará\b", re.I)


class _Context:
    """What the facility extractor knows about the whole document: sentence subjects, the names
    joint ventures get, the dateline of each story."""

    def __init__(self, doc: Document, per, cue: dict, lex: engine.Compiled):
        self.doc, self.per, self.cue, self.lex = doc, per, cue, lex
        self._subjects: dict[int, str | None] = {}
        self._real: dict[int, list] = {}
        self.as_place: dict[int, list] = {}  # sentence start -> "company" mentions that are places
        self._jv_cache: list[tuple[int, str]] | None = None
        self.places: dict[tuple, list] = {}

    @property
    def _jv(self) -> list[tuple[int, str]]:
        if self._jv_cache is None:
            self._jv_cache = self._jv_names()
        return self._jv_cache

    def text(self, i: int) -> str:
        s = self.doc.sentences[i]
        return self.doc.text[s.start : s.end]

    def companies(self, i: int):
        return [m for m in self.real(i) if m.label == "COMPANY" and company_name(m)]

    def real(self, i: int):
        """The sentence's mentions less the "companies" that are places: a name the gazetteer does
        not know after a site-choice verb ("Morlan picks Ashby for cell plant") or after a
        locative word right after a plant noun ("a cell plant in Ashby")."""
        if i in self._real:
            return self._real[i]
        ms = self.per[i]
        sent = self.doc.sentences[i]
        text, base = self.doc.text[sent.start : sent.end], sent.start
        drop = set()
        for m in ms:
            if m.label != "COMPANY" or m.source in ("coref", "gazetteer") or m.attrs.get("known"):
                continue
            before = text[max(0, m.start - base - 60) : m.start - base]
            if _CHOICE.search(before):
                drop.add(id(m))
                continue
            x = _LOC_BEFORE.search(before)
            if x and _PLANT_ANY.search(before[: x.start()][-45:]):
                drop.add(id(m))
        self._real[i] = [m for m in ms if id(m) not in drop] if drop else ms
        self.as_place[base] = [m for m in ms if id(m) in drop]
        return self._real[i]

    # ---------------------------------------------------------------- subjects
    def subject(self, i: int, depth: int = 0) -> str | None:
        if i in self._subjects:
            return self._subjects[i]
        text, base = self.text(i), self.doc.sentences[i].start
        comps = self.companies(i)
        found = None
        if _JV.search(text) and not _jv_named(text, base, comps):
            found = self.jv_name(i)
        if found is None and comps:
            blocked = set(self.lex.markers.get("recipient", []) + self.lex.markers.get("with", [])
                          + self.lex.markers.get("report", []) + self.lex.markers.get("from", []))
            for m in comps:
                before = text[max(0, m.start - base - 12) : m.start - base].lower().split()
                if not before or before[-1] not in blocked:
                    found = company_name(m)
                    break
            found = found or company_name(comps[0])
            found = self.subsidiary(i, text, base, comps, found) or found
        if found is None and depth < 2 and i > 0 and self.cue["pronoun"].match(text) \
                and self.doc.sentences[i - 1].story == self.doc.sentences[i].story:
            found = self.subject(i - 1, depth + 1)
        self._subjects[i] = found
        return found

    def context_owner(self, i: int, skip: set = frozenset()) -> str | None:
        """Owner of a plant named in a sentence without a company: the sentence's own subject
        (a pronoun, "the joint venture"), else that of one of the two sentences before; never a
        company of ``skip`` (one named with a landmark plant)."""
        story = self.doc.sentences[i].story
        for j in (i, i - 1, i - 2):
            if j < 0 or self.doc.sentences[j].story != story:
                break
            who = self.subject(j)
            if who and who not in skip:
                return who
        return None

    # ---------------------------------------------------------------- joint ventures
    def _jv_names(self) -> list[tuple[int, str]]:
        """(sentence, name) of every joint venture the document names: "the joint venture X",
        "X, the joint venture of", "a new company ... to be called X"."""
        out = []
        for i, _ in enumerate(self.doc.sentences):
            text, base = self.text(i), self.doc.sentences[i].start
            comps = self.companies(i)
            named = _jv_named(text, base, comps)
            if named:
                out.append((i, named))
            for m in _NAMING_ANY.finditer(text):
                head = text[: m.end()]
                if not self.cue["naming"].search(head) or not _COMPANY_NOUN.search(text[max(0, m.start() - 80) : m.start()]):
                    continue
                name = _name_at(text, m.end(), base, comps)
                if name:
                    out.append((i, name))
        return out

    def jv_name(self, i: int) -> str | None:
        story = self.doc.sentences[i].story
        near = [(abs(j - i) + (0.5 if j < i else 0), name) for j, name in self._jv
                if self.doc.sentences[j].story == story and i - 3 <= j <= i + 3]
        return min(near)[1] if near else None

    # ---------------------------------------------------------------- subsidiaries
    def subsidiary(self, i, text, base, comps, owner) -> str | None:
        """"die Volkswagen-Tochter", "the battery unit of Volkswagen", "la filial del grupo
        Volkswagen": the subsidiary of ``owner`` the article names, if it names one."""
        ms = [m for m in comps if company_name(m) == owner]
        if not ms:
            return None
        m = ms[0]
        s, e = m.start - base, m.end - base
        sub = self.cue["subsidiary"]
        after = text[e : e + 14]
        before = text[max(0, s - 40) : s]
        if not (re.match(r"(?:-|\s+|['’]s\s+(?:\w+\s+)?)" + sub.pattern, after, sub.flags)
                or (sub.search(before) and re.search(sub.pattern + _SUB_OF, before, sub.flags))):
            return None
        try:
            from ..entities.gazetteer import gazetteer

            children = {e.name: e for e in gazetteer().children(owner)}
        except Exception:
            children = {}
        story = self.doc.sentences[i].story
        named: list[tuple[int, str]] = []
        for j, sent in enumerate(self.doc.sentences):
            if sent.story != story:
                continue
            for c in self.companies(j):
                name = company_name(c)
                if name != owner and (name not in [n for _, n in named]):
                    named.append((j, name))
        kids = [(j, n) for j, n in named if n in children]
        if kids:
            battery = re.search(r"batter|cell|zell|celle|cellul|celda|akku", text, re.I)
            kids.sort(key=lambda x: (not (battery and any("batter" in z or "cell" in z for z in children[x[1]].sectors)),
                                     abs(x[0] - i)))
            return kids[0][1]
        earlier = [(j, n) for j, n in named if j <= i]
        return earlier[-1][1] if earlier else None

    # ---------------------------------------------------------------- places
    def inherit(self, cand: _Cand, i: int) -> None:
        """A sentence that opens with "The plant" and names neither owner nor place: both from the
        sentence before (the same story)."""
        j = i - 1
        if j < 0 or self.doc.sentences[j].story != self.doc.sentences[i].story:
            return
        cand.owner = cand.owner or self.context_owner(i)
        if cand.location is not None:
            return
        text, base = self.text(j), self.doc.sentences[j].start
        locs = _place_candidates(self, text, base, self.per[j])
        if locs:
            best = min(locs, key=lambda x: (x[2], x[0]))
            cand.location = best[3]

    def made_before(self, i: int, lex) -> bool:
        """Whether the sentence before, in the same story, speaks of making or building something
        at a place ("Im nordfranzösischen Billy-Berclau produziert ACC Zellen")."""
        if i == 0 or self.doc.sentences[i - 1].story != self.doc.sentences[i].story:
            return False
        text, base = self.text(i - 1), self.doc.sentences[i - 1].start
        if not (_PRODUCTION.search(text) or lex.facility["build"].search(text)):
            return False
        at = re.compile(rf"(?i:{self.cue['loc_prep']})\s+(?:[a-zà-ÿß-]+\s+){{0,2}}$")
        return any(at.search(text, max(0, s - 40), s) for s, _, _, _ in _place_candidates(self, text, base, self.per[i - 1]))

    def dateline(self, story: int, owner: str | None) -> str | None:
        """The city of the story's dateline ("Arnstadt, 1. Juli 2025"), unless it is the owner's
        home town (a head office, not the plant)."""
        seen = 0
        for i, sent in enumerate(self.doc.sentences):
            if sent.story != story:
                continue
            seen += 1
            if seen > 4:
                return None
            ms = self.per[i]
            text = self.text(i).strip()
            caps = _caps_dateline(text)
            if caps is not None:
                return None if _home_town(owner, caps, "") else caps  # "HEIDE. Die Kräne sind ..."
            places = [m for m in ms if m.label == "PLACE"]
            if len(text) > 80 or not places or not any(m.label == "DATE" for m in ms):
                continue
            if any(m.label == "COMPANY" for m in ms) or places[0].start - sent.start > 3 + (len(self.text(i)) - len(self.text(i).lstrip())):
                continue
            place = places[0]
            if place.attrs.get("kind") not in (None, "city"):
                return None
            if _home_town(owner, place.text, place.canonical or ""):
                return None
            return place.text.strip()
        return None


def _home_town(owner: str | None, *names: str) -> bool:
    """Whether one of ``names`` is the home town of ``owner`` in the company gazetteer."""
    try:
        from ..entities.gazetteer import gazetteer

        entry = gazetteer().entry(owner) if owner else None
    except Exception:
        entry = None
    return entry is not None and bool(entry.city) and _norm(entry.city) in {_norm(n) for n in names if n}


def _caps_dateline(text: str) -> str | None:
    """The town of a dateline written alone in capitals, as regional papers do ("HEIDE.", "BERLIN -"),
    when the place gazetteer knows it as a town."""
    m = re.fullmatch(r"([A-ZÄÖÜÀ-ÖØ-Þ][A-ZÄÖÜÀ-ÖØ-Þ' -]{2,30}?)\s*[.:–-]?", text)
    if not m:
        return None
    name = m.group(1).strip().title()
    if _place_kind(name) in ("country", "region", "continent"):
        return None
    try:
        from ..entities.gazetteer import places

        return name if places().find(name) is not None else None
    except Exception:
        return None


_COMPANY_NOUN = re.compile(
    r"joint[- ]?venture|\bventure\b|\bcompany\b|\bcompan(?:y|ies)\b|\bsociet[àa]\b|\bimpresa\b|\bazienda\b|"
    r"Unternehmen|Gesellschaft|Firma|\bsociété\b|\bcoentreprise\b|\bentreprise\b|\bsociedad\b|\bempresa\b|\bcompañía\b|\bfirm\b",
    re.I,
)
_NAMING_ANY = re.compile(
    r"\b(?:called|named|dubbed|known as|under the name|chiamer[àa]|chiama|denominat[ao]|chiamat[ao]|battezzat[ao]|nome di|dal nome|"
    r"namens|Namen|heißt|heißen(?: wird)?|firmiert unter|baptisée?s?|dénommée?s?|appelée?s?|nommée?s?|appellera|appelle|nom de|"
    r"llamará|llama|denominad[ao]|llamad[ao]|bautizad[ao]|nombre de)\s+",
    re.I,
)


def _name_at(text: str, pos: int, base: int, comps) -> str | None:
    for m in comps:
        if 0 <= m.start - base - pos <= 2:
            return company_name(m)
    m = cues.NAME_AFTER.match(text, pos)
    if not m:
        return None
    name = m.group(1).strip().rstrip(".,;")
    return name if len(name) >= 2 and name.split()[0].casefold() not in cues.NOT_PLACE else None


def _jv_named(text: str, base: int, comps) -> str | None:
    jv = _JV.search(text)
    if not jv:
        return None
    for m in comps:
        s, e = m.start - base, m.end - base
        if (0 <= jv.start() - e <= 24 and _JV_GAP.fullmatch(text[e : jv.start()])) or 0 <= s - jv.end() <= 3:
            return company_name(m)
    return None


# between a company and the joint-venture noun that describes it: "Ultium Cells, the joint venture",
# "GM's joint venture", "Cellcentric, die Gemeinschaftsfirma" (not "X and Y create a joint venture")
_JV_GAP = re.compile(
    r"\s*(?:['’]s)?\s*[,(–-]?\s*(?:(?:the|a|an|its|their|new|il|la|le|l['’]|lo|una|un|die|das|der|ein|eine|ihr\w*|sein\w*|"
    r"el|su|sus|sa|son|leur|nuova|neue[nrs]?|nouvelle|nueva|gemeinsame[nrs]?|commune?|comune|50[:/-]50)\s*){0,3}",
    re.I,
)


def _norm(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    raw = text[s:e]
    return s + (len(raw) - len(raw.lstrip())), e - (len(raw) - len(raw.rstrip()))


def _facility_noun(text: str, lex: engine.Compiled, ms, base, cue=None) -> tuple[int, int] | None:
    fac = lex.facility
    extra = cue["extra_nouns"] if cue else None
    if not fac["nouns"].search(text) and not fac["weak_nouns"].search(text) and not (extra and extra.search(text)):
        return None
    blocked = [(m.start - base, m.end - base) for m in ms if m.label in ("COMPANY", "PERSON")]
    cleaned = _cleaned(text, fac, cue)
    found = []
    for rx, strong in ((fac["nouns"], True), (extra, True), (fac["weak_nouns"], False)):
        if rx is None or (found and not strong):
            continue
        for m in rx.finditer(cleaned):
            if any(s < m.end() and m.start() < e for s, e in blocked):
                continue
            if not strong and not _weak_ok(text, m, fac, ms, cue):
                continue
            found.append((m.start(), m.end()))
            if not strong:
                break
        if found and not strong:
            break
    marks = _landmarks(text, found)
    plain = [n for n in found if not any(a <= n[0] < b for a, b in marks)]
    return min(plain or found) if found else None


def _cleaned(text: str, fac: dict, cue) -> str:
    """The sentence with the plant words that name something else blanked ("power plant")."""
    cleaned = fac["exclude"].sub(lambda m: " " * len(m.group(0)), text)
    if cue is not None:
        cleaned = cue["exclude"].sub(lambda m: " " * len(m.group(0)), cleaned)
    return cleaned


# before a plant noun that only says where something else is: "near the BMW plant", "wenige Kilometer
# von der BMW-Fabrik entfernt", "accanto allo stabilimento", "à côté de l'usine", "junto a la factoría"
_LANDMARK = re.compile(
    r"\b(?:near|next to|close to|beside|adjacent to|opposite|(?:miles|kilometres|kilometers) from|neben|unweit|"
    r"gegenüber|Kilometer von|accanto a\w*|vicino a\w*|nei pressi d\w*|di fronte a\w*|chilometri da\w*|à côté de|non loin de|"
    r"près de|en face de|kilomètres de|junto a|cerca de|al lado de|frente a|kilómetros de)"
    r"[\s'’]+(?:[\w'’-]+\s+){0,2}[\w'’-]*$",
    re.I,
)


# the owner named after a landmark plant noun: "à côté de l'usine de Morlan", "accanto allo stabilimento di Brenta"
_LANDMARK_OWNER = re.compile(r"\s+(?:of|di|del|della|dello|de|d['’]|du|des|von|vom|der)\s*(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*)*")


def _landmarks(text: str, nouns) -> list[tuple[int, int]]:
    """(start, end) of the landmark phrases of the sentence: from "near" to the plant noun and the
    company named after it."""
    out = []
    for s, e in nouns:
        m = _LANDMARK.search(text, max(0, s - 60), s)
        if m:
            x = _LANDMARK_OWNER.match(text, e)
            out.append((m.start(), x.end() if x else e))
    return out


def _definite(cue: dict, text: str, noun: tuple[int, int]) -> bool:
    """Whether the plant noun is definite ("der Fabrik", "the plant", "l'usine"): a plant already known."""
    return any(m.end() == noun[1] for m in cue["anaphor"].finditer(text, max(0, noun[0] - 30), noun[1]))


_PRODUCTION = re.compile(r"\bprodu\w+|\bProdu\w+|\bfabri\w+|\bfertig\w+|\bherstell\w+|\bassembl\w+|\bmonta\w*|\brealizz\w+|\bmanufactur\w+", re.I)


def _weak_ok(text: str, m: re.Match, fac: dict, ms, cue) -> bool:
    """A weak plant word ("site", "Standort", "sede") needs a building or closing cue and a place
    or capacity: "la fermeture de son site de Poissy", "a 20 GWh site"."""
    cued = fac["build"].search(text) or fac["status"]["ended"].search(text) or fac["status"]["under_construction"].search(text)
    if not cued:
        # "Am Standort Zwickau stellt VW die Produktion um": production words and a place named with the noun
        if cue is None or not _PRODUCTION.search(text):
            return False
        _, of_rx = _place_rx(cue)
        x = of_rx.match(text, m.end())
        return bool(x) and any(p.label == "PLACE" and p.text.startswith(x.group("name").split()[0]) for p in ms)
    if any(x.label in ("PLACE", "CAPACITY") for x in ms):
        return True
    if cue is None:
        return False
    _, of_rx = _place_rx(cue)
    x = of_rx.match(text, m.end())
    return bool(x) and x.group("name").split()[0].casefold() not in cues.NOT_PLACE


_GENITIVE_BEFORE = re.compile(r"(?:\b(?:des|of|of the|del|della|dello|dei|degli|du|de la|del grupo|du groupe|des Konzerns|of parent)|\bde l['’])\s*$", re.I)
_OF_OWNER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:of|di|del|della|dello|de|d['’]|du|des|von|der|del grupo|of the)\s*(?:the\s+|la\s+|il\s+|le\s+|el\s+)?", re.I)
_REL_OWNER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?,?\s*(?:that|which|che|die|das|den|welche[ns]?|que|qu['’])\s*(?P<mid>(?:[\w'’-]+\s+){0,6}?)", re.I)
_ARTICLE = re.compile(r"the|la|il|lo|l['’]|el|le|der|die|das|its|il gruppo|el grupo|le groupe|der Konzern", re.I)
_GROUPISH = re.compile(r"\b(?:group|grupo|gruppo|groupe|Konzerns?|subsidiary|unit|filial|filiale|controllata|Tochter)\b", re.I)


_POSSESSIVE = re.compile(
    r"\b(?:its|their|son|sa|ses|leur|leurs|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|suo|sua|suoi|sue|loro|su|sus)\s+(?:[\w-]+\s+){0,2}$", re.I)
_RELATIVE_POSSESSIVE = re.compile(r"\b(?:whose|deren|dessen|dont|cuy[oa]s?|(?:il|la|i|le) cui)\s+(?:[\w-]+\s+){0,2}$", re.I)
# where a clause with a subject of its own starts: "BASF cut its outlook and confirmed that its plant"
_CLAUSE_START = re.compile(r"\b(?:that|que|qu['’]|dass|che|while|whereas|während|tandis que|alors que|mentre|mientras)\b|;", re.I)
# between a company and a company named inside its apposition: "Agratas, the battery unit of ",
# "Agratas, la società delle celle controllata dalla holding ", "Cellforce, die Batterietochter von "
_APPOSITION_OPEN = re.compile(r",\s*(?:the|a|an|la|il|lo|l['’]|el|le|die|der|das|une?|una?|ein\w*)\b[^,;()]*", re.I)


def _in_apposition(text: str, left, k: int) -> bool:
    """Whether company ``k`` of ``left`` is named inside the apposition of a company before it."""
    return any(_APPOSITION_OPEN.fullmatch(text[left[j][1] : left[k][0]]) for j in range(k))


def _owner(text, base, comps, n0, n1, lex) -> str | None:
    if not comps:
        return None
    spans = sorted(((m.start - base, m.end - base, company_name(m)) for m in comps), key=lambda x: x[0])
    jv = _JV.search(text)
    if jv:
        # "Ultium Cells, the joint venture of GM and LG" / "the joint venture Ultium Cells"
        for s, e, name in spans:
            if 0 <= jv.start() - e <= 12 or 0 <= s - jv.end() <= 3:
                return name
        return spans[0][2]
    right = [x for x in spans if x[0] >= n1]
    if right:
        s, e, name = right[0]
        gap = text[n1:s]
        # "la gigafactory di FIB", "l'usine d'ACC", "das Werk von CATL", "the plant of X"
        if _OF_OWNER.fullmatch(gap):
            return name
        # "la fábrica que BYD está construyendo", "the plant that Rivian is building",
        # "das Werk, das BMW baut", "la gigafactoría que la filial del grupo X construye"
        rel = _REL_OWNER.fullmatch(gap)
        if rel and (not rel.group("mid").strip() or _ARTICLE.fullmatch(rel.group("mid").strip())
                    or _GROUPISH.search(rel.group("mid"))):
            return name
    left = [x for x in spans if x[1] <= n0]
    if left:
        s, e, name = left[-1]
        gap = text[e:n0]
        possessive = _POSSESSIVE.search(text[max(0, n0 - 30) : n0])
        if _adjacent(text, e, n0) and not possessive:  # "Tesla's plant", "the CATL plant"
            return name
        if _RELATIVE.match(re.sub(r"^-\w+", "", gap).lstrip(" ,")):  # "Tata-Konzerns, die ..."
            # "ACC, which opened its first factory"; "Agratas, the battery arm of Tata, which builds
            # a plant": a company in the genitive is not what the relative clause is about
            k = len(left) - 1
            while k > 0 and _GENITIVE_BEFORE.search(text[max(0, left[k][0] - 16) : left[k][0]]):
                k -= 1
            return left[k][2]
        return _subject_before(text, left, n0, lex, possessive is not None)
    right = [x for x in spans if x[0] >= n1]
    if right:
        s, e, name = right[0]
        if s - n1 <= 40:
            return name
    return None


def _subject_before(text, left, n0, lex, possessive: bool) -> str:
    """The subject of the clause of the plant noun at ``n0`` among the companies ``left`` of it: the
    nearest one that is not introduced by a preposition such as "for", "to", "with", nor said in
    another company's apposition ("Agratas, the battery unit of Tata Sons, is building ...")."""
    heads = [x for k, x in enumerate(left) if not _in_apposition(text, left, k)]
    if _RELATIVE_POSSESSIVE.search(text[max(0, n0 - 30) : n0]):
        return heads[-1][2]  # "mit PowerCo, der Tochter von VW, über deren Zellfabrik": the nearest head
    markers = lex.markers.get("recipient", []) + lex.markers.get("with", []) + lex.markers.get("report", [])
    subjects = [x for x in heads if (text[max(0, x[0] - 12) : x[0]].lower().split() or [""])[-1] not in markers]
    if not subjects:
        return left[0][2]
    if possessive:
        # "CATL approvisionnera Ampere depuis son usine de Debrecen": the possessive is the subject's,
        # the first company of the nearest clause that names one, not the nearest company
        cuts = [0] + [x.end() for x in _CLAUSE_START.finditer(text, 0, n0)]
        for cut in reversed(cuts):
            here = [x for x in subjects if x[0] >= cut]
            if here:
                return here[0][2]
    return subjects[-1][2]


_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.]*(?:-[\wÀ-ÿ'’.]+)*"
_CONNECT = r"(?:an der|an den|am|an|de la|de las|de los|del|de|di|sur|upon|on|la|le|en)"
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_CONNECT}\s+)?{_CAP_WORD}){{0,3}}"
_NAME_DE = rf"{_CAP_WORD}(?:\s+{_CONNECT}\s+{_CAP_WORD})?"
_DE_NOUN = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|nis|ismus|ment|ität|ik|ur|enz|anz)$|^(?:Betrieb|Bau|Planung|Zukunft|Rahmen|Bereich|Summe|Höhe|Form|Zeit|Jahr|Jahren|Europa|Deutschland|Nähe|Lage|Region|Folge|Serie|Produktion|Betriebe)$")
_NAME_RX = re.compile(_NAME)
_NAME_DE_RX = re.compile(_NAME_DE)
_UNKNOWN = 15.0
_KIND_PENALTY = {"country": 60.0, "continent": 80.0, "region": 20.0}
_PLACE_RX: dict[str, tuple[re.Pattern, re.Pattern]] = {}


def _place_rx(cue: dict) -> tuple[re.Pattern, re.Pattern]:
    key = cue["loc_prep"]
    if key not in _PLACE_RX:
        de = "bei|nahe" in key
        name = _NAME_DE if de else _NAME
        prep = "in|bei|nahe|nahe bei|in der Nähe von|unweit von|im [a-zäöü]+schen|in [a-zäöü]+schen" if de else key
        _PLACE_RX[key] = (
            re.compile(rf"(?<![\w'’])(?i:{prep})\s+(?P<name>{name})"),
            re.compile(rf"\s*(?:[a-zà-ÿ]+\s+(?=(?i:{cue['loc_of']})\s*[A-ZÀ-ÖØ-Þ]))?(?:(?i:{cue['loc_of']})\s*)?(?P<name>{name})") if not de
            else re.compile(rf"\s+(?:(?i:in|bei|nahe)\s+)?(?P<name>{name})"),
        )
    return _PLACE_RX[key]


def _cut(s: int, name: str, occupied) -> tuple[int, int, str]:
    """The name up to the first company or person inside it: "Atessa" of "Atessa Voltaria"."""
    e = s + len(name)
    hits = [a for a, b in occupied if a < e and s < b]
    if not hits:
        name = name.rstrip(" .'’,")
        return (s, s + len(name), name) if len(name) >= 3 else (s, s, "")
    e = max(s, min(hits))
    name = name[: e - s].rstrip(" .'’,")
    name = re.sub(rf"(?:\s+{_CONNECT})+$", "", name)  # "Castellammare di [Company]"
    if len(name) < 3:
        return s, s, ""
    return s, s + len(name), name


def _place_name(name: str) -> str:
    """The place gazetteer's name for ``name`` ("Dunkerque" -> "Dunkirk"), else ``name``."""
    try:
        from ..entities.gazetteer import places

        hit = places().find(name)
    except Exception:
        return name
    return hit.name if hit is not None else name


def _place_kind(name: str) -> str:
    try:
        from ..entities.gazetteer import places

        hit = places().find(name)
    except Exception:
        return ""
    return (hit.kind or "") if hit is not None else ""


def _fallback_name(ctx, text: str, pos: int, occupied) -> tuple[int, int, str] | None:
    """A capitalised place name at ``pos`` that is no company, person or common word."""
    de = "bei|nahe" in ctx.cue["loc_prep"]
    m = (_NAME_DE_RX if de else _NAME_RX).match(text, pos)
    if not m:
        return None
    s, e, name = _cut(m.start(), m.group(0), occupied)
    if not name:
        return None
    first = name.split()[0].split("-")[0]
    if first.casefold() in cues.NOT_PLACE or len(name) < 3 or name.isupper():
        return None
    if any(a < e and s < b for a, b in occupied):
        return None
    if de and _DE_NOUN.search(name.split()[0]):
        return None
    return s, e, name


_EN_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:(?:new|planned|existing|future|proposed|former|giant|huge)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:(?:battery|cell|car|vehicle|assembly|engine|EV|cathode|lithium|gigafactory)\s+)?$"
)


class _Shift:
    """A match on a slice, with offsets in the sentence."""

    def __init__(self, m: re.Match, off: int):
        self._m, self._off = m, off

    def start(self, g="name"):
        return self._m.start(g) + self._off

    def group(self, g="name"):
        return self._m.group(g)


def _place_candidates(ctx, text: str, base: int, ms, noun: tuple[int, int] | None = None):
    key = (base, noun)
    hit = ctx.places.get(key)
    if hit is None:
        hit = ctx.places[key] = _place_candidates_uncached(ctx, text, base, ms, noun)
    return hit


_COMPARED_BEFORE = re.compile(
    r"\b(?:than|als|as \w+ as|(?:plus|moins|aussi) \w+ que|(?:más|menos|tan) \w+ (?:que|como)|(?:più|meno) \w+ d[ie]l?\w*|so \w+ wie)\s+$",
    re.I,
)
_AGENT_BEFORE = re.compile(r"\b(?:by|par|por|vom|durch|da parte d(?:i|el|ella)|dal|dalla)\s+$", re.I)


def _place_candidates_uncached(ctx, text: str, base: int, ms, noun: tuple[int, int] | None = None):
    """(start, end, penalty, name) of the places of a sentence: PLACE mentions (a city before a
    region before a country) and capitalised names after a locative word that the place
    gazetteer does not know ("near Izmir", "a Teverola", "bei Guben", "à Douvrin", "en Puertollano")."""
    out = []
    occupied = [(m.start - base, m.end - base) for m in ms if m.label not in ("PLACE",)]
    for m in ms:
        if m.label != "PLACE":
            continue
        s, e = m.start - base, m.end - base
        if _AGENT_BEFORE.search(text[max(0, s - 12) : s]):
            continue  # "financée par Québec et Ottawa": a government that pays, not where the plant is
        if _COMPARED_BEFORE.search(text[max(0, s - 30) : s]):
            continue  # "a second factory, which would be larger than Dunkirk"
        x = re.match(r"-[A-ZÀ-ÖØ-Þ][\w'’]+", text[e:])  # "Frankfurt" of "Frankfurt-Höchst"
        if x:
            e += x.end()
        out.append((s, e, _KIND_PENALTY.get(m.attrs.get("kind") or _place_kind(m.text), 0.0), text[s:e].strip()))
    for m in ctx.as_place.get(base, ()):
        out.append((m.start - base, m.end - base, _UNKNOWN, m.text.strip()))
    places = [(s, e) for s, e, _, _ in out]
    prep_rx, of_rx = _place_rx(ctx.cue)
    found = [m for m in prep_rx.finditer(text)]
    if noun is not None:
        m = of_rx.match(text, noun[1])
        if m:
            found.append(m)
        if ctx.cue is cues.compiled("en"):
            # "its Kestrup plant", "the Marlow Heath factory": a name between the article and the noun
            m = _EN_BEFORE.search(text[max(0, noun[0] - 50) : noun[0]])
            if m:
                off = max(0, noun[0] - 50)
                found.append(_Shift(m, off))
    de = "bei|nahe" in ctx.cue["loc_prep"]
    for m in found:
        s, e, name = _cut(m.start("name"), m.group("name"), occupied)
        if not name:
            continue
        first = name.split()[0].split("-")[0]
        if first.casefold() in cues.NOT_PLACE or len(name) < 3 or name.isupper():
            continue
        if any(a < e and s < b for a, b in occupied):
            continue
        if any(a < e and s < b for a, b in places):
            continue  # the gazetteer's place there is better
        if de and _DE_NOUN.search(name.split()[0]):
            continue
        out.append((s, e, _UNKNOWN, name))
        places.append((s, e))
    return _drop_qualifiers(text, out)


# between a place and the province, region or country that follows it: "Lumbier (Navarra)",
# "Queen Creek, Arizona", "Bridgwater, nel Somerset", "Göd, in Ungarn"
_QUALIFIER_GAP = re.compile(r"\s*,\s*(?:(?:in|nel|nella|nello|in der|im|en|en el|en la|dans|au|dans le|dans la)\s+)?", re.I)


def _drop_qualifiers(text: str, places: list) -> list:
    """The places less those that only say where the place before them lies: "Figueruelas
    (Zaragoza)", "Bridgwater, nel Somerset". The plant is in the first one, however near the noun the
    second is. A parenthesised place always qualifies; one after a comma only when it is a region or
    country and the first is not ("in Ohio, Tennessee and Michigan" is a list)."""
    places = sorted(places)
    drop = set()
    for a, b in zip(places, places[1:]):
        gap = text[a[1] : b[0]]
        in_paren = re.fullmatch(r"\s*\(\s*", gap) and text[b[1] :].lstrip().startswith(")")
        after_comma = _QUALIFIER_GAP.fullmatch(gap) and b[2] >= _KIND_PENALTY["region"] > a[2]
        if in_paren or after_comma:
            drop.add(b)
    return [p for p in places if p not in drop]


def _location(ctx, text, base, ms, n0, n1) -> str | None:
    best = _location_full(ctx, text, base, ms, n0, n1)
    return best[0] if best else None


def _location_full(ctx, text, base, ms, n0, n1, *, attached_only=False):
    """(name, start, end, penalty) of the place of the plant noun at n0..n1."""
    key = ("loc", base, n0, n1, attached_only)
    if key not in ctx.places:
        ctx.places[key] = _location_best(ctx, text, base, ms, n0, n1, attached_only)
    return ctx.places[key]


def _location_best(ctx, text, base, ms, n0, n1, attached_only):
    best = None
    for s, e, penalty, name in _place_candidates(ctx, text, base, ms, (n0, n1)):
        if s >= n1:
            gap = text[n1:s]
            attached = len(gap) <= 25 and re.fullmatch(r"[\s\w'’-]{0,25}", gap) is not None and len(gap.split()) <= 3
            d = 0.0 if attached or _relative_place(ctx, gap) else s - n1
        elif e <= n0:
            d = (n0 - e) * 1.5
            if _opens_sentence(ctx, text, s):
                d, penalty = 0.0, penalty + 4.0  # "In Dresden baut Infineon ... die Smart Power Fab"
        else:
            d = 0.0
        if attached_only and not (s >= n1 and d == 0.0):
            continue
        if penalty == _UNKNOWN and s >= n1 and d == 0.0:
            penalty = 3.0  # "plant in Kestrup, Denmark": the name the noun is attached to
        if s >= n1 and not _PREP_BEFORE.search(text[max(0, s - 16) : s]):
            penalty += 1.0  # "Gigafactory Berlin-Brandenburg in Grünheide": the place after "in" first
        key = d + penalty
        if best is None or key < best[0]:
            best = (key, (name, s, e, penalty))
    return best[1] if best else None


def _relative_place(ctx, gap: str) -> bool:
    """Whether ``gap`` (from the plant noun to a place) is a relative clause that puts the plant
    there: "la gigafactoría que el fabricante chino construye en", "the plant that Morlan is
    building in", "das Werk, das Kornex in"."""
    rx = (rf"\s*,?\s*(?:que|qu['’]|che|that|which|die|das|den|qui)\s+(?:[\w'’-]+\s+){{0,5}}?"
          rf"(?i:{ctx.cue['loc_prep']})\s+")
    return re.fullmatch(rx, gap, re.I) is not None


def _opens_sentence(ctx, text: str, s: int) -> bool:
    """Whether the place at ``s`` is the locative that opens the sentence ("In Dresden baut
    Infineon...", "A Catania, intanto, proseguono i lavori...", "Im nordfranzösischen Billy-Berclau
    produziert ACC..."): it sets the scene for the whole sentence, however far the plant noun is."""
    rx = rf"\W{{0,3}}(?i:{ctx.cue['loc_prep']})\s+(?:[a-zà-ÿß-]+\s+){{0,3}}"
    return re.fullmatch(rx, text[:s]) is not None


_PREP_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|a|ad|di|da|presso|nel|nello|nella|bei|nahe|im|am|von|à|au|de|d['’]|du|des|en|près de|del|cerca de|junto a)\s*$",
    re.I,
)
_COORD = re.compile(
    r"\s*(?:\([^)]{0,40}\))?\s*(?:(?:,\s*)?(?:and|und|sowie|et|e|ed|y|as well as)\s+(?:(?:in|en|à|a|bei|nel|in der)\s+)?|,\s*(?:(?:in|en|à|a|bei|nel)\s+)?)",
    re.I,
)


def _nearest(ms, label, pos, base):
    cands = [m for m in ms if m.label == label]
    if not cands:
        return None
    return min(cands, key=lambda m: abs(m.start - pos))


_TONNES = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s?"
    r"(?P<mult>(?i:thousand|mila|mil|tausend|million|millions|millionen|milioni|millones|mio\.?|mln))?\s?"
    r"(?P<unit>(?i:tonnes|tonne|tons|ton|tonnen|tonnellate|toneladas|t))(?!\w)"
)
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
        found.append((s, _cap(m)))
    taken = [(m.start - base, m.end - base) for m in ctx.per[i] if m.label in ("CAPACITY", "MONEY")]
    for m in _TONNES.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        if not ctx.cue["annual_cap"].search(text[max(0, s - 60) : s]) or glob.search(text[max(0, s - 45) : s]):
            continue
        try:
            from ..entities.quantities import parse_number

            value = parse_number(m.group("num"), ctx.doc.language or "en")
        except ValueError:
            continue
        value *= _MULT.get((m.group("mult") or "").casefold(), 1.0)
        found.append((s, {"value": value, "unit": "t/y"}))
    found = [x for x in found if x[0] >= start]
    if not found:
        return None
    return min(found, key=lambda x: abs(x[0] - anchor))


def _cap(m) -> dict:
    return {"value": m.attrs.get("value"), "unit": m.attrs.get("unit")}


def _money(m) -> dict:
    return {"amount": m.attrs.get("amount"), "currency": m.attrs.get("currency")}


# "neither confirmed nor denied" is no denial: the report stands as a rumour
_NEITHER = re.compile(
    r"\bneither confirmed nor denied\b|\bni confirmée?s? ni démentie?s?\b|\bweder bestätigt noch dementiert\b|"
    r"\bné confermat[oa] né smentit[oa]\b|\bni confirmad[oa] ni desmentid[oa]\b|\bni confirmó ni desmintió\b",
    re.I,
)


def _status(text: str, lex: engine.Compiled, party, cue=None) -> tuple[str, bool]:
    st = lex.status
    fs = lex.facility["status"]
    extra = cue["status"] if cue else {}
    text = _NEITHER.sub(lambda m: " " * len(m.group(0)), text)
    if st["denied"].search(text) or ("denied" in extra and extra["denied"].search(text)):
        return "denied", True
    if _search_outside(fs.get("rumoured", st["rumoured"]), text, party) or (
        "rumoured" in extra and _search_outside(extra["rumoured"], text, party)
    ):
        return "rumoured", True
    if fs["ended"].search(text) or ("ended" in extra and extra["ended"].search(text)):
        return "ended", True
    if "under_construction" in extra and extra["under_construction"].search(text):
        return "under_construction", True
    if "active" in extra and _now(extra["active"], text, cue) and not fs["under_construction"].search(text):
        return "active", True
    for name in ("under_construction", "active", "announced", "planned"):
        if _now(fs[name], text, cue) if name == "active" else fs[name].search(text):
            return name, True
    return "announced", False


def _now(rx: re.Pattern, text: str, cue) -> bool:
    """Whether ``rx`` matches ``text`` outside a future: "mise en service prévue fin 2026", "soll
    ... von 2027 an in Betrieb gehen", "will start production" are no running plant."""
    future = cue["future"] if cue else None
    for m in rx.finditer(text):
        if future is None or not (future.search(text, max(0, m.start() - 40), m.start())
                                  or future.search(text, m.end(), m.end() + 12)):
            return True
    return False


def _same_place(a: str, b: str) -> bool:
    a, b = _place_name(a), _place_name(b)  # "Sagunt" is "Sagunto"
    x, y = _norm(a).replace("-", " ").split(), _norm(b).replace("-", " ").split()
    x, y = [t.strip(",") for t in x], [t.strip(",") for t in y]
    n = min(len(x), len(y))
    return n > 0 and x[:n] == y[:n]


def _compatible(prev: _Cand, cand: _Cand) -> bool:
    if cand.owner and prev.owner and cand.owner != prev.owner:
        return False
    if cand.location and prev.location and not _same_place(cand.location, prev.location):
        return False
    # a new sentence naming both a new owner and place is a new plant
    if cand.owner and cand.location and not (cand.owner == prev.owner or (prev.location and _same_place(cand.location, prev.location))):
        return False
    return True


def _merge(prev: _Cand, cand: _Cand) -> None:
    prev.owner = prev.owner or cand.owner
    if not prev.location or (cand.location and len(cand.location) > len(prev.location)):
        prev.location = cand.location or prev.location  # "Frankfurt" then "Frankfurt-Höchst"
    prev.product = prev.product or cand.product
    prev.capacity = prev.capacity or cand.capacity
    prev.investment = prev.investment or cand.investment
    # a later fact of progress beats a plan ("... está previsto ..." then "... en plena construcción")
    progress = cand.status in ("under_construction", "active") and prev.status in ("announced", "planned")
    if cand.explicit and (not prev.explicit or cand.status in ("denied", "ended") or progress):
        prev.status = cand.status
        prev.explicit = True
    prev.last = cand.last
    prev.end = cand.end
    prev.confidence = max(prev.confidence, cand.confidence)
