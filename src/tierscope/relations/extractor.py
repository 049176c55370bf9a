"""``RelationExtractor``: typed, directed links between two companies named in one sentence."""

from __future__ import annotations

import re
from itertools import combinations

from ..doc import SYMMETRIC_TYPES, Document, Evidence, Mention, Relation, Sentence
from ..errors import ContractError
from . import engine, guards
from .engine import company_name
from .evidence_names import sentence_evidence
from .frames.supply import UNDIRECTED
from .frames.deals import PREDICATE_LEAD
from .refused_ends import end_refused
from .relative_ends import ends_only_in_relatives
from .gapping import Gapped, split_gapped
from .headline_status import headline_supply_status
from .headline_leads import headlines_led
from .running_ties import running_ties_first
from .ties import by_tie
from .supply_ends import supply_ends_next
from .denied_deals import drop_denied_partnerships
from .later_denials import deny_before, deny_later
from .sold_owners import owners_sold
from .described_denials import deny_described, deny_in_headline
from .venture_exits import ventures_left
from .denial_parties import speaking_for
from .present_ties import present_partnership
from .customer_partners import customers_after
from .contract_supply import contract_supplier
from .inverted_subjects import turn_inverted
from .entrusted_passives import apply_entrusted
from .anaphoric_sellers import anaphoric_sellers
from .venture_relatives import stakes_in_ventures
from .buyers import buyers_named_after
from .revealed_parties import revealed_parties
from .goods_from import goods_from
from .with_goods import with_goods
from .output_to import output_taken, output_to
from .groups import BUYS_BEFORE, MAKER_GOODS_COMPOUND, ORDER_COMPOUND, SUPPLIER_COMPOUND
from .purchasing_offices import purchasing_office
from .belonging_relatives import belonging_joined
from .owner_named_units import units_for_owners
from .own_capital import own_capital_stakes
from .described_trades import page_trades
from .known_roles import brand_owner, carmakers_brand, known_direction, known_parent, page_trade, reading_names, reading_trades, related_partners
from .members import listed_members
from .consortia import consortium_ties
from .passive_customers import passive_customers
from .plant_works import plant_works
from .speaker_agents import speaker_is_agent
from .scrap_flow import scrap_direction
from .part_makers import part_makers
from .lone_contracts import lone_contracts
from .lone_partnerships import lone_partnerships
from .lone_deals import lone_deals
from .bullet_lists import bullet_lists
from .role_lists import role_lists
from .lone_customers import lone_customers
from .lone_suppliers import lone_suppliers
from .deal_contents import deal_contents
from .lone_makers import lone_makers
from .interview_clitics import interview_clitics
from .interview_talks import interview_talks
from .apposed_units import apposed_units
from .capital_holders import capital_holders
from .family_vehicles import family_vehicles
from .chain_supply import chain_supply
from .parent_after import parents_after
from .bought_units import control_stated, purchase_of_unit
from .offtakers import offtakers_after
from .remaining_shares import remaining_shares
from .named_ventures import named_ventures
from .known_ventures import known_venture_parents
from .pairs import paired_partners
from .trigger_gate import search_orders
from .owner_parties import drop_non_parties
from .plant_names import named_as_plant
from .peer_units import named_as_peers
from ..scan.prefilter import _gate
from ..scan.sentence_scan import new_page, scan_of
from .rounds import round_investors
from .venture_partner import unnamed_parent_ventures
from .customer_companions import customer_companions
from .replaced_at import replaced_at
from .tied_contracts import tied_contracts
from .deal_relatives import deal_relatives
from .fitted_makers import fitted_makers
from .apposed_customer import apposed_customer
from .fitted_goods import fitted_goods
from .goods_names import drop_goods_names
from .second_sources import second_sources
from .list_after_asides import listed_after_asides
from .teasers import drop_teasers
from .venture_parents import drop_parent_supplies, parents_not_third_parties
from .venture_selves import drop_self_ventures
from .sold_through_units import supplies_through_units
from .sold_units import drop_sold_units
from .unit_owners import drop_unit_owners
from .unit_through import units_through
from .owner_chains import owners_up_the_chain
from .unit_described_parents import units_of_described_parents
from .owner_appositions import supplies_of_apposed_units
from .clitic_subjects import turn_clitic_subjects
from .relative_roles import supplies_by_relative_roles
from .unit_references import supplies_of_referred_units, unit_reference_owners
from .brand_parties import drop_brand_parties
from .second_tier import drop_second_tier
from .parallel_parties import drop_parallel_parties
from .unit_parties import units_for_groups
from .place_parties import owners_for_places
from .sold_goods import drop_makers_of_sold_goods
from .passing_names import drop_passing_names
from .headline_items import drop_cross_items
from .cell_materials import materials_to_cell_makers
from .fellow_holders import drop_fellow_holders
from .possessed_lists import drop_list_possessors
from .bought_output import output_bought
from .inverter_goods import drop_inverter_stakes
from .talks_partners import drop_talks_partners
from .venture_alliances import drop_venture_alliances
from .no_venture_partners import partners_without_venture
from .participle_buyers import drop_participle_buyers
from .power_seller import power_seller
from .headline_names import drop_coarse_headlines, is_headline
from .co_suppliers import drop_alongside, drop_co_suppliers, drop_listed_customers
from .unit_nouns import owner_besides, units_by_noun
from .capital_relatives import capital_relatives
from .co_stakeholders import co_stakeholders
from .paid_stakes import paid_stakes
from .owner_first import owner_first
from .owned_purchases import purchase_beside_ownership
from .venture_stakes import drop_venture_stakes, ventures_named
from .known_venture_stakes import drop_founder_stakes
from .called_units import called_unit
from .relative_goods import relative_goods
from .described_ventures import venture_blocks
from .pair_clauses import pair_clause_partners
from .split_holders import split_holders
from .stake_relatives import bare_minorities, stake_relatives
from .de_owned_attributes import de_owned_attributes, embedded_owners
from .shareholder_relatives import shareholder_relatives
from .pronoun_stakes import pronoun_stakes
from .pronoun_partners import pronoun_partners
from .partner_relatives import partner_relatives
from .possessive_holders import listed_holders, possessive_holders
from .venture_name_relatives import venture_name_relatives
from .fronted_ventures import fronted_ventures
from .frames.talks import _purpose

__all__ = ["RelationExtractor", "sentence_index", "company_name"]

# (``_gate``: a lookahead on the first characters lets the engine skip most positions; same matches)
_PAST = re.compile(_gate(
    r"\b(?:took|taken|has taken|sold|(?<!verrà )(?<!sarà )(?<!verranno )(?<!saranno )(?<!essere )(?:vendut[oaie]|cedut[oaie])|verkauft|veräußert|vendu|cédé|vendió|acquired|bought|purchased|took over|taken over|invested|poured|pumped|injected|ploughed|plowed|raised|secured|closed|completed|"
    r"acquisit[oaie]|acquistat[oaie]|rilevat[oaie]|comprat[oaie]|investito|raccolto|assunto|sottoscritto|entrat[oaie]|inglobat[oa]|incorporat[oa]|übernommen|gekauft|erworben|investiert|übernahm|übernahmen|kaufte|kauften|erwarb|erwarben|verkaufte|verkauften|veräußerte|veräußerten|stieg\Z|stiegen\Z|eingestiegen|gab\Z|gaben\Z|abgegeben|sicherte sich|sicherten sich|verschaffte sich|"
    r"rachet[ée]e?s?|(?<!sera )(?<!seront )(?<!être )(?:vendue?s?|cédée?s?)|acquis|acquise|acquises|investi|levé|pris|prise|repris|reprise|preso|presa|tomó|tomado|adquirió|compró|invirtió|inyectó|inyectado|adquirid[ao]s?|comprad[ao]s?|invertido|recaudó|"
    r"ha (?:acquisito|rilevato|comprato)|hat (?:übernommen|gekauft)|a (?:racheté|acquis)|ha (?:adquirido|comprado)"
    # a perfect of taking in or entering a company's capital: "qui a absorbé Y", "est entré au capital de Y",
    # "ha assorbito Y", "absorbió a Y", "absorbed Y"
    r"|(?:a|ont|avait|avaient) (?:déjà )?absorbée?s?|(?:est|sont|était|étaient) (?:déjà )?entrée?s?|ha (?:già )?assorbit[oaie]|absorbió|absorbed"
    # a participle of absorbing alone, as "rachetée" or "acquisita" ("Y, absorbée en 2019 par X", "Y, assorbita da X",
    # "Y, absorbida por X"), and German "geschluckt", "einverleibt": past, unless a future stands before it
    r"|(?<!sera )(?<!seront )(?<!être )(?<!sarà )(?<!saranno )(?<!essere )(?<!será )(?<!serán )(?<!ser )(?:absorbée?s?|assorbit[oaie]|absorbid[ao]s?)|geschluckt|einverleibt|verleibten? sich)\b"),
    re.IGNORECASE,
)
# German words that are both the present and the participle ("X verkauft Y" / "X hat Y verkauft"):
# past only with an auxiliary before them
_DE_PRESENT_TOO = frozenset({"verkauft", "veräußert", "investiert"})
_DE_AUX = re.compile(r"\b(?:hat|haben|hatte|hatten|wurde|wurden|worden|ist|sind|war|waren)\b", re.I)
# a German participle before the infinitive of the passive: "gekauft werden", "übernommen werden sollen"
_DE_TO_BE = re.compile(r"\s+werden\b", re.I)
# frames of a standing tie named by a noun ("is not a shareholder of Y", "ist keine Tochter von Y"): a
# negation states no tie, which is dropped (so do talks said not to be held: "is not in talks with Y");
# a negated deal ("will Y nicht übernehmen") is denied
_STANDING_FRAMES = frozenset({"SUPPLIER_N", "OWN_PR", "OWN_CR", "JOINT_OWNERS", "JOINT_HOLDERS", "TALKS"})
#: relation types of trade and cooperation, where a marque stands for its group
_DEAL_TYPES = frozenset({"supplies", "partners_with", "joint_venture"})
_DEFAULT = {"ACQ": "announced", "SELL": "announced", "INV": "announced", "RAISE": "active", "SYM": "announced"}


def _denial_governs(lex, text: str, t0: int) -> bool:
    """A denial right before the verb in its own stretch ("denied that it controls Y", "nega di
    controllare Y"): the denial is of the holding itself, not of a deal told around it."""
    near = text[max(0, t0 - 40) : t0]
    cut = max(near.rfind(","), near.rfind(";"))
    return lex.status["denied"].search(near[cut + 1 :]) is not None


