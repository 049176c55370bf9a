"""Status of one assertion: cue regexes in the sentence, in the clause before the trigger and next
to it (``status_for``); an end cue in the trigger's own stretch (``ended_in_clause``).
"""

from __future__ import annotations

import re

from .refused_plans import refused_plan
from .clauses import _ARTICLE_ONLY, DE_NEXT_MAIN_CLAUSE, _clause_end, _clause_start
from .compiled import Compiled, compiled, languages_for
from .apposed_facts import apposition_around
from .apposed_ends import end_is_elsewhere, through_list, wound_up_before
from .done_infinitives import without_announcing
from .former_ties import former_tie
from .deal_ends import deal_ended_after
from .new_after_end import new_tie_after_end
from .runs_now import runs_now
from .until_past_times import until_a_past_time
from .future_stop import stops_later
from .confirmed_reports import confirmed_on_record
from .contrast_denials import contrast_denial_start
from .no_comment import without_neither_nor
from .talks_behind import without_past_talks
from .ventures_to_come import venture_to_come
from .held_deals import held_deal
from .refused_ends import end_refused
from .de_future_bracket import future_bracket
from .de_future_adverbs import future_adverb_after
from .de_planned_clauses import planned_clause
from .de_signed_perfect import signed_perfect
from .past_origins import past_origin
from .kept_stakes import kept_or_led
from .lost_stakes import stake_lost
from .signed_already import without_signed_already
from ..scan.branch_gate import long_gate
from ..scan.prefilter import required_of
from ..scan.sentence_scan import scan_of
from ..scan.sentence_scan import warm_up as scan_warm_up


#: a takeover that "runs" is under way, not done ("die Übernahme läuft seit März")
_DEAL_IN_PROGRESS = re.compile(r"(?i)(?:übernahme|kauf|verkauf|fusion|erwerb)")


def status_for(
    lex: Compiled,
    text: str,
    t0: int,
    t1: int,
    default: str | None,
    party_spans: list[tuple[int, int]],
    refusable: bool = False,
) -> tuple[str | None, float]:
    """Status of one trigger's assertion and a confidence change; (None, 0) drops the assertion.

    ``refusable``: the assertion is a tie between two named companies that a negation denies ("X will
    Y nicht übernehmen", "X non acquisirà Y"); without it a negation drops the assertion."""
    text = _without_asides(lex.lang, text)
    got = _status_for(lex, text, t0, t1, default, party_spans, refusable)
    if got[0] == "ended" and end_refused(lex.lang, text, _clause_start(text, t0), t0):
        return "active", 0.0  # "non intende in alcun modo vendere la sua quota in Y": kept
    if got[0] in ("ended", "announced") and stops_later(lex.lang, text, t0, t1, _clause_start(text, t0), _clause_end(text, t1)):
        return "active", 0.0  # "will stop supplying Y at the end of the year": it runs until then
    if got[0] in ("active", "announced", "ended") and deal_ended_after(lex.lang, text, t0, t1, party_spans):
        # "il contratto con Y, che valeva un quinto del fatturato, è scaduto", "ein Liefervertrag mit Y, der
        # hinfällig geworden ist": the contract's own verb ends it, past its aside or its relative
        return "ended", min(got[1], -0.05) if got[0] != "ended" else got[1]
    if got[0] in ("active", "announced") and stake_lost(lex.lang, text, t0, t1):
        return "ended", -0.05  # "saw its holding wiped out", "ha dovuto svalutare integralmente la partecipazione": gone
    if got[0] in ("active", "announced") and former_tie(lex.lang, text, t0, t1):
        return "ended", -0.05  # "dem früheren Gemeinschaftsunternehmen", "l'ancienne coentreprise": over now
    if got[0] == "active" and past_origin(lex.lang, text, t0, t1, party_spans):
        return "ended", -0.05  # "Y was previously a subsidiary of X", "era in origine una controllata di X": over now
    if got[0] in ("ended", "rumoured"):
        rel = _later_relative(lex.lang, text, t0, t1, party_spans)
        if rel is not None and _OWN_DEAL_RELATIVE.match(text, rel[0]):
            rel = None  # "... auprès de Y, dont le contrat est arrivé à échéance": the contract is the tie's own
        if rel is not None:
            # a relative clause after the tie tells a matter of its own: a company's own past ("Nel 2024 X ha
            # rilevato Y, che fino ad allora era controllata da Z": the end is Z's tie, not the one told before
            # it), a figure others give ("suministrará a Y ..., un contrato que fuentes del sector valoran en 60
            # millones"). (Not a denial or talks: "X would buy Y, which denied it" speaks of the deal.)
            lo, hi = rel
            own = _status_for(lex, text[:lo] + " " * (hi - lo) + text[hi:], t0, t1, default, party_spans, refusable)
            if own[0] is not None and own[0] != got[0]:
                return own
        if got[0] == "ended":
            return _ended_outside(lex, text, t0, t1, default, party_spans, refusable, got)
    if got[0] == "active":
        rel = apposition_around(lex.lang, text, t0, t1, party_spans) or (
            None if lex.lang == "de" else _fact_relative(lex.lang, text, t0, t1, party_spans))
        if rel is not None and wound_up_before(text, rel[0]):
            return "ended", -0.05  # "la liquidation de Y, la coentreprise de A et B": the venture is wound up
    if got[0] in ("announced", "active"):
        held = held_deal(lex.lang, text, _clause_start(text, t0), t0, t1)
        if held == "ended" or (held == "active" and got[0] == "announced"):
            return held, 0.0  # "X had a supply contract with Y": over; "X has a development agreement with Y": in force
    if got[0] == "active" and venture_to_come(lex.lang, text, _clause_start(text, t0), t0, t1):
        return "announced", 0.0  # "have formed a joint venture that will start production in 2026": not yet running
    if got[0] == "active" and lex.lang == "de" and planned_clause(text, t0):
        return "announced", 0.0  # "Vorgesehen ist, dass X die Zellen an Y liefert": the present of a plan
    if got[0] in ("active", None):
        return got
    if got[0] == "announced" and default == "announced" and kept_or_led(lex.lang, text, _clause_start(text, t0), t0, t1):
        return "active", 0.0  # "kept a stake of about 20% in Y", "led Y's last funding round": a shareholding held now
    if got[0] == "announced" and runs_now(lex.lang, text, t0, t1, *_scope(lex, text, t0, t1, party_spans)):
        return "active", 0.0  # "signed in 2024 ...; a joint team has worked on it ever since": in place now
    rel = _fact_relative(lex.lang, text, t0, t1, party_spans)
    if rel is None and got[0] in ("rumoured", "denied"):
        # ("X, simple actionnaire minoritaire de Y", "Z, its joint venture with Y": what a company is, told
        # beside the report or the denial)
        rel = apposition_around(lex.lang, text, t0, t1, party_spans)
    if rel is None:
        return got
    # a relative clause that describes a company tells a fact of its own ("Kestrel, the subcontractor that
    # assembles cars for Y"; "La china, que abastece a Y desde 2021, seguirá ..., según fuentes"): the
    # report, denial or talks of the sentence around it are another matter. Read the clause alone and
    # keep its reading where it states a present or past tie.
    lo, hi = rel
    alone = " " * lo + text[lo:hi] + " " * (len(text) - hi)
    own = _status_for(lex, alone, t0, t1, default, [(a, b) for a, b in party_spans if lo <= a and b <= hi], refusable)
    return own if own[0] in ("active", "ended") else got


#: the cues that tell a tie ended (``_ended_outside`` asks where they stand)
_END_CUES = ("ended", "cessation", "ended_more", "ended_so_far", "ended_for_years", "ended_sold", "ended_imperfect",
             "ended_pluperfect", "ended_then_noun")


def _ended_outside(lex: Compiled, text: str, t0: int, t1: int, default: str | None, party_spans: list[tuple[int, int]],
                   refusable: bool, got: tuple[str | None, float]) -> tuple[str | None, float]:
    """An "ended" tie told in an apposition or a relative clause on a company ("Son contrat avec Y, la
    coentreprise de X et Z, a expiré"), where the end cues stand outside it: the apposition tells a standing
    fact of its own, read alone (``apposed_ends``)."""
    # (not a German relative: ", die ..." opens one on goods as often as on a company)
    rel = (None if lex.lang == "de" else _fact_relative(lex.lang, text, t0, t1, party_spans)) \
        or apposition_around(lex.lang, text, t0, t1, party_spans)
    if rel is None:
        return got
    st = _SentenceCues(lex, text)
    spans = [sp for k in _END_CUES if st.has(k) for sp in st.spans(k)]
    lo, hi = rel[0], through_list(text, rel[1], party_spans)
    if not end_is_elsewhere(text, lo, hi, _clause_start(text, lo), spans, party_spans):
        return got
    alone = " " * lo + text[lo:hi] + " " * (len(text) - hi)
    own = _status_for(lex, alone, t0, t1, default, [(a, b) for a, b in party_spans if lo <= a and b <= hi], refusable)
    return own if own[0] == "active" else got


