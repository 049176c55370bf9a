"""A list whose second name has its article before it ("die Norvik AG und die Kestrel GmbH", "la Norvik
S.p.A. e la Kestrel S.r.l."): its members are a list, and a bare description after it points to neither
(entities/coref.py ``_listed``), as after a list without the article. Invented sentences and companies."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return {(m.text, m.canonical) for m in doc.mentions if m.source == "coref"}


@pytest.mark.parametrize(
    "language, text, noun",
    [
        ("de", "Die Norvik AG und die Kestrel GmbH melden höhere Umsätze. Das Unternehmen hat die Velqua GmbH "
               "übernommen.", "Das Unternehmen"),
        ("de", "Die Brixo Holding AG und die Talvik SE haben ihre Zahlen vorgelegt. Der Konzern kaufte 2021 die "
               "Arvik GmbH.", "Der Konzern"),
        ("it", "La Norvik S.p.A. e la Kestrel S.r.l. hanno chiuso il trimestre in crescita. La società ha "
               "acquisito Velqua S.r.l.", "La società"),
    ],
)
def test_a_bare_description_after_a_list_with_articles_points_to_neither(language, text, noun):
    assert not {r for r in refs(run(text, language)) if r[0] == noun}


@pytest.mark.parametrize(
    "language, text, noun, company",
    [
        ("de", "Die Norvik AG meldet höhere Umsätze. Das Unternehmen hat die Velqua GmbH übernommen.",
         "Das Unternehmen", "Norvik"),
        ("it", "La Norvik S.p.A. ha chiuso il trimestre in crescita. La società ha acquisito Velqua S.r.l.",
         "La società", "Norvik"),
    ],
)
def test_one_company_with_its_article_is_still_the_reference(language, text, noun, company):
    assert (noun, company) in refs(run(text, language))