def sentence_index(doc: Document) -> list[list[Mention]]:
    """Mentions per sentence; a mention without ``sentence`` is placed by its offsets."""
    per: list[list[Mention]] = [[] for _ in doc.sentences]
    starts = [s.start for s in doc.sentences]
    for m in doc.mentions:
        i = m.sentence
        if not (0 <= i < len(doc.sentences)):
            i = _locate(starts, doc.sentences, m.start)
            if i < 0:
                continue
        per[i].append(m)
    for ms in per:
        ms.sort(key=lambda m: (m.start, -m.end))
    return per


#: German personal pronouns in the dative or accusative ("uns", "ihm", "ihnen", "mir", "mich", "ihn"): a
#: company referred back to by one of them is an object of its clause
_DE_OBJECT_PRONOUN = re.compile(r"(?:uns|ihm|ihnen|mir|mich|ihn)", re.IGNORECASE)


def _locate(starts: list[int], sentences: list[Sentence], pos: int) -> int:
    import bisect

    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return i
    return -1


def _with_holders(results: list, holders: list, fellow_types: tuple[str, ...]) -> tuple[list, list]:
    """``results`` with the holders' stakes read by another reader: the stakes the holders tell again
    and the ties of ``fellow_types`` between two holders of one list go; each holder's stake comes in
    where no owns or acquires tie holds the pair already. Returns (results, holders added)."""
    if not holders:
        return results, []
    told = {(f.source, f.target) for f in holders}
    fellows = {frozenset((a.source, b.source)) for a in holders for b in holders
               if a.source != b.source and a.target == b.target and a.trigger == b.trigger}
    results = [f for f in results if not (f.type == "invests_in" and (f.source, f.target) in told)
               and not (f.type in fellow_types and frozenset((f.source, f.target)) in fellows)]
    owned = {frozenset((f.source, f.target)) for f in results if f.type in ("owns", "acquires")}
    added = [f for f in holders if frozenset((f.source, f.target)) not in owned]
    return results + added, added


