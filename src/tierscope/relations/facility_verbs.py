"""A plant stated by its work alone: a company that produces, manufactures or assembles something
in a town runs a plant there, with no plant noun in the sentence ("Kornex has been producing cells at
Ashby since 2024", "Kornex fertigt seit 2023 in Kolkwitz Kathodenmaterial", "Kornex produit ses
premières cellules à Sorbiers", "Kornex produce oggi a Cortona", "Kornex empezó a producir en
Villabrava celdas"). The verb stands for the plant noun: it needs its subject (a company right
before it) and a town after a locative word in the same clause (not a country or region: "produces
cells in China" names no plant).

News also open the sentence on the town and tell who works there after it ("In Kolkwitz produziert
Kornex seit 2023 Anoden", "In Ashby, Kornex assembles packs", "À Sorbiers, Kornex fabrique ses
cellules"): German puts the verb second, its subject right after it; the other languages keep the
subject between the town and the verb (`_fronted`).

German closes a clause with a modal on the infinitive, the town between them ("Kornex will in Kolkwitz
ab 2027 Anoden fertigen", `_de_modal`).

A German perfect ("hat ... die Produktion ...") tells what was done with production only with the
participle that closes it: stopped ("eingestellt") is a plant that ran there, moved ("verlagert") a
plant in the town after "nach", not in the town it left (`_de_closing`).
"""

from __future__ import annotations

import re

from .extractor import company_name

# the verb of production, in the forms news use
_VERB = {
    "en": r"\b(?:produc(?:es?|ed|ing)|manufactur(?:es?|ed|ing)|assembl(?:es?|ed|ing))\b",
    "de": r"\b(?:produzier(?:t|en|te|ten)|fertig(?:t|en|te|ten)|stell(?:t|en|te|ten) \w+ \w+ her)\b",
    "fr": r"\b(?:produi(?:t|sent|re|sait|saient)|fabriqu(?:e|ent|er|ait|aient)|assembl(?:e|ent|er|ait|aient))\b",
    "it": r"\b(?:produc(?:e|ono|eva|evano)|produrre|fabbric(?:a|ano|are)|assembl(?:a|ano|are))\b",
    "es": r"\b(?:produc(?:e|en|ir|ía|ían)|fabric(?:a|an|ar)|ensambl(?:a|an|ar))\b",
}
# the start of production stands for the verb too: "Kornex started production in Ashby", "a lancé la
# production à Sorbiers", "ha avviato la produzione a Cortona", "inició la producción en Villabrava";
# German puts the town before the noun and the participle last ("hat in Kolkwitz die Produktion
# aufgenommen", "startet in Kolkwitz die Serienfertigung"): the finite verb is read, the noun ahead
_START = {
    "en": r"\b(?:start(?:s|ed)?|beg(?:in|ins|an|un)|launch(?:es|ed)?|commence[sd]?)\s+(?:(?:series|serial|mass|commercial|volume|cell)\s+)?production\b",
    # (the noun ahead is all that is asked: "hat ... die Produktion eingestellt" reads so too)
    "de": r"\b(?:startet|starten|startete|nimmt|nehmen|nahm|hat|haben)\b(?=[^.;:]{0,80}\b(?:Serien)?(?:[Pp]roduktion|[Ff]ertigung)\b)",
    "fr": r"\b(?:lanc[ée]|démarr[ée]|début[ée]|commenc[ée]|lancer|démarrer|débuter|commencer)\s+(?:la|sa|leur)\s+production\b",
    "it": r"\b(?:avviat[oa]|iniziat[oa]|cominciat[oa]|avvia|inizia|comincia|avviare|iniziare)\s+(?:la\s+)?produzione\b",
    "es": r"\b(?:inici(?:ó|a|ado|ar)|arranc(?:ó|a|ado|ar)|comenz(?:ó|ado|ar)|comienza|empez(?:ó|ado|ar)|empieza)\s+(?:la\s+)?producción\b",
}
_LITERALS = {
    "en": ("produc", "manufactur", "assembl"),
    "de": ("produzier", "fertig", " her", "produktion"),
    "fr": ("produi", "fabriqu", "assembl", "production"),
    "it": ("produ", "fabbric", "assembl"),
    "es": ("produc", "fabric", "ensambl"),
}
# the locative word before the town
_AT = {
    "en": r"\b(?:in|at)\s+$",
    "de": r"\b(?:in|im)\s+(?:[a-zäöü-]+schen\s+)?$",
    "fr": r"(?:\bà|\bau)\s+$",
    "it": r"\b(?:a|ad|nello stabilimento di|nella fabbrica di)\s+$",
    "es": r"\ben\s+$",
}
# a clause ends here: the town after it is another clause's
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|while|but|und|während|aber|et|mais|tandis|e|ma|mentre|y|pero|mientras)\b|\s(?:while|whereas|während|tandis que|mentre|mientras)\s", re.I)
# words right before the verb that make it no work at a plant: a conditional or a negation
# ("could produce", "ne produit pas") is left to the plant nouns; each language its own (Italian "ne"
# is a clitic, not a negation: "Kornex ne produce a Cortona 30.000 tonnellate")
_NOT = {
    "en": r"not|never|no|could|would",
    "de": r"nicht|kein\w*|könnte",
    "fr": r"ne|pas|non|pourrait",
    "it": r"non|potrebbe",
    "es": r"no|podría",
}
# a town opening the sentence after its locative word (German and Italian may put a region's
# adjective between: "Im brandenburgischen Kolkwitz", "Nella piemontese Cortona" is rare, left out)
_OPEN_AT = {
    "en": r"^\W{0,3}(?:In|At)\s+$",
    "de": r"^\W{0,3}(?:In|Im)\s+(?:[a-zäöü-]+(?:schen|ischen)\s+)?$",
    "fr": r"^\W{0,3}(?:À|A|Au)\s+$",
    "it": r"^\W{0,3}(?:A|Ad)\s+$",
    "es": r"^\W{0,3}En\s+$",
}
# between the town and what follows it: a comma, or an aside set off by commas ("In Kolkwitz, rund 40
# Kilometer weiter südlich, produziert ...")
_AFTER_TOWN = r"\s*(?:,[^,.;:]{1,60},|,)?\s*"
# German: the participle that closes "hat ... die Produktion ..." says what was done with it. Started
# ("aufgenommen"): the plant runs in the town after "in". Stopped ("hat die Produktion in Kolkwitz
# eingestellt"): the plant in that town has ended. Moved ("hat die Produktion von Kolkwitz nach Zeitz
# verlagert"): the plant runs in the town after "nach", the old town's is no running plant.
_DE_PERFECT = re.compile(r"\b(?:hat|haben)\b")
_DE_NOUN = re.compile(r"\b(?:Serien)?(?:[Pp]roduktion|[Ff]ertigung)\b")
# (the first participle after the noun is the noun's: "hat die Produktion aufgenommen und 200 Leute
# eingestellt" started production and hired)
_DE_CLOSING = re.compile(
    r"\b(?:(?P<ended>eingestellt|gestoppt|beendet|heruntergefahren)|(?P<moved>verlagert|verlegt)"
    r"|(?P<other>aufgenommen|gestartet|begonnen|hochgefahren|ausgebaut|erweitert|erhöht|verdoppelt))\b")
