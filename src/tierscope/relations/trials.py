"""Words of a prototype or a car on test: development work, no supply ("una berlina EQS en pruebas
equipada con baterías de Y", "a test car fitted with Y's cells"). One list for part_makers.py,
fitted_makers.py, the lone_* readers (through lone_driver.py, which role_lists.py calls with the check
off) and talks_goods.py (which the frames load, so it cannot import part_makers)."""

from __future__ import annotations

import re

__all__ = ["TRIAL"]

#: any word that starts with "test" ("tested", "Testfahrzeug", "en test") but "testimony", "testament",
#: "testify", the Italian "testa" (head: "in testa", "a testa"), "testo", "testi" (text) and the Spanish
#: "testigo" (witness)
TRIAL = re.compile(r"\b(?:prototyp\w*|prototip\w*|test(?!imon|ament|if|igo|[aoi]\b)\w*|essais?|collaud\w*|in\s+prova|prueba|pruebas"
                   r"|probando|erprob\w*)\b", re.IGNORECASE)
