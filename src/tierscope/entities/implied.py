"""Implied subjects: Italian and Spanish leave out the subject of a clause that goes on about the
company the story is about ("Stellantis ha presentato i conti. Ha inoltre firmato un contratto con
CATL.", "Iberdrola cerró el ejercicio con beneficios. Además, suministrará electricidad a PowerCo.",
"Beta ha chiuso il bilancio e ha firmato con Gamma ...").

Such a clause gets a zero-width COMPANY mention right before its verb, where the relation frames look
for a subject: ``source`` "coref", ``text`` "", ``attrs["implied"]`` True and ``attrs["antecedent"]``
the span of the company it stands for. Precision first, a mention is made only when

* a finite business verb (``cues.SUBJECT_VERBS``, ``cues.IMPLIED_VERBS``, or an auxiliary or modal of
  ``cues.IMPLIED_AUX`` before a participle, gerund or infinitive; never a copula or a plural) opens the
  clause: at the start of the sentence or right after "e"/"y"/";" inside it, with nothing before it in
  the clause but sentence adverbs ("inoltre", "además"), time phrases ("Nel 2023", "En diciembre") and
  phrases closed by a comma ("Con questo accordo,"); no name and no noun phrase;
* the subject it stands for is a company that opens the previous sentence of the same story (or, inside
  a sentence, the sentence's own first clause, with no relative or subordinate clause between), in
  subject position, not coordinated with another company ("X e Y hanno firmato": unclear), and with
  nothing before it but the same opening words or a short description ("Il gruppo torinese X");
* no company in the clause is marked as a subject that follows its verb ("Ha firmato anche Beta").

A person, a quote or any other opening of the previous sentence leaves the clause without a subject.
"""

from __future__ import annotations

import re

from ..doc import Mention, Sentence
from .cues import GERMAN_PARTICIPLES, IMPLIED_AUX, IMPLIED_VERBS, SUBJECT_VERBS
from .gazetteer import places
from .text import add_in_order
from .clitic_gaps import past_clitic_gap
from .copula_roles import copula_role_at
from .vocab import MONTHS, WEEKDAYS

__all__ = ["find_implied", "find_cleft_subjects", "find_subject_pronouns", "find_object_clitics", "LANGUAGES"]

LANGUAGES = ("it", "es")

_w = lambda s: frozenset(s.split())  # noqa: E731

# Sentence adverbs and connectives that may stand before the verb (and between an auxiliary and its
# participle: "ha inoltre firmato", "ha además firmado").
_ADVERBS = {
    "it": _w("inoltre anche poi ora invece intanto quindi infatti già ancora recentemente successivamente "
             "contestualmente parallelamente oggi ieri peraltro tuttavia però non nel frattempo in parallelo "
             "a sua volta da parte sua dal canto suo per parte sua allo stesso tempo nello stesso tempo "
             "inoltre finora sinora frattanto altresì pure"),
    "es": _w("además también ya asimismo igualmente ahora luego después recientemente actualmente hoy ayer "
             "por otra parte su a vez sin embargo no obstante mientras tanto de hecho paralelo en "
             "entretanto todavía aún previamente posteriormente finalmente no"),
}
# Words of a time phrase: "Nel 2023", "A fine anno", "Il mese scorso", "En diciembre", "El pasado mes de marzo".
_TIME = _w(
    "anno anni mese mesi settimana settimane trimestre semestre estate inverno primavera autunno giorno giorni "
    "fine inizio metà corso scorso scorsa prossimo prossima stesso stessa ultimo ultima ultimi ultime entro "
    "año años mes meses semana semanas trimestre semestre verano invierno primavera otoño día días final finales "
    "principios mediados inicio comienzos pasado pasada próximo próxima mismo misma último última últimos "
    "ejercicio cierre"
)
_PREPOSITIONS = {
    "it": _w("nel nell nello nella nei negli nelle in a ad al alla all allo ai agli alle dal dalla dall dallo "
             "dai dagli dalle da di del della dell dello dei degli delle dopo durante entro con per su sul sulla "
             "sull tra fra verso secondo oltre"),
    "es": _w("en a al de del desde hacia durante tras antes después con para por según sobre entre hasta"),
}
_ARTICLES = {
    "it": _w("il lo la l i gli le un uno una un'"),
    "es": _w("el la lo los las un una unos unas"),
}
# Words that end the subject's clause before a coordinated one: a relative or subordinate clause
# ("X, che produce celle e fornisce Y": the relative's subject), or a report ("secondo cui").
_NOT_MAIN = {
    "it": _w("che cui quale quali mentre perché poiché quando dopo se sebbene benché dove come secondo"),
    "es": _w("que cual cuales quien quienes cuyo cuya mientras porque cuando si aunque donde como según"),
}
_BREAKS = {"it": _w("e ed ;"), "es": _w("y e ;")}
# Words right before a company that make it a subject standing after its verb: "Ha firmato anche Beta".
_POSTVERBAL = _w("anche pure perfino persino incluso también incluso hasta")
# Participles, gerunds and infinitives after an auxiliary or modal.
_NONFINITE = {
    "it": ("ato", "ata", "ito", "ita", "uto", "uta", "ando", "endo", "are", "ere", "ire", "so", "sa", "to", "ta"),
    "es": ("ado", "ada", "ido", "ida", "ando", "iendo", "yendo", "ar", "er", "ir", "to", "cho"),
}
_REFLEXIVE = _w("si se")
# Words with a participle's ending that make no active clause: a passive ("ha sido elegida"), a quantity.
_NOT_PARTICIPLES = _w("sido stato stata stati state molto tanto tutto soltanto soprattutto poco ogni")
_DESCRIPTION = 3  # lower-case words of a description before the company that opens a sentence


