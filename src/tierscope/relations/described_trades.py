"""What a page says a company makes, for the companies the gazetteer knows no trade of.

Fresh pages name small and new companies, and a tie between two of them ("X signed a deal with Y",
"talks between X and Y") runs one way only by what each makes: goods go up the chain (``known_roles``).
For a known company the gazetteer's sectors tell it; for an unknown one the page does:

    "the cathode maker X", "il produttore di batterie X", "le fabricant de cellules X",
    "la fabricante de baterías X", "der Kathodenhersteller X", "die Kabelspezialisten von X"
    "X, a Swedish separator maker,", "X, un équipementier", "X, la recicladora", "X, der Kathodenhersteller aus Y"
    "X, which makes e-axles", "X, che produce catodi", "X, qui fabrique des cellules", "X, das Kathoden herstellt"
    "X produce catodi", "X makes separators", "X stellt Separatoren her", "X recycles batteries"
    and on an interview page "we make separators" (the entity stage made "we" the interviewee)

``page_trades(doc)`` gives {company: sorted sectors} for the companies so described that the gazetteer
gives no sector. What it must not read: a description of another company ("X, a customer of the
cathode maker Y", "X, Y's rival", "like the cathode maker Y"), a former trade ("the former supplier X",
"l'ex fornitore X", "der ehemalige Zulieferer X"), a negation ("X no longer makes cells"),
a question, goods a company buys or wants ("X, which needs cathodes"). The vocabulary is
``trade_words.py``.
"""

from __future__ import annotations

import re

from ..doc import Document
from ..entities.gazetteer import gazetteer
from .known_roles import gazetteer_name
from .engine import company_name
from .trade_words import (ADJECTIVAL, EN_MAKER, EN_VERB_AGENT, GENERIC_BUILDERS, GERMAN_COMPOUND, MAKER_NOUN, NOUN_BEFORE_ADJECTIVE,
                          OTHER_WORKS, en_agent_sector, en_maker_sector, german_sector, goods_rx, goods_sector, standalone_sector,
                          supplying_agent)

__all__ = ["page_trades", "trades_at"]

_I = re.IGNORECASE
_BEFORE = 70  # characters before a name searched for its description
_AFTER = 110  # characters after it

#: words that, between a trade and a name or in a gap, say the trade is another company's or no trade
#: held: relations between companies, comparison, coordination, negation, prepositions
_GUARD = frozenset("""
customer customers client clients rival rivals competitor competitors partner partners unit subsidiary parent owner
shareholder investor investors like unlike such as including and or but than not no never longer former ex- once buyer
cliente clienti concorrente concorrenti rivale rivali socio soci controllata controllante azionista come non più mai
compratore acquirente ex
concurrent concurrents partenaire partenaires filiale actionnaire comme ne pas plus jamais acheteur
competidor competidores rival socios filial accionista como nunca comprador
kunde kunden konkurrent konkurrenten wettbewerber partnerin tochter mutter aktionär wie kein keine keinen keiner nicht
nie mehr käufer
of for to with by from at in on into about
di per con da al alla ai agli alle dal dalla
pour avec par au aux chez sur à
para con por al en sobre
von für mit bei zu zum zur aus über an auf
""".split())
#: words that make the trade after them a former one: "a former supplier", "the ex-cathode maker X", "l'ex
#: fornitore", "l'ex-fournisseur", "el ex proveedor", "der ehemalige Zulieferer", "l'ancien fournisseur"; and the
#: previous one before the noun ("the previous supplier", "der bisherige Zulieferer", "il precedente fornitore",
#: "le précédent fournisseur"; not Spanish "anterior", which follows the noun, where these words are not looked for). A word
#: that starts with "ex-" is one too: the word pattern keeps a hyphen inside a word, so "ex-" alone is a word
#: only where a trade starts right after it ("an ex-cathode maker"), never in "ex-supplier", "l'ex" or "l'ex-"
_FORMER = frozenset("""
former erstwhile onetime one-time previous ex ex- ehemalig ehemalige ehemaliger ehemaligen ehemaliges ehemaligem frühere früherer
früheren früheres früherem einstige einstiger einstigen einstiges vormalige vormaliger vormaligen vormaliges bisherige
bisheriger bisherigen bisheriges bisherigem vorherige vorheriger vorherigen vorheriges vorherigem precedente precedenti
ancien ancienne anciens anciennes précédent précédente précédents précédentes antiguo antigua antiguos antiguas
""".split())
#: articles and determiners a gap may hold ("produces the", "fabrique des", "produce le", "stellt die ... her")
_ARTICLES = frozenset("the a an its their our un una uno un' il lo la i gli le l' l’ des du de la les el los las ein eine einen "
                      "einer die der das den dem ihre seine unsere also anche aussi también auch bereits già déjà ya "
                      "now currently ora oggi aujourd'hui actuellement hoy ahora heute".split())