#: a relative clause opened right after a name or an apposition ("X, which", "X, the subcontractor that",
#: "X, la société qui", "X, che", "X, que"); not German, whose ", der/die/das" opens an apposition as often
_FACT_RELATIVE = re.compile(
    r",\s+(?:(?:the|an?|la|el|il|lo|le|l['’]|una?)\s*(?:[\w-]+\s+){0,3}?)?(?:which|who|that|qui|que|che|quien|quienes|"
    r"(?:il|la|el|los|las|i|le) (?:quale|quali|cual|cuales)|"
    # a relative of a holding or a part ("Y, dont X détient un quart", "Y, di cui X detiene", "Y, en la que X tiene",
    # "Y, whose ..."): the same fact of its own
    r"dont|di cui|in cui|(?:nella|nel) quale|(?:en|de) (?:la|el|los|las) que|del que|cuy[oa]s?|whose)\s", re.I)
#: German: a relative pronoun after a comma ("Y, das Z seit 2019 beliefert,"), read as a relative only
#: where its clause ends in a finite verb (``_DE_VERB_LAST``)
_DE_RELATIVE = re.compile(r",\s+(?:der|die|das|dem|den|deren|dessen)\s", re.I)
_DE_VERB_LAST = re.compile(r"\b(?-i:[a-zäöüß])\w*(?:t|en|te|ten)\s*$")
#: what a relative clause tells on the word of others, or still to come: a conditional, a hearsay verb,
#: a future or a plan ("which would supply", "qui fournirait", "qui fournira", "che fornirà", "que suministrará")
#: (a lower-case word: a name is no verb, "Cupra", "Irán"; nor are the nouns that end like a conditional,
#: "batería", "refinería", "mayoría", "factoría", "retrait", "portrait")
_NOT_FACT = re.compile(
    r"\b(?!(?:bat|refin|ingeni|carroc|tesor|mensaj)ería\b|(?:may|categ|consult|audit|ases|fact)oría\b|(?:re|ex|at|por|abs|dis)?trait\b)"
    r"(?-i:[a-zà-ÿ])\w*(?:ría|rían|rebbe|rebbero|rait|raient|rà|ranno|rá|rán)\b|\b(?:would|might|could|may|will|shall|plans?|"
    r"intends?|expected|set to|due to|to be|soll|sollen|wird|werden)\b"
    # hearsay or a plan the relative tells ("des informations, qui faisaient état d'un projet de coentreprise avec Y",
    # "a report, which reported a planned venture ...")
    r"|\bplanned\b|\b(?:fais(?:ai(?:t|ent)|ant)|fait|font) état\b|\bévoqu(?:ait|aient)\b|\breported\b|\briportav[ao]\b|\binformaba\b"
    r"|\bberichtete\b|\bprojet\b|\bprogetto\b|\bproyecto\b", re.I)
#: the French future ("fournira", "livreront"), which Spanish and Italian presents share an ending with
_FR_FUTURE = re.compile(r"\b(?-i:[a-zà-ÿ])\w{2,}(?:ra|ront)\b", re.I)


#: a relative clause whose subject is a deal's noun, owned by the party it follows ("Y, whose contract ran out",
#: "Y, dont le contrat est arrivé à échéance", "Y, il cui contratto è scaduto", "Y, cuyo contrato expiró", "Y,
#: dessen Vertrag ausgelaufen ist"): it tells of the tie with Y, not of a matter of its own
_OWN_DEAL_RELATIVE = re.compile(
    r",\s+(?:whose|dont (?:le|la|l['’]|les)|(?:il|la|i|le) cui|cuy[oa]s?|dessen|deren)\s*(?:\w+\s+)?"
    r"(?:contract|agreement|deal|contrat|accord|contratto|accordo|contrato|acuerdo|\w*[Vv]ertrag|\w*[Vv]ereinbarung)\w*\b", re.I)
#: where a relative clause ends: the next comma, ';' or ':' before a space, or the sentence end
_RELATIVE_END = re.compile(r"[,;:]\s|[.!?]\s*$")


