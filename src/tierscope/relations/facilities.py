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

The work is split: ``facility_nouns`` (plant nouns), ``facility_owners`` (who owns the plant),
``facility_places`` (where it is), ``facility_capacity`` (capacity, investment), ``facility_status``
(its status), ``facility_context`` (what the document says around a sentence) and ``facility_cues``
(the words they need beyond the shared lexicons).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Document, Evidence, Facility
from ..errors import ContractError
from . import engine
from . import facility_cues as cues
from .extractor import company_name, sentence_index
from .facility_followups import headline_town, loose_place, share_capacity
from .facility_capacity import _INVEST, _money, _nearest, _plant_capacity, _plant_capacity_at
from .facility_context import _Context
from .facility_built_at import built_place
from .facility_deixis import deictic_place
from .facility_nouns import _cleaned, _definite, _equipment, _facility_noun, _landmarks, _matches
from .facility_funding import funding_sentence, investee
from .facility_late_capacity import late_capacity
from .facility_phases import added_amounts, expansion_of
from .facility_projects import project_noun
from .facility_owners import _JV, _POSSESSIVE, _between_owner, _jv_named, _name_owner, _owner, _through_subsidiary
from .facility_places import (
    _KIND_PENALTY, _UNKNOWN, _fallback_name, _place_kind, _located_at, _location, _location_full, _place_candidates, _same_place, _area_rx, _place_rx,
)
from .facility_sales import new_owner
from .facility_status import _status
from .facility_topic import topic_owner
from .topic import story_topic
from .facility_verbs import production_verb
from .facility_passives import goods_supplier, passive_production
from .known_roles import brand_owner
from ..scan.prefilter import may_search

__all__ = ["FacilityExtractor"]


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
    # the owner is the subject of the sentence or of one before, no company attached to the noun
    from_context: bool = False
    # goods are delivered to the plant: the story's company is its supplier, not its owner
    destination: bool = False
    # a copy for a place listed after the plant's own ("plants in A, Germany, and B, Italy": B)
    listed: bool = False