_WORD = re.compile(r"[\w'’-]+")
_COMMA = re.compile(r"\s*,\s*")
_ELIDED = re.compile(r"^\w{1,2}['’]")
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")

#: verbs of making (and mining, refining, recycling, running a network), third person and first person
#: plural, present, past and future, right after the name or a relative pronoun
_MAKE = {
    "en": r"(?:makes?|made|produces?|produced|manufactures?|manufactured|builds?|built|will (?:make|produce|manufacture|build)"
          r"|designs and (?:makes|manufactures|produces)|develops and (?:makes|manufactures|produces))",
    "it": r"(?:produce|producono|produceva|produrrà|produciamo|produrremo|fabbrica|fabbricano|fabbrichiamo|realizza|realizzano|realizziamo"
          r"|costruisce|costruiscono|costruiamo)",
    "fr": r"(?:produit|produisent|produira|produisons|fabrique|fabriquent|fabriquera|fabriquons|construit|construisent|construisons"
          r"|con[cç]oit et (?:fabrique|produit))",
    "es": r"(?:produce|producen|producirá|producimos|fabrica|fabrican|fabricará|fabricamos|construye|construyen|construimos)",
    "de": r"(?:produziert|produzieren|fertigt|fertigen|baut|bauen|stellt|stellen|entwickelt und (?:produziert|fertigt))",
}
_RECYCLE = {
    "en": r"(?:recycles?|recycled|will recycle)", "it": r"(?:ricicla|riciclano|ricicliamo)", "fr": r"(?:recycle|recyclent|recyclons)",
    "es": r"(?:recicla|reciclan|reciclamos)", "de": r"(?:recycelt|recyceln)",
}
_MINE = {"en": r"(?:mines|mined|extracts)", "it": r"(?:estrae|estraggono|estraiamo)", "fr": r"(?:extrait|extraient)",
         "es": r"(?:extrae|extraen|extraemos)", "de": r"(?:fördert|fördern)"}
#: verbs of refining: a refiner is a materials maker, as the gazetteer lists refiners (and "the lithium refiner
#: X"), not a miner: ``buyer_kinds`` has a refiner buy from a miner
_REFINE = {"en": r"(?:refines|refined|will refine)", "it": r"(?:raffina|raffinano|raffiniamo)", "fr": r"(?:raffine|raffinent|raffinons)",
           "es": r"(?:refina|refinan|refinamos)", "de": r"(?:veredelt|veredeln|raffiniert|raffinieren)"}
_RELATIVE = {"en": r"(?:which|that|who)", "it": r"(?:che|la quale|il quale)", "fr": r"(?:qui)", "es": r"(?:que|la cual|el cual)",
             "de": r"(?:das|der|die|welches|welcher|welche)"}
#: a German relative's verb last: "X, das Kathoden herstellt", "X, die Batteriezellen fertigt"
_DE_LAST = re.compile(r"\s+(?:herstellt|herstellen|produziert|produzieren|fertigt|fertigen|baut|bauen|recycelt|recyceln)\b", _I)