def _later_relative(lang: str, text: str, t0: int, t1: int, party_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The stretch of a relative clause opened after the trigger and both parties (", che ...", ", which
    ...", ", qui ...", ", que ...", German ", der/die/das ... <verb>"), to the next comma, ';' or ':' or the
    sentence end; None where there is none."""
    last = max([t1] + [b for _, b in party_spans])
    m = (_DE_RELATIVE if lang == "de" else _FACT_RELATIVE).search(text, last)
    if m is None or any(c in text[last : m.start()] for c in ";:"):
        return None
    end = _RELATIVE_END.search(text, m.end())
    return m.start(), (end.start() if end else len(text))


def _fact_relative(lang: str, text: str, t0: int, t1: int, party_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The stretch of a relative clause on a company that holds the trigger (or whose apposition does:
    ", the supplier that ..."), from its comma to the next comma, ';' or ':' after the trigger (or the
    sentence end), where it tells no conditional, hearsay or future, and names a party of the tie;
    else None."""
    rel = None
    for m in (_DE_RELATIVE if lang == "de" else _FACT_RELATIVE).finditer(text, max(0, t0 - 90), t1 + 12):
        if m.start() >= t0:
            break
        rel = m
    if rel is None or any(c in text[rel.end() : t0] for c in ",;:"):
        return None
    end = _RELATIVE_END.search(text, t1)
    hi = end.start() if end else len(text)
    if _NOT_FACT.search(text, rel.end(), hi) or (lang == "fr" and _FR_FUTURE.search(text, rel.end(), hi)):
        return None
    if not any(rel.start() <= a and b <= hi for a, b in party_spans):
        return None
    if lang == "de" and not _DE_VERB_LAST.search(text, rel.end(), hi):
        return None  # ", der Zulieferer von Y": an apposition, not a relative with its verb last
    return rel.start(), hi


def _without_asides(lang: str, text: str) -> str:
    """The sentence with the denying word of "neither confirmed nor denied" (no denial) and the talks word of
    "after months of talks, X agreed to buy Y" (the talks are behind) blanked: worked out once per sentence
    and language, where each of its assertions asked again (speed)."""
    memo = scan_of(text).memo
    got = memo.get(("asides", lang))
    if got is None:
        got = memo[("asides", lang)] = without_past_talks(lang, without_neither_nor(lang, text))
    return got


def _negation_after(negation: re.Pattern, text: str, t1: int) -> bool:
    """A negation within 14 characters after the trigger, its word read whole in the sentence: a slice cut after
    14 characters would end a word there ("collabore depuis le pas|sage", "liefert nicht|s") and read a negation."""
    m = negation.search(text, t1, min(len(text), t1 + 40))
    return m is not None and m.end() - t1 <= 14


def _status_for(
    lex: Compiled,
    text: str,
    t0: int,
    t1: int,
    default: str | None,
    party_spans: list[tuple[int, int]],
    refusable: bool = False,
) -> tuple[str | None, float]:
    st = _SentenceCues(lex, text)
    if text.rstrip().endswith("?") or text.lstrip().startswith("¿"):
        return None, 0.0
    clause_lo = _clause_start(text, t0)
    clause_hi = _clause_end(text, t1)  # (the trigger's clause end, asked for by up to seven tests below: found once)
    before = text[clause_lo:t0]
    after = text[t1 : min(len(text), t1 + 30)]
    unlikely = st["unlikely"].search(before[-60:]) or st["unlikely"].search(text[t0 : t1 + 10])
    if unlikely:
        # "X has no plans to buy Y": the party's own refusal denies the deal; a forecast drops it
        return ("denied", -0.05) if refusable and refused_plan(unlikely.group(0)) else (None, 0.0)
    # a denial or an end speaks of the deal near it, not of one 200 characters on, nor of one in
    # another clause ("X supplies Y, while Z denied ...")
    s_lo, s_hi = _scope(lex, text, t0, t1, party_spans)
    lo = max(s_lo, min([t0] + [a for a, _ in party_spans]) - _CUE_REACH)
    hi = min(s_hi, max([t1] + [b for _, b in party_spans]) + _CUE_REACH)
    # (nor a denial in a clause closed off by ';' after the tie, unless it points back to the deal: "X
    # encarga a Y el suministro; Z niega que ..." against "X would buy Y, Reuters said; Y denied the report")
    semi = text.find(";", max([t1] + [b for _, b in party_spans]))
    if semi >= 0 and lex.anaphora.search(text, semi):
        semi = -1
    # (nor a denial told before a dash that opens the trigger's statement: "X weist Bericht über Y zurück –
    # Liefervertrag mit Z steht", as headlines join two pieces of news)
    dash = _DASH.search(text, max(0, t0 - 60), t0)
    if dash is not None:
        lo = max(lo, dash.end())
    if _near(st, "denied", lo, hi if semi < 0 else min(hi, semi)) or _report_denied(st, text, t0):
        return "denied", 0.0
    if st.has("denied") and _denied_report(st, text, t0):
        return "denied", 0.0
    post = lex.verb_final or lex.lang == "fr"
    neg_zone = text[max(clause_lo, t0 - 30) : t1 + 20]
    if st["cessation"].search(neg_zone) or (lex.lang == "de" and st["cessation"].search(text, t1, min(clause_hi, t1 + 70))):
        # (German puts "keine ... mehr" after the verb and its object: "liefert seit Januar keine Chips mehr an Y")
        return "ended", 0.0
    # (searched in the sentence, not in a slice: a slice starting inside "uno" would read "no")
    if st["negation"].search(text, max(clause_lo, t0 - 18), t0) or (post and _negation_after(st["negation"], text, t1)) or (
            "negation_last" in lex.status and lex.status["negation_last"].match(text, t1, clause_hi)):
        return _negated(lex, st, text, t0, t1, clause_lo, refusable)
    if "absent" in lex.status and lex.status["absent"].search(text, max(clause_lo, t0 - 40), t0):
        return None, 0.0  # "senza creare una società comune": the tie named is the one not formed
    if st["condition"].search(before):
        return None, 0.0
    if _owner_until_now(lex, text, t0):
        return "ended", 0.0  # "Y, finora controllata da Z" in the news of Y's sale: Z owned it until now
    if _now_after_former(st, text, t0, t1):
        pass  # "Kestrel, ehemaliger Zulieferer von Brixo, beliefert nun Corvalis": the end is Brixo's tie
    elif st.has("ended") and _near_own_end(st, text, max(lo, text.rfind(";", 0, t0), _new_clause_before(text, t0, party_spans)),
                                           hi, party_spans):  # (most sentences hold no end cue: its bounds not worked out)
        # (not an end told in a clause closed by ';' before the trigger's: "... esce dal capitale; Y è
        # controllata da X"; nor one before ", and" that opens the trigger's clause with its subject: "il
        # rapporto si è chiuso, e X ha avviato una collaborazione con Y")
        return "ended", -0.05
    if _near(st, "ended_more", max(lo, clause_lo), min(hi, clause_hi)) and not _now_after_former(st, text, t0, t1):
        return "ended", -0.05  # "lieferte bis 2022", "ha fornito fino al 2022": a past tie with its last year
    if until_a_past_time(lex.lang, text, t0, t1, clause_lo, clause_hi) and not _now_after_former(st, text, t0, t1):
        return "ended", -0.05  # "que hasta el año pasado compraba ... a Y", "bis vor kurzem lieferte": over by now
    if any(_near(st, k, max(lo, clause_lo), min(hi, clause_hi)) for k in ("ended_so_far", "ended_for_years", "ended_sold")) \
            and not _now_after_former(st, text, t0, t1):
        return "ended", -0.05  # "jusqu'ici ... était fournie par Y", "until the end of 2024, took the cells from Y"
    if _pluperfect_tie(st, t0, t1) and not _now_after_former(st, text, t0, t1):
        return "ended", -0.05  # "Z hatte über Jahre Zellen von Y bezogen", "Z, which had controlled Y": the tie ran before
    if _near(st, "ended_imperfect", t0, t1) and not _now_after_former(st, text, t0, t1):
        return "ended", -0.05  # "que suministraba a Y desde 2009", "der lange für Y fertigte": a past state, over now
    if st.has("ended_then_noun") and any(s <= t0 and t1 <= e for s, e in st.spans("ended_then_noun")):
        return "ended", -0.05  # "Y, fino ad allora joint venture con Z": the tie the words name was over then (not the deal around it)
    if _until_past(lex, text, t0, t1):
        return "ended", 0.0  # "Jusqu'en 2024, Y était détenue par X": the tie ran until then
    if _starts_later(lex, st, text, t0, hi, party_spans):
        return "announced", 0.0  # "hat Abnahmeverträge geschlossen; die Lieferungen sollen 2029 beginnen"
    if _rumoured(st, text, t0, party_spans, (s_lo, s_hi)) and not confirmed_on_record(lex.lang, text, s_lo, s_hi):
        # ("X confirmed it is in talks to buy Y, following media reports": on the record now)
        return "rumoured", -0.05
    if st["hedge"].search(text, max(clause_lo, t0 - 22), t0):
        return "rumoured", -0.15
    if "wish" in lex.status and st["wish"].search(text, max(clause_lo, t0 - (80 if lex.lang == "de" else 30)), t0):
        # "We would like to supply Y one day", "Wir möchten Y mit Zellen aus Z beliefern" (German puts the
        # verb last: the whole clause before it), "Vorremmo fornire Y": a wish of the subject is no deal,
        # at most talks
        return "in_talks", -0.1
    if ("active_after" in lex.local and text[t0 : t0 + 1].isupper() and not _DEAL_IN_PROGRESS.match(text, t0)
            and lex.local["active_after"].search(text, t1, min(len(text), t1 + 150))):
        return "active", 0.0  # a tie's noun said to run or to go on ("die Kooperation ... läuft seit 2022")
    if _started_before(lex, st, text, t0, t1, hi):
        return "active", 0.0  # "a collaboration that began in 2023", "a partnership since 2024"
    weak = _near(st, "weak_rumoured", clause_lo, clause_hi) and not lex.local["announced"].search(text)
    if weak and "future_start" in lex.status and st["future_start"].search(text, 0, t0):
        return "announced", 0.0  # "Sobald das Werk produziert, soll X Y beliefern": a plan tied to a start, not hearsay
    talks = _talks_covering(st, text, t1, party_spans, (s_lo, s_hi), t0) if st.has("in_talks") else []
    if talks and all(st["negation"].search(text, max(clause_lo, s - 12), s) for s, _ in talks) and not (
            "not_yet" in lex.status and lex.status["not_yet"].search(text, max(clause_lo, talks[0][0] - 30), talks[0][1] + 30)):
        # "nous ne discutons pas avec Y", "non stiamo trattando con Y": the talks themselves denied (not "noch
        # keine Gespräche": talks not begun yet stay talks)
        return _negated(lex, st, text, talks[0][0], talks[0][1], clause_lo, refusable)
    if talks:
        # "X soll mit Y verhandeln": talks that are only reported, like "reportedly in talks"
        return ("rumoured", -0.05) if weak else ("in_talks", 0.0)
    if weak:
        return "rumoured", -0.05  # (in the trigger's own clause: "liefert ...; 100 Lkw sollen ab 2026 ...")
    if "future_start" in lex.status and st["future_start"].search(text, t1, hi):
        return "announced", 0.0  # "les accords ... prendraient effet avec les premières livraisons": not yet running
    if default is None and _from_year_after(lex.lang, text, t0, t1, min(hi, clause_hi)):
        return "announced", 0.0  # "whose output is earmarked for Y from 2027": the tie starts in a year to come
    comma = text.rfind(",", clause_lo, t0)
    while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", clause_lo, comma)  # "hält 50,1 Prozent": a decimal comma opens no clause
    local = text[comma + 1 : t0] if comma >= 0 and t0 - comma > 3 and not _ARTICLE_ONLY.fullmatch(text, comma + 1, t0) else before
    # German puts the time right after the finite verb: "liefert seit 2020", "liefert künftig"
    v2 = _V2_AFTER.match(text, t1).group(0) if lex.lang == "de" else ""
    if v2 and _PRESENT_PASSIVE.match(v2) and lex.participle is not None and lex.participle.fullmatch(text[t0:t1].split()[-1]):
        v2 = ""  # "..., die von X beliefert werden": a present passive at the clause's end, no future
    elif v2 and _fronted_participle(lex, text, t0, t1, v2):
        v2 = ""  # "Angeführt wird die Runde von X": a fronted participle with "wird" is a present passive
    if lex.lang == "en" and _KEEP_ON.search(text, max(clause_lo, t0 - 24), t0) and _GERUND["en"].fullmatch(text[t0:t1].split()[0]):
        return "active", 0.0  # "said it would keep buying from Y", "will keep supplying Y": it goes on, as "continue to" does
    if lex.lang == "de" and default in (None, "active", "announced") and signed_perfect(text, t0, t1, clause_lo, clause_hi):
        return "announced", 0.0  # "X hat (bereits im Mai) ein Gemeinschaftsunternehmen mit Y unterschrieben": signed, not running
    # ("ya adjudicó", "has already signed": the signing is done, the tie not yet running)
    signed_local = without_signed_already(lex.lang, text, t0 - len(local[-50:]), t1)
    if lex.local["active"].search(signed_local + v2) or (  # a cue may run into the trigger: "holds a stake"
        "active_clause" in lex.local and lex.local["active_clause"].search(before[-120:])
    ):  # "in 2021 X and Y set up ...": a dated founding anywhere in the clause
        return "active", 0.0
    if default is None and _future_governs(lex.lang, text, t0, t1, local):
        return "announced", 0.0  # "will introduce trucks in small series using stacks from Y": the tie comes with the future
    if default is None and lex.lang == "de" and future_bracket(text, t0, t1, clause_lo, clause_hi):
        return "announced", 0.0  # "X wird den Autobauer Y mit kompletten Achsantrieben beliefern": far from its "wird"
    if default == "announced" and _POSSESSED.search(text[max(clause_lo, t0 - 14) : t0]) and not _ENTRY.match(text, t0) and (
        lex.possessive.search(text[max(clause_lo, t0 - 14) : t0]) or re.search(r"['’]s?\s+$", text[max(0, t0 - 4) : t0])
    ):
        return "active", 0.0  # "its joint venture", "Ampere's tie-up": an existing link, named as such
    if st.has("completed") and st["completed"].search(text, clause_lo, clause_hi):
        return "active", 0.0
    if _near(st, "done_noun", t0, t1):
        return "active", 0.0  # "après le rachat de Y", "tras la compra de Y en 2019": the deal named as a done one
    if lex.lang == "de" and _DE_FRONTED_NOUN.fullmatch(text, clause_lo, t0) and _DE_AGREED_LAST.search(text, t1, clause_hi):
        # "Ein weiteres Joint Venture hat der Zulieferer mit Y vereinbart": the noun fronted, its verb last
        return "announced", 0.0
    # (every word of the lexicon's list counts before a trigger that brings a status of its own or reads as
    # a noun; before a bare verb, not the words that only name a deal: see _announced_before)
    all_words = default not in (None, "active") or (default is None and _noun_trigger(lex, text, t0))
    if _announced_before(lex, _unless_passive(lex, without_announcing(lex.lang, local[-60:], text, t0), text[t0:t1]), all_words) \
            or lex.local["announced"].search(text[t0:t1] + v2) or (
        default is None and "announced_clause" in lex.local and lex.local["announced_clause"].search(before)
    ):  # verb-final: "X soll ab 2026 Zellen an Y liefern", the cue opens the clause
        return "announced", 0.0
    if default in (None, "active") and lex.lang == "de" and future_adverb_after(text, t0, t1, clause_lo, clause_hi):
        return "announced", 0.0  # "X bezieht seine Zellen künftig von Y": a present with an adverb of the future
    if default:
        return default, 0.0
    return "active", -0.05


def _announced_before(lex: Compiled, local: str, all_words: bool) -> bool:
    """A cue of a deal still to come in the words before the trigger (``local["announced"]``). Before a
    verb with no status of its own (its tense tells the time) or a tie the words name as standing ("its
    battery supplier Y", "cells from Y": the frame's "active"; ``all_words`` False), the words that only
    name a deal or call something new ("deal_words": "agreement", "Vertrag", "contrat", "nuovo", "nuevo")
    are not such a cue: "under an agreement signed in 2021, Y supplies Z", "Nvidia, das X mit Chips für
    die neuen Modelle beliefert", "hat die Liefervereinbarung mit Y um drei Jahre verlängert" tell a tie
    that runs; a future, a plan, a signing or an infinitive before it still are."""
    rx, nouns = lex.local["announced"], lex.local.get("deal_words")
    if all_words or nouns is None:
        return rx.search(local) is not None
    return any(nouns.fullmatch(m.group(0)) is None for m in rx.finditer(local))


#: an article, a determiner or a preposition right before a trigger: the trigger is a noun ("la fourniture
#: de", "über die Lieferung von", "un contrato de suministro", "the supply of")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|of|for|its|their|this|that|der|die|das|den|dem|des|ein|eine|einen|einem|einer|über|von|zur|zum|"
    r"le|la|les|un|une|du|de|des|sa|son|ses|leur|leurs|il|lo|i|gli|uno|una|di|del|della|dello|dei|delle|per|sulla|el|los|las|"
    r"unos|unas|al|su|sus|nuestro|nuestra)\s+|\b[lLdD]['’])$", re.I)


def _noun_trigger(lex: Compiled, text: str, t0: int) -> bool:
    """The trigger reads as a noun: German capitalises it ("Lieferung"), or an article or preposition stands
    right before it."""
    return (lex.lang == "de" and text[t0 : t0 + 1].isupper()) or _NOUN_BEFORE.search(text, max(0, t0 - 12), t0) is not None


#: a trigger with no tense of its own, a gerund ("using stacks from Y", "en utilisant", "utilizzando",
#: "usando"), and a future or plan in its clause before it: the tie comes with what the main verb tells
_GERUND = {"en": re.compile(r"\w{2,}ing", re.I), "fr": re.compile(r"(?:en )?\w{3,}ant", re.I),
           "it": re.compile(r"\w{3,}(?:ando|endo)", re.I), "es": re.compile(r"\w{3,}(?:ando|iendo)", re.I)}
#: (a future is a lower-case verb: a name that ends alike is none, "l'Ampera", "Teherán")
_FUTURE = {
    "en": re.compile(r"\b(?:will|shall|is to|are to|(?:is|are) (?:set|due|expected|scheduled|slated|planned|going) to|plans? to|intends? to)\b|'ll\b", re.I),
    "fr": re.compile(r"\b(?-i:[a-zà-ÿ])\w{2,}(?:era|eront|ira|iront|dra|dront)\b|\b(?:va|vont|doit|doivent) \w+(?:er|ir|re)\b|\bprévoit de\b", re.I),
    "it": re.compile(r"\b(?-i:[a-zà-ÿ])\w{2,}(?:rà|ranno)\b|\b(?:deve|devono|dovrà|dovranno|prevede di)\b", re.I),
    "es": re.compile(r"\b(?-i:[a-zà-ÿ])\w{2,}(?:rá|rán)\b|\b(?:va|van) a \w+(?:ar|er|ir)\b|\bprevé\b", re.I),
}


def _future_governs(lang: str, text: str, t0: int, t1: int, local: str) -> bool:
    """A gerund trigger whose clause, before it, tells a future or a plan ("Daimler will introduce
    trucks before the end of the decade using stacks from Y"); not where the clause tells the tie
    already runs ("already", "since")."""
    ger, fut = _GERUND.get(lang), _FUTURE.get(lang)
    if ger is None or not ger.fullmatch(text[t0:t1]):
        return False
    return fut.search(local) is not None and not _RUNS_ALREADY.search(local)


#: "keep" or "continue" right before a gerund trigger: the tie goes on ("would keep buying from Y")
_KEEP_ON = re.compile(r"\b(?:keeps?|kept|keeping|continues?|continued)\s+(?:on\s+)?$", re.I)
#: (a tie said to go on is running: "will continue supplying", "seguirá abasteciendo", "continuerà fornendo";
#: "restera", "resterà", not any word that starts so: "restructuring", "restrictions")
_RUNS_ALREADY = re.compile(r"\b(?:already|since|déjà|depuis|già|dal|ya|desde|continu\w*|keep\w*|remain\w*|"
                           r"seguir\w*|sigue|siguen|prosegu\w*|rest(?:e|ent|era|eront|ait|aient|a|ano|erà|eranno|ava|avano))\b", re.I)


#: a start year told after the tie ("from 2027", "starting in 2028", "à partir de 2027", "a partire dal
#: 2027", "a partir de 2027", "ab 2027"); not "from 2019 to 2023", a span; not the Italian "dal" or the
#: Spanish "desde", which also mean "since"
_FROM_YEAR = {
    "en": r"\b(?:from|starting(?: in| from)?|beginning(?: in)?) (?:(?:early|late|mid-?|the (?:end|start|middle) of) )?",
    "fr": r"\b(?:à partir de |dès )(?:(?:début|fin|mi-?|la fin de|courant) )?(?:l['’]année )?",
    "it": r"\ba partire da(?:l|ll['’]|lla fine del|ll['’]inizio del)? ?(?:(?:primo|secondo) (?:semestre|trimestre) (?:del )?)?",
    "es": r"\ba partir de(?:l)? (?:(?:principios|finales|mediados|comienzos) de )?(?:(?:primer|segundo) (?:semestre|trimestre) de )?",
    "de": r"\bab (?:(?:Anfang|Ende|Mitte|dem Jahr|Herbst|Frühjahr|Sommer|Winter) )?",
}
_FROM_YEAR = {lang: re.compile(rf"{lead}(?:19|20)\d\d\b(?!\s*(?:-|–|to|until|through|au|à|al|a|hasta|bis)\s*(?:19|20)?\d\d)", re.I)
              for lang, lead in _FROM_YEAR.items()}
#: past or running ties: a past year that starts the tie is told with these
_STARTED = re.compile(r"\b(?:since|already|has|have|had|was|were|depuis|déjà|était|avait|già|era|aveva|ya|desde|había|"
                      r"seit|bereits|schon|war|hatte)\b", re.I)


def _from_year_after(lang: str, text: str, t0: int, t1: int, end: int) -> bool:
    """A start year after the trigger, in its clause, with no past or running tie told between them."""
    rx = _FROM_YEAR.get(lang)
    m = rx.search(text, t1, end) if rx is not None else None
    return m is not None and _STARTED.search(text, t0, m.start()) is None


def _negated(lex: Compiled, st: "_SentenceCues", text: str, t0: int, t1: int, clause_lo: int,
             refusable: bool) -> tuple[str | None, float]:
    """A negation next to the trigger. "Not yet" leaves the deal pending ("hat Y noch nicht
    übernommen", "non ha ancora firmato"); "not X but Y" names another party or good ("nicht an Y,
    sondern an Z"): dropped; otherwise the tie is denied ("will Y nicht übernehmen", "won't buy Y")."""
    zone = text[max(clause_lo, t0 - 30) : min(len(text), t1 + 30)]
    if "not_yet" in lex.status and lex.status["not_yet"].search(zone):
        return "announced", -0.05
    if "no_longer_after" in lex.status and lex.status["no_longer_after"].match(text, t1, _clause_end(text, t1)):
        return "ended", 0.0  # "does not supply Y anymore", "no suministra ya": the negation tells an end
    if not refusable or ("contrast" in lex.status and lex.status["contrast"].search(text, t1)):
        return None, 0.0
    return "denied", -0.05


#: "wird" / "werden" right after a trigger, and an infinitive closing the clause that makes it a future
_DE_AUX_FIRST = re.compile(r"\s+(?:wird|werden)\b", re.I)
_DE_INFINITIVE_LAST = re.compile(r"\b(?:werden|sein|haben|sollen|müssen|können)\s*$|\b(?-i:[a-zäöüß])\w+en\s*$")


def _fronted_participle(lex: Compiled, text: str, t0: int, t1: int, v2: str) -> bool:
    """A German clause opened by a participle and "wird"/"werden" ("Angeführt wird die Serie-B-Runde
    von X", "Geliefert werden die Zellen von Y"): a present passive, no future, unless an infinitive
    closes the clause ("Geführt wird die Runde von X werden")."""
    if lex.lang != "de" or lex.participle is None or not _DE_AUX_FIRST.match(v2):
        return False
    words = text[t0:t1].split()
    if not words or not lex.participle.fullmatch(words[0]) or text[_clause_start(text, t0) : t0].strip(" ,\"'„“"):
        return False
    end = min(_clause_end(text, t1), next((i for i in (text.find(",", t1),) if i >= 0), len(text)))
    return _DE_INFINITIVE_LAST.search(text, t1, end) is None


def _unless_passive(lex: Compiled, local: str, trigger: str) -> str:
    """``local`` without the auxiliary of a present passive ("werden die Zellen an Y geliefert": "werden"
    with a participle is no future), where the lexicon tells the two apart."""
    aux = lex.local.get("passive_aux")
    words = trigger.split()
    if aux is None or lex.participle is None or not words or not lex.participle.fullmatch(words[-1]):
        return local
    return aux.sub(" ", local)


_CUE_REACH = 80
#: a dash between two statements (spaces around it: not a hyphen, not "2019–2023")
_DASH = re.compile(r"\s[–—]\s")
# "werden" closing a clause after a participle ("die von X beliefert werden."), not "werden sollen"
_PRESENT_PASSIVE = re.compile(r"\s+werden(?!\s+(?:soll|sollen|müssen|können|dürfen))(?:\s*$|\s+(?-i:[a-zäöü]))", re.I)


def _report_denied(st: "_SentenceCues", text: str, t0: int) -> bool:
    """A report that opens a clause of its own before the trigger ("Einen Bericht, wonach X Y kaufe,
    wies ein Sprecher zurück"; "ha smentito le voci secondo cui X rileverebbe Y"), and a denial after
    the report's noun in the same sentence: the denial is of what the clause reports, however far
    the denying verb stands from the deal."""
    if not st.has("report_clause"):
        return False
    for s, e in st.spans("report_clause"):
        if e > t0 or ";" in text[s:t0] or _DASH.search(text, s, t0):
            continue
        return any(b > s for k in ("denied", "report_denial") if st.has(k) for a, b in st.spans(k))
    return False


# "X niega la información según la cual Y habría comprado Z", "X dément l'information selon laquelle
# ...", "X denied the report according to which ...": what the report says is what is denied
_ACCORDING_WHICH = re.compile(
    r"\b(?:según (?:la|las|el|los) cual(?:es)?|selon (?:laquelle|lesquelles|lequel|lesquels)|according to which|"
    r"secondo (?:cui|la quale|le quali)|(?:denen|der|dem) zufolge|wonach)\b", re.I)


def _denied_report(st: "_SentenceCues", text: str, t0: int) -> bool:
    """A denial, then a report word's "according to which", then the trigger: the report is denied."""
    r = None
    for r in _ACCORDING_WHICH.finditer(text, 0, t0):
        pass
    return r is not None and any(e <= r.start() for _s, e in st.spans("denied"))
# the two words after a German finite verb, where its time adverbs stand
#: German: a tie's noun fronted as the object ("Ein zweites Joint Venture", "Eine Partnerschaft"), and the
#: participle of an agreement closing its clause
_DE_FRONTED_NOUN = re.compile(r"\W*(?:Ein|Eine|Einen)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}")
_DE_AGREED_LAST = re.compile(r"\b(?:vereinbart|angekündigt|unterzeichnet|unterschrieben|beschlossen|geschlossen)\s*(?:[,;:.–—]|$)")
_V2_AFTER = re.compile(r"(?:\s+[\wäöüß]+){0,2}")


#: "now" right after a verb: the tie told is a present one, whatever ended before it
_NOW_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:jetzt|nun|inzwischen|mittlerweile|now|ora|adesso|ahora|désormais|maintenant)\b", re.I)