def _finite_verbs(language: str) -> frozenset[str]:
    # the participles of SUBJECT_VERBS ("firmato", "firmado") open no clause by themselves
    ends = _NONFINITE[language][:6]
    return frozenset(v for v in SUBJECT_VERBS[language] if not v.endswith(ends)) | IMPLIED_VERBS[language]


_FINITE = {lang: _finite_verbs(lang) for lang in LANGUAGES}


#: a copula and a role noun stand for a business verb: "(Stellantis ...) Es accionista de ACC", "È socio di"
_COPULA_ROLE_VERBS = _w("è era sarà fu es será fue")
_COPULA_ROLES = {"it": _w("azionista socio socia proprietario proprietaria cliente fornitore fornitrice comproprietario"),
                 "es": _w("accionista socio socia propietario propietaria dueño dueña cliente proveedor proveedora copropietario")}


def _verb_at(tokens, k: int, language: str) -> bool:
    """Does a finite business verb (third person singular) stand at ``tokens[k]``?"""
    key = tokens[k].key
    reflexive = key in _REFLEXIVE and k + 1 < len(tokens)
    if reflexive:
        k, key = k + 1, tokens[k + 1].key  # "si aggiudica", "se adjudicó", "si è aggiudicata"
    if key in _FINITE[language]:
        return True
    if key in _COPULA_ROLE_VERBS and k + 1 < len(tokens) and tokens[k + 1].key in _COPULA_ROLES[language]:
        return True  # "Es accionista, junto con X, de Y", "È azionista di Y": a role in another company
    if not reflexive and copula_role_at(tokens, k, language):
        return True  # "Sigue siendo accionista de Y", "Resta il primo cliente di Y" (copula_roles.py)
    if key not in IMPLIED_AUX[language] and not (reflexive and key in ("è", "era", "sarà")):
        return False
    j = k + 1
    while j < len(tokens) and (tokens[j].key in _ADVERBS[language] or tokens[j].key in ("a", "di", "per")):
        j += 1  # "ha inoltre firmato", "va a suministrar", "intende poi"
    return j < len(tokens) and tokens[j].text.islower() and tokens[j].key.endswith(_NONFINITE[language]) \
        and tokens[j].key not in _NOT_PARTICIPLES


def _opening(tokens, lo: int, hi: int, language: str, first: bool, before_company: bool = False) -> bool:
    """Are ``tokens[lo:hi]`` nothing but sentence adverbs, time phrases and phrases closed by a comma
    (``first``: ``tokens[lo]`` opens the sentence, so its capital says nothing)? ``before_company``:
    a short description right before the company may end them ("Il gruppo torinese")."""
    if lo >= hi:
        return True
    segments, seg = [], []
    for k in range(lo, hi):
        if tokens[k].text == ",":
            segments.append((seg, True))
            seg = []
        else:
            seg.append(k)
    segments.append((seg, False))
    adverbs, preps, arts = _ADVERBS[language], _PREPOSITIONS[language], _ARTICLES[language]
    for seg, closed in segments:
        if not seg:
            continue
        keys = [tokens[k].key for k in seg]
        if _place_phrase(tokens, seg, preps, arts):
            continue  # "En Norteamérica", "Negli Stati Uniti", "A Chongqing": where, not who
        if before_company and not closed and seg is segments[-1][0]:
            # "Oggi il gruppo", "Nel 2023 il gruppo torinese": a time word or adverb, then the description
            lead = _leading_time(keys, adverbs, preps, arts)
            if 0 < lead < len(seg) and keys[lead] in arts:
                seg, keys = seg[lead:], keys[lead:]
        for k in seg:
            t = tokens[k]
            if t.text[:1].isupper() and not (first and k == lo) and t.key not in MONTHS \
                    and t.key not in WEEKDAYS and places().get(t.text) is None:
                return False  # a name: a person, a company not recognised, a product
        plain = all(w in adverbs or w in _TIME or w in preps or w in arts or w in MONTHS or w in WEEKDAYS
                    or w[:1].isdigit() or w in ("'", "’") for w in keys)
        if plain and (keys[0] not in arts or any(w in _TIME for w in keys)):
            continue  # "Inoltre", "Nel 2023", "Il mese scorso" (not "Il contratto")
        if closed and keys[0] in preps:
            continue  # "Con questo accordo,", "Para ello,"
        if before_company and not closed and seg is segments[-1][0] and keys[0] in arts \
                and len(keys) <= _DESCRIPTION + 1 and all(tokens[k].text.islower() or k == lo for k in seg[1:]):
            continue  # "Il gruppo torinese" + the company
        return False
    return True


