"""A dative pronoun in a passive of supplying stands for the company the sentence before opens with:

    "Kelda opened a plant. The equipment was supplied to it by Brixo."
    "Kelda a ouvert une usine. La technologie lui a été fournie par Brixo."
    "Kelda abrió una planta. La tecnología le fue suministrada por Brixo."
    "Kelda ha aperto uno stabilimento. La tecnologia gli è stata fornita da Brixo."
    "Kelda hat ein Werk eröffnet. Die Technik wurde ihm von Brixo geliefert."

The active is read already (implied.find_object_clitics: "Brixo lui fournit"); in the passive the goods
open the sentence and the recipient is only the pronoun before the auxiliary. The mention is the
pronoun's span; the frames read "[Kelda] a été fournie par Brixo" as a supply to Kelda. Only when one
company alone opens the sentence before as its subject (implied._opening_subject), the sentence names no
company before the pronoun and names the agent after the verb.
"""

from __future__ import annotations

import re

from ..doc import Mention
from ..scan.page_words import page_lower
from ..scan.sentences import may_hold
from .implied import _opening_subject, pronoun_mention
from .text import add_in_order

__all__ = ["find_passive_datives"]

_I = re.IGNORECASE
_PASSIVE = {
    "en": r"\b(?:supplied|delivered|sold|provided|shipped)\s+to\s+(?P<p>it|them)\s+by\b",
    "fr": r"\b(?P<p>lui|leur)\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+été|est|sont|était|étaient|sera|seront)\s+"
          r"(?:\w+\s+)?(?:fourni|livré|vendu|cédé)e?s?\s+par\b",
    "es": r"\b(?P<p>le|les)\s+(?:fue|fueron|es|son|será|serán|era|eran|(?:ha|han|había|habían)\s+sido)\s+"
          r"(?:\w+\s+)?(?:suministrad|entregad|vendid|provist|proporcionad)[oa]s?\s+por\b",
    "it": r"\b(?P<p>gli|le)\s+(?:è|sono|era|erano|sarà|saranno|viene|vengono|verrà|verranno)\s+(?:stat[oaie]\s+)?"
          r"(?:\w+\s+)?(?:fornit|consegnat|vendut)[oaie]\s+da\b",
    # German: the pronoun after the auxiliary, the agent with "von" before the participle at the clause's end
    "de": r"\b(?:wird|werden|wurde|wurden)\s+(?P<p>ihm|ihr|ihnen)(?=\s+[a-zäöüß])(?:\s+[\w-]+){0,5}?\s+von\s+"
          r"[^,;:]{2,60}?\s(?:geliefert|zugeliefert|verkauft|bereitgestellt)\b",
}
_PASSIVE_RX = {k: re.compile(v, _I if k != "de" else 0) for k, v in _PASSIVE.items()}


def find_passive_datives(text, sentences, language: str, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions (the pronoun's span, ``attrs["pronoun"]``) for a dative pronoun in a passive of
    supplying, standing for the company that opens the sentence before."""
    rx = _PASSIVE_RX.get(language)
    if rx is None:
        return []
    out: list[Mention] = []
    # (only the sentences that hold one of the participles every match holds are searched)
    holds = may_hold(rx, text, page_lower(text), [(s.start, s.end) for s in sentences])
    for s_index in range(1, len(sentences)):
        if not holds[s_index]:
            continue
        sent = sentences[s_index]
        m = rx.search(text, sent.start, sent.end)
        if m is None or occupied.overlaps(*m.span("p")):
            continue
        here = [c for c in companies.get(s_index, ()) if c.canonical]
        if any(c.start < m.start("p") for c in here) or not any(c.start >= m.end("p") for c in here):
            continue  # a company before the pronoun (its own recipient), or no agent named after it
        antecedent = _opening_subject(sentences, s_index, companies, subject)
        if antecedent is None or antecedent.source == "coref" or any(c.canonical == antecedent.canonical for c in here):
            continue  # a name, not a guess on a guess; named again here, the frames read that mention
        start, end = m.span("p")
        mention = pronoun_mention(start, end, text[start:end], s_index, antecedent)
        out.append(mention)
        occupied.add(start, end)
        subject[id(mention)] = False
        add_in_order(companies, s_index, mention)
    return out
