#!/usr/bin/env python
"""Write training/relations.jsonl: labelled training sentences for the learned relation model.

Every template below was written for tierscope (no corpus text). Each template names its relation
(type, direction, status) or none; it is filled with company pairs drawn, seeded, from NAMES.
The output uses the gold format (text inline, one short article per line) so the training script
reads it like a converted corpus. Rerun after editing the templates:

    .venv/bin/python training/build_examples.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 7
FILLS = 4  # company pairs per template

NAMES = [
    "Scania", "Rimac", "Leapmotor", "Zijin Mining", "Outokumpu", "Infineon", "Valeo", "Continental",
    "Forvia", "Magna", "ZF", "Schaeffler", "Umicore", "Albemarle", "Ganfeng Lithium", "Northvolt",
    "Verkor", "ACC", "Envision AESC", "Gotion", "SK On", "Samsung SDI", "LG Energy Solution", "CATL",
    "Panasonic", "Toyota", "Honda", "Nissan", "Renault", "Stellantis", "Volvo Cars", "Polestar",
    "Mercedes-Benz", "BMW", "Audi", "Ford", "General Motors", "Hyundai", "Kia", "Rivian", "Lucid",
    "Siemens", "Bosch", "Vitesco", "Huayou Cobalt", "Glencore", "Posco Future M", "Trimet", "Eni",
    "Iveco", "Pirelli", "Brembo", "Lamborghini", "Ferrari", "Seat", "Cupra", "Dacia", "Skoda",
]

# (type or None, "ab" = {a} is the source / "ba" = {b} is the source, status, text)
T = {
    "en": [
        ("supplies", "ab", "announced", "{a} will supply battery cells to {b} under a contract signed on Monday."),
        ("supplies", "ba", "active", "{a} sources its cathode materials from {b}, which has delivered them since 2021."),
        ("supplies", "ab", "rumoured", "{a} could become a supplier of power chips to {b}, according to people familiar with the matter."),
        ("supplies", "ba", "denied", "{a} denied a report that it had ordered battery packs from {b}."),
        ("supplies", "ba", "ended", "{a} has stopped buying electric motors from {b} after the contract expired."),
        ("partners_with", "ab", "in_talks", "{a} and {b} are in talks about a partnership on charging software."),
        ("partners_with", "ab", "announced", "{a} said it had signed a strategic cooperation agreement with {b}."),
        ("joint_venture", "ab", "announced", "{a} and {b} will set up a 50-50 joint venture to build cells in Spain."),
        ("joint_venture", "ab", "ended", "{a} has dissolved its joint venture with {b} and will take over the plant."),
        ("invests_in", "ab", "announced", "{a} has agreed to invest $300 million in {b} for a minority stake."),
        ("invests_in", "ab", "rumoured", "{a} is reportedly weighing an investment in {b}, sources said."),
        ("acquires", "ab", "in_talks", "{a} is in advanced talks to acquire {b}, a spokesperson confirmed."),
        ("acquires", "ba", "active", "{a} was taken over by {b} last year and now runs as a separate brand."),
        ("acquires", "ab", "denied", "{a} denied that it plans to buy {b}."),
        ("owns", "ba", "active", "{a}, a subsidiary of {b}, opened a new assembly line in Ohio."),
        ("owns", "ab", "ended", "{a} sold its remaining shares in {b} to a private equity fund in 2022."),
        (None, "", "", "Shares of {a} rose 2% while {b} fell on Tuesday."),
        (None, "", "", "{a} competes with {b} in the European market for electric vans."),
        (None, "", "", "Unlike {b}, {a} reported higher quarterly profits."),
        (None, "", "", "{a} and {b} both presented new models at the Munich motor show."),
    ],
    "it": [
        ("supplies", "ab", "announced", "{a} fornirà moduli batteria a {b} in base a un contratto firmato lunedì."),
        ("supplies", "ba", "active", "{a} acquista da anni i materiali catodici da {b}, che li consegna dallo stabilimento polacco."),
        ("supplies", "ab", "rumoured", "Secondo indiscrezioni di stampa, {a} potrebbe diventare fornitore di chip per {b}."),
        ("supplies", "ba", "denied", "{a} ha smentito di aver ordinato pacchi batteria da {b}."),
        ("supplies", "ba", "ended", "{a} ha smesso di acquistare motori elettrici da {b} dopo la scadenza del contratto."),
        ("partners_with", "ab", "in_talks", "{a} e {b} sono in trattative per una collaborazione sul software di ricarica."),
        ("partners_with", "ab", "announced", "{a} ha firmato un accordo di cooperazione strategica con {b}."),
        ("joint_venture", "ab", "announced", "{a} e {b} costituiranno una joint venture paritetica per produrre celle in Spagna."),
        ("joint_venture", "ab", "ended", "{a} ha sciolto la joint venture con {b} e rileverà lo stabilimento."),
        ("invests_in", "ab", "announced", "{a} investirà 300 milioni di euro in {b} per una quota di minoranza."),
        ("invests_in", "ab", "rumoured", "{a} starebbe valutando un investimento in {b}, secondo fonti vicine al dossier."),
        ("acquires", "ab", "in_talks", "{a} è in trattative avanzate per acquisire {b}, ha confermato un portavoce."),
        ("acquires", "ba", "active", "{a} è stata rilevata da {b} l'anno scorso e opera oggi come marchio separato."),
        ("acquires", "ab", "denied", "{a} ha smentito di voler comprare {b}."),
        ("owns", "ba", "active", "{a}, controllata da {b}, ha aperto una nuova linea di assemblaggio a Torino."),
        ("owns", "ab", "ended", "{a} ha ceduto la sua partecipazione residua in {b} a un fondo di private equity nel 2022."),
        (None, "", "", "Le azioni di {a} sono salite del 2% mentre quelle di {b} sono scese martedì."),
        (None, "", "", "{a} è in concorrenza con {b} nel mercato europeo dei furgoni elettrici."),
        (None, "", "", "A differenza di {b}, {a} ha registrato utili trimestrali più alti."),
        (None, "", "", "{a} e {b} hanno presentato nuovi modelli al salone di Monaco."),
    ],
    "de": [
        ("supplies", "ab", "announced", "{a} wird Batteriemodule an {b} liefern, wie aus einem am Montag unterzeichneten Vertrag hervorgeht."),
        ("supplies", "ba", "active", "{a} bezieht seine Kathodenmaterialien seit 2021 von {b}."),
        ("supplies", "ab", "rumoured", "{a} könnte Insidern zufolge Leistungshalbleiter an {b} liefern."),
        ("supplies", "ba", "denied", "{a} dementierte einen Bericht, wonach das Unternehmen Batteriepakete bei {b} bestellt habe."),
        ("supplies", "ba", "ended", "{a} kauft nach dem Auslaufen des Vertrags keine Elektromotoren mehr bei {b}."),
        ("partners_with", "ab", "in_talks", "{a} und {b} verhandeln über eine Partnerschaft bei Ladesoftware."),
        ("partners_with", "ab", "announced", "{a} hat eine strategische Kooperation mit {b} vereinbart."),
        ("joint_venture", "ab", "announced", "{a} und {b} gründen ein Gemeinschaftsunternehmen, das in Spanien Zellen fertigen soll."),
        ("joint_venture", "ab", "ended", "{a} hat das Joint Venture mit {b} aufgelöst und übernimmt das Werk."),
        ("invests_in", "ab", "announced", "{a} investiert 300 Millionen Euro in {b} und erhält eine Minderheitsbeteiligung."),
        ("invests_in", "ab", "rumoured", "{a} erwägt Berichten zufolge einen Einstieg bei {b}."),
        ("acquires", "ab", "in_talks", "{a} verhandelt über eine Übernahme von {b}, bestätigte ein Sprecher."),
        ("acquires", "ba", "active", "{a} wurde im vergangenen Jahr von {b} übernommen und tritt heute als eigene Marke auf."),
        ("acquires", "ab", "denied", "{a} wies Berichte zurück, wonach der Konzern {b} kaufen wolle."),
        ("owns", "ba", "active", "{a}, eine Tochter von {b}, hat in Leipzig eine neue Montagelinie eröffnet."),
        ("owns", "ab", "ended", "{a} hat seine restlichen Anteile an {b} 2022 an einen Finanzinvestor verkauft."),
        (None, "", "", "Die Aktien von {a} stiegen um 2 Prozent, während {b} am Dienstag nachgab."),
        (None, "", "", "{a} konkurriert mit {b} auf dem europäischen Markt für Elektrotransporter."),
        (None, "", "", "Anders als {b} meldete {a} einen höheren Quartalsgewinn."),
        (None, "", "", "{a} und {b} stellten auf der Automesse in München neue Modelle vor."),
    ],
    "fr": [
        ("supplies", "ab", "announced", "{a} fournira des modules de batterie à {b} dans le cadre d'un contrat signé lundi."),
        ("supplies", "ba", "active", "{a} s'approvisionne en matériaux cathodiques auprès de {b} depuis 2021."),
        ("supplies", "ab", "rumoured", "{a} pourrait devenir fournisseur de puces pour {b}, selon des sources proches du dossier."),
        ("supplies", "ba", "denied", "{a} a démenti avoir commandé des packs de batteries à {b}."),
        ("supplies", "ba", "ended", "{a} a cessé d'acheter des moteurs électriques à {b} après l'expiration du contrat."),
        ("partners_with", "ab", "in_talks", "{a} et {b} sont en discussions pour un partenariat dans les logiciels de recharge."),
        ("partners_with", "ab", "announced", "{a} a signé un accord de coopération stratégique avec {b}."),
        ("joint_venture", "ab", "announced", "{a} et {b} vont créer une coentreprise à parts égales pour produire des cellules en Espagne."),
        ("joint_venture", "ab", "ended", "{a} a dissous sa coentreprise avec {b} et reprendra l'usine."),
        ("invests_in", "ab", "announced", "{a} va investir 300 millions d'euros dans {b} en échange d'une participation minoritaire."),
        ("invests_in", "ab", "rumoured", "{a} envisagerait une prise de participation dans {b}, selon la presse."),
        ("acquires", "ab", "in_talks", "{a} est en négociations avancées pour racheter {b}, a confirmé un porte-parole."),
        ("acquires", "ba", "active", "{a} a été racheté par {b} l'an dernier et fonctionne comme une marque distincte."),
        ("acquires", "ab", "denied", "{a} a démenti vouloir acheter {b}."),
        ("owns", "ba", "active", "{a}, filiale de {b}, a inauguré une nouvelle ligne d'assemblage à Lyon."),
        ("owns", "ab", "ended", "{a} a cédé sa participation restante dans {b} à un fonds d'investissement en 2022."),
        (None, "", "", "L'action {a} a gagné 2% tandis que {b} a reculé mardi."),
        (None, "", "", "{a} est en concurrence avec {b} sur le marché européen des utilitaires électriques."),
        (None, "", "", "Contrairement à {b}, {a} a publié un bénéfice trimestriel en hausse."),
        (None, "", "", "{a} et {b} ont présenté de nouveaux modèles au salon de Munich."),
    ],
    "es": [
        ("supplies", "ab", "announced", "{a} suministrará módulos de batería a {b} en virtud de un contrato firmado el lunes."),
        ("supplies", "ba", "active", "{a} compra sus materiales catódicos a {b} desde 2021."),
        ("supplies", "ab", "rumoured", "{a} podría convertirse en proveedor de chips de {b}, según fuentes cercanas a la operación."),
        ("supplies", "ba", "denied", "{a} desmintió haber encargado paquetes de baterías a {b}."),
        ("supplies", "ba", "ended", "{a} ha dejado de comprar motores eléctricos a {b} tras el vencimiento del contrato."),
        ("partners_with", "ab", "in_talks", "{a} y {b} negocian una alianza en software de recarga."),
        ("partners_with", "ab", "announced", "{a} ha firmado un acuerdo de cooperación estratégica con {b}."),
        ("joint_venture", "ab", "announced", "{a} y {b} crearán una empresa conjunta al 50% para fabricar celdas en España."),
        ("joint_venture", "ab", "ended", "{a} ha disuelto su empresa conjunta con {b} y se quedará con la planta."),
        ("invests_in", "ab", "announced", "{a} invertirá 300 millones de euros en {b} a cambio de una participación minoritaria."),
        ("invests_in", "ab", "rumoured", "{a} estaría estudiando una inversión en {b}, según fuentes del sector."),
        ("acquires", "ab", "in_talks", "{a} mantiene negociaciones avanzadas para adquirir {b}, confirmó un portavoz."),
        ("acquires", "ba", "active", "{a} fue adquirida por {b} el año pasado y opera hoy como marca independiente."),
        ("acquires", "ab", "denied", "{a} negó que tenga intención de comprar {b}."),
        ("owns", "ba", "active", "{a}, filial de {b}, inauguró una nueva línea de montaje en Valencia."),
        ("owns", "ab", "ended", "{a} vendió su participación restante en {b} a un fondo de capital riesgo en 2022."),
        (None, "", "", "Las acciones de {a} subieron un 2% mientras que {b} cayó el martes."),
        (None, "", "", "{a} compite con {b} en el mercado europeo de furgonetas eléctricas."),
        (None, "", "", "A diferencia de {b}, {a} registró mayores beneficios trimestrales."),
        (None, "", "", "{a} y {b} presentaron nuevos modelos en el salón de Múnich."),
    ],
}


def build() -> list[dict]:
    rng = random.Random(SEED)
    out = []
    for lang, templates in T.items():
        for ti, (typ, direction, status, text) in enumerate(templates):
            for k in range(FILLS):
                a, b = rng.sample(NAMES, 2)
                rels = []
                if typ:
                    src, tgt = (a, b) if direction == "ab" else (b, a)
                    rels.append({"type": typ, "source": src, "target": tgt, "status": status})
                out.append({"id": f"train-{lang}-{ti:02d}-{k}", "language": lang, "text": text.format(a=a, b=b),
                            "relations": rels, "meta": {"corpus": "tierscope-training"}})
    return out


def main() -> None:
    lines = build()
    with open(HERE / "relations.jsonl", "w", encoding="utf-8") as f:
        for g in lines:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(lines)} examples -> {HERE / 'relations.jsonl'}")


if __name__ == "__main__":
    main()