def _place_phrase(tokens, seg, preps, arts) -> bool:
    """Is the segment a preposition, maybe an article, and a place the place list knows ("En
    Norteamérica", "Negli Stati Uniti", "In Cina", "En los Estados Unidos")?"""
    if len(seg) < 2 or tokens[seg[0]].key not in preps:
        return False
    rest = seg[1:]
    if tokens[rest[0]].key in arts and len(rest) > 1:
        rest = rest[1:]
    if len(rest) > 3 or not all(tokens[k].text[:1].isupper() for k in rest):
        return False
    place = places().get(" ".join(tokens[k].text for k in rest))
    return place is not None and place.kind in ("country", "continent", "region", "city")


def _leading_time(keys, adverbs, preps, arts) -> int:
    """How many words at the start of ``keys`` are sentence adverbs or a time phrase ("oggi", "ahora",
    "nel 2023", "en marzo"), before what follows."""
    i = 0
    while i < len(keys):
        if keys[i] in adverbs and keys[i] not in arts:
            i += 1
        elif keys[i] in preps and i + 1 < len(keys) and (keys[i + 1][:1].isdigit() or keys[i + 1] in MONTHS):
            i += 2
        else:
            break
    return i


def _contested(head: Mention, companies: dict[int, list[Mention]], subject) -> bool:
    """A description ("il gruppo") that stands for a company named in a sentence where another
    company is a subject too ("ST ha comprato da Wolfspeed, mentre Wolfspeed ...") may stand for
    either: a subject left out after it is unclear."""
    if head.source != "coref" or head.attrs.get("implied") or not head.attrs.get("antecedent"):
        return False
    start = head.attrs["antecedent"][0]
    for ms in companies.values():
        if any(c.start == start for c in ms):
            names = {c.canonical for c in ms if subject.get(id(c)) and not c.attrs.get("implied")}
            return len(names) > 1
    return False


def _sentence_subject(tokens, sent_companies, s_start_tok: int, language: str, subject, until: int | None = None,
                      companies_all=None):
    """The company that opens a sentence as its subject, or None."""
    cands = sorted((c for c in sent_companies if until is None or c.start < until), key=lambda c: c.start)
    if not cands:
        return None
    head = cands[0]
    if not subject.get(id(head)):
        return None
    # tokens before the company
    k_head = next((k for k, t in enumerate(tokens) if t.start >= head.start), len(tokens))
    if head.attrs.get("implied"):
        return head
    if companies_all is not None and _contested(head, companies_all, subject):
        return None
    if not _opening(tokens, 0, k_head, language, True, before_company=True):
        return None
    # not coordinated with another company ("X e Y hanno firmato", "X, Y y Z")
    k_end = next((k for k, t in enumerate(tokens) if t.start >= head.end), len(tokens))
    nxt = cands[1] if len(cands) > 1 else None
    if nxt is not None and k_end < len(tokens):
        k_next = next((k for k, t in enumerate(tokens) if t.start >= nxt.start), len(tokens))
        joined = tokens[k_end].key in ("e", "ed", "y", "o", "u", "&") and k_next - k_end <= 4
        if joined or (tokens[k_end].text == "," and k_next == k_end + 1):
            return None
    return head


def find_implied(text: str, sentences: list[Sentence], sentence_tokens, language: str,
                 companies: dict[int, list[Mention]], subject: dict[int, bool]) -> list[Mention]:
    """Zero-width COMPANY mentions for the left-out subjects of ``sentences`` (Italian and Spanish only).
    Each one joins ``companies`` as a subject, so the next sentence may go on about it."""
    if language not in LANGUAGES:
        return []
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        if not tokens:
            continue
        mine = sorted(companies.get(s_index, ()), key=lambda c: c.start)
        # clause starts: the sentence start, and each break ("e", "y", ";") followed by a verb
        starts = [0] + [k + 1 for k, t in enumerate(tokens) if t.key in _BREAKS[language] and k + 1 < len(tokens)]
        for lo in starts:
            antecedent = None
            k = _verb_position(tokens, lo, language, first=lo == 0)
            if k is None:
                continue
            verb = tokens[k]
            if any(tokens[lo].start <= c.start < verb.start for c in mine):
                continue  # a company before the verb in the clause: its subject is expressed
            if lo == 0:
                antecedent = _previous_subject(sentences, s_index, companies, sentence_tokens, language, subject)
            else:
                antecedent = _clause_subject(tokens, lo - 1, mine, language, subject, companies)
            if antecedent is None or _postverbal_subject(tokens, k, mine, language):
                continue
            mention = _standing_for(antecedent, verb.start, s_index)
            out.append(mention)
            subject[id(mention)] = True
            mine.append(mention)
            mine.sort(key=lambda c: c.start)
            add_in_order(companies, s_index, mention)
    return out


