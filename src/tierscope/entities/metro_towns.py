"""Towns inside a larger city's area or province that the news names by that city: "il gruppo bergamasco"
is Brembo of Curno, "der Münchner Chipkonzern" Infineon of Neubiberg, "l'entreprise lyonnaise" a company
of Vénissieux, "la società torinese" one of Moncalieri. Without them a description with the city's
adjective fits no company at home next door, and is dropped (coref.py reads a company's home through this
table when it compares towns). Only towns a few kilometres from the city or in its province, where the
city's adjective is the usual way to name a company there; regions have their own list (vocab.py)."""

from __future__ import annotations

_AREAS = {
    "Munich": "Neubiberg|Pullach|Unterhaching|Taufkirchen|Putzbrunn|Unterschleißheim|Poing|Gilching|Oberpfaffenhofen|"
              "Puchheim|Stockdorf|Kirchseeon|Wessling|Garching|Ismaning|Aschheim|Feldkirchen",
    "Stuttgart": "Sindelfingen|Böblingen|Leinfelden-Echterdingen|Gerlingen|Ditzingen|Esslingen|Esslingen am Neckar|"
                 "Ostfildern|Fellbach|Korntal-Münchingen|Neuhausen auf den Fildern|Zuffenhausen|Weissach|Ehningen",
    "Frankfurt": "Bad Homburg|Neu-Isenburg|Offenbach am Main|Eschborn|Bad Soden am Taunus|Maintal",
    "Hanover": "Hemmingen|Langenhagen|Laatzen|Garbsen",
    "Cologne": "Brühl|Hürth|Frechen|Bergisch Gladbach",
    "Nuremberg": "Röthenbach an der Pegnitz|Lauf an der Pegnitz|Fürth|Schwabach",
    "Lyon": "Vénissieux|Villeurbanne|Saint-Priest|Vaulx-en-Velin|Rillieux-la-Pape|Écully|Bron",
    "Toulouse": "Blagnac|Colomiers",
    "Grenoble": "Bernin|Crolles|Meylan|Échirolles|Champ-sur-Drac",
    "Bordeaux": "Mérignac|Pessac",
    "Madrid": "Alcobendas|Las Rozas|Leganés|Tres Cantos|Getafe|Pozuelo de Alarcón|Alcalá de Henares",
    "Barcelona": "Badalona|El Prat de Llobregat|L'Hospitalet de Llobregat|Sant Cugat del Vallès",
    "Valencia": "Almussafes|Albuixech|Paterna|Sagunto",
    "Zaragoza": "Figueruelas",
    "Turin": "Moncalieri|Rivoli|Grugliasco|Collegno|Orbassano|Nichelino|Settimo Torinese|Chivasso|Pianezza|Beinasco",
    "Milan": "Sesto San Giovanni|Cinisello Balsamo|Rho|Segrate|Assago|San Donato Milanese|Pero|Arese|Lainate",
    "Bergamo": "Curno|Stezzano|Dalmine|Seriate|Grassobbio|Treviglio",
    "Brescia": "Travagliato|Rezzato|Lumezzane|Flero|Castegnato",
    "Verona": "Soave|San Giovanni Lupatoto|Bussolengo|Villafranca di Verona",
    "Bologna": "Bentivoglio|Casalecchio di Reno|San Lazzaro di Savena|Sant'Agata Bolognese|Borgo Panigale",
    "Modena": "Formigine|Carpi|Sassuolo",
    "Florence": "Sesto Fiorentino|Scandicci|Calenzano",
    "Naples": "Pomigliano d'Arco|Pozzuoli|Nola",
}
METRO_TOWNS = {town: city for city, towns in _AREAS.items() for town in towns.split("|")}
