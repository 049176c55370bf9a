"""Invented two- and three-sentence texts where a supply or a stake is told across sentences: the deal
in one sentence, a party in the next ("The customer is Y.", "Abnehmer ist Y.", "La commande émane de
Y."), the goods first and the supplier after ("They will come from X."), a stake and then its buyer.
Every company is invented. Each case: (language, text, expected (type, source word, target word)),
where a word is a piece of the canonical name; an expected None means no relation of the supply or
stake families between the two named companies."""

from __future__ import annotations

SUPPLY_OR_STAKE = ("supplies", "invests_in", "acquires", "owns")

CASES = [
    # English
    ("en", "Harwick Modules Ltd has won a large order for battery modules. The customer is Dorrance Motors.",
     ("supplies", "Harwick", "Dorrance")),
    ("en", "Velmora Cells Inc will deliver cathode material worth 200 million dollars over five years. "
           "The buyer is the carmaker Quillan Automotive.",
     ("supplies", "Velmora", "Quillan")),
    ("en", "Quillan Automotive needs cells for its new electric pickup. They will come from Tessmark Energy Inc.",
     ("supplies", "Tessmark", "Quillan")),
    ("en", "Brackley Motors Ltd has picked a supplier for the inverters of its next van. "
           "The contract went to Ostrava Power Systems.",
     ("supplies", "Ostrava", "Brackley")),
    ("en", "Ferrand Castings Ltd has signed a ten-year supply contract. The customer is Lunvik Trucks Inc, "
           "which will use the parts in its electric lorries.",
     ("supplies", "Ferrand", "Lunvik")),
    ("en", "Pellam Gears Ltd has received its biggest order to date. The order comes from Corvane Automotive Inc.",
     ("supplies", "Pellam", "Corvane")),
    ("en", "Nordale Steel Ltd has signed a contract to supply high-strength steel from 2026. "
           "The contract was signed with Brisko Motors Inc.",
     ("supplies", "Nordale", "Brisko")),
    ("en", "A 25% stake in Hallow Batteries Ltd has been sold to a strategic investor. The buyer is Gresham Capital Inc.",
     ("invests_in", "Gresham", "Hallow")),
    ("en", "Caldor Robotics Inc has raised 40 million euros in a funding round. "
           "The largest investor is Penwick Ventures Ltd.",
     ("invests_in", "Penwick", "Caldor")),
    ("en", "Sorrel Electronics Ltd will supply power chips under a new long-term deal. The customer was not named, "
           "but people familiar with the matter said it is Ardley Motors Inc.",
     ("supplies", "Sorrel", "Ardley")),
    ("en", "Trevane Motors Inc will build its new compact SUV with a motor from an outside supplier. "
           "The supplier is Kelso Drives Ltd.",
     ("supplies", "Kelso", "Trevane")),
    ("en", "Dunmore Glass Ltd has landed a contract for panoramic roofs. Its customer is Halvard Cars Inc.",
     ("supplies", "Dunmore", "Halvard")),
    ("en", "Pellam Gears Ltd has won an order for gearboxes. Corvane Automotive Inc reported a quarterly loss.",
     None),
    ("en", "Harwick Modules Ltd reported record sales. The customer is always right, said Dorrance Motors Inc chief "
           "Anna Weller.",
     None),
    # Italian
    ("it", "La Brenta Componenti S.p.A. ha ottenuto un ordine importante per moduli batteria. "
           "Il cliente è Vesta Motori S.p.A.",
     ("supplies", "Brenta", "Vesta")),
    ("it", "La Fonderia Morlacchi fornirà basamenti in alluminio per cinque anni. "
           "Il contratto, firmato con Ardesia Automobili S.p.A., vale 80 milioni di euro.",
     ("supplies", "Morlacchi", "Ardesia")),
    ("it", "Vesta Motori S.p.A. ha bisogno di celle per la nuova utilitaria elettrica. Le fornirà la Calvi Energia S.r.l.",
     ("supplies", "Calvi", "Vesta")),
    ("it", "La Ronchi Meccanica S.r.l. ha firmato un contratto di fornitura di cambi. "
           "Il committente è Tessera Veicoli S.p.A.",
     ("supplies", "Ronchi", "Tessera")),
    ("it", "La Serpieri Elettronica S.r.l. ha ricevuto la commessa più grande della sua storia. "
           "L'ordine arriva da Ardesia Automobili S.p.A.",
     ("supplies", "Serpieri", "Ardesia")),
    ("it", "La Gualtieri Cavi S.r.l. si è aggiudicata una commessa da 30 milioni per cablaggi. "
           "A commissionarla è stata Fenice Trasporti S.p.A.",
     ("supplies", "Gualtieri", "Fenice")),
    ("it", "La Pavan Plastiche S.r.l. fornirà paraurti per un nuovo modello. Il cliente non è stato reso noto, "
           "ma secondo indiscrezioni si tratta di Ardesia Automobili S.p.A.",
     ("supplies", "Pavan", "Ardesia")),
    ("it", "Il 30% della Lumen Batterie S.p.A. è stato ceduto. L'acquirente è la Orsini Holding S.p.A.",
     ("invests_in", "Orsini", "Lumen")),
    ("it", "La Cortese Robotica S.r.l. ha chiuso un aumento di capitale da 20 milioni di euro. "
           "Il nuovo socio è il fondo Altavia Capital S.p.A.",
     ("invests_in", "Altavia", "Cortese")),
    ("it", "Ardesia Automobili S.p.A. ha scelto il fornitore dei sedili per il nuovo SUV. "
           "Il fornitore è la Santoro Interni S.r.l.",
     ("supplies", "Santoro", "Ardesia")),
    ("it", "La Bellini Acciai S.p.A. ha firmato un accordo pluriennale per la fornitura di lamiere. "
           "Il contratto è stato siglato con Vesta Motori S.p.A.",
     ("supplies", "Bellini", "Vesta")),
    ("it", "Vesta Motori S.p.A. ha assegnato la fornitura dei motori elettrici per la nuova berlina. "
           "Ad aggiudicarsela è stata la Corradi Motori S.r.l.",
     ("supplies", "Corradi", "Vesta")),
    ("it", "La Serpieri Elettronica S.r.l. ha ricevuto un ordine per centraline. "
           "Ardesia Automobili S.p.A. ha chiuso il trimestre in perdita.",
     None),
    # German
    ("de", "Die Kessler Antriebe GmbH hat einen Großauftrag für Elektromotoren erhalten. "
           "Abnehmer ist die Veltin Automobil AG.",
     ("supplies", "Kessler", "Veltin")),
    ("de", "Die Hartmann Guss GmbH liefert künftig Gehäuse aus Aluminium. Der Auftrag stammt von der Veltin Automobil AG.",
     ("supplies", "Hartmann", "Veltin")),
    ("de", "Die Veltin Automobil AG braucht Zellen für ihr neues Elektroauto. Sie kommen von der Brauner Batterie GmbH.",
     ("supplies", "Brauner", "Veltin")),
    ("de", "Die Lindner Elektronik GmbH hat einen Liefervertrag über Steuergeräte unterzeichnet. "
           "Kunde ist die Ostwald Nutzfahrzeuge AG.",
     ("supplies", "Lindner", "Ostwald")),
    ("de", "Die Reuter Kabel GmbH hat einen Auftrag über Kabelbäume im Wert von 50 Millionen Euro erhalten. "
           "Den Auftrag erteilte die Ostwald Nutzfahrzeuge AG.",
     ("supplies", "Reuter", "Ostwald")),
    ("de", "Die Sommer Stanztechnik GmbH soll ab 2026 Karosserieteile fertigen. Auftraggeber ist die Veltin Automobil AG.",
     ("supplies", "Sommer", "Veltin")),
    ("de", "Die Falk Sensorik GmbH liefert Radarsensoren für eine neue Fahrzeugplattform. Der Name des Kunden wurde "
           "nicht genannt; nach Informationen dieser Zeitung handelt es sich um die Ostwald Nutzfahrzeuge AG.",
     ("supplies", "Falk", "Ostwald")),
    ("de", "Die Kramer Solar GmbH hat einen neuen Minderheitsaktionär. "
           "Käufer des Anteils von 20 Prozent ist die Weiss Beteiligungen AG.",
     ("invests_in", "Weiss", "Kramer")),
    ("de", "Die Winkler Robotik GmbH hat 30 Millionen Euro eingesammelt. "
           "Größter Geldgeber ist die Falkenstein Capital GmbH.",
     ("invests_in", "Falkenstein", "Winkler")),
    ("de", "Die Veltin Automobil AG hat die Dichtungen für ihre neue Baureihe vergeben. "
           "Lieferant ist die Bergmann Dichtungen GmbH.",
     ("supplies", "Bergmann", "Veltin")),
    ("de", "Die Pohl Achsen GmbH wird in den nächsten sechs Jahren Achsen liefern. "
           "Der Vertrag wurde mit der Ostwald Nutzfahrzeuge AG geschlossen.",
     ("supplies", "Pohl", "Ostwald")),
    ("de", "Die Veltin Automobil AG baut ab 2026 einen elektrischen Kleinwagen. "
           "Die Batteriemodule liefert die Brauner Batterie GmbH.",
     ("supplies", "Brauner", "Veltin")),
    ("de", "Die Reuter Kabel GmbH hat einen Auftrag über Kabelbäume erhalten. "
           "Die Ostwald Nutzfahrzeuge AG meldete einen Verlust.",
     None),
    # French
    ("fr", "Vernet Composants SA a décroché une importante commande de modules de batterie. "
           "Le client est Maréchal Automobiles SA.",
     ("supplies", "Vernet", "Maréchal")),
    ("fr", "Darcy Électronique SA fournira des calculateurs pour une nouvelle plateforme. Le client n'a pas été nommé ; "
           "selon nos informations, il s'agit de Maréchal Automobiles SA.",
     ("supplies", "Darcy", "Maréchal")),
    ("fr", "Fontaine Câblage SA a reçu une commande de faisceaux d'une valeur de 40 millions d'euros. "
           "La commande émane de Roussel Poids Lourds SA.",
     ("supplies", "Fontaine", "Roussel")),
    ("fr", "Maréchal Automobiles SA a besoin de cellules pour sa future citadine. Elles viendront de Lefort Énergie SA.",
     ("supplies", "Lefort", "Maréchal")),
    ("fr", "Garnier Fonderie SA livrera des carters en aluminium pendant sept ans. "
           "Le contrat a été signé avec Roussel Poids Lourds SA.",
     ("supplies", "Garnier", "Roussel")),
    ("fr", "Maréchal Automobiles SA a choisi le fournisseur des sièges de son nouveau SUV. "
           "Le fournisseur est Aubry Sièges SA.",
     ("supplies", "Aubry", "Maréchal")),
    ("fr", "Perrin Mécanique SA a signé un contrat de fourniture de boîtes de vitesses. "
           "Le donneur d'ordre est Maréchal Automobiles SA.",
     ("supplies", "Perrin", "Maréchal")),
    ("fr", "Vingt pour cent du capital de Colin Batteries SA ont été cédés. L'acquéreur est Thibault Participations SA.",
     ("invests_in", "Thibault", "Colin")),
    ("fr", "Bonnet Robotique SA a levé 25 millions d'euros. Le principal investisseur est Mercier Capital SA.",
     ("invests_in", "Mercier", "Bonnet")),
    ("fr", "Maréchal Automobiles SA lancera une citadine électrique en 2026. "
           "Les batteries seront fournies par Lefort Énergie SA.",
     ("supplies", "Lefort", "Maréchal")),
    ("fr", "Chevalier Freins SA a remporté un contrat de plaquettes de frein. Son client est Roussel Poids Lourds SA.",
     ("supplies", "Chevalier", "Roussel")),
    ("fr", "Girard Moteurs SA fournira des moteurs électriques à partir de 2027. "
           "Le contrat porte sur 100 000 moteurs par an et a été conclu avec Maréchal Automobiles SA.",
     ("supplies", "Girard", "Maréchal")),
    ("fr", "Fontaine Câblage SA a reçu une commande de faisceaux. Roussel Poids Lourds SA a publié des résultats en baisse.",
     None),
    # Spanish
    ("es", "Soler Componentes S.A. ha conseguido un gran pedido de módulos de batería. El cliente es Ybarra Motor S.A.",
     ("supplies", "Soler", "Ybarra")),
    ("es", "Fundiciones Arrieta S.A. ha recibido un pedido de bloques de motor por valor de 60 millones de euros. "
           "El pedido procede de Ybarra Motor S.A.",
     ("supplies", "Arrieta", "Ybarra")),
    ("es", "Ybarra Motor S.A. necesita celdas para su nuevo utilitario eléctrico. Se las suministrará Baena Energía S.A.",
     ("supplies", "Baena", "Ybarra")),
    ("es", "Cables Olmedo S.A. suministrará mazos de cables durante seis años. "
           "El contrato se ha firmado con Ybarra Motor S.A.",
     ("supplies", "Olmedo", "Ybarra")),
    ("es", "Ortega Electrónica S.A. suministrará unidades de control para una nueva plataforma. El cliente no ha "
           "trascendido, aunque según fuentes del sector se trata de Ybarra Motor S.A.",
     ("supplies", "Ortega", "Ybarra")),
    ("es", "Ybarra Motor S.A. ha elegido al proveedor de los asientos de su nuevo SUV. El proveedor es Cuesta Asientos S.A.",
     ("supplies", "Cuesta", "Ybarra")),
    ("es", "Ybarra Motor S.A. lanzará un eléctrico compacto en 2026. Las baterías llegarán de Baena Energía S.A.",
     ("supplies", "Baena", "Ybarra")),
    ("es", "El 25% de Medina Baterías S.A. ha sido vendido. El comprador es Roldán Inversiones S.A.",
     ("invests_in", "Roldán", "Medina")),
    ("es", "Robótica Vidal S.A. ha cerrado una ronda de 15 millones de euros. El principal inversor es Peña Capital S.A.",
     ("invests_in", "Peña", "Vidal")),
    ("es", "Frenos Castaño S.A. se ha adjudicado un contrato de pastillas de freno. Su cliente es Transportes Lozano S.A.",
     ("supplies", "Castaño", "Lozano")),
    ("es", "Neumáticos Serrano S.A. suministrará neumáticos a partir de enero. "
           "El contrato, firmado con Transportes Lozano S.A., asciende a 20 millones de euros.",
     ("supplies", "Serrano", "Lozano")),
    ("es", "Estampaciones Gil S.A. ha recibido un encargo de piezas de carrocería. El encargo lo ha realizado Ybarra Motor S.A.",
     ("supplies", "Gil", "Ybarra")),
    ("es", "Fundiciones Arrieta S.A. ha recibido un pedido de bloques de motor. Ybarra Motor S.A. presentó pérdidas.",
     None),
]
