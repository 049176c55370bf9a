"""A plant placed by the next sentence with a verb of being built or of coming into being and no
plant noun ("It will be built in X", "Sie soll in X entstehen", "Celle-ci sera construite à X",
"Sorgerà a X", "Se levantará en X"); never when that sentence speaks of something else ("The cars
will be built in X"), nor for a country."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "Kornex has secured funding for its first cathode plant. It is to be built in Marlowe from next spring."),
    ("en", "Kornex has secured funding for its first cathode plant. By 2028, this will rise at the Marlowe port."),
    ("de", "Kornex hat das Geld für sein erstes Kathodenwerk beisammen. Es soll bis 2028 im Hafen von Marlowe entstehen."),
    ("de", "Kornex hat das Geld für sein erstes Kathodenwerk beisammen. Errichtet wird es in Marlowe."),
    ("de", "Kornex hat das Geld für sein erstes Kathodenwerk beisammen. Dieses entsteht ab Herbst in Marlowe."),
    ("fr", "Kornex a bouclé le financement de sa première usine de cathodes. Elle verra le jour à Marlowe en 2028."),
    ("fr", "Kornex a bouclé le financement de sa première usine de cathodes. Celle-ci sera construite à Marlowe."),
    ("it", "Kornex ha chiuso il finanziamento del suo primo impianto di catodi. Entro il 2028, sorgerà a Marlowe."),
    ("it", "Kornex ha chiuso il finanziamento del suo primo impianto di catodi. Questo verrà realizzato a Marlowe."),
    ("es", "Kornex ha cerrado la financiación de su primera planta de cátodos. Se ubicará en Marlowe."),
    ("es", "Kornex ha cerrado la financiación de su primera planta de cátodos. Ésta será levantada en Marlowe."),
])
def test_the_next_sentence_says_where_the_plant_will_stand(lang, text):
    fs = facs(text, ["Kornex"], lang, places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]


@pytest.mark.parametrize("lang,text,places", [
    ("en", "Kornex has secured funding for its first cathode plant. The trucks will be built in Marlowe.", ["Marlowe"]),
    ("en", "Kornex has secured funding for its first cathode plant. It will be built in Poland.", ["Poland"]),
    ("de", "Kornex hat das Geld für sein erstes Kathodenwerk beisammen. Die Lastwagen sollen in Marlowe gebaut werden.", ["Marlowe"]),
    ("fr", "Kornex a bouclé le financement de sa première usine de cathodes. Les camions seront construits à Marlowe.", ["Marlowe"]),
    ("it", "Kornex ha chiuso il finanziamento del suo primo impianto di catodi. I camion saranno costruiti a Marlowe.", ["Marlowe"]),
    ("es", "Kornex ha cerrado la financiación de su primera planta de cátodos. Los camiones se construirán en Marlowe.", ["Marlowe"]),
])
def test_not_a_thing_built_elsewhere_nor_a_country(lang, text, places):
    fs = facs(text, ["Kornex"], lang, places=places)
    assert [(f.owner, f.location) for f in fs] == [("Kornex", None)]


@pytest.mark.parametrize("lang,text", [
    # a demonstrative before another noun, a pronoun inside another subject: not the plant
    ("en", "Kornex has secured funding for its first cathode plant. This spring the vans will be built in Marlowe."),
    ("en", "Kornex has secured funding for its first cathode plant. The frames it orders will be built in Marlowe."),
    ("de", "Kornex hat das Geld für sein erstes Kathodenwerk beisammen. Dieser Auftrag soll in Marlowe entstehen."),
    ("it", "Kornex ha chiuso il finanziamento del suo primo impianto di catodi. Questo mese i bus saranno costruiti a Marlowe."),
    ("es", "Kornex ha cerrado la financiación de su primera planta de cátodos. Este verano los autobuses serán construidos en Marlowe."),
])
def test_not_a_demonstrative_of_another_noun_nor_a_pronoun_inside_a_subject(lang, text):
    fs = facs(text, ["Kornex"], lang, places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", None)]


@pytest.mark.parametrize("lang,text", [
    # an aside between the pronoun and the verb; a demonstrative before the plant's own noun
    ("en", "Kornex has secured funding for its first cathode plant. It will, after a long search, be built in Marlowe."),
    ("en", "Kornex has secured funding for its first cathode plant. It is now expected to be built in Marlowe."),
    ("de", "Kornex hat das Geld für sein erstes Kathodenwerk beisammen. Diese Anlage soll in Marlowe entstehen."),
    ("it", "Kornex ha chiuso il finanziamento del suo primo impianto di catodi. Questo impianto sorgerà a Marlowe."),
])
def test_an_aside_or_the_plants_own_noun_keeps_the_place(lang, text):
    fs = facs(text, ["Kornex"], lang, places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]


def test_this_one_is_read_whole():
    # ("this one" after "this" in the pronouns' alternation was cut to "this", and " one" then stood
    # between the pronoun and the verb)
    text = "Kornex has raised the money for a second anode site. This one will be built in Marlowe next year."
    fs = facs(text, ["Kornex"], "en", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]