_NOW_BEFORE = re.compile(r"\b(?:now|ora|ahora|jetzt|nun)\s+$", re.I)


def _now_after_former(st: "_SentenceCues", text: str, t0: int, t1: int) -> bool:
    """An end cue wholly before the trigger ("der frühere Brixo-Zulieferer Kestrel", "ehemaliger
    Zulieferer von Brixo") and "now" right after the trigger's verb: the cue names the former tie of a
    party, the verb the present one ("... beliefert nun Corvalis"). Also a "since <a time>" or "now" between
    the last end cue and the trigger ("el acuerdo expiró y, desde marzo, Y suministra ...":
    ``new_after_end``)."""
    cues = [sp for k in ("ended", "ended_more") if st.has(k) for sp in st.spans(k)]
    if not cues:
        return False  # (both readings below need an end cue; most sentences have none: speed)
    if new_tie_after_end(st.lex.lang, text, cues, t0):
        return True  # "el acuerdo expiró y desde marzo lo entrega Y": the new tie runs
    if not (_NOW_AFTER.match(text, t1) or _NOW_BEFORE.search(text, max(0, t0 - 12), t0)):
        return False
    return bool(cues) and all(e <= t0 for _, e in cues)


def _starts_later(lex: Compiled, st: "_SentenceCues", text: str, t0: int, hi: int,
                  party_spans: list[tuple[int, int]]) -> bool:
    """Deliveries said to begin later, after the deal ("..., and deliveries are set to begin in 2026";
    "; les premiers envois partiront au printemps"): the deal is signed, the supply not yet
    running. Not where a report or talks come first ("reportedly ...; deliveries would start"), not
    where the sentence says the supply already runs ("since 2020", "bereits seit"), and not where the
    deliveries are to another company ("X supplies Y; deliveries to Z start next year")."""
    spans = [sp for k in ("starts_later", "starts_later_year") if st.has(k) for sp in st.spans(k)]
    if not spans:
        return False
    # (a cue that holds the trigger counts: "first deliveries are not expected before 2027" for "deliveries")
    got = next(((s, e) for s, e in sorted(spans) if (t0 <= s or t0 < e) and s < hi), None)
    if got is None or st.has("in_talks") or any(s < got[0] for s, _ in st.spans("rumoured")):
        return False
    other = _TO_OTHER.get(lex.lang, _TO_OTHER_ANY).search(text, *got)
    if other is not None and not any(a <= other.end() < b for a, b in party_spans):
        return False
    # (a "since" told before a ';' that closes off the trigger's statement is another tie's: "Z hält seit 2022
    # einen Anteil an X; die Lieferungen an Z sollen 2028 beginnen")
    return _RUNS_SINCE.search(text, text.rfind(";", 0, t0) + 1, got[0]) is None


