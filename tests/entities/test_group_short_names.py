"""A company's bare short name on a page that names its group and never the company in full is the group:
"Hyundai" beside "Hyundai Motor Group" (entities/group_short_names.py). Invented sentences; the companies are
known ones."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def _supplies(text):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Hyundai Motor Group is adding a paint shop to its plant in Alabama. Separately, Hyundai said it buys its cells "
    "from SK On.",
    "Hyundai Motor Group baut sein Werk in Alabama aus. Hyundai bezieht die Zellen nach eigenen Angaben von SK On.",
])
def test_the_bare_name_is_the_group_the_page_names(text):
    assert ("SK On", "Hyundai Motor Group") in _supplies(text)


def test_the_company_named_in_full_keeps_its_bare_name():
    text = ("Hyundai Motor Group is adding a paint shop to its plant in Alabama. Hyundai Motor Company, its carmaker, "
            "is hiring. Separately, Hyundai said it buys its cells from SK On.")
    assert ("SK On", "Hyundai Motor") in _supplies(text)


def test_every_bare_name_of_one_sentence_is_the_group():
    # (the first bare name turned to the group must not stop the second one as "the group named in the sentence")
    from tierscope.entities.group_short_names import group_short_names
    from tierscope.doc import Mention

    def known(text, start, sentence, canonical):
        return Mention(start=start, end=start + len(text), text=text, label="COMPANY", canonical=canonical,
                       sentence=sentence, source="gazetteer", attrs={"known": True})

    mentions = [known("Hyundai Motor Group", 0, 0, "Hyundai Motor Group"), known("Hyundai", 40, 1, "Hyundai Motor"),
                known("Hyundai", 70, 1, "Hyundai Motor")]
    out = group_short_names(mentions)
    assert [m.canonical for m in out] == ["Hyundai Motor Group"] * 3
