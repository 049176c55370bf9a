"""A name after a joint-venture noun is a company ("la joint venture Velqua Energy"): patterns.py."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(doc):
    return [m.canonical for m in doc.mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Stellantis e CATL hanno costituito la joint venture Velqua Energy."),
        ("de", "Stellantis und CATL haben das Gemeinschaftsunternehmen Velqua Energy gegründet."),
        ("fr", "Stellantis et CATL ont créé la coentreprise Velqua Energy."),
        ("es", "Stellantis y CATL han creado la empresa conjunta Velqua Energy."),
        ("en", "Stellantis and CATL have set up the joint venture Velqua Energy."),
    ],
)
def test_a_name_after_a_joint_venture_noun_is_a_company(language, text):
    assert "Velqua Energy" in companies(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The joint venture with Honda runs a plant in Ohio."),
        ("de", "Das Gemeinschaftsunternehmen von Daimler Truck baut ein Werk."),
        ("it", "La joint venture paritetica costruirà un impianto in Spagna."),
        # a German noun after the joint-venture noun, no name
        ("de", "Auch Honda erhält von dem Gemeinschaftsunternehmen Bauteile für seine Autos."),
    ],
)
def test_no_name_after_the_joint_venture_noun(language, text):
    assert [c for c in companies(run(text, language)) if c not in ("Honda", "Daimler Truck")] == []
