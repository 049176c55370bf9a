"""MONEY and CAPACITY mentions with their values.

Numbers follow the language's separators: "1,7 miliardi" is 1.7e9 in Italian, "$1,200 million" is
1.2e9 in English, "2.000 millones" is 2e9 in Spanish.
"""

from __future__ import annotations

import re

from ..doc import Mention

__all__ = ["find_quantities", "parse_number"]

_NUM = r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUM_FR = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"

_MULT = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3, "mila": 1e3, "tausend": 1e3, "tsd": 1e3, "mil": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mio": 1e6, "milione": 1e6,
    "milioni": 1e6, "millionen": 1e6, "millón": 1e6, "millones": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "mrd": 1e9, "mld": 1e9, "mlrd": 1e9,
    "miliardo": 1e9, "miliardi": 1e9, "milliarde": 1e9, "milliarden": 1e9, "milliard": 1e9,
    "milliards": 1e9, "md": 1e9, "mds": 1e9, "mil millones": 1e9, "millardo": 1e9, "millardos": 1e9,
    "trillion": 1e12, "tn": 1e12, "billón": 1e12, "billones": 1e12, "crore": 1e7, "crores": 1e7,
    "lakh": 1e5, "lakhs": 1e5,
}
_MULT_RX = (
    r"(?i:mil\s+millones|billones|billón|billions?|bn|trillion|tn|millions?|mn|mln|miliardi|miliardo|"
    r"milliarden|milliarde|milliards?|millardos?|mlrd|mrd\.?|mld\.?|millionen|mio\.?|milioni|milione|"
    r"millones|millón|mil|mila|thousand|tausend|tsd\.?|crores?|lakhs?|mds?|b|m|k)"
)
_SYMBOLS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD",
            "hk$": "HKD", "r$": "BRL", "₹": "INR", "rs": "INR", "rs.": "INR", "₩": "KRW"}
_CODES = "USD EUR GBP JPY CNY RMB CHF SEK NOK DKK KRW INR CAD AUD HUF PLN CZK BRL HKD".split()
_WORDS = {
    "EUR": "euro euros",
    "USD": "dollars dollar dollari dollaro us-dollar us-dollars dólares dólar",
    "GBP": "pounds pound sterling sterline pfund livres",
    "JPY": "yen",
    "CNY": "yuan renminbi",
    "KRW": "won",
    "INR": "rupees rupee rupie rupien roupies rupias",
    "CHF": "franken",
    "SEK": "kronor kronen",
}
_WORD_CURRENCY = {w: code for code, words in _WORDS.items() for w in words.split()}
# Tokens a currency written before the number starts with ("US" of "US$", "€", "USD").
_BEFORE_TOKENS = frozenset(["$", "€", "£", "¥", "₹", "₩", "US", "C", "A", "HK", "R", "Rs", *_CODES])
_SYM_RX = r"US\$|C\$|A\$|HK\$|R\$|\$|€|£|¥|₹|₩|Rs\.?"
_CODE_RX = "|".join(_CODES)
_WORD_RX = "|".join(sorted((re.escape(w) for w in _WORD_CURRENCY), key=len, reverse=True))


def _money_patterns(num: str) -> tuple[re.Pattern, re.Pattern]:
    before = re.compile(
        rf"(?<![\w$])(?P<cur>{_SYM_RX}|(?:{_CODE_RX})(?=\s?\d))\s?(?P<num>{num})(?:\s?(?P<mult>{_MULT_RX})(?![\w]))?"
    )
    after = re.compile(
        rf"(?<![\w.,])(?P<num>{num})\s?(?:(?P<mult>{_MULT_RX})(?![\w])\.?\s?)?"
        rf"(?:(?:di|de|d['’])\s*)?(?P<cur>{_SYM_RX}|(?:{_CODE_RX})(?!\w)|(?i:{_WORD_RX})(?!\w))"
    )
    return before, after


_MONEY = {"fr": _money_patterns(_NUM_FR), "*": _money_patterns(_NUM)}

