"""Does the ownership rule set generalise to sentences nobody wrote for it? RELX (en/de/fr/es) marks
two entities per sentence and one relation; ``org:subsidiaries(e1,e2)`` means e1 is the parent of
e2, ``org:parents(e1,e2)`` that e2 is the parent of e1. Mentions are built from the markers alone,
so this measures the relation extractor, not the entity recognizer. The floors are modest: RELX
is encyclopedic text with many sentences where ownership is implied, not stated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tierscope.doc import Document, Mention, Sentence
from tierscope.relations import RelationExtractor

pytestmark = pytest.mark.shared_data

_REL = re.compile(r"^(org:subsidiaries|org:parents)\((e[12]),(e[12])\)$")


def _load(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    items = []
    for i, line in enumerate(lines):
        if "\t" not in line or "<e1>" not in line:
            continue
        label = lines[i + 1].strip() if i + 1 < len(lines) else ""
        raw = line.split("\t", 1)[1].strip().strip('"')
        items.append((raw, label))
    return items


def _doc(raw: str, lang: str) -> tuple[Document, str, str] | None:
    text, spans, pos = "", {}, 0
    for m in re.finditer(r"<(/?)(e[12])>", raw):
        text += raw[pos : m.start()]
        pos = m.end()
        if m.group(1):
            start = spans[m.group(2)]
            # trim the spaces RELX puts inside the markers
            seg = text[start:]
            lead = len(seg) - len(seg.lstrip())
            spans[m.group(2)] = (start + lead, len(text.rstrip()))
        else:
            spans[m.group(2)] = len(text)
    text += raw[pos:]
    if not all(isinstance(v, tuple) for v in spans.values()) or len(spans) != 2:
        return None
    names = {k: text[s:e].strip() for k, (s, e) in spans.items()}
    if not names["e1"] or not names["e2"] or names["e1"] == names["e2"]:
        return None
    mentions = [Mention(s, e, text[s:e], "COMPANY", names[k], 0, "relx") for k, (s, e) in spans.items()]
    doc = Document(id="relx", source="relx", text=text, language=lang, stories=[(0, len(text))],
                   sentences=[Sentence(0, len(text), 0)], mentions=sorted(mentions, key=lambda m: m.start))
    return doc, names["e1"], names["e2"]


def _score(shared: Path, lang: str):
    ex = RelationExtractor()
    tp = fn = fp = wrong_dir = 0
    negatives = 0
    for raw, label in _load(shared / "relx" / f"RELX_{lang}.txt"):
        built = _doc(raw, lang)
        if built is None:
            continue
        doc, e1, e2 = built
        owns = {(r.source, r.target) for r in ex(doc).relations if r.type == "owns"}
        m = _REL.match(label)
        if m:
            kind, a, b = m.groups()
            ent = {"e1": e1, "e2": e2}
            parent, child = (ent[a], ent[b]) if kind == "org:subsidiaries" else (ent[b], ent[a])
            if (parent, child) in owns:
                tp += 1
            else:
                fn += 1
                if (child, parent) in owns:
                    wrong_dir += 1
        else:
            negatives += 1
            fp += bool(owns)
    return tp, fn, fp, wrong_dir, negatives


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_owns_on_relx(shared_data, lang):
    path = shared_data / "relx" / f"RELX_{lang}.txt"
    if not path.exists():
        pytest.skip(f"{path} not found")
    tp, fn, fp, wrong_dir, negatives = _score(shared_data, lang)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"RELX {lang}: owns recall {recall:.2f} ({tp}/{tp + fn}), precision {precision:.2f}, "
          f"false owns on {fp}/{negatives} other sentences, reversed {wrong_dir}")
    assert tp + fn >= 20
    assert recall >= 0.10, (tp, fn)
    assert fp / negatives <= 0.01, (fp, negatives)
    assert wrong_dir <= 2