class FacilityExtractor:
    name = "tierscope.facilities.v1"
    requires = ("sentences", "mentions", "language")
    produces = ("facilities",)

    def warm_up(self) -> None:
        from ..scan.branch_gate import long_gate
        from ..scan.prefilter import warm_up as prefilter_warm_up
        from . import facility_context, facility_followups, facility_phases, facility_places, facility_sales

        for lang in engine.languages_for(None):
            lex = engine.compiled(lang)
            cue = cues.compiled(lang)
            _place_rx(cue)
            _area_rx(cue)
            prefilter_warm_up(lex.facility)  # the literals that gate the plant nouns and cues
            prefilter_warm_up(cue)
            # the branch gates of the long lists of status cues (facility_status narrows them per sentence)
            for rx in [*lex.status.values(), *lex.facility["status"].values(), *cue.get("status", {}).values()]:
                long_gate(rx)
            if lang in facility_sales._SELL:
                facility_sales._rx(lang)  # (compiled on first use otherwise)
            # the locative patterns of a language, and its phases' cues (compiled on first use otherwise)
            for compile_for in (facility_followups._near_rxs, facility_places._relative_place_rx,
                                facility_places._opening_place_rx, facility_context._prep_at_end_rx):
                compile_for(cue["loc_prep"])
            facility_phases._cue_rx(lang)

    def __call__(self, doc: Document) -> Document:
        if doc.sentences is None or doc.mentions is None:
            raise ContractError(f"{self.name} needs sentences and mentions")
        doc.facilities = self.extract(doc)
        return doc

    def extract(self, doc: Document) -> list[Facility]:
        langs = [engine.compiled(lang) for lang in engine.languages_for(doc.language)]
        # a plant noun read as its owner (entities/plant_openers.py) is a plant here
        per_sentence = [[m for m in ms if not m.attrs.get("plant")] for ms in sentence_index(doc)]
        ctx = _Context(doc, per_sentence, cues.compiled(doc.language or "en"), langs[0])
        cands: list[_Cand] = []
        gates = [_noun_gate(doc, lex, ctx.cue) for lex in langs]
        phases = []  # (sentence, capacity added, the story's latest plant then)
        planted: dict[int, bool] = {}  # story -> whether it names a plant with a plant noun
        for i, sent in enumerate(doc.sentences):
            text = doc.text[sent.start : sent.end]
            ms = ctx.real(i)
            # (not in a sentence that names a new plant: "opened its second factory, adding 15 GWh" is
            # that plant's own capacity)
            added = added_amounts(text, sent.start, ctx.per[i], doc.language) if not ctx.cue["new_plant"].search(text) else []
            if added:
                # "A second phase would add 10,000 tonnes": the phase's amount, not the plant's
                ctx.added[i] = {pos for pos, _ in added}
                before = [c for c in cands if c.story == sent.story]
                phases.append((i, added[0][1], max(reversed(before), key=lambda c: c.last) if before else None))
            noun = None
            lex_used = None
            for lex, gate in zip(langs, gates):
                noun = _facility_noun(text, lex, ms, sent.start, ctx.cue, ctx.nouns) if gate[i] else _equipment(text, ctx.cue)
                if noun:
                    lex_used = lex
                    break
            if noun is None:
                # "Le projet Vemar, à Ashby, doit produire ...": a project with its town
                noun = project_noun(text, sent.start, ms, doc.language, _place_kind,
                                    lambda: _story_names_plant(doc, sent.story, langs[0], ctx, planted))
                lex_used = langs[0] if noun else None
            story = [c for c in cands if c.story == sent.story]
            if (noun is None and i > 0 and _PLANT_PRONOUN.match(text) and doc.sentences[i - 1].story == sent.story
                    and not any(c.last == i - 1 for c in story)):
                prev_text = doc.text[doc.sentences[i - 1].start : doc.sentences[i - 1].end]
                noun = _plant_pronoun(text, prev_text, langs[0])
                lex_used = langs[0] if noun else None
            by_verb = verb_status = verb_town = verb_apposed = None
            if noun is None:
                # "Kornex fertigt seit 2023 in Kolkwitz Kathodenmaterial": the verb stands for the plant
                opens = i == 0 or doc.sentences[i - 1].story != sent.story  # (a headline, or a story's first line)
                hit = production_verb(text, sent.start, ms, doc.language, _place_kind, starts=not opens)
                if hit is not None:
                    noun, lex_used, by_verb = hit[:2], langs[0], hit[2]
                    verb_status, verb_town, verb_apposed = hit[3], hit[4], hit[5]
                else:
                    # "Gefertigt werden die Module in Kolkwitz", "made by Kornex in Ashby"
                    passive = passive_production(text, sent.start, ms, doc.language, _place_kind)
                    if passive is not None and passive[2] is None and not _sole_company(ctx, i):
                        # (no agent: the owner would be the story's company, but the sentence before
                        # names another, often the supplier of goods the story's company buys:
                        # "X signed with Y for cells. The cells will be made in Z" is Y's plant)
                        passive = None
                    if passive is not None and passive[2] is None:
                        # (the context owner buys the goods: "Kornex liefert Zellen an Brelix ...
                        # Gefertigt werden die Zellen in Z" is Kornex's plant, not Brelix's)
                        lo = min(doc.sentences[j].start for j in range(max(0, i - 6), i + 1)
                                 if doc.sentences[j].story == sent.story)
                        bought, seller = goods_supplier(doc.relations, ctx.context_owner(i), lo, sent.end)
                        if bought:
                            passive = (*passive[:2], seller, passive[3]) if seller else None
                    if passive is not None:
                        noun, lex_used, by_verb, verb_town = passive[:2], langs[0], passive[2], passive[3]
                        verb_status, verb_apposed = None, True  # (the agent, named after the verb, is the owner)
            # (the plant the story spoke of last: mostly the newest, or an older one named again)
            # (of the plants of one sentence, the one its noun names first rather than a place listed
            # after it: "the plants in A and B ... The German project would reach 40 GWh" is A's)
            latest = max(reversed(story), key=lambda c: (c.last, not c.listed)) if story else None
            prev = latest if latest is not None and i - latest.last <= 2 else None
            if noun is None:
                again = _place_again(story, ms, langs[0].facility["weak_nouns"], text) if story else None
                named = again is not None and prev is not None and prev.owner != again.owner and any(
                    m.label == "COMPANY" and company_name(m) == again.owner for m in ms)
                if again is not None and (prev is None or again is prev or named):
                    # (also when another plant came between, if the sentence names this one's owner:
                    # "Lyten will in Heide zunächst Zellen mit 15 GWh fertigen")
                    # "Gebaut werden die Achsen in Debrecen, wo X bereits fertigt." after the plant in
                    # Debrecen was named: the story is back at that plant, and the next sentence's
                    # facts ("400.000 Achsen im Jahr") are its own; so is a sentence on the owner's
                    # "Anlage" ("..., auf dem X ihre Anlage errichtet.")
                    prev = again
                    prev.last = i
                # follow-up facts: "It will have a capacity of 40 GWh and cost EUR 2bn."
                pronoun = False  # (the sentence's opening pronoun is matched below, only where a plant is near)
                # (matched once, for the two tests below; neither passes with no plant in the story)
                anaphor = ctx.cue["anaphor_start"].match(text) if prev is not None or latest is not None else None
                if prev is None and latest is not None and anaphor and not ctx.cue["new_plant"].search(text):
                    # "À terme, le complexe doit atteindre 30 000 t" sentences after the plant: the
                    # definite noun still names the story's latest plant, as a plant noun would
                    prev = latest
                if prev is not None and anaphor:
                    # "Die Anlage, die ... erzeugen soll, kostet ...": still the same plant, so a
                    # pronoun two sentences on ("Sie soll jährlich ...") still reaches it
                    pronoun = True
                    prev.last, prev.end = i, sent.end
                if prev is not None and (i - prev.last <= 1 or pronoun or ctx.cue["pronoun"].match(text)
                                         or ctx.cue["phase"].match(text)):
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
                    # ("Geplant sind dort 24.000 Tonnen": the town before; not where another company
                    # is there: "Dort montiert Y den ...")
                    # ("Sie soll in Z entstehen", "It will be built in Z": the verb of being built)
                    at = (_located_at(ctx, text, sent.start, ms) or (None if others else (
                        built_place(ctx, text, sent.start, ms, doc.language) or deictic_place(ctx, i, text)))) \
                        if prev.location is None else None
                    if at is not None:
                        prev.location = at  # "Le projet, situé à X, représenterait ..."
                        prev.last, prev.end = i, sent.end
                    if money is not None and prev.investment is None and (cap is not None or _INVEST.search(text)):
                        prev.investment = _money(money)  # "It will cost EUR 2bn", "Der Konzern investiert dort 500 Mio. Euro"
                        prev.last, prev.end = i, sent.end
                if prev is None or prev is latest:
                    # "Später soll die Kapazität auf 30 GWh wachsen." two or three sentences on
                    late = late_capacity(ctx, i, text, sent.start, ms, latest)
                    if late is not None:
                        latest.capacity = late
                        latest.last, latest.end = i, sent.end
                continue
            cand = self._candidate(doc, ctx, i, sent, text, ms, noun, lex_used)
            if cand is None:
                continue
            if by_verb is not None and cand.owner != by_verb:
                if not verb_apposed:
                    continue  # (the plant of the verb's subject only: not "X is supplied by Y, which makes ... in Z")
                cand.owner = by_verb  # "X, the maker set up by A, B and C, is producing at Y": X's, not C's
            if verb_town is not None:
                cand.location = verb_town  # "hat die Produktion von X nach Z verlagert": the plant is Z's
            if by_verb is not None and verb_status is not None and not cand.explicit and not _FUTURE.get(doc.language or "en", _FUTURE["en"]).search(text):
                # "Kornex produit ses cellules à X": it runs there now; "hat die Produktion in X
                # eingestellt": it ran there
                cand.status = verb_status
            new_plant = ctx.cue["new_plant"].search(text)  # ("a second plant": searched once, three tests ask)
            again = _named_place_plant(story, cand, ctx.companies(i), new_plant
                                       or _POSSESSIVE.search(text, max(0, noun[0] - 30), noun[0]))
            if again is not None:
                # "L'usine de Sorbiers, qui pourra traiter 12 000 t par an, ..." with no company: the
                # plant at that place the story spoke of, whoever the sentences between were about
                cand.owner, prev = again.owner, again
            anaphor = bool(ctx.cue["anaphor_start"].match(text)) and not new_plant
            loose = False
            if anaphor and story and prev is None:
                prev = story[-1]  # "L'usine ..." three sentences on: the plant named before
            if anaphor and prev is not None and cand.location and (cand.owner in (None, prev.owner) or cand.from_context) \
                    and loose_place(ctx, text, sent.start, ms, noun):
                # "Le site raffinera le minerai tiré de la mine X, à Y": the plant before, not one at Y
                cand.location, loose = None, True
            if anaphor and prev is not None and prev.last == i - 1 and (not ctx.companies(i) or cand.from_context):
                # "La planta tendrá ..." right after the plant's sentence: that plant, whatever other
                # company that sentence spoke of; so when the sentence names a company only as a
                # customer, far from the noun ("La planta ... producirá las celdas de los eléctricos
                # de X")
                cand.owner = None
            if prev is not None and not new_plant and _compatible(prev, cand):
                more = [] if loose else self._more(ctx, i, sent, text, ms, noun, lex_used, cand)
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
            if c.owner is None and not c.destination:
                c.owner = _sole_owner(cands, c)
            if c.location is None:
                c.location = ctx.dateline(c.story, c.owner)
        cands = _fold_unplaced(cands, doc.text, ctx.cue["new_plant"])
        share_capacity(cands, doc.text, ctx.cue["new_plant"])
        for c in cands:
            if c.location is None:
                c.location = headline_town(ctx, c.story, c.owner, c.first)  # "Kornex startet Serienfertigung in Kolkwitz"
        for i, cap, latest in phases:
            plant = expansion_of(cands, i, latest, ctx.per[i], cap, story_topic(doc, ctx.per, i, set()))
            if plant is not None:
                sent = doc.sentences[i]
                text = doc.text[sent.start : sent.end]
                status, explicit = _status(text, langs[0], [], ctx.cue)
                if status == "active" and ctx.cue["future"].search(text):
                    status = "planned"  # ("Phase two would add 30 GWh": a phase told ahead runs not yet)
                s, e = _trim(doc.text, sent.start, sent.end)
                cands.append(_copy(plant, capacity=cap, investment=None, status=status, explicit=explicit,
                                   first=i, last=i, start=s, end=e))
        for c in cands:
            if c.owner is None and c.location is None:
                continue
            if c.owner is None and not c.destination:
                c.owner = topic_owner(doc, ctx.per, c.first, c.location)  # "La fabbrica di Torino ..." in a story about one company
            ev_text = doc.text[c.start : c.end]
            out.append(
                Facility(
                    owner=brand_owner(c.owner) or c.owner,  # "the Peugeot plant" is the group's
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
        # "Unweit der Brelix-Fabrik errichtet der koreanische Zulieferer ein Werk":
        # the company of a landmark plant owns no other plant of the sentence
        cleaned = _cleaned(text, lex.facility, ctx.cue, ctx.nouns)
        # (weak words too: "neben dem Standort von X errichtet Y eine Anlage")
        marks = _landmarks(text, [x.span() for rx in (lex.facility["nouns"], lex.facility["weak_nouns"])
                                  for x in _matches(rx, cleaned, ctx.nouns)], ms, base)
        marks = [(a, b) for a, b in marks if not a <= n0 < b]
        landmark = [m for m in comps if any(a <= m.start - base < b for a, b in marks)]
        comps = [m for m in comps if m not in landmark]
        # "X, propietaria de la marca Y, ... su primera planta": a marque owns no plant
        marques = [m for m in comps if _BRAND_BEFORE.search(text, max(0, m.start - base - 25), m.start - base)
                   or _BRAND_AFTER.match(text, m.end - base)]
        if marques and len(marques) < len(comps):
            comps = [m for m in comps if m not in marques]
        owner = _owner(text, base, comps, n0, n1, lex)
        from_context = False
        if owner is not None and _JV.search(text) and not _jv_named(text, base, comps):
            owner = ctx.jv_name(i) or owner  # "... a joint venture that will build a plant ... called X"
        elif owner is not None:
            owner = ctx.subsidiary(i, text, base, comps, owner) or owner
        skip = set(map(company_name, landmark))
        if owner is not None and _supplier(ctx, text, base, comps, owner, n0):
            # "TotalEnergies fournira ... à la gigafactory de Billy-Berclau": the plant buys from it
            skip.add(owner)
            owner = _contract_partner(text, base, comps, owner, n0, doc.language)
        destination = _supplied_after(doc.language, text, n0) and not any(
            company_name(m) == owner and n1 <= m.start - base for m in comps)
        if destination:
            # "Das Unternehmen soll ... an die Zellfabrik in Z liefern": the sentence's subject and
            # the story's company sell to the plant; only a name after the noun owns it
            owner = None
        elif owner is None:
            owner = _name_owner(text, base, ms)
            if owner is None:
                owner, from_context = ctx.context_owner(i, skip=skip), True
        if not destination and funding_sentence(text):
            # "Les fonds serviront à la construction d'une première usine à Z" after a round: the
            # plant is the company's that raised the money, not an investor's
            lo = doc.sentences[max(0, i - 3)].start
            raised = investee(doc.relations, lo, sent.end)
            investors = {r.source for r in doc.relations or () if r.type == "invests_in" and lo <= r.evidence.start < sent.end}
            if raised is not None and (owner is None or from_context or owner in investors):
                owner, from_context = raised, True
        found = _location_full(ctx, text, base, ms, n0, n1)
        location = found[0] if found else _located_at(ctx, text, base, ms)
        if location is None or (found and found[3] >= _KIND_PENALTY["region"]):
            # "... aus dem ungarischen Göd. Dort baut X eine weitere Halle": the town named before,
            # rather than no place or a region or country
            location = deictic_place(ctx, i, text) or location
        # a product word inside a name is no product of the plant ("Thyssenkrupp Steel Europe")
        names = [(m.start - base, m.end - base) for m in ms
                 if m.label in ("COMPANY", "PERSON", "PLACE") and not m.attrs.get("implied")]
        prods = engine.products_outside(text, names)
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
                     cap, _money(money) if money else None, min(conf, 0.95), from_context, destination)


    def _more(self, ctx, i, sent, text, ms, noun, lex, cand) -> list[_Cand]:
        """More plants in the sentence: coordinated places ("plants in Salzgitter (Germany) and St.
        Thomas (Canada)", "a Melfi e Cassino") and a second plant noun with a place of its own
        ("runs a pilot line in X and plans a factory in Y")."""
        base = sent.start
        out: list[_Cand] = []
        comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
        buyer = new_owner(text, base, comps, *noun, ctx.doc.language) if cand.location else None
        if buyer and buyer != cand.owner:
            # "Kornex verkauft sein Werk in X an Brelix": the plant is Brelix's now (and was Kornex's)
            out.append(_copy(cand))
            out[-1].owner = buyer
        sub = _through_subsidiary(text, base, comps) if cand.location else None
        if sub and sub != cand.owner:
            # "X exploite l'usine de Y par l'intermédiaire de sa filiale Z": Z runs it (and X owns Z)
            out.append(_copy(cand))
            out[-1].owner = sub
        seen = {cand.location}
        first = _location_full(ctx, text, base, ms, *noun)
        places = _place_candidates(ctx, text, base, ms, noun)
        region = _KIND_PENALTY["region"]
        if first and first[3] <= region + 1:
            # after a city only cities ("a Melfi e Cassino"); after a region also regions ("cell
            # plants in Ohio, Tennessee and Michigan")
            limit = region if first[3] < region else region + 1
            pos = first[2]
            # (plants the sentence says are paused or frozen: "les usines de A et de B restent
            # gelées", "Werke in A und B liegen auf Eis"; told in passing, the list gives no more)
            while not ctx.cue["paused"].search(text):
                aside = _aside_before_and(text, base, ms, pos) if limit <= region else None
                if aside is not None:
                    # "in Marlowe, Germany, and Tesco, Italy", "à Marlowe, en Allemagne, et à Tesco":
                    # the country is the city's aside (dropped from the places), the list goes on after it
                    pos = aside
                m = _COORD.match(text, pos)
                if not m:
                    break
                if cand.from_context and (aside is not None or not _plain_coord(text, pos, m.end())):
                    # an owner the sentence does not name, and a list told with asides or adjectives of
                    # origin ("Geplante Werke in A und im italienischen B", "les usines envisagées à A,
                    # en Allemagne, et à B"): the story's company is as often a customer or a rival as
                    # the owner; one plant at most on so weak an owner
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
                    # (a name the place list does not know, after a conjunction: not after "in der", where a
                    # German noun stands as often as a name: "und in der Nähe von X", "in der Kreisstadt X")
                    occupied = [(x.start - base, x.end - base) for x in ms if x.label != "PLACE"]
                    fb = _fallback_name(ctx, text, m.end(), occupied)
                    if fb is None or fb[2] in seen or not re.search(r"\b(?:and|und|sowie|et|e|ed|y)\s+(?:(?:in|en|à|a|bei|nel)\s+)?$", m.group(0), re.I):
                        break
                    nxt = [(fb[0], fb[1], _UNKNOWN, fb[2])]
                p = nxt[0]
                seen.add(p[3])
                out.append(_copy(cand, location=p[3], capacity=None, investment=None, listed=True))
                pos = p[1]
        fac = lex.facility
        blocked = [(m.start - base, m.end - base) for m in ms if m.label in ("COMPANY", "PERSON")]
        cleaned = _cleaned(text, fac, ctx.cue, ctx.nouns)  # (both exclusions, each searched where its literals are)
        cleaned_lower = cleaned.lower()
        found = []
        # a weak plant word counts here too: it needs a place attached ("e sta completando il polo
        # ungherese di Debrecen")
        for rx in (fac["nouns"], ctx.cue["extra_nouns"], fac["weak_nouns"]):
            if not may_search(rx, cleaned, cleaned_lower):
                continue  # (no literal every match holds: no match)
            found += [x.span() for x in _matches(rx, cleaned, ctx.nouns) if x.start() > noun[1] + 5
                      and not any(a < x.end() and x.start() < b for a, b in blocked)]
        for n0, n1 in sorted(found):
            loc = _location_full(ctx, text, base, ms, n0, n1, attached_only=True) or _contrast_place(
                text, noun[1], n0, places)
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
            # ("..., y las de Brelix saldrán de la planta que levanta en Villabrava, ... 40 GWh")
            at = _plant_capacity_at(ctx, i, text, base, n0, start=cut)
            if at is not None and at == _plant_capacity_at(ctx, i, text, base, noun[0]):
                cand.capacity = None
            destination = owner is None and _supplied_after(ctx.doc.language, text, n0)
            if owner is None and not destination:
                owner = cand.owner  # (the first plant's owner sells to a plant goods go to)
            out.append(_copy(cand, owner=owner, location=loc[0], status=status, explicit=explicit, destination=destination,
                             capacity=at[1] if at else None, investment=None))
        return out


# the words of a plan that keep a plant stated by a production verb from running yet
_FUTURE = {
    "en": re.compile(r"\b(?:will|shall|plans?|planned|intends?|is to|are to)\b", re.I),
    "de": re.compile(r"\b(?:soll|sollen|wird|werden|will|wollen|plant|planen)\b"),
    "fr": re.compile(r"\b(?:va|vont|prévoit|doit|devrait|\w+(?:era|ira|eront|iront))\b", re.I),
    "it": re.compile(r"\b(?:prevede|dovrebbe|\w+(?:erà|irà|eranno|iranno))\b", re.I),
    "es": re.compile(r"\b(?:va a|van a|prevé|\w+(?:ará|erá|irá|arán|erán|irán))\b", re.I),
}


# a contrasting clause that opens with its own place: "..., while in X it is building a second
# plant", "mentre a X è in costruzione il secondo stabilimento", "während in X ein zweites Werk
# entsteht", "tandis qu'à X une deuxième usine", "mientras que en X construye una segunda planta"
_CONTRAST = re.compile(r"\b(?:while|whereas|während|wohingegen|tandis qu['’]\s*|tandis que\s|alors qu['’]\s*|alors que\s|mentre|mientras(?: que)?)\s*"
                       r"(?:(?:in|at|a|ad|à|en|im|in der)\s+)", re.I)


def _contrast_place(text: str, start: int, n0: int, places) -> tuple | None:
    """(name, start, end, penalty) of the place that opens the contrasting clause a second plant
    noun at ``n0`` stands in, or None."""
    hits = list(_CONTRAST.finditer(text, start, n0))
    if not hits:
        return None
    at = hits[-1].end()
    for s, e, penalty, name in places:
        if s == at and e <= n0 and penalty < _KIND_PENALTY["region"]:
            return (name, s, e, penalty)
    return None


_BRAND_BEFORE = re.compile(r"\b(?:brand|marque|marca|marchio|Marke)\s+(?:d[eiu]\s+|of\s+)?$", re.I)
_BRAND_AFTER = re.compile(r"\s*(?:brand\b|-Marke\b)")
_CLAUSE_CUT = re.compile(r"[,;]\s|\s(?:and|while|whereas|und|während|et|tandis que|e|mentre|y|mientras)\s", re.I)


def _supplier(ctx, text, base, comps, owner, n0) -> bool:
    """Whether ``owner``, named before the plant noun, sells to the plant: a supply verb after it and
    the recipient's preposition right before the noun."""
    mine = [(m.start - base, m.end - base) for m in comps if company_name(m) == owner]
    before = [(s, e) for s, e in mine if e <= n0]
    if not before or any(n0 < s <= n0 + 40 for s, _ in mine):
        return False  # (an owner named after the noun, "a la planta de Kia", is the plant's; not one
        # a clause later: "..., secondo quanto comunicato dalla società")
    s, e = before[-1]
    if re.search(r"\b(?:of|from|by|de|del|von|vom|da|dal|dalla|di|par|por|du|des)\s+$", text[max(0, s - 8) : s], re.I):
        return False  # "un pedido de BMW para suministrar ... a la planta": not the one who supplies
    if _WITH_BEFORE.search(text, max(0, s - 30), s) and not _RELATIVE_AFTER.match(text, e):
        # "X ha firmato con la francese Y un contratto per la fornitura ... alla gigafactory": Y buys
        # (not "un contrato con Y, que abastecerá a la fábrica": Y's own clause says it supplies)
        return False
    if _OWN_BEFORE.search(text, max(0, n0 - 40), n0):
        return False  # "per i propri impianti", "for its own plants": the subject's, whoever supplies them
    between = [m for m in comps if company_name(m) != owner and e < m.start - base < n0]
    partners = {company_name(m) for m in between if _WITH_BEFORE.search(text, max(0, m.start - base - 30), m.start - base)}
    if partners and any(r.type == "supplies" and r.target == owner and r.source in partners
                        and base <= r.evidence.start < base + len(text) for r in ctx.doc.relations or ()):
        # "X ha firmado con Y un contrato para abastecer ... a su planta", "X a signé avec Y un accord
        # d'approvisionnement pour son usine": the relations read in the sentence say the partner
        # "with Y" sells to X, so X buys for its own plant (not "X a signé avec Y pour livrer son
        # usine", where X sells); the verb alone does not tell who supplies
        return False
    if between and not all(_WITH_BEFORE.search(text, max(0, m.start - base - 30), m.start - base)
                           or _TO_BEFORE.get(ctx.doc.language, _TO_BEFORE["en"]).search(text, max(0, m.start - base - 30), m.start - base)
                           for m in between):
        return False  # another company between: the verb may be its (not a contract partner "with Y", a recipient "to Y")
    return ctx.cue["supplies_to"].search(text, e, n0) is not None


# German puts the verb last: "... soll Kathoden an die Zellfabrik in Z liefern", "... für das Werk in
# Z fertigen und liefern": the recipient's preposition before the plant noun, the supply verb after it
# (not "an seine Werke": a company's own plants)
_TO_PLANT_DE = re.compile(r"\b(?:an|für)\s+(?:das|den|die|dem)\s+(?:[\w-]+\s+){0,2}$")
_SUPPLY_VERB_AFTER_DE = re.compile(r"[^.;,]{0,80}?\b(?:liefer\w*|versorg\w*|verkauf\w*)\b")


def _supplied_after(language: str, text: str, n0: int) -> bool:
    """Whether the plant noun at ``n0`` is where goods go in a German clause whose verb comes last."""
    if language != "de" or not _TO_PLANT_DE.search(text[max(0, n0 - 40) : n0]):
        return False
    end = text.find(" ", n0)
    return end >= 0 and _SUPPLY_VERB_AFTER_DE.match(text, end) is not None


# the partner of a contract: "ha firmato con Y un contratto per la fornitura ... alla gigafactory"
# (an article and an adjective of origin between: "con la francese Y", "avec le coréen Y", "mit dem
# schwedischen Y", "with the Swedish Y"; the look-behind is 30 characters)
_WITH_BEFORE = re.compile(
    r"\b(?:with|con|mit|avec)\s+(?:(?:the|la|il|lo|l['’]|le|el|der|die|dem|den)\s*)?(?:(?-i:[a-zà-ÿ][\w-]*|[A-Z][a-z]+(?:ish|ian|ese|an))\s+)?$", re.I)


# a relative pronoun right after a company: the clause after it is that company's
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:which|that|who|que|qui|che|die|der|das|welche[rs]?)\b", re.I)
# "own" before the plant noun: the plant is the subject's ("its own plants", "ses propres usines", "i
# propri impianti", "sus propias plantas", "seine eigenen Werke")
_OWN_BEFORE = re.compile(r"\b(?:own|propres?|propri[oaie]?|propi[oa]s?|eigene[nmrs]?)\s+(?:[\w-]+\s+){0,2}$", re.I)