def _former(word: str) -> bool:
    """Whether ``word`` makes the trade after it a former one (``_FORMER``; an elided article is dropped:
    "l'ex", "l'ex-")."""
    key = _ELIDED.sub("", word).casefold()
    return key in _FORMER or key.startswith("ex-")


def _clean_gap(text: str, lo: int, hi: int, most: int = 3, allow: frozenset[str] = frozenset()) -> bool:
    """Whether ``text[lo:hi]`` holds at most ``most`` words, none a guard word (``allow`` excepted), no
    clause mark and no other company's possessive."""
    gap = text[lo:hi]
    if any(c in gap for c in ",;:()?!.\"“”«»"):
        return False
    words = _WORD.findall(gap)
    if len(words) > most:
        return False
    for w in words:
        key = w.casefold()
        if key in _GUARD and key not in allow and key not in _ARTICLES:
            return False
        if _former(w):
            return False
        if key.endswith(("'s", "’s")):
            return False
    return True


def _goods_after(text: str, pos: int, language: str) -> tuple[str, int] | None:
    """(sector, end) of the goods a verb at ``pos`` governs: the first goods named within three words."""
    rec = _RECYCLING.search(text, pos, min(len(text), pos + 40))
    if rec is not None and _clean_gap(text, pos, rec.start(), most=2):
        return "recycling", rec.end()  # "spécialisée dans le recyclage des batteries": a recycler, not a cell maker
    rx = goods_rx(language)
    m = rx.search(text, pos, min(len(text), pos + 70))
    if m is None or not _clean_gap(text, pos, m.start()):
        return None
    if language in ("en", "de"):
        # the head of a noun phrase comes last: "aluminum cooling plates" are parts, not aluminium
        head = rx.search(text, m.end(), min(len(text), m.end() + 25))
        if head is not None and _clean_gap(text, m.end(), head.start(), most=1) and not _ARTICLE_RX.search(text, m.end(), head.start()):
            m = head
    return goods_sector(m), m.end()


def _trade_at(text: str, pos: int, language: str, limit: int, lead: bool = True) -> tuple[str, int, int] | None:
    """(sector, start, end) of the first trade phrase that opens within three words of ``pos`` (anywhere
    before ``limit`` where not ``lead``): a maker's noun, a standalone trade, a Romance maker's noun with
    its goods, a German compound."""
    hi = min(len(text), limit)
    best: tuple[str, int, int] | None = None

    def take(sector, s, e):
        nonlocal best
        if sector and (best is None or s < best[1]) and (not lead or _clean_gap(text, pos, s)):
            best = (sector, s, e)

    if language == "en":
        for m in EN_MAKER.finditer(text, pos, hi):
            take(en_maker_sector(m), m.start(), m.end())
            break
        for m in EN_VERB_AGENT.finditer(text, pos, hi):
            take(en_agent_sector(m), m.start(), m.end())
            break
    if language in MAKER_NOUN:
        for m in MAKER_NOUN[language].finditer(text, pos, hi):
            g = goods_rx(language).match(text, m.end())
            if g is not None:
                take(supplying_agent(goods_sector(g), m.group("agent")), m.start(), g.end())
            break
    if language == "de":
        for m in GERMAN_COMPOUND.finditer(text, pos, hi):
            take(german_sector(m.group("goods"), m.group("agent")), m.start(), m.end())
            break
    prev = ""
    for m in _WORD.finditer(text, pos, hi):
        word = _ELIDED.sub("", m.group(0))  # ("l'équipementier")
        sector = standalone_sector(language, word)
        if sector and word.casefold() in ADJECTIVAL and prev not in NOUN_BEFORE_ADJECTIVE:
            sector = None  # an adjective ("la plataforma eléctrica X"), no trade of its own
        if sector and word.casefold() in GENERIC_BUILDERS and OTHER_WORKS.match(text, m.end()):
            break  # "le constructeur ferroviaire X", "le constructeur de maisons X": a builder of other works
        if sector and language == "en":
            # English puts the head last: "an OEM supplier" is a supplier, "a utility company" a utility
            head = _NEXT_WORD.match(text, m.end(), hi)
            if head is not None and standalone_sector(language, head.group(1)):
                m, sector = head, standalone_sector(language, head.group(1))
        if sector:
            take(sector, m.start(), m.end())
            break
        elided = _ELIDED.match(m.group(0))
        prev = (elided.group(0)[:-1] if elided else m.group(0)).casefold()  # ("l'" of "l'eléctrica": the article)
    return best