class RelationExtractor:
    """Finds ``supplies``, ``partners_with``, ``joint_venture``, ``invests_in``, ``acquires`` and
    ``owns`` between two different companies of one sentence, with a status per assertion."""

    name = "tierscope.relations.v1"
    requires = ("sentences", "mentions", "language")
    produces = ("relations",)

    def __init__(self, min_confidence: float = 0.3):
        self.min_confidence = min_confidence

    def warm_up(self) -> None:
        from .frames.talks import _purpose
        from ..scan.prefilter import warm_up as prefilter_warm_up
        from .products import warm_up as products_warm_up
        from .status import warm_up as status_warm_up

        products_warm_up()
        for lang in engine.languages_for(None):
            lex = engine.compiled(lang)
            _purpose(lang)
            prefilter_warm_up(lex.status)  # the literals that gate the status cues
        status_warm_up()  # the status cues' index and branch gates (relations/status.py)
        # the literals of the patterns the page-walking readers gate sentences with, worked out at
        # start-up rather than on the first page that asks (43 patterns, some 0.1 s)
        from . import lone_contracts, lone_customers, lone_makers, lone_partnerships, part_makers, role_lists, venture_partner, venture_stakes

        prefilter_warm_up([lone_makers._MORE, part_makers._PREDICATE, part_makers._PARTS, lone_customers._DELIVERIES,
                           lone_customers._TO, lone_contracts._CONTRACT, lone_partnerships._NOUN, lone_partnerships._VENTURE, role_lists._OPENER, role_lists._TAIL,
                           venture_partner._GATE, venture_stakes._BEFORE, venture_stakes._AFTER])
        # the patterns some readers compile on first use, per language (some 0.3 s that the first pages of a
        # run paid: 60-odd patterns), and the two German stake readers imported on first use
        from . import de_bare_stakes, de_stake_order, held_deals, revealed_parties, until_past_times, ventures_to_come  # noqa: F401

        for lang in engine.languages_for(None):
            if lang in revealed_parties._ROLES:
                revealed_parties._patterns(lang)
            held_deals._patterns(lang)
            ventures_to_come._patterns(lang)
            until_past_times._phrase(lang)

    def __call__(self, doc: Document) -> Document:
        if doc.sentences is None or doc.mentions is None:
            raise ContractError(f"{self.name} needs sentences and mentions")
        doc.relations = self.extract(doc)
        return doc

    # ------------------------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Relation]:
        new_page()  # (the sentence scans of the page before go: nothing is kept across pages)
        # what the page says its unknown companies make directs their ties, here and in the learned
        # admitters that read this page after the extractor (their chain feature: the same question of two
        # companies' places in the chain): kept on the page, read only while a stage reads it
        # (a known company the page names by its full name is asked of as the company: ``reading_names``)
        with reading_names(doc.full_names):
            doc.trades = page_trades(doc)
            with reading_trades(doc.trades):
                return self._extract(doc)

    def _extract(self, doc: Document) -> list[Relation]:
        langs = engine.languages_for(doc.language)
        per_sentence = sentence_index(doc)
        found: dict[int, list[tuple[engine.Found, str]]] = {}
        for i, sent in enumerate(doc.sentences):
            comps = [m for m in per_sentence[i] if m.label == "COMPANY" and company_name(m)]
            if len({company_name(m) for m in comps}) < 2:
                if comps and i > 0:
                    got = self._child_from_previous(doc, per_sentence, i, comps, langs)
                    if got:
                        found[i] = got
                continue
            items = []
            for lang in langs:
                items.extend((f, lang) for f in self._sentence(doc, sent, comps, per_sentence[i], engine.compiled(lang)))
            if items:
                found[i] = _dedupe(items)
        self._next_sentence_status(doc, per_sentence, found, langs)
        if len(langs) == 1:
            supply_ends_next(doc, per_sentence, found, langs[0])  # "Unser Vertrag ist ausgelaufen": the supply before ended
        deny_later(doc, per_sentence, found, langs)  # a party's denial further on in the story
        deny_before(doc, per_sentence, found, langs)  # a denial told before the report it answers
        deny_described(doc, per_sentence, found, langs)  # "The carmaker denied it": a party told by its description
        deny_in_headline(doc, per_sentence, found, langs)  # "Brixo denies any turn to Kestrel" over the body's report
        owners_sold(found)  # "Y, a unit of X, was bought by Z": X owns it no more
        # investors told after the sentence that names the company raising the money, companies listed
        # after the sentence that names their customer or supplier, a partnership of "the two companies"
        # named before: the evidence runs from that sentence on
        opens: dict[int, int] = {}
        if len(langs) == 1:
            for i, origin, f in [*round_investors(doc, per_sentence, langs[0]), *listed_members(doc, per_sentence, langs[0]),
                                 *paired_partners(doc, per_sentence, langs[0]), *pair_clause_partners(doc, per_sentence, langs[0]),
                                 *buyers_named_after(doc, per_sentence, langs[0]),
                                 *revealed_parties(doc, per_sentence, langs[0]),
                                 *unnamed_parent_ventures(doc, per_sentence, langs[0]),
                                 *passive_customers(doc, per_sentence, langs[0]),
                                 *plant_works(doc, per_sentence, langs[0]),
                                 *part_makers(doc, per_sentence, langs[0]),
                                 *lone_makers(doc, per_sentence, langs[0]),
                                 *interview_clitics(doc, per_sentence, langs[0]),
                                 *interview_talks(doc, per_sentence, langs[0]),
                                 *lone_customers(doc, per_sentence, langs[0]),
                                 *lone_suppliers(doc, per_sentence, langs[0]),
                                 *deal_contents(doc, per_sentence, langs[0]),
                                 *lone_contracts(doc, per_sentence, langs[0]),
                                 *lone_partnerships(doc, per_sentence, langs[0]),
                                 *lone_deals(doc, per_sentence, langs[0]),
                                 *bullet_lists(doc, per_sentence, langs[0]),
                                 *role_lists(doc, per_sentence, langs[0]),
                                 *apposed_units(doc, per_sentence, langs[0]),
                                 *capital_holders(doc, per_sentence, langs[0]),
                                 *parents_after(doc, per_sentence, langs[0]),
                                 *offtakers_after(doc, per_sentence, langs[0]),
                                 *family_vehicles(doc, per_sentence, langs[0])]:
                have = found.setdefault(i, [])
                if any((g.type, g.source, g.target) == (f.type, f.source, f.target) for g, _ in have):
                    continue
                if f.origin == "family":
                    # a holding told as the family's vehicle: the frames' reading the other way round goes
                    have[:] = [(g, l) for g, l in have if not (g.type in ("owns", "invests_in", "acquires")
                                                               and (g.source, g.target) == (f.target, f.source))]
                have.append((f, langs[0]))
                opens[id(f)] = origin
            # "Corvalis holds the remaining 25%": the rest of the capital the sentence before split
            for i, origin, f in remaining_shares(doc, per_sentence, found, langs[0]):
                found.setdefault(i, []).append((f, langs[0]))
                opens[id(f)] = origin
            # a venture of the industry named beside two of its parents (data/ventures.tsv)
            told = {frozenset((f.source, f.target)) for items in found.values() for f, _ in items
                    if f.type in ("joint_venture", "partners_with")}
            for i, f in known_venture_parents(doc, per_sentence, engine.compiled(langs[0]), told):
                found.setdefault(i, []).append((f, langs[0]))
                told.add(frozenset((f.source, f.target)))
            # the members of a story's consortium or joint project, pair by pair
            for i, origin, f in consortium_ties(doc, per_sentence, langs[0], told):
                found.setdefault(i, []).append((f, langs[0]))
                opens[id(f)] = origin
            # (the readers above add ventures too: "Im Frühjahr haben wir das Gemeinschaftsunternehmen verlassen")
            ventures_left(doc, per_sentence, found, langs[0])  # "bought out its partner": the venture is over
        out: list[Relation] = []
        chained: set[int] = set()
        # (type, source, target, evidence start) of the ties in ``out``: one set test per tie where a walk
        # over all the page's ties so far was made (speed; ``out`` only grows in this loop)
        given: set[tuple[str, str, str, int]] = set()
        for i in sorted(found):
            sent = doc.sentences[i]
            for f, _lang in found[i]:
                if f.confidence < self.min_confidence:
                    continue
                ev = _implied_evidence(doc, per_sentence[i], i, f) or sentence_evidence(doc, sent)
                if id(f) in opens:
                    first = sentence_evidence(doc, doc.sentences[opens[id(f)]])
                    ev = Evidence(text=doc.text[first.start : ev.end], start=first.start, end=ev.end)
                if related_partners(f.type, f.source, f.target):
                    continue
                # (a service runs either way along the chain of goods: "Dordrow handles freight for Ekdrow")
                # (nor a supply the interviewee tells itself as the passive's agent: "viene fornito da noi a Y")
                src, tgt = (f.source, f.target) if f.product == "services" or speaker_is_agent(
                    doc.text, per_sentence[i], f.type, f.source) else scrap_direction(f.source, f.target, ev.text) if (
                    f.type == "supplies" and f.product == "scrap") else known_direction(f.type, f.source, f.target)
                if f.type == "supplies":
                    src, tgt = power_seller(src, tgt, f.product)  # "X signed with Sarvion to supply its plant with power"
                if f.type in _DEAL_TYPES:
                    # a marque's deal is its group's ("cells for Galdrow"); its ownership is told of
                    # the company that carries the name ("Jordrow bought Tarvane")
                    src, tgt = brand_owner(src) or src, brand_owner(tgt) or tgt
                    if src == tgt:
                        continue  # "Ardvion supplies engines to Galdrow": within the group
                if f.type in SYMMETRIC_TYPES and src > tgt:
                    src, tgt = tgt, src
                if (f.type, src, tgt, ev.start) in given:
                    continue  # turned round, or lifted from a marque, onto a tie the sentence already gave
                given.add((f.type, src, tgt, ev.start))
                out.append(
                    Relation(
                        type=f.type,
                        source=src,
                        target=tgt,
                        status=f.status,
                        evidence=ev,
                        product=f.product,
                        confidence=round(f.confidence, 3),
                        component=self.name,
                    )
                )
                if f.origin == "chain":
                    chained.add(id(out[-1]))
        if chained:
            # a supply the chain directed gives way to the same tie a frame read elsewhere in the story
            # (whose status the sentence told)
            framed = {(r.type, r.source, r.target) for r in out if id(r) not in chained}
            out = [r for r in out if id(r) not in chained or (r.type, r.source, r.target) not in framed]
        owned = {frozenset((r.source, r.target)) for r in out if r.type in ("owns", "acquires", "invests_in")}
        # (a partner sorted first is no owner; nor is a minority investor: "Ardvion will take 9.9% of
        # Melvane" leaves Korvane its owner)
        ties = {(r.source, r.target) for r in out if r.type in ("owns", "acquires")}
        units = self._known_units(doc, per_sentence, owned, ties)
        out.extend(units)
        owned.update(frozenset((r.source, r.target)) for r in units)
        for parent, unit, i in units_by_noun(doc, per_sentence, owned, ties):
            out.append(Relation(type="owns", source=parent, target=unit, status="active", evidence=sentence_evidence(doc, doc.sentences[i]),
                                product=None, confidence=0.5, component=self.name))
        owned.update(frozenset((r.source, r.target)) for r in out if r.type in ("owns", "acquires", "invests_in"))
        out.extend(unit_reference_owners(doc, owned, self.name))  # "La filial del grupo Y" = the unit named before
        out.extend(self._purchases_beside_ownership(doc, per_sentence, out))
        out = drop_goods_names(out, doc)  # "Wafer und Substrate liefern ...": goods, no company
        out = drop_non_parties(out, doc)  # a marque, a family, a person or a plant owns and is owned by no one
        out = drop_parent_supplies(out, doc)  # "the joint venture of X and Y supplies Z": the venture's supply
        out = parents_not_third_parties(out, doc)  # "Z, a joint venture between X and Y": Z is no parent
        out = drop_self_ventures(out, doc)  # "Z, its joint venture with Y": Z is the venture, not Y's partner
        out = drop_sold_units(out, doc)  # "bought the subsidiary of S": S sells, it neither buys nor is bought
        out = supplies_of_referred_units(out, doc)  # "La filial del grupo Y suministrará": the unit's supply
        out = drop_unit_owners(out, doc)  # "the subsidiary of P supplies C": the unit's supply, not P's
        out = supplies_of_apposed_units(out, doc)  # "Y, propiedad del grupo P, encarga": Y's order, not P's
        out = units_through(out, doc, self.name)  # "P, through its subsidiary U, ...": P owns U, U the party
        out = supplies_through_units(out, doc)  # "P sells cells through U, its unit": U's sale, U no customer
        out = owners_up_the_chain(out, doc, self.name)  # "A belongs to B, the holding of G": G owns B, not A
        out = units_of_described_parents(out, doc, self.name)  # "U, filiale du groupe suédois": U's parent owns it
        out = turn_clitic_subjects(out, doc)  # "ce le fornisce Y", "nos las vende Y": Y is the supplier
        out = supplies_by_relative_roles(out, doc)  # "Y, que es nuestro proveedor": Y supplies the speaker
        out = units_for_groups(out, doc)  # "a customer of the company": the group's unit the page is about
        out = drop_brand_parties(out, doc)  # "gli autobus a marchio Menarini": a brand is no customer
        out = drop_second_tier(out, doc)  # "chips from Y in inverters that in turn go to Z": Y is no supplier of Z
        out = drop_parallel_parties(out, doc)  # "contracts with X and with Y": peers of one role, no supply X-Y
        out = owners_for_places(out, doc)  # "Brivane's Tarrow cell factory": the town is no customer
        out = drop_makers_of_sold_goods(out, doc)  # "sells Nordia cars": the maker is no customer
        out = drop_passing_names(out, doc)  # "in the former Velvion plant", "groups from Vesvane to Dalvane": no supply
        out = drop_cross_items(out, doc)  # "Brixo verkauft Korvan, Norvik wechselt den Lieferanten": one item each
        out = materials_to_cell_makers(out, doc)  # "cathode for the cells comes from Y": Y supplies the cells' maker
        out = drop_fellow_holders(out, doc)  # "Z, controlled by X and with Y as shareholder": no X-Y stake
        out = drop_list_possessors(out, doc)  # "X, Y and Z's unit U": Z owns U, not X nor Y
        out = output_bought(out, doc)  # "X will buy most of Y's output": Y supplies X, X buys no Y
        out = drop_inverter_stakes(out, doc)  # "suministra inversores": Spanish inverters, no investors
        out = drop_talks_partners(out, doc)  # "in talks with Y for a stake in Z": no stake in Y
        out = drop_participle_buyers(out, doc)  # "took control of Q after buying out S": Q buys no S
        out = drop_coarse_headlines(out, doc.text)  # the headline's "Renvane" yields to the body's "Renvane Energy"
        out = drop_co_suppliers(out)  # "buys cells from X and Y": two suppliers of one customer
        out = drop_alongside(out, doc)  # "Y as second supplier alongside X": X supplies too
        out = drop_listed_customers(out, doc)  # "its customers include X ... and Y": no supply X-Y
        out = listed_after_asides(out, doc, per_sentence)  # "to Y, which fits them to its vans, and to Z": Z too
        if len(langs) == 1:
            out = headlines_led(out, doc, per_sentence, engine.compiled(langs[0]))  # a headline's tie: the lead's status
        out = drop_founder_stakes(drop_venture_stakes(out, ventures_named(doc)), doc)  # a listed venture's founders: partners
        out = _headlines_yield(drop_teasers(out, doc.text), doc.text)
        if len(langs) == 1:
            out = running_ties_first(out, langs[0])  # "already supplies" outweighs the page's new deal of the pair
        out = partners_without_venture(out)  # "A and B formed no joint company" beside their cooperation: partners
        out = drop_venture_alliances(out)  # "X y Y se alían" over their joint venture: the venture, told again
        return drop_denied_partnerships(out)  # "no agreement with Y" beside a reported supply: that supply's denial

    def _purchases_beside_ownership(self, doc: Document, per_sentence, out: list[Relation]) -> list[Relation]:
        """An ownership read in a sentence whose relative or participle tells the owner bought the company
        ("Y is a subsidiary of X, which bought it in 2019"): X's acquisition of Y too, and the ended
        ownership of a seller named in that clause ("which bought it from Z") (owned_purchases)."""
        bought = {(r.source, r.target) for r in out if r.type == "acquires"}
        starts = [s.start for s in doc.sentences]
        extra = []
        for r in out:
            if r.type != "owns" or r.status != "active" or (r.source, r.target) in bought:
                continue
            i = _locate(starts, doc.sentences, r.evidence.start)
            if i < 0 or r.evidence.end > doc.sentences[i].end:
                continue  # (evidence over several sentences: the tie was read across them)
            sent = doc.sentences[i]
            spans = sorted((m.start - sent.start, m.end - sent.start, company_name(m)) for m in per_sentence[i]
                           if m.label == "COMPANY" and company_name(m))
            text = doc.text[sent.start : sent.end]
            sellers = next((got for lang in engine.languages_for(doc.language)
                            if (got := purchase_beside_ownership(text, spans, r.source, r.target, lang)) is not None), None)
            if sellers is None:
                continue
            bought.add((r.source, r.target))
            conf = round(min(r.confidence, 0.6), 3)
            extra.append(Relation(type="acquires", source=r.source, target=r.target, status="active", evidence=r.evidence,
                                  product=None, confidence=conf, component=self.name))
            for seller in sellers:
                # "which bought it from Z in 2019": Z owned it until the sale (the guidelines: the seller's
                # owns is ended once the sale is done)
                if not any(o.source == seller and o.target == r.target and o.type in ("owns", "invests_in") for o in out + extra):
                    extra.append(Relation(type="owns", source=seller, target=r.target, status="ended", evidence=r.evidence,
                                          product=None, confidence=conf, component=self.name))
        return extra

    def _known_units(self, doc: Document, per_sentence, have: set[frozenset[str]], told: set[tuple[str, str]]) -> list[Relation]:
        """A unit and its gazetteer parent named in one sentence: the parent's ownership, with that
        sentence as evidence. Pages that name a unit and its parent state the tie 222 times in 252 in
        the dev, golden and demo gold; the frames read it only where the sentence says it their way.
        ``have``: the pairs an ownership was read for; ``told``: (owner, owned) pairs of the story's ties."""
        named = dict.fromkeys(company_name(m) for ms in per_sentence for m in ms  # (in text order)
                              if m.label == "COMPANY" and company_name(m) and m.source != "coref")
        names_in: list[set[str]] | None = None  # each sentence's company names, when a pair needs them
        extra = []
        for unit in named:
            parent = known_parent(unit)
            if parent is None or parent not in named or frozenset((parent, unit)) in have:
                continue
            unit_ms = [m for ms in per_sentence for m in ms if m.label == "COMPANY" and company_name(m) == unit]
            if carmakers_brand(parent, unit) and not called_unit(doc.text, unit_ms):
                continue  # (a carmaker's marques named beside it are brands, not units: "Ardvion, Galdrow, Tarvane")
            if owner_besides(unit, parent, told, among=named):
                continue  # another owner or buyer of the unit is told: the page is about a change of hands
            if _called_affiliate(doc.text, unit_ms):
                continue  # "Y, the parts affiliate of X", "its affiliate Y": the page says it is no unit
            if named_as_plant(doc.text, unit_ms):
                continue  # "the Ekdrow Ett plant": the site, not a company of the story
            if named_as_peers(doc.text, *([m for ms in per_sentence for m in ms if m.label == "COMPANY" and m.source != "coref"
                                           and company_name(m) == name] for name in (unit, parent))):
                continue  # "Halden Chem and Halden Cells, which together invested": a list of peers, no tie told
            if names_in is None:
                names_in = [{company_name(m) for m in ms if m.label == "COMPANY"} for ms in per_sentence]
            both = next((i for i, names in enumerate(names_in) if names >= {unit, parent}), None)
            if both is None:
                continue
            bought = self._unit_bought(doc, per_sentence, names_in, unit, parent)
            if bought is not None:
                # "its takeover of Y", "Y, absorbida por X en 2024": the parent's purchase, labelled as such
                # (bought_units). Where the sentence states the control too ("controlled by X, which bought
                # it"), the ownership stays and _purchases_beside_ownership adds the purchase and its seller.
                extra.append(bought)
                continue
            sent = doc.sentences[both]
            # "ha completato la cessione a Z della controllata Y": the unit sold, its parent owns it no more
            status = "ended" if any(engine.unit_sold(engine.compiled(lang), doc.text, _before_unit_noun(doc.text, m.start))
                                    for m in per_sentence[both] if m.label == "COMPANY" and company_name(m) == unit
                                    for lang in engine.languages_for(doc.language)) else "active"
            extra.append(Relation(type="owns", source=parent, target=unit, status=status,
                                  evidence=sentence_evidence(doc, sent), product=None, confidence=0.5, component=self.name))
        return extra

    def _unit_bought(self, doc: Document, per_sentence, names_in, unit: str, parent: str) -> Relation | None:
        """The first sentence naming a known unit and its parent that tells the parent's purchase of it:
        the ``acquires``, its status from the sentence's cues (a done deal by default); None where that
        sentence states the control as well, or its cues drop the tie."""
        for i, names in enumerate(names_in):
            if not names >= {unit, parent}:
                continue
            sent = doc.sentences[i]
            text = doc.text[sent.start : sent.end]
            spans = sorted((m.start - sent.start, m.end - sent.start, company_name(m)) for m in per_sentence[i]
                           if m.label == "COMPANY" and company_name(m) and not m.attrs.get("implied"))
            for lang in engine.languages_for(doc.language):
                word = purchase_of_unit(lang, text, spans, unit, parent)
                if word is None:
                    continue
                party_spans = [(s, e) for s, e, n in spans if n in (unit, parent)]
                status, _ = engine.status_for(engine.compiled(lang), text, word[0], word[1], "active", party_spans, refusable=True)
                if status is None:
                    return None
                if control_stated(lang, text):
                    return None
                return Relation(type="acquires", source=parent, target=unit, status=status, evidence=sentence_evidence(doc, sent),
                                product=None, confidence=0.5, component=self.name)
        return None

    def _sentence(self, doc, sent, comps, all_mentions, lex) -> list[engine.Found]:
        text = doc.text[sent.start : sent.end]
        base = sent.start
        spans = []
        coref_names = set()
        for m in comps:
            if lex.compound_modifier and _modifier_only(doc.text, m, comps, lex.owner_compound):
                continue  # "von der Solvane-Tochter", "ein Quorvion-Sprecher": the compound names something else
            if company_name(m).isdigit():
                continue  # a bare number ("in 2006") names no company, whatever tagged it
            # (a company the gazetteer and its name say nothing of: what the page says it makes)
            sectors = list(m.attrs.get("sectors") or []) or list(page_trade(company_name(m)))
            spans.append((m.start - base, m.end - base, company_name(m), sectors))
            if m.source == "coref":
                coref_names.add(company_name(m))
        spans.sort(key=lambda x: (x[0], -x[1]))
        name_spans = [(s, e, n) for s, e, n, _ in spans]  # without the sectors, as the stake readers take them
        # an implied subject is zero-width, right before its verb: it blocks no trigger
        implied = {m.start - base for m in comps if m.attrs.get("implied")}
        blocked = [(m.start - base, m.end - base) for m in all_mentions
                   if m.label in ("COMPANY", "PERSON", "PLACE") and not m.attrs.get("implied")]
        blocked_jv = venture_blocks(doc.text, all_mentions, base)
        groups = split_gapped(text, engine.build_groups(text, spans, lex))
        matches = []
        prods: list | None = None
        scan = scan_of(text)  # (its lower-cased text and four-character pieces, shared with the status cues)
        triggers = lex.triggers
        # (the triggers with a prefix in the sentence and, unless its case folding is odd, one of the
        # literals every match holds: trigger_gate, from the sentence's four-character pieces)
        for order in search_orders(lex, scan):
            rx, trig = triggers[order]
            if trig.get("needs_product"):
                if prods is None:
                    prods = engine.products_outside(text, blocked)
                if not prods and not (lex.compound_modifier and "-" in text and MAKER_GOODS_COMPOUND.search(text)):
                    continue  # no product named: the trigger could not fire, skip its search
            # (described_ventures: "dem Brennstoffzellen-Gemeinschaftsunternehmen, das A mit B betreibt")
            if trig.get("investors_after"):
                matches.extend((order, m, trig) for m in _relative_unblocked(rx, text, blocked))
                continue
            matches.extend((order, m, trig) for m in _unblocked(rx, text, blocked_jv if trig["type"] == "joint_venture" else blocked))
        if not matches:
            found = stake_relatives(text, name_spans, lex.lang)
            found += named_ventures(text, spans, lex.lang, lex)
            found += capital_relatives(text, name_spans, lex.lang)
            found += shareholder_relatives(text, name_spans, lex.lang)  # "Y, of which X is the largest shareholder"
            found += pronoun_stakes(text, name_spans, lex.lang)  # "..., and X took a 10% stake in it"
            found += fronted_ventures(text, name_spans, lex.lang)  # "Avec Y, X construit une usine"
            found += partner_relatives(lex, text, name_spans)  # "Y, con cui X ha avviato un programma congiunto"
            among = possessive_holders(lex, text, name_spans)  # "Y ..., mentre X figura tra i suoi soci"
            found += among
            found += listed_holders(lex, text, groups)  # "Y conta tra i suoi soci A e B"
            found += paid_stakes(text, name_spans, lex.lang)
            found += owner_first(text, name_spans, lex.lang)
            found += relative_goods(text, name_spans, lex.lang)
            found += fitted_goods(text, spans, lex)
            found += customer_companions(text, spans, lex)[0]
            found += replaced_at(text, spans, lex)
            found += tied_contracts(text, spans, lex, found)  # "le contrat qui le liait à Y"
            found += deal_relatives(text, spans, lex, found)  # "Y, con la quale X ha firmato un accordo"
            found += fitted_makers(text, spans, lex, found)  # "X, qui monte les cellules de Y"
            found += apposed_customer(text, spans, lex)
            bare = bare_minorities(text, name_spans, lex.lang)
            found += de_owned_attributes(text, name_spans) if lex.lang == "de" else []  # "die zu X gehörende Y"
            found += bare + goods_from(text, spans, lex) + with_goods(text, spans, lex) + output_to(text, spans, lex) + output_taken(text, spans, lex)
            found = apply_entrusted(text, spans, lex, found)  # "affidata a X da Y": X supplies Y
            found = stakes_in_ventures(text, spans, found)
            return guards.apply(text, spans, found, frozenset(id(f) for f in bare + among)) if found else []
        places = [(m.start - base, m.end - base) for m in all_mentions if m.label == "PLACE"]
        engine.assign_markers(text, groups, lex, sorted({m.end() for _, m, _ in matches}), places)
        only_supply = all(trig["type"] == "supplies" for _, _, trig in matches)
        for g in groups:
            if g.start == g.end and g.start in implied:
                g.marker = None  # "En diciembre [X] se adjudicó": the preposition governs the date
            elif lex.lang == "de" and g.marker is None and only_supply and _DE_OBJECT_PRONOUN.fullmatch(text, g.start, g.end):
                # "Die Anlagen hat uns Velvane geliefert", "Seit 2022 liefert ihm X die Zellen": a German
                # object pronoun is never the subject. Marking it keeps it out of the supplier's slot, so the
                # wrong direction is no longer read; the right one (Velvane supplies the speaker's company) is
                # not read yet either. (A sentence that also tells a stake or another deal is left to its readers.)
                g.marker, g.marker_start = "für", g.start
        used: list[tuple[int, int]] = []
        results: list[engine.Found] = []
        gapped: set[int] = set()
        unresolved: list = []
        for _order, m, trig in sorted(matches, key=lambda x: (x[0], x[1].start())):
            if any(s < m.end() and m.start() < e for s, e in used) and not trig.get("investors_after"):
                # (a round's relative naming more investors, "a round led by X, in which Y took part", overlaps
                # the round's own verb that read X: it names others, so it is read too)
                continue
            if purchasing_office(lex.lang, text, m.start(), m.end()):
                continue  # "its own purchasing office", "le directeur des achats": who buys, not a purchase
            if trig.get("needs_product"):
                if prods is None:
                    prods = engine.products_outside(text, blocked)
                if not prods and not (lex.compound_modifier and "-" in text and MAKER_GOODS_COMPOUND.search(text)):
                    continue
                if trig.get("goods_between") and not _goods_before_from(text, m.end(), prods):
                    continue  # "relies on cash from Y to fund its batteries": the goods are not what it relies on
                if lex.lang == "en" and _RECEIVED.match(m.group(0)) and not any(
                        p >= m.end() and not _PREPOSITION.search(text, m.end(), p) for p, _name in prods):
                    continue  # "receiving help with its scrap": goods after a preposition are not what is received
            resolved = engine.resolve(trig["frame"], trig, m, groups, text, lex)
            if trig["type"] == "supplies" and (not resolved or resolved == [UNDIRECTED]) and not trig.get("both_named"):
                # the chain may direct it (chain_supply); not an order noun read only where it names both
                # sides ("el pedido de Y a X"): a bare "del pedido" is no news of a supply
                unresolved.append((m, trig))
            if resolved == [UNDIRECTED]:
                used.append((m.start(), m.end()))  # "X's supply agreement with Y": a deal, no direction
                continue
            if not resolved:
                if trig.get("nominal") and not trig.get("talks"):
                    # "the supply of" with no direction: not a verb either (a preposition of talks, "sur",
                    # "su", may end a verb of reliance: "compte sur Y", "fare affidamento su Y")
                    used.append((m.start(), m.end()))
                continue
            used.append((m.start(), m.end()))
            default = trig.get("status")
            if default == "announced" and trig["frame"] == "PROCURE" and _HABIT_AFTER.match(text, m.end()):
                default = None  # "orders its cells from Y", "encarga sus celdas a Y": a habit, not a new order
            if default is None:
                default = _DEFAULT.get(trig["frame"])
                past = _PAST.search(text[max(0, m.start() - 25) : m.end()])
                if past and lex.lang == "de" and past.group(0).lower() in _DE_PRESENT_TOO and not _DE_AUX.search(
                        text[max(0, m.start() - 120) : m.start()]):
                    past = None  # "X verkauft Y an Z": the present, the news of a sale (not "hat ... verkauft")
                if past and lex.lang == "de" and _DE_TO_BE.match(text, m.end()):
                    past = None  # "Y soll von X gekauft werden": a passive still to come
                if default and past:
                    default = "active"
                if (default is None and "order_verb" in lex.status and lex.status["order_verb"].fullmatch(text, m.start(), m.end())
                        and _QTY_AFTER.match(text, m.end())):
                    # "ordina 300 colonnine a Y", "ordert 300 Busse bei Y": an order of so many units, delivered later,
                    # as "orders 400 chargers" in English ("encarga sus celdas a Y", a habit, stays as it was)
                    default = "announced"
            for item in resolved:
                src_names, tgt_names, typ_override, dconf, *stated = item
                typ = typ_override or trig["type"]
                stated = stated[0] if stated else None
                party_spans = [(s, e) for s, e, n, _ in spans if n in src_names or n in tgt_names]
                status, dstat = engine.status_for(lex, text, m.start(), m.end(), "active" if stated else default, party_spans,
                                                  refusable=trig["frame"] not in _STANDING_FRAMES)
                sold = status is not None and typ in ("invests_in", "acquires") and trig["frame"] == "INV" and _sold_before(lex, text, m.start(), src_names, spans)
                if sold:
                    # "X sold its stake in Y": ended; "X is in talks to sell / agreed to sell a stake in
                    # Y": X holds it still. The seller never buys: a controlling stake sold was owned.
                    typ = "owns" if typ == "acquires" else typ
                    # ("a accepté de céder sa participation": the sale is agreed, not done, and the stake still held)
                    # ("non ha alcuna intenzione di cedere la propria partecipazione": a sale refused, the stake kept)
                    done = status == "active" and sold != _PENDING and not end_refused(lex.lang, text, 0, m.start())
                    status = "ended" if done else ("active" if status in ("active", "rumoured", "in_talks", "announced", "denied") else status)
                if typ == "owns" and trig["frame"] in ("ACQ", "SELL"):
                    # the seller's ownership: over once the deal is done, still there while it is pending
                    status = {"active": "ended", "announced": "active", "in_talks": "active", "rumoured": "active", "denied": "active"}.get(status)
                if status is None:
                    continue
                if trig.get("bare") and status == "ended":
                    # "the contract with Y ran out", "der Vertrag mit Y ist Geschichte": a deal that ended,
                    # known only as "an agreement", says nothing of what it was (a supply, mostly). (A
                    # denied one stays: "X smentisce l'accordo con Y" denies the deal that was reported.)
                    continue
                if trig.get("status") == "ended" and status != "denied":
                    status = "ended"  # "had belonged to", "a former unit of": the words say the tie is over
                if typ == "owns" and trig.get("status") == "active" and (
                    status in ("announced", "in_talks", "rumoured") or (status == "denied" and (trig["frame"] == "OWN_PR" or (
                        trig["frame"] == "OWN_CR" and not _denial_governs(lex, text, m.start()))))
                    or (status == "ended" and not engine.ended_in_clause(lex, text, m.start(), m.end()))):
                    # "its unit Y", "Bravane, controllata da Corvane" name an ownership that exists; the
                    # deal's cues (a rumour, a denial of an offer) are the deal's
                    status = "active"
                if typ == "owns" and status == "active" and trig["frame"] == "OWN_CR" and engine.unit_sold(lex, text, m.start()):
                    status = "ended"  # "a cédé sa filiale Y", "completed the sale of its subsidiary Y": sold, no longer owned
                if stated == "former" and status != "denied":
                    status = "ended"  # "die frühere Solvane-Tochter Fenvane": the frame read the tie as over
                joint_owners = typ == "joint_venture" and trig["frame"] == "JOINT_OWNERS"
                if (stated == "standing" or joint_owners) and status in ("in_talks", "rumoured", "denied"):
                    # "Halvane, the joint venture of A and B, denied ...", "X, jointly owned by A and B, is in
                    # talks ...", "X, che ha in Y il primo azionista, ha smentito": the tie exists; the
                    # sentence's news is something else
                    status = "active"
                if trig.get("handed_on"):
                    status = engine.handed_on_status(lex, text, m.start(), status)  # "cancelled Z's order and gave it to Y"
                if trig["frame"] == "RELY" and lex.lang in ("fr", "it") and status == "ended" and not engine.ended_in_clause(
                        lex, text, m.start(), m.end()) and not lex.status["ended"].search(text, m.end()):
                    status = "active"  # "X a résilié le contrat de Z et s'est tourné vers Y": the end is Z's
                if joint_owners and status == "ended" and not engine.ended_in_clause(lex, text, m.start(), m.end()):
                    status = "active"  # "X, held by A and B, has to rethink after Y ended its programme"
                if typ == "joint_venture" and stated == "standing" and status == "announced":
                    # "il progetto era stato annunciato da Halvane, la joint venture fra A, B e C": what was
                    # announced is the sentence's news; the venture in apposition exists
                    status = "active"
                if typ == "partners_with" and status == "announced" and present_partnership(lex.lang, text, m.start(), m.end()):
                    status = "active"  # "Brivane works with Lumvane": a partnership told in the present runs
                if typ == "partners_with" and trig["frame"] == "SYM":
                    # "hat mit Marvane einen Rahmenvertrag unterzeichnet": a contract of sale (contract_supply.py)
                    sold = contract_supplier(lex.lang, text, m.start(), m.end(), spans, src_names, tgt_names)
                    if sold is not None:
                        typ = "supplies"
                        src_names, tgt_names = sold
                if typ == "partners_with" and trig["frame"] == "SYM":
                    # "lavoriamo con A e B, che restano i nostri clienti": the subject supplies them (customer_partners.py)
                    before = [n for s0, e0, n, _ in spans if e0 <= m.start() and n in src_names + tgt_names]
                    after = [(e0, n) for s0, e0, n, _ in spans if s0 >= m.end() and n in src_names + tgt_names
                             and n not in before]  # (the partners: not the subject named again later)
                    if len(set(before)) == 1 and after and customers_after(lex.lang, text, max(after)[0]):
                        typ = "supplies"
                        src_names, tgt_names = [before[0]], sorted({n for _, n in after})
                if typ == "supplies" and status == "active" and is_headline(doc.text, sent.start, sent.end):
                    status = headline_supply_status(lex.lang, text, status)  # a headline's news: a new deal
                product = None
                if typ == "supplies":
                    if prods is None:
                        prods = engine.products_outside(text, blocked)
                    product = engine.supply_product(prods, text, m.span(), party_spans)
                    if trig.get("service"):
                        product = "services"  # logistics, maintenance: the chain of goods says nothing of who serves whom
                conf = trig.get("conf", 0.7) + dconf + dstat
                if src_names is tgt_names or src_names == tgt_names:
                    pairs = list(combinations(src_names, 2))
                    conf -= 0.05
                elif len(src_names) == len(tgt_names) > 1 and _RESPECTIVELY.search(text, m.start()):
                    # "A and B own Y and Z, respectively" ("rispettivamente", "respectivement", "respectivamente"):
                    # the lists pair up in order, not each with each
                    pairs = list(zip(src_names, tgt_names))
                else:
                    pairs = [(a, b) for a in src_names for b in tgt_names]
                    if len(src_names) > 1 or len(tgt_names) > 1:
                        conf -= 0.03
                for a, b in pairs:
                    if a == b:
                        continue
                    c = conf - (0.05 if (a in coref_names or b in coref_names) else 0.0)
                    results.append(engine.Found(typ, a, b, status, max(0.05, min(0.99, c)), product, (m.start(), m.end())))
                    if isinstance(item, Gapped):
                        gapped.add(id(results[-1]))
        if unresolved:
            if prods is None:
                prods = engine.products_outside(text, blocked)
            others = any(t["type"] != "supplies" for _o, _m, t in matches)
            results.extend(chain_supply(lex, text, spans, unresolved, results, prods, others))
        results = _drop_denied_ventures(results, text, lex.lang)
        relatives = stake_relatives(text, name_spans, lex.lang)
        if relatives:
            # "Norvane, an dem der Konzern 21 Prozent hält": the stake frame read the holder as held
            # (and the type: "an dem X ein Viertel der Anteile hält" is a stake, whatever "hält" alone says)
            held = {(f.target, f.source) for f in relatives} | {(f.source, f.target) for f in relatives}
            # (and the relative's own verb is read once: "Y, la empresa que K fundó y en la que X tiene un
            # 10%" - the frame that took K for the holder of that "tiene" reads the same words)
            verbs = [f.trigger for f in relatives]
            results = [f for f in results if not (f.type in ("invests_in", "owns") and (
                (f.source, f.target) in held or any(a < f.trigger[1] and f.trigger[0] < b for a, b in verbs)))]
            results.extend(relatives)
        # a stake told by a relative on "its capital" ("Y relies on X, which holds 21% of its capital":
        # capital_relatives) or by its price ("X paid EUR 1.5bn in 2023 for about 21% of Y": paid_stakes),
        # where no frame tied the pair already
        stake_pairs = {frozenset((f.source, f.target)) for f in results if f.type in ("invests_in", "owns", "acquires")}
        results.extend(f for f in capital_relatives(text, name_spans, lex.lang)
                       + paid_stakes(text, name_spans, lex.lang)
                       + owner_first(text, name_spans, lex.lang)  # "The owner of Y is X"
                       + shareholder_relatives(text, name_spans, lex.lang)  # "Y, di cui è primo azionista"
                       + pronoun_stakes(text, name_spans, lex.lang)  # "Y ..., et X y a pris 10 %"
                       if frozenset((f.source, f.target)) not in stake_pairs)
        # "Y ..., while X is among its shareholders": the possessive reaches back across the contrast by design
        # (it stands for a frame's own stake of the pair, which the contrast guard would drop: "Y raised EUR 2bn, while X ...")
        # (two holders listed together hold no stake in each other: "while A and B are among its shareholders")
        results, among = _with_holders(results, possessive_holders(lex, text, name_spans), ("invests_in",))
        gapped.update(id(f) for f in among)
        # "Y counts A and B among its shareholders": each listed holder holds a stake in Y, and no tie of
        # the ownership family to another
        results, listed = _with_holders(results, listed_holders(lex, text, groups), ("invests_in", "owns", "acquires"))
        gapped.update(id(f) for f in listed)
        # a partner named earlier and told by a pronoun ("X holds 20% of Y and develops cells with it"),
        # where no frame tied the pair as partners already
        tied = {frozenset((f.source, f.target)) for f in results if f.type in ("partners_with", "joint_venture")}
        results.extend(f for f in pronoun_partners(text, name_spans, lex.lang) if frozenset((f.source, f.target)) not in tied)
        # ... or by a relative on the partner ("Y, with which X launched a joint programme", "con cui collabora")
        supply_pairs = {frozenset((f.source, f.target)) for f in results if f.type == "supplies"}
        results.extend(f for f in partner_relatives(lex, text, name_spans, supply_pairs) if frozenset((f.source, f.target)) not in tied)
        # "Das Gemeinschaftsunternehmen Brixo, das A gemeinsam mit B betreibt": A and B are its parents, not bare partners
        parents = venture_name_relatives(text, name_spans, lex.lang) + fronted_ventures(text, name_spans, lex.lang)
        if parents:
            pairs = {frozenset((f.source, f.target)) for f in parents}
            results = [f for f in results if not (f.type == "partners_with" and frozenset((f.source, f.target)) in pairs)]
            results.extend(f for f in parents if not any(
                r.type == "joint_venture" and frozenset((r.source, r.target)) == frozenset((f.source, f.target)) for r in results))
        split = split_holders(text, name_spans, lex.lang)
        if split is not None:
            # "Y, an dem A 51 und B 49 Prozent halten": a joint venture of A and B; the stake frame's
            # reading (Y holding A) and the parents' own stakes in Y go
            held, ventures = split
            owners = {n for f in ventures for n in (f.source, f.target)}
            results = [f for f in results if not (f.type in ("invests_in", "owns", "acquires")
                                                  and {f.source, f.target} & owners and held in (f.source, f.target))]
            results.extend(ventures)
        bare = bare_minorities(text, name_spans, lex.lang)
        results.extend(bare)
        if lex.lang == "de":
            # "die zu X gehörende Y": an owner in a participle before the name, read by no frame
            attributes = de_owned_attributes(text, name_spans)
            if attributes:
                results = embedded_owners(results, attributes, name_spans)
                owned = {(f.source, f.target) for f in results if f.type == "owns"}
                results.extend(f for f in attributes if (f.source, f.target) not in owned)
        results.extend(goods_from(text, spans, lex))
        results.extend(with_goods(text, spans, lex))
        results.extend(output_to(text, spans, lex))
        taken = output_taken(text, spans, lex)
        if taken:
            # "Y se queda con la producción de X": the output is bought, not X ("se queda con" reads a takeover)
            bought = {(f.target, f.source) for f in taken}
            results = [f for f in results if not (f.type in ("acquires", "invests_in") and (f.source, f.target) in bought)]
            results.extend(taken)
        # "..., while seats will be ordered from Y": a clause's supplier with the customer left out
        seconds, kept = second_sources(text, spans, results, lex)
        results.extend(seconds)
        gapped.update(kept | {id(f) for f in seconds})
        gapped.update(id(f) for f in bare)
        pairs = {frozenset((f.source, f.target)) for f in results if f.type in ("joint_venture", "partners_with")}
        results.extend(f for f in named_ventures(text, spans, lex.lang, lex) if frozenset((f.source, f.target)) not in pairs)
        # "X fertigt Zellen, die Y einsetzt": the goods link two clauses no frame reads together
        supplied = {(f.source, f.target) for f in results if f.type == "supplies"}
        results.extend(f for f in relative_goods(text, name_spans, lex.lang) if (f.source, f.target) not in supplied)
        # "one of the minority shareholders of Y, alongside A and B": the companions hold stakes too
        results.extend(co_stakeholders(text, groups, results, lex))
        # "gives X a third customer alongside Y and Z": X supplies Y and Z, who are no partners
        companions, co_customers = customer_companions(text, spans, lex)
        if companions:
            results = [f for f in results if not (f.type in ("partners_with", "joint_venture")
                                                  and frozenset((f.source, f.target)) in co_customers)]
            have = {(f.type, f.source, f.target) for f in results}
            results.extend(f for f in companions if (f.type, f.source, f.target) not in have)
        # "X verbaut die Achse, die der Zulieferer Y liefert": goods fitted, their supplier in a relative
        # (the relative's supplier sells to the one who fits the goods: a frame's reading of the relative
        # the other way round, "the axle that Y supplies" read as the customer's, gives way)
        results = engine.supplies_prevail(results, fitted_goods(text, spans, lex))
        # "X replaces Y at Z": a change of supplier told with no supply word
        supplied = {(f.source, f.target) for f in results if f.type == "supplies"}
        results.extend(f for f in replaced_at(text, spans, lex) if (f.source, f.target) not in supplied)
        # "le contrat qui le liait à Y": a supply the chain directs
        results.extend(tied_contracts(text, spans, lex, results))
        # "Y, con la quale X ha firmato un accordo": a deal told in a relative on one party
        results.extend(deal_relatives(text, spans, lex, results))
        # "X, qui monte les cellules de Y": goods fitted, their maker named after them
        results.extend(fitted_makers(text, spans, lex, results))
        # "X, shareholder of Y, is its only customer": the possessive's owner is the apposition's company
        results.extend(f for f in apposed_customer(text, spans, lex) if (f.source, f.target) not in supplied)
        # "les rebuts que lui livre X": the subject after the verb of an object relative supplies
        turn_inverted(lex.lang, text, spans, results)
        # "la fornitura è stata affidata a X da Y": the one entrusted supplies the agent
        results = apply_entrusted(text, spans, lex, results)
        # "Brixo ist an Kestrel beteiligt und bezieht von dort Zellen": the adverb's company sells
        # (a frame's reading of the verb the other way round, from a name before it, gives way)
        results = engine.supplies_prevail(results, anaphoric_sellers(text, spans, lex))
        # "a joint venture with Y, in which X holds 60%": the stake is in the venture, X and Y its parents
        results = stakes_in_ventures(text, spans, results)
        # "Y, which is part of X and buys its cells from Z": the joined verb is Y's, not X's nor the main clause's
        results = belonging_joined(text, spans, results, lex.lang)
        # "supply cells to Brixo's unit Norvik", "alla controllata di Brixo, Norvik": the unit is the party
        results = units_for_owners(text, spans, results, lex.lang)
        # "X en discussions avec Y en vue d'une prise de participation dans son capital": Y takes the stake
        results = own_capital_stakes(text, spans, results, lex.lang)
        return guards.apply(text, spans, results, frozenset(gapped))

    def _child_from_previous(self, doc, per_sentence, i, comps, langs) -> list[tuple[engine.Found, str]]:
        """"Kordrow Orlvane ha iniciado las obras ... La filial del grupo chino Kordrow prevé invertir":
        a sentence that opens with "the subsidiary of Y" and names no other company speaks of the
        company the previous sentence of the story opened with."""
        sent, prev = doc.sentences[i], doc.sentences[i - 1]
        if prev.story != sent.story:
            return []
        text = doc.text[sent.start : sent.end]
        lead = len(text) - len(text.lstrip())
        before = [m for m in per_sentence[i - 1] if m.label == "COMPANY" and company_name(m)]
        if not before:
            return []
        head = before[0]
        ptext = doc.text[prev.start : head.start]
        if ptext.strip().lower() not in _LEAD_ARTICLES or company_name(head) in {company_name(m) for m in comps}:
            return []  # the previous sentence must open with its company ("X ha iniciado ...")
        for lang in langs:
            lex = engine.compiled(lang)
            if lex.child_lead is None:
                continue
            m = lex.child_lead.match(text, lead)
            if m is None:
                continue
            parent = next((c for c in comps if c.start - sent.start == m.end()), None)
            if parent is None:
                continue  # "La filial del grupo alemán Melvion": the owner right after the description
            status, _ = engine.status_for(lex, text, m.start(), m.end(), "active", [])
            if status is None:
                continue
            f = engine.Found("owns", company_name(parent), company_name(head), "active", 0.6, None, (m.start(), m.end()))
            return [(f, lang)]
        return []

    def _next_sentence_status(self, doc, per_sentence, found, langs) -> None:
        """"X will supply Y. X denied the report." — a denial or an end in the next sentence of the
        same story, with no link of its own, that names a party or refers back to the deal. A reported
        deal (rumoured) is denied by the next denial that names no other company, even one that names
        nothing ("Esa información es falsa.") or has links of its own, and past a question between
        ("... sarebbe in corsa per fornire Y. È così? «No, ... nessuna trattativa»")."""
        for i in list(found):
            past_detail = False
            # (past an interviewer's question the answer's first two sentences are read: "... reported that X
            # would buy Y. Is it true? - No. Those reports are wrong.")
            question = self._question_next(doc, i)
            last = i + 3 if question else i + 2
            for j in range(i + 1, last + 1):
                if j >= len(doc.sentences) or doc.sentences[j].story != doc.sentences[i].story:
                    break
                if j == i + 1 and question:
                    continue  # an interviewer's question: the answer comes next
                text = doc.text[doc.sentences[j].start : doc.sentences[j].end]
                # (a supply only the chain directed is no link of the next sentence's own)
                reported_only = any(f.origin != "chain" for f, _ in found.get(j, ())) or j >= i + 2
                if reported_only and not any(f.status == "rumoured" for f, _ in found[i]):
                    break
                if past_detail and any(m.label == "COMPANY" for m in per_sentence[j]):
                    break  # (past a detail, only a denial that names no company speaks of the report)
                self._status_from(doc, per_sentence, found, langs, i, j, text, reported_only)
                if j == last or not any(f.status == "rumoured" for f, _ in found[i]) or _has_denial(langs, text):
                    break
                # a report's detail between it and its denial ("X would buy Y, the paper wrote. The price would
                # be ... . The information is false, they said."): a reported link takes a denial that names no
                # company two sentences on (``deny_later`` reads named denials from the third on)
                past_detail = True

    @staticmethod
    def _question_next(doc, i: int) -> bool:
        """Whether the sentence after sentence i, in its story, is a question (an interviewer's)."""
        j = i + 1
        if j >= len(doc.sentences) or doc.sentences[j].story != doc.sentences[i].story:
            return False
        return doc.text[doc.sentences[j].start : doc.sentences[j].end].rstrip().rstrip(_CLOSING_QUOTES).endswith("?")

    @staticmethod
    def _status_from(doc, per_sentence, found, langs, i: int, j: int, text: str, reported_only: bool) -> None:
        """Sentence j's denial or end applied to the links of sentence i (``_next_sentence_status``);
        ``reported_only``: to rumoured links only."""
        names = {company_name(m) for m in per_sentence[j] if m.label == "COMPANY"}
        named = {company_name(m) for m in per_sentence[j] if m.label == "COMPANY" and m.source != "coref"}
        for lang in langs:
            lex = engine.compiled(lang)
            for st in ("denied", "ended"):
                # (an answer opening with "No." after a question turns down a reported deal only: ``_answer_no``)
                cue = engine.has_cue(lex, text, st)
                answer = st == "denied" and not cue and _answer_no(lex, text)
                if not (cue or answer):
                    continue
                if st == "ended" and ends_only_in_relatives(lex, text):
                    continue  # "The company, which until recently made heaters, ...": the company's own past
                for k, (f, flang) in enumerate(found[i]):
                    if flang != lang and len(langs) == 1:
                        continue
                    reported = st == "denied" and f.status == "rumoured"
                    if answer and not reported:
                        continue
                    if reported_only and not reported:
                        continue
                    if f.type == "owns" and f.status == "active":
                        continue  # a group's structure ("the Vesvane unit Pelvane") is no deal to deny
                    if st == "denied" and f.status == "active":
                        continue  # "Y was bought by X in 2021. Y denied a report that it planned ...": a done deal is no report to deny
                    # (a company only referred back to, "le groupe", "la sociedad conjunta", is most often the
                    # speaker or the subject of the report, not the party of another deal)
                    # (a report on a unit is denied by its group as often: "ZF wies das zurück")
                    sides = speaking_for({f.source, f.target}, found, names) if st == "denied" else {f.source, f.target}
                    others = named - sides
                    if others and not {f.source, f.target} <= names:
                        continue  # "Dalvion denied any talks with Vesvane": another deal
                    if sides & names or lex.anaphora.search(text) or reported:
                        f.status = st
                break


