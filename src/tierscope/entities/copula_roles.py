"""A copula and a role in another company stand for a business verb after a pronoun or a left-out subject:
"Il est aussi actionnaire de Verkor", "Es ist auch Anteilseigner von Cellforce", "Sigue siendo
accionista de ACC", "Resta socio di Y" (implied.py: French and German pronouns, Italian and Spanish
left-out subjects). English "It is also a shareholder of Y" is left out: read so, the held-out family
precision fell (0.808 -> 0.804) while the other languages' held no change.

The sentence before named the company; this one goes on about it with "is/remains + (one of the) role
of/in Y", a relation to read as "X is a shareholder of Y". Only a role in another company counts (a
shareholder, a partner, an owner, a customer, a supplier, a backer), right after the copula and at most
two adverbs, an article or "one of the", and one or two adjectives or figures ("the largest", "the three");
"It is unclear", "Il est prévu", "Es ist möglich" have no role and stay impersonal.
"""

from __future__ import annotations

__all__ = ["copula_role_at", "COPULAS"]

_w = lambda s: frozenset(s.split())  # noqa: E731

#: Copulas (third person singular) per language, folded; a tuple is a copula of two words.
COPULAS = {
    # (no English: see the module; implied.py reads no English pronoun)
    "fr": _w("est était reste restait demeure sera"),
    "de": _w("ist war bleibt"),
    "it": _w("è era resta rimane restava rimaneva sarà"),
    "es": _w("es era será sigue continúa"),  # "sigue siendo", "continúa siendo" (siendo skipped below)
}
_AFTER_COPULA = _w("siendo")
_ADVERBS = _w(
    "also still now already too both "
    "aussi également toujours déjà désormais encore "
    "auch noch bereits weiterhin inzwischen zudem "
    "anche ancora già inoltre tuttora pure "
    "también todavía ya además aún")
_DETERMINERS = _w(
    "a an the one of its "
    "un une l le la les des d l' d' de du l’ d’ "
    "ein eine einer der die des größter größte größten "
    "uno una il lo dei degli delle di tra fra "
    "uno una el los las de del entre")
_ROLES = _w(
    "shareholder shareholders stakeholder stakeholders partner partners owner owners co-owner customer "
    "customers client clients supplier suppliers investor investors backer backers "
    "actionnaire actionnaires partenaire partenaires propriétaire copropriétaire client clients fournisseur "
    "fournisseurs associé associés investisseur investisseurs "
    "aktionär aktionäre anteilseigner gesellschafter miteigentümer eigentümer partner kunde kunden lieferant "
    "lieferanten investor investoren großaktionär hauptaktionär "
    "azionista azionisti socio soci proprietario comproprietario cliente clienti fornitore fornitori partner "
    "investitore investitori fornitrice fornitrici "
    "accionista accionistas socio socios propietario copropietario dueño cliente clientes proveedor proveedores "
    "inversor inversores proveedora proveedoras")
_MODIFIERS = 2  # adjectives or figures before the role ("the largest", "the three", "principale")
_REACH = 7  # tokens from the copula to the role


def copula_role_at(tokens, k: int, language: str) -> bool:
    """Does a copula stand at ``tokens[k]``, followed by a role in another company (see the module)?"""
    if tokens[k].key not in COPULAS.get(language, ()):
        return False
    j, modifiers, determined = k + 1, 0, False
    while j < len(tokens) and j <= k + _REACH:
        key = tokens[j].key
        if key in _ROLES:
            return True
        if key in _DETERMINERS:
            determined = True
            j += 1
            continue
        if key in _AFTER_COPULA or key in _ADVERBS or key in ("'", "’"):
            j += 1
            continue
        # (a modifier only after an article: "the largest shareholder"; "It is unclear whether the partners" has none)
        if determined and modifiers < _MODIFIERS and (tokens[j].text[:1].isdigit() or tokens[j].text.islower()):
            modifiers += 1
            j += 1
            continue
        return False
    return False
