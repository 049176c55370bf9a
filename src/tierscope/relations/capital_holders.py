"""A holder whose share of "the capital" is told in the sentence after the one that names the company:

    "Norvik went bankrupt in March. Corvalis, which held about 21% of the capital, wrote off its stake."
    "Norvik fabrique des cellules. Corvalis, qui détient environ 21 % du capital, a suivi la levée."
    "Norvik fabrica celdas. Corvalis, que posee alrededor del 21% del capital, dio por perdida su inversión."
    "La governance di Norvik è stabile. Corvalis, primo azionista con il 34%, ha rinnovato il patto."
    "Norvik fertigt Zellen. Corvalis hält rund 20 Prozent der Anteile."
    "Norvik fertigt Zellen. Corvalis hat seinen Anteil auf 5,2 Prozent aufgestockt."
    "Norvik makes cells. Corvalis is its largest shareholder." / "Corvalis est son premier actionnaire."

and control taken of it with no object named ("Corvalis took control in 2022", "Corvalis en a pris le
contrôle", "Corvalis ne ha preso il controllo", "Corvalis tomó el control", "Corvalis übernahm 2022 die
Mehrheit"): an acquisition of that company.

The stake names no company ("of the capital", "du capital", "its stake", "son premier actionnaire"):
it is a share of the company the sentence before speaks of (members.py's owner: its only company, or
the one it opens with). Precision first: the holder is named right before the stake's words, and the
sentence names no company but holders told so (a third name might be the company of "the capital").
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from ..entities.gazetteer import gazetteer
from .known_roles import gazetteer_name
from . import engine
from ..scan.page_words import present
from .engine import company_name as _name
from .members import named_companies, owner_before
from .topic import story_topic

__all__ = ["capital_holders"]

_I = re.IGNORECASE

# a share: a figure with its percent sign or word, or a fraction ("un quart", "ein Viertel")
_QTY = {
    "en": r"(?:(?:about|around|nearly|almost|roughly|some|just under|just over|more than|less than|close to|over|approximately)\s+)?"
          r"(?:(?P<pct>\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent)|(?P<frac>a quarter|a third|half))",
    "fr": r"(?:(?:environ|près de|plus de|moins de|quelque|autour de|un peu plus de|un peu moins de|presque)\s+)?"
          r"(?:(?P<pct>\d+(?:[.,]\d+)?)\s?(?:%|pour\s?cent)|(?P<frac>un quart|un tiers|la moitié))",
    "es": r"(?:(?:alrededor del|cerca del|casi el|más del|menos del|aproximadamente el|en torno al|el|un)\s+)?"
          r"(?:(?P<pct>\d+(?:[.,]\d+)?)\s?(?:%|por\s?ciento)|(?P<frac>una cuarta parte|un tercio|la mitad))",
    "it": r"(?:(?:circa|quasi|oltre|poco più di|poco meno di|più di|meno di)\s+)?(?:il\s+|l['’]\s?)?"
          r"(?:(?P<pct>\d+(?:[.,]\d+)?)\s?(?:%|per\s?cento)|(?P<frac>un quarto|un terzo|la metà))",
    "de": r"(?:(?:rund|etwa|knapp|gut|fast|mehr als|über|annähernd|ungefähr|circa)\s+)?"
          r"(?:(?P<pct>\d+(?:,\d+)?)\s?(?:%|Prozent)|(?P<frac>ein Viertel|ein Drittel|die Hälfte))",
}
# a description of the holder between its name and a relative ("Tessaro, il veicolo della famiglia, che detiene")
_ASIDE = r"(?:(?-i:[a-zà-öø-ÿ])[^,;:()\"«»]{0,60}?,?\s)?"

# after a stake with no company named: no company named next ("a 20% stake in Y", "une participation
# de 20 % dans Y" are read in the sentence itself)
_NO_OBJECT = {
    "en": r"(?!\s+(?:in|of|at)\b)",
    "fr": r"(?!\s+(?:dans|au|de|du|d['’]|chez)\b)",
    "es": r"(?!\s+(?:en|de|del)\b)",
    "it": r"(?!\s+(?:in|nel|nella|di|del|della|dell['’])\b)",
    "de": r"(?!\s+(?:an|am|bei|von|der|des)\b)",
}

# Right after the holder's name: the words that give it its share of a company left unnamed. Each
# ends where a named company would follow ("of the capital of Y" is read in the sentence itself).
_AFTER = {
    "en": [
        r",\s+" + _ASIDE + r"(?:which|that)\s+(?:(?:still|already|now|then)\s+)?(?:holds|held|owns|owned|has|had|controls|controlled)\s+{Q}\s+of\s+(?:the|its)\s+(?:share\s+)?(?:capital|shares|equity|stock)\b(?!\s+(?:of|in)\b)",
        r"\s+(?:(?:still|already|now)\s+)?(?:holds|held|owns|owned|controls|controlled|retains|retained|keeps|kept)\s+{Q}\s+of\s+(?:the|its)\s+(?:share\s+)?(?:capital|shares|equity|stock)\b(?!\s+(?:of|in)\b)",
        r"\s+(?:has\s+|had\s+)?(?:raised|increased|lifted|upped|cut|reduced|lowered|trimmed)\s+its\s+(?:stake|holding|shareholding)\s+(?:to|from)\s+{Q}",
        r"\s+(?:(?:still|also)\s+)?(?:kept|keeps|retains|retained|holds|held)\s+(?:on\s+to\s+)?a\s+(?:minority\s+)?(?:stake|holding)\s+of\s+{Q}" + _NO_OBJECT["en"],
        r"\s+(?:(?:still|also)\s+)?(?:kept|keeps|retains|retained|holds|held)\s+(?:on\s+to\s+)?a\s+{Q}\s+(?:stake|holding)" + _NO_OBJECT["en"],
    ],
    "fr": [
        r",\s+" + _ASIDE + r"qui\s+(?:détient|détenait|possède|possédait|contrôle|contrôlait|conserve|conservait)\s+(?:encore\s+|toujours\s+|déjà\s+)?{Q}\s+du\s+capital\b(?!\s+(?:de|du|d['’]))",
        r"\s+(?:détient|détenait|possède|possédait|contrôle|contrôlait|conserve|conservait)\s+(?:encore\s+|toujours\s+|déjà\s+)?{Q}\s+du\s+capital\b(?!\s+(?:de|du|d['’]))",
        r"\s+(?:est|était|reste|restait|demeure|devient|est devenue?)\s+(?:aussi\s+|également\s+|désormais\s+)?son\s+(?:premier|principal|plus gros|plus important|deuxième|second)\s+actionnaire\b",
        r"\s+(?:a\s+|avait\s+)?(?:porté|relevé|augmenté|renforcé|réduit|abaissé)\s+sa\s+participation\s+(?:à|de)\s+{Q}",
        r"\s+(?:a\s+)?(?:conserve|conservé|garde|gardé|détient|détenait)\s+une\s+participation\s+(?:minoritaire\s+)?(?:de|d['’])\s*{Q}" + _NO_OBJECT["fr"],
    ],
    "es": [
        r",\s+" + _ASIDE + r"que\s+(?:posee|poseía|tiene|tenía|controla|controlaba|mantiene|mantenía|conserva|conservaba)\s+(?:todavía\s+|aún\s+|ya\s+)?{Q}\s+(?:del\s+capital|de\s+las\s+acciones)\b(?!\s+(?:de|del)\b)",
        r"\s+(?:posee|poseía|controla|controlaba|mantiene|mantenía|conserva|conservaba)\s+(?:todavía\s+|aún\s+|ya\s+)?{Q}\s+(?:del\s+capital|de\s+las\s+acciones)\b(?!\s+(?:de|del)\b)",
        r"\s+(?:es|era|sigue siendo|se ha convertido en|se convirtió en)\s+(?:también\s+|ahora\s+)?su\s+(?:mayor|principal|primer|segundo mayor|segundo)\s+accionista\b",
        r"\s+(?:ha\s+|había\s+)?(?:elevado|elevó|aumentado|aumentó|incrementado|incrementó|reducido|redujo|rebajado|rebajó)\s+su\s+participación\s+(?:al|hasta el|del)\s+{Q}",
        r"\s+(?:mantiene|mantuvo|conserva|conservó|retiene|retuvo)\s+(?:hoy\s+)?una\s+participación\s+(?:minoritaria\s+)?(?:de(?:l)?\s+)?{Q}" + _NO_OBJECT["es"],
    ],
    "it": [
        r",\s+" + _ASIDE + r"che\s+(?:detiene|deteneva|possiede|possedeva|controlla|controllava|mantiene|manteneva)\s+(?:ancora\s+|già\s+|oggi\s+)?{Q}\s+del\s+capitale\b(?!\s+(?:di|del|della|dello|dell['’]))",
        r"\s+(?:detiene|deteneva|possiede|possedeva|controlla|controllava)\s+(?:ancora\s+|già\s+|oggi\s+)?{Q}\s+del\s+capitale\b(?!\s+(?:di|del|della|dello|dell['’]))",
        r",\s+(?:il\s+)?(?:primo|secondo|principale|maggiore)\s+azionista\s+con\s+{Q}(?!\s+(?:di|del|della|dello|dell['’]|nel|in)\b)",
        r"\s+(?:è|era|resta|rimane|diventa|è diventat[oa])\s+(?:anche\s+|ora\s+)?il\s+suo\s+(?:primo|principale|maggiore|secondo)\s+azionista\b",
        r"\s+(?:ha\s+|aveva\s+)?(?:portato|aumentato|incrementato|ridotto|alzato|elevato)\s+la\s+(?:sua|propria)\s+(?:quota|partecipazione)\s+(?:al|dal|fino al)\s+{Q}",
        r"\s+(?:ha\s+)?(?:mantiene|mantenuto|conserva|conservato|trattiene|trattenuto)\s+una\s+(?:quota|partecipazione)\s+(?:di\s+minoranza\s+)?(?:del\s+|di\s+)?{Q}" + _NO_OBJECT["it"],
    ],
    "de": [
        r",\s+" + _ASIDE + r"(?:die|der|das)\s+(?:seit\s+\d{4}\s+)?{Q}\s+(?:der\s+(?:Anteile|Aktien|Stimmrechte)|des\s+(?:Grund|Aktien)?[Kk]apitals)\s+(?:hält|hielt)\b",
        r"\s+(?:hält|hielt)\s+(?:(?:seit\s+\d{4}|noch|bereits|inzwischen|mittlerweile|derzeit)\s+)?{Q}\s+(?:der\s+(?:Anteile|Aktien|Stimmrechte)|des\s+(?:Grund|Aktien)?[Kk]apitals)\b(?!\s+(?:an|von|der|des)\b)",
        r"\s+(?:ist|war|bleibt|wurde)\s+(?:auch\s+|damit\s+)?(?:sein|ihr|dessen|deren)\s+(?:größter|wichtigster|zweitgrößter)\s+(?:Einzel)?(?:[Aa]ktionär|[Aa]nteilseigner|[Gg]esellschafter)\b",
        r"\s+(?:hat|hatte)\s+(?:seinen|ihren)\s+Anteil\s+(?:(?!an\b)[\w.-]+\s+){0,4}?auf\s+{Q}\s+(?:aufgestockt|erhöht|ausgebaut|reduziert|verringert|gesenkt)\b",
        r"\s+(?:behält|behielt|hält|hielt)\s+(?:(?:weiterhin|noch|aber|jedoch)\s+)?einen\s+Anteil\s+von\s+{Q}" + _NO_OBJECT["de"],
    ],
}
# Right after the buyer's name: control taken of a company left unnamed (a verb's object or "of Y" after
# the noun is read in the sentence itself)
_CONTROL = {
    "en": r"\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:took|taken|take|takes|gained|gains|gain|assumed|assumes|assume|secured)\s+"
          r"(?:full\s+|majority\s+|sole\s+|outright\s+)?control(?=\s+(?:in|on|last|this|after|with|at|when|from)\b|\s*[.,;]|\s*$)",
    "fr": r"\s+en\s+(?:a\s+|avait\s+|aura\s+|va\s+|prévoit\s+de\s+)?(?:pris|prend|prendra|prendre|obtenu|obtient|obtiendra)\s+"
          r"(?:le\s+contrôle|la\s+majorité)\b",
    "it": r"\s+ne\s+(?:ha\s+|aveva\s+|avrà\s+)?(?:preso|prende|prenderà|assunto|assume|assumerà|acquisito|acquisirà|rilevato|rileverà)\s+"
          r"(?:il\s+controllo|la\s+maggioranza)\b",
    "es": r"\s+(?:(?:ha|había|habrá)\s+)?(?:tomó|tomado|toma|tomará|asumió|asumido|asume|asumirá|(?:se\s+(?:hizo|ha\s+hecho|hará|hace)\s+con))\s+"
          r"el\s+control(?=\s+(?:en|el|tras|desde|a)\b|\s*[.,;]|\s*$)",
    "de": r"\s+(?:übernahm|übernimmt|übernehmen\s+will|hat|hatte)\s+(?:(?:\d{4}|im\s+\w+|bereits|schon|nun|jetzt|inzwischen)\s+){0,2}"
          r"die\s+(?:Mehrheit|Kontrolle)(?:\s+übernommen)?(?=\s*[.,;]|\s*$)",
}
# A description or relative clause between the holder and its verb ("Amundi, acting for funds it
# manages, crossed ...", "Bpifrance, qui avait accompagné l'entreprise, détient toujours ..."): no
# company may stand in it (the sentence names none but holders)
_BETWEEN = r"(?:,\s+[^,;:()\"«»]{3,90}?,|,(?=\s))?"
# More of the ways a filing or a market report tells a holder's share of a company left unnamed: a
# threshold crossed, a share of "the company", a rank with its share ("the largest shareholder with
# 15%"), a stake disclosed, a share "held" with no object (German). Each after the holder's name.
_MORE = {
    "en": [
        _BETWEEN + r"\s+(?:has\s+|had\s+)?(?:crossed|passed|exceeded|breached|topped|(?:risen|rose|moved|gone|went)\s+above)\s+(?:the\s+)?{Q}\s+(?:disclosure\s+|reporting\s+)?(?:threshold|mark|level)\b",
        _BETWEEN + r"\s+(?:(?:still|already|now)\s+)?(?:holds|held|owns|owned|controls|controlled)\s+{Q}\s+of\s+the\s+(?:company|group)\b(?!\s+(?:of|in)\b)",
        _BETWEEN + r"\s+(?:has\s+|had\s+)?(?:disclosed|reported|declared)\s+(?:a\s+)?(?:stake|holding|shareholding)\s+of\s+{Q}" + _NO_OBJECT["en"],
        r"\s+(?:is|was|remains|remained)\s+(?:still\s+|also\s+)?the\s+(?:largest|biggest|second-largest|second\s+largest|main|top)\s+(?:single\s+)?(?:shareholder|investor)\s+with\s+{Q}(?!\s+(?:of|in)\b)",
        r",\s+(?:the\s+)?(?:largest|biggest|second-largest|second\s+largest|main)\s+(?:single\s+)?(?:shareholder|investor)\s+with\s+{Q}(?!\s+(?:of|in)\b)",
    ],
    "fr": [
        _BETWEEN + r"\s+(?:a\s+|avait\s+)?(?:(?:déclaré|indiqué|annoncé)\s+avoir\s+)?franchi\s+(?:à\s+la\s+(?:hausse|baisse)\s+)?(?:le\s+seuil|la\s+barre)\s+(?:de\s+|des\s+){Q}",
        _BETWEEN + r"\s+(?:détient|détenait|possède|possédait|contrôle|contrôlait|conserve|conservait)\s+(?:encore\s+|toujours\s+|déjà\s+|désormais\s+|aujourd['’]hui\s+)?{Q}\s+(?:du\s+capital|des\s+(?:titres|actions|droits\s+de\s+vote)|de\s+la\s+société|de\s+l['’]entreprise)\b(?!\s+(?:de|du|d['’]))",
        r",\s+" + _ASIDE + r"qui\s+(?:en\s+)?(?:détient|détenait|possède|possédait|contrôle|contrôlait|conserve|conservait)\s+(?:encore\s+|toujours\s+|déjà\s+|aujourd['’]hui\s+)?{Q}\s+(?:des\s+(?:titres|actions|droits\s+de\s+vote)|de\s+la\s+société|de\s+l['’]entreprise)\b(?!\s+(?:de|du|d['’]))",
        r"\s+(?:est|était|reste|restait|demeure)\s+(?:toujours\s+|aussi\s+)?(?:le\s+)?(?:premier|principal|deuxième|second|plus gros)\s+actionnaire\s+avec\s+{Q}(?!\s+(?:de|du|d['’]|dans)\b)",
        r",\s+(?:son\s+|le\s+)?(?:premier|principal|deuxième|second)\s+actionnaire\s+avec\s+{Q}(?!\s+(?:de|du|d['’]|dans)\b)",
    ],
    "es": [
        _BETWEEN + r"\s+(?:ha\s+|había\s+)?(?:superado|rebasado|cruzado|superó|rebasó|cruzó)\s+(?:(?!\s)[\w\s]{0,25}?\s)?el\s+umbral\s+del?\s+{Q}",
        _BETWEEN + r"\s+(?:posee|poseía|controla|controlaba|mantiene|mantenía|conserva|conservaba|tiene|tenía)\s+(?:todavía\s+|aún\s+|ya\s+|hoy\s+)?(?:en\s+torno\s+al\s+)?{Q}\s+(?:de\s+las\s+acciones|de\s+la\s+(?:compañía|empresa|sociedad)|de\s+los\s+derechos\s+de\s+voto)\b(?!\s+(?:de|del)\b)",
        r",\s+" + _ASIDE + r"que\s+(?:posee|poseía|tiene|tenía|controla|controlaba|mantiene|mantenía|conserva|conservaba)\s+(?:todavía\s+|aún\s+|ya\s+)?{Q}\s+(?:de\s+la\s+(?:compañía|empresa|sociedad)|de\s+los\s+derechos\s+de\s+voto)\b(?!\s+(?:de|del)\b)",
        r"\s+(?:es|era|sigue\s+siendo)\s+(?:el\s+)?(?:primer|mayor|segundo\s+mayor|principal)\s+(?:accionista|inversor)\s+con\s+(?:cerca\s+del\s+|alrededor\s+del\s+|casi\s+el\s+)?{Q}(?!\s+(?:de|del|en)\b)",
        r",\s+(?:su\s+|el\s+)?(?:primer|mayor|segundo\s+mayor|principal)\s+(?:accionista|inversor)\s+con\s+(?:cerca\s+del\s+|alrededor\s+del\s+|casi\s+el\s+)?{Q}(?!\s+(?:de|del|en)\b)",
    ],
    "it": [
        _BETWEEN + r"\s+(?:ha\s+|aveva\s+)?(?:superato|oltrepassato|varcato)\s+(?:(?!\s)[\w\s]{0,25}?\s)?la\s+soglia\s+del(?:l['’])?\s*{Q}",
        r",\s+" + _ASIDE + r"che\s+(?:ne\s+)?(?:detiene|deteneva|possiede|possedeva|controlla|controllava)\s+(?:ancora\s+|già\s+|oggi\s+)?{Q}\s+(?:della\s+società|delle\s+azioni|dei\s+diritti\s+di\s+voto)\b(?!\s+(?:di|del|della|dello|dell['’]))",
        _BETWEEN + r"\s+(?:detiene|deteneva|possiede|possedeva|controlla|controllava)\s+(?:ancora\s+|già\s+|oggi\s+)?{Q}\s+(?:della\s+società|delle\s+azioni|dei\s+diritti\s+di\s+voto)\b(?!\s+(?:di|del|della|dello|dell['’]))",
        r"\s+(?:è|era|resta|rimane)\s+(?:ancora\s+|anche\s+)?(?:il\s+)?(?:primo|secondo|principale|maggiore)\s+azionista\s+con\s+{Q}(?!\s+(?:di|della|dello|dell['’]|nel|in)\b)",
    ],
    "de": [
        _BETWEEN + r"\s+(?:hat|hatte)\s+(?:(?!\s)[\w\s]{0,30}?\s)?die\s+(?:Melde)?[Ss]chwelle\s+von\s+{Q}(?:\s+(?:der|des)\s+(?:Stimmrechte|Anteile|Aktien|Kapitals)(?:\s+(?:an|bei|von)\s+(?:der\s+|dem\s+)?[\w&.-]+(?:\s+[\w&.-]+){0,2}?)?)?\s+(?:überschritten|unterschritten)\b",
        _BETWEEN + r"\s+(?:überschritt|überschreitet)\s+(?:(?!\s)[\w\s]{0,30}?\s)?die\s+(?:Melde)?[Ss]chwelle\s+von\s+{Q}",
        r"\s+(?:hält|hielt)\s+(?:(?:seit\s+(?:\d{4}|Jahren|langem)|noch|bereits|inzwischen|mittlerweile|derzeit|weiterhin)\s+){0,2}{Q}(?=\s*[.;]|\s*$|,\s)",
        r"\s+(?:ist|war)\s+(?:(?:seit\s+(?:\d{4}|Jahren)|noch|bereits|weiterhin|daran|ebenfalls|auch)\s+){0,3}mit\s+{Q}\s+beteiligt\b",
        r"\s+(?:hält|hielt)\s+(?:(?:noch|bereits|inzwischen|derzeit)\s+)?{Q}\s+(?:des\s+Unternehmens|der\s+Gesellschaft)\b(?!\s+(?:an|von)\b)",
    ],
}
# Right after the holder's name: its whole stake sold, the company left unnamed ("sold its entire
# stake", "a cédé l'intégralité de sa participation", "ha venduto l'intera partecipazione", "ha
# vendido la totalidad de su participación", "hat seinen gesamten Anteil verkauft"): a stake ended
_SOLD = {
    "en": _BETWEEN + r"\s+(?:has\s+|had\s+)?(?:(?:said|disclosed|announced)\s+(?:it\s+had\s+|that\s+it\s+had\s+)?)?(?:sold|offloaded|divested|placed)\s+(?:all\s+of\s+)?(?:its|the)\s+(?:entire\s+|whole\s+|remaining\s+|residual\s+)*(?:\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)\s+)?(?:stake|holding|shareholding|shares)\b(?:\s+in\s+the\s+(?:company|group))?(?!\s+(?:in|of)\b)",
    "fr": _BETWEEN + r"\s+(?:a\s+|avait\s+)?(?:(?:indiqué|déclaré|annoncé)\s+avoir\s+)?(?:cédé|vendu|placé)(?:\s*,[^,]{3,90},)?\s+(?:l['’]intégralité\s+de\s+|la\s+totalité\s+de\s+)?(?:sa|la)\s+participation(?:\s+résiduelle)?(?:\s+de\s+\d+(?:,\d+)?\s?%)?(?:\s+dans\s+(?:la\s+société|l['’]entreprise))?(?!\s+(?:dans|au|de|du|d['’]|chez)\b)",
    "it": _BETWEEN + r"\s+(?:ha\s+|aveva\s+)?(?:venduto|ceduto|collocato)\s+(?:l['’]\s?intera|tutta\s+la|la\s+propria|la\s+sua)\s+(?:quota|partecipazione)(?:\s+residua)?(?:\s+nella\s+società)?(?!\s+(?:in|nel|nella|di|del|della|dell['’])\b)",
    "es": _BETWEEN + r"\s+(?:ha\s+|había\s+)?(?:vendido|vendió|colocado|colocó|desinvertido)\s+(?:en\s+bloque\s+)?(?:la\s+totalidad\s+de\s+|toda\s+)?su\s+(?:participación|\d+(?:,\d+)?\s?%)(?:\s+en\s+la\s+(?:compañía|empresa|sociedad))?(?!\s+(?:en|de|del)\b)",
    "de": _BETWEEN + r"\s+(?:hat|hatte)\s+(?:(?!\s)[\w\s]{0,30}?\s)?(?:seinen|ihren)\s+(?:gesamten\s+|verbliebenen\s+|restlichen\s+)?(?:Anteil|Aktienanteil|Aktienpaket)\s+(?:(?!\s)[\w\s]{0,30}?\s)?(?:verkauft|platziert|abgegeben|veräußert)\b",
}
# A minority stake told with no share and no company after it ("Maltrix is also a minority shareholder",
# "Maltrix ist nur noch mit einer Minderheit beteiligt", "Maltrix est actionnaire minoritaire", "Maltrix
# en conserve une participation minoritaire", "Maltrix è socio di minoranza", "Maltrix es accionista
# minoritario"): a stake in the company of the sentence before, as a share told of "the capital", where
# that sentence names no other company
_MINORITY = {
    "en": [r"\s+(?:is|was|remains|remained)\s+(?:(?:also|still|now)\s+)?a\s+minority\s+(?:shareholder|investor|owner)(?!\s+(?:in|of|at)\b)",
           r"\s+(?:(?:also|still)\s+)?(?:holds|held|retains|retained|keeps|kept)\s+a\s+minority\s+(?:stake|holding|shareholding)(?!\s+(?:in|of|at)\b)"],
    # (the verb before the holder where a time opens the sentence: "Seit 2022 ist Maltrix als ... an Bord")
    "de": [r"\s+(?:(?:ist|war|bleibt|blieb)\s+)?(?:(?:seit\s+(?:\d{4}|Jahren)|nur\s+noch|noch|bereits|weiterhin|ebenfalls|auch|daran)\s+){0,3}"
           r"(?:mit\s+einer\s+Minderheit|als\s+Minderheits(?:aktionär|gesellschafter|eigner)(?:in)?)\s+(?:beteiligt|an\s+Bord)\b"],
    "fr": [r"\s+(?:est|était|reste|demeure)\s+(?:(?:aussi|également|toujours|encore)\s+)?(?:un\s+)?actionnaire\s+minoritaire(?!\s+(?:de|du|d['’]|dans)\b)",
           r"\s+en\s+(?:conserve|détient|garde|possède|a\s+conservé|a\s+gardé)\s+(?:encore\s+|toujours\s+)?une\s+participation\s+minoritaire\b"],
    "it": [r"\s+(?:è|era|resta|rimane)\s+(?:(?:anche|ancora)\s+)?(?:azionista|socio)\s+di\s+minoranza(?!\s+(?:di|del|della|dello|dell['’]|in|nel|nella)\b)",
           r"\s+ne\s+(?:detiene|conserva|mantiene|ha\s+conservato|ha\s+mantenuto)\s+(?:ancora\s+)?una\s+(?:quota|partecipazione)\s+di\s+minoranza\b"],
    "es": [r"\s+(?:es|era|sigue\s+siendo)\s+(?:(?:también|todavía)\s+)?accionista\s+minoritari[oa](?!\s+(?:de|del|en)\b)",
           r"\s+(?:mantiene|conserva|retiene)\s+(?:todavía\s+|aún\s+)?una\s+participación\s+minoritaria(?!\s+(?:de|del|en)\b)"],
}
_DE_WORDS = {"fünf": "5", "zehn": "10", "fünfzehn": "15", "zwanzig": "20", "dreißig": "30", "vierzig": "40", "fünfzig": "50"}
_DE_WORD_QTY = _QTY["de"].replace(r"(?P<pct>\d+(?:,\d+)?)", r"(?P<pct>\d+(?:,\d+)?|" + "|".join(_DE_WORDS) + ")")
_THRESHOLD_WORDS = ("threshold", "seuil", "soglia", "umbral", "chwelle")
_THRESHOLD_HEAD = re.compile(r"threshold|seuil|barre|soglia|umbral|chwelle", _I)
# Right after a holder's stake: its companions in the capital, holders of the same company ("holds
# 20% of the shares, alongside Y and Z", "aux côtés du fonds Y et de Z", "accanto a Y", "junto a Y",
# "neben Y"); each company up to the clause's end
_WITH = {
    "en": re.compile(r",?\s+(?:alongside|together\s+with|along\s+with)\s", _I),
    "fr": re.compile(r",?\s+(?:aux\s+côtés\s+(?:de|du|des|d['’])|avec)\s?", _I),
    "it": re.compile(r",?\s+(?:accanto\s+a|insieme\s+a)", _I),
    "es": re.compile(r",?\s+junto\s+(?:a|al|con)\s", _I),
    "de": re.compile(r",?\s+(?:neben|zusammen\s+mit|gemeinsam\s+mit)\s", _I),
}
# A company that reports the holder's move is the company held: "Y said X had sold its entire stake",
# "Y a indiqué que X a franchi le seuil de 5 %", "Y ha comunicato che X ha superato la soglia", "Y
# informó de que X ha vendido la totalidad de su participación"
_REPORTED = {
    "en": re.compile(r"\s+(?:has\s+)?(?:said|says|reported|disclosed|announced|confirmed)(?:\s+on\s+\w+)?(?:\s+that)?\s+", _I),
    "fr": re.compile(r"\s+(?:a\s+)?(?:indiqué|annoncé|précisé|fait\s+savoir|déclaré|confirmé|informé)(?:\s+\w+)?\s+(?:que\s+|qu['’])", _I),
    "it": re.compile(r"\s+(?:ha\s+)?(?:comunicato|reso\s+noto|annunciato|informato|riferito|precisato|confermato)(?:\s+\w+)?\s+che\s+", _I),
    "es": re.compile(r"\s+(?:ha\s+)?(?:informó|informado|comunicó|comunicado|anunció|anunciado|indicó|indicado|confirmó|confirmado)(?:\s+\w+)?\s+(?:de\s+)?que\s+", _I),
}
# The company named with the threshold crossed ("crossed the 5% threshold in Y", "le seuil de 5 % du
# capital de Y", "la soglia del 5% del capitale di Y", "el umbral del 5% del capital de Y", "die
# Schwelle von 5 Prozent der Stimmrechte an Y"): the company held
_OF_HELD = {
    "en": re.compile(r"\s+(?:of\s+the\s+(?:share\s+capital|capital|shares|voting\s+rights)\s+)?(?:in|of|at)\s+(?:the\s+)?", _I),
    "fr": re.compile(r"\s+(?:du\s+capital|des\s+droits\s+de\s+vote|des\s+titres)\s+(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?$", _I),
    "it": re.compile(r"\s+(?:del\s+capitale|dei\s+diritti\s+di\s+voto|delle\s+azioni)\s+(?:di|del|della|dello|dell['’])\s*$", _I),
    "es": re.compile(r"\s+(?:del\s+capital|de\s+los\s+derechos\s+de\s+voto|de\s+las\s+acciones)\s+(?:de|del)\s+(?:la\s+|el\s+)?$", _I),
    "de": re.compile(r"\s+(?:der|des)\s+(?:Stimmrechte|Anteile|Aktien|Kapitals)\s+(?:an|bei|von)\s+(?:der\s+|dem\s+)?$", _I),
}
_CLAUSE_END = re.compile(r"[;:.]|\s(?:while|whereas|but|tandis|mais|mentre|ma|mientras|pero|während|aber)\s", _I)
_SUBJECT: set = set()  # patterns of a main clause, whose holder must be its subject (an aside may follow it)
_KIND = {}  # compiled pattern -> "stake", "sold" or "control"


def _compiled(lang: str) -> list[re.Pattern]:
    qty = _DE_WORD_QTY if lang == "de" else _QTY[lang]
    out = [re.compile(_SOLD[lang], _I)]  # first: "X, which held 27%, sold its stake" is a stake ended
    _KIND[out[-1]] = "sold"
    for p in _AFTER[lang] + _MORE[lang]:
        out.append(re.compile(p.replace("{Q}", qty), _I))
        _KIND[out[-1]] = "crossed" if any(w in p for w in _THRESHOLD_WORDS) else "stake"
    for p in _MINORITY[lang]:
        out.append(re.compile(p, _I))
        _KIND[out[-1]] = "minority"
    _SUBJECT.update(rx for rx in out if rx.pattern.startswith(_BETWEEN))
    out.append(re.compile(_CONTROL[lang], _I))
    _KIND[out[-1]] = "control"
    return out


_PATTERNS = {lang: _compiled(lang) for lang in _AFTER}
#: a cheap test before the patterns run: the words of a share
_STEMS = ("control", "sold", "offloaded", "divested", "cédé", "vendu", "placé", "venduto", "ceduto", "collocato", "vendido", "vendió", "colocó",
          "desinvertido", "verkauft", "platziert", "abgegeben", "veräußert", "contrôle", "mehrheit", "kontrolle", "maggioranza", "majorité", "%", "cent", "ciento", "prozent", "quart", "cuarta", "tiers", "terzo", "tercio", "drittel", "viertel", "half", "moitié", "metà", "mitad",
          "actionnaire", "accionista", "azionista", "aktionär", "anteilseigner", "gesellschafter",
          "minority", "minderheit", "minoritaire", "minoranza", "minoritari")
#: a clause break (a colon or semicolon) a holder that opens a main clause may follow instead of the
#: sentence start (``_opens_clause``: a few words of a description between, "Der Vermögensverwalter")
_CLAUSE_BREAK = re.compile(r"[:;]\s*")


def capital_holders(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the holder or buyer, sentence of the company held or bought, Found) for each one so told."""
    patterns = _PATTERNS.get(language)
    if not patterns:
        return []
    lex = None
    out = []
    holder_of: dict[tuple[int, str], tuple[str, int] | None] = {}  # (story, holder) -> (company held, its sentence)
    stems = present(_STEMS, doc.text)  # (speed) a sentence holds none of the share words its page lacks
    for i in range(1, len(doc.sentences)):
        if not stems:
            continue
        sent = doc.sentences[i]
        text = doc.text[sent.start : sent.end]
        lower = text.lower()
        if not any(s in lower for s in stems):
            continue
        comps = named_companies(per_sentence[i])
        if not comps:
            continue
        holders: list[tuple[Mention, re.Match]] = []
        named_held: dict[int, Mention] = {}  # holder's id -> the company its crossing names
        for c in comps:
            m = next((m for rx in patterns if (m := rx.match(text, c.end - sent.start))), None)
            if m is None:
                continue
            if (m.re in _SUBJECT or not m.group(0).startswith(",")) and not _opens_clause(text, c.start - sent.start, comps, sent.start) \
                    and not _reported_by(text, sent.start, comps, c, language):
                continue  # "Velquor sold Tessaro, which holds ...": the main-clause forms need their subject
            holders.append((c, m))
            if _KIND[m.re] == "crossed":
                held = _held_named(text, sent.start, comps, m, language)
                if held is not None:
                    named_held[id(c)] = held
        if named_held:
            # a crossing that names its company: read in its sentence, whatever the sentences before say
            out.extend(_crossed_named(doc, i, text, sent.start, comps, holders, named_held, language))
            continue
        if not holders:
            continue
        companions = _companions(text, sent.start, comps, holders, language)
        holders += companions
        joined = {id(c) for c, _ in companions}
        names = {_name(c) for c, _ in holders}
        reporter = _reporter(text, sent.start, comps, holders, language)
        found_owner = (i, reporter, comps) if reporter is not None else owner_before(doc, per_sentence, i)
        topic = None
        if found_owner is not None and _investor(found_owner[1]):
            # a fund there is the buyer or another holder more likely than the company held: the one
            # other company of that sentence ("BlackRock said its holding in Y rose to 5.6%. Orion ...")
            others = {_name(c) for c in found_owner[2]} - names - {found_owner[1]}
            others = {n for n in others if not _investor(n)}
            if len(others) == 1:
                found_owner = (found_owner[0], others.pop(), found_owner[2])
        if found_owner is None or _investor(found_owner[1]):
            # no company in the sentences before, or only funds: the story's own company (a filing
            # told pages on)
            topic = story_topic(doc, per_sentence, i, names | {n for st, n in holder_of if st == sent.story})
        if topic is not None:
            owner, origin = topic, i
        elif found_owner is None:
            holder_of.update({(sent.story, n): None for n in names})
            continue
        else:
            origin, owner, _before = found_owner
            # holders told one after the other: the company before is a holder of the same company
            # ("Amundi crossed 5% of the capital. Ballard sold its entire stake.")
            if (sent.story, owner) in holder_of:
                if holder_of[(sent.story, owner)] is None:
                    continue  # a holder of a company not found: not the company held here either
                owner, origin = holder_of[(sent.story, owner)]
        # (a description inside the stake's words, "of the company", "della società", is the company held)
        inside = [(m.start(), m.end()) for _c, m in holders]
        if owner in names or any(_name(c) not in names and _name(c) != owner
                                 and not any(a <= c.start - sent.start < b for a, b in inside) for c in comps):
            continue  # another company in the sentence may be the one whose capital it is
        if lex is None:
            lex = engine.compiled(language)
        spans = [(c.start - sent.start, c.end - sent.start) for c in comps]
        # a minority with no share told: only of the one company the sentence before names ("Y bought it,
        # and remains the owner of Z. X kept a minority stake": of Z, not of Y)
        lone_before = topic is not None or found_owner is None or len({_name(c) for c in found_owner[2]}) == 1
        for c, m in holders:
            how = _KIND[m.re]
            if how == "minority" and not lone_before:
                continue
            if how == "sold":
                kind, status = "invests_in", "ended"
            else:
                status, _ = engine.status_for(lex, text, m.start(), m.end(), "active", spans)
                if status is None:
                    continue
                if how == "crossed" and status == "announced":
                    status = "active"  # "a déclaré avoir franchi le seuil": a filing of a share held
                if how == "control" and id(c) in joined:
                    continue
                # (a companion's share is not told: the stake told is the holder's)
                kind = "acquires" if how == "control" else "owns" if _share(m) > 50 and id(c) not in joined else "invests_in"
            holder_of[(sent.story, _name(c))] = (owner, origin)
            out.append((i, origin, engine.Found(kind, _name(c), owner, status, 0.6, None, (m.start(), m.end()))))
    return out


