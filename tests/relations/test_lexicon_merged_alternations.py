"""Two helpers' edits to one lexicon key were once joined as "(?:A)|(?:B)", each half repeating the
other's words; the keys are one alternation now. These check that no key repeats an alternative and
that the words of both halves still match. Sentences made up."""

from __future__ import annotations

import importlib
import re

import pytest

_LANGS = ["en", "de", "it", "fr", "es"]


def _top_alternatives(rx: str) -> list[str]:
    """The alternatives of a pattern at its top level (inside no group or class)."""
    out, cur, depth, in_class, i = [], "", 0, False, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            cur += rx[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(cur)
            cur, i = "", i + 1
            continue
        cur += c
        i += 1
    return out + [cur]


def _lexicon(lang):
    return importlib.import_module(f"tierscope.relations.lexicon.{lang}").LEXICON


@pytest.mark.parametrize("lang", _LANGS)
def test_ended_repeats_no_alternative(lang):
    alts = _top_alternatives(_lexicon(lang)["status"]["ended"])
    assert len(alts) > 2  # one flat alternation, not two halves wrapped in groups
    assert len(alts) == len(set(alts))


@pytest.mark.parametrize("lang", _LANGS)
def test_goods_of_is_one_group(lang):
    assert len(_top_alternatives(_lexicon(lang)["goods_of"])) == 1


@pytest.mark.parametrize("lang, words", [
    ("en", ["charging networks", "network", "charging parks", "charging hubs", "hubs", "stations", "chargers", "vans"]),
    ("de", ["Schnellladenetz", "Netzes", "Ladestationen", "Tankstationen", "Ladeparks", "Ladehubs", "Ladepunkte"]),
    ("it", ["reti", "rete", "colonnine", "stazioni di ricarica", "stazioni", "hub", "furgoni"]),
    ("fr", ["réseaux", "bornes", "stations de recharge", "stations", "hubs", "aires"]),
    ("es", ["red", "redes", "estaciones de recarga", "electrolineras", "cargadores", "puntos de carga", "hubs"]),
])
def test_goods_of_keeps_the_words_of_both_halves(lang, words):
    rx = re.compile(r"(?:" + _lexicon(lang)["goods_of"] + r")\b", re.I)
    for w in words:
        assert rx.fullmatch(w), w


@pytest.mark.parametrize("lang, phrase", [
    ("de", "Den Auftrag für die Sitze zog der Hersteller im Frühjahr zurück."),
    ("de", "Der frühere Großaktionär hat keine Rolle mehr."),
    ("it", "Il gruppo ha annullato un ordine da mezzo miliardo."),
    ("it", "Lo scorso anno revocò il contratto."),
    ("it", "L'ex-azionista ha venduto tutto."),
    ("fr", "Le groupe a annulé une commande de 40 rames."),
    ("fr", "Le contrat a été annulé en mars."),
    ("fr", "L'ex-actionnaire a tout vendu."),
])
def test_ended_keeps_the_cues_of_both_halves(lang, phrase):
    assert re.search(_lexicon(lang)["status"]["ended"], phrase, re.I)
