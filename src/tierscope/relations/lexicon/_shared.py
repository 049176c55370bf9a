"""Pattern pieces more than one lexicon uses, as plain regular-expression strings."""

#: after a verb of winning, a figure in per cent (or points) is a share price's move, not an order won:
#: "le titre a gagné 4 % après le contrat", "la acción ganó un 4 por ciento", "die Aktie gewann 4 Prozent"
PRICE_MOVE_AFTER = r"(?!\s(?:[\w-]+\s){0,3}?[+-]?\d+(?:[.,]\d+)?\s?(?:%|por\s?ciento|pour\s?cent|Prozent|points|puntos|Punkte))"

#: what is left of "neither confirm nor deny" once ``relations/no_comment.py`` blanks its denying word: a
#: report cue of each lexicon's "rumoured" (the report stands), and the opening of no_comment's own pattern
NEITHER_NOR_REPORT = {
    "en": r"\bneither (?:confirm(?:ed|s|ing)?|comment(?:ed|s)? on) nor\b",
    "fr": r"\bni (?:confirm(?:é|e|er|ent|ait)|commenté|commenter) ni\b",
    "it": r"\bné (?:conferma(?:to|re|no)?|confermato|commentato|commentare) né\b",
    "es": r"\bni (?:confirm(?:a|ó|ado|ar|an)|comenta(?:do|r)?) ni\b",
    "de": r"\bweder (?:bestätig\w+|kommentier\w+) noch\b",
}

#: goods that come out of a plant or off a line ("le celle che escono dallo stabilimento", "el primer camión
#: salió de la línea", "les cellules sortent de l'usine") tell where they are made, not a company leaving a
#: tie: the end cues of leaving ("esce da", "salió de", "est sorti de") do not read a plant, a line or "here"
#: after them (an article, a possessive and one more word may stand between)
OUT_OF_PLANT = {
    "it": r"(?!['’]?\s*(?:(?:il|lo|la|i|gli|le|l['’]|un|uno|una|suo|sua|suoi|sue|loro)\s*)?(?:[\w-]+\s+)?"
          r"(?:stabiliment[oi]|fabbric(?:a|he)|impiant[oi]|line[ae]|catena|catene|repart[oi]|officin[ae]|capannon[ei]|"
          r"gigafactory|sit[oi]|forn[oi]|qui|lì|là)\b)",
    "es": r"(?!\s*(?:(?:la|las|el|los|su|sus|una?)\s+)?(?:[\w-]+\s+)?"
          r"(?:plantas?|fábricas?|factorías?|líneas?|cadenas?|naves?|instalaciones|talleres|taller|gigafactorías?|aquí|allí|ahí)\b)",
    "fr": r"(?!\s*(?:(?:l['’]|la|le|les|ses|son|sa|leur|leurs|une?)\s*)?(?:[\w-]+\s+)?"
          r"(?:usines?|chaînes?|lignes?|sites?|ateliers?|gigafactory|ici)\b)",
}

#: "a partir de" / "à partir de" before a bare noun tells what goods are made from ("ensambla coches a partir de
#: kits", "fabrique des cathodes à partir de lithium recyclé"), not a start to come ("a partir de 2027", "a partir
#: de enero", "à partir de janvier", "a partir del próximo año"): the words of a start still to come do not read it
NOT_MADE_FROM = {
    "es": r"(?!\s+(?!(?:ahora|hoy|mañana|entonces|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
          r"setiembre|octubre|noviembre|diciembre|principios|finales|mediados|comienzos|fines|ese|esa|este|esta|esos|esas|"
          r"estos|estas|aquel|aquella|cuando|que|su|sus|la|el|los|las|lo|un|una|unos|unas|de|del|otoño|primavera|verano|"
          r"invierno)\b)[a-zñáéíóúü]+\b)",
    "fr": r"(?!\s+(?!(?:maintenant|demain|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
          r"décembre|début|fin|mi|courant|ce|cet|cette|ces|là|quand|son|sa|ses|leur|leurs|la|le|les|l|un|une|des|du|d|"
          r"printemps|été|automne|hiver)\b)[a-zàâçéèêëîïôûùüÿœ]+\b)",
}