def _held_named(text: str, offset: int, comps: list[Mention], m: re.Match, language: str) -> Mention | None:
    """The company named with a threshold crossed (in the match or right after it), or None."""
    rx = _OF_HELD.get(language)
    if rx is None:
        return None
    for c in comps:
        lo = c.start - offset
        if lo >= m.end() and lo < m.end() + 60 and rx.fullmatch(text, m.end(), lo):
            return c  # "le seuil de 5 % du capital de Y"
        if m.start() < lo < m.end() and rx.search(text, m.start(), lo) and _THRESHOLD_HEAD.search(text, m.start(), lo):
            return c  # "die Schwelle von 5 Prozent der Stimmrechte an Y überschritten"
    return None


def _crossed_named(doc: Document, i: int, text: str, offset: int, comps: list[Mention], holders: list,
                   named_held: dict, language: str) -> list:
    lex = engine.compiled(language)
    spans = [(c.start - offset, c.end - offset) for c in comps]
    out = []
    for c, m in holders:
        held = named_held.get(id(c))
        if held is None or _name(held) == _name(c):
            continue
        status, _ = engine.status_for(lex, text, m.start(), m.end(), "active", spans)
        if status is None:
            continue
        out.append((i, i, engine.Found("owns" if _share(m) > 50 else "invests_in", _name(c), _name(held),
                                       "active" if status == "announced" else status, 0.6, None, (m.start(), m.end()))))
    return out


