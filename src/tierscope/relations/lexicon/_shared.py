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