_DE_TO = re.compile(r"\bnach\s+$")
_RX: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}
_FRONT_RX: dict[str, re.Pattern] = {}
_PLAIN_RX: dict[str, re.Pattern] = {}


def _rx_plain(lang: str):
    """``_rx`` with the verbs of production only, no start of production."""
    if lang not in _PLAIN_RX:
        _PLAIN_RX[lang] = re.compile(_VERB[lang], re.I if lang != "de" else 0)
    return (_PLAIN_RX[lang], *_rx(lang)[1:])


def _rx(lang: str):
    if lang not in _RX:
        _RX[lang] = (re.compile(f"{_VERB[lang]}|{_START[lang]}", re.I if lang != "de" else 0), re.compile(_AT[lang], re.I),
                     re.compile(rf"\b(?:{_NOT[lang]})\s+(?:\w+\s+)?$", re.I))
    return _RX[lang]


def production_verb(text: str, base: int, ms, lang: str | None, place_kind,
                    starts: bool = True) -> tuple[int, int, str, str, str | None, bool] | None:
    """(start, end, subject, status, town, apposed) of a production verb that states a plant: a company
    right before it (its subject), or the company opening the sentence before an aside (``apposed``
    True: the plant is its, whatever company the aside names nearer the verb), a town after a locative
    word at most 70 characters after it in the same clause; else None. ``status`` is "active", or "ended" for German production stopped (``_DE_CLOSING``);
    ``town`` is the plant's town where the verb's own place is not the plant's (German production
    moved: the town after "nach"), else None. ``starts``: whether a start of production counts (not in
    a story's first sentence, its headline: the story tells that plant again, and its town goes to
    it, ``headline_town``)."""
    lang = lang if lang in _VERB else "en"
    lower = text.lower()
    if not any(w in lower for w in _LITERALS[lang]):
        return None
    verb, at, negated = _rx(lang) if starts else _rx_plain(lang)
    for v in verb.finditer(text):
        v0, v1 = v.span()
        if negated.search(text, max(0, v0 - 20), v0):
            continue
        subject = [m for m in ms if m.label == "COMPANY" and m.end - base <= v0 and v0 - (m.end - base) <= 40]
        gap = text[subject[-1].end - base : v0] if subject else ""
        if not subject or (re.search(r"[,;:()]", gap) and not re.fullmatch(r"\s*,[^,]{1,60},\s*(?:\w+\s+){0,3}", gap)):
            # (not the subject: "the customer of X, produces ..." ends another clause; but the
            # company that opens the sentence before an aside is: "X, the maker set up by A, B and
            # C, is producing at Y")
            subject = apposed_subject(text, base, ms, v0)
            if not subject:
                continue
        closing = _de_closing(text, v) if lang == "de" else None
        if closing is not None and closing.lastgroup == "moved":
            town = _town(text, base, ms, v1, closing.start(), _DE_TO, place_kind)
            if town is not None:
                return v0, v1, company_name(subject[-1]), "active", town.text, False
            continue  # (moved to a country, or to no town named: no plant, least of all the old town's)
        end = v1 + 70
        cut = _CLAUSE_END.search(text, v1, end)
        end = min(end, cut.start()) if cut else end
        if _town(text, base, ms, v1, end, at, place_kind) is not None:
            return v0, v1, company_name(subject[-1]), "ended" if closing is not None else "active", None, \
                apposed_subject(text, base, ms, v0) == subject
    hit = _fronted(text, base, ms, lang, place_kind) or (_de_modal(text, base, ms, place_kind) if lang == "de" else None)
    return (*hit, "active", None, False) if hit is not None else None


