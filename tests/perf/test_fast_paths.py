"""The fast paths written for speed return exactly what the plain versions they replaced return.
Each plain version is kept here as the reference, and both run over generated inputs (and the
project's own sentences): any difference is a change of behaviour, not a speed-up."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tierscope.entities import names as names_mod
from tierscope.entities.matcher import TokenMatcher, tokenize
from tierscope.entities.text import Occupied
from tierscope.relations import engine, products


# -- references: the code before the fast paths --------------------------------------------------

def products_in_reference(text: str) -> list[tuple[int, str]]:
    return [(m.start(), products._PRODUCT_NAMES[int(m.lastgroup[1:])]) for m in products._PRODUCT_RX.finditer(text)]


def tokenize_reference(text: str, start: int = 0, end: int | None = None) -> list:
    from tierscope.entities.matcher import Token
    from tierscope.entities.text import TOKEN

    seg = text[start:end]
    out, pos = [], 0
    for word in TOKEN.findall(seg):
        p = seg.find(word, pos)
        pos = p + len(word)
        out.append(Token(start + p, start + pos, word, word.casefold()))
    return out


def title_case_reference(tokens) -> bool:
    words = [t for t in tokens if t.text[0].isalpha()][1:]
    small = [t for t in words if len(t.text) <= 4 and not t.text.isupper()]
    if len(words) < 4 or len(small) < 2:
        return False
    return (sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
            and sum(t.text[0].isupper() for t in small) >= 0.7 * len(small))


def candidates_reference(m: TokenMatcher, tokens, i):
    first = tokens[i]
    cands = m._index.get(first.key)
    if not cands:
        return []
    out = []
    for cand in cands:
        n = len(cand.keys)
        if i + n > len(tokens):
            continue
        if n > 1 and any(tokens[i + k].key != cand.keys[k] for k in range(1, n)):
            continue
        if cand.flag:
            if any(tokens[i + k].text != cand.surfaces[k] for k in range(n)):
                continue
        elif cand.capital and not (first.text[0].isupper() or first.text[0].isdigit()):
            continue
        out.append((n, cand))
    return out


# -- inputs ---------------------------------------------------------------------------------------

# pieces of product names in the five languages, their neighbours, case variants and the characters
# that Python's case-insensitive matching treats specially (long s, dotless i, Kelvin sign, dotted I)
_PIECES = [
    "lithium", "Lithium", "LITHIUM", "litio", "hydroxid", "carbonate", "LFP", "cells", "cathode", "Kathoden",
    "anode", "ánodos", "graphite", "electrolyte", "separator", "copper foil", "rare earths", "magnets", "nickel",
    "níquel", "cobalt", "battery", "batteries", "batterie", "Batteriezellen", "celle", "cellules", "celdas",
    "chips", "semiconductors", "steel", "acciaio", "tyres", "Reifen", "motors", "e-motors", "vans", "SUV",
    "pCAM", "precursori", "modules", "packs", "hydrogen", "électrolyseurs", "Á", "É", "é", "á",
    " ", " ", " ", "-", ",", ".", "'", "(", ")", "/", "\n", "ſ", "ı", "İ", "K", "s", "x", "in", "of", "per",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
SENTENCES = [
    "CATL will supply LFP batteries and battery cells to BMW from 2027.",
    "Umicore liefert Kathodenmaterial und Vorprodukte (pCAM) an Northvolt; Lithiumhydroxid kommt von Albemarle.",
    "Il gruppo fornirà celle per batterie, catodi e anodi a Stellantis, oltre a rame e nichel.",
    "La planta producirá celdas de batería, cátodos y ánodos para SEAT; el litio vendrá de Chile.",
    "L'usine produira des cellules de batterie et des matériaux de cathode; l'électrolyte vient de Solvay.",
    "Lithium-ion battery packs, e-axles, electric motors and semiconductors; lıthium, ſteel, İron.",
]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_products_in_is_the_regex_scan(text):
    assert engine.products_in(text) == products_in_reference(text)


def test_products_in_on_sentences():
    for s in SENTENCES:
        assert engine.products_in(s) == products_in_reference(s), s


@settings(max_examples=400, deadline=None)
@given(texts)
def test_products_named_is_the_regex_scan(text):
    # (a whole sentence's products: each product the sentence holds a literal of, searched on its own, the
    # first place any of them matches taken, and there the first in order; then on after its match)
    from tierscope.scan.sentence_scan import new_page

    new_page()
    assert products._products_named(text) == products_in_reference(text)


def test_products_named_on_sentences():
    from tierscope.scan.sentence_scan import new_page

    new_page()
    # (two products at one place, "battery cells" before "battery", and one inside another's reach)
    for s in SENTENCES + ["Battery cells, battery packs and cells: the battery-cell maker sells battery modules and lithium."]:
        assert products._products_named(s) == products_in_reference(s), s


@settings(max_examples=400, deadline=None)
@given(texts)
def test_products_outside_skips_only_sentences_with_no_product(text):
    # (products_outside first asks the sentence's scan for the products' literals)
    assert engine.products_outside(text, []) == products_in_reference(text)
    assert engine.products_outside(text, [(0, 5)]) == [p for p in products_in_reference(text) if not 0 <= p[0] < 5]


def test_products_outside_answers_each_caller_with_its_own_list():
    # (the sentence's products are found once for the page; a caller that changes its list changes no other's)
    from tierscope.scan.sentence_scan import new_page

    new_page()
    text = "The plant will make lithium-ion battery cells and cathode material for the carmaker."
    first = engine.products_outside(text, [])
    assert first == products_in_reference(text) and first
    first.clear()
    assert engine.products_outside(text, []) == products_in_reference(text)
    assert engine.products_outside(text, [(0, len(text))]) == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("aZé1_ -\t\n.,'’(ßİΣ€") + ["Straße", "e-Powertrain", "S.p.A."])).map("".join),
       st.integers(0, 5), st.integers(-5, 40))
def test_tokenize_is_findall_and_find(text, start, end):
    assert tokenize(text, start, end) == tokenize_reference(text, start, end)
    assert tokenize(text) == tokenize_reference(text)


words = st.lists(st.sampled_from(["The", "the", "Boeing", "To", "to", "Buy", "buy", "For", "$", "1", "AB", "ABC",
                                  "Parts", "maker", "Of", "of", ",", "é", "Über", "x", "CATL", "BMW", "in", "In"]),
                 max_size=40)


@settings(max_examples=600, deadline=None)
@given(words)
def test_title_case_is_the_plain_count(ws):
    tokens = tokenize(" ".join(ws))
    assert names_mod._title_case(tokens) == title_case_reference(tokens)


def test_candidates_are_the_plain_scan():
    from tierscope.entities.known import name_matcher

    m = name_matcher()
    for s in SENTENCES + [
        "General Motors and General Electric met Mercedes-Benz Group, Volkswagen AG and SK On in Seoul.",
        "LG Energy Solution, LG Chem and Samsung SDI; Tata Steel, Tata Motors, Jaguar Land Rover.",
        "the general motors deal: GM, Ford Motor Company, Ford, FORD, ford and Stellantis N.V.",
        "De Nora, de Nora, A2A, a2a, Le Bélier, le groupe, Groupe Renault, La Poste, Der Spiegel, Il Sole 24 Ore.",
    ]:
        tokens = tokenize(s)
        for i in range(len(tokens)):
            found = m.candidates(tokens, i)
            assert found == candidates_reference(m, tokens, i), (s, i)
            if found:  # known.find_known looks only where one of these holds
                key = tokens[i].key
                assert key in m.single_keys or (i + 1 < len(tokens) and (key, tokens[i + 1].key) in m.first_pairs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=20))
def test_occupied_init_adds_every_span(spans):
    fast = Occupied(60, spans)
    slow = Occupied(60)
    for s, e in spans:
        slow.add(s, e)
    assert fast.mask == slow.mask



# -- relations: which triggers a sentence can match ----------------------------------------------

def triggers_to_search_reference(lex, lower: str) -> list[int]:
    return [order for order, pre in enumerate(lex.trigger_prefixes) if pre is None or any(p in lower for p in pre)]


_LANGS = ("en", "de", "fr", "it", "es")
_TRIGGER_PIECES = sorted({p for lang in _LANGS for pre in engine.compiled(lang).trigger_prefixes if pre for p in pre})


def search_orders_reference(lex, text: str) -> list[int]:
    """The triggers ``_sentence`` searched before trigger_gate: prefixes, then required literals."""
    from tierscope.scan.prefilter import any_in, has_odd_case

    lower, odd = text.lower(), has_odd_case(text)
    return [order for order in triggers_to_search_reference(lex, lower)
            if lex.trigger_required[order] is None or odd or any_in(lex.trigger_required[order], lower)]


_REQUIRED_PIECES = sorted({x for lang in _LANGS for req in engine.compiled(lang).trigger_required if req for x in req})
gate_texts = st.lists(st.sampled_from(_TRIGGER_PIECES + _REQUIRED_PIECES + [" ", "x", "'", "é", "ı", "ſ", "İ", "K"]),
                      max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_LANGS), gate_texts)
def test_search_orders_is_prefixes_then_required(lang, text):
    from tierscope.scan.sentence_scan import SentenceScan
    from tierscope.relations.trigger_gate import search_orders

    lex = engine.compiled(lang)
    assert search_orders(lex, SentenceScan(text)) == search_orders_reference(lex, text)


def test_search_orders_on_sentences():
    from tierscope.scan.sentence_scan import SentenceScan
    from tierscope.relations.trigger_gate import search_orders

    for lang in _LANGS:
        lex = engine.compiled(lang)
        for s in SENTENCES:
            assert search_orders(lex, SentenceScan(s)) == search_orders_reference(lex, s), (lang, s)



def _index_entries(idx):
    """(literal -> orders, prefix -> orders) as the gate's index holds them, read back from its masks."""
    def orders(bits):
        return {o for o in range(bits.bit_length()) if bits >> o & 1}

    literals, prefixes = {}, {}
    for piece, (held, prefixed) in idx.table.items():
        for x, bits in held:
            assert x[:4] == piece and len(x) >= 4, (piece, x)
            literals.setdefault(x, set()).update(orders(bits))
        if prefixed:
            prefixes.setdefault(piece, set()).update(orders(prefixed))
    for x, bits in idx.short_literals:
        assert len(x) < 4, x
        literals.setdefault(x, set()).update(orders(bits))
    for p, bits in idx.short_prefixes:
        assert len(p) != 4, p
        prefixes.setdefault(p, set()).update(orders(bits))
    return literals, prefixes