def _reported_by(text: str, offset: int, comps: list[Mention], c: Mention, language: str) -> bool:
    """The holder ``c`` opens a clause reported by the company right before it ("Y said c ...")."""
    rx = _REPORTED.get(language)
    before = [b for b in comps if b.end <= c.start]
    return rx is not None and bool(before) and rx.fullmatch(text, before[-1].end - offset, c.start - offset) is not None \
        and _opens_clause(text, before[-1].start - offset, comps, offset)


def _reporter(text: str, offset: int, comps: list[Mention], holders: list, language: str) -> str | None:
    """The one other company of the sentence, when it reports the first holder's move ("Y said X ...")."""
    rx = _REPORTED.get(language)
    held = {id(c) for c, _ in holders}
    others = [c for c in comps if id(c) not in held]
    if rx is None or len({_name(c) for c in others}) != 1:
        return None
    first = min((c for c, _ in holders), key=lambda c: c.start)
    before = [c for c in others if c.end <= first.start]
    if not before or not rx.fullmatch(text, before[-1].end - offset, first.start - offset):
        return None
    return _name(before[-1])


def _companions(text: str, offset: int, comps: list[Mention], holders: list, language: str) -> list:
    """(company, the stake's match) for each company named as a holder's companion in the capital,
    and for each other company the sentence calls a holder by an apposition ("Norvik, which held
    21% of the capital, ..., as did Corvalis, another large investor"): a holder of the same
    company, not the company held."""
    rx = _WITH.get(language)
    out = []
    taken = {id(c) for c, _ in holders}
    for _c, m in holders:
        w = rx.match(text, m.end()) if rx is not None else None
        if w is None:
            continue
        end = _CLAUSE_END.search(text, w.end())
        hi = end.start() if end else len(text)
        for c in comps:
            if w.end() <= c.start - offset < hi and id(c) not in taken:
                taken.add(id(c))
                out.append((c, m))
    apposed = _HOLDER_APPOSED.get(language)
    if apposed is not None and holders:
        first = holders[0][1]
        for c in comps:
            if id(c) not in taken and apposed.match(text, c.end - offset):
                taken.add(id(c))
                out.append((c, first))
    return out