def _has_denial(langs, text: str) -> bool:
    """Whether ``text`` holds a denial cue of one of ``langs`` (an answer's "No." included)."""
    return any(engine.has_cue(engine.compiled(lang), text, "denied") or _answer_no(engine.compiled(lang), text)
               for lang in langs)


def _answer_no(lex, text: str) -> bool:
    """An answer that opens with "No." ("A: No.", "Nein.", "Non.", "No, ...") turns down what was asked: read
    after a report and its question only, never as a cue of the sentence's own ties ("No, X has supplied Y
    since 2019" answers a question, it denies nothing it tells)."""
    return "answer_no" in lex.status and engine.has_cue(lex, text, "answer_no")


#: quotes that may close a question: «È così?», "Is it?"
_CLOSING_QUOTES = "»\"”’'“ \u00a0"


#: English verbs of receiving, whose goods are their object ("receives cells from Y"), and a preposition
#: governing the goods that puts them out of the object ("receiving help with its cells", "advice on its
#: lithium"; an article, a possessive and one word at most between; not "up to 20,000 tonnes of lithium")
_RECEIVED = re.compile(r"(?:receiv|obtain|get|got)", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:with|for|on|about|against|into|at)\s+(?:(?:its|their|the|his|her|our|a|an)\s+)?(?:[\w-]+\s+)?$",
                          re.IGNORECASE)


