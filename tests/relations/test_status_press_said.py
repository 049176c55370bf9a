"""A press report told by its medium with words between ("a trade weekly wrote last month that", "una
publicación especializada aseguró en enero que", "plusieurs articles ont évoqué", "un quotidiano tedesco ha
scritto che", "eine Fachzeitschrift schrieb"): what it tells is rumoured, and the denial that answers it in
the next sentences, a bare "Nothing." after an interviewer's question included, denies it. A company's
own statement stays a fact. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "A regional business weekly wrote last week that Almara planned to buy Brixo."),
    ("en", "The link was the subject of a story last month in a trade magazine, which said Almara would buy Brixo."),
    ("es", "Una revista económica de Bilbao aseguró en marzo que Almara estudiaba comprar Brixo."),
    ("fr", "Un hebdomadaire lyonnais a affirmé en mars que Almara voulait racheter Brixo."),
    ("it", "Un settimanale torinese ha scritto a marzo che Almara voleva comprare Brixo."),
    ("de", "Eine Wirtschaftszeitschrift aus Bremen schrieb im März, Almara wolle Brixo kaufen."),
])
def test_a_medium_that_said_makes_a_rumour(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Brixo")] == "rumoured"


@pytest.mark.parametrize("language,text", [
    ("en", "A trade weekly wrote that Almara planned to buy Brixo. Brixo rejected the story."),
    ("es", "Un semanario de Vigo publicó en marzo que Almara quería comprar Brixo. ¿Es cierto? Nada. Hablamos con muchos."),
    ("fr", "Plusieurs articles ont évoqué un rachat de Brixo par Almara. Qu'en pensez-vous ? C'est faux."),
    ("it", "Alcuni articoli hanno parlato di un'acquisizione di Brixo da parte di Almara. È vero? Niente. Parliamo con tutti."),
    ("de", "Ein Branchenportal schrieb im März, Almara wolle Brixo kaufen. Was sagen Sie dazu? Nichts. Wir sind zufrieden."),
    ("de", "Ein Branchenportal schrieb im März, Almara wolle Brixo kaufen. Es gibt keine Gespräche, sagte ein Sprecher."),
])
def test_the_answer_to_a_medium_denies_it(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Brixo")] == "denied"


@pytest.mark.parametrize("language,text", [
    ("en", "Almara said in March that it had bought Brixo."),
    ("es", "Almara informó en marzo que ha comprado Brixo."),
    ("fr", "Almara a annoncé en mars le rachat de Brixo."),
])
def test_a_company_that_says_is_no_medium(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Brixo")] in ("active", "announced")
