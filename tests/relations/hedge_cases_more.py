"""More invented sentences, on ends, later starts and running ties told in other words: a contract that
ran out or was let expire, a deal made void by an insolvency, an order withdrawn, a tie told in the past
of having ("we had a contract with Y"), first deliveries due later, a contract that exists, a tie running
"for over a year", a report told as hearsay ("kolportiert", "circulaba la posibilidad"), talks in the
progressive, a report rejected. Same shape as ``hedge_cases.CASES``; every company is invented."""

from __future__ import annotations

from .hedge_cases import DE, EN, ES, FR, IT  # the same invented companies per language

CASES = [
    # a contract that ran out, was let expire, became void, or an order withdrawn: ended
    ("m-en01", "en", "Tessaro's contract to supply seats to Marvola ran out in June.", EN, "supply", "ended"),
    ("m-en02", "en", "Marvola let its supply agreement with Tessaro expire without renewing it.", EN, "supply", "ended"),
    ("m-en03", "en", "Marvola withdrew its order for battery packs from Tessaro last year.", EN, "supply", "ended"),
    ("m-en04", "en", "We had a supply contract with Marvola, which became void with its insolvency.", EN + ["We"], "supply", "ended"),
    ("m-it01", "it", "Brenza ha lasciato scadere il contratto di fornitura con Valtara senza rinnovarlo.", IT, "supply", "ended"),
    ("m-it02", "it", "Brenza ha ritirato l'ordine di batterie a Valtara lo scorso anno.", IT, "supply", "ended"),
    ("m-it03", "it", "Il contratto di fornitura tra Valtara e Brenza è decaduto con il fallimento.", IT, "supply", "ended"),
    ("m-fr01", "fr", "Castagnac a laissé expirer son contrat d'approvisionnement avec Vaudrelle sans le renouveler.", FR, "supply", "ended"),
    ("m-fr02", "fr", "Castagnac a retiré sa commande de batteries à Vaudrelle l'an dernier.", FR, "supply", "ended"),
    ("m-fr03", "fr", "Le contrat de fourniture entre Vaudrelle et Castagnac est devenu caduc avec la faillite.", FR, "supply", "ended"),
    ("m-es01", "es", "Teruela dejó expirar su contrato de suministro con Montalbo sin renovarlo.", ES, "supply", "ended"),
    ("m-es02", "es", "Teruela retiró su pedido de baterías a Montalbo el año pasado.", ES, "supply", "ended"),
    ("m-es03", "es", "El contrato de suministro entre Montalbo y Teruela quedó sin efecto con la quiebra.", ES, "supply", "ended"),
    ("m-de01", "de", "Halmstein ließ den Liefervertrag mit Kettwig auslaufen.", DE, "supply", "ended"),
    ("m-de02", "de", "Halmstein hat den Auftrag über Batteriepakete bei Kettwig zurückgezogen.", DE, "supply", "ended"),
    ("m-de03", "de", "Der Liefervertrag zwischen Kettwig und Halmstein ist mit der Insolvenz hinfällig geworden.", DE, "supply", "ended"),
    # first deliveries due later: announced
    ("m-en05", "en", "Marvola has picked Tessaro to supply cells, with the first deliveries due next year.", EN, "supply", "announced"),
    ("m-it04", "it", "Valtara fornirà celle a Brenza, con le prime consegne previste il prossimo anno.", IT, "supply", "announced"),
    ("m-fr04", "fr", "Castagnac a retenu Vaudrelle pour lui fournir des cellules, les premières livraisons étant attendues l'an prochain.", FR, "supply", "announced"),
    ("m-es04", "es", "Teruela ha elegido a Montalbo para suministrarle celdas, con las primeras entregas previstas para el próximo año.", ES, "supply", "announced"),
    ("m-de04", "de", "Halmstein hat Kettwig als Zelllieferanten ausgewählt, die ersten Lieferungen sind für das kommende Jahr geplant.", DE, "supply", "announced"),
    # a contract that exists, a tie running for over a year: active
    ("m-de05", "de", "Ein Liefervertrag besteht auch mit Halmstein, den Kettwig mit Lithium versorgt.", DE, "supply", "active"),
    ("m-it05", "it", "Valtara consegna da oltre un anno i propri moduli a Brenza.", IT, "supply", "active"),
    ("m-en06", "en", "Tessaro has been delivering modules to Marvola for more than a year.", EN, "supply", "active"),
    ("m-fr05", "fr", "Vaudrelle livre depuis plus d'un an ses modules à Castagnac.", FR, "supply", "active"),
    ("m-es05", "es", "Montalbo entrega desde hace más de un año sus módulos a Teruela.", ES, "supply", "active"),
    # hearsay in other words
    ("m-de06", "de", "In der Branche wird kolportiert, Kettwig verhandle über den Kauf von Halmstein.", DE, "ownership", "rumoured"),
    ("m-es06", "es", "En el mercado circuló la posibilidad de que Montalbo comprara Teruela.", ES, "ownership", "rumoured"),
    ("m-fr06", "fr", "La presse économique a évoqué un rachat de Castagnac par Vaudrelle.", FR, "ownership", "rumoured"),
    ("m-it06", "it", "Sul mercato circola l'ipotesi di un'acquisizione di Brenza da parte di Valtara.", IT, "ownership", "rumoured"),
    # talks in the progressive, on the record
    ("m-en07", "en", "Tessaro is also talking with Marvola about supplying its new plant, its chief executive said.", EN, "supply", "in_talks"),
    # a report rejected by a party
    ("m-en08", "en", "Tessaro has rejected a report that it planned to buy a stake in Marvola.", EN, "ownership", "denied"),
    ("m-it07", "it", "Valtara ha respinto le notizie su un suo ingresso nel capitale di Brenza.", IT, "ownership", "denied"),
    ("m-es07", "es", "Montalbo ha rechazado las informaciones sobre su entrada en el capital de Teruela.", ES, "ownership", "denied"),
    ("m-fr07", "fr", "Vaudrelle a rejeté les informations sur son entrée au capital de Castagnac.", FR, "ownership", "denied"),
    # a German relative's "soll" tells the venture's purpose, not hearsay
    ("m-de07", "de", "Mit Halmstein betreibt Kettwig das Gemeinschaftsunternehmen Ostvolt, das langfristig die Werke mit Kathoden versorgen soll.", DE + ["Ostvolt"], "partnership", "active"),
]