# the recipient of a supply, an article or an adjective between: "to Y", "a Y", "alla francese Y",
# "à Y", "an die Y", "para Y"; per language, as "a" and "an" are English articles ("deliver a Y press
# line": Y made the press, it does not receive it) and French "a" is a verb
_TO_WORDS = {
    "en": r"\b(?:to|for)", "it": r"\b(?:a|ad|al|alla|allo|ai|agli|alle|per)", "fr": r"(?:\b(?:au|aux|pour)|(?<!\w)à)",
    "es": r"\b(?:a|al|para)", "de": r"\b(?:an|für)",
}
_TO_BEFORE = {lang: re.compile(rf"{rx}\s+(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){{0,2}}$", re.I) for lang, rx in _TO_WORDS.items()}


def _contract_partner(text, base, comps, owner, n0, lang: str | None) -> str | None:
    """The company a supplier signed with ("X ha firmato con Y un contratto per la fornitura ...
    destinate alla gigafactory di Z"), else the one it supplies between the two ("X fornirà a Y due
    linee per lo stabilimento di Z", "X livrera à Y des lignes pour son usine de Z"): the plant the
    goods go to is that customer's."""
    before = [m for m in comps if company_name(m) != owner and m.start - base < n0]
    for m in before:
        if _WITH_BEFORE.search(text, max(0, m.start - base - 30), m.start - base):
            return company_name(m)
    mine = [m.end - base for m in comps if company_name(m) == owner and m.end - base <= n0]
    to_before = _TO_BEFORE.get(lang or "en", _TO_BEFORE["en"])
    for m in reversed(before):
        if mine and m.start - base > mine[-1] and to_before.search(text, max(0, m.start - base - 30), m.start - base):
            return company_name(m)
    return None


