"""A phrasebook of how Italian and Spanish business news commonly states each relation, run through
the whole default pipeline (recogniser, references, frames, statuses). Each row is a short text of
one or two sentences written for this test, with real company names; the facts are invented.
Expected relations are compared by family (supply, partnership, ownership) and direction, like the
family score of ``tierscope eval``; a status is checked where the text gives a clear cue.
``MUST_NOT`` rows name pairs that must not be linked (or, for denied rumours, not as active)."""

from __future__ import annotations

import pytest

from tierscope.doc import FAMILIES as _FAMILY, Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()



def _extract(text: str):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    return doc


def _found(rels, typ, src, dst, status=None):
    fam = _FAMILY[typ]
    for r in rels:
        if _FAMILY[r.type] != fam:
            continue
        pair = (r.source.lower(), r.target.lower())
        want = (src.lower(), dst.lower())
        if pair != want and not (fam == "partnership" and pair == want[::-1]):
            continue
        if status is None or r.status == status:
            return True
    return False


def _show(rels):
    return sorted((r.type, r.source, r.target, r.status) for r in rels)


# (language, text, [(type, source, target, status or None), ...])
IT = [
    # -- supplies ---------------------------------------------------------------------------------
    ("it", "Pirelli fornisce pneumatici a BMW per la nuova Serie 5.", [("supplies", "Pirelli", "BMW", "active")]),
    ("it", "Brembo fornirà i sistemi frenanti a Ferrari a partire dal 2026.", [("supplies", "Brembo", "Ferrari", "announced")]),
    ("it", "Bosch fornirà a Stellantis i sensori per la guida assistita.", [("supplies", "Bosch", "Stellantis", None)]),
    ("it", "CATL rifornisce di celle Stellantis e Mercedes-Benz.", [("supplies", "CATL", "Stellantis", None), ("supplies", "CATL", "Mercedes-Benz", None)]),
    ("it", "Bosch è il fornitore di inverter di Stellantis.", [("supplies", "Bosch", "Stellantis", "active")]),
    ("it", "Brembo è fornitore di Ferrari da oltre vent'anni.", [("supplies", "Brembo", "Ferrari", "active")]),
    ("it", "Stellantis acquista le batterie da CATL.", [("supplies", "CATL", "Stellantis", None)]),
    ("it", "Ferrari compra i freni da Brembo.", [("supplies", "Brembo", "Ferrari", None)]),
    ("it", "Stellantis ha scelto Marelli come fornitore dei fari per le sue compatte.", [("supplies", "Marelli", "Stellantis", None)]),
    ("it", "Iveco ha ordinato celle a CATL per i suoi furgoni elettrici.", [("supplies", "CATL", "Iveco", None)]),
    ("it", "Comau ha ricevuto da Stellantis un ordine per nuove linee di saldatura.", [("supplies", "Comau", "Stellantis", None)]),
    ("it", "Marelli si è aggiudicata un contratto di fornitura da Stellantis per i fari.", [("supplies", "Marelli", "Stellantis", None)]),
    ("it", "Enel ha affidato a Prysmian la fornitura dei cavi per la rete.", [("supplies", "Prysmian", "Enel", None)]),
    ("it", "Prysmian ha firmato con Enel un contratto per la fornitura di cavi.", [("supplies", "Prysmian", "Enel", None)]),
    ("it", "I freni della Ferrari sono forniti da Brembo.", [("supplies", "Brembo", "Ferrari", None)]),
    ("it", "Tra i clienti di Brembo figurano BMW e Mercedes-Benz.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Mercedes-Benz", None)]),
    ("it", "BMW è uno dei principali clienti di Brembo.", [("supplies", "Brembo", "BMW", None)]),
    ("it", "Brembo produce freni a Curno. Tra i suoi clienti ci sono BMW e Audi.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Audi", None)]),
    ("it", "Brembo conta tra i suoi clienti BMW e Ferrari.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Ferrari", None)]),
    ("it", "Brembo produce freni a Curno. Il gruppo conta tra i suoi clienti BMW e Ferrari.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Ferrari", None)]),
    ("it", "Brembo produce freni a Curno. La società fornisce BMW e Audi.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Audi", None)]),
    ("it", "Secondo indiscrezioni, CATL fornirebbe celle a Ferrari.", [("supplies", "CATL", "Ferrari", "rumoured")]),
    ("it", "Pirelli ha smesso di fornire BMW nel 2020.", [("supplies", "Pirelli", "BMW", "ended")]),
    ("it", "CATL è in trattative con Stellantis per la fornitura di celle.", [("supplies", "CATL", "Stellantis", "in_talks")]),
    ("it", "Bosch, fornitore storico di Iveco, ha chiuso il trimestre in crescita.", [("supplies", "Bosch", "Iveco", None)]),
    # -- partners_with ----------------------------------------------------------------------------
    ("it", "Stellantis e Leonardo hanno firmato un accordo di collaborazione sull'elettronica.", [("partners_with", "Stellantis", "Leonardo", None)]),
    ("it", "Enel ha stretto una partnership con Stellantis per la ricarica.", [("partners_with", "Enel", "Stellantis", None)]),
    ("it", "Pirelli collabora con Bosch sui sensori per pneumatici.", [("partners_with", "Pirelli", "Bosch", "active")]),
    ("it", "Iveco ha siglato un'intesa con Hyundai per i veicoli a idrogeno.", [("partners_with", "Iveco", "Hyundai Motor", None)]),
    ("it", "Accordo tra Iveco e Hyundai sui camion a idrogeno.", [("partners_with", "Iveco", "Hyundai Motor", None)]),
    ("it", "Fincantieri e Leonardo collaborano da anni nel settore navale.", [("partners_with", "Fincantieri", "Leonardo", "active")]),
    ("it", "Leonardo ha avviato una collaborazione con Fincantieri sui radar.", [("partners_with", "Leonardo", "Fincantieri", None)]),
    ("it", "Brembo e Michelin sono in trattative per una partnership.", [("partners_with", "Brembo", "Michelin", "in_talks")]),
    ("it", "Eni ha annunciato un accordo strategico con Stellantis sui biocarburanti.", [("partners_with", "Eni", "Stellantis", None)]),
    ("it", "Enel e Stellantis hanno rinnovato la loro partnership.", [("partners_with", "Enel", "Stellantis", None)]),
    # -- joint_venture ----------------------------------------------------------------------------
    ("it", "Stellantis e CATL hanno costituito una joint venture in Spagna.", [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", "Fincantieri ha costituito una joint venture con Rheinmetall per i mezzi navali.", [("joint_venture", "Fincantieri", "Rheinmetall", None)]),
    ("it", "La joint venture tra Stellantis e CATL produrrà batterie a Saragozza.", [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", "Fincantieri e Leonardo hanno dato vita a una società congiunta.", [("joint_venture", "Fincantieri", "Leonardo", None)]),
    ("it", "Pirelli e Bosch hanno creato una joint venture paritetica.", [("joint_venture", "Pirelli", "Bosch", None)]),
    ("it", "Eni ed Enel hanno avviato una joint venture per l'idrogeno verde.", [("joint_venture", "Eni", "Enel", None)]),
    # -- invests_in -------------------------------------------------------------------------------
    ("it", "Stellantis ha acquisito una quota del 20% in Leapmotor.", [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", "Stellantis detiene una partecipazione del 20% in Leapmotor.", [("invests_in", "Stellantis", "Leapmotor", "active")]),
    ("it", "Leonardo ha rilevato il 25% di Hensoldt.", [("invests_in", "Leonardo", "Hensoldt", None)]),
    ("it", "Stellantis è salita al 25% di Leapmotor.", [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", "Fincantieri è entrata nel capitale di Avio con il 29%.", [("invests_in", "Fincantieri", "Avio", None)]),
    ("it", "Tra gli azionisti di Pirelli figurano Sinochem e Camfin.", [("invests_in", "Sinochem", "Pirelli", None), ("invests_in", "Camfin", "Pirelli", None)]),
    ("it", "Sinochem è il primo azionista di Pirelli.", [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", "Stellantis ha investito 1,5 miliardi di euro in Leapmotor.", [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", "Enel ha ceduto la sua quota in Endesa.", [("invests_in", "Enel", "Endesa", "ended")]),
    # -- acquires ---------------------------------------------------------------------------------
    ("it", "Brembo ha acquisito Marelli per 2 miliardi di euro.", [("acquires", "Brembo", "Marelli", None)]),
    ("it", "Pirelli ha rilevato Camfin.", [("acquires", "Pirelli", "Camfin", None)]),
    ("it", "Leonardo ha annunciato l'acquisizione di Hensoldt.", [("acquires", "Leonardo", "Hensoldt", None)]),
    ("it", "Marelli è stata acquistata da KKR nel 2019.", [("acquires", "KKR", "Marelli", None)]),
    ("it", "L'acquisizione di Comau da parte di One Equity Partners è stata completata.", [("acquires", "One Equity Partners", "Comau", None)]),
    ("it", "Eni ha venduto Versalis a KKR.", [("acquires", "KKR", "Versalis", None)]),
    ("it", "Secondo fonti di stampa, Leonardo sarebbe interessata ad acquisire Avio.", [("acquires", "Leonardo", "Avio", "rumoured")]),
    ("it", "Fincantieri è in trattativa per acquisire Avio.", [("acquires", "Fincantieri", "Avio", "in_talks")]),
    ("it", "Stellantis compra il 51% di Leapmotor.", [("acquires", "Stellantis", "Leapmotor", None)]),
    ("it", "KKR ha completato l'acquisto di Marelli.", [("acquires", "KKR", "Marelli", None)]),
    # -- owns -------------------------------------------------------------------------------------
    ("it", "Maserati, controllata di Stellantis, presenterà un nuovo modello.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Ducati fa parte del gruppo Audi dal 2012.", [("owns", "Audi", "Ducati", None)]),
    ("it", "Lamborghini appartiene ad Audi.", [("owns", "Audi", "Lamborghini", None)]),
    ("it", "Stellantis controlla Maserati.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Maserati è controllata da Stellantis.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Stellantis, che controlla Maserati, ha chiuso l'anno in utile.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Marelli, di proprietà di KKR, ha presentato i conti.", [("owns", "KKR", "Marelli", None)]),
    ("it", "Stellantis detiene il 100% di Maserati.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Audi possiede Ducati dal 2012.", [("owns", "Audi", "Ducati", None)]),
    ("it", "Versalis, società chimica del gruppo Eni, chiude un impianto.", [("owns", "Eni", "Versalis", None)]),
    # -- supplies whose parties stand apart from the trigger
    ("it", "Iveco compra le celle da Microvast per i furgoni elettrici, e da CATL per gli autobus urbani.", [("supplies", "Microvast", "Iveco", "active"), ("supplies", "CATL", "Iveco", "active")]),
    ("it", "Lo stabilimento ungherese di CATL fornirà celle a Renault a partire dal 2027.", [("supplies", "CATL", "Renault", "announced")]),
    ("it", "Vulcan Energy ha firmato contratti di fornitura con diversi costruttori, tra cui Stellantis e Renault.", [("supplies", "Vulcan Energy", "Stellantis", None), ("supplies", "Vulcan Energy", "Renault", None)]),
    ("it", "Le celle per la nuova Panda di Stellantis arrivano dallo stabilimento di CATL in Spagna.", [("supplies", "CATL", "Stellantis", None)]),
    ("it", "Iveco ha firmato un accordo in base al quale Microvast fornirà le celle dal 2027.", [("supplies", "Microvast", "Iveco", "announced")]),
    ("it", "CATL, da cui Stellantis acquista le celle, aprirà un nuovo impianto in Spagna.", [("supplies", "CATL", "Stellantis", "active")]),
]

ES = [
    # -- supplies ---------------------------------------------------------------------------------
    ("es", "Gestamp suministra piezas de chasis a Volkswagen.", [("supplies", "Gestamp", "Volkswagen", "active")]),
    ("es", "Gestamp suministrará carrocerías a Ford desde 2026.", [("supplies", "Gestamp", "Ford", "announced")]),
    ("es", "CATL abastece de baterías a Stellantis.", [("supplies", "CATL", "Stellantis", None)]),
    ("es", "Antolin provee paneles de techo a Renault y Stellantis.", [("supplies", "Antolin", "Renault", None), ("supplies", "Antolin", "Stellantis", None)]),
    ("es", "Gestamp es proveedor de Volkswagen desde hace veinte años.", [("supplies", "Gestamp", "Volkswagen", "active")]),
    ("es", "Ficosa es uno de los principales proveedores de Renault.", [("supplies", "Ficosa", "Renault", None)]),
    ("es", "Renault compra baterías a LG Energy Solution.", [("supplies", "LG Energy Solution", "Renault", None)]),
    ("es", "SEAT ha elegido a Gestamp como proveedor de las puertas.", [("supplies", "Gestamp", "SEAT", None)]),
    ("es", "Renault ha encargado a Irizar cien autobuses eléctricos.", [("supplies", "Irizar", "Renault", None)]),
    ("es", "Talgo ha recibido un pedido de Renfe para treinta trenes.", [("supplies", "Talgo", "Renfe", None)]),
    ("es", "CAF se ha adjudicado un contrato de Renfe para suministrar trenes.", [("supplies", "CAF", "Renfe", None)]),
    ("es", "Gestamp ha firmado con Volkswagen un contrato de suministro de chasis.", [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", "Las baterías del nuevo modelo de SEAT son suministradas por CATL.", [("supplies", "CATL", "SEAT", None)]),
    ("es", "Entre los clientes de Gestamp figuran Volkswagen y Ford.", [("supplies", "Gestamp", "Volkswagen", None), ("supplies", "Gestamp", "Ford", None)]),
    ("es", "Volkswagen es uno de los principales clientes de Gestamp.", [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", "Gestamp fabrica chasis en Navarra. Entre sus clientes están Volkswagen y Ford.", [("supplies", "Gestamp", "Volkswagen", None), ("supplies", "Gestamp", "Ford", None)]),
    ("es", "Gestamp cuenta entre sus clientes con Volkswagen y Ford.", [("supplies", "Gestamp", "Volkswagen", None), ("supplies", "Gestamp", "Ford", None)]),
    ("es", "Gestamp tiene entre sus clientes a Volkswagen y Ford.", [("supplies", "Gestamp", "Volkswagen", None), ("supplies", "Gestamp", "Ford", None)]),
    ("es", "Gestamp fabrica chasis en Navarra. La compañía suministra a Volkswagen y Ford.", [("supplies", "Gestamp", "Volkswagen", None), ("supplies", "Gestamp", "Ford", None)]),
    ("es", "Según fuentes del sector, CATL suministraría celdas a SEAT.", [("supplies", "CATL", "SEAT", "rumoured")]),
    ("es", "Gestamp dejó de suministrar a Ford en 2020.", [("supplies", "Gestamp", "Ford", "ended")]),
    ("es", "CATL negocia con Stellantis el suministro de baterías.", [("supplies", "CATL", "Stellantis", "in_talks")]),
    ("es", "Bridgestone fabrica neumáticos en Burgos. La japonesa ya suministra neumáticos a Toyota.", [("supplies", "Bridgestone", "Toyota", None)]),
    ("es", "Iberdrola suministrará energía renovable a Mercedes-Benz.", [("supplies", "Iberdrola", "Mercedes-Benz", None)]),
    ("es", "Acerinox, proveedor habitual de SEAT, ha cerrado el trimestre con beneficios.", [("supplies", "Acerinox", "SEAT", None)]),
    # -- partners_with ----------------------------------------------------------------------------
    ("es", "Iberdrola y Stellantis han firmado un acuerdo de colaboración.", [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", "Repsol ha sellado una alianza con Renault para la recarga de vehículos.", [("partners_with", "Repsol", "Renault", None)]),
    ("es", "Ingeteam colabora con Airbus en el desarrollo de motores eléctricos.", [("partners_with", "Ingeteam", "Airbus", "active")]),
    ("es", "Acuerdo entre Iberdrola y BBVA para financiar instalaciones solares.", [("partners_with", "Iberdrola", "BBVA", None)]),
    ("es", "Repsol y Hyundai se han aliado para desarrollar combustibles renovables.", [("partners_with", "Repsol", "Hyundai Motor", None)]),
    ("es", "Iberdrola y Mercedes-Benz negocian una alianza estratégica.", [("partners_with", "Iberdrola", "Mercedes-Benz", "in_talks")]),
    ("es", "Ingeteam ha firmado un acuerdo estratégico con Siemens Gamesa.", [("partners_with", "Ingeteam", "Siemens Gamesa", None)]),
    ("es", "La alianza entre Repsol y Renault terminó en 2022.", [("partners_with", "Repsol", "Renault", "ended")]),
    # -- joint_venture ----------------------------------------------------------------------------
    ("es", "Stellantis y CATL han creado una empresa conjunta en Zaragoza.", [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", "Iberdrola ha constituido una joint venture con Mitsubishi Corporation.", [("joint_venture", "Iberdrola", "Mitsubishi Corporation", None)]),
    ("es", "La empresa conjunta de Stellantis y CATL fabricará baterías LFP.", [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", "Repsol y Sener han formado una sociedad conjunta para el hidrógeno.", [("joint_venture", "Repsol", "Sener", None)]),
    ("es", "Acciona y Sener crearán una joint venture al 50%.", [("joint_venture", "Acciona", "Sener", None)]),
    # -- invests_in -------------------------------------------------------------------------------
    ("es", "Repsol ha adquirido una participación del 25% en Basquevolt.", [("invests_in", "Repsol", "Basquevolt", None)]),
    ("es", "CaixaBank tiene una participación del 10% en Naturgy.", [("invests_in", "CaixaBank", "Naturgy", "active")]),
    ("es", "Iberdrola ha entrado en el capital de Basquevolt.", [("invests_in", "Iberdrola", "Basquevolt", None)]),
    ("es", "Repsol ha invertido 20 millones de euros en Basquevolt.", [("invests_in", "Repsol", "Basquevolt", None)]),
    ("es", "Kutxabank es accionista de Iberdrola.", [("invests_in", "Kutxabank", "Iberdrola", None)]),
    ("es", "Entre los accionistas de Basquevolt figuran Repsol e Iberdrola.", [("invests_in", "Repsol", "Basquevolt", None), ("invests_in", "Iberdrola", "Basquevolt", None)]),
    ("es", "CaixaBank ha elevado su participación en Naturgy hasta el 26%.", [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", "Iberdrola ha vendido su participación en Siemens Gamesa.", [("invests_in", "Iberdrola", "Siemens Gamesa", "ended")]),
    ("es", "CaixaBank es el primer accionista de Naturgy.", [("invests_in", "CaixaBank", "Naturgy", None)]),
    # -- acquires ---------------------------------------------------------------------------------
    ("es", "Iberdrola ha comprado Avangrid.", [("acquires", "Iberdrola", "Avangrid", None)]),
    ("es", "Gestamp ha adquirido Sidenor por 500 millones de euros.", [("acquires", "Gestamp", "Sidenor", None)]),
    ("es", "Acciona se ha hecho con Ingeteam.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Naturgy ha anunciado la compra de Ingeteam.", [("acquires", "Naturgy", "Ingeteam", None)]),
    ("es", "Sidenor fue adquirida por Gestamp en 2019.", [("acquires", "Gestamp", "Sidenor", None)]),
    ("es", "La adquisición de Ingeteam por parte de Acciona se cerrará en junio.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Repsol ha vendido Ingeteam a Acciona.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Según fuentes del mercado, Acciona estudia comprar Ingeteam.", [("acquires", "Acciona", "Ingeteam", "rumoured")]),
    ("es", "Acciona negocia la compra de Ingeteam.", [("acquires", "Acciona", "Ingeteam", "in_talks")]),
    ("es", "Gestamp ha tomado el control de Sidenor.", [("acquires", "Gestamp", "Sidenor", None)]),
    ("es", "Acciona ha lanzado una opa sobre Ingeteam.", [("acquires", "Acciona", "Ingeteam", None)]),
    # -- owns -------------------------------------------------------------------------------------
    ("es", "SEAT, filial de Volkswagen, fabrica en Martorell.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "SEAT pertenece al grupo Volkswagen desde hace más de treinta años.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "Volkswagen controla SEAT desde 1986.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "Endesa está controlada por Enel.", [("owns", "Enel", "Endesa", None)]),
    ("es", "Endesa, controlada por Enel, ha presentado resultados.", [("owns", "Enel", "Endesa", None)]),
    ("es", "Enel, que controla Endesa, ha cerrado el año con beneficios.", [("owns", "Enel", "Endesa", None)]),
    ("es", "Volkswagen es propietaria de SEAT.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "Enel posee el 70% de Endesa.", [("owns", "Enel", "Endesa", None)]),
    ("es", "Endesa forma parte del grupo Enel desde el año 2009.", [("owns", "Enel", "Endesa", None)]),
    # -- supplies whose parties stand apart from the trigger
    ("es", "Seat compra celdas a Panasonic para sus modelos urbanos, y a CATL para los todocaminos.", [("supplies", "Panasonic", "SEAT", "active"), ("supplies", "CATL", "SEAT", "active")]),
    ("es", "La planta húngara de CATL suministrará celdas a Renault a partir de 2027.", [("supplies", "CATL", "Renault", "announced")]),
    ("es", "Vulcan Energy ha firmado contratos de suministro con varios fabricantes, entre ellos Stellantis y Renault.", [("supplies", "Vulcan Energy", "Stellantis", None), ("supplies", "Vulcan Energy", "Renault", None)]),
    ("es", "Seat ha firmado un acuerdo por el que Gotion suministrará las celdas a partir de 2027.", [("supplies", "Gotion", "SEAT", "announced")]),
    ("es", "Las celdas que PowerCo fabrica en Valencia se entregan a las plantas de Seat en Martorell.", [("supplies", "PowerCo", "SEAT", "active")]),
    ("es", "A Hyundai le suministra celdas LG Energy Solution desde su planta de Polonia.", [("supplies", "LG Energy Solution", "Hyundai Motor", "active")]),
]

# more of the everyday ways: customers as subjects, nouns, lists, appositions, headlines, references
IT += [
    # supplies
    ("it", "Stellantis si rifornisce da CATL per le celle delle sue utilitarie.", [("supplies", "CATL", "Stellantis", None)]),
    ("it", "Ferrari si affida a Brembo per i freni delle sue supercar.", [("supplies", "Brembo", "Ferrari", None)]),
    ("it", "A fornire le celle a Stellantis sarà CATL.", [("supplies", "CATL", "Stellantis", None)]),
    ("it", "Marelli fornisce i fari a diversi costruttori, tra cui BMW e Stellantis.", [("supplies", "Marelli", "BMW", None), ("supplies", "Marelli", "Stellantis", None)]),
    ("it", "Brembo, che fornisce i freni a Ferrari, ha chiuso un buon trimestre.", [("supplies", "Brembo", "Ferrari", None)]),
    ("it", "Pirelli ha ottenuto da BMW la fornitura degli pneumatici per la Serie 3.", [("supplies", "Pirelli", "BMW", None)]),
    ("it", "Il principale cliente di Brembo è BMW.", [("supplies", "Brembo", "BMW", None)]),
    ("it", "BMW e Audi sono tra i clienti di Brembo.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Audi", None)]),
    ("it", "Brembo ha tra i suoi clienti BMW e Audi.", [("supplies", "Brembo", "BMW", None), ("supplies", "Brembo", "Audi", None)]),
    ("it", "Bosch ha aperto un impianto a Bari. Il gruppo fornirà inverter a Stellantis.", [("supplies", "Bosch", "Stellantis", None)]),
    ("it", "Brembo ha presentato i conti. L'azienda fornisce Ferrari dal 2005.", [("supplies", "Brembo", "Ferrari", "active")]),
    ("it", "CATL ha fornito celle a BMW fino al 2022.", [("supplies", "CATL", "BMW", "ended")]),
    ("it", "Brembo non fornisce più Tesla.", [("supplies", "Brembo", "Tesla", "ended")]),
    ("it", "Stellantis ha firmato un contratto di fornitura con CATL per le celle LFP.", [("supplies", "CATL", "Stellantis", None)]),
    # partnership
    ("it", "Pirelli ha scelto Bosch come partner tecnologico per i sensori.", [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", "Alleanza Iveco-Hyundai sull'idrogeno.", [("partners_with", "Iveco", "Hyundai Motor", None)]),
    ("it", "Accordo Enel-Stellantis per la ricarica delle auto elettriche.", [("partners_with", "Enel", "Stellantis", None)]),
    ("it", "Firmato un memorandum d'intesa tra Eni e Stellantis sui biocarburanti.", [("partners_with", "Eni", "Stellantis", None)]),
    ("it", "Iveco, partner di Hyundai nell'idrogeno, ha presentato un nuovo camion.", [("partners_with", "Iveco", "Hyundai Motor", None)]),
    ("it", "Enel e Stellantis uniscono le forze nella ricarica.", [("partners_with", "Enel", "Stellantis", None)]),
    # joint venture
    ("it", "La joint venture paritetica tra Pirelli e Bosch avrà sede a Milano.", [("joint_venture", "Pirelli", "Bosch", None)]),
    ("it", "Fincantieri ha creato una joint venture al 50% con Rheinmetall.", [("joint_venture", "Fincantieri", "Rheinmetall", None)]),
    ("it", "Stellantis e CATL investiranno 4 miliardi nella loro joint venture spagnola.", [("joint_venture", "Stellantis", "CATL", None)]),
    # invests_in
    ("it", "Stellantis sale al 21% di Leapmotor.", [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", "Camfin detiene il 27% di Pirelli.", [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", "Sinochem ha una quota del 37% in Pirelli.", [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", "Camfin, azionista di Pirelli, ha rinnovato il patto.", [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", "KKR investirà 2,9 miliardi di euro in Enilive per una quota del 25%.", [("invests_in", "KKR", "Enilive", None)]),
    ("it", "La quota di Sinochem in Pirelli è salita al 37%.", [("invests_in", "Sinochem", "Pirelli", None)]),
    # acquires
    ("it", "KKR ha rilevato il 100% di Marelli.", [("acquires", "KKR", "Marelli", None)]),
    ("it", "Stellantis acquisisce il controllo di Leapmotor.", [("acquires", "Stellantis", "Leapmotor", None)]),
    ("it", "Via libera all'acquisizione di Marelli da parte di KKR.", [("acquires", "KKR", "Marelli", None)]),
    ("it", "Marelli passa a KKR.", [("acquires", "KKR", "Marelli", None)]),
    ("it", "Brembo ha lanciato un'OPA su Pirelli.", [("acquires", "Brembo", "Pirelli", None)]),
    ("it", "Eni cede Enilive a KKR.", [("acquires", "KKR", "Enilive", None)]),
    ("it", "KKR ha smentito l'acquisto di Marelli.", [("acquires", "KKR", "Marelli", "denied")]),
    ("it", "Secondo il Sole 24 Ore, KKR avrebbe rilevato Marelli.", [("acquires", "KKR", "Marelli", "rumoured")]),
    # owns
    ("it", "Stellantis, casa madre di Maserati, ha presentato il piano.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Maserati è una controllata di Stellantis.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Versalis (gruppo Eni) ha chiuso un impianto.", [("owns", "Eni", "Versalis", None)]),
    ("it", "Maserati, del gruppo Stellantis, presenterà la nuova GranTurismo.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", "Eni controlla il 100% di Versalis.", [("owns", "Eni", "Versalis", None)]),
]

ES += [
    # supplies
    ("es", "Volkswagen ha adjudicado a Gestamp el suministro de los chasis.", [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", "Gestamp, proveedor de Ford, ha abierto una planta en México.", [("supplies", "Gestamp", "Ford", None)]),
    ("es", "Ford se abastece de chasis de Gestamp.", [("supplies", "Gestamp", "Ford", None)]),
    ("es", "Stellantis comprará celdas a CATL para su planta de Zaragoza.", [("supplies", "CATL", "Stellantis", None)]),
    ("es", "Gestamp fabrica chasis en Navarra. La compañía cuenta con Volkswagen y Ford entre sus clientes.", [("supplies", "Gestamp", "Volkswagen", None), ("supplies", "Gestamp", "Ford", None)]),
    ("es", "CATL será el proveedor de baterías de Stellantis en Zaragoza.", [("supplies", "CATL", "Stellantis", None)]),
    ("es", "Volkswagen ha elegido a CATL para suministrar las baterías.", [("supplies", "CATL", "Volkswagen", None)]),
    ("es", "El suministro de baterías de CATL a Stellantis comenzará en 2026.", [("supplies", "CATL", "Stellantis", None)]),
    ("es", "CATL suministra baterías a fabricantes como Stellantis y BMW.", [("supplies", "CATL", "Stellantis", None), ("supplies", "CATL", "BMW", None)]),
    ("es", "Gestamp dejó de ser proveedor de Ford en 2021.", [("supplies", "Gestamp", "Ford", "ended")]),
    ("es", "Gestamp, que suministra chasis a Ford, ha cerrado el año con beneficios.", [("supplies", "Gestamp", "Ford", None)]),
    ("es", "Gestamp presentó sus cuentas. El grupo suministrará carrocerías a Renault.", [("supplies", "Gestamp", "Renault", None)]),
    ("es", "Ford es el principal cliente de Gestamp.", [("supplies", "Gestamp", "Ford", None)]),
    ("es", "Renfe ha encargado a Talgo treinta trenes de alta velocidad.", [("supplies", "Talgo", "Renfe", None)]),
    ("es", "Iberdrola firmó con Mercedes-Benz un contrato para suministrarle energía verde.", [("supplies", "Iberdrola", "Mercedes-Benz", None)]),
    # partnership
    ("es", "Acuerdo Iberdrola-Stellantis para la recarga de vehículos eléctricos.", [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", "Iberdrola firma un memorando de entendimiento con Stellantis.", [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", "Repsol, socio tecnológico de Hyundai, presentó un nuevo combustible.", [("partners_with", "Repsol", "Hyundai Motor", None)]),
    ("es", "Iberdrola y Stellantis unen fuerzas en la recarga.", [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", "Iberdrola ha elegido a Stellantis como socio para su red de recarga.", [("partners_with", "Iberdrola", "Stellantis", None)]),
    # joint venture
    ("es", "Stellantis y CATL constituyen una empresa conjunta al 50%.", [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", "La empresa conjunta formada por Stellantis y CATL invertirá 4.100 millones.", [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", "Repsol y Sener serán socios al 50% en la nueva sociedad.", [("joint_venture", "Repsol", "Sener", None)]),
    ("es", "Acciona ha creado una joint venture con Mitsubishi Corporation.", [("joint_venture", "Acciona", "Mitsubishi Corporation", None)]),
    # invests_in
    ("es", "CaixaBank controla el 26% de Naturgy.", [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", "La participación de CaixaBank en Naturgy es del 26%.", [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", "Kutxabank, accionista de Iberdrola, ha presentado resultados.", [("invests_in", "Kutxabank", "Iberdrola", None)]),
    ("es", "BBVA ha entrado en el accionariado de Basquevolt.", [("invests_in", "BBVA", "Basquevolt", None)]),
    ("es", "Repsol participa en Basquevolt con un 25%.", [("invests_in", "Repsol", "Basquevolt", None)]),
    ("es", "Repsol ha salido del capital de Basquevolt.", [("invests_in", "Repsol", "Basquevolt", "ended")]),
    ("es", "Repsol ha liderado una ronda de 50 millones en Basquevolt.", [("invests_in", "Repsol", "Basquevolt", None)]),
    ("es", "La ronda de Basquevolt, liderada por Repsol, asciende a 50 millones.", [("invests_in", "Repsol", "Basquevolt", None)]),
    # acquires
    ("es", "Acciona compra Ingeteam por 300 millones de euros.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "La compra de Ingeteam por Acciona se cerrará este año.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Acciona cierra la compra de Ingeteam.", [("acquires", "Acciona", "Ingeteam", "active")]),
    ("es", "Acciona se queda con Ingeteam por 300 millones.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Ingeteam pasa a manos de Acciona.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Acciona completa la adquisición del 100% de Ingeteam.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Acciona ha llegado a un acuerdo para adquirir Ingeteam.", [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", "Acciona ha negado estar negociando la compra de Ingeteam.", [("acquires", "Acciona", "Ingeteam", "denied")]),
    ("es", "Acciona estaría negociando la compra de Ingeteam, según fuentes cercanas.", [("acquires", "Acciona", "Ingeteam", "rumoured")]),
    # owns
    ("es", "SEAT, del grupo Volkswagen, ha presentado un nuevo modelo.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "Endesa, participada mayoritariamente por Enel, reparte dividendo.", [("owns", "Enel", "Endesa", None)]),
    ("es", "Endesa (grupo Enel) ha cerrado el año con beneficios.", [("owns", "Enel", "Endesa", None)]),
    ("es", "Volkswagen, matriz de SEAT, ha presentado resultados.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "SEAT es una filial de Volkswagen con sede en Martorell.", [("owns", "Volkswagen", "SEAT", None)]),
    ("es", "SEAT, propiedad de Volkswagen, fabrica en Martorell.", [("owns", "Volkswagen", "SEAT", None)]),
]

# third round: orders placed with a maker, deliveries, the press's idioms of a takeover, bids named with their bidder
IT += [
    ("it", 'Pirelli si è aggiudicata la fornitura degli pneumatici per BMW.', [("supplies", "Pirelli", "BMW", None)]),
    ("it", 'Alstom consegnerà a Trenitalia 100 treni regionali.', [("supplies", "Alstom", "Trenitalia", None)]),
    ("it", 'Trenitalia ha firmato un ordine con Alstom per 100 treni.', [("supplies", "Alstom", "Trenitalia", None)]),
    ("it", 'Brembo sarà il fornitore unico di Ferrari per i freni carboceramici.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Le batterie della Stellantis sono prodotte da CATL.', [("supplies", "CATL", "Stellantis", None)]),
    ("it", 'Comau ha avviato le consegne a Stellantis delle nuove linee.', [("supplies", "Comau", "Stellantis", None)]),
    ("it", 'Brembo produce per Ferrari i freni carboceramici.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Stellantis ha siglato con CATL un accordo per la fornitura di celle.', [("supplies", "CATL", "Stellantis", None)]),
    ("it", 'KKR mette le mani su Marelli.', [("acquires", "KKR", "Marelli", None)]),
    ("it", "Marelli entra nell'orbita di KKR.", [("acquires", "KKR", "Marelli", None)]),
    ("it", 'Eni ha ceduto a KKR il 25% di Enilive.', [("invests_in", "KKR", "Enilive", None)]),
    ("it", 'Eni ha venduto il 25% di Enilive a KKR.', [("invests_in", "KKR", "Enilive", None)]),
    ("it", 'KKR rileva da Eni il 25% di Enilive.', [("invests_in", "KKR", "Enilive", None)]),
    ("it", "Brembo ha concluso l'acquisizione di Camfin.", [("acquires", "Brembo", "Camfin", None)]),
    ("it", "Enilive sarà ceduta a KKR entro l'anno.", [("acquires", "KKR", "Enilive", None)]),
    ("it", 'Stellantis diventa il primo azionista di Leapmotor.', [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", 'Stellantis ha rafforzato la sua quota in Leapmotor.', [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", 'Camfin ha incrementato la partecipazione in Pirelli al 27%.', [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", "Il gruppo Stellantis, che controlla Maserati, ha chiuso l'anno in utile.", [("owns", "Stellantis", "Maserati", None)]),
    ("it", 'Lamborghini è di proprietà di Audi dal 1998.', [("owns", "Audi", "Lamborghini", None)]),
    ("it", 'Pirelli e Bosch hanno avviato una collaborazione sui sensori.', [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Pirelli lavora con Bosch ai sensori per pneumatici.', [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Enel X ha stretto un accordo con Stellantis per la ricarica.', [("partners_with", "Enel X", "Stellantis", None)]),
    ("it", 'Stellantis e CATL hanno annunciato una joint venture per le batterie LFP.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", 'Stellantis ha annunciato con CATL una joint venture per le batterie LFP.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", "L'OPA di Brembo su Pirelli è stata respinta.", [("acquires", "Brembo", "Pirelli", None)]),
    ("it", 'Marelli finisce nelle mani di KKR.', [("acquires", "KKR", "Marelli", None)]),
]

ES += [
    ("es", 'Gestamp ha vendido su filial Sidenor a Acerinox.', [("acquires", "Acerinox", "Sidenor", None)]),
    ("es", 'Acerinox se hace con el control de Sidenor.', [("acquires", "Acerinox", "Sidenor", None)]),
    ("es", 'CaixaBank toma una participación en Naturgy.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'CaixaBank se convierte en el primer accionista de Naturgy.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'CaixaBank se queda con el 30% de Naturgy.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'Acciona adquiere el 100% de Ingeteam.', [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", 'La opa de Acciona sobre Ingeteam ha sido aprobada.', [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", 'Acciona lanza una opa por Ingeteam.', [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", 'Acciona ha cerrado la adquisición de Ingeteam.', [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", 'Repsol ha reforzado su participación en Basquevolt.', [("invests_in", "Repsol", "Basquevolt", None)]),
    ("es", 'Repsol ha aumentado su participación en Basquevolt hasta el 30%.', [("invests_in", "Repsol", "Basquevolt", None)]),
    ("es", 'SEAT es propiedad de Volkswagen desde 1990.', [("owns", "Volkswagen", "SEAT", None)]),
    ("es", 'Cupra es una marca de SEAT.', [("owns", "SEAT", "Cupra", None)]),
    ("es", 'El grupo Volkswagen, que controla SEAT, ha presentado resultados.', [("owns", "Volkswagen", "SEAT", None)]),
    ("es", 'Gestamp trabaja con Volkswagen en el desarrollo de chasis.', [("partners_with", "Gestamp", "Volkswagen", None)]),
    ("es", 'Iberdrola y Stellantis han puesto en marcha una colaboración.', [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", 'Stellantis y CATL han anunciado una empresa conjunta para fabricar baterías.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", 'Gestamp se ha adjudicado el suministro de chasis para Volkswagen.', [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", 'Talgo entregará a Renfe treinta trenes.', [("supplies", "Talgo", "Renfe", None)]),
    ("es", 'Renfe ha firmado un pedido con Talgo para treinta trenes.', [("supplies", "Talgo", "Renfe", None)]),
    ("es", 'Gestamp será el proveedor exclusivo de Volkswagen para los chasis.', [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", 'Las baterías de Stellantis son fabricadas por CATL.', [("supplies", "CATL", "Stellantis", None)]),
    ("es", 'Gestamp fabrica para Volkswagen los chasis del ID.3.', [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", 'Gestamp ha iniciado las entregas a Volkswagen.', [("supplies", "Gestamp", "Volkswagen", None)]),
    ("es", 'Stellantis ha firmado con CATL un acuerdo para el suministro de baterías.', [("supplies", "CATL", "Stellantis", None)]),
    ("es", 'La oferta de Acciona por Ingeteam vence en junio.', [("acquires", "Acciona", "Ingeteam", None)]),
]

# fourth round: references back (descriptions, possessives in lists), statuses in force, ended, denied, rumoured
IT += [
    ("it", 'CATL è il primo produttore di batterie al mondo. Il colosso cinese fornirà celle a Stellantis.', [("supplies", "CATL", "Stellantis", None)]),
    ("it", 'Bosch ha aperto un impianto a Bari. Il gruppo tedesco fornisce inverter a Stellantis.', [("supplies", "Bosch", "Stellantis", None)]),
    ("it", 'Pirelli ha chiuso il trimestre in utile. Tra i suoi azionisti figura Sinochem.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Pirelli ha chiuso il trimestre in utile. I suoi azionisti sono Sinochem e Camfin.', [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", 'Brembo ha chiuso il trimestre in utile. I suoi clienti principali sono BMW e Audi.', [("supplies", "Brembo", "Audi", None)]),
    ("it", 'Brembo conta BMW tra i suoi clienti.', [("supplies", "Brembo", "BMW", None)]),
    ("it", 'Marelli ha chiuso il trimestre in perdita. La società è controllata da KKR.', [("owns", "KKR", "Marelli", None)]),
    ("it", 'Maserati ha presentato la nuova MC20. Il marchio appartiene a Stellantis.', [("owns", "Stellantis", "Maserati", None)]),
    ("it", 'Stellantis ha presentato il piano industriale. Il gruppo controlla anche Maserati.', [("owns", "Stellantis", "Maserati", None)]),
    ("it", "L'accordo tra Enel e Stellantis è in vigore dal 2021.", [("partners_with", "Enel", "Stellantis", "active")]),
    ("it", 'Pirelli ha smentito un accordo con Bosch.', [("partners_with", "Pirelli", "Bosch", "denied")]),
    ("it", 'Secondo Reuters, Brembo e Pirelli avrebbero firmato un accordo di collaborazione.', [("partners_with", "Brembo", "Pirelli", "rumoured")]),
    ("it", 'Stellantis ha firmato con CATL un accordo vincolante per una joint venture.', [("joint_venture", "Stellantis", "CATL", "announced")]),
    ("it", 'La fornitura di celle di CATL a Stellantis è iniziata nel 2023.', [("supplies", "CATL", "Stellantis", "active")]),
    ("it", 'Brembo ha rilevato Camfin, di cui deteneva già il 30%.', [("acquires", "Brembo", "Camfin", None)]),
]

ES += [
    ("es", 'CATL es el mayor fabricante de baterías del mundo. El gigante chino suministrará celdas a Stellantis.', [("supplies", "CATL", "Stellantis", None)]),
    ("es", 'Bosch tiene una planta en Madrid. El grupo alemán suministra frenos a SEAT.', [("supplies", "Bosch", "SEAT", None)]),
    ("es", 'Naturgy ha presentado sus resultados anuales. Entre sus accionistas figuran CaixaBank y Repsol.', [("invests_in", "Repsol", "Naturgy", None)]),
    ("es", 'Gestamp ha presentado sus resultados anuales. Sus principales clientes son Volkswagen y Ford.', [("supplies", "Gestamp", "Ford", None)]),
    ("es", 'SEAT ha presentado sus resultados anuales. La marca pertenece al grupo Volkswagen.', [("owns", "Volkswagen", "SEAT", None)]),
    ("es", 'Endesa ha presentado sus resultados anuales. La eléctrica está controlada por Enel.', [("owns", "Enel", "Endesa", None)]),
    ("es", 'Iberdrola ha presentado sus resultados anuales. La compañía controla Avangrid.', [("owns", "Iberdrola", "Avangrid", None)]),
    ("es", 'El acuerdo entre Iberdrola y Stellantis está en vigor desde 2021.', [("partners_with", "Iberdrola", "Stellantis", "active")]),
    ("es", 'Iberdrola ha desmentido un acuerdo con Stellantis.', [("partners_with", "Iberdrola", "Stellantis", "denied")]),
    ("es", 'Acciona y Repsol mantienen conversaciones para una alianza.', [("partners_with", "Acciona", "Repsol", "in_talks")]),
    ("es", 'Según Expansión, Acciona habría comprado Ingeteam.', [("acquires", "Acciona", "Ingeteam", "rumoured")]),
    ("es", 'La venta de Ingeteam a Acciona quedó cancelada.', [("acquires", "Acciona", "Ingeteam", "ended")]),
    ("es", 'Gestamp cuenta a Volkswagen entre sus clientes.', [("supplies", "Gestamp", "Volkswagen", None)]),
]

# fifth round: several relations in one sentence, makes named after the goods, money raised, clefts
IT += [
    ("it", 'Brembo, che nel 2021 ha rilevato Camfin, fornisce freni a Ferrari e ha una joint venture con Bosch.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Brembo, che nel 2021 ha rilevato Camfin, fornisce freni a Ferrari e ha una joint venture con Bosch.', [("acquires", "Brembo", "Camfin", None)]),
    ("it", 'Brembo, che nel 2021 ha rilevato Camfin, fornisce freni a Ferrari e ha una joint venture con Bosch.', [("joint_venture", "Brembo", "Bosch", None)]),
    ("it", 'Stellantis ha acquisito il 20% di Leapmotor e ha creato con il gruppo cinese una joint venture.', [("joint_venture", "Stellantis", "Leapmotor", None)]),
    ("it", 'Stellantis ha acquisito il 20% di Leapmotor e ha creato con il gruppo cinese una joint venture.', [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", 'Verkor ha raccolto 2 miliardi di euro da Renault e Bpifrance.', [("invests_in", "Bpifrance", "Verkor", None)]),
    ("it", 'Il contratto prevede che Brembo fornisca i freni a Ferrari fino al 2030.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Ferrari ha rinnovato il contratto con Brembo per i freni.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Brembo ha rinnovato il contratto di fornitura con Ferrari.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Ferrari monta freni Brembo su tutte le sue vetture.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Le vetture Ferrari montano freni Brembo.', [("supplies", "Brembo", "Ferrari", None)]),
    ("it", 'Magna assembla a Graz la Serie 5 per conto di BMW.', [("supplies", "Magna", "BMW", None)]),
    ("it", 'Marelli produce i fari per Stellantis nello stabilimento di Venaria.', [("supplies", "Marelli", "Stellantis", None)]),
    ("it", 'A rilevare Marelli è stata la statunitense KKR.', [("acquires", "KKR", "Marelli", None)]),
    ("it", 'Ad acquistare il 20% di Leapmotor è stata Stellantis.', [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", 'Ferrari utilizza celle CATL per la sua prima elettrica.', [("supplies", "CATL", "Ferrari", None)]),
]

ES += [
    ("es", 'Gestamp, que en 2021 compró Sidenor, suministra chasis a Ford y tiene una empresa conjunta con Acciona.', [("supplies", "Gestamp", "Ford", None)]),
    ("es", 'Gestamp, que en 2021 compró Sidenor, suministra chasis a Ford y tiene una empresa conjunta con Acciona.', [("acquires", "Gestamp", "Sidenor", None)]),
    ("es", 'Gestamp, que en 2021 compró Sidenor, suministra chasis a Ford y tiene una empresa conjunta con Acciona.', [("joint_venture", "Gestamp", "Acciona", None)]),
    ("es", 'Además de Volkswagen y Ford, Gestamp suministra también a Renault.', [("supplies", "Gestamp", "Renault", None)]),
    ("es", 'Basquevolt ha captado 50 millones de Repsol e Iberdrola.', [("invests_in", "Iberdrola", "Basquevolt", None)]),
    ("es", 'Basquevolt ha cerrado una ronda de 50 millones en la que han participado Repsol e Iberdrola.', [("invests_in", "Iberdrola", "Basquevolt", None)]),
    ("es", 'Magna fabrica en Graz la Serie 5 por encargo de BMW.', [("supplies", "Magna", "BMW", None)]),
    ("es", 'Ficosa fabrica retrovisores para Renault en su planta de Viladecavalls.', [("supplies", "Ficosa", "Renault", None)]),
    ("es", 'El acuerdo contempla que CATL suministre baterías a Stellantis hasta 2030.', [("supplies", "CATL", "Stellantis", None)]),
    ("es", 'SEAT monta baterías de CATL en el Born.', [("supplies", "CATL", "SEAT", None)]),
]

# sixth round: status cues (talks, reports, denials, ends, authorities blocking or clearing a deal)
IT += [
    ("it", "KKR starebbe trattando l'acquisto di Marelli.", [("acquires", "KKR", "Marelli", "rumoured")]),
    ("it", "KKR valuta l'acquisizione di Marelli.", [("acquires", "KKR", "Marelli", "in_talks")]),
    ("it", "KKR ha escluso l'acquisto di Marelli.", [("acquires", "KKR", "Marelli", "denied")]),
    ("it", "KKR ha perfezionato l'acquisizione di Marelli.", [("acquires", "KKR", "Marelli", "active")]),
    ("it", 'Brembo fornisce freni a Ferrari dal 2005.', [("supplies", "Brembo", "Ferrari", "active")]),
    ("it", 'Brembo fornirà freni a Ferrari dal 2026.', [("supplies", "Brembo", "Ferrari", "announced")]),
    ("it", 'Brembo ha fornito freni a Ferrari fino al 2020.', [("supplies", "Brembo", "Ferrari", "ended")]),
    ("it", 'Brembo potrebbe fornire freni a Ferrari.', [("supplies", "Brembo", "Ferrari", "rumoured")]),
    ("it", "L'Antitrust ha bloccato l'acquisizione di Marelli da parte di KKR.", [("acquires", "KKR", "Marelli", "ended")]),
    ("it", "L'Antitrust ha dato il via libera all'acquisizione di Marelli da parte di KKR.", [("acquires", "KKR", "Marelli", None)]),
    ("it", "KKR ha annunciato ieri l'acquisizione di Marelli.", [("acquires", "KKR", "Marelli", "announced")]),
    ("it", 'Secondo Bloomberg, KKR è in trattativa per rilevare Marelli.', [("acquires", "KKR", "Marelli", "rumoured")]),
]

ES += [
    ("es", 'Acciona ultima la compra de Ingeteam.', [("acquires", "Acciona", "Ingeteam", "in_talks")]),
    ("es", 'Acciona estudia la compra de Ingeteam.', [("acquires", "Acciona", "Ingeteam", "in_talks")]),
    ("es", 'Según ha podido saber este diario, Acciona compraría Ingeteam.', [("acquires", "Acciona", "Ingeteam", "rumoured")]),
    ("es", 'Fuentes conocedoras de la operación aseguran que Acciona comprará Ingeteam.', [("acquires", "Acciona", "Ingeteam", "rumoured")]),
    ("es", 'Acciona descarta comprar Ingeteam.', [("acquires", "Acciona", "Ingeteam", "denied")]),
    ("es", 'Acciona ha descartado la compra de Ingeteam.', [("acquires", "Acciona", "Ingeteam", "denied")]),
    ("es", 'Acciona ha roto las negociaciones para comprar Ingeteam.', [("acquires", "Acciona", "Ingeteam", "ended")]),
    ("es", 'Gestamp suministra chasis a Ford desde 2015.', [("supplies", "Gestamp", "Ford", "active")]),
    ("es", 'Gestamp suministrará chasis a Ford a partir de 2026.', [("supplies", "Gestamp", "Ford", "announced")]),
    ("es", 'Gestamp suministró chasis a Ford hasta 2020.', [("supplies", "Gestamp", "Ford", "ended")]),
    ("es", 'Gestamp ha firmado un acuerdo para suministrar chasis a Ford.', [("supplies", "Gestamp", "Ford", "announced")]),
    ("es", 'Acciona ha completado la compra de Ingeteam.', [("acquires", "Acciona", "Ingeteam", "active")]),
    ("es", 'Acciona anunció ayer la compra de Ingeteam.', [("acquires", "Acciona", "Ingeteam", "announced")]),
    ("es", 'Acciona podría comprar Ingeteam.', [("acquires", "Acciona", "Ingeteam", "rumoured")]),
    ("es", 'La CNMC ha autorizado la compra de Ingeteam por Acciona.', [("acquires", "Acciona", "Ingeteam", None)]),
    ("es", 'Bruselas ha bloqueado la compra de Ingeteam por Acciona.', [("acquires", "Acciona", "Ingeteam", "ended")]),
]

# seventh round: shares held, shareholders named with 'have', 'in the hands of'
IT += [
    ("it", 'Camfin detiene circa il 27% di Pirelli.', [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", 'Sinochem è il primo azionista di Pirelli con circa il 37%.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Stellantis è salita al 21% del capitale di Leapmotor.', [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", 'Camfin ha in portafoglio il 27% di Pirelli.', [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", 'Camfin è socio di minoranza di Pirelli.', [("invests_in", "Camfin", "Pirelli", None)]),
    ("it", 'Pirelli, di cui Sinochem detiene il 37%, ha chiuso il trimestre.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Pirelli, partecipata al 37% da Sinochem, ha chiuso il trimestre.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Il 37% di Pirelli è in mano a Sinochem.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Pirelli ha come primo azionista Sinochem.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Pirelli ha in Sinochem il primo azionista.', [("invests_in", "Sinochem", "Pirelli", None)]),
    ("it", 'Stellantis ha ceduto la sua quota in Leapmotor.', [("invests_in", "Stellantis", "Leapmotor", "ended")]),
    ("it", 'Stellantis è uscita dal capitale di Leapmotor.', [("invests_in", "Stellantis", "Leapmotor", "ended")]),
    ("it", 'Stellantis ha dimezzato la sua quota in Leapmotor.', [("invests_in", "Stellantis", "Leapmotor", None)]),
    ("it", 'Endesa, la controllata spagnola di Enel, ha presentato i conti.', [("owns", "Enel", "Endesa", None)]),
    ("it", 'Enel controlla la spagnola Endesa.', [("owns", "Enel", "Endesa", None)]),
    ("it", 'Enel ha il 70% di Endesa.', [("owns", "Enel", "Endesa", None)]),
]

ES += [
    ("es", 'CaixaBank posee alrededor del 26% de Naturgy.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'CaixaBank es el primer accionista de Naturgy con el 26%.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'CaixaBank ha elevado al 26% su participación en Naturgy.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'Naturgy, participada en un 26% por CaixaBank, ha presentado resultados.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'Naturgy, en la que CaixaBank tiene un 26%, ha presentado resultados.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'El 26% de Naturgy está en manos de CaixaBank.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'Naturgy tiene como primer accionista a CaixaBank.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'CaixaBank ha reducido su participación en Naturgy.', [("invests_in", "CaixaBank", "Naturgy", None)]),
    ("es", 'CaixaBank ha vendido toda su participación en Naturgy.', [("invests_in", "CaixaBank", "Naturgy", "ended")]),
    ("es", 'CaixaBank controla Naturgy a través de Criteria.', [("owns", "CaixaBank", "Naturgy", None)]),
    ("es", 'SEAT es la filial española de Volkswagen.', [("owns", "Volkswagen", "SEAT", None)]),
    ("es", 'Volkswagen tiene el 100% de SEAT.', [("owns", "Volkswagen", "SEAT", None)]),
    ("es", 'Endesa es una filial de Enel desde 2009.', [("owns", "Enel", "Endesa", None)]),
    ("es", 'Endesa, la filial española de Enel, ha presentado resultados.', [("owns", "Enel", "Endesa", None)]),
    ("es", 'Naturgy tiene como accionistas a CaixaBank y Repsol.', [("invests_in", "Repsol", "Naturgy", None)]),
]

# eighth round: partnerships and joint ventures (lists of parents, pairs named back, shares of owners)
IT += [
    ("it", 'Stellantis, Mercedes-Benz e TotalEnergies hanno costituito una joint venture per le batterie.', [("joint_venture", "Mercedes-Benz", "TotalEnergies", None)]),
    ("it", 'Stellantis e CATL hanno firmato un accordo. I due gruppi costruiranno una fabbrica in Spagna.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", 'Stellantis e CATL hanno firmato un accordo. I due gruppi creeranno una joint venture in Spagna.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", "Pirelli ha firmato con Bosch un memorandum d'intesa per sviluppare sensori.", [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Pirelli e Bosch hanno rafforzato la loro collaborazione.', [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Prosegue la collaborazione tra Pirelli e Bosch.', [("partners_with", "Pirelli", "Bosch", "active")]),
    ("it", 'Pirelli si allea con Bosch nei sensori.', [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", "Pirelli ha stretto un'alleanza strategica con Bosch.", [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Pirelli ha avviato con Bosch un progetto comune sui sensori.', [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Pirelli e Bosch svilupperanno insieme un nuovo sensore.', [("partners_with", "Pirelli", "Bosch", None)]),
    ("it", 'Stellantis ha costituito con CATL una joint venture al 50%.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", 'La joint venture, controllata al 51% da Stellantis e al 49% da CATL, avrà sede a Saragozza.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("it", 'Leapmotor International è la joint venture tra Stellantis e Leapmotor.', [("joint_venture", "Stellantis", "Leapmotor", None)]),
    ("it", 'Leapmotor International, joint venture tra Stellantis e Leapmotor, vende le auto in Europa.', [("joint_venture", "Stellantis", "Leapmotor", None)]),
]

ES += [
    ("es", 'Stellantis, Mercedes-Benz y TotalEnergies han constituido una empresa conjunta.', [("joint_venture", "Mercedes-Benz", "TotalEnergies", None)]),
    ("es", 'Stellantis y CATL han firmado un acuerdo. Ambas compañías crearán una empresa conjunta.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", 'Iberdrola ha firmado con Stellantis un memorando de entendimiento.', [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", 'Iberdrola y Stellantis han reforzado su alianza.', [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", 'Continúa la colaboración entre Iberdrola y Stellantis.', [("partners_with", "Iberdrola", "Stellantis", "active")]),
    ("es", 'Iberdrola se alía con Stellantis para la recarga.', [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", 'Iberdrola y Stellantis desarrollarán conjuntamente una red de recarga.', [("partners_with", "Iberdrola", "Stellantis", None)]),
    ("es", 'Stellantis ha creado con CATL una empresa conjunta al 50%.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", 'La empresa conjunta, participada al 51% por Stellantis y al 49% por CATL, tendrá su sede en Zaragoza.', [("joint_venture", "Stellantis", "CATL", None)]),
    ("es", 'Leapmotor International es la empresa conjunta entre Stellantis y Leapmotor.', [("joint_venture", "Stellantis", "Leapmotor", None)]),
    ("es", 'Leapmotor International, empresa conjunta de Stellantis y Leapmotor, vende coches en Europa.', [("joint_venture", "Stellantis", "Leapmotor", None)]),
]

# (language, text, [(type, source, target)]) that must not come out (as active for "denied" rows)
MUST_NOT = [
    # a name the sentence calls the brand of its owner is a brand: the labelling guidelines list no brand
    # as a company ("Brands (Cupra, Alpine, Jeep) are not companies"), so no ownership (owner_parties.py)
    ("es", "Cupra, la marca deportiva de SEAT, crece en ventas.", [("owns", "SEAT", "Cupra")]),
    ("it", "Ducati, marchio del gruppo Audi, ha aumentato le vendite.", [("owns", "Audi", "Ducati")]),
    ("it", 'Maserati, marchio di Stellantis, ha presentato la nuova MC20.', [("owns", "Stellantis", "Maserati")]),
    ("it", "Il titolo Pirelli ha guadagnato il 3%, mentre Brembo e Ferrari hanno perso terreno.", [("supplies", "Pirelli", "Brembo"), ("partners_with", "Brembo", "Ferrari"), ("owns", "Pirelli", "Ferrari")]),
    ("it", "Brembo, come Continental, fornisce freni ai costruttori tedeschi.", [("supplies", "Brembo", "Continental")]),
    ("it", "Brembo è in concorrenza con Continental nel mercato dei freni.", [("supplies", "Brembo", "Continental"), ("partners_with", "Brembo", "Continental")]),
    ("it", "Mediobanca ha assistito Stellantis nell'acquisizione di Leapmotor.", [("acquires", "Mediobanca", "Leapmotor"), ("partners_with", "Mediobanca", "Stellantis")]),
    ("es", "Las acciones de Iberdrola subieron un 2%, mientras Repsol y Naturgy cayeron.", [("supplies", "Iberdrola", "Repsol"), ("partners_with", "Repsol", "Naturgy")]),
    ("es", "Gestamp compite con Benteler en el mercado de chasis.", [("supplies", "Gestamp", "Benteler"), ("partners_with", "Gestamp", "Benteler")]),
    ("es", "BBVA asesoró a Acciona en la compra de Ingeteam.", [("acquires", "BBVA", "Ingeteam"), ("partners_with", "BBVA", "Acciona")]),
    ("it", "Mediobanca è advisor dell'OPA di Brembo su Pirelli.", [("acquires", "Mediobanca", "Pirelli"), ("partners_with", "Mediobanca", "Brembo")]),
    ("es", "Gestamp trabaja con clientes como Volkswagen y Ford.", [("partners_with", "Gestamp", "Volkswagen"), ("partners_with", "Gestamp", "Ford")]),
    ("it", "Brembo lavora con fornitori come Continental.", [("partners_with", "Brembo", "Continental")]),
    ("it", "Bosch ha aperto un impianto a Bari. La tedesca Continental fornirà inverter a Stellantis.", [("supplies", "Bosch", "Stellantis")]),
    ("es", "Iberdrola ha cerrado el año con beneficios. La española Repsol suministrará energía a Renault.", [("supplies", "Iberdrola", "Renault")]),
    ("it", "Stellantis ha il 20% delle vendite di Leapmotor in Europa.", [("invests_in", "Stellantis", "Leapmotor")]),
    ("es", "CaixaBank tiene un 26% del mercado de Naturgy.", [("invests_in", "CaixaBank", "Naturgy")]),
    ("it", "Il titolo Pirelli-Brembo non esiste: Pirelli sale in Borsa e Brembo scende.", [("partners_with", "Pirelli", "Brembo"), ("supplies", "Pirelli", "Brembo")]),
]

DENIED = [
    ("it", "Secondo indiscrezioni, Brembo starebbe per acquisire Pirelli. Brembo ha smentito.", ("acquires", "Brembo", "Pirelli")),
    ("es", "Según la prensa, Iberdrola compraría Naturgy. Iberdrola lo ha desmentido.", ("acquires", "Iberdrola", "Naturgy")),
]


def _id(case):
    values = case.values if hasattr(case, "values") else case
    return values[1][:50]


@pytest.mark.parametrize("lang, text, expected", IT + ES, ids=[_id(c) for c in IT + ES])
def test_phrasebook(lang, text, expected):
    doc = _extract(text)
    assert doc.language == lang
    missing = [e for e in expected if not _found(doc.relations, *e)]
    assert not missing, f"missing {missing}; got {_show(doc.relations)}"


@pytest.mark.parametrize("lang, text, forbidden", MUST_NOT, ids=[t[:50] for _, t, _ in MUST_NOT])
def test_phrasebook_must_not(lang, text, forbidden):
    doc = _extract(text)
    wrong = [f for f in forbidden if _found(doc.relations, *f)]
    assert not wrong, f"false {wrong}; got {_show(doc.relations)}"


@pytest.mark.parametrize("lang, text, rel", DENIED, ids=[t[:50] for _, t, _ in DENIED])
def test_phrasebook_denied_rumour_is_not_active(lang, text, rel):
    doc = _extract(text)
    assert not _found(doc.relations, *rel, "active")
    assert not _found(doc.relations, *rel, "rumoured")
