"""The story's topic named again later in a description's sentence tells the description apart from
the topic only when the name stands in the description's own clause ("Le groupe s'approvisionne auprès
de Forsee Power"): named in a relative clause on a third company, or after a semicolon, it says nothing
of whom the description is."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description, topic",
    [
        ("en", "Umicore wins cathode order from Renault. Umicore will supply cathode material from 2027, Umicore "
               "said. Output at the assembly plant near Douai, which builds cars for Renault, is rising. The "
               "company will buy nickel from Eramet, which already sells cobalt to Umicore.", "The company",
         "Umicore"),
        ("it", "Brembo firma con BYD. Brembo fornirà i freni dal 2026, ha detto Brembo. Le auto saranno "
               "assemblate in Ungheria nella nuova fabbrica di BYD. La società comprerà l'alluminio da "
               "Constellium, che già vende lamiere a Brembo.", "La società", "Brembo"),
        ("de", "Mahle gewinnt Auftrag von BMW. Mahle soll von 2027 an Thermomodule liefern, teilte Mahle mit. "
               "Die Module gehen in die Werke in Leipzig und Debrecen, die Fahrzeuge für BMW bauen. Das "
               "Unternehmen bezieht den Stahl von Salzgitter, das auch Bleche an Mahle verkauft.",
         "Das Unternehmen", "Mahle"),
        ("es", "Gestamp gana un contrato de Volkswagen. Gestamp suministrará bastidores, informó Gestamp. Las "
               "piezas irán a la planta de Navarra, donde se montan los coches de Volkswagen. La empresa "
               "comprará el acero a Sidenor, que ya vende barras a Gestamp.", "La empresa", "Gestamp"),
        ("fr", "Valeo remporte un contrat de Stellantis. Valeo fournira des pompes à chaleur, a indiqué Valeo. "
               "Les pompes équiperont les modèles assemblés à Sochaux pour Stellantis. Le groupe achètera "
               "l'aluminium à Constellium, qui vend déjà des profilés à Valeo.", "Le groupe", "Valeo"),
        ("en", "Umicore wins cathode order from Renault. Umicore will supply cathode material from 2027, Umicore "
               "said. Output at the assembly plant near Douai, which builds cars for Renault, is rising. The "
               "company will ship the material from Poland; Umicore did not give the value of the order.",
         "The company", "Umicore"),
    ],
)
def test_the_topic_named_in_another_clause_does_not_rule_it_out(language, text, description, topic):
    assert (description, topic) in corefs(run(text, language))


def test_the_topic_named_in_the_descriptions_own_clause_still_rules_it_out():
    doc = run("Forsee Power remporte un contrat d'Alstom. Forsee Power fournira des packs, a indiqué Forsee Power. "
              "Les trains circulent dans plusieurs régions pour Alstom. Le groupe s'approvisionne désormais auprès "
              "de Forsee Power.", "fr")
    assert ("Le groupe", "Forsee Power") not in corefs(doc)