_ENERGY_UNITS = [
    (r"GWh|(?i:gigawatt[- ]?hours?|gigawattora|gigawattore|gigawattstunden?|gigawattheures?|gigavatios?[- ]hora)", "GWh"),
    (r"MWh|(?i:megawatt[- ]?hours?|megawattora|megawattore|megawattstunden?|mégawattheures?|megavatios?[- ]hora)", "MWh"),
    (r"GW|(?i:gigawatts?|gigavatios?)", "GW"),
    (r"MW|(?i:megawatts?|mégawatts?|megavatios?)", "MW"),
]
_ENERGY = {
    lang: re.compile(
        rf"(?<![\w.,])(?P<num>{num})\s?-?\s?(?:"
        + "|".join(f"(?P<u{i}>{rx})" for i, (rx, _) in enumerate(_ENERGY_UNITS))
        + r")(?!\w)"
    )
    for lang, num in (("fr", _NUM_FR), ("*", _NUM))
}
_TON_RX = r"(?P<tu>(?i:tonnes?|tons?|tonnen|tonnellate|toneladas|ktpa|mtpa|tpa|kt|mt)|t)"
_UNIT_RX = (r"(?P<vu>(?i:vehicles|cars|units|veicoli|vetture|auto|unità|fahrzeuge|autos|einheiten|"
            r"véhicules|voitures|unités|vehículos|coches|unidades))")
# "2,5 milioni di tonnellate", "2.6 millones de toneladas", "1,2 million de tonnes": a preposition after the multiplier
_AMOUNT_MULT = r"(?:\s?(?P<mult>(?i:million|millions|millionen|milioni|millones|mln|mio\.?|thousand|mila))(?:\s(?i:de|di)(?=\s))?)?"
_GOODS = {
    lang: re.compile(rf"(?<![\w.,])(?P<num>{num}){_AMOUNT_MULT}\s?-?\s?(?:{_TON_RX}|{_UNIT_RX})(?!\w)")
    for lang, num in (("fr", _NUM_FR), ("*", _NUM))
}
_PER_YEAR = re.compile(
    r"(?i:(?:a|per|each|every)\s+year|annually|yearly|per\s+annum|/\s?(?:year|yr|a|y)\b|pro\s+jahr|im\s+jahr|"
    r"jährlich\w*|pro\s+anno|all['’]anno|l['’]anno|annu(?:i|e|el|els|elle|elles)\b|par\s+an\b|(?:par|chaque)\s+année\b|annuellement|annualmente|anualmente|al\s+año|"
    r"anual(?:es)?|por\s+año|cada\s+año|ogni\s+anno|jedes\s+jahr)"
)
_PER_YEAR_REACH = 60  # characters after the unit where "a year" may follow ("tonnes of lithium a year")


def parse_number(s: str, language: str) -> float:
    """Parse "1,7" / "1.200" / "2 000" following the language's separators."""
    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(",", ".")
        return float(s)
    if "," in s:
        if language == "en" and re.fullmatch(r"\d{1,3}(,\d{3})+", s):
            return float(s.replace(",", ""))
        if language != "en" and re.fullmatch(r"\d{1,3}(,\d{3}){2,}", s):
            return float(s.replace(",", ""))
        return float(s.replace(",", "."))
    if "." in s:
        if language != "en" and re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
            return float(s.replace(".", ""))
        if language == "en" and re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", s):
            return float(s.replace(".", ""))
        return float(s)
    return float(s)


def _mult(word: str | None, language: str) -> float:
    if not word:
        return 1.0
    key = " ".join(word.casefold().rstrip(".").split())
    if language == "fr" and key in ("billion", "billions"):
        return 1e12  # French "billion" is 10^12
    return _MULT.get(key, 1.0)


def _currency(token: str) -> str:
    key = token.casefold()
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    if token.upper() in _CODES:
        return "CNY" if token.upper() == "RMB" else token.upper()
    return _WORD_CURRENCY.get(key, token)


def find_quantities(text: str, sentence_tokens, language: str) -> list[Mention]:
    """MONEY and CAPACITY mentions. Patterns are tried only at number tokens (and the two tokens
    before one, for "US$ 5bn"), not scanned over whole sentences."""
    key = "fr" if language == "fr" else "*"
    before, after = _MONEY[key]
    energy, goods = _ENERGY[key], _GOODS[key]
    out: list[Mention] = []
    for s_index, _sent_start, sent_end, tokens in sentence_tokens:
        spans: list[tuple[int, int]] = []

        def add(start, end, label, attrs):
            if any(s < end and start < e for s, e in spans):
                return
            spans.append((start, end))
            out.append(Mention(start, end, text[start:end], label, None, s_index, "pattern", attrs))

        for k in [k for k, t in enumerate(tokens) if t.text[0].isdigit()]:
            tok = tokens[k]
            if any(s <= tok.start < e for s, e in spans):
                continue
            for j in (k - 2, k - 1):
                if j >= 0 and tokens[j].text in _BEFORE_TOKENS:
                    m = before.match(text, tokens[j].start, sent_end)
                    if m is not None and m.start("num") == tok.start:
                        _add_money(m, language, add)
                        break
            m = after.match(text, tok.start, sent_end)
            if m is not None:
                _add_money(m, language, add)
            m = energy.match(text, tok.start, sent_end)
            if m is not None:
                unit = next(u for i, (_, u) in enumerate(_ENERGY_UNITS) if m.group(f"u{i}"))
                add(m.start(), m.end(), "CAPACITY", {"value": parse_number(m.group("num"), language), "unit": unit})
                continue
            m = goods.match(text, tok.start, sent_end)
            if m is not None:
                _add_goods(text, m, sent_end, language, add)
        for start, end, value, unit in _worded_energy(text, _sent_start, sent_end):
            add(start, end, "CAPACITY", {"value": value, "unit": unit})
    return out