# The Italian cleft: "A fornire le celle a Stellantis sarà CATL", "A rilevare Marelli è stata KKR".
_CLEFT_COPULA = _w("sarà saranno è sono era erano fu furono sarebbe sarebbero")
_CLEFT_PARTICIPLES = _w("stato stata stati state")
_CLEFT_DESCRIPTION = 3  # lower-case words between the copula and the name ("la cinese", "il gruppo")


def find_cleft_subjects(text: str, sentences: list[Sentence], sentence_tokens, language: str,
                        companies: dict[int, list[Mention]], subject: dict[int, bool]) -> list[Mention]:
    """Italian names the doer last in a cleft: "A fornire le celle a Stellantis sarà CATL", "A
    rilevare Marelli è stata KKR". The company after the copula, closing the sentence, gets a
    zero-width mention right before the infinitive that opens it, where the frames look for a subject."""
    if language != "it":
        return []
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        if len(tokens) < 4 or tokens[0].key not in ("a", "ad") or not _INFINITIVE.fullmatch(tokens[1].key):
            continue
        mine = sorted(companies.get(s_index, ()), key=lambda c: c.start)
        last = mine[-1] if mine else None
        if last is None or last.attrs.get("implied") or last.start <= tokens[1].end:
            continue
        after = [t for t in tokens if t.start >= last.end]
        if after and after[0].key not in (".", ",", ";", "!"):
            continue  # the name closes the sentence (or its clause)
        before = [t for t in tokens if t.end <= last.start]
        k = len(before) - 1
        words = 0
        while k > 1 and before[k].text[:1].islower() and before[k].key not in _CLEFT_COPULA and words < _CLEFT_DESCRIPTION:
            k -= 1
            words += 1
        if k > 1 and before[k].key in _CLEFT_PARTICIPLES and words == 0:
            k -= 1
        elif k > 1 and before[k].key in _CLEFT_PARTICIPLES:
            continue  # "è stata la cinese X": the participle comes right after the copula
        if k <= 1 or before[k].key not in _CLEFT_COPULA:
            continue
        if any(t.key in _CLEFT_PARTICIPLES for t in before[k + 1 : len(before) - words]) and before[k + 1].key not in _CLEFT_PARTICIPLES:
            continue
        mention = _standing_for(last, tokens[1].start, s_index)
        out.append(mention)
        subject[id(mention)] = True
        add_in_order(companies, s_index, mention)
    return out


_INFINITIVE = re.compile(r"\w{2,}(?:are|ere|ire)(?:l[aeio]|gli|ne)?")


def _verb_position(tokens, lo: int, language: str, first: bool) -> int | None:
    """The token of the verb that opens the clause at ``tokens[lo]``, after its opening words."""
    for k in range(lo, min(len(tokens), lo + 12)):
        if tokens[k].text.islower() or k == lo or tokens[k].key in _REFLEXIVE:
            if _verb_at(tokens, k, language) and _opening(tokens, lo, k, language, first):
                return k
        if tokens[k].key in _NOT_MAIN[language] or tokens[k].text in (";", ":", "(", "«", '"', "“"):
            return None
    return None


def _previous_subject(sentences, s_index, companies, sentence_tokens, language, subject) -> Mention | None:
    if s_index == 0 or sentences[s_index - 1].story != sentences[s_index].story:
        return None
    _i, _s, _e, tokens = sentence_tokens[s_index - 1]
    if not tokens:
        return None
    return _sentence_subject(tokens, companies.get(s_index - 1, ()), 0, language, subject, companies_all=companies)


def _clause_subject(tokens, brk: int, mine, language, subject, companies) -> Mention | None:
    """Inside a sentence: the company that opens it, when no relative or subordinate clause, no other
    subject and no other break stands between it and the break at ``tokens[brk]``."""
    head = _sentence_subject(tokens, mine, 0, language, subject, until=tokens[brk].start, companies_all=companies)
    if head is None:
        return None
    for t in tokens:
        if head.end <= t.start < tokens[brk].start and (t.key in _NOT_MAIN[language] or t.text in (":", "(", "«", '"', "“")):
            return None
    others = [c for c in mine if head.end <= c.start < tokens[brk].start and subject.get(id(c))
              and c.canonical != head.canonical]
    return None if others else head


def _postverbal_subject(tokens, k: int, mine, language) -> bool:
    """"Ha firmato anche Beta": a company after "anche"/"también" in the clause is its subject."""
    for j in range(k + 1, min(len(tokens), k + 12)):
        if tokens[j].key in _POSTVERBAL and j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if any(c.start == nxt.start or (c.start <= nxt.start < c.end) for c in mine) or nxt.text[:1].isupper():
                return True
    return False


# -- subject pronouns (French "il"/"elle" after an opening phrase, German "Sie"/"Es") ---------------