def _before(text: str, start: int, end: int, language: str, others: list[tuple[int, int]]) -> str | None:
    """The trade a description right before a name gives it ("the cathode maker X", "l'équipementier
    français X", "die Kabelspezialisten von X"): the first trade of the description, its head ("le
    fournisseur automobile X" is a supplier, "la casa automobilistica X" a carmaker); after a copula not
    where the name is a possessive ("the carmaker is X's customer": the trade is the subject's)."""
    possessive = _POSSESSIVE.match(text, end) is not None
    lo = max(0, start - _BEFORE)
    window = text[lo:start]
    cut = max(window.rfind(c) for c in ",;:()")
    if cut >= 0:
        lo += cut + 1
    pos = lo
    while pos < start:
        found = _trade_at(text, pos, language, start, lead=False)
        if found is None:
            break
        sector, s, e = found
        if any(_former(w) for w in _WORD.findall(text, lo, s)[-2:]):
            pos = e  # "the former supplier X", "l'ex fornitore di cablaggi X", "der ehemalige Zulieferer X"
            continue
        if _name_gap(text, e, start, language) and not any(e <= a < start for a, _b in others) \
                and not (possessive and _COPULA_WORDS.intersection(w.casefold() for w in _WORD.findall(text[e:start]))):
            return sector
        pos = e
    return None


#: a participle or an adjective of a trade inside an apposition: "a start-up developing anode material",
#: "una empresa de Irun especializada en rotores", "une PME spécialisée dans les câbles"
_PARTICIPLE = {
    "en": r"(?:making|producing|manufacturing|building|developing|speciali[sz](?:ed|ing) in)",
    "it": r"(?:specializzat[ao] (?:in|nella|nelle|nei|negli|nel)|attiv[ao] nella produzione di)",
    "fr": r"(?:sp[ée]cialis[ée]e?s? dans(?: la| les| le)?|active dans la fabrication d(?:e|es|u))",
    "es": r"(?:especializad[ao] en|dedicad[ao] a la fabricaci[óo]n de)",
    "de": r"(?:spezialisiert auf(?: die| den)?)",
}
#: a copula after the name, its description after it ("Quellmar is a Finnish cathode maker")
_COPULA = {lang: re.compile(r"\s+(?:" + rx + r")\s+", _I) for lang, rx in {
    "en": r"is|was|has been|remains", "it": r"è|era|resta|rimane", "fr": r"est|était|reste", "es": r"es|era|sigue siendo",
    "de": r"ist|war|bleibt"}.items()}
#: relation nouns that make an apposition another company's ("X, a unit of Y that makes cells")
_OTHERS_NOUNS = re.compile(
    r"\b(?:customers?|clients?|rivals?|competitors?|partners?|units?|subsidiar(?:y|ies)|parents?|owners?|shareholders?|joint venture"
    r"|clienti?|concorrent[ei]|rival[ei]|soci|controllat[ae]|controllante|azionist[ai]|partecipata|joint venture"
    r"|concurrents?|partenaires?|filiales?|actionnaires?|coentreprise|soci[ée]t[ée] commune"
    r"|competidor(?:es|a)?|socios?|filial(?:es)?|accionistas?|empresa conjunta|participada"
    r"|kunden?|konkurrent(?:en)?|wettbewerber|tochter\w*|mutter\w*|aktionär\w*|gemeinschaftsunternehmen)\b", _I)