def _goods_before_from(text: str, end: int, prods) -> bool:
    """A product named between ``end`` and the next "from" ("relies on pouch cells from Y")."""
    f = text.find(" from ", end)
    return f >= 0 and any(end <= p < f for p, *_ in prods)


#: a possessive right after an order verb: the goods it always buys ("orders its cells from Y")
_HABIT_AFTER = re.compile(r"\s+(?:its|their|seine[nms]?|ihre[nms]?|sus?|ses|leurs?|(?:i|le|il|la) (?:suoi|sue|sua|suo|loro))\s", re.I)
#: a quantity right after an order verb: "ordina 300 colonnine", "encarga otros 400 buses"
_QTY_AFTER = re.compile(r"\s+(?:[^\s\d,;:.]+\s+){0,2}?\d")
_RESPECTIVELY = re.compile(r"\b(?:respectively|rispettivamente|respectivement|respectivamente)\b", re.IGNORECASE)
_LEAD_ARTICLES = frozenset(("", "the", "il", "lo", "la", "l'", "el", "le", "der", "die", "das", "les", "los", "las", "i", "gli"))
_OWNER_COMPOUND = re.compile(r"-\w*(?:Tochter|Mutter|Schwester)\w*\s+")
#: an owner compound that closes an apposition ("eine Vostra-Tochter,"), and what opens it
_APPOSED_OWNER = re.compile(r"-\w*(?:Tochter|Tochtergesellschaft|Tochterfirma|owned|controlled|backed|funded)\b(?:\s+(?-i:[a-z])[\w-]*){0,2}\s*[,;.)]")
#: a unit noun the owner is glued to, said of the subject by a copula before it ("ist eine Vostra-Tochter")
_PREDICATE_OWNER = re.compile(r"-\w*(?:Tochter|Tochtergesellschaft|Tochterfirma)\b")
_APPOSED_LEAD = re.compile(r"\s*,\s*(?:(?:eine?|die|der|das|an?|the)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+)?$")
#: a company's speaker confirming talks: "ein Vostra-Sprecher bestätigte (am Montag) Gespräche mit", "bestätigte
#: ein Vostra-Sprecher Verhandlungen mit" - the talks are the company's, the name is their party
_SPEAKER_TALKS = re.compile(
    r"-(?:Sprecher|Sprecherin|Chef|Chefin|Manager|Managerin)\s+(?:(?:hat\s+)?(?:bestätigte|bestätigt|bestätigten)\s+)?"
    r"(?:(?:am|auf|dazu|zudem|nun|inzwischen)\s+(?:\w+\s+)?)?(?:laufende\s+|erste\s+)?(?:Gespräche|Verhandlungen)\s+mit\b")