_PRONOUNS = {"fr": frozenset(("il", "elle")), "de": frozenset(("sie", "es"))}
_FR_AUX = _w("a avait aura va allait vient doit devrait compte entend prévoit souhaite veut")
_FR_PARTICIPLES = _w("noué remporté décroché livré choisi sélectionné finalisé bouclé scellé renouvelé prolongé "
                     "étendu repris acheté attribué confié commandé fondé créé constitué cofondé")
_FR_NOT_AFTER = _w("y faut agit s'agit est était sera semble reste existe suffit")
_DE_AUX = _w("hat hatte will wird soll plant")
_DE_IMPERSONAL = _w("gab gibt geht ging gehört erwartet bleibt kommt handelt")
_FR_OPENERS = _w("en outre par ailleurs de plus aussi également ensuite puis désormais depuis fin début mi "
                 "cette année l' an dernier passé janvier à la même occasion parallèlement enfin entre-temps "
                 "au cours du mois trimestre semestre dans le même temps")
_PRONOUN_OPENING = 40  # characters: a company this close to the sentence start opens it


def find_subject_pronouns(text: str, sentences: list[Sentence], sentence_tokens, language: str,
                          companies: dict[int, list[Mention]], subject: dict[int, bool], occupied) -> list[Mention]:
    """COMPANY mentions (the pronoun's span, ``attrs["pronoun"]``) for a French "il"/"elle" after an
    opening phrase ("Fin 2023, il avait signé avec Y") or a sentence-initial "Il", and a German
    sentence-initial "Sie"/"Es" ("Sie liefert Zellen an Y"), before a business verb (third person
    singular; an auxiliary before a business participle), standing for the company that opens the
    previous sentence of the story as its subject. A sentence-initial "Elle" is ``coref._pronouns``'."""
    table = _PRONOUNS.get(language)
    if table is None:
        return []
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for k, tok in enumerate(tokens[:8]):
            if tok.key not in table or occupied.overlaps(tok.start, tok.end):
                continue
            if language == "fr" and tok.text == "Elle" and k == 0:
                continue  # coref._pronouns
            if not (_pronoun_opens(tokens, k, language) and _pronoun_verb(tokens, k, language)):
                continue
            if any(c.start < tok.start for c in companies.get(s_index, ())) and not (
                    language == "fr" and _partner_opener(tokens, k)):
                continue  # "Renault a dit qu'il ...": the sentence's own company, not the one before
            antecedent = _opening_subject(sentences, s_index, companies, subject)
            if antecedent is None:
                continue
            mention = pronoun_mention(tok.start, tok.end, tok.text, s_index, antecedent)
            out.append(mention)
            subject[id(mention)] = True
            add_in_order(companies, s_index, mention)
            break
    return out


def _pronoun_opens(tokens, k: int, language: str) -> bool:
    """The pronoun opens the sentence (German: only there), or follows an opening phrase and a comma
    ("Fin 2023, il", "Par ailleurs, elle")."""
    if k == 0:
        return tokens[0].text[:1].isupper()
    if (language == "fr" and k > 1 and tokens[k - 1].text in ("'", "’") and tokens[k - 2].key == "qu"
            and tokens[k].text.islower()):
        return True  # "l'usine qu'il construit avec CATL": the relative's subject
    if language != "fr" or tokens[k - 1].text != "," or tokens[k].text[:1].isupper():
        return False
    if _partner_opener(tokens, k):
        return True  # "Avec Foxconn, il a fondé SiliconAuto": the partner is put first, the pronoun is the subject
    if _fr_place_opener(tokens[:k - 1]):
        return True  # "En Amérique du Nord, il exploite ..."
    return all(t.key in _FR_OPENERS or t.key in MONTHS or t.key[:1].isdigit() or t.text in (",", "'", "’")
               or (i == 0 and t.key in _FR_OPENERS) for i, t in enumerate(tokens[:k]))


#: "En Amérique du Nord,", "Au Québec,", "Dans l'Ohio,": a place phrase (capitalised words, "du"/"de"
#: between) opening the sentence before its pronoun
_FR_PLACE_PREPS = _w("en au aux dans à")
_FR_PLACE_LINKS = _w("du de des la le l d ' ’")  # (the tokenizer splits "l'Ohio" into "l", "'", "Ohio")


def _partner_opener(tokens, k: int) -> bool:
    """"Avec Foxconn, il ...", "Avec le chinois CATL, elle ...": the sentence opens with its partner, and the
    pronoun follows the one comma that closes that phrase."""
    return (k > 2 and tokens[0].key == "avec" and tokens[k - 1].text == ","
            and not any(t.text == "," for t in tokens[1 : k - 1]) and k <= 8)


def _fr_place_opener(words) -> bool:
    return (1 < len(words) <= 6 and words[0].key in _FR_PLACE_PREPS and words[-1].text[:1].isupper()
            and all(t.text[:1].isupper() or t.key in _FR_PLACE_LINKS for t in words[1:]))


#: present and future forms of running a plant or a business, beside SUBJECT_VERBS ("il exploite avec
#: General Motors une usine", "elle fabrique des cellules pour Renault")
_FR_RUNS = _w("exploite exploitera fabrique fabriquera contrôle contrôlera développe développera assemble "
              "assemblera équipe équipera codéveloppe détiendra possédera")