def test_search_orders_index_holds_each_literal_and_prefix_of_each_trigger():
    # the gate's masks are built from the lexicon's own lists (trigger_required, trigger_prefixes): every
    # literal and prefix of every trigger is in them with that trigger's bit, and no other; a literal or a
    # prefix the index dropped, or a trigger it lost, fails here
    from tierscope.relations.trigger_gate import _Index, _index

    for lang in _LANGS:
        lex = engine.compiled(lang)
        idx = _index(lex)
        literals, prefixes = _index_entries(idx)
        want_literals, want_prefixes = {}, {}
        for order, req in enumerate(lex.trigger_required):
            for x in req or ():
                want_literals.setdefault(x, set()).add(order)
        for order, pre in enumerate(lex.trigger_prefixes):
            for p in pre or ():
                want_prefixes.setdefault(p, set()).add(order)
        assert literals == want_literals, lang
        assert prefixes == want_prefixes, lang
        assert idx.keys == frozenset(idx.table)
        unread = {o for o, req in enumerate(lex.trigger_required) if req is None}
        assert {o for o in range(len(lex.triggers)) if idx.unread >> o & 1} == unread, lang
        assert {o for o in range(len(lex.triggers)) if idx.always >> o & 1} == set(lex.trigger_always), lang
        # (an index built again from the same lexicon is the same one)
        again = _Index(lex)
        assert again.table == idx.table and again.short_literals == idx.short_literals


