"""Funding rounds told over several sentences: the company that raised the money is named in one
sentence, its investors in the next ones, which name it no more.

    "Verkor has raised 1.1 billion euros. New shareholders EQT and Macquarie also took part."
    "Vulcan ha chiuso un aumento di capitale. Hanno partecipato anche Stellantis e il fondo Demeter."
    "Cylib sammelt 55 Millionen Euro ein. Angeführt wurde die Runde von Porsche."
    "Electra a bouclé une levée de fonds. Le tour de table est mené par Eurazeo."
    "Verkor ha recaudado 300 millones. La ronda ha sido liderada por Renault."

A sentence that raises money (a raising verb before an amount, or a round or capital-increase
noun) names its raiser: its one company, or the company nearest before the raising words. Up to
``_REACH`` sentences after it in the same story, a sentence that names no raiser itself and states
that companies took part in, led or subscribed the round makes each company of the clause of those
words an investor in the raiser (``invests_in``). A sentence that raises money for another
company ends the round.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .clauses import CONTRAST_BREAK
from .engine import company_name as _name
from ..scan.prefilter import _required, may_match

__all__ = ["round_investors"]

_REACH = 3  # sentences after the raising one

_AMOUNT = r"(?:[$€£]|\d)"
# Raising verbs before an amount: "has raised 1.1 billion euros", "ha raccolto 180 milioni", "sammelt 55
# Millionen Euro ein", "a levé 300 millions", "ha recaudado 50 millones".
_RAISE_VERB = {
    "en": r"\brais(?:es|ed|ing)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|up to|an additional|additional|a further|further|fresh|new|another)\s+)*(?:[$€£]|\d|funding|financing|capital|money|cash|equity)",
    "it": rf"\b(?:raccolt[oi]|raccoglie|raccogliere|incassat[oi])\s+(?:(?:altri|circa|oltre|quasi|nuovi)\s+)*{_AMOUNT}",
    "de": r"\b(?:eingesammelt|einsammeln|eingeworben|sammel(?:t|te|ten|n))\b",
    "fr": rf"\b(?:levé|lève|lèvera|lever)\s+(?:(?:près de|plus de|environ|quelque|un peu plus de|encore|à nouveau|de nouveau)\s+)*{_AMOUNT}",
    "es": rf"\b(?:recaud\w+|levant(?:a|ó|ado)|capt(?:a|ó|ado))\s+(?:(?:más de|cerca de|unos|unas|alrededor de|otros|otras|casi)\s+)*{_AMOUNT}",
}
# Nouns of a round: a sentence with one and no words of taking part raises money too ("X ha chiuso
# un aumento di capitale"); with them it tells who took part ("Le tour de table est mené par Y").
_RAISE_NOUN = {
    "en": r"\b(?:funding|financing|investment|equity|seed|Series [A-F]) (?:round|package)\b|\bcapital increase\b|\brights issue\b"
          r"|\b\d[\d.,]* ?(?:million|billion|bn|m)(?: euro| dollar| pound)? (?:funding |financing |equity )?round\b",
    # a round told by its size or its series: "un round di serie B", "un round da 120 milioni"
    "it": r"\baument[oi] di capitale\b|\bround di (?:finanziamento|investimento)\b|\bricapitalizzazione\b"
          r"|\bround (?:di serie [A-F]|da (?:oltre |circa )?\d)",
    "de": r"\bKapitalerhöhung(?:en)?\b|\bFinanzierungsrunden?\b|\bFinanzierung\b[^.;]{0,60}?\b(?:abgeschlossen|gesichert|eingesammelt)\b"
          r"|\bSerie-[A-F]-Runde\b|\bFinanzierungspaket(?:s|e|en)?\b",
    "fr": r"\blevée de fonds\b|\btour de table\b|\baugmentation de capital\b|\btour de financement\b",
    # "una ronda de 68 millones", "una ronda de serie A"
    "es": r"\bronda de (?:financiación|inversión)\b|\bpaquete de financiación\b|\bampliación de capital\b|\bronda (?:de serie [A-F]|de (?:más de |unos |casi )?\d)",
}
# Words that say companies put money into the round: "took part", "led by", "beteiligten sich".
_JOIN = {
    "en": r"\b(?:took|take|takes|taking) part\b|\bparticipat(?:ed|es|ing)\b|\bjoined (?:the|in)\b"
          r"|\b(?:was|were|is|are|been) (?:co-)?led by\b|\b(?:funding|financing|round|investment|raise)\b[^.;]{0,40}?\b(?:co-)?led by\b"
          r"|\b(?:co-)?led the (?:round|funding|financing|investment|raise)\b"
          r"|\b(?:new |existing )?(?:investors|shareholders|backers) (?:include|included|including)\b"
          r"|\bamong (?:the )?(?:new |existing )?(?:investors|shareholders|backers)\b"
          r"|\bwith (?:the )?participation (?:of|from)\b|\b(?:largest|biggest|main|lead) subscriber\b"
          # money put in again, investors joined by new ones: "put more money into the round", "alongside
          # new investors A and B", "were in that round"
          r"|\bput (?:more |fresh |new |additional |further )?(?:money|cash|capital) into\b|\balongside (?:new |existing )?(?:investors|backers|shareholders)\b"
          r"|\b(?:was|were) (?:also )?in (?:the|that|this) round\b|\bfrom (?:its |their )?(?:existing |current )?(?:shareholders|investors|backers)\b|\bbringing together\b",
    "it": r"\b(?:ha|hanno|aveva|avevano) (?:\w+ )?(?:partecipato|sottoscritto|aderito)\b|\bpartecipano\b"
          r"|\b(?:guidat|capitanat|sottoscritt|partecipat)[oaie] (?:anche )?(?:da|dal|dalla|dai|dagli|dall['’])"
          r"|\btra (?:gli|i) (?:nuovi )?(?:investitori|azionisti|soci|sottoscrittori)\b"
          r"|\bcon la partecipazione (?:di|del|della|dei|degli|dell['’])|\bl['’]ha(?:nno)? (?:guidat|sottoscritt)[oa]\b"
          r"|\b(?:ha|hanno) (?:anche |nuovamente |di nuovo )?(?:investito|reinvestito|messo)\b|\bapportat[oi] da\b"
          r"|\b(?:sono|è) entrat[oaie]\b",
    "de": r"\bbeteilig(?:t|te|ten|en) sich\b|\bsich\b[^.;]{0,60}?\bbeteilig(?:t|te|ten)\b|\bangeführt\b|\b(?:größter |wichtigster )?Zeichner\b"
          r"|\bzeichnete(?:n)?\b|\bgezeichnet (?:wurden|wurde|haben|hat)\b|\b(?:wurden|wurde)\b[^.;]{0,80}?\bgezeichnet\b|\bzu den (?:neuen |bestehenden )?(?:Investoren|Geldgebern|Aktionären|Anteilseignern)\b"
          r"|\b(?:Investoren|Geldgeber) (?:sind|waren|zählen)\b|\bunter (?:der )?Beteiligung (?:von|des|der)\b"
          # "Neu beteiligt haben sich A und B", "haben erneut Geld gegeben", "haben mitgezogen"
          r"|\bbeteiligt (?:haben|hatten|hat|hatte) sich\b|\b(?:Geld|Kapital|Mittel) (?:gegeben|nachgeschossen|zugeschossen)\b|\bmitgezogen\b"
          # taking part in the round itself: "An der Kapitalerhöhung nahmen A und B teil", "A nahm ebenfalls an der Runde teil"
          r"|(?<=\b[Aa]n )(?:der|dem|einer|dieser|diesem) (?:[\w-]+ ){0,3}?(?:\w*[Rr]unden?|Kapitalerhöhung(?:en)?|\w*[Ff]inanzierung)\b[^.;]{0,60}?\b(?:nahm|nahmen|nimmt|nehmen|haben|hat)\b"
          r"(?=[^.;]{0,150}?\bteil(?:genommen)?\b)(?![^.;]{0,150}?\b(?:nicht|nie|kein|keine|keiner)\b)"
          r"|\b(?:nahm|nahmen|nimmt|nehmen)\b(?=[^.;]{0,60}?\b(?:an (?:der|dem|einer) (?:[\w-]+ ){0,3}?(?:\w*[Rr]unden?|Kapitalerhöhung|\w*[Ff]inanzierung)|daran) teil\b)(?![^.;]{0,60}?\b(?:nicht|nie|kein|keine|keiner)\b)",
    "fr": r"\b(?:ont|a|avaient|avait) (?:\w+ )?(?:participé|pris part|souscrit)\b|\bparticip(?:ent|e|aient|ait) (?:aussi |également )?à\b"
          r"|\b(?:mené|menée|emmené|emmenée|piloté|pilotée) par\b|\baux côtés d|\brejoint par\b"
          r"|\bparmi (?:ses|les) (?:nouveaux |principaux )?(?:actionnaires|investisseurs)\b"
          r"|\bavec la participation (?:de|du|des|d['’])"
          # "auquel participent A et B", "a remis au pot"
          r"|\b(?:auquel|à laquelle|auxquels|auxquelles) (?:ont |avaient )?(?:particip\w+|pris part)|\bremis au pot\b|\bremettent au pot\b"
          # "un tour de table auprès de ses actionnaires historiques A et B", "réunissant A et B", "sont entrés"
          r"|\bauprès de (?:ses|leurs) (?:\w+ ){0,2}?(?:actionnaires|investisseurs)\b|\bréunissant\b|\b(?:sont|est) entrée?s?\b",
    "es": r"\b(?:han|ha|habían|había) (?:\w+ )?(?:participado|suscrito|acudido)\b|\bparticip(?:aron|ó|an) (?:también )?en\b"
          r"|\b(?:liderad|encabezad|capitanead|suscrit)[ao] por\b"
          r"|\bentre (?:sus|los) (?:nuevos |principales )?(?:accionistas|inversores)\b"
          r"|\bcon la participación (?:de|del)\b|\b(?:la|lo) (?:ha|han) (?:liderado|encabezado|suscrito)\b"
          # "En la ronda acuden A y B", "con 25 millones aportados por A y B"
          r"|\bacud(?:en|ieron|ió|e)\b|\baportad[oa]s? por\b"
          # "en la que han entrado como accionistas minoritarios A y B", "reuniendo a A y B"
          r"|\b(?:han|ha|habían|había) entrado\b|\breuniendo a\b",
}
# Words of a round yet to come: "will take part", "soll sich beteiligen", "participera".
_FUTURE = re.compile(r"\b(?:will|would|shall|plans?|intends?|wird|werden|soll|sollen|wollen|will|parteciper\w*|participer\w*|participar\w*|"
                     r"prevede|prevé|prévoit)\b", re.IGNORECASE)

# The raiser named right after a round noun: "an der Kapitalerhöhung von X", "der Finanzierungsrunde des Start-ups X"
# (at most two words of description between the preposition and the name).
_OF_RAISER = {"de": re.compile(r"\s+(?:von|vom|des|der)\s+(?:[\w-]+\s+){0,2}"),
              # "la levée de fonds de X", "la ronda de X", "il round di X", "the funding round of X"
              "fr": re.compile(r"\s+(?:de|du|d['’])\s*(?:(?:la|le|l['’])\s*)?(?:[\w-]+\s+){0,2}?"),
              "es": re.compile(r"\s+(?:de|del)\s+(?:(?:la|el)\s+)?(?:[\w-]+\s+){0,2}?"),
              "it": re.compile(r"\s+(?:di|del|della|dello|dell['’])\s*(?:[\w-]+\s+){0,2}?"),
              "en": re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?")}

# An investor's parent in an apposition is no investor: "menée par Mirova, la filiale de Natixis",
# "Porsche Ventures, the investment arm of Porsche", "Bosch Ventures, der Wagniskapitalarm von Bosch".
_PARENT_OF = re.compile(
    r",\s[^,;()]{0,40}?\b(?:subsidiary|unit|division|branch|filiale|controllata|divisione|braccio|Tochter\w*|"
    r"\w*[Aa]rm|\w*gesellschaft|filial|brazo|división)\b[^,;()]{0,60}?\b(?:of|de|du|des|d['’]|di|del|della|dello|dell['’]|von|vom|der)\s[^,;()]{0,40}$")

# An indefinite article right before a round's noun: a new round, not the one told ("una ampliación", "a round")
_A_NEW = re.compile(r"\b(?:a|an|un|una|une|uno|ein|eine|einer|einen)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

# The parent named in a description before its investing arm: "der Wagniskapitalarm des Zulieferers
# Bosch, Bosch Ventures", "the venture arm of carmaker Norvik, Norvik Ventures" (the arm invests)
_ARM_OF = re.compile(r"\b(?:\w*[Aa]rm|Tochter\w*|subsidiary|unit|division|filiale|controllata|braccio|brazo|filial|vehicle|véhicule|veicolo|vehículo)\s+"
                     r"(?:of|des|der|von|vom|de|du|d['’]|di|del|della|dello)\s+(?:(?:the|le|la|il|el|der|des)\s+)?(?:[\w-]+\s+){0,2}$")
_APPOSED = re.compile(r"\s*,\s*")

# A round named bare, as one the story told: "the round", "die Runde", "le tour de table", "la ronda".
_BARE_ROUND = re.compile(r"\b(?:the|this|that|die|diese|der|dieser|le|ce|la|il|questo|el|esta|este)\s+(?:(?:latest|new|last|jüngste|neue|nouveau|nouvelle|nuovo|ultimo|nueva|última)\s+)?"
                         r"(?:round|Runde|Finanzierungsrunde|tour de table|levée|ronda|ampliación)\b", re.IGNORECASE)

_VERB_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _RAISE_VERB.items()}
_NOUN_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _RAISE_NOUN.items()}
_JOIN_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _JOIN.items()}
# Cheap gate: a word one of the patterns needs (most sentences have none).
_GATE = re.compile(
    r"rais|round|capital|rights|raccol|incass|ricapital|gesammel|sammel|eingewor|kapitalerh|finanzierung|lev[ée]|lève|tour de table"
    r"|recaud|levant|capt|ronda|ampliaci|runde|package|paket|paquete|financement",
    re.IGNORECASE,
)
_GATE_REQUIRED = _required(_GATE.pattern)  # a cheap first test: one of these is in every match


def _raiser(text: str, base: int, comps: list[Mention], m: re.Match) -> str | None:
    """The company that raises money in a sentence (``m``: its raising words), or None: the one
    company named, or the company nearest before the raising words."""
    names = {_name(c) for c in comps}
    if len(names) == 1:
        return next(iter(names))
    before = [c for c in comps if c.end - base <= m.start() and m.start() - (c.end - base) <= 100]
    return _name(before[-1]) if before else None


def round_investors(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the investors, sentence of the raise, Found) for each investor in a round told
    after the sentence that names its raiser."""
    verb_rx, noun_rx, join_rx = _VERB_RX.get(language), _NOUN_RX.get(language), _JOIN_RX.get(language)
    if verb_rx is None:
        return []
    out = []
    raiser, origin = None, -1
    told = None  # (story, company, sentence): the last company of the story that raised money, however far back
    for i, sent in enumerate(doc.sentences):
        if raiser is not None and (i - origin > _REACH or sent.story != doc.sentences[origin].story):
            raiser = None
        earlier = told[1] if told is not None and told[0] == sent.story else None
        text = doc.text[sent.start : sent.end]
        gated = may_match(_GATE_REQUIRED, text, text.lower()) and _GATE.search(text) is not None
        if raiser is None and not gated:
            continue
        comps = [m for m in per_sentence[i] if m.label == "COMPANY" and _name(m) and not m.attrs.get("implied")]
        if raiser is None and earlier is not None and gated and comps and _BARE_ROUND.search(text):
            # "The round was led by A, with B joining": the round the story told, however far back
            raiser, origin = earlier, told[2]
        joins = list(join_rx.finditer(text)) if raiser is not None and comps else []
        raising = (verb_rx.search(text) or (None if joins else noun_rx.search(text))) if gated else None
        if raising is None and joins and gated and (noun := noun_rx.search(text)) is not None:
            own = _raiser(text, sent.start, comps, noun)
            if own is not None and own != raiser and noun.end() <= joins[0].start() and _A_NEW.search(text, 0, noun.start()):
                # "En paralelo, Y ha cerrado una ampliación en la que han entrado A y B": Y's own round, a
                # new one ("Y mène le tour de table" is the round told)
                raising = noun
        if raising is not None:
            # a new raise (for this company or another) starts a new round
            after = _of_raiser(text, sent.start, comps, raising, language)
            if after is not None:
                # "An der Kapitalerhöhung von X beteiligten sich A und B": the raiser named after the noun,
                # its investors in this very sentence
                if join_rx.search(text):
                    found = _investors(doc, sent, text, [c for c in comps if c is not after], list(join_rx.finditer(text)), language, _name(after))
                    out.extend((i, i, f) for f in found)
                raiser, origin = _name(after), i
                told = (sent.story, raiser, i)
                continue
            named = _raiser(text, sent.start, comps, raising)
            if named is not None and len(comps) > 1:
                # "Norvik's funding round was led by A, with B", "La ronda de Norvik fue liderada por A":
                # the round named with its raiser, its investors after the words of taking part
                out.extend((i, i, f) for f in _investors_after(doc, sent, text, comps, raising, join_rx, language, named))
            if named is None and comps and join_rx.search(text):
                # "Nell'ultimo aumento di capitale hanno sottoscritto anche A e B": the round of the
                # company the story is about (or that raised money earlier in it), its investors in this
                # very sentence
                named = raiser or earlier or _topic(doc, per_sentence, i, {_name(c) for c in comps})
                if named is not None:
                    found = _investors(doc, sent, text, comps, list(join_rx.finditer(text)), language, named)
                    out.extend((i, i, f) for f in found)
            elif named is None and not comps:
                # "Vous annoncez une levée de fonds.", "The round closed in May.": a round of no company
                # named goes on with the one the story told raising money
                named = raiser or earlier
            raiser, origin = named, i
            if named is not None:
                told = (sent.story, named, i)
            continue
        if not joins or any(_name(c) == raiser and c.source != "coref" for c in comps):
            continue  # a sentence that names the raiser is read by the frames ("the company" in an aside is not)
        found = _investors(doc, sent, text, comps, joins, language, raiser)
        out.extend((i, origin, f) for f in found)
    return out