def _pronoun_verb(tokens, k: int, language: str) -> bool:
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].key
    if copula_role_at(tokens, k + 1, language):
        return True  # "Il est aussi actionnaire de Y", "Es ist auch Anteilseigner von Y" (copula_roles.py)
    if language == "de":
        if nxt in _DE_AUX:
            return any(t.key in GERMAN_PARTICIPLES for t in tokens[k + 2 :])
        # singular only ("Sie liefern" are several); no impersonal "Es gab", "Es gehört"
        return nxt in SUBJECT_VERBS["de"] and not nxt.endswith("n") and nxt not in _DE_IMPERSONAL
    if nxt in _FR_NOT_AFTER:
        return False
    if (nxt in SUBJECT_VERBS["fr"] and not nxt.endswith(("é", "i", "u", "is"))) or nxt in _FR_RUNS:
        return True
    if nxt in _FR_AUX:
        j = k + 2
        while j < len(tokens) and tokens[j].key in _w("également aussi déjà récemment notamment en outre"):
            j += 1
        return j < len(tokens) and (tokens[j].key in SUBJECT_VERBS["fr"] or tokens[j].key in _FR_PARTICIPLES
                                    or (nxt not in ("a", "avait", "aura") and tokens[j].key.endswith(("er", "ir", "re"))))
    return False


def pronoun_mention(start: int, end: int, surface: str, s_index: int, antecedent: Mention) -> Mention:
    """A COMPANY mention for a pronoun or possessive at ``start..end`` that stands for ``antecedent``
    (``source`` "coref", ``attrs["pronoun"]``), with the antecedent's facts."""
    return Mention(
        start=start, end=end, text=surface, label="COMPANY", canonical=antecedent.canonical,
        sentence=s_index, source="coref",
        attrs={"known": antecedent.attrs.get("known", False),
               "sectors": list(antecedent.attrs.get("sectors") or []),
               "country": antecedent.attrs.get("country"),
               "antecedent": [antecedent.start, antecedent.end], "pronoun": True},
    )


def _opening_subject(sentences, s_index, companies, subject) -> Mention | None:
    """The company that opens the previous sentence of the story as its subject, when one alone does."""
    if s_index == 0 or sentences[s_index - 1].story != sentences[s_index].story:
        return None
    start = sentences[s_index - 1].start
    cands = [c for c in companies.get(s_index - 1, ()) if subject.get(id(c)) and c.start - start <= _PRONOUN_OPENING]
    if len({c.canonical for c in cands}) != 1:
        return None
    head = min(cands, key=lambda c: c.start)
    return None if _contested(head, companies, subject) else head


# -- object clitics ("Norstel produce wafer. ST l'ha acquisita", "BMW apre a Debrecen. CATL le fornirà le celle")

#: Clitics for a company taken over (direct object) and for a customer (indirect object), right before
#: their verb. Italian "le" is both (feminine dative singular, "a lei"; also a plural object): only the
#: verb says which. Not Italian "lo": "X lo ha rilevato" is as often "X noted it".
_ACC_CLITICS = {"it": _w("l la"), "es": _w("la lo"), "fr": _w("l la le")}
_DAT_CLITICS = {"it": _w("le gli"), "es": _w("le les"), "fr": _w("lui leur")}
#: Stems of verbs for taking a company over (not "comprare"/"comprar"/"acheter", said of goods as
#: often) and of supplying it.
_TAKEOVER_STEMS = {
    "it": ("rilev", "acquisi", "incorpor"),
    "es": ("adquiri", "adquier", "absorbi", "absorb"),
    "fr": ("rachet", "rachèt", "acquis", "acquér", "acquier", "absorb"),
}
_SUPPLY_STEMS = {
    "it": ("fornir", "fornisc", "fornit", "fornì", "consegn"),
    "es": ("suministr", "entreg", "prove", "abastec", "abastez"),  # "le provee celdas", "le abastece de litio"
    "fr": ("fourni", "fourniss", "livr"),
}
#: Auxiliaries and modals between the clitic and the verb ("l'ha acquisita", "la va a comprar"), and
#: modals before the clitic in French ("va la racheter", "doit lui livrer").
_CLITIC_AUX = {
    "it": _w("ha aveva avrà avrebbe vuole intende potrebbe dovrebbe"),
    "es": _w("ha había habrá habría va quiere pretende podría"),
    "fr": _w("a avait aura aurait va"),
}
_FR_MODALS = _w("va doit devrait compte entend veut souhaite pourrait continue commence")
#: The partitive clitic ("ne", "en": of it) before a verb of holding or taking over a stake: "Y ne
#: detiene il 21%", "Y en détient la majorité". Not buying ("ne acquisterà il 20%" is as often goods).
_PART_CLITICS = {"it": _w("ne"), "fr": _w("en")}
_STAKE_STEMS = {
    "it": ("detien", "detene", "detenu", "possied", "possed", "controll", "rilev"),
    "fr": ("détien", "déten", "détenu", "possèd", "posséd", "contrôl", "rachet", "rachèt"),
}
#: The stake that follows such a verb: a percentage, or a share word ("la maggioranza", "la totalité").
_STAKE_WORDS = _w("% maggioranza totalità metà controllo majorité totalité moitié contrôle")
_STAKE_REACH = 6  # tokens after the verb
_CLITIC_LANGUAGES = ("it", "es", "fr")