#: a report with no one named who made it, a passive or impersonal verb of writing or publishing ("it was
#: reported that", "se publicó que", "si è scritto che", "il a été écrit que", "es wurde geschrieben"): hearsay,
#: a cue of each lexicon's "rumoured" (not "it was announced", "se anunció", "è stato annunciato": the deal's own news)
IMPERSONAL_REPORT = {
    "en": r"\bit (?:was|has been|had been|is being) (?:widely )?(?:reported|rumou?red|written|claimed|alleged)\b",
    "de": r"\b(?:wurde|war)(?: \w+){0,2}? (?:geschrieben|spekuliert)\b(?! worden)",
    "fr": r"\bil (?:a|avait) été (?:rapporté|écrit|évoqué)\b|\bon a (?:écrit|rapporté|évoqué)\b",
    "it": r"\b(?:è|era) stato (?:riportato|scritto|riferito|ventilato)\b|\bsi (?:è|era) (?:scritto|vociferato)\b|"
          r"\bsi (?:vocifera|mormora)\b",
    "es": r"\bse (?:publicó|ha publicado|había publicado|dijo|ha dicho|especuló|ha especulado|rumorea|rumoreó)\b|"
          r"\bse llegó a (?:publicar|decir)\b",
}

#: talks or a deal about taking a partner's waste (its scrap, its used batteries): the one that takes it is
#: the subject, so the partner supplies ("in talks with Y about taking back scrap from its plant", "para
#: recibir baterías de desecho de sus fábricas", "über die Rücknahme von Batterieschrott"). Verbs of
#: receiving, collecting and handling only: "to dispose of", "smaltire" leave who acts open, and scrap
#: recycled or treated "for" a company is a service the recycler sells (relations/scrap_flow.py).
#: waste goods, the product "scrap" of lexicon/products.py written for lookaheads
WASTE_GOODS = {
    "en": r"(?:(?:battery |production |cell |electrode |manufacturing )?scrap|waste|(?:used|spent|end-of-life|end of life|old|defective|discarded|waste) batter(?:y|ies))",
    "it": r"(?:scarti|sfridi|rottami|batterie (?:esauste|usate|a fine vita|dismesse|esaurite|di scarto|difettose))",
    "de": r"(?:\w*[Ss]chrott\w*|Altbatterien|Altakkus|\w*[Aa]bfälle[n]?|ausgedienten Batterien|gebrauchten Batterien|defekten Batterien)",
    "fr": r"(?:déchets|rebuts|chutes de production|ferraille|scrap|batteries (?:usagées|usées|en fin de vie|hors d['’]usage|défectueuses|de rebut))",
    "es": r"(?:chatarra|desechos|residuos|recortes|scrap|bater[ií]as (?:usadas|de desecho|al final de su vida útil|fuera de uso|defectuosas|agotadas|en desuso))",
}
TAKING_WASTE = {
    "en": r"\b(?:to (?:take back|take in|receive|collect|handle|recover|accept|pick up)|taking back|taking in|collecting|handling|"
          r"recovering|accepting|picking up|(?:the )?(?:take-?back|collection|handling) of)\b"
          r"(?= (?:[\w'’-]+ ){0,3}?" + WASTE_GOODS["en"] + r"\b)",
    "it": r"\b(?:ricevere|ritirare|raccogliere|recuperare|gestire|prendere in carico|(?:il )?(?:ritiro|recupero) (?:dei|delle|degli|di))\b"
          r"(?= (?:[\w'’-]+ ){0,3}?" + WASTE_GOODS["it"] + r"\b)",
    "de": r"\b(?:die|eine|der) (?:\w+ )?(?:Rücknahme|Abholung) (?:von|der|des|ihrer|seiner|ihres|seines)\b"
          r"(?= (?:[\w-]+ ){0,2}?" + WASTE_GOODS["de"] + r"\b)"
          r"|\b" + WASTE_GOODS["de"] + r"\b(?= (?:[\w-]+ ){0,4}?(?:zurückzunehmen|abzuholen|zu übernehmen)\b)",
    "fr": r"\b(?:recevoir|récupérer|collecter|reprendre|prendre en charge|(?:la )?(?:reprise|collecte|récupération) (?:des|de ses|de leurs|de))\b"
          r"(?= (?:[\w'’-]+ ){0,3}?" + WASTE_GOODS["fr"] + r"\b)",
    "es": r"\b(?:recibir|recoger|retirar|gestionar|recuperar|hacerse cargo de|(?:la )?(?:recogida|retirada|recuperación) (?:de|del|de las|de los|de sus))\b"
          r"(?= (?:[\w'’-]+ ){0,3}?" + WASTE_GOODS["es"] + r"\b)",
}
