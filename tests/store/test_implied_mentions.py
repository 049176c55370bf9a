"""An implied subject (zero-width, no text) is not stored as a mention; its relation is."""

from __future__ import annotations

from tierscope.doc import Document, Evidence, Mention, Relation, Sentence


def test_implied_subject_is_not_stored(store):
    text = "Norvik ha presentato i conti. Ha inoltre firmato un accordo con Corvalis."
    pos = text.index("Ha inoltre")
    doc = Document(id="it-implied", source="t.txt", text=text, language="it",
                   sentences=[Sentence(0, 29), Sentence(30, len(text))])
    doc.mentions = [
        Mention(0, 6, "Norvik", "COMPANY", "Norvik", 0, "test"),
        Mention(pos, pos, "", "COMPANY", "Norvik", 1, "coref", {"implied": True, "antecedent": [0, 6]}),
        Mention(text.index("Corvalis"), len(text) - 1, "Corvalis", "COMPANY", "Corvalis", 1, "test"),
    ]
    doc.relations = [Relation("partners_with", "Corvalis", "Norvik", "announced", Evidence(text, 0, len(text)))]
    store.add_document(doc)
    rows = store.conn.execute("SELECT text FROM mentions ").fetchall()
    assert sorted(r[0] for r in rows) == ["Corvalis", "Norvik"]
    assert store.conn.execute("SELECT count(*) FROM assertions").fetchone()[0] == 1
