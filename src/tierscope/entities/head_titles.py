"""A company's head or spokesman named beside the company: "chief executive of X", "X's CEO",
"X-Chef", "Sprecher der X", "l'ad di X", "responsabile delle attività italiane di X", "le PDG de X",
"el consejero delegado de X". Whose words a quote or an interview's answers are (quoted_speakers.py,
interview.py) is read from such a title; a few words of department may stand between the title and
the company ("head of purchasing at X", "directrice des achats de X")."""

from __future__ import annotations

import re

__all__ = ["ROLE_AFTER", "ROLE_BEFORE"]

#: a head's or a spokesman's title right before the company's name, a few words of department between
#: ("head of purchasing at X", "directrice des achats de X", "responsabile acquisti di X")
_BEFORE = {
    "en": r"(?:chief\s+executive(?:\s+officer)?|chief\s+(?:financial|operating|technology|technical|commercial|"
          r"procurement|purchasing|strategy)\s+officer|CEO|CFO|COO|CTO|chairman|chairwoman|chair|president|"
          r"co-?founder|founder|boss|chief|head|managing\s+director|executive|spokesman|spokeswoman|spokesperson|"
          r"vice[- ]president|director|manager)(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at|for)\s+(?:the\s+)?$",
    "de": r"(?:Chef|Chefin|Vorstandschef|Vorstandschefin|Vorstandsvorsitzende|Vorstandsvorsitzender|"
          r"Geschäftsführer|Geschäftsführerin|Finanzchef|Finanzchefin|Einkaufschef|Einkaufschefin|Technikchef|"
          r"Technikchefin|Europachef|Europachefin|Gründer|Gründerin|Sprecher|Sprecherin|Manager|Managerin|"
          r"Vorstand|Vorständin|Leiter|Leiterin|Präsident|Präsidentin)\s+(?:der|des|von|vom|bei|beim)\s+$",
    "fr": r"(?:PDG|P\.?-?DG|patron|patronne|directeur|directrice|président|présidente|fondateur|fondatrice|"
          r"cofondateur|cofondatrice|dirigeant|dirigeante|porte-parole|responsable|numéro\s+un|DG|CEO)"
          r"(?:\s+[a-zé][\w'-]*){0,3}\s+(?:de\s+(?:la\s+)?|d'|d’|du\s+|chez\s+)$",
    "it": r"(?:amministratore\s+delegato|amministratrice\s+delegata|ad|ceo|presidente|direttore|direttrice|"
          r"fondatore|fondatrice|portavoce|responsabile|numero\s+uno|dirigente|manager)"
          r"(?:\s+[a-zè][\w'-]*){0,3}\s+(?:di\s+|del\s+|della\s+|dello\s+|dell'|dell’|de\s+)$",
    "es": r"(?:consejer[oa]\s+delegad[oa]|president[ae]|director[a]?|CEO|fundador[a]?|portavoz|responsable|"
          r"máxim[oa]\s+responsable|primer[a]?\s+ejecutiv[oa]|directiv[oa]|ejecutiv[oa])"
          r"(?:\s+[a-zé][\w-]*){0,3}\s+(?:de\s+(?:la\s+)?|del\s+)$",
}
#: ... or right after it ("X chief executive", "X's CEO", "X-Chef", "un dirigente di")
_AFTER = {
    "en": r"(?:['’]s?)?\s+(?:chief|CEO|CFO|COO|CTO|chairman|chairwoman|president|founder|co-founder|boss|head|"
          r"executive|spokesman|spokeswoman|spokesperson|managing\s+director)\b",
    "de": r"-[A-Za-zäöü]*(?i:chef|chefin|sprecher|sprecherin|manager|managerin|vorstand|gründer|gründerin|"
          r"geschäftsführer|geschäftsführerin)\b",
    "fr": r"\s*,\s*(?:son|sa|le|la)\s+(?:patron|patronne|PDG|directeur\s+général|directrice\s+générale|président|"
          r"présidente|dirigeant|DG|CEO)\b",
    "it": r"\s*,\s*(?:l'|l’|il\s+|la\s+|il\s+suo\s+)(?:ad|amministratore\s+delegato|amministratrice\s+delegata|ceo|"
          r"presidente|direttore\s+generale|numero\s+uno)\b",
    "es": r"\s*,\s*(?:su\s+|el\s+|la\s+)(?:consejer[oa]\s+delegad[oa]|president[ae]|CEO|director[a]?\s+general)\b",
}


# (German titles are nouns: capitalised; the other languages' in any case)
#: per language: the title right before the company's name (search the 60 characters before it)
ROLE_BEFORE = {k: re.compile(r"(?<![\w-])" + v, 0 if k == "de" else re.IGNORECASE) for k, v in _BEFORE.items()}
#: per language: the title right after the company's name (match at its end)
ROLE_AFTER = {k: re.compile(v, 0 if k == "de" else re.IGNORECASE) for k, v in _AFTER.items()}