# a pronoun opening a sentence whose verb says it will be built: "Sie soll im Chempark X entstehen",
# "Essa sorgerà a X", "It will be built in X"
_PLANT_PRONOUN = re.compile(r"^\W{0,3}(?:sie|es|it|essa|esso|elle|ella|ésta|éste)\b", re.I)
_COMES_INTO_BEING = re.compile(
    r"\b(?:entstehen|entsteht|errichtet werden|gebaut werden|sorgerà|sorgeranno|sarà (?:costruit|realizzat)[oa]|"
    r"will be (?:built|located|set up)|is (?:being )?built|sera (?:construite?|implantée?)|verra le jour|"
    r"se (?:construirá|levantará|ubicará))\b", re.I)


def _plant_pronoun(text: str, prev_text: str, lex) -> tuple[int, int] | None:
    """The span of a pronoun that stands for a plant the sentence before named with a weak word
    only ("... in die erste Anlage fließen. Sie soll im Chempark X entstehen."): the pronoun is the
    plant noun of this sentence."""
    m = _PLANT_PRONOUN.match(text)
    if m is None or not _COMES_INTO_BEING.search(text) or not lex.facility["weak_nouns"].search(prev_text):
        return None
    return m.span()


def _place_again(story: list[_Cand], ms, weak_rx, text: str) -> _Cand | None:
    """The latest plant of the story whose place the sentence names again, in a sentence that names
    no company but the plant's owner (and at most two places); or, with a weak plant word ("Anlage",
    "site"), whose owner is the one company the sentence names."""
    places = [m for m in ms if m.label == "PLACE"]
    names = {company_name(m) for m in ms if m.label == "COMPANY" and company_name(m)}
    if len(places) > 2 or len(names) > 1:
        return None
    weak = not places and len(names) == 1 and weak_rx.search(text) is not None
    if not (places or weak):
        return None
    for c in reversed(story):
        if not (c.location and c.owner and names <= {c.owner}):
            continue
        if weak or any(m.text[:1].casefold() == c.location[:1].casefold() and _same_place(m.text, c.location) for m in places):
            return c
    return None