# Numbers written as words before an energy unit ("acht Gigawattstunden", "otto gigawattora", "dix
# gigawattheures", "ten gigawatt-hours", "cinco gigavatios hora"): the digit patterns above never see
# them. One to twelve and the round tens to fifty, in the five languages, and the forms of "one" that
# agree with their noun ("einer Gigawattstunde", "una"). Not a word joined by a hyphen to one before
# ("twenty-two", "vingt-deux"): that compound is left unread rather than read as its last part.
_NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve",
    "de": "ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "fr": "un deux trois quatre cinq six sept huit neuf dix onze douze",
    "it": "un due tre quattro cinque sei sette otto nove dieci undici dodici",
    "es": "un dos tres cuatro cinco seis siete ocho nueve diez once doce",
}
_TENS = {
    "en": "twenty thirty forty fifty", "de": "zwanzig dreißig vierzig fünfzig",
    "fr": "vingt trente quarante cinquante", "it": "venti trenta quaranta cinquanta",
    "es": "veinte treinta cuarenta cincuenta",
}
_WORD_VALUE: dict[str, float] = {}
for _lang, _words in _NUMBER_WORDS.items():
    for _k, _w in enumerate(_words.split(), 1):
        _WORD_VALUE[_w] = float(_k)
    for _k, _w in enumerate(_TENS[_lang].split(), 2):
        _WORD_VALUE[_w] = float(_k * 10)
for _w in ("eine", "einer", "einen", "einem", "une", "uno", "una"):
    _WORD_VALUE[_w] = 1.0
_WORD_NUM_RX = "|".join(sorted(_WORD_VALUE, key=len, reverse=True))
# the unit first (a cheap literal to find), the word before it checked after
_WORDED_ENERGY = re.compile(
    rf"(?<![\w-])(?P<num>(?i:{_WORD_NUM_RX}))\s+(?:"
    + "|".join(f"(?P<u{i}>{rx})" for i, (rx, _) in enumerate(_ENERGY_UNITS))
    + r")(?![\w-])"
)
_UNIT_HINT = re.compile(r"(?i:giga|mega|méga|GWh|MWh|\bGW\b|\bMW\b)")


def _worded_energy(text: str, start: int, end: int) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of each energy amount written in words in ``text[start:end]``."""
    if _UNIT_HINT.search(text, start, end) is None:
        return []
    out = []
    for m in _WORDED_ENERGY.finditer(text, start, end):
        unit = next(u for i, (_, u) in enumerate(_ENERGY_UNITS) if m.group(f"u{i}"))
        out.append((m.start(), m.end(), _WORD_VALUE[m.group("num").casefold()], unit))
    return out


def _add_money(m: re.Match, language: str, add) -> None:
    try:
        amount = parse_number(m.group("num"), language) * _mult(m.group("mult"), language)
    except ValueError:
        return
    add(m.start(), m.end(), "MONEY", {"amount": amount, "currency": _currency(m.group("cur"))})


def _add_goods(text: str, m: re.Match, sent_end: int, language: str, add) -> None:
    tons = m.group("tu")
    implied = tons is not None and tons.casefold() in ("tpa", "ktpa", "mtpa")
    per = _PER_YEAR.search(text, m.end(), min(sent_end, m.end() + _PER_YEAR_REACH))
    if not implied and per is None:
        return
    value = parse_number(m.group("num"), language) * _mult(m.group("mult"), language)
    if tons is not None:
        t = tons.casefold()
        value *= 1e3 if t.startswith("kt") else 1e6 if t.startswith("mt") else 1.0
    end = m.end()
    if per is not None and not text[m.end() : per.start()].strip():
        end = per.end()
    add(m.start(), end, "CAPACITY", {"value": value, "unit": "t/y" if tons is not None else "units/y"})