def _clitic_verb(tokens, k: int, language: str) -> tuple[int, str] | None:
    """``tokens[k]`` is a clitic before its verb: (the verb's token, "takeover" or "supply"), else None."""
    key = tokens[k].key
    acc, dat = key in _ACC_CLITICS[language], key in _DAT_CLITICS[language]
    part = key in _PART_CLITICS.get(language, ())
    if not (acc or dat or part):
        return None
    j = k + 1
    if j < len(tokens) and tokens[j].text in ("'", "’"):
        if key != "l":
            return None
        j += 1
    elif key == "l":
        return None  # "l" is only ever elided
    if j < len(tokens) and tokens[j].key in _CLITIC_AUX[language]:
        j += 1
        if language == "es" and j < len(tokens) and tokens[j].key == "a":
            j += 1  # "la va a comprar"
    if j >= len(tokens) or not tokens[j].text.islower():
        return None
    verb = tokens[j].key
    if acc and verb.startswith(_TAKEOVER_STEMS[language]):
        return j, "takeover"
    if dat and verb.startswith(_SUPPLY_STEMS[language]):
        return j, "supply"
    if part and verb.startswith(_STAKE_STEMS[language]):
        return j, "stake"
    return None


def _stake_end(tokens, j: int) -> int | None:
    """The end of the stake after the verb at ``tokens[j]`` ("il 21%", "la totalité du capital"), where
    the frames read the company it is of; None when no stake follows."""
    for k in range(j + 1, min(len(tokens), j + 1 + _STAKE_REACH)):
        if tokens[k].text in (",", ";", ":", "."):
            return None
        if tokens[k].key in _STAKE_WORDS or tokens[k].key == "cento" and tokens[k - 1].key == "per":
            end = k
            if end + 2 < len(tokens) and tokens[end + 1].key in ("del", "du") and tokens[end + 2].key in ("capitale", "capital"):
                end += 2
            return tokens[end].end
    return None


def _opens_with(tokens, head: Mention, language: str, lo: int = 0) -> bool:
    """The company opens the sentence (the clause at ``tokens[lo]``): nothing before it but opening
    words or a short description."""
    k_head = next((k for k, t in enumerate(tokens) if t.start >= head.start), len(tokens))
    if language in LANGUAGES:
        return _opening(tokens, lo, k_head, language, lo == 0, before_company=True)
    # (a year is no name: "Depuis 2024, CATL lui fournit" opens with CATL as "Depuis janvier," does)
    return k_head - lo <= 4 and all(t.text.islower() or t.text in (",", "'", "’") or k == 0
                                    or (len(t.text) == 4 and t.text.isdigit())
                                    for k, t in enumerate(tokens[lo:k_head], lo))


_CLAUSE_BREAKS = (":", ";")
_PAIR_WORDS = _w("e ed y et")


def _clause_heads(tokens, mine: list[Mention], language: str, subject) -> list[tuple[Mention, int | None]]:
    """The company that opens the sentence as its subject, and the one that opens the clause after its
    last colon or semicolon ("BMW e CATL hanno firmato: il gruppo cinese le fornirà ..."), each with
    the colon's token index (None for the sentence's opener)."""
    out: list[tuple[Mention, int | None]] = []
    head = mine[0]
    if subject.get(id(head)) and _opens_with(tokens, head, language):
        out.append((head, None))
    brk = max((k for k, t in enumerate(tokens) if t.text in _CLAUSE_BREAKS), default=None)
    if brk is not None:
        after = [c for c in mine if c.start >= tokens[brk].end]
        if after and _opens_with(tokens, after[0], language, brk + 1):
            out.append((after[0], brk))
    return out


def _before_break(tokens, brk: int, mine: list[Mention], head: Mention) -> Mention | None:
    """The one other company named before the colon ("BMW e CATL hanno firmato: [CATL] le fornirà")."""
    before = [c for c in mine if c.end <= tokens[brk].start and c.canonical != head.canonical]
    return before[0] if len({c.canonical for c in before}) == 1 else None


def _pair_partner(sentences, s_index, companies, sentence_tokens, language, head: Mention) -> Mention | None:
    """"BMW e CATL hanno firmato un accordo. CATL le fornirà le celle": the previous sentence opens with
    two companies joined by "e"/"y"/"et"; the one the sentence does not open with is the clitic's."""
    if s_index == 0 or sentences[s_index - 1].story != sentences[s_index].story:
        return None
    tokens = sentence_tokens[s_index - 1][3]
    prev = sorted((c for c in companies.get(s_index - 1, ()) if not c.attrs.get("implied")), key=lambda c: c.start)
    if len(prev) < 2 or not tokens or not _opens_with(tokens, prev[0], language):
        return None
    between = [t for t in tokens if prev[0].end <= t.start < prev[1].start]
    if len(between) != 1 or between[0].key not in _PAIR_WORDS or prev[0].canonical == prev[1].canonical:
        return None
    if head.canonical == prev[0].canonical:
        return prev[1]
    return prev[0] if head.canonical == prev[1].canonical else None


