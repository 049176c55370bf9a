"""``_Context``: what the facility extractor knows about the whole document: sentence subjects, the
companies that are places, the names joint ventures get, subsidiaries, the dateline of each story.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..doc import Document
from . import engine
from . import facility_cues as cues
from .extractor import company_name
from .facility_nouns import _LANDMARK, _PRODUCTION
from .facility_owners import _JV, _jv_named
from .facility_places import _caps_dateline, _home_town, _place_candidates, _place_kind

if TYPE_CHECKING:
    from .facilities import _Cand


# "the subsidiary of Volkswagen", "la filial de baterías del grupo Volkswagen", "filiale du groupe X"
# (not "Volkswagen's unit PowerCo": there the company named is the subsidiary)
# (a nationality or other adjective may stand on either side of the group noun: "die Tochter des
# chinesischen Envision-Konzerns", "la filiale du groupe chinois X", "the unit of China's X")
_SUB_OF = (r"\s+(?:[\w'’-]+\s+){0,3}?(?:of|de|del|della|dello|di|des|du|von|der|dal|dalla)\s+"
           r"(?:(?:the|el|la|il|le|l['’])\s*)?(?:[\w'’-]+\s+)?(?:(?:group|grupo|gruppo|groupe|Konzerns?|car ?maker)\s+)?"
           r"(?:[\w'’-]+\s+)?$")


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


# a known company that is also a town, named as the place of a plant: "Werk in Salzgitter",
# "stabilimento di Salzgitter", "l'usine de Salzgitter"; or after "in"/"bei" where no money goes
# to it ("laufen in Salzgitter die ersten Zellen vom Band", not "invests in Salzgitter"); or right
# after a German plant noun ("im Werk Salzgitter")
_TOWN_AFTER_PLANT = re.compile(rf"(?:{_PLANT_ANY.pattern})\w*\s+(?:in|at|near|of|di|a|ad|de|d['’]|du|à|en|bei|von|im)\s+"
                               r"(?-i:[a-zà-ÿß][\w-]*\s+)?$", re.I)  # (an adjective between: "im malaysischen X")
_TOWN_IN = re.compile(r"(?<!\w)(?:in|bei|nahe|near|outside|at)\s+$|\b(?:Werk|Werks|Standort|Standorts)\s+$")
_MONEY_BEFORE = re.compile(r"invest|stake|share|Beteiligung|beteilig|Anteil|Aktie|investi|particip|quota", re.I)


def _town_company(name: str, before: str) -> bool:
    """Whether a known company's name, after ``before``, is the town of that name."""
    # (asked first: most companies are no town, and one dict lookup is cheaper than the context regexes)
    if _place_kind(name.strip()) != "city":
        return False
    tail = before[-45:]
    plant = _TOWN_AFTER_PLANT.search(tail)
    if plant and _LANDMARK.search(before, 0, len(before) - len(tail) + plant.start()):
        return False  # "Accanto allo stabilimento di X": the company's plant as a landmark
    if not (plant or (_TOWN_IN.search(before) and not _MONEY_BEFORE.search(before[-40:]))):
        return False
    return True


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
        self.nouns: dict[tuple, object] = {}  # each sentence's plant-noun work, for every reader (facility_nouns)
        self._blocked: set[str] | None = None  # marker words before a company that is no subject
        # sentence -> starts of the amounts an expansion adds there (facility_phases): no plant's own capacity
        self.added: dict[int, set[int]] = {}

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
            if m.label != "COMPANY" or m.source == "coref":
                continue
            before = text[max(0, m.start - base - 60) : m.start - base]
            if m.source == "gazetteer" or m.attrs.get("known"):
                if _town_company(m.text, before):
                    drop.add(id(m))
                continue
            if _CHOICE.search(before):
                drop.add(id(m))
                continue
            x = _LOC_BEFORE.search(before)
            if x and _PLANT_ANY.search(before[: x.start()][-45:]):
                drop.add(id(m))
        self._real[i] = [m for m in ms if id(m) not in drop] if drop else ms
        self.as_place[base] = [m for m in ms if id(m) in drop] if drop else []
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
            blocked = self._blocked
            if blocked is None:  # (the same words for every sentence of the page: built once)
                blocked = self._blocked = set(
                    self.lex.markers.get("recipient", []) + self.lex.markers.get("with", [])
                    + self.lex.markers.get("report", []) + self.lex.markers.get("from", []))
            for m in comps:
                before = text[max(0, m.start - base - 12) : m.start - base].lower().split()
                if not before or before[-1] not in blocked:
                    found = company_name(m)
                    break
            if found is None:
                # every company is introduced by a marker: one named "from"/"de" may still be the
                # subject's genitive ("Il direttore di X ..."), but one a plant works "for", "to" or
                # "with", or a source "according to", is not ("Its factory has produced cells for X
                # since 2023": the subject is the one "its" stands for)
                weak = set(self.lex.markers.get("recipient", []) + self.lex.markers.get("with", [])
                           + self.lex.markers.get("report", []))
                rest = [m for m in comps
                        if (text[max(0, m.start - base - 12) : m.start - base].lower().split() or [""])[-1] not in weak]
                found = company_name(rest[0]) if rest else None
            if found is not None:
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
            elif _JV.search(text):
                named = _name_before_jv(text, base, comps)
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
            from .known_roles import gazetteer_name

            children = {e.name: e for e in gazetteer().children(gazetteer_name(owner))}
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
        at = _prep_at_end_rx(self.cue["loc_prep"])
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


# a new company's name in apposition before the joint-venture noun, one the recogniser did not know:
# "la costituzione di Celle Nuove, una joint venture paritetica", "founded Acme Cells, a joint venture"
_NAME_BEFORE_JV = re.compile(
    r"(?<![\w&.-])((?:[A-ZÀ-ÖØ-Þ][\w&.\-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w&.\-]*|&)){1,3})\s*,\s*"
    r"(?:(?:una|la|il|the|a|an|die|das|ein|eine|une|el|nuova|new|neue[nrs]?|nouvelle|nueva|gemeinsame[nrs]?)\s+){1,2}$"
)


def _name_before_jv(text: str, base: int, comps) -> str | None:
    """A name of two to four capitalised words right before ", a joint venture", not a company
    mention (those are ``_jv_named``'s) nor one opening the sentence (a heading's words)."""
    for jv in _JV.finditer(text):
        m = _NAME_BEFORE_JV.search(text, max(0, jv.start() - 80), jv.start())
        if not m or m.start(1) == 0 or any(c.start - base < m.end(1) and m.start(1) < c.end - base for c in comps):
            continue
        if m.group(1).split()[0].casefold() not in cues.NOT_PLACE:
            return m.group(1)
    return None


def _name_at(text: str, pos: int, base: int, comps) -> str | None:
    for m in comps:
        if 0 <= m.start - base - pos <= 2:
            return company_name(m)
    m = cues.NAME_AFTER.match(text, pos)
    if not m:
        return None
    name = m.group(1).strip().rstrip(".,;")
    return name if len(name) >= 2 and name.split()[0].casefold() not in cues.NOT_PLACE else None


@lru_cache(maxsize=None)
def _prep_at_end_rx(prep: str) -> re.Pattern:
    """A locative word (of ``prep``, a language's) and up to two words at the end of a span, before a
    place: compiled once per language, not looked up in ``re``'s cache at each call (which other
    patterns evict)."""
    return re.compile(rf"(?i:{prep})\s+(?:[a-zà-ÿß-]+\s+){{0,2}}$")
