"""Per-language lexicons for the relation and facility extractors.

Each module (``en``, ``it``, ``de``, ``fr``, ``es``) defines one ``LEXICON`` dict of plain data:
regular-expression strings and word lists, no code. The engine in ``tierscope.relations.engine``
compiles them once and is the same for every language. Keys:

``coord``        words joining a list of companies ("and", "e", "und", "et", "y").
``coord_np``     a conjunction with a description of the next company ("and the Slovak start-up").
``markers``      role -> prepositions that may stand before a company (looked for between the
                 trigger, or the previous company, and the company): ``agent`` (passive "by"),
                 ``recipient`` ("to"), ``from`` (where goods come from), ``with`` (partner),
                 ``of`` ("subsidiary of"), ``in`` ("stake in"), ``seller`` ("bought Y from Z"),
                 ``report`` ("according to").
``triggers``     list of ``{"re", "type", "frame", "status", "conf"}``; ``frame`` names how the
                 engine picks source and target around the trigger (see engine.FRAMES).
``status``       cue regexes per status, plus ``negation``, ``cessation``, ``hedge``,
                 ``condition``, ``unlikely``, ``question``, ``absent`` (right before a trigger:
                 "without forming a joint venture").
``venture_appos`` what stands between a joint venture's own name and the noun ("X, the joint venture").
``pair_anaphor`` words standing for a pair named before ("the two companies").
``local``        cues read in the clause just before a trigger: ``announced`` and ``active``.
``stake``/``majority``  words that turn an acquisition into a minority stake (or keep it control).
``anaphora``     "the deal", "l'accordo"... for status cues in the next sentence.
``among``        "among its shareholders": a membership that a possessive reading needs.
``rel_subject``  subject relative words ("X, which holds ..."); ``rel_whose`` ("X, whose largest
                 shareholder is Y").
``rel_pronoun``  optional: subject pronouns after an object relative word ("Y, dont il détient 20 %"): the
                 subject of the antecedent's clause acts.
``rel_place``    optional: the place of a name before its subject relative ("AESC in Sunderland, which").
``member_tail``  optional: a list member's own complement before the list goes on with its
                 preposition again ("with X on stations, and with Y").
``held_by``      optional: a holding participle and its "by" ("the shares held by X": X holds them).
``stake_holder`` what follows the holder of a stake ("bought Y's stake in Z", "la participación de
                 Y en Z").
``co_investor``  phrases joining more investors after the first ("with participation from").
``staff_nouns``  people named after a company ("set up by former Tesla engineers").
``owner_compound``, ``copula``, ``name_modifier``  optional: an owner glued to its unit ("Varta-Tochter
                 Y"), the copula before "a Ford subsidiary", a name before a plural noun ("Tesla cars").
``former``       optional: the word before such an owner that says it owns the unit no more ("frühere").
``facility``     ``nouns``, ``weak_nouns`` (need a production cue), ``build`` cues, ``status`` cues.
``descriptor``   optional: a description right before a name whose own preposition governs a bare
                 noun ("el fondo francés de infraestructuras X"); group ``np`` starts after the
                 article, and the name's marker is looked for before it.
``verb_final``   True where a subordinate verb may follow both companies (German).
``marker_stop``  optional: finite verbs a marker is never looked for across ("von 2027 an soll X").
``fronted_gap``  optional: what stands between a fronted "with" group and the subject ("Mit X hat Y").
``inverted_gap`` optional: what stands between a finite verb and the subject after it, where the verb
                 comes second ("Seit 2023 liefert derzeit X").
``plural_deal``  optional: a deal noun in the plural, which a coordinated subject did not sign together.
``name_as_goods`` optional: words before a name that make it stand for its products ("le Peugeot": cars).
``to_rel``       optional: relative words governed by "to" (", alla quale", ", a cui"): the antecedent receives.
``object_clitic`` optional: object clitics before a verb in a subject relative ("Apollo, che l'ha rilevata":
                 the clitic stands for the name before the antecedent), with ``clitic_adverb`` words between.
``inner_markers`` optional: case articles that open a description and act as its marker ("des Konzerns").
``inner_first``  optional: True where the inner marker is a preposition fused into the description
                 ("dalla società"): it outranks any preposition before it.
"""

from __future__ import annotations

from importlib import import_module

LANGUAGES = ("en", "it", "de", "fr", "es")

#: Products, shared by every language: (regex, canonical English name). Most specific first.
from .products import PRODUCTS  # noqa: E402


def load(lang: str) -> dict:
    return import_module(f"{__name__}.{lang}").LEXICON