#: the deliveries' recipient, a name after its language's preposition ("deliveries to Z"; in English "a" and
#: "an" are articles: "deliveries of a Gen6 pack" name no other company)
_TO_WORDS = {"en": "to|for", "de": "an|für", "fr": "à|au|aux", "it": "a|ad|al|alla", "es": "a|al|para"}
#: (a time is no recipient: German writes its nouns of time with a capital, English and German their months:
#: "die Auslieferung ist für Mitte 2028 geplant", "deliveries for January"; a half-year "H2" only when no
#: capitalised word follows it, which makes it a name: "deliveries to H2 Mobility")
_TIME_WORDS = (r"(?:Anfang|Ende|Mitte|Beginn|Frühjahr|Frühling|Sommer|Herbst|Winter|Jahresende|Jahresbeginn|Jahresmitte|"
               r"Quartal|Halbjahr|Jahr|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
               r"January|February|March|May|June|July|October|December|Q[1-4]|H[12](?!\s+(?-i:[A-Z])))\b")
_TO_OTHER = {lang: re.compile(rf"\b(?:{words})\s+(?=(?-i:[A-ZÀ-Ý]))(?!{_TIME_WORDS})", re.I) for lang, words in _TO_WORDS.items()}
_TO_OTHER_ANY = re.compile(rf"\b(?:{'|'.join(_TO_WORDS.values())})\s+(?=(?-i:[A-ZÀ-Ý]))(?!{_TIME_WORDS})", re.I)


#: a supply that runs already: "since 2020", "seit 2021", "depuis 2019", "dal 2020", "desde 2022"
_RUNS_SINCE = re.compile(r"\b(?:since|seit|depuis|dal|desde) (?:(?:19|20)\d\d|years|Jahren|des années|anni|hace años)\b", re.I)


def _started_before(lex: Compiled, st: "_SentenceCues", text: str, t0: int, t1: int, hi: int) -> bool:
    """The tie's start dated in the past after the trigger, in its clause: a tie's noun with a relative
    that dates it ("a collaboration that began in 2023", "la coentreprise qu'il a formée en 2021",
    "eine Kooperation, die 2023 begann"), or, where "since" cannot mean "from" (en, de, fr), "since
    <year>" ("assembles cars with Y under a partnership since 2024"; not "its first order since 2019")."""
    end = min(hi, _clause_end(text, t1))
    if st.has("started_after") and any(t0 - 40 <= s < end and e <= end + 40 for s, e in st.spans("started_after")):
        return True
    if lex.lang not in ("en", "de", "fr"):
        return False
    m = _SINCE_YEAR.search(text, t1, end)
    return m is not None and _NOT_SINCE.search(text, t0, m.start()) is None and _RELATIVE_BETWEEN.search(text, t1, m.start()) is None