def test_search_orders_index_follows_a_new_word():
    # a trigger the lexicon gains, with a literal and a prefix of its own, is in the index and is searched
    # in a sentence that holds its word (the index is built from the lists, not from words written into it)
    import dataclasses
    import re as _re

    from tierscope.relations.trigger_gate import _index, search_orders
    from tierscope.scan.sentence_scan import SentenceScan

    lex = engine.compiled("en")
    order = len(lex.triggers)
    word = "zorblefetch"
    grown = dataclasses.replace(
        lex,
        triggers=list(lex.triggers) + [(_re.compile(word, _re.I), {"type": "supplies", "frame": "SUPPLY"})],
        trigger_prefixes=list(lex.trigger_prefixes) + [(word[:4],)],
        trigger_required=list(lex.trigger_required) + [(word,)],
        trigger_prefix_all=tuple(sorted(set(lex.trigger_prefix_all) | {word[:4]})),
        trigger_by_prefix={**lex.trigger_by_prefix, word[:4]: (order,)},
    )
    literals, prefixes = _index_entries(_index(grown))
    assert literals[word] == {order} and prefixes[word[:4]] == {order}
    assert order in search_orders(grown, SentenceScan("Brovane will zorblefetch its cells from Kestrel."))
    assert order not in search_orders(grown, SentenceScan("Brovane will fetch its cells from Kestrel."))