def _name_gap(text: str, lo: int, hi: int, language: str) -> bool:
    """Whether ``text[lo:hi]``, between a trade and a name, leaves the trade the name's: nothing in English
    and German, whose adjectives come before the noun (German "von" allowed: "die Kabelspezialisten von
    X"); up to two adjectives after it in Italian, French and Spanish ("l'équipementier français X"), no
    verb ("il costruttore ha scelto X", "le constructeur a choisi X")."""
    words = _WORD.findall(text[lo:hi])
    if len(words) == 1 and words[0].casefold() in _COPULA_WORDS and _clean_gap(text, lo, hi, most=1):
        return True  # "the supplier is X", "el proveedor es X", "Lieferant ist X"
    if language in ("en", "de"):
        return _clean_gap(text, lo, hi, most=0) or (language == "de" and [w.casefold() for w in words] == ["von"]
                                                     and _clean_gap(text, lo, hi, most=1, allow=frozenset({"von"})))
    return _clean_gap(text, lo, hi, most=2) and not any(w.casefold() in _AUXILIARIES or _VERB_ENDING.search(w) for w in words)


#: a copula between a trade and the name it is said of
_COPULA_WORDS = frozenset("is was è era es fue est était ist war".split())
#: Romance auxiliaries and copulas, and the endings of past participles and preterites, which a verb
#: between a trade and a name has ("ha scelto", "a choisi", "eligió")
_AUXILIARIES = frozenset("ha hanno a ont han ha è est es sono sont son era était fue fu sarà sera será aveva avait había "
                         "vuole veut quiere".split())
_VERB_ENDING = re.compile(r"(?:ato|ata|ati|ate|ito|ita|uto|uta|é|ée|és|ées|ó|ado|ada|ido|ida|isce|iert)$", re.I)
#: a speaker's verb right after a description: "X, the German supplier said" tells who spoke, not what X is
_SAID = re.compile(r"\s*(?:said|says|told|added|stated|announced|confirmed|ha (?:detto|dichiarato|annunciato|comunicato)|"
                   r"a (?:déclaré|indiqué|annoncé|précisé)|(?:ha )?(?:dijo|afirmó|explicó|anunció|indicó)|sagte|teilte|erklärte)\b", _I)
#: the recycling of the goods named after it
#: (not its participle as an adjective: "makes recycled aluminium wheels" names the goods' origin)
_RECYCLING = re.compile(
    r"\b(?!(?:recycled|riciclat[oaie]|recycl(?:é|ée|és|ées)|reciclad[oa]s?|recycelte[nmrs]?|wiederverwertet\w*|verwertet\w*)\b)"
    r"(?:recycl|ricicl|recicl|riutilizz|wiederverwert|verwert)\w*", _I)
_ARTICLE_RX = re.compile(r"\b(?:the|a|an|der|die|das|den|dem|des|ein|eine|einen|einer)\b", _I)


#: "of" before the owner a description names ("X, the precursor business of Y", "X, la filiale batterie di Y")
_OWNER_OF = re.compile(r"\s+(?:of|di|del|della|dello|de|del|du|des|de la|von|der|des)\s+(?:the\s+|la\s+|le\s+|il\s+|el\s+)?", _I)


#: a possessive closing a trade ("the cathode maker's", "the carmakers'")
_POSSESSIVE = re.compile(r"['’](?:s\b|\s)")


def _described(text: str, found, others: list[tuple[int, int]]) -> str | None:
    """The sector of a trade found in an apposition or after a copula, unless another company's name
    follows it ("X, the carmaker and Y", "X war der Rohstoffkonzern Y"; not its owner after "of": "X, the
    precursor business of Y"), a verb of saying ("X, the German supplier said") or a possessive ("X, the
    cathode maker's rival")."""
    if found is None:
        return None
    sector, _s, e = found
    if _POSSESSIVE.match(text, e):
        return None  # "X, the cathode maker's rival", "X is the carmakers' supplier": the trade is another's
    if any(e <= a <= e + 8 and not _OWNER_OF.fullmatch(text, e, a) for a, _b in others) or _SAID.match(text, e):
        return None
    return sector


