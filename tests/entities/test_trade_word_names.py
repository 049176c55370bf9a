"""Companies the gazetteer lacks, named by their trade (entities/trade_heads.py): a name ending in a
trade word ("Brenner Steel", "Kestrel Trucks", "Orvana Chimica", "Lindqvist Stahl", "Varo Acero") or
opening with one in the Romance languages and German ("Transports Fauchard", "Costruzioni Ravasio",
"Spedition Kranzler"), found wherever it stands in the sentence; and the phrases that end or open
so without naming a company. Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Brenner Steel has been shipping coils to the yard for a decade.", "Brenner Steel"),
    ("en", "The order went to Kestrel Trucks after a long tender.", "Kestrel Trucks"),
    ("en", "Coatings for the hulls now come from Marsden Coatings.", "Marsden Coatings"),
    ("en", "Parts are moved by Ashgrove Freight between the two sites.", "Ashgrove Freight"),
    ("en", "Tamsin Robotics is teaming up with a recycler in Leeds.", "Tamsin Robotics"),
    ("en", "The modules will go into Marlowe Cars' entry-level hatchback.", "Marlowe Cars"),
    ("en", "Brackley Valve Works makes heat exchangers for buses.", "Brackley Valve Works"),
    ("en", "Seals for the pumps come from Dunmere Composites and Oakhurst Components.", "Dunmere Composites"),
    ("en", "Seals for the pumps come from Dunmere Composites and Oakhurst Components.", "Oakhurst Components"),
    ("it", "I telai arrivano da Lorenzi Acciai dallo scorso anno.", "Lorenzi Acciai"),
    ("it", "Orvana Chimica è cresciuta del dieci per cento nel 2025.", "Orvana Chimica"),
    ("de", "Lindqvist Stahl hat im Herbst eine zweite Schicht eingeführt.", "Lindqvist Stahl"),
    ("de", "Die Bleche stammen seit Jahren von Harmsen Chemie aus Leuna.", "Harmsen Chemie"),
    ("fr", "Les pièces sont désormais livrées par Vautrin Acier depuis Metz.", "Vautrin Acier"),
    ("fr", "Les bobines viennent de Morel Câbles, installé près de Lyon.", "Morel Câbles"),
    ("es", "Las chapas llegan de Varo Acero desde el año pasado.", "Varo Acero"),
    ("es", "Ortuño Química ha duplicado su plantilla en Tarragona.", "Ortuño Química"),
])
def test_a_name_ending_in_its_trade_is_a_company(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Il cantiere è stato affidato a Costruzioni Ravasio, che lo chiuderà entro giugno.", "Costruzioni Ravasio"),
    ("it", "Trasporti Bellandi porterà le celle fino a Cassino.", "Trasporti Bellandi"),
    ("fr", "Transports Fauchard achemine les modules vers l'usine depuis mars.", "Transports Fauchard"),
    ("es", "Las obras las hará Construcciones Ibarguren a partir de mayo.", "Construcciones Ibarguren"),
    ("es", "Inversiones Olaizola controla la empresa desde 2019.", "Inversiones Olaizola"),
    ("de", "Die Module bringt die Spedition Kranzler ins Werk.", "Spedition Kranzler"),
])
def test_a_name_opening_with_its_trade_is_a_company(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, bad", [
    ("en", "Green Steel will matter more than cheap power, the minister said.", "Green Steel"),
    ("en", "Electric Trucks are still rare on European roads.", "Electric Trucks"),
    ("en", "Used Cars are selling faster than new ones, dealers say.", "Used Cars"),
    ("en", "The Public Works department approved the plan.", "Public Works"),
    ("en", "Advanced Composites is the topic of the second panel.", "Advanced Composites"),
    ("de", "Der Nürnberger Kabel- und Bordnetzspezialist stellt weitere Leute ein.", "Nürnberger Kabel"),
    ("fr", "Transports Publics est le nom du nouveau service de la ville.", "Transports Publics"),
    ("es", "Construcciones Metálicas es una asignatura del segundo curso.", "Construcciones Metálicas"),
    ("it", "Trasporti Lombardia è il titolo del piano regionale.", "Trasporti Lombardia"),
])
def test_common_phrases_stay_no_company(lang, text, bad):
    assert bad not in companies(text, lang)


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "Cravella Trucks has ordered 300 gearboxes from Ostby Power.", ("Ostby Power", "Cravella Trucks")),
    ("en", "Wheel hubs produced by Ostby Power for Cravella Trucks passed the audit.", ("Ostby Power", "Cravella Trucks")),
    ("it", "Tessari Motors si rifornisce di lamiere da Lorenzi Acciai.", ("Lorenzi Acciai", "Tessari Motors")),
    ("de", "Tessari Motors wird von Harmsen Chemie mit Elektrolyt beliefert.", ("Harmsen Chemie", "Tessari Motors")),
    ("fr", "Tessari Motors s'approvisionne en tôles auprès de Vautrin Acier.", ("Vautrin Acier", "Tessari Motors")),
    ("es", "Tessari Motors se abastece de chapa de Varo Acero.", ("Varo Acero", "Tessari Motors")),
])
def test_a_supply_with_a_trade_named_party_is_read(lang, text, pair):
    doc = default_pipeline()(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == lang
    assert pair in {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


# Italian names end in more trades than the first list held: batteries, motors, metals, materials,
# components, electronics, mechanics, automation, systems, technologies, plants, forklifts, spare parts.
@pytest.mark.parametrize("text, name", [
    ("Secondo indiscrezioni, Pontevi Batterie sarebbe in trattative con un costruttore.", "Pontevi Batterie"),
    ("Il controllo di Gardoni Motori è passato a un fondo nel 2023.", "Gardoni Motori"),
    ("Le lamiere arrivano da Rubesti Metalli, nel Bresciano.", "Rubesti Metalli"),
    ("Il catodo sarà prodotto da Ascoli Materiali entro il 2027.", "Ascoli Materiali"),
    ("Monfredi Componenti ha raddoppiato il fatturato.", "Monfredi Componenti"),
    ("Le centraline sono progettate da Barzaghi Elettronica a Lecco.", "Barzaghi Elettronica"),
    ("Il contratto con la Castiglia Carrelli di Nola vale dieci milioni.", "Castiglia Carrelli"),
])
def test_an_italian_name_ending_in_its_trade_is_a_company(text, name):
    assert name in companies(text, "it")


@pytest.mark.parametrize("text, bad", [
    ("Le Nuove Tecnologie cambiano il lavoro in fabbrica.", "Nuove Tecnologie"),
    ("3 marzo 2025 - di Redazione Motori", "Redazione Motori"),
])
def test_italian_phrases_ending_in_a_trade_stay_no_company(text, bad):
    assert bad not in companies(text, "it")


# Spanish names end in the same trades as Italian ones: batteries, motors, metals, materials, components,
# electronics, the car trade ("automoción"), systems, technologies, plastics; not after "de" (a trade).
@pytest.mark.parametrize("text, name", [
    ("Según fuentes del sector, Valdora Baterías estaría negociando con un fabricante.", "Valdora Baterías"),
    ("Los frenos llegan de Garrido Componentes desde el año pasado.", "Garrido Componentes"),
    ("El contrato fue para Llanes Automoción tras un largo concurso.", "Llanes Automoción"),
    ("Los sensores vienen de Ondarra Electrónica, con sede en Bilbao.", "Ondarra Electrónica"),
    ("El control de Arlanza Motores pasó a un fondo en 2023.", "Arlanza Motores"),
    ("El cátodo lo fabricará Cieza Materiales a partir de 2027.", "Cieza Materiales"),
])
def test_a_spanish_name_ending_in_its_trade_is_a_company(text, name):
    assert name in companies(text, "es")


@pytest.mark.parametrize("text, bad", [
    ("Las Nuevas Tecnologías cambian el trabajo en la fábrica.", "Nuevas Tecnologías"),
    ("3 de marzo de 2025 - por Redacción Motores", "Redacción Motores"),
    ("Según la Asociación de Fabricantes de Componentes, las ventas caerán.", "Asociación de Fabricantes de Componentes"),
    ("La asociación de Proveedores de Automoción lo confirmó.", "Proveedores de Automoción"),
])
def test_spanish_phrases_ending_in_a_trade_stay_no_company(text, bad):
    assert bad not in companies(text, "es")