def test_search_orders_on_invented_sentences():
    from tierscope.scan.sentence_scan import SentenceScan
    from tierscope.relations.trigger_gate import search_orders

    sentences = {
        "en": ["Brovane will supply battery modules to Kestrel from 2027.", "Kestrel\nacquired a 30% stake in Norvik."],
        "de": ["Brovane liefert ab 2027 Zellen an Kestrel.", "Kestrel übernimmt die Norvik GmbH."],
        "fr": ["Brovane fournira des cellules à Kestrel.", "Kestrel a racheté Norvik."],
        "it": ["Brovane fornirà celle a Kestrel.", "Kestrel ha rilevato il 30% di Norvik."],
        "es": ["Brovane suministrará celdas a Kestrel.", "Kestrel ha comprado Norvik."],
    }
    for lang, texts in sentences.items():
        lex = engine.compiled(lang)
        for s in texts:
            got = search_orders(lex, SentenceScan(s))
            assert got == search_orders_reference(lex, s), (lang, s)
            assert got, (lang, s)  # (each tells a tie: some trigger is searched)

# -- entities: nicknames looked for only where an article stands before one ----------------------

_NICK_PIECES = ["il ", "la ", "l'", "l’", "del ", "della ", "de la ", "à la ", "au ", "the ", "der ", "billion ",
                "Cavallino", "cavallino rampante", "Prancing Horse", "Biscione", "Losange", "lion", "Lion",
                "León", "casa ", "groupe ", "gruppo ", "Konzern ", "società ", "-", " ", ", ", ".", "x", "İ", "ſ"]
nick_texts = st.lists(st.sampled_from(_NICK_PIECES), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(nick_texts, st.integers(0, 30), st.integers(0, 200))
def test_nickname_prefilter_misses_no_match(text, start, end):
    from tierscope.entities import nicknames

    full = [m.span() for m in nicknames._regex().finditer(text, start, end)]
    assert not full or nicknames._nick_regex().search(text), (text, start, end, full)


def test_nickname_prefilter_on_sentences():
    from tierscope.entities import nicknames

    for s in SENTENCES + ["Il Cavallino e la casa del Biscione; le groupe au Losange; the Prancing Horse.",
                          "Per la società del Cane a sei zampe, 1,2 billion; l'Alfa del Biscione."]:
        if any(nicknames._regex().finditer(s)):
            assert nicknames._nick_regex().search(s), s


# -- relations: a group's marker looked up by the token it ends with -----------------------------

def marker_hit_reference(lex, toks: list[str], i: int):
    for words, phrase in lex.marker_words:
        n = len(words)
        if i - n >= 0 and toks[i - n : i] == words:
            return phrase, n
    return None


def marker_hit(lex, toks: list[str], i: int):
    for words, phrase in lex.markers_by_last.get(toks[i - 1], ()):
        n = len(words)
        if i - n >= 0 and toks[i - n : i] == words:
            return phrase, n
    return None


_MARKER_TOKENS = sorted({w for lang in _LANGS for words, _ in engine.compiled(lang).marker_words for w in words})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LANGS), st.lists(st.sampled_from(_MARKER_TOKENS + ["x", ",", "2021", "the", "'"]), min_size=1, max_size=10))
def test_markers_by_last_token_find_the_same_phrase(lang, toks):
    lex = engine.compiled(lang)
    assert lex.markers_by_last is not None
    for i in range(1, len(toks) + 1):
        assert marker_hit(lex, toks, i) == marker_hit_reference(lex, toks, i), (lang, toks, i)


# -- entities: pronouns for a company are looked for in English and French only ------------------

@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["de", "it", "es"]),
       st.lists(st.sampled_from(["It", "it", "Its", "Elle", "Il", "Es", "Sie", "said", "a", "will", "supply", "x", "."]),
                min_size=1, max_size=8))
def test_no_company_pronoun_in_other_languages(lang, ws):
    from tierscope.entities.coref import _company_pronoun

    tokens = tokenize(" ".join(ws))
    assert not any(_company_pronoun(tokens, k, lang) for k in range(len(tokens)))


# -- relations: literals every match of a pattern holds (prefilter._required) ---------------------