def _after(text: str, end: int, language: str, hi: int, others: list[tuple[int, int]]) -> str | None:
    """The trade an apposition, a relative clause or a verb of making right after a name gives it."""
    rest = text[end:hi]
    m = _COMMA.match(rest)
    if not m:
        cop = _COPULA[language].match(text, end)
        if cop is not None:  # "X is a cathode maker", "X è un produttore di celle", "X ist ein Zulieferer"
            return _described(text, _trade_at(text, cop.end(), language, min(hi, cop.end() + 60)), others)
        return _verb(text, end, language, hi, relative=False)
    at = end + m.end()
    rel = _RX["relative"][language].match(text, at)
    if rel is not None and not _german_apposition(text, at, language):
        return _verb(text, rel.end(), language, hi, relative=True)
    found = _trade_at(text, at, language, min(hi, at + 60))
    if found:
        return _described(text, found, others)
    # an apposition of place, size or kind first ("X, 210 addetti tra Saluzzo e Savigliano, produce cablaggi",
    # "X, une entreprise lyonnaise de 420 salariés qui conçoit et fabrique ...", "X, a start-up developing ..."):
    # no other company inside it, no relation noun that would make it another's
    close = text.find(",", at, hi)
    close = hi if close < 0 else close
    if any(at <= s < close for s, _e in others) or _OTHERS_NOUNS.search(text, at, close) or ";" in text[at:close]:
        return None
    # (past the article of a German apposition, which is no relative: "X, das Unternehmen aus Jena, ...")
    for k in _RX["inner"][language].finditer(text, rel.end() if rel is not None else at, close):
        if k.group("part"):
            got = _goods_after(text, k.end(), language)
            return got[0] if got else None
        return _verb(text, k.end(), language, hi, relative=True)
    if close < hi:
        # a relative after the apposition ("X, ein Start-up aus Jena, das Kathoden herstellt", "X, a firm from
        # Leeds, which makes cathodes") tells of the company the apposition described
        after = _COMMA.match(text, close).end()
        rel = _RX["relative"][language].match(text, after)
        if rel is not None and not _german_apposition(text, after, language):
            return _verb(text, rel.end(), language, hi, relative=True)
        return _verb(text, close + 1, language, hi, relative=False)
    return None


#: a German article that may open an apposition as well as a relative clause, then a noun (capitalised),
#: an adjective or two before it ("der führende sächsische Kathodenhersteller")
_DE_ARTICLE_NOUN = re.compile(r"(?:der|die|das)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ]")
_CLAUSE_END = re.compile(r"[,;:()]")
_LAST_WORD = re.compile(r"([\w-]+)\W*$")


def _german_apposition(text: str, at: int, language: str) -> bool:
    """Whether "der", "die" or "das" at ``at``, after a name's comma, opens an apposition ("X, der
    Kathodenhersteller aus Jena, ...", "X, die Batteriefirma", "X, das Recyclingunternehmen") rather than a
    relative clause ("X, die Kathodenhersteller beliefert", "X, das Kathoden herstellt"): a German relative
    clause ends on its verb, which is written lower-case; an apposition ends on a noun or a name."""
    if language != "de" or not _DE_ARTICLE_NOUN.match(text, at):
        return False
    close = _CLAUSE_END.search(text, at)
    last = _LAST_WORD.search(text, at, close.start() if close else len(text))
    return last is not None and not last.group(1)[0].islower()