def _story_names_plant(doc: Document, story: int, lex, ctx, memo: dict) -> bool:
    """Whether a sentence of the story names a plant with a plant noun (``memo``: per story)."""
    if story not in memo:
        rxs = [lex.facility["nouns"], ctx.cue["extra_nouns"]]
        memo[story] = any(rx.search(doc.text[s.start : s.end]) for s in doc.sentences if s.story == story for rx in rxs)
    return memo[story]


def _sole_owner(cands: list[_Cand], c: _Cand) -> str | None:
    """The owner of a plant no sentence gives one to ("Il cantiere della raffineria di Höchst ...")
    when every plant the story named before it has one and the same owner: a story about one
    company's plants. None when they have several owners, or there is none before."""
    owners = {x.owner for x in cands if x is not c and x.story == c.story and x.first <= c.first and x.owner}
    return owners.pop() if len(owners) == 1 else None


def _fold_unplaced(cands: list[_Cand], text: str, new_plant) -> list[_Cand]:
    """The candidates less the place-less ones whose facts belong to a plant named before: a plant
    of an owner with no place ("the first green steel plant in Europe, which X has been building
    since 2022, will make 2.5 Mt a year") in a story that placed exactly one plant of that owner
    before it ("X is building a steel plant in Boden") is that plant; its capacity, money and product
    go there. Not when the story placed the owner's plants in several places, when the place-less
    one is "a second plant", or when both give different capacities."""
    out = []
    for c in cands:
        if c.location is None and c.owner and (c.capacity or c.investment) and not new_plant.search(text, c.start, c.end):
            before = [x for x in cands if x is not c and x.story == c.story and x.owner == c.owner
                      and x.location and x.first <= c.first]
            target = before[-1] if before else None
            if target is not None and all(_same_place(x.location, target.location) for x in before) \
                    and (c.capacity is None or target.capacity in (None, c.capacity)):
                target.capacity = target.capacity or c.capacity
                target.investment = target.investment or c.investment
                target.product = target.product or c.product
                continue
        out.append(c)
    return out