def test_odd_case_characters_are_those_of_this_python():
    import sys

    import _sre
    from re._casefix import _EXTRA_CASES

    from tierscope.scan.prefilter import _ODD_TEXT

    odd = set()
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000 or cp < 128:
            continue
        c, low = chr(cp), _sre.unicode_tolower(cp)
        if c.lower() != chr(low) or low in _EXTRA_CASES:
            odd.add(c)
    assert odd == {chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp < 0xE000 and _ODD_TEXT.fullmatch(chr(cp))}


def _gated_patterns():
    from tierscope.relations import rounds

    from tierscope.relations import facility_cues
    from tierscope.scan.prefilter import required_of

    from tierscope.entities import nicknames

    out = [(rounds._GATE, rounds._GATE_REQUIRED), (nicknames._nick_regex(), required_of(nicknames._nick_regex()))]
    for lang in _LANGS:
        lex = engine.compiled(lang)
        out.extend((rx, req) for (rx, _), req in zip(lex.triggers, lex.trigger_required))
        # what prefilter.may_search guards: the status cues, the plant nouns
        cue = facility_cues.compiled(lang)
        more = [*lex.status.values(), lex.facility["nouns"], lex.facility["weak_nouns"], cue["extra_nouns"],
                lex.facility["exclude"], cue["exclude"], *lex.facility["status"].values(), *cue["status"].values()]
        out.extend((rx, required_of(rx)) for rx in more if rx is not None)
    return out


_GATED = _gated_patterns()
_REQUIRED_PIECES = sorted({x for _, req in _GATED if req for x in req} | set(_NICK_PIECES))
required_texts = st.lists(st.sampled_from(_REQUIRED_PIECES + _TRIGGER_PIECES + [
    " ", " ", ", ", "x", "'", "’", "é", "ı", "ſ", "İ", "K", "ß", "SS", "Σ", "-", "1", "%", "Y", "X"]),
    max_size=10).map("".join)


def _check_required(text: str) -> None:
    from tierscope.scan.prefilter import may_match

    lower = text.lower()
    for rx, req in _GATED:
        if rx.search(text) is not None:
            assert may_match(req, text, lower), (rx.pattern[:80], req, text)


@settings(max_examples=400, deadline=None)
@given(required_texts)
def test_required_literals_never_hide_a_match(text):
    _check_required(text)
    _check_required(text.upper())
    _check_required(text.title())


def test_required_literals_on_sentences():
    for s in SENTENCES + ["Kestrel raised 40 million euros; the round was led by Brixo, its parent company.",
                          "Brixo, la controllata di Kestrel, ha raccolto 5 milioni. La società è una sussidiaria.",
                          "Kestrel erhielt den Brixo-Auftrag; die Brixo-Tochter gehört zum Konzern.",
                          "KESTREL RAİSED FUNDS; the ſubsidiary of Brixo; SUBSIDIARY OF BRIXO."]:
        _check_required(s)
        _check_required(s.upper())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "Straße", "ſ", "ı", "İ", "K", "é", " ", "Σ", "µ", "x"]), max_size=8).map("".join))
def test_has_odd_case_is_the_plain_search(text):
    from tierscope.scan.prefilter import _ODD_TEXT, has_odd_case

    plain = _ODD_TEXT.search(text) is not None
    assert has_odd_case(text) == plain
    assert has_odd_case(text) == plain  # again, from what it remembers


# -- relations: a venture word looked for only where the page holds one -------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=10), st.integers(0, 90), st.integers(0, 40))
def test_venture_word_spans_hold_as_a_scan(pieces, lo, width):
    from tierscope.relations.venture_stakes import _holds

    spans = sorted((a, a + n) for a, n in pieces)
    hi = lo + width
    assert _holds(spans, lo, hi) == any(lo <= s and e <= hi for s, e in spans)


def test_venture_word_spans_cover_the_patterns():
    from tierscope.relations.venture_stakes import _AFTER, _BEFORE, _holds, _word_spans

    for text in ("Die Partner gründeten das Gemeinschaftsunternehmen Cellforce", "Cellforce, a joint venture of A and B",
                 "la empresa conjunta Nexora", "ACC, la coentreprise de A", "Only suppliers here, no such word"):
        spans = _word_spans(text, text.lower())
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1, 3):
                if _BEFORE.search(text, lo, hi) or _AFTER.match(text, lo, hi):
                    assert _holds(spans, lo, hi), (text, lo, hi)