#: a relative clause opened between the tie and its "since": the year is the relative's own ("X will Zellen in
#: seinem Werk fertigen, das seit 2018 produziert", "in its plant, which has run since 2019", "son usine, qui
#: tourne depuis 2019")
_RELATIVE_BETWEEN = re.compile(r",\s+(?:der|die|das|dem|den|deren|dessen|welche[rsnm]?|which|who|whose|qui|dont|lequel|laquelle)\s", re.I)


_SINCE_YEAR = re.compile(r"\b(?:since|seit|depuis) (?:(?:early|late|mid-?|Anfang|Ende|Mitte|début|fin) )?(?:19|20)\d\d\b", re.I)
#: a record or a first told with "since" ("its biggest order since 2019"), or a tie still to come
_NOT_SINCE = re.compile(r"\b(?:first|biggest|largest|highest|lowest|erste[nrms]?|größte[nrms]?|premi(?:er|ère)|plus (?:gros|grand|important)e?|will|to|wird|werden|soll|sollen|va|vont)\b", re.I)


def _pluperfect_tie(st: "_SentenceCues", t0: int, t1: int) -> bool:
    """The trigger is the verb (or noun) of a durative tie told in the pluperfect ("hatte ... bezogen",
    "had controlled", "avait fourni", "aveva fornito", "había suministrado"): a tie that ran before the
    story's time, over now. Only where the cue holds the trigger: the pluperfect of another verb in the
    sentence says nothing of this tie."""
    return _near(st, "ended_pluperfect", t0, t1)