_STAKE_COMPOUND = re.compile(r"-(?:Aktien|Anteile?|Anteilen|Beteiligung)\b")
#: "des Melvion-Konzerns", "der Fenvion-Gruppe": the compound names the company itself
_SELF_COMPOUND = re.compile(r"-(?:Konzern|Gruppe|Group|Holding|Unternehmen)\w*\b")
#: "Sitze für Vostra-Modelle", "Zellen für den neuen Vostra-Stromer": goods made for the maker's
#: vehicles name the maker as the customer (only after "für": "verkauft Vostra-Modelle" is no supply)
_GOODS_COMPOUND = re.compile(r"-(?:\w*[Mm]odell|\w*[Ff]ahrzeug|\w*[Aa]uto|Stromer|Baureihe|Plattform|Transporter|Lkw|Busse)\w*\b")
_BARE_SUPPLIER = re.compile(r"-(?:Zulieferer|Lieferant|Hauptlieferant|Hauptzulieferer|Batterielieferant|Zelllieferant)(?:s|en)?\b")
_COPULA_BEFORE = re.compile(r"\b(?:ist|war|sind|waren|wird|wurde|bleibt|gilt als|als)\s+(?:(?:[a-zäöüß][\w-]*|(?:19|20)\d\d)\s+){0,4}$")
_FOR_BEFORE = re.compile(r"\bfür\s+(?:(?:den|die|das|dem|alle|mehrere|einige|künftige|neue[nr]?)\s+)?(?:[a-zäöü][\w-]*\s+){0,2}$")