def _verb(text: str, pos: int, language: str, hi: int, relative: bool) -> str | None:
    """The trade a verb of making, recycling or mining at ``pos`` (a word or two of adverb allowed before
    it) tells of its subject."""
    at = _LEAD.match(text, pos).end()
    if language == "de" and relative:
        for m in goods_rx(language).finditer(text, at, min(hi, at + 80)):
            if _clean_gap(text, at, m.start(), most=4) and _DE_LAST.match(text, m.end()):
                return goods_sector(m)
            break
        return None
    rec = _RX["recycle"][language].match(text, at)
    if rec:
        return "recycling"
    mine = _RX["mine"][language].match(text, at)
    if mine:
        return "mining" if _goods_after(text, mine.end(), language) else None
    refine = _RX["refine"][language].match(text, at)
    if refine:
        return "battery_materials" if _goods_after(text, refine.end(), language) else None
    make = _RX["make"][language].match(text, at)
    if make is None:
        return None
    got = _goods_after(text, make.end(), language)
    return got[0] if got else None


#: an adverb or two between the name and its verb ("X also makes", "X produce già", "X baut bereits")
_LEAD = re.compile(r"\s*(?:(?:also|already|now|still|currently|anche|già|ora|aussi|déjà|également|también|ya|auch|bereits|selbst)\s+)?", _I)
#: the patterns above compiled once per language
_RX = {
    "relative": {k: re.compile(rx + r"\s+", _I) for k, rx in _RELATIVE.items()},
    "inner": {k: re.compile(r"\b(?:" + rx + r"\s+(?=\S)|(?P<part>" + _PARTICIPLE[k] + r")\s+)", _I) for k, rx in _RELATIVE.items()},
    "recycle": {k: re.compile(rx + r"\b", _I) for k, rx in _RECYCLE.items()},
    "mine": {k: re.compile(rx + r"\b", _I) for k, rx in _MINE.items()},
    "refine": {k: re.compile(rx + r"\b", _I) for k, rx in _REFINE.items()},
    "make": {k: re.compile(rx + r"\b", _I) for k, rx in _MAKE.items()},
}


def trades_at(text: str, start: int, end: int, language: str, others: list[tuple[int, int]] = ()) -> list[str]:
    """The trades a sentence ``text`` gives the company named at ``text[start:end]``: from a
    description before the name and from one after it. ``others``: the spans of the sentence's other
    companies (an apposition holding one is not about this one)."""
    if language not in _MAKE or "?" in text:
        return []
    out = []
    sector = _before(text, start, end, language, list(others)) if start > 0 else None
    if sector:
        out.append(sector)
    sector = _after(text, end, language, min(len(text), end + _AFTER), list(others))
    if sector and sector not in out:
        out.append(sector)
    return out


def page_trades(doc: Document) -> dict[str, tuple[str, ...]]:
    """{company: its sectors, sorted} for the companies of the page the gazetteer gives no sector and the
    page describes by their trade (see the module's docstring)."""
    language = doc.language or ""
    if language not in _MAKE:
        return {}
    found: dict[str, set[str]] = {}
    known: dict[str, bool] = {}
    sentences = doc.sentences
    idx = 0
    for m in sorted((m for m in doc.mentions if m.label == "COMPANY" and company_name(m)), key=lambda m: (m.start, m.end)):
        name = company_name(m)
        if name not in known:
            entry = gazetteer().entry(gazetteer_name(name))
            known[name] = entry is not None and bool(entry.sectors)
        if known[name]:
            continue
        while idx < len(sentences) and sentences[idx].end <= m.start:
            idx += 1
        if idx >= len(sentences) or sentences[idx].start > m.start:
            continue
        sent = sentences[idx]
        text = doc.text[sent.start : sent.end]
        others = [(x.start - sent.start, x.end - sent.start) for x in doc.mentions
                  if x.label == "COMPANY" and sent.start <= x.start < sent.end and company_name(x) != name]
        got = trades_at(text, m.start - sent.start, m.end - sent.start, language, others)
        if got:
            found.setdefault(name, set()).update(got)
    return {name: tuple(sorted(sectors)) for name, sectors in found.items()}