# German closes a clause on the infinitive after a modal or "werden", with the town between them
# ("Kornex will in Kolkwitz ab 2027 Anoden fertigen", "Ab 2027 soll Kornex in Kolkwitz Zellen
# produzieren", "Kornex wird im sächsischen Zeitz Achsen herstellen"); the other languages put the
# infinitive right after the modal ("veut produire à Sorbiers"), where the verb rule above reads it.
# Not "kann"/"könnte" (what could be made), not a passive ("werden in X montiert": no company subject)
_DE_MODAL = re.compile(r"\b(?:will|wollen|soll|sollen|wird|werden|möchte|möchten)\b")
_DE_INFINITIVE = re.compile(r"\b(?:produzieren|fertigen|herstellen|montieren)(?=\s*(?:[,.;:!?]|$|und\b|sowie\b))")
_DE_AT = re.compile(_AT["de"], re.I)
_DE_NOT = re.compile(rf"\b(?:{_NOT['de']})\b", re.I)


def _de_modal(text: str, base: int, ms, place_kind) -> tuple[int, int, str] | None:
    """(start, end, subject) of a German infinitive of production that closes a modal's clause with
    a town after "in"/"im" between them; the subject a company right before the modal or right after
    it ("Ab 2027 will Kornex in ..."); None where the sentence does not read so or a comma, colon or
    semicolon ends the clause before the infinitive."""
    if not any(w in text for w in ("produzieren", "fertigen", "herstellen", "montieren")):
        return None
    comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
    for mod in _DE_MODAL.finditer(text):
        m0, m1 = mod.span()
        subject = [c for c in comps if c.end - base <= m0 and not text[c.end - base : m0].strip()] or \
            [c for c in comps if c.start - base >= m1 and not text[m1 : c.start - base].strip()]
        if not subject:
            continue
        # (the whole text searched, then the reach checked: a search ending at m1 + 140 would let the
        # lookahead's "$" take that cut for the sentence's end, "fertigen" of "fertigende" for the verb)
        inf = _DE_INFINITIVE.search(text, m1)
        if inf is None or inf.end() > m1 + 140 or re.search(r"[,;:()]", text[m1 : inf.start()]) or _DE_NOT.search(text, m1, inf.start()):
            continue  # (another clause, or "will in X keine Zellen fertigen")
        if _town(text, base, ms, m1, inf.start(), _DE_AT, place_kind) is not None:
            return inf.start(), inf.end(), company_name(subject[0])
    return None