def _named_place_plant(story: list[_Cand], cand: _Cand, comps, other) -> _Cand | None:
    """The story's latest plant with an owner at the place a company-less plant sentence names
    ("The Ashby factory is designed for 33 GWh", "L'impianto di Cortona, da 30.000 tonnellate
    l'anno, ...", "Das Werk in Kolkwitz soll ..."): that plant, not the subject of the sentence
    before; of several plants there, the one of that subject. None when the sentence names a
    company, a new plant ("a second plant in ...") or a possessive one ("its plant in X": the
    subject's)."""
    if cand.location is None or comps or other:
        return None
    there = [c for c in reversed(story) if c.owner and c.location and _same_place(c.location, cand.location)]
    return next((c for c in there if c.owner == cand.owner), there[0] if there else None)


def _copy(c: _Cand, **kw) -> _Cand:
    d = {f: getattr(c, f) for f in c.__dataclass_fields__}
    d.update(kw)
    return _Cand(**d)


def _noun_gate(doc: Document, lex, cue) -> list[bool]:
    """Per sentence: False only where none of the plant nouns of ``lex`` (strong, weak, the cues'
    extra ones) can match, by the literals every match holds, asked of the page once and then of each
    sentence only about those the page holds; there ``_facility_noun`` is ``_equipment`` alone."""
    from ..scan.sentences import may_hold_any
    from ..scan.page_words import page_lower

    rxs = [lex.facility["nouns"], lex.facility["weak_nouns"]] + ([cue["extra_nouns"]] if cue and cue["extra_nouns"] else [])
    return may_hold_any(rxs, doc.text, page_lower(doc.text), [(s.start, s.end) for s in doc.sentences])


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    raw = text[s:e]
    return s + (len(raw) - len(raw.lstrip())), e - (len(raw) - len(raw.rstrip()))