#: a plant named by its owner's compound ("das Vostra-Werk", "die Vostra-Fabrik"), and what says it is
#: supplied right before: "beliefert (das)", "liefert ... an das" (not "für die Vostra-Werke": goods for its
#: plants may be bought by another, tests/relations/test_de_talks_orders_and_partners.py); a "-werk" that
#: names no plant is not one ("das Vostra-Netzwerk", "-Regelwerk", "-Triebwerk": a network, rules, an engine)
_NOT_A_PLANT = ("netz", "hand", "regel", "kunst", "feuer", "uhr", "trieb", "fahr", "lauf", "mauer", "bau", "stell", "räder", "schuh")
_PLANT_COMPOUND = re.compile(r"-(?:(?!(?i:\w*(?:" + "|".join(_NOT_A_PLANT) + r")werk))\w*[Ww]erke?s?|Fabrik|Gigafactory|Standort(?:e|s)?)\b")
#: (any one word between the article and the name, of either case: "an die Kasseler Vostra-Fabrik")
_TO_PLANT_BEFORE = re.compile(
    r"(?:\ban\s+(?:das|die|den|dem)\s+|\bbeliefer(?:t|n|te|ten)\s+(?:(?:das|die|den|dessen|deren)\s+)?)"
    r"(?:[\w-]+\s+)?$")


def _modifier_only(text: str, m: Mention, comps: list[Mention], owner_compound: re.Pattern | None = None) -> bool:
    """A name glued by a hyphen to a noun ("Solvane-Tochter", "Quorvion-Sprecher") modifies that noun; it
    still counts when the compound is an ownership or supplier noun (or the lexicon's ``owner_compound``:
    "die Orvale-Sparte Brixo") that a company name follows ("die Valvion-Tochter Sarvane", "der Valvion-Zulieferer Y")."""
    if text[m.end : m.end + 1] != "-" or not text[m.end + 1 : m.end + 2].isalpha():
        return False
    if _SPEAKER_TALKS.match(text, m.end):
        return False  # "ein Vostra-Sprecher bestätigte Gespräche mit Y": the company speaks of its own talks
    if _STAKE_COMPOUND.match(text, m.end) or _SELF_COMPOUND.match(text, m.end) or ORDER_COMPOUND.match(text, m.end):
        return False  # "74 Prozent der Telvane-Aktien": the shares are Telvane's; "der Velvion-Auftrag": Velvion's order
    if SUPPLIER_COMPOUND.match(text, m.end) is None and _BARE_SUPPLIER.match(text, m.end) and _COPULA_BEFORE.search(text, max(0, m.start - 50), m.start):
        return False  # "Kestrel ist ein wichtiger Vostra-Zulieferer": the predicate names Vostra the customer
    if _GOODS_COMPOUND.match(text, m.end) and _FOR_BEFORE.search(text, max(0, m.start - 50), m.start):
        return False  # "liefert Sitze für Vostra-Modelle": the maker of the vehicles is the customer
    if MAKER_GOODS_COMPOUND.match(text, m.end) and BUYS_BEFORE.search(text, max(0, m.start - 50), m.start):
        return False  # "bezieht die Vostra-Zellen": the goods' maker sells them
    if _PLANT_COMPOUND.match(text, m.end) and _TO_PLANT_BEFORE.search(text, max(0, m.start - 50), m.start):
        return False  # "beliefert das Vostra-Werk in Leipzig": a plant supplied is its owner supplied
    own = (_OWNER_COMPOUND.match(text, m.end) or (owner_compound.match(text, m.end) if owner_compound is not None else None)
           or SUPPLIER_COMPOUND.match(text, m.end))
    if _PREDICATE_OWNER.match(text, m.end) and PREDICATE_LEAD.search(text, max(0, m.start - 80), m.start):
        return False  # "Kestrel ist eine hundertprozentige Vostra-Tochter": the predicate names Kestrel's owner
    if own is None and _APPOSED_OWNER.match(text, m.end):
        # "Brixo, eine Vostra-Tochter, ...": the compound is an apposition of the name before it
        before = _APPOSED_LEAD.search(text, max(0, m.start - 40), m.start)
        return not (before is not None and any(c.end == before.start() for c in comps))
    return not (own and any(c.start == own.end() for c in comps))