# an aside right after the sentence's first company, up to the verb: a comma, then an apposition or a
# relative clause opened by a lower-case word (an article, a relative pronoun, "an dem", "of which"),
# which may list companies of its own, then a comma and at most three words before the verb ("is",
# "has been", "seit 2024"); a list of companies ("X, Y and Z produce") opens with a name, not an article
_ASIDE_TO_VERB = re.compile(
    r"\s*,\s*(?:[a-zäöüßàâçéèêëîïôûùüÿñ]+\s+)?(?:the|a|an|its|which|who|that|whose|der|die|das|dem|den|des|ein\w*|jene\w*|"
    r"dessen|deren|welche\w*|le|la|les|l['’]|un|une|qui|que|dont|il|lo|gli|una|uno|che|cui|el|los|las|cuy\w+)\b"
    r"[^;:()]{1,170}?,\s*(?:[\w-]+\s+){0,3}")
# what may stand before the sentence's first company: nothing, or a short description ("Das
# Gemeinschaftsunternehmen Kornex", "The joint venture X")
_BEFORE_FIRST = re.compile(r"\W{0,3}(?:[\w-]+\s+){0,3}")


def apposed_subject(text: str, base: int, ms, v0: int) -> list:
    """[the company that opens the sentence], where an aside set off by commas stands between it
    and the verb at ``v0`` ("X, the cell maker set up by A, B and C, is producing at Y", "Das
    Gemeinschaftsunternehmen X, an dem A und B je zur Hälfte beteiligt sind, produziert in Y"); the
    companies the aside names are no subject. Empty where the sentence does not read so."""
    comps = sorted((m for m in ms if m.label == "COMPANY" and m.end > m.start and m.end - base <= v0), key=lambda m: m.start)
    if not comps:
        return []
    first = comps[0]
    s, e = first.start - base, first.end - base
    if not _BEFORE_FIRST.fullmatch(text, 0, s) or "," in text[:s]:
        return []
    return [first] if _ASIDE_TO_VERB.fullmatch(text, e, v0) else []


def _town(text: str, base: int, ms, lo: int, hi: int, at: re.Pattern, place_kind):
    """The first town (a city, not a country or a region) named between ``lo`` and ``hi`` right after
    the locative word ``at``; None where none is."""
    for p in ms:
        s, e = p.start - base, p.end - base
        if p.label == "PLACE" and lo <= s and e <= hi and at.search(text, max(0, s - 30), s) \
                and (p.attrs.get("kind") or place_kind(p.text)) in ("city", ""):
            return p
    return None


def _de_closing(text: str, v: re.Match) -> re.Match | None:
    """The participle of stopping or moving that closes a German perfect of production ("hat ... die
    Produktion in Kolkwitz eingestellt", "hat die Fertigung nach Zeitz verlagert"), in its clause;
    None for any other verb or participle ("hat ... die Produktion aufgenommen")."""
    if not _DE_PERFECT.fullmatch(v.group(0)):
        return None
    cut = _CLAUSE_END.search(text, v.end())
    end = cut.start() if cut else len(text)
    noun = _DE_NOUN.search(text, v.end(), end)
    closing = _DE_CLOSING.search(text, noun.end(), end) if noun else None
    return closing if closing is not None and closing.lastgroup != "other" else None


def _fronted(text: str, base: int, ms, lang: str, place_kind) -> tuple[int, int, str] | None:
    """(start, end, subject) of a production verb after a town that opens the sentence: in German the
    verb right after the town (and its aside), its subject right after the verb ("In Kolkwitz
    produziert Kornex ..."); elsewhere the subject right after the town, the verb at most 40
    characters after the subject ("In Ashby, Kornex has been assembling ..."); else None."""
    if lang not in _FRONT_RX:
        _FRONT_RX[lang] = re.compile(_OPEN_AT[lang])
    places = [p for p in ms if p.label == "PLACE" and p.start - base < 40 and _FRONT_RX[lang].match(text[: p.start - base])]
    if not places or (places[0].attrs.get("kind") or place_kind(places[0].text)) not in ("city", ""):
        return None
    town = places[0]
    after = re.compile(_AFTER_TOWN).match(text, town.end - base).end()
    verb, _, negated = _rx(lang)
    comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
    if lang == "de":
        v = verb.match(text, after)
        if v is None or v.group(0).startswith("stell"):
            return None
        subject = [m for m in comps if m.start - base == v.end() + 1 and text[v.end()] == " "]
        return (v.start(), v.end(), company_name(subject[0])) if subject else None
    subject = [m for m in comps if m.start - base == after]
    if not subject:
        return None
    v = verb.search(text, subject[0].end - base, subject[0].end - base + 40)
    gap = text[subject[0].end - base : v.start()] if v else ","
    if v is None or re.search(r"[,;:()]", gap) or negated.search(text, max(0, v.start() - 20), v.start()):
        return None
    return v.start(), v.end(), company_name(subject[0])
