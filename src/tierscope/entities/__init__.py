"""Entity stage: COMPANY (gazetteer, patterns, coreference), PERSON with a role, PLACE, MONEY,
CAPACITY and DATE mentions inside a document's sentences.

``gazetteer()`` is the company list other stages use for canonical names:
``gazetteer().canonical("VW-Konzern") == "Volkswagen"``.
"""

from .gazetteer import Entry, Gazetteer, Place, Places, gazetteer, places
from .recognizer import EntityRecognizer

__all__ = ["EntityRecognizer", "gazetteer", "places", "Gazetteer", "Entry", "Places", "Place"]