_COORD = re.compile(
    r"\s*(?:\([^)]{0,40}\))?\s*(?:(?:,\s*)?(?:and|und|sowie|et|e|ed|y|as well as)\s+"
    r"(?:(?:in der|in|en|à|a|ad|bei|nel|im|di|de)\s+(?:[a-zäöü]+(?:ischen|schen)\s+)?)?|,\s*(?:(?:in|en|à|a|bei|nel)\s+)?)",
    re.I,
)
def _sole_company(ctx, i: int) -> bool:
    """Whether the sentence before ``i`` in its story names no company but the context owner of ``i``."""
    if i == 0 or ctx.doc.sentences[i - 1].story != ctx.doc.sentences[i].story:
        return True
    owner = ctx.context_owner(i)
    return all(company_name(m) == owner for m in ctx.companies(i - 1))


# the plain links of a list of places ("A and B", "A, B", "A et à B"): no aside, no adjective of origin
_COORD_PLAIN = re.compile(
    r"\s*(?:\([^)]{0,40}\))?\s*(?:(?:,\s*)?(?:and|und|sowie|et|e|ed|y|as well as)\s+(?:(?:in der|in|en|à|a|bei|nel)\s+)?|,\s*(?:(?:in|en|à|a|bei|nel)\s+)?)",
    re.I,
)


def _plain_coord(text: str, pos: int, end: int) -> bool:
    m = _COORD_PLAIN.match(text, pos)
    return m is not None and m.end() == end


# a country or region set off after a city, then a conjunction: "Marlowe, Germany, and", "à Marlowe,
# en Allemagne, et", "a Marlowe, in Germania, e", "en Marlowe, en Alemania, y", "in Marlowe in
# Deutschland und"
_ASIDE_AND = re.compile(
    r"\s*(?:,\s*(?:(?:in|en|nel|nella|im|in der|au|aux|dans l[ae]|dans les)\s+)?|\s+(?:in|im|in der)\s+)"
    r"(?P<area>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})\s*,?\s*(?=(?:and|und|sowie|et|e|ed|y|as well as)\s)")


def _aside_before_and(text: str, base: int, ms, pos: int) -> int | None:
    """Where a country or region that qualifies the city ending at ``pos`` ends, when a conjunction
    follows it; else None."""
    m = _ASIDE_AND.match(text, pos)
    if m is None:
        return None
    s, e = m.span("area")
    known = any(p.label == "PLACE" and p.start - base == s and p.end - base == e
                and (p.attrs.get("kind") or _place_kind(p.text)) in ("country", "region") for p in ms)
    return m.end() if known else None


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
