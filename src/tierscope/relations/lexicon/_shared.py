"""Pattern pieces more than one lexicon uses, as plain regular-expression strings."""

#: after a verb of winning, a figure in per cent (or points) is a share price's move, not an order won:
#: "le titre a gagné 4 % après le contrat", "la acción ganó un 4 por ciento", "die Aktie gewann 4 Prozent"
PRICE_MOVE_AFTER = r"(?!\s(?:[\w-]+\s){0,3}?[+-]?\d+(?:[.,]\d+)?\s?(?:%|por\s?ciento|pour\s?cent|Prozent|points|puntos|Punkte))"
