"""A joint venture one partner has left or bought out, told in its sentence or a few sentences on.

    "Brixo had founded the joint venture Velmor with Kestrel. That joint company no longer exists in its
    first form: Brixo took over its partner's stake and is now the sole owner of Velmor."
              -> joint_venture Brixo -- Kestrel: ended

A story recalls how a venture began ("aveva fondato la joint venture", "haben das Gemeinschaftsunternehmen
gegründet", "la coentreprise créée en 2016 avec") and then how it ended: a partner left it or sold its
share to the other, who is now its only owner, or the two dissolved it. The venture's own sentence reads a
standing tie; the exit, often in the next sentence, says the tie between the two partners is over. So an
active ``joint_venture`` A -- B becomes ``ended`` where its sentence or one of the next three of its story
tells such an exit, names no company but A, B and those the venture's sentence named (the venture
itself: "Velmor"), and speaks of the venture, by its name or a noun ("the joint venture", "its partner",
"quella società comune"). Not a partner's stake bought by a newcomer (another company named), nor a partner that
raises its share without becoming the only owner.
"""

from __future__ import annotations

import re

from .engine import company_name

__all__ = ["ventures_left"]

#: a partner's exit, per language: left the venture, bought out the partner, now the only owner, dissolved
_EXIT = {
    "en": r"\bbought out (?:its|their|the) (?:\w+ )?partners?\b|\b(?:left|exited|quit|pulled out of|withdrew from) the (?:joint )?venture\b"
          r"|\b(?:took over|acquired|bought) (?:its|the) (?:\w+ )?partner['’]s (?:\d+ ?% )?(?:stake|share|holding)\b"
          r"|\b(?:is|became|has become) (?:now )?(?:the )?(?:sole|only) (?:owner|shareholder)\b|\b(?:now )?(?:holds|owns) all (?:of )?the shares\b"
          r"|\b(?:was|were|has been|had been) (?:dissolved|wound up|unwound)\b|\bdissolved (?:the|their|its) (?:joint )?venture\b",
    "de": r"\b(?:Gemeinschaftsunternehmen|Joint Venture|Gemeinschaftsfirma) verlassen\b"
          r"|\baus (?:de[mn] )?(?:Gemeinschaftsunternehmen|Joint Venture) ausgestiegen\b"
          r"|\b(?:unsere|seine|ihre|dessen|deren) Anteile (?:hat|haben) (?:[\w-]+ ){0,3}?übernommen\b"
          r"|\bAnteile? (?:des|seines|ihres) (?:Partners|Mitgesellschafters)\b(?: [\w-]+){0,3} übernommen\b"
          r"|\bhält (?:[\w-]+ ){0,2}?(?:sämtliche|alle) Anteile\b|\balleinige[rn]? (?:Eigentümer|Gesellschafter|Eigner)\b|\b(?:wurde|wurden|haben|hatten) (?:[\w-]+ ){0,3}?aufgelöst\b",
    "fr": r"\b(?:repris|racheté) (?:la totalité|l['’]intégralité) du capital\b"
          r"|\brachet[ée] la (?:part|participation|quote-part) (?:de \d+ ?% )?(?:de son|du|de l['’]autre) (?:partenaire|associé)\b"
          r"|\bseul (?:propriétaire|actionnaire)\b|\bquitté la (?:coentreprise|co-entreprise|joint-venture)\b|\bdissou(?:s|te)\b",
    "it": r"\brilevato (?:la|le) quot[ae] (?:del|dei) (?:soci[oi]|partner)\b|\bunico (?:proprietario|azionista)\b"
          r"|\buscit[oa] dalla (?:joint venture|società comune)\b|\bnon esiste più\b|\b(?:è stata|sono state) sciolt[ae]\b",
    "es": r"\b(?:re)?compr[óo] (?:a (?:[\w-]+ ){1,4})?la participación (?:del \d+(?:[,.]\d+)? ?% )?(?:de su socio|que (?:esta|ésta|este|éste) tenía)\b"
          r"|\búnico (?:propietario|accionista|dueño)\b|\bsali[óo] de la (?:empresa|sociedad) conjunta\b|\bdisolvieron\b|\bfue disuelta\b",
}
_EXIT = {lang: re.compile(rx, re.I) for lang, rx in _EXIT.items()}
#: the venture or the partner, referred to by a noun: the exit is the venture's ("is now the sole owner of
#: its plant" is not)
_VENTURE = {
    "en": r"\b(?:joint venture|venture|partners?)\b",
    "de": r"(?:Gemeinschaftsunternehmen|Gemeinschaftsfirma|Joint Venture|Partners?\b|Mitgesellschafters?\b)",
    "fr": r"\b(?:co-?entreprise|joint-venture|partenaire|associé)",
    "it": r"\b(?:joint venture|società comune|soci[oi]|partner)\b",
    "es": r"\b(?:empresa conjunta|sociedad conjunta|joint venture|socio)\b",
}
_VENTURE = {lang: re.compile(rx, re.I) for lang, rx in _VENTURE.items()}
#: how many sentences after the venture's own its exit may stand
AFTER = 3


def ventures_left(doc, per_sentence, found, lang: str) -> None:
    """Set ``ended`` on the active joint ventures of ``found`` (sentence index -> [(Found, lang)]) whose
    exit their sentence or one of the next ``AFTER`` of the story tells (module docstring)."""
    rx = _EXIT.get(lang)
    if rx is None:
        return
    # (whether a sentence tells an exit is asked only of the sentences after an active venture, each once: most
    # pages tell no venture, and searching each of their sentences cost more than the rest of this reader)
    exits: dict[int, bool] = {}
    for i, items in found.items():
        ventures = [f for f, _ in items if f.type == "joint_venture" and f.status == "active"]
        if not ventures:
            continue
        told = {company_name(m) for m in per_sentence[i] if m.label == "COMPANY"}
        story = doc.sentences[i].story
        for j in range(i, min(len(doc.sentences), i + 1 + AFTER)):
            if doc.sentences[j].story != story:
                break
            if j not in exits:
                exits[j] = rx.search(doc.text, doc.sentences[j].start, doc.sentences[j].end) is not None
            if not exits[j]:
                continue
            names = {company_name(m) for m in per_sentence[j] if m.label == "COMPANY"}
            noun = _VENTURE[lang].search(doc.text, doc.sentences[j].start, doc.sentences[j].end) is not None
            for f in ventures:
                pair = {f.source, f.target}
                if not names <= pair | told or not names & (pair | told):
                    continue  # another company's deal, or none of the venture's
                if noun or names & (told - pair):
                    f.status = "ended"