def _relative_unblocked(rx: re.Pattern, text: str, blocked: list[tuple[int, int]]):
    """Matches of a round's relative ("a round led by X, in which Y took part", "una ronda liderada por X,
    en la que han entrado Y y Z", "eine Runde unter Führung von X, an der sich Y beteiligte") that overlap
    no name from the comma that opens the relative on: the round's lead named before it is no block."""
    for m in rx.finditer(text):
        cut = text.rfind(",", m.start(), m.end())
        lo = cut if cut >= 0 else m.start()
        if not any(b[0] < m.end() and lo < b[1] for b in blocked):
            yield m


def _unblocked(rx: re.Pattern, text: str, blocked: list[tuple[int, int]]):
    """Matches of a trigger that overlap no name. After a match that does, the search goes on right
    after the name: "Brivane, la compañía de baterías del grupo Melvion", where the entity stage
    took "la compañía de baterías" for Brivane, still finds "del grupo". A name that swallowed the
    trigger's last preposition ("controllata [dal gruppo]") cuts the trigger before it."""
    pos, n, search = 0, len(text), rx.search
    while pos <= n:
        m = search(text, pos)
        if m is None:
            return
        ms, me = m.span()
        hit = None
        for b in blocked:  # (the first name the match overlaps)
            if b[0] < me and ms < b[1]:
                hit = b
                break
        if hit is None:
            yield m
            pos = me if me > ms else me + 1
        elif ms < hit[0] and _PREPOSITION_TAIL.fullmatch(text, hit[0], me):
            yield _Cut(m, text, ms, len(text[: hit[0]].rstrip()))
            pos = me
        else:
            pos = max(hit[1], ms + 1)


#: the last word of a trigger, a short preposition a following name may have taken in ("dal", "des")
_PREPOSITION_TAIL = re.compile(r"[^\W\d]{1,5}['’]?")


class _Cut:
    """A trigger match cut short before a name (see ``_unblocked``). It answers as the regex's match
    does, so that no reader can fail on it: group 0 (``start()``, ``end()``, ``span()``, ``group()``) is
    the cut; numbered or named groups and every other attribute (``groups()``, ``lastgroup``, ``re`` …)
    are the match's own."""

    __slots__ = ("_m", "_text", "_start", "_end")

    def __init__(self, m: re.Match, text: str, start: int, end: int):
        self._m, self._text, self._start, self._end = m, text, start, end

    def start(self, g: int | str = 0) -> int:
        return self._start if g == 0 else self._m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self._end if g == 0 else self._m.end(g)

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return (self._start, self._end) if g == 0 else self._m.span(g)

    def group(self, *gs: int | str):
        if not gs or gs == (0,):
            return self._text[self._start : self._end]
        if len(gs) == 1:
            return self._m.group(gs[0])
        return tuple(self.group(g) for g in gs)

    def __getattr__(self, name: str):
        return getattr(self._m, name)


def _sold_before(lex, text, t0, src_names, spans) -> bool | str:
    """Did the source sell before the trigger at ``t0``: False; True; ``_PENDING`` where the sale is
    only agreed ("agreed to sell", "a accepté de céder")."""
    src_end = max((e for s, e, n, _ in spans if n in src_names and e <= t0), default=None)
    if src_end is None:
        return False
    end = t0
    if lex.verb_final:
        # "X hat seine Mehrheitsbeteiligung an Y an Z verkauft": the sale verb closes the clause
        brk = re.compile(r"[;:]|,\s").search(text, t0)
        end = brk.start() if brk else len(text)
    for rx in _sale_triggers(lex):
        for sale in rx.finditer(text, src_end, end):
            # not a sale in an earlier clause: "X sold its stake in Y and took a stake in Z"
            if sale.start() >= t0 or not _AND.search(text, sale.end(), t0):
                return _PENDING if _SALE_AGREED.search(text, src_end, sale.end()) else True
    return False


# the patterns of a lexicon's SELL triggers, in their order (per language; picked out once, not per assertion)
_SALES: dict[str, tuple] = {}


def _sale_triggers(lex) -> tuple[re.Pattern, ...]:
    got = _SALES.get(lex.lang)
    if got is None or got[0] is not lex:
        got = _SALES[lex.lang] = (lex, tuple(rx for rx, trig in lex.triggers if trig["frame"] == "SELL"))
    return got[1]


_AND = re.compile(r"\s(?:and|et|und|y|e|ed)\s", re.IGNORECASE)
_PENDING = "pending"
#: a sale agreed between the seller's name and the sale verb: the seller holds the stake until it closes
#: ("a accepté de céder", "hat sich bereit erklärt, ... zu verkaufen", "ha accettato di cedere",
#: "ha acordado vender", "agreed to sell")
_SALE_AGREED = re.compile(
    r"\b(?:agreed to|agrees to|accepté de|convenu de|engagée? à|bereit erklärt|zugestimmt|accettato di|"
    r"concordato di|impegnat[oa] a|acordado|acordó|aceptado|aceptó|comprometido a)\b", re.I)


def _drop_denied_ventures(results: list[engine.Found], text: str, lang: str) -> list[engine.Found]:
    """"X è in trattativa con Y per una collaborazione ... non si parla di una joint venture": a venture
    noun denied right before it (the lexicon's talks ``negated`` regex; Italian only so far) names no
    venture of a pair that another trigger of the sentence already ties."""
    neg = _purpose(lang).get("negated")
    if neg is None or not any(f.type == "joint_venture" for f in results):
        return results
    tied = {frozenset((f.source, f.target)) for f in results if f.type != "joint_venture"}
    return [f for f in results if not (
        f.type == "joint_venture" and f.trigger is not None and frozenset((f.source, f.target)) in tied
        and neg.search(text[max(0, f.trigger[0] - 40) : f.trigger[0]]))]


def _dedupe(items: list[tuple[engine.Found, str]]) -> list[tuple[engine.Found, str]]:
    best: dict[tuple, tuple[engine.Found, str]] = {}
    for f, lang in items:
        a, b = (f.source, f.target)
        key = (f.type,) + ((min(a, b), max(a, b)) if f.type in SYMMETRIC_TYPES else (a, b))
        if key not in best or f.confidence > best[key][0].confidence:
            best[key] = (f, lang)
    vals = list(best.values())
    # a venture or a supply deal of the same pair is the partnership's substance ("cooperates with Y on
    # cells it supplies"); a stake or an owner is another fact, told beside it ("holds a stake in Y, with
    # which it has cooperated since 2021")
    pairs_specific = {frozenset((f.source, f.target)) for f, _ in vals if f.type in ("joint_venture", "supplies")}
    out = []
    for f, lang in vals:
        pair = frozenset((f.source, f.target))
        if f.type == "partners_with" and pair in pairs_specific:
            continue
        if f.type == "supplies":
            rev = best.get(("supplies", f.target, f.source))
            if rev is not None and rev[0].confidence > f.confidence:
                continue
        if f.type == "owns" and (("acquires", f.source, f.target) in best or ("invests_in", f.source, f.target) in best) \
                and not _control_besides_purchase(f, best.get(("acquires", f.source, f.target))):
            continue
        out.append((f, lang))
    return out


#: an affiliate word next to a name: a company of the same group or held in part, not a unit
_AFFILIATE = re.compile(r"\baffiliates?\b|\baffiliée?s?\b", re.IGNORECASE)


def _called_affiliate(text: str, mentions) -> bool:
    """Whether the page calls the company an affiliate right next to one of its mentions."""
    return any(_AFFILIATE.search(text, max(0, m.start - 40), min(len(text), m.end + 60)) for m in mentions)


def _control_besides_purchase(own: engine.Found, bought: tuple[engine.Found, str] | None) -> bool:
    """"Y is a subsidiary of X, which bought it in 2007", "Y è controllata da X, che ne ha rilevato la
    maggioranza": a standing ownership told by words of its own beside a purchase that is done. Both
    are labelled (the guidelines: the buyer's ``owns`` where the article states the control); a
    purchase still pending, or one trigger read both ways, keeps the purchase alone."""
    if bought is None or own.status != "active" or bought[0].status != "active":
        return False
    a, b = own.trigger, bought[0].trigger
    return a[1] <= b[0] or b[1] <= a[0]


def _implied_evidence(doc: Document, mentions: list[Mention], i: int, f: engine.Found) -> Evidence | None:
    """A party named in sentence ``i`` only as an implied subject ("[Ardvion] Ha inoltre firmato con
    Fendrow") is named in an earlier sentence: the evidence runs from that sentence to this one, so that
    it names both parties."""
    named = {company_name(m) for m in mentions if m.label == "COMPANY" and not m.attrs.get("implied")}
    lo = None
    for m in mentions:
        if m.attrs.get("implied") and company_name(m) in (f.source, f.target) and company_name(m) not in named:
            ante = m.attrs.get("antecedent")
            if ante and ante[0] < doc.sentences[i].start:
                lo = ante[0] if lo is None else min(lo, ante[0])
    if lo is None:
        return None
    first = next((k for k in range(i, -1, -1) if doc.sentences[k].start <= lo), i)
    ev = sentence_evidence(doc, doc.sentences[first])
    end = sentence_evidence(doc, doc.sentences[i])
    return Evidence(text=doc.text[ev.start : end.end], start=ev.start, end=end.end)




def _headlines_yield(out: list[Relation], text: str) -> list[Relation]:
    """A tie told both in a headline (a line of its own with no full stop) and in the body keeps the
    body's status where the two are equally sure: the headline's few words ("Corvane sale al 30% di Y",
    "X sichert sich Chips bei Y") tell the news, the body says whether it is done, signed or running
    (the status the article finally asserts). The headline's assertion is made a hair less sure."""
    for rels in by_tie(out).values():
        if len(rels) < 2:
            continue
        heads = [r for r in rels if is_headline(text, r.evidence.start, r.evidence.end)]
        if heads and len(heads) < len(rels):
            body = [r for r in rels if r not in heads]
            sure = [r.confidence for r in body if r.status not in ("rumoured", "denied")]
            for r in heads:
                r.confidence = round(r.confidence - 0.01, 3)
                if r.status == "rumoured" and sure:
                    # a headline's hedge ("Fendrow soll aus Ungarn liefern", "X to buy Y - report") under a body that
                    # tells the deal signed or running: the body's word is the article's last
                    r.confidence = round(min(r.confidence, max(sure) - 0.01), 3)
    return out


#: a subsidiary noun right before a unit's name ("della controllata Y", "of its unit Y", "de la filiale Y"), a
#: whole word (not the tail of "incontrollata"), but German glues it to the group's name ("der Konzerntochter Y")
_UNIT_NOUN_BEFORE = re.compile(r"(?:\b(?:subsidiary|unit|division|controllata|filiale|filial)|Tochter\w*)\s+$", re.I)


def _before_unit_noun(text: str, start: int) -> int:
    """Where the words naming a unit begin: its subsidiary noun, if one stands right before its name."""
    m = _UNIT_NOUN_BEFORE.search(text, max(0, start - 30), start)
    return m.start() if m else start