def find_object_clitics(text: str, sentences: list[Sentence], sentence_tokens, language: str,
                        companies: dict[int, list[Mention]], subject: dict[int, bool]) -> list[Mention]:
    """Zero-width COMPANY mentions for an object clitic that stands for the company the story was about:
    "Norstel produce wafer in Svezia. STMicroelectronics l'ha rilevata nel 2019." (Norstel taken over),
    "BMW apre a Debrecen. CATL le fornirà le celle." (BMW supplied), "Norstel fabrica obleas. ST la
    adquirió en 2019.", "BMW ouvre une usine. CATL lui fournira des cellules.", "Leapmotor vende in
    Europa. Stellantis ne detiene il 21%." (a stake in Leapmotor).

    The mention sits right after the verb, where the frames read an object (after the stake for "ne"/
    "en": "detiene il 21%[Leapmotor]", as "il 21% di Leapmotor" would be read), with ``attrs["implied"]``
    (evidence from the antecedent's sentence on) and ``attrs["clitic"]``. Precision first, only when

    * a company opens the sentence as its subject and the clitic follows it at once, before a verb of
      taking over (an accusative clitic), of supplying (a dative one) or of holding a stake (a
      partitive one, a percentage or share word after it), an auxiliary or modal between;
    * the company the clitic stands for opens the previous sentence of the story as its subject, and is
      another company; or it is the other of two companies that open the previous sentence together
      ("BMW e CATL hanno firmato. CATL le fornirà"); or, for a clitic after a colon or semicolon, the
      one other company named before it ("BMW e CATL hanno firmato: il gruppo cinese le fornirà");
    * no other company is named in the sentence after the verb ("le suministrará celdas a Y": Y is
      named, the clitic only doubles it; "l'ha rilevata da Y": unclear)."""
    if language not in _CLITIC_LANGUAGES:
        return []
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        mine = sorted((c for c in companies.get(s_index, ()) if not c.attrs.get("implied")), key=lambda c: c.start)
        if not mine or len(tokens) < 3:
            continue
        found = None
        for head, brk in _clause_heads(tokens, mine, language, subject):
            k = next((i for i, t in enumerate(tokens) if t.start >= head.end), len(tokens))
            if language == "fr" and k < len(tokens) and tokens[k].key in _FR_MODALS:
                k += 1  # "Y va la racheter", "Y doit lui livrer", "Y continue de lui livrer"
                if k < len(tokens) and tokens[k].key in ("de", "à"):
                    k += 1
            k = past_clitic_gap(tokens, k, language)  # "CATL già le fornisce", "CATL desde 2026 le suministra"
            found = _clitic_verb(tokens, k, language) if k < len(tokens) else None
            if found is not None:
                break
        if found is None:
            continue
        verb = tokens[found[0]]
        # (the subject named again after the verb, "según la compañía", doubles no clitic: only another
        # company there is the verb's object)
        if any(c.start >= verb.end and c.canonical != head.canonical for c in mine):
            continue
        at = verb.end if found[1] != "stake" else _stake_end(tokens, found[0])
        if at is None:
            continue
        if brk is not None:
            antecedent = _before_break(tokens, brk, mine, head)
        else:
            antecedent = (_previous_subject(sentences, s_index, companies, sentence_tokens, language, subject)
                          if language in LANGUAGES else _opening_subject(sentences, s_index, companies, subject))
            if antecedent is None:
                antecedent = _pair_partner(sentences, s_index, companies, sentence_tokens, language, head)
        if antecedent is None or antecedent.canonical == head.canonical:
            continue
        mention = _standing_for(antecedent, at, s_index, clitic=True)
        out.append(mention)
        subject[id(mention)] = False
        add_in_order(companies, s_index, mention)
    return out


def _standing_for(antecedent: Mention, at: int, s_index: int, clitic: bool = False) -> Mention:
    """A zero-width COMPANY mention at ``at`` that stands for ``antecedent`` (a dropped subject, or an
    object clitic with ``clitic``); an antecedent that is itself implied passes on its own antecedent."""
    attrs = {
        "known": antecedent.attrs.get("known", False),
        "sectors": list(antecedent.attrs.get("sectors") or []),
        "country": antecedent.attrs.get("country"),
        "antecedent": list(antecedent.attrs.get("antecedent") or [antecedent.start, antecedent.end])
        if antecedent.attrs.get("implied") else [antecedent.start, antecedent.end],
        "implied": True,
    }
    if clitic:
        attrs["clitic"] = True
    return Mention(start=at, end=at, text="", label="COMPANY", canonical=antecedent.canonical,
                   sentence=s_index, source="coref", attrs=attrs)
