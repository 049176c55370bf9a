"""Scraped-page fixtures, written for these tests. Each page is a list of (line, kind): "keep" for
article text (headline, byline, prose) and "junk" for page furniture the filter must mark."""

from __future__ import annotations

K, J = "keep", "junk"

EN = [
    ("Skip to main content", J),
    ("Home | News | Business | Markets | Tech | Opinion", J),
    ("Home › Business › Automotive", J),
    ("", None),
    ("Advertisement", J),
    ("", None),
    ("LG Energy Solution to supply Tesla from Arizona plant", K),
    ("By Jane Smith", K),
    ("Share | Tweet | Email | Print", J),
    ("", None),
    ("LG Energy Solution will supply cylindrical battery cells to Tesla from its new plant in Arizona, the companies said on Wednesday.", K),
    ("The deal covers about 20 GWh a year from 2025, according to a filing with the Korea Exchange.", K),
    ("", None),
    ("Read more: Tesla cuts Model Y prices again in China", J),
    ("", None),
    ("Panasonic, Tesla's oldest cell supplier, is also expanding in Kansas, where it is building a $4 billion factory.", K),
    ("", None),
    ("Related articles", J),
    ("Tesla cuts prices in China", J),
    ("BMW opens new plant in Hungary", J),
    ("Northvolt raises $1.2 billion", J),
    ("", None),
    ("Used cars", J),
    ("BMW X3 2019 · 45.000 km · € 28.900", J),
    ("Tesla Model 3 2021 · 32,000 km · $ 31,500", J),
    ("", None),
    ("Sign up for our daily newsletter", J),
    ("Enter your email address", J),
    ("Subscribe", J),
    ("", None),
    ("3 comments", J),
    ("Log in to comment", J),
    ("", None),
    ("We use cookies to improve your experience on our site. By continuing you accept our cookie policy.", J),
    ("© 2023 Autonews Media. All rights reserved.", J),
]

IT = [
    ("Home", J),
    ("Economia", J),
    ("Politica", J),
    ("Cronaca", J),
    ("Motori", J),
    ("", None),
    ("Pirelli, accordo di fornitura con Volkswagen per gli pneumatici delle auto elettriche", K),
    ("di Mario Rossi", K),
    ("", None),
    ("Pirelli fornirà a Volkswagen gli pneumatici per i nuovi modelli elettrici prodotti nello stabilimento di Zwickau.", K),
    ("L'accordo, del valore di circa 300 milioni di euro, ha una durata di cinque anni, ha precisato la società milanese.", K),
    ("", None),
    ("LEGGI ANCHE: Stellantis, nuovo investimento a Melfi", J),
    ("", None),
    ("Condividi su Facebook", J),
    ("", None),
    ("Leggi anche", J),
    ("Brembo apre un impianto in Messico", J),
    ("Ferrari, ricavi in crescita nel trimestre", J),
    ("", None),
    ("Iscriviti alla newsletter di Economia", J),
    ("Commenti", J),
    ("Accedi per commentare", J),
    ("Utilizziamo i cookie per migliorare la tua esperienza di navigazione.", J),
    ("Riproduzione riservata © Copyright Gruppo Editoriale", J),
]

DE = [
    ("Startseite | Wirtschaft | Politik | Sport | Auto", J),
    ("Anzeige", J),
    ("", None),
    ("Bosch liefert Sensoren an Mercedes-Benz", K),
    ("Von Anna Müller", K),
    ("Veröffentlicht am 3. Mai 2023", K),
    ("", None),
    ("Der Zulieferer Bosch wird Mercedes-Benz ab 2025 mit Radarsensoren für die neue Elektro-Plattform beliefern.", K),
    ("Das Auftragsvolumen liegt nach Angaben aus Branchenkreisen bei rund 1,5 Mrd. Euro.", K),
    ("", None),
    ("Lesen Sie auch", J),
    ("ZF streicht Stellen in Friedrichshafen", J),
    ("Continental verkauft Sparte an Investor", J),
    ("", None),
    ("Gebrauchtwagen", J),
    ("VW Golf 8 · EZ 03/2021 · 28.000 km · 21.490 €", J),
    ("Audi A4 Avant 2019 · 61.500 km · 24.900 €", J),
    ("", None),
    ("Artikel teilen", J),
    ("Newsletter abonnieren", J),
    ("12 Kommentare", J),
    ("Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.", J),
    ("© 2023 Wirtschaftsnachrichten GmbH. Alle Rechte vorbehalten.", J),
]

FR = [
    ("Accueil › Économie › Entreprises", J),
    ("Publicité", J),
    ("", None),
    ("Renault signe un contrat avec Verkor pour des cellules de batteries", K),
    ("Par Claire Dubois", K),
    ("Publié le 3 mai 2023", K),
    ("", None),
    ("Renault a signé avec la start-up grenobloise Verkor un contrat d'approvisionnement en cellules pour ses futures voitures électriques.", K),
    ("L'usine de Dunkerque doit produire 16 GWh par an à partir de 2025, a indiqué le constructeur dans un communiqué.", K),
    ("", None),
    ("À lire aussi", J),
    ("Stellantis investit dans une usine de batteries", J),
    ("TotalEnergies rachète un producteur d'électricité", J),
    ("", None),
    ("Partager sur Facebook | Partager sur Twitter", J),
    ("Inscrivez-vous à notre newsletter", J),
    ("Voir les commentaires", J),
    ("Nous utilisons des cookies pour améliorer votre expérience sur notre site.", J),
    ("© 2023 Le Journal Économique - Tous droits réservés", J),
]

ES = [
    ("Inicio | Economía | Empresas | Mercados | Motor", J),
    ("", None),
    ("Iberdrola firma un acuerdo de suministro eléctrico con Seat para su planta de Martorell", K),
    ("Por Lucía Fernández", K),
    ("Publicado el 5 de marzo de 2024", K),
    ("", None),
    ("Iberdrola suministrará energía renovable a la planta de Seat en Martorell durante los próximos diez años.", K),
    ("El contrato prevé la construcción de un parque solar de 250 MW en Aragón, según informó la eléctrica.", K),
    ("", None),
    ("Te puede interesar", J),
    ("Repsol invierte en hidrógeno verde en Cartagena", J),
    ("Telefónica vende torres a American Tower", J),
    ("", None),
    ("Publicidad", J),
    ("Coches de segunda mano", J),
    ("Seat León 2020 · 40.000 km · 16.900 €", J),
    ("", None),
    ("Compartir en Twitter", J),
    ("Suscríbete a nuestro boletín", J),
    ("5 comentarios", J),
    ("Utilizamos cookies para mejorar la experiencia de navegación.", J),
    ("© 2024 Diario Económico. Todos los derechos reservados.", J),
]

PAGES = {"en": EN, "it": IT, "de": DE, "fr": FR, "es": ES}


def build(page):
    """The page's text and, per line, (start, end, kind)."""
    text, spans, pos = [], [], 0
    for line, kind in page:
        text.append(line)
        spans.append((pos, pos + len(line), kind))
        pos += len(line) + 1
    return "\n".join(text) + "\n", spans
