"""An interview introduced with a possessive before the head's bare title ("Deren Geschäftsführerin über ...",
"Its managing director on ..."): the answers speak for the company that possessive points back to, the last
one named before it, though another (here the parent, whose name the introduction repeats) is named more
often (entities/interview_company.py, ``_possessive_title_owner``). Invented companies and people."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

_DE = ("INTERVIEW\n„Wir wachsen schneller als der Markt“\n\n"
       "Die Ostrel Chemie AG aus Linz beliefert seit Jahrzehnten die Papierindustrie. Vor zwei Jahren hat die Ostrel "
       "Chemie AG ihr Anodengeschäft in der Tochter Kestrova Carbon GmbH gebündelt. {intro} über Großkunden und Pläne.\n\n"
       "Frau Beispiel, wie läuft das Geschäft?\n\nBeispiel: Gut. Wir liefern seit 2024 Anodenmaterial an Dravik Motors.\n\n"
       "Und die Preise?\n\nBeispiel: Sie fallen.\n\nWoher kommt Ihr Koks?\n\nBeispiel: Den Koks beziehen wir von Quarnet Chemicals.\n\n"
       "Wo steht Kestrova Carbon in fünf Jahren?\n\nBeispiel: Wir werden wachsen.")
_EN = ("INTERVIEW: 'We are growing faster than the market'\n\n"
       "Ostrel Chemicals Inc. of Ohio has supplied the paper industry for decades. Two years ago Ostrel Chemicals Inc. "
       "put its anode business into a subsidiary, Kestrova Carbon LLC. {intro} on customers and plans.\n\n"
       "How is business?\n\nBeispiel: Good. We have supplied anode material to Dravik Motors since 2024.\n\n"
       "And prices?\n\nBeispiel: They are falling.\n\nWhere does your coke come from?\n\nBeispiel: We buy our coke from Quarnet Chemicals.\n\n"
       "Where will Kestrova Carbon be in five years?\n\nBeispiel: We will grow.")
_FR = ("ENTRETIEN\n« Nous grandissons plus vite que le marché »\n\n"
       "Le groupe Ostrel Chimie fournit depuis des décennies l'industrie du papier. Il y a deux ans, Ostrel Chimie a regroupé "
       "son activité d'anodes dans sa filiale Kestrova Carbon. {intro} parle de ses clients.\n\n"
       "Comment vont les affaires ?\n\nPaul Exemple : Bien. Nous livrons du matériau d'anode à Dravik Motors depuis 2024.\n\n"
       "Et les prix ?\n\nPaul Exemple : Ils baissent.\n\nD'où vient votre coke ?\n\nPaul Exemple : Nous achetons notre coke "
       "chez Quarnet Chemicals.\n\nOù sera Kestrova Carbon dans cinq ans ?\n\nPaul Exemple : Nous allons grandir.")


def _we(doc):
    return {m.canonical for m in doc.mentions if m.source == "coref" and m.text.casefold() in ("wir", "we", "nous")}


@pytest.mark.parametrize("page, intro", [
    (_DE, "Deren Geschäftsführerin Anna Beispiel"),
    (_EN, "Its managing director Anna Beispiel"),
    (_FR, "Son directeur général Paul Exemple"),
])
def test_the_possessive_points_to_the_unit(page, intro):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=page.format(intro=intro)))
    assert _we(doc) == {"Kestrova Carbon"}
    got = {(r.type, r.source, r.target) for r in doc.relations if r.type == "supplies"}
    assert ("supplies", "Kestrova Carbon", "Dravik Motors") in got
    assert not any(s.startswith("Ostrel") for _t, s, _g in got)