def _of_raiser(text: str, base: int, comps: list[Mention], m: re.Match, language: str) -> Mention | None:
    """The company named right after the round noun ``m`` by "of" ("der Kapitalerhöhung von X"), or None."""
    rx = _OF_RAISER.get(language)
    after = next((c for c in comps if c.start - base >= m.end()), None)
    if rx is None or after is None or not rx.fullmatch(text, m.end(), after.start - base):
        return None
    return after


def _topic(doc: Document, per_sentence: list[list[Mention]], i: int, exclude: set[str]) -> str | None:
    """The company the story is about up to sentence ``i``: named most often (twice at least, by name
    or by a description), and more often than any other."""
    story = doc.sentences[i].story
    counts: dict[str, int] = {}
    for k in range(i - 1, -1, -1):
        if doc.sentences[k].story != story:
            break
        for m in per_sentence[k]:
            if m.label == "COMPANY" and _name(m) and _name(m) not in exclude:
                counts[_name(m)] = counts.get(_name(m), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _investors(doc, sent, text, comps, joins, language, raiser) -> list[engine.Found]:
    """Each company in the clause of words of taking part ("Größter Zeichner war A; daneben
    beteiligten sich B": both clauses)."""
    out: dict[str, engine.Found] = {}
    for join in joins:
        lo, hi = _clause(text, join.start(), join.end())
        investors = [c for c in comps if c.source != "coref" and lo <= c.start - sent.start < hi
                     and not (c.start - sent.start < join.end() and join.start() < c.end - sent.start)]
        investors = [c for k, c in enumerate(investors) if k == 0 or not _PARENT_OF.match(text, investors[k - 1].end - sent.start, c.start - sent.start)]
        investors = [c for k, c in enumerate(investors)
                     if not (_ARM_OF.search(text, 0, c.start - sent.start) and k + 1 < len(investors)
                             and _APPOSED.fullmatch(text, c.end - sent.start, investors[k + 1].start - sent.start))]
        names = [n for n in dict.fromkeys(_name(c) for c in investors) if n != raiser and n not in out]
        if not names:
            continue
        spans = [(c.start - sent.start, c.end - sent.start) for c in investors]
        status, _ = engine.status_for(engine.compiled(language), text, join.start(), join.end(), "active", spans)
        if status is None:
            continue
        if status == "announced" and not _FUTURE.search(text):
            status = "active"  # "New shareholders X and Y also took part": a round told as done
        for name in names:
            out[name] = engine.Found("invests_in", name, raiser, status, 0.6, None, (join.start(), join.end()))
    return list(out.values())


# Words that may stand between two investors of one list: conjunctions, articles, words of taking part,
# a fund's description ("EQT, le fonds Kirkbi et Tessaro", "A, with B also taking part")
_LIST_WORDS = frozenset("""and or with also as well the its a an fund funds investor investors its participation part taking joined
    by from including alongside together along plus new existing
    et ou avec aussi ainsi que le la les l de du des d aux côtés fonds investisseur participation également nouveaux
    e o con anche il lo i gli l di del della dei degli fondo fondi investitore partecipazione insieme a accanto nuovi
    y con también el la los las de del fondo fondos inversor participación junto a además nuevos
    und oder mit sowie auch der die das den dem des fonds investor investoren beteiligung neben zusammen neue""".split())
_WORD = re.compile(r"\w+")


def _investors_after(doc, sent, text, comps, raising, join_rx, language, raiser) -> list[engine.Found]:
    """Investors told after the raise in its own sentence: words of taking part after the raising
    words, with no company between them (another company's round may be told there)."""
    base = sent.start
    joins = [j for j in join_rx.finditer(text, raising.end())
             if not any(raising.end() <= c.start - base < j.start() for c in comps)]
    if not joins:
        return []
    after = [c for c in comps if c.start - base >= joins[0].start() and _name(c) != raiser]
    # the list of investors ends where a gap holds words other than those of a list ("..., prepara
    # sus entregas a Y": Y is no investor)
    kept, pos = [], joins[0].end()
    for c in after:
        gap = text[pos : c.start - base]
        if kept and not all(w in _LIST_WORDS for w in _WORD.findall(gap.lower())):
            break
        kept.append(c)
        pos = c.end - base
    return _investors(doc, sent, text, kept, joins, language, raiser) if kept else []


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence around the words at start..end, between contrast words."""
    lo, hi = 0, len(text)
    for c in CONTRAST_BREAK.finditer(text):
        if c.end() <= start:
            lo = c.end()
        elif c.start() >= end:
            hi = c.start()
            break
    return lo, hi