# An apposition that calls a company a holder ("Corvalis, another large investor", "Corvalis,
# autre investisseur de poids", "Corvalis, su segundo mayor inversor", "Corvalis, altro socio
# di minoranza", "Corvalis, ein weiterer Großaktionär"): in a sentence of a holder's share of a
# company left unnamed, a holder of that company too
_HOLDER_APPOSED = {
    "en": re.compile(r",\s+(?:its\s+|another\s+|the\s+other\s+|also\s+an?\s+|an?\s+)?(?:(?:second|third|other|major|large|big|"
                     r"minority|fellow|largest|biggest|second-largest)\s+){0,2}(?:shareholder|investor|backer)s?\b", _I),
    "fr": re.compile(r",\s+(?:son\s+|un\s+|l['’]\s?|autre\s+|l['’]autre\s+)?(?:(?:deuxième|second|autre|grand|gros|principal|"
                     r"premier)\s+){0,2}(?:actionnaire|investisseur)s?\b", _I),
    "es": re.compile(r",\s+(?:su\s+|otro\s+|el\s+otro\s+|un\s+)?(?:(?:segundo|tercer|mayor|gran|principal|otro)\s+){0,2}"
                     r"(?:accionista|inversor)(?:es)?\b", _I),
    "it": re.compile(r",\s+(?:il\s+suo\s+|suo\s+|altro\s+|l['’]altro\s+|un\s+)?(?:(?:secondo|terzo|altro|grande|principale|"
                     r"primo)\s+){0,2}(?:azionista|investitore|socio)\b", _I),
    "de": re.compile(r",\s+(?:sein\s+|ihr\s+|ein\s+|der\s+)?(?:(?:weiterer|zweitgrößter|großer|anderer|zweiter)\s+){0,2}"
                     r"(?:Groß)?(?:[Aa]ktionär|[Ii]nvestor|[Aa]nteilseigner|[Gg]esellschafter|[Gg]eldgeber)\b", _I),
}


def _investor(name: str) -> bool:
    """The gazetteer knows ``name`` as a fund, an asset manager or a holding and nothing else."""
    entry = gazetteer().entry(gazetteer_name(name))
    return entry is not None and set(entry.sectors) == {"investor"}


def _opens_clause(text: str, start: int, comps: list[Mention], offset: int) -> bool:
    """The holder opens its clause: nothing before it but a few words of a description, from the
    sentence start or a colon or semicolon, and no other company."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    lo = breaks[-1] if breaks else 0
    if any(lo <= c.start - offset < start for c in comps):
        return False
    return len(text[lo:start].split()) <= 4


def _share(m: re.Match) -> float:
    """The share told, in percent (a fraction as its percent; none told: 0)."""
    pct = m.groupdict().get("pct")
    if pct:
        pct = _DE_WORDS.get(pct.lower(), pct)
        return float(pct.replace(",", "."))
    frac = (m.groupdict().get("frac") or "").lower()
    return 50.0 if frac in ("half", "la moitié", "la metà", "la mitad", "die hälfte") else 0.0