#: ", and" before a capital: a new clause whose subject is named next
_AND_NEW_SUBJECT = re.compile(r",\s+(?:and|e|ed|et|y|und)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.I)


def _new_clause_before(text: str, t0: int, party_spans: list[tuple[int, int]]) -> int:
    """The end of the last ", and <Capital>" before the trigger and every party (the trigger's clause opens
    there with its own subject), or -1."""
    first = min([t0] + [a for a, _ in party_spans])
    end = -1
    for m in _AND_NEW_SUBJECT.finditer(text, 0, first + 1):  # (the capital after it may be the party's own)
        if m.end() <= first:
            end = m.end()
    return end


def _near(st: "_SentenceCues", name: str, lo: int, hi: int) -> bool:
    got = st.found.get(name)  # (``st.has`` and ``st.spans`` written out: asked some 70,000 times per 400 pages)
    if got is None:
        if name not in st.lex.status:
            return False
        got = st.spans(name)
    if not got:
        return False
    for s, e in got:
        if s < hi and lo < e:
            return True
    return False


#: an end told of a tie with a company named right after it ("la fine del rapporto con Brixo Otomotiv", "the end
#: of its contract with X", "la fin de son contrat avec X", "das Ende der Zusammenarbeit mit X")
_END_WITH = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?:con|with|mit|avec)\s+(?:(?:il|la|lo|l['’]|the|der|die|dem|le|el|los|las|les)\s*)?(?=(?-i:[A-ZÀ-Ý]))", re.I)


def _near_own_end(st: "_SentenceCues", text: str, lo: int, hi: int, party_spans: list[tuple[int, int]]) -> bool:
    """An end cue in lo..hi that speaks of this tie: not one whose "with" names a company that is no party
    ("pesa la fine del rapporto con Brixo Otomotiv, la joint venture tra Kestrel e Norvik": the end is Brixo
    Otomotiv's tie with the speaker, not Kestrel's with Norvik)."""
    for s, e in st.spans("ended") if st.has("ended") else ():
        if not (s < hi and lo < e):
            continue
        w = _END_WITH.match(text, e)
        if w is not None and w.end() - e <= 40 and not any(a <= w.end() < b for a, b in party_spans):
            continue
        return True
    return False


_POSSESSED = re.compile(r"(?:['’]s?|\w+)\s+(?:[\w-]+\s+)?$")
#: an entry into a company's capital is an event, not a standing link: "son entrée au capital de Y"
#: is news, where "its joint venture" names what exists
_ENTRY = re.compile(r"(?:entrée|montée|entry|Einstieg)\b", re.IGNORECASE)


# Where another clause with a subject of its own starts: "while", "whereas" (a contrast of two
# things), and "but" or "and" after a comma when a name follows ("X supplies Y, and Z denied ...", "X
# supplies Y, but Z ..."; not "X supplied Y, but stopped in 2023", "X supplies Y, and also Z"). A cue
# past such a word speaks of that clause.
#: "but" and a denying verb after it ("but denied", "ma nega", "mais a démenti"): read after a comma or a space
_BUT_DENY = (
    r"(?:but|mais|ma|però|pero|aber)\s+(?=(?:(?:a|ha|has|have|ont|hanno|han|hat|haben)\s+)?(?:denied|denies|démenti|dément|"
    r"smentito|smentisce|negato|nega|desmentido|desmiente|negado|niega|dementiert|"
    # (a rejection of a report is a denial too: "..., but rejected a local media report that it ...")
    r"rejected|rejects|dismissed|dismisses|refuted|refutes|rejeté|rejette|respinto|respinge|rechazado|rechaza|rechazó|wies|weist)\b)")
# (Every cut opens with a space or a comma, read first as one character class: ``re`` then skips to the next
# space or comma at once, where a pattern that opens with alternatives is tried alternative by alternative at
# every character, twice as slow; each alternative asks which of the two it opened with, "(?<=\s)", "(?<=,)".
# A group that held the comma no longer does: ``_scope_cuts`` asks only whether it took part.)
_SCOPE_CUT = re.compile(
    r"[\s,](?:(?<=\s)(?:while|whereas|während|wohingegen|mentre|tandis que|alors que|mientras(?: que)?)\s"
    # a concession after a comma speaks of another matter: "talks with Y on cells, although it denied
    # it would take a stake", "conversaciones con Y, aunque ha negado que ..."
    r"|(?<=,)(?P<conc>\s+(?:although|though|even though|aunque|si bien)\s)"
    # what a party claims after a comma is a matter of its own: "..., the venture of X and Y, claiming
    # that the cell maker terminated a contract" (cuts only after the assertion, see ``_scope``)
    r"|(?<=,)(?P<tail>\s+(?:claiming|alleging|arguing|saying|accusing|affirmant|estimant|arguant|accusant|sostenendo|"
    r"affermando|accusando\w*|lamentando|alegando|afirmando|argumentando|acusando\w*|asegurando)\s)"
    r"|(?<=,)\s+(?P<conj>and|und|sowie|et|e|ed|y|but|aber|doch|jedoch|ma|però|mais|pero|sino que)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
    # "X confirmed talks with Y, but denied any deal with Z": a denial after "but" has its own object; in a
    # headline with no comma too ("X si assicura i componenti ma nega l'offerta su Y", "X secures supplies but
    # denies bid for Y", "X sichert sich Lieferungen, dementiert aber eine Übernahme"): it cuts after the
    # trigger even where a party stands past it, like a concession
    r"|(?P<butdeny>(?<=\s)\s*" + _BUT_DENY + r"|(?<=,)\s+" + _BUT_DENY
    + r"|(?<=,)\s+(?=(?:dementiert|dementierte|bestreitet|bestritt)\s+(?:aber|jedoch|dagegen)\b)))",
    re.I,
)


def _scope(lex: Compiled, text: str, t0: int, t1: int, party_spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of ``text`` whose status cues speak of the assertion at t0..t1: from the last
    clause cut before the trigger and both parties to the first one after them. A cut followed by
    words that point back to the deal ("..., but the contract was cancelled") does not cut."""
    a = min([t0] + [x for x, _ in party_spans])
    b = max([t1] + [y for _, y in party_spans])
    lo, hi = 0, len(text)
    for start, end, conj, tail, conc, back, but_deny in _scope_cuts(lex, text):
        if conj and any(x <= end < y for x, y in party_spans):
            continue  # "..., and Y": a party of this assertion, not a new subject
        if but_deny and start >= t1 and any(end < x <= end + 50 for x, _ in party_spans):
            # "... but denies the takeover of Y": the denial names its own deal, words that point back or not
            hi = start
            break
        if back:
            continue
        if end <= a:
            if not tail:  # ("X denied it, saying it buys no cells from Y": the denial stands)
                lo = end
        elif start >= b or (conc and start >= t1):
            # (a concession after the trigger cuts even where it names a party again: "talks with Y,
            # although it denied taking a stake in the company")
            hi = start
            break
    # "X will supply Y from 2026, but it denied reports of a new plant": a denial of another matter
    cut = contrast_denial_start(text, b, party_spans, hi)
    return lo, (hi if cut is None else cut)


#: a demonstrative or article a few words after a cut, before words that point back to the deal
_BACK_LEAD = re.compile(r"(?:[\w'’]+\s+){0,2}?(?:the|this|that|der|die|das|dies\w*|il|la|lo|l['’]|le|el|los|las|questo|questa|ce|cette|este|esta)\s", re.I)


def _scope_cuts(lex: Compiled, text: str) -> tuple[tuple[int, int, bool, bool, bool, bool, bool], ...]:
    """Per clause cut of the sentence (``_cuts``): (start, end, whether it is a conjunction, a
    claim's tail, a concession, whether the words after it point back to the deal, so that it
    does not cut, and whether it is a "but" before a denial), worked out once per sentence and language,
    however many assertions ask."""
    memo = scan_of(text).memo
    got = memo.get(("scope", lex.lang))
    if got is None:
        out = []
        for m in _cuts(lex.lang == "de", text):
            groups = m.groupdict()
            e = m.end()
            back = bool(lex.anaphora.match(text, e) or _BACK_LEAD.match(text[e:]) and lex.anaphora.search(text, e, e + 30))
            out.append((m.start(), e, bool(groups.get("conj")), bool(groups.get("tail")), bool(groups.get("conc")), back,
                        bool(groups.get("butdeny"))))
        got = memo[("scope", lex.lang)] = tuple(out)
    return got


def _cuts(german: bool, text: str) -> tuple[re.Match, ...]:
    """The clause cuts of a sentence (``_SCOPE_CUT``; German adds its next main clauses), in text
    order: found once per sentence, however many assertions ask (speed)."""
    memo = scan_of(text).memo
    got = memo.get(("cuts", german))
    if got is None:
        cuts = list(_SCOPE_CUT.finditer(text))
        if german and "," in text:
            cuts = sorted(cuts + list(DE_NEXT_MAIN_CLAUSE.finditer(text)), key=lambda c: c.start())
        got = memo[("cuts", german)] = tuple(cuts)
    return got


def _frames_sentence(text: str, s: int, e: int) -> bool:
    """Whether a report cue frames the whole sentence: it stands before its first comma ("According to
    people familiar with the matter, ...") or after its last one ("..., sources said.")."""
    if "," not in text[:s]:
        return _SCOPE_CUT.search(text, 0, s) is None
    last = text.rfind(",", 0, s)
    return "," not in text[e:] and _SCOPE_CUT.search(text, last, s) is None


def _rumoured(st: "_SentenceCues", text: str, t0: int, party_spans: list[tuple[int, int]],
              scope: tuple[int, int] = (0, 1 << 30)) -> bool:
    """A report cue, not by a party itself, not one that ends the rumours ("ending months of
    speculation"), not in a clause cut off by ';' or ':' before the trigger, and not in another
    clause of the sentence (``_scope``)."""
    cues = st.spans("rumoured")
    if not cues:
        return False  # (most sentences hold no report cue: nothing below to work out)
    hard = max(text.rfind(";", 0, t0), text.rfind(":", 0, t0))
    ends = st.spans("unhedge") if "unhedge" in st.lex.status else []
    last = max([t0] + [b for _, b in party_spans])
    for s2, e2 in cues:
        later = _LATER_CLAUSE.search(text, last, s2) if s2 >= last else None
        if later and not st.lex.anaphora.search(text, later.end(), e2 + 60):
            continue  # "X supplies Y, and reportedly is close to ...": the report speaks of the next clause
        if e2 <= hard or ((e2 <= scope[0] or s2 >= scope[1]) and not _frames_sentence(text, s2, e2)):
            continue
        if any(s < e2 and s2 < e for s, e in party_spans):
            continue
        if any(a <= s2 and e2 <= b for a, b in ends):
            continue
        if s2 >= last and _LATER_APPOSED.search(text, last, s2):
            continue  # "X supplies Y, a flow that, according to sources, will shrink": the report is the relative's
        if e2 <= t0 and _CONTRAST_BETWEEN.search(text, e2, t0) and not _framing_phrase(text, s2, e2, party_spans):
            continue  # "X estaría interesada en Z, pero ha firmado con Y": the hedge is the first clause's
        if e2 <= t0 and _past_fact_relative(text, e2, t0):
            continue  # "..., la minera que Z adquirió hace dos años": a fact the report recalls
        return True
    return False


def _framing_phrase(text: str, s: int, e: int, party_spans: list[tuple[int, int]]) -> bool:
    """A report cue that frames the sentence (``_frames_sentence``) as a phrase of its own, naming no party
    ("According to sources, ..."), not a clause of a party's ("X reportedly eyed Z, but ...")."""
    if not _frames_sentence(text, s, e):
        return False
    comma = text.find(",", e)
    return comma < 0 or not any(a < comma and text.rfind(",", 0, s) < a for a, _ in party_spans)


#: a contrast between a report cue and the trigger: the trigger's clause is told on the record
_CONTRAST_BETWEEN = re.compile(r",\s+(?:but|mais|ma|però|pero|aber|doch|jedoch|while|whereas|mentre|tandis que|alors que|mientras(?: que)?|während)\s", re.I)
#: a relative clause on a noun in apposition: ", la productora que", ", la casa cinese di cui", ", the
#: miner that" (an article first: not ", during which"; not German, where ", der" opens an apposition
#: as often as a relative)
_APPOSED_RELATIVE = re.compile(
    r",\s+(?:the|an?|la|el|il|lo|le|l['’]|una?)\s*(?:[\w-]+\s+){0,3}?(?:que|che|di cui|cui|which|that|qui|dont)\s", re.I)
#: the same after the tie, its pronoun followed by a comma too ("Y, a flow that, according to sources, ...")
_LATER_APPOSED = re.compile(
    r",\s+(?:the|an?|la|el|il|lo|le|l['’]|una?)\s*(?:[\w-]+\s+){0,3}?(?:que|che|di cui|cui|which|that|qui|dont)[\s,]", re.I)
#: what a report tells, in the verb: a conditional or hearsay ("compraría", "avrebbe", "rachèterait",
#: "would", "soll", "wolle")
_HEARSAY_VERB = re.compile(r"\w+(?:ría|rían|rebbe|rebbero|rait|raient)\b|\b(?:would|might|could|soll|sollen|wolle|wollen|könnte|plan\w*|intend\w*|está|estaba)\b", re.I)


def _past_fact_relative(text: str, e2: int, t0: int) -> bool:
    """A relative clause on a noun in apposition opens between a report cue and the trigger, and tells
    its own fact (no conditional, no hearsay verb up to the trigger and just after it): the report
    does not cover it ("Medios publicaron que X estaría estudiando una oferta por Y, la productora que Z
    compró a comienzos de año")."""
    rel = None
    for rel in _APPOSED_RELATIVE.finditer(text, e2, t0):
        pass
    return rel is not None and _HEARSAY_VERB.search(text, rel.start(), min(len(text), t0 + 25)) is None


# a coordinated clause opened after the assertion: a report cue past it speaks of that clause
_LATER_CLAUSE = re.compile(r",\s+(?:e|ed|und|and|y|et|ma|but|aber|mais|pero)\s", re.I)


#: a coordinated verb after the tie ("venderá electricidad a Y y negocia ...", "liefert an Y und verhandelt mit Z"):
#: talks told past it, with no comma, are that verb's
_AND_VERB = re.compile(r"\s(?:and|und|et|e|ed|y)\s+(?:(?:is|are|was|ist|est|è|está|also|auch|aussi|anche|también)\s+)?\S*$", re.I)


def _talks_covering(st: "_SentenceCues", text: str, t1: int, party_spans: list[tuple[int, int]],
                    scope: tuple[int, int] = (0, 1 << 30), t0: int | None = None) -> list[tuple[int, int]]:
    """The talks cues that speak of this assertion (their spans): each does unless it opens a later clause, past the trigger and both
    parties and after a comma ("X surte carcasas a Norvik, y negocia contratos con otros fabricantes")
    or after "and" and a verb of its own ("X surtirá bombas a Norvik y negocia con Corvalis"), or stands in another clause (``_scope``), or stands before a relative that tells a fact of its own
    ("weighing a bid for Y, the recycler that Z bought in 2023": ``_past_fact_relative``)."""
    last = max([t1] + [e for _, e in party_spans])
    # (a subject left out is zero-width before its verb: "... a Y y [X] negocia" ends no party's name)
    named = max([t1] + [e for b, e in party_spans if e > b])
    return [(s, e) for s, e in st.spans("in_talks")
            if (s < last or "," not in text[last:s]) and not (s >= named and _AND_VERB.search(text, named, s)) and scope[0] < e and s < scope[1]
            and not (t0 is not None and e <= t0 and _past_fact_relative(text, e, t0))]


def ended_in_clause(lex: Compiled, text: str, t0: int, t1: int) -> bool:
    """An end cue next to the trigger, in its stretch between commas ("no longer owns", "Y, which X
    no longer controls"), not elsewhere in the sentence ("controls the recycler Y, whose plants
    recover ... scrap"; "set up by X, after its contract ended")."""
    lo = max(_clause_start(text, t0), t0 - 40, text.rfind(", ", 0, t0) + 1)
    comma = text.find(", ", t1)
    hi = min(_clause_end(text, t1), t1 + 40, comma if comma >= 0 else len(text))
    return (any(lex.status[k].search(text, lo, hi) for k in ("ended", "cessation")) or _owner_until_now(lex, text, t0)
            or past_origin(lex.lang, text, t0, t1)
            or _until_past(lex, text, t0, t1) or _pluperfect_tie(_SentenceCues(lex, text), t0, t1)
            or until_a_past_time(lex.lang, text, t0, t1, _clause_start(text, t0), _clause_end(text, t1)))


#: a start still to come after a verb: "from 2027", "ab 2028", "dal 2027", "à partir de 2028", a future auxiliary
_LATER_START = re.compile(
    r"\b(?:from|starting(?: in)?|ab|dal|dalla|a partire da(?:l|lla)?|dès|à partir de|a partir de|desde)\s+(?:\w+\s+)?20\d\d"
    r"|\b(?:will|wird|werden|sarà|saranno|sera|seront|será|serán)\b", re.IGNORECASE)


def handed_on_status(lex: Compiled, text: str, t0: int, status: str) -> str:
    """The status of an order handed on to a new supplier ("annullò l'ordine con Z e lo affidò a Y",
    "a annulé la commande pour la confier à Y"): the end and the deal words told before the verb are the
    earlier order's, so the new one is active unless its own stretch (to the next comma) ends it or puts
    its start later."""
    comma = text.find(", ", t0)
    hi = min(_clause_end(text, t0), comma if comma >= 0 else len(text))
    if any(lex.status[k].search(text, t0, hi) for k in ("ended", "cessation")):
        return "ended"
    if status in ("ended", "announced"):
        return "announced" if _LATER_START.search(text, t0, hi) else "active"
    return status


def _until_past(lex: Compiled, text: str, t0: int, t1: int) -> bool:
    """The trigger's clause opens with "until <year>" and a past verb before the trigger's end ("Until
    2024, Y was owned by X", "Bis 2023 gehörte Y zu X", "Hasta 2024, Y estaba controlada por X"): the
    tie ran until then. (Not "until 2030, X was expected to ...".)"""
    rx = lex.status.get("until_past")
    if rx is None:
        return False
    m = rx.match(text, _clause_start(text, t0))
    return m is not None and m.end() <= t1 + 1


def unit_sold(lex: Compiled, text: str, t0: int) -> bool:
    """A unit named by its owner's possessive right after a completed sale ("sold its subsidiary Y",
    "a cédé sa filiale Y", "completó la venta de su filial Y", "hat den Verkauf seiner Tochter Y
    abgeschlossen"): the owner holds it no more. Not a sale still to come ("plans to sell its unit Y",
    "der Verkauf seiner Tochter Y soll abgeschlossen werden")."""
    lo = max(0, t0 - 60)
    rx = lex.status.get("sold_unit")
    if rx is not None and rx.search(text, lo, t0) is not None:
        return True
    # a noun of the sale ("den Verkauf seiner Tochter Y"): done only where the sentence says so
    noun, done = lex.status.get("sold_unit_noun"), lex.status.get("sold_unit_done")
    return noun is not None and done is not None and noun.search(text, lo, t0) is not None \
        and done.search(text) is not None


def _owner_until_now(lex: Compiled, text: str, t0: int) -> bool:
    """"until now" right before the trigger, in a sentence that tells a change of owner ("Y, finora
    controllata da Z", Y being bought by X)."""
    rx = lex.status.get("ended_before")
    return (rx is not None and rx.search(text[max(0, t0 - 20) : t0]) is not None
            and lex.status["ended_before_if"].search(text) is not None)


def has_cue(lex: Compiled, text: str, name: str) -> bool:
    """Whether the sentence ``text`` holds a match of the status cue ``name`` (the cues of a sentence
    are searched once for the page, whichever reader asks)."""
    return _SentenceCues(lex, text).has(name)


def cue_spans(lex: Compiled, text: str, name: str) -> list[tuple[int, int]]:
    """The (start, end) of each match of the status cue ``name`` in the sentence ``text`` (as
    ``finditer`` gives them; searched once for the page)."""
    return _SentenceCues(lex, text).spans(name)


class _SentenceCues:
    """Sentence-wide status cues, searched once per (language, sentence) however many triggers ask
    (kept in the sentence's ``SentenceScan`` for the page)."""

    __slots__ = ("lex", "text", "lower", "found", "_may", "_scan", "_gates")

    def __init__(self, lex: Compiled, text: str):
        self.lex = lex
        scan = self._scan = scan_of(text)
        got = scan.memo.get(lex.lang)
        if got is None:
            # (the memo holds no object that holds the scan: a cycle would outlive the page until the
            # garbage collector's next pass)
            got = scan.memo[lex.lang] = (*_absent_cues(lex, scan), _cue_index(lex)[5])
        self.found, self._may, self._gates = got
        self.text, self.lower = text, scan.lower

    def _narrowed(self, name: str, rx: re.Pattern):
        """The cue's pattern for this sentence, or ``_NEVER`` where it has no match here: the literal test
        every pattern gets (``SentenceScan.may``), then, for a long list of alternatives, each branch's own
        literals (``scan.branch_gate``: "denied" lets through every sentence with "no" in it, "ended" every
        German one, where few hold a branch in full), and only the branches that may match are kept
        (``BranchGate.narrowed``: the same matches, with the same groups, some five times faster than the
        whole list tried at every word)."""
        if not self._scan.may(rx):
            return _NEVER
        gate = self._gates.get(name)
        if gate is None:
            return rx
        got = gate.narrowed(rx, self._scan)
        return _NEVER if got is None else got

    def __getitem__(self, name: str) -> re.Pattern:
        """The cue's pattern; one that matches nowhere where the sentence holds none of the literals
        every match of the cue holds, and a long list of alternatives with only the branches that may
        match (it is searched in stretches of this sentence only)."""
        may = self._may.get(name)
        if may is None:
            may = self._may[name] = self._narrowed(name, self.lex.status[name])
        return may

    def spans(self, name: str) -> list[tuple[int, int]]:
        got = self.found.get(name)
        if got is None:
            # (most cues are in no sentence: a cheap test for the literals each match holds first)
            got = self.found[name] = [m.span() for m in self[name].finditer(self.text)]
        return got

    def has(self, name: str) -> bool:
        got = self.found.get(name)
        if got is None:
            if name not in self.lex.status:
                return False
            got = self.spans(name)
        return bool(got)


def _absent_cues(lex: Compiled, scan) -> tuple[dict, dict]:
    """A sentence's (found, may) memos for one language, with the cues it cannot hold already answered:
    no match and ``_NEVER``. A cue all of whose literals are four characters or more is absent where
    none of their first four characters is a piece of the sentence; one set intersection of the
    sentence's pieces with the heads of all the language's cues answers most of its some 30 cues at
    once, where each used to be tested on its own when first asked (``SentenceScan.may``, the same
    answer: a literal in the sentence has its first four characters among its pieces). The others
    (a short literal, a list of alternatives) are tested when asked, as before (speed)."""
    if scan.odd:
        return {}, {}  # (``may`` lets every pattern through: nothing to answer beforehand)
    _status, heads, keys, none_found, none_may, _gates = _cue_index(lex)
    found, may = none_found.copy(), none_may.copy()  # (every such cue absent, then those the pieces allow put back)
    for head in scan.grams & keys:
        for name in heads[head]:
            if name in found:
                del found[name], may[name]
    return found, may


# per language: (its status cues, {a literal's first four characters: the cues one of whose literals starts
# so}, those heads as a set, and {cue: no match} and {cue: ``_NEVER``} for the cues all of whose required
# literals have four characters or more, and {cue: its ``branch_gate``} for the long lists of alternatives)
_CUE_INDEX: dict[str, tuple] = {}
_NO_SPANS: list = []  # (shared: the memo's lists are read, never changed)


def _cue_index(lex: Compiled) -> tuple:
    got = _CUE_INDEX.get(lex.lang)
    if got is None or got[0] is not lex.status:
        heads: dict[str, list[str]] = {}
        indexed = []
        for name, rx in lex.status.items():
            required = required_of(rx)
            if not required or any(len(x) < 4 for x in required):
                continue  # (no literals, or a short one: tested when asked)
            indexed.append(name)
            for head in {x[:4] for x in required}:
                heads.setdefault(head, []).append(name)
        got = _CUE_INDEX[lex.lang] = (lex.status, {h: tuple(ns) for h, ns in heads.items()}, frozenset(heads),
                                      dict.fromkeys(indexed, _NO_SPANS), dict.fromkeys(indexed, _NEVER), _long_gates(lex))
    return got


def _long_gates(lex: Compiled) -> dict:
    """{cue: its ``branch_gate``} for the language's long lists of alternatives (``long_gate``)."""
    gates = {name: long_gate(rx) for name, rx in lex.status.items()}
    return {name: gate for name, gate in gates.items() if gate is not None}


def warm_up() -> None:
    """The cue index and branch gates of every language, worked out at start-up (some 0.5 s: each long
    cue is parsed again) rather than on the first pages; so are the literals the sentence scans test for
    each cue (``sentence_scan.warm_up``: the long lists' wide literals, parsed once more)."""
    for lang in languages_for(None):
        _cue_index(compiled(lang))
        scan_warm_up(compiled(lang).status.values())


class _Never:
    """A pattern with no match (see ``_SentenceCues.__getitem__``)."""

    __slots__ = ()

    def search(self, *_args):
        return None

    match = fullmatch = search

    def finditer(self, *_args):
        return iter(())


_NEVER = _Never()


def _search_outside(rx: re.Pattern, text: str, spans: list[tuple[int, int]]) -> bool:
    """A cue that overlaps a party's own mention ("according to Tesla", "Tesla reported") is a
    statement by that party, not a rumour."""
    for m in rx.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            return True
    return False
