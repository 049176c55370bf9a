"""Partnership and joint-venture frames: a tie between peers (SYM: "X partners with Y", "a joint
venture of A and B"), the joint owners of a venture (JOINT_OWNERS: "jointly owned by A and B") and
the holders in a relative (JOINT_HOLDERS: "in which A and B each hold 50%").
"""

from __future__ import annotations

import re

from ..compiled import Compiled
from ..groups import Group, _coordinated, has
from .common import _MAX_LEFT, _PERCENT, _RELATIVE, _in_apposition, _in_relative, _left, _right, _unmarked

_I = re.IGNORECASE


#: "their own / separate / respective" before a partnership noun: one venture each, not a shared one
#: a verb (and an auxiliary or adverb) between a subject and its object, nothing else
_VERB_ONLY = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,3}")

_EACH_OWN = re.compile(
    r"\b(?:their\s+own|respective|leurs\s+propres|respectives|sus\s+propias|respectivas|le\s+proprie|rispettive|"
    r"ihre\s+eigenen|jeweiligen|"
    # one each, in the singular: "chacun leur propre", "cada una su propia", "ciascuna la propria", "jeweils ein eigenes"
    r"(?:sa|son|leur)\s+propre|su\s+propi[ao]|(?:la|il)\s+propri[ao]|(?:ein|eine|einen)\s+eigene[nrs]?)\s+(?:[\w-]+\s+){0,2}$", _I)


def read_sym(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X partners with Y", "X and Y set up a joint venture", "ACC, the joint venture of A, B and C"."""
    out = _read_sym(frame, trig, m, groups, text, lex)
    if out and lex.lang in ("en", "es") and _BEGAN_AS.search(text, max(0, m.start() - 40), m.start()):
        # "AESC began life as a joint business of Nissan and NEC", "nació como empresa conjunta de A y
        # B": what the company was once, a tie that is over
        out = [tuple(item[:4]) + ("former",) for item in out]
    return out


#: a company's beginnings, right before the venture noun
_BEGAN_AS = re.compile(r"\b(?:began|begun|started) (?:its )?life as (?:an? )?(?:[\w-]+ )?$|\b(?:nació|nacieron|surgió|surgieron) como (?:una? )?(?:[\w-]+ )?$", _I)


def _read_sym(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    t0, t1 = m.start(), m.end()
    if trig.get("with_relative"):
        return _relative_partner(lex, groups, m, text)
    right = _right(groups, t1)
    if trig["type"] == "partners_with" and _BORN_OF.search(text, max(0, t0 - 28), t0):
        return _born_of_alliance(lex, groups, right, text, t0, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    if right and _hyphen_pair(right[0], text, t1):
        # "Alleanza Iveco-Hyundai", "Acuerdo Iberdrola-Stellantis", "la joint venture Stellantis-CATL":
        # the noun's own pair, named as one compound right after it (a headline's way)
        return [(right[0].names, right[0].names, None, 0.0)]
    if _EACH_OWN.search(text, max(0, t0 - 30), t0) and not any(has(lex, "with", g) and g.start - t1 <= 30 for g in right):
        return out  # "X and Y, which both kept their own joint ventures": each has one, not with the other
    # "A e B hanno costituito Nuove Celle, una joint venture": the parents stand before the venture's
    # name, so they may be that much further from the noun
    appos = _NAMED_BEFORE.search(text, max(0, t0 - 60), t0) if trig["type"] == "joint_venture" else None
    reach = _MAX_LEFT + (t0 - appos.start() if appos else 0)
    lefts = [
        g for g in _left(groups, t0, text, ("report",), lex, reach)
        if not _in_relative(text, g, t0)
        and not (not has(lex, "with", g) and _in_apposition(text, groups, g, t0))
        and (has(lex, "with", g) or not any(has(lex, r, g) for r in ("agent", "recipient", "from", "of", "in")))
    ]
    subj = next((g for g in lefts if not has(lex, "with", g)), None)
    if subj is not None and _POSSESSIVE_APPOSITION(lex, text, subj.end, t0):
        subj = next((g for g in lefts if not has(lex, "with", g) and g.end <= subj.start), None)
    venture = subj
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if (near is not None and near is not subj and text[near.end : t0].lstrip()[:1] == ","
            and len(_venture_parents(lex, groups, right, t1, text)) >= 2):
        venture = near  # "annunciato da ACC, la joint venture fra A e B": an apposition, whatever governs the name
    if trig["type"] == "joint_venture" and venture is not None and (_names_the_venture(lex, text, venture, t0) or _bare_venture(
            lex, groups, right, text, venture, t0, t1)):
        # "ACC, the joint venture between Stellantis, Mercedes-Benz and TotalEnergies": the name
        # before the noun is the venture itself, its parents are the list after it, pairwise
        parents = _venture_parents(lex, groups, right, t1, text)
        if len(parents) >= 2:
            # in apposition ("ACC, the joint venture of ...") it is background to the sentence's
            # own news, and exists; stated with a verb ("X is a joint venture of ...") it is the news
            background = text[venture.end : t0].lstrip().lstrip(")").lstrip()[:1] == "," or re.match(r"\s+\S+\s*,", text[venture.end : t0])
            out.append((parents, parents, None, 0.0, "standing" if background else "active"))
        elif len(parents) == 1:
            owner = _venture_owner(lex, groups, text, venture, right, t1)
            if owner is not None and parents[0] not in owner.names:
                out.append((owner.names, parents, None, -0.05, "standing"))
        elif not parents:
            # "Norvik and Corvalis dissolved Tessaro, the joint venture that ...": the pair that acts on
            # the venture, named as the verb's subject, owns it
            pair = next((g for g in reversed(groups) if g.end <= venture.start), None)
            if (pair is not None and len(pair.names) >= 2 and _unmarked(lex, pair)
                    and _VERB_ONLY.fullmatch(text, pair.end, venture.start)):
                out.append((pair.names, pair.names, None, -0.05))
        if not out:
            # "Horse, la coentreprise que Renault a créée avec Geely", "Covalent, la sociedad que SQM
            # comparte con Wesfarmers": the venture named before, its parents in the relative after
            founded = _venture_relative(lex, groups, right, t1, text)
            if founded is not None:
                out.append(founded)
        return out
    between = _between_parties(lex, groups, right, text, t1)
    if between:
        # "Brixo, set up as a joint venture between A and B", "l'alleanza tra A e B": both parties
        # named after the noun; a subject before it ("X wants to buy Brixo, ...") is none of them
        return [(between, between, None, 0.0)]
    # (a partnership too, in English and Spanish: "la alianza que X mantiene con Y", "the partnership that X has with Y")
    founded = _venture_relative(lex, groups, right, t1, text) if trig["type"] == "joint_venture" or lex.lang in ("en", "es") else None
    if founded is not None:
        out.append(founded)
        return out
    wl = next((g for g in lefts if has(lex, "with", g) and (subj is None or g.start > subj.end)), None)
    if subj is None and wl is not None:
        subj = _relative_with_subject(lex, groups, wl, text)
    if wl is None and subj is not None:
        # "Con Toyota, BMW porta avanti una collaborazione": the partner fronted before the subject
        wl = next((g for g in lefts if has(lex, "with", g) and g.end <= subj.start and _fronted(lex, text, g, subj)), None)
    near = 60 if trig.get("strict") else 25
    rwith = next((g for g in right if has(lex, "with", g)), None)
    if rwith is None and not trig.get("strict") and wl is None:
        # (a partner named with "with" before the noun outranks a bare name after it: "gründet mit Y
        # ein Gemeinschaftsunternehmen, Z schaut zu")
        rwith = next((g for g in right if _unmarked(lex, g) and g.start - t1 <= near), None)
        if rwith is not None and subj is not None and re.search(r"[,;:]", text[t1 : rwith.start]):
            # "buys cells from Y under a partnership announced on Monday, Z said": a name past a
            # comma opens another clause (its speaker, its subject), no partner of the noun
            rwith = None
        if (rwith is not None and lex.lang in ("en", "es") and subj is not None and len(subj.names) >= 2
                and _RELATIVE.search(text, t1, rwith.start)):
            # "A and B announced a partnership that Z criticised", "A y B firmaron una alianza que Z
            # critica": the pair are the partners, the relative's subject is not one
            rwith = None
        if (rwith is not None and trig["type"] == "joint_venture" and _VENTURE_NAME_GAP.fullmatch(text, t1, rwith.start)
                and not _RELATIVE.search(text, t1, rwith.start)):
            # "... formed the joint venture ACC", "la joint venture paritetica LRMV": the venture's
            # own name, not a partner
            if subj is not None and len(subj.names) >= 2:
                out.append((subj.names, subj.names, None, 0.0))
                return out
            rwith = None
    if subj is not None and rwith is not None and rwith.names != subj.names:
        # "alianzas con Mercedes-Benz y con Stellantis": partners that repeat "with" are one list
        partners = _coordinated(lex, groups, rwith, text, ("with",)) if has(lex, "with", rwith) else rwith.names
        out.append((subj.names, partners, None, 0.0))
        if _one_venture_of_all(trig, m, partners):
            out.append((partners, partners, None, -0.03))
    elif subj is not None and wl is not None and (not trig.get("strict") or _same_clause(text, wl.end, t0, 60)):
        out.append((subj.names, wl.names, None, -0.03))
        if _one_venture_of_all(trig, m, wl.names):
            out.append((wl.names, wl.names, None, -0.05))
    # (a list after "with" and no subject is not a pair of partners: "Nel premium [Brembo] lavora con BMW,
    # Mercedes-Benz e Porsche" names one company's partners, not ties among them)
    elif wl is not None and len(wl.names) >= 2:
        out.append((wl.names, wl.names, None, 0.0))
    elif (subj is not None and len(subj.names) >= 2 and (not trig.get("strict") or _same_clause(text, subj.end, t0, 60))
            and not _each_with_others(text, subj.end, t0, t1)):
        out.append((subj.names, subj.names, None, 0.0))
    if not out and subj is None and lex.verb_final and rwith is not None and has(lex, "with", rwith) and len(rwith.names) == 1:
        # "Ein Gemeinschaftsunternehmen mit Wolfspeed verfolgt Infineon nicht weiter": the subject
        # follows the verb
        inv = next((g for g in right if g.start > rwith.end and _unmarked(lex, g) and g.start - rwith.end <= 40
                    and not re.search(r"[,;:()]", text[rwith.end : g.start])), None)
        if inv is not None:
            out.append((inv.names, rwith.names, None, -0.05))
    if not out and trig["type"] == "joint_venture":
        # "la coentreprise de Stellantis, Mercedes-Benz et TotalEnergies", "la joint venture di X con Y"
        ofg = next((g for g in right if has(lex, "of", g) and g.start - t1 <= 8), None)
        if ofg is None:
            # "das Gemeinschaftsunternehmen Brixo von A und B", "la empresa conjunta Brixo, de A y B":
            # the venture's own name between the noun and its parents
            named = next((g for g in right if g.start - t1 <= 4), None)
            if named is not None and len(named.names) == 1 and _unmarked(lex, named) and not text[t1 : named.start].strip():
                ofg = next((g for g in right if g.start > named.end and has(lex, "of", g) and len(g.names) >= 2
                            and re.fullmatch(r"\s*,?\s*", text[named.end : g.marker_start])), None)
        if ofg is None:
            founders = _venture_parents(lex, groups, right, t1, text)
            if len(founders) >= 2:
                out.append((founders, founders, None, -0.05))
        # "la filiale commune de A et du fonds B": parents that repeat "de" past a description
        parents = _coordinated(lex, groups, ofg, text, ("of",)) if ofg is not None and len(ofg.names) == 1 else []
        if len(parents) >= 2 and (rwith is None or not has(lex, "with", rwith)):
            out.append((parents, parents, None, -0.05))
        elif ofg is not None and len(ofg.names) >= 2:
            out.append((ofg.names, ofg.names, None, -0.05))
        elif ofg is not None and rwith is not None and rwith is not ofg and has(lex, "with", rwith):
            out.append((ofg.names, rwith.names, None, -0.05))
    if not out and trig["type"] == "partners_with" and lex.lang == "de" and rwith is not None and has(lex, "with", rwith):
        # "die Zusammenarbeit von X mit Y", "die Kooperation des Zulieferers X mit Y": the noun's "of"
        # names one partner, its "with" the other
        ofg = next((g for g in right if has(lex, "of", g) and g.start - t1 <= 40 and g.end <= rwith.start
                    and not re.search(r"[,;:()]", text[t1 : rwith.start])), None)
        if ofg is not None and ofg.names != rwith.names:
            out.append((ofg.names, rwith.names, None, -0.05))
    if not out and trig["type"] == "partners_with" and not trig.get("bare"):
        # "the alliance of A and B", "die Kooperation von A und B", "le partenariat de A et B": the
        # noun's own pair, right after it
        ofg = next((g for g in right if has(lex, "of", g) and len(g.names) >= 2 and _OF_PAIR_GAP.fullmatch(text, t1, g.marker_start)), None)
        if ofg is not None:
            out.append((ofg.names, ofg.names, None, -0.05))
    if not out and subj is None and wl is None and rwith is None:
        # "... che i due gruppi realizzano attraverso una joint venture": the pair named before
        pair = _pair_before_anaphor(lex, groups, text, max(0, t0 - 60), min(len(text), t1 + 40))
        if pair is not None:
            out.append((pair.names, pair.names, None, -0.05))
    return out


#: a plural venture noun: one venture with each partner ("formed joint ventures with A and B"), not one of all
_PLURAL_VENTURES = re.compile(r"\b(?:joint[- ]ventures|JVs|ventures|coentreprises|co-entreprises|soci[ée]t[ée]s communes|"
                              r"empresas conjuntas|sociedades conjuntas|societ[àa] comuni|joint-ventures)\b", _I)


def _one_venture_of_all(trig: dict, m: re.Match, partners: list[str]) -> bool:
    """A joint venture told of a subject "with A and B" ("X baut zusammen mit A und B eine Zellfabrik",
    "X builds the plant together with A and B"): one venture whose parents are all three, so A and B
    are parents together too (the guidelines pair a venture's parents pairwise); not a plural noun
    (one venture with each), nor a partnership (X's partners are not each other's)."""
    return trig["type"] == "joint_venture" and len(partners) >= 2 and not _PLURAL_VENTURES.search(m.group(0))


#: the preposition that names both parties of a tie, after the noun and an adjective or two
#: ("joint venture paritetica tra", "strategic alliance between", "coentreprise associant")
#: (or a verb of bringing the parties together, right after the noun: "the joint venture bringing together
#: A, B and C", "la coentreprise réunissant", "la joint venture che riunisce", "la empresa conjunta que
#: reúne a": the parties are its members, as with "between")
_BETWEEN = re.compile(r"(?:\s+(?-i:[a-zà-öø-ÿ])[\w'’-]*){0,2}\s+(?:between|among|tra|fra|zwischen|entre|associant|"
                      r"bringing\s+together|uniting|réunissant|regroupant|unissant|riunisce|riuniscono|unisce|raggruppa|"
                      r"reúne\s+a|une\s+a|agrupa\s+a)\s", _I)


def _between_parties(lex: Compiled, groups: list[Group], right: list[Group], text: str, t1: int) -> list[str]:
    """"a joint venture between A and B", "la collaborazione tra A e B", "die Allianz zwischen A und
    B", "una coentreprise associant A et B": two parties or more listed right after the noun's
    "between" (a description of the first one at most between)."""
    m = _BETWEEN.match(text, t1)
    if m is None:
        return []
    first = next((g for g in right if g.start >= m.end() - 1), None)
    if first is None or first.start - m.end() > 30 or re.search(r"[,;:()]", text[m.end() - 1 : first.start]):
        return []
    if not first.marker_start >= m.start() and not _unmarked(lex, first):
        return []
    names = _coordinated(lex, groups, first, text, ("with", "of")) if len(first.names) == 1 else list(first.names)
    return names if len(names) >= 2 else []


#: between a partnership noun and its "of": an adjective or two at most
_OF_PAIR_GAP = re.compile(r"\s*(?:(?-i:[a-zà-öø-ÿ])[\w'’-]*\s+){0,2}")


#: "X and Y have both signed deals with carmakers", "X y Z han firmado ambas acuerdos con fabricantes":
#: a distributive word after the pair, then "with" someone else: each has its own partner
_EACH = re.compile(r"\b(?:both|each|ambos|ambas|cada una?)\b", _I)
_WITH_OTHER = re.compile(r"[^,;:()]{0,40}?\b(?:with|con)\s+(?!each other\b|one another\b|s[íi]\b|(?:el|la) otr[ao]\b)", _I)


def _each_with_others(text: str, subj_end: int, t0: int, t1: int) -> bool:
    return bool(_EACH.search(text, subj_end, t0)) and bool(_WITH_OTHER.match(text, t1))


def _relative_with_subject(lex: Compiled, groups: list[Group], wl: Group, text: str) -> Group | None:
    """"la logique de Stellantis, qui a créé avec CATL une coentreprise", "il nome di Rheinmetall, che
    con Leonardo ha costituito una joint venture": the partner named with "with" inside a subject
    relative; the relative's antecedent is the other parent, whatever preposition governs it."""
    if lex.lang not in ("fr", "it"):
        return None
    ante = next((g for g in reversed(groups) if g.end <= wl.start and g is not wl), None)
    if ante is None or len(ante.names) != 1 or has(lex, "with", ante):
        return None
    return ante if lex.rel_subject.fullmatch(text, ante.end, wl.marker_start) else None


def _relative_partner(lex: Compiled, groups: list[Group], m: re.Match, text: str):
    """A partnership verb in a relative of "with" ("Brixo, con la que colabora desde 2021", "Brixo,
    avec laquelle il travaille", "Brixo, con la que Corvalis coopera"): the antecedent works with the
    relative's subject; a subject dropped or a pronoun is the subject of the main clause."""
    t0 = m.start()
    if lex.with_rel is None:
        return []
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if near is None:
        return []
    head = prev = None
    if lex.with_rel.fullmatch(text, near.end, t0):
        head = near  # "Brixo, con la que (ya) colabora"
    elif re.fullmatch(r"\s+(?:\w+\s+)?" if lex.lang != "de" else r"\s+(?:[\w-]+\s+){0,3}", text[near.end : t0]):
        # (German puts its verb last: "mit der Corvalis seit 2023 zusammenarbeitet")
        prev = next((g for g in reversed(groups) if g.end <= near.start), None)
        if prev is not None and lex.with_rel.fullmatch(text, prev.end, near.start):
            # "Brixo, con la que Corvalis colabora"; "mit der Corvalis", "con quien Corvalis": the
            # relative's own preposition may have been read as the subject's marker
            head = prev
        elif not _unmarked(lex, near):
            return []
    if head is None:
        return []
    if head is near:
        subj = next((g for g in _left(groups, head.start, text, ("report",), lex, 120) if _unmarked(lex, g)
                     and not re.search(r"[;:]", text[g.end : head.start])), None)
    else:
        subj = near
    if subj is None or subj.names == head.names:
        return []
    return [(subj.names, head.names, None, -0.03, "active")]


def read_joint_owners(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"ACC, jointly owned by Stellantis, Mercedes-Benz and TotalEnergies": the owners are partners in
    a joint venture."""
    t1 = m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    # "ACC, jointly owned by Stellantis, Mercedes-Benz and TotalEnergies": the owners are the
    # parents of a joint venture, pairwise; one owner alone says nothing of the others
    first = next((g for g in right if g.start - t1 <= 30 and not re.search(r"[,;:()]", text[t1 : g.start])), None)
    if trig.get("shares"):
        owners = _owners_with_shares(lex, groups, first, m, text) if first is not None else []
    else:
        owners = _coordinated(lex, groups, first, text, ("agent", "of", "with")) if first is not None else []
    if not owners:
        # "participada al 50% por ambas compañías": the pair named before
        pair = _pair_before_anaphor(lex, groups, text, t1, min(len(text), t1 + 20))
        owners = pair.names if pair is not None else []
    if trig.get("plain") and len(owners) == 2 and first is not None and _OWNER_THEN_OTHER.match(text, (first.ends or [first.end])[0]):
        # "Brenta, owned by A, and Tessaro, owned by B": two ventures with an owner each, not joint owners
        return out
    if len(owners) >= 2 and first is not None:
        owners = [n for n in owners if not _minority_companion(groups, first, n, text)]
    if len(owners) >= 2:
        out.append((owners, owners, None, 0.0))
    return out


#: a companion named with its minority role ("with Kelda as a minority shareholder", "con Kelda come
#: azionista di minoranza", "avec Kelda comme actionnaire minoritaire", "mit Kelda als
#: Minderheitsaktionär", "con Kelda como accionista minoritario"): a minority holder, not a joint owner
_AS_MINORITY = re.compile(
    r"\s*,?\s*(?:as|come|comme|als|como)\s+(?:(?:an?|un|una|une|its|il|suo|son|sein|su)\s+)?"
    r"(?:minority\b|minoritaire|(?:actionnaire|associé)\s+minoritaire|minoritari[oa]|Minderheits|(?:azionista|socio|partner)\s+di\s+minoranza|(?:accionista|socio)\s+minoritari[oa])", re.IGNORECASE)


def _minority_companion(groups: list[Group], first: Group, name: str, text: str) -> bool:
    """The owner ``name``, not the first one, is told right after its name as a minority holder."""
    if name in first.names[:1]:
        return False
    for g in groups:
        for n, e in zip(g.names, g.ends or [g.end]):
            if n == name and g.start >= first.start and _AS_MINORITY.match(text, e):
                return True
    return False


#: after the first owner, a comma before the conjunction: another company's clause may follow
_OWNER_THEN_OTHER = re.compile(r"\s*,\s*(?:and|y|e|et|und)\s", re.IGNORECASE)


#: the smallest share that makes an owner a joint owner rather than a minority investor
_JOINT_SHARE = 20.0


def _owners_with_shares(lex: Compiled, groups: list[Group], first: Group, m: re.Match, text: str) -> list[str]:
    """"controllata al 51% da A e al 49% da B": owners named each after its own share, joined by a
    conjunction; joint owners only when every share is a substantial one (not "al 95% da A e al 5% da B")."""
    shares = [float(p.group(1).replace(",", ".")) for p in _PERCENT.finditer(m.group(0))][-1:]
    names, prev = list(first.names), first
    for g in groups:
        if g.start <= prev.end:
            continue
        gap = text[prev.end : g.marker_start]
        share = _PERCENT.search(gap)
        words = gap.split()
        if not has(lex, "agent", g) or share is None or not words or not lex.coord.match(words[0]) or re.search(r"[;:()]", gap) or len(gap) > 40:
            break
        shares.append(float(share.group(1).replace(",", ".")))
        names.extend(n for n in g.names if n not in names)
        prev = g
    return names if len(shares) == len(names) and min(shares) >= _JOINT_SHARE else []


def read_joint_holders(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"X, in which Stellantis and CATL each hold 50%": the holders are partners in a joint venture."""
    t0 = m.start()
    out: list[tuple[list[str], list[str], str | None, float]] = []
    # "X, in which Stellantis and CATL each hold 50%": the coordinated holders are the parents
    holders = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if not re.search(r"[;:]", text[g.end : t0])), None)
    if holders is not None and len(holders.names) >= 2:
        out.append((holders.names, holders.names, None, 0.0))
    return out


# a name (capitalised words, no company mention needed) in apposition right before the noun
_NAMED_BEFORE = re.compile(
    r"(?-i:[A-ZÀ-ÖØ-Þ])[\w&.-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w&.-]*){0,3}\s*,\s*"
    r"(?:una|la|the|a|an|die|das|ein|eine|une|el|nuova|new|neue[ns]?|nouvelle|nueva)\s+(?:[\w-]+\s+)?$"
)


def _names_the_venture(lex: Compiled, text: str, subj: Group, t0: int) -> bool:
    """"ACC, the joint venture ...", "Ultium CAM est une coentreprise de ...", "ACC wurde als
    Gemeinschaftsunternehmen von ... gegründet": the name stands in apposition to the noun."""
    return lex.venture_appos is not None and lex.venture_appos.fullmatch(text, subj.end, t0) is not None


_BARE_COMMA = re.compile(r"\s*,\s*")


def _bare_venture(lex: Compiled, groups: list[Group], right: list[Group], text: str, venture: Group, t0: int, t1: int) -> bool:
    """"Brixo, coentreprise entre A et B", "Brixo, joint venture tra A e B": an apposition without an
    article, as news often writes it; one name before the comma and two parents or more after the
    noun (not "A and B, joint venture partners", not "A, joint venture partner of B")."""
    return (len(venture.names) == 1 and _BARE_COMMA.fullmatch(text, venture.end, t0) is not None
            and len(_venture_parents(lex, groups, right, t1, text)) >= 2)


def _venture_parents(lex: Compiled, groups: list[Group], right: list[Group], t1: int, text: str) -> list[str]:
    """The parents listed right after a joint-venture noun ("between A and B", "de A et de B", "tra A,
    B e C"), a couple of words (an adjective) at most between; never "a venture to supply A and B"."""
    first = next((g for g in right if (has(lex, "with", g) or has(lex, "of", g)) and not has(lex, "recipient", g) and g.marker_start - t1 <= 25
                  and not re.search(r"[,;:()]", text[t1 : g.start])), None)
    if first is None:
        # "the joint venture formed by A and B", "la coentreprise créée par A et B": the founders, the agent of its founding
        first = next((g for g in right if _FOUNDED_BY.fullmatch(text, t1, g.start)), None)
        return _coordinated(lex, groups, first, text, ("agent",)) if first is not None else []
    return _coordinated(lex, groups, first, text, ("with", "of")) if first is not None else []


#: "born of the alliance of": what an alliance gave birth to is a company the allies founded together
#: ("Kelda, la società delle batterie nata dall'alleanza tra A, B e C", "Kelda, née de l'alliance entre A et B")
_BORN_OF = re.compile(r"\b(?:nat[aoie]\s+(?:nel\s+(?:19|20)\d\d\s+)?dall['’]\s*|(?:née?s?|issue?s?)\s+(?:en\s+(?:19|20)\d\d\s+)?de\s+l['’]\s*)$", _I)
#: the company that was born, in apposition right before: "Kelda, la società (delle batterie) nata ...",
#: or named (or described: "la società delle batterie", resolved to Kelda) right before the participle
_BORN_NAME = re.compile(r"\s*\)?\s*(?:,\s*(?:(?:la|il|lo|le|une?|l['’])\s*(?:[\w'’-]+\s+){0,6}?)?)?(?=(?:nat|née?|issue?)\w*\s)", _I)


def _born_of_alliance(lex: Compiled, groups: list[Group], right: list[Group], text: str, t0: int, t1: int):
    """"Kelda, la società nata dall'alleanza tra A, B e C": a joint venture of A, B and C, which stands
    (nothing about Kelda's own tie to them: it is their venture). Without a company named just before
    ("una fase nata dall'alleanza tra A e B") the allies are only partners."""
    parents = _venture_parents(lex, groups, right, t1, text)
    born = next((g for g in reversed(groups) if g.end <= t0), None)
    if len(parents) < 2:
        return []
    if born is None or _BORN_NAME.match(text, born.end, t0) is None or set(born.names) & set(parents):
        return [(parents, parents, None, 0.0)]
    return [(parents, parents, "joint_venture", 0.0, "standing")]


#: between a joint-venture noun and its founders' agent marker: the participle of founding, a year at most;
#: the venture's business may come first ("la società comune per le celle a combustibile creata da", "la
#: coentreprise de cellules pour voitures électriques formée par")
_FOUNDED_BY = re.compile(
    r"(?:\s+(?:per|de|d['’]|pour)\s*(?:(?-i:[a-zà-öø-ÿ])[\w'’-]*\s+){1,6}?)?"
    r"\s*,?\s*(?:(?:jointly|first|originally|conjointement|congiuntamente)\s+)?(?:formed|set up|created|founded|established|launched|formée?s?|créée?s?|fondée?s?|constituée?s?"
    r"|lancée?s?|gegründet|ins Leben gerufen|creat[ao]|fondat[ao]|costituit[ao]|lanciat[ao]|promoss[ao])"
    r"(?:\s+(?:in|en|im Jahr|nel)\s+(?:19|20)\d\d)?\s+(?:by|par|von|da|dal|dalla|dai|dalle)\s+(?:the\s+|les\s+|den\s+)?"
    # a description of the first founder ("par le constructeur chinois X", "dal costruttore cinese X")
    r"(?:(?:(?:le|la|l['’]|il|lo)\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w-]*\s+){1,3})?", re.IGNORECASE)


def _venture_owner(lex: Compiled, groups: list[Group], text: str, venture: Group, right: list[Group], t1: int) -> Group | None:
    """"Its Chinese business, Y, a joint venture with Z", "X's Chinese unit, Y, a joint venture with Z":
    with one partner named "with", the venture's other parent is the possessor of the noun the
    venture's name is in apposition to ("X operates Y, a joint venture with Z" names an operator)."""
    if not any(has(lex, "with", g) and g.marker_start - t1 <= 25 for g in right):
        return None
    owner = next((g for g in reversed(groups) if g.end <= venture.start), None)
    if owner is None:
        return None
    possessed = _POSSESSED_NOUN.fullmatch(text, owner.end, venture.start)
    pronoun = lex.possessive.fullmatch(text, owner.start, owner.end) is not None
    if possessed is None and _unmarked(lex, owner) and _RUNS.fullmatch(text, owner.end, venture.start):
        return owner  # "X also operates Y, a joint venture with Z": the subject that runs or owns it
    return owner if possessed is not None and (pronoun or possessed.group(1)) else None


#: the subject's verb of running or owning right before the venture's name ("X also operates Y,", "X
#: opera también Y,"); a passive ("is run by X") or another verb names no parent
_RUNS = re.compile(
    r"\s+(?:also\s+|already\s+|still\s+|now\s+|ya\s+|además\s+)?(?:operates|runs|owns|controls|holds|opera|gestiona|posee|controla)"
    r"(?:\s+(?:también|además|ya))?\s+", _I)


#: "Its Chinese business, " / "'s battery unit, ": a noun phrase owned by the name before it, then a comma
_POSSESSED_NOUN = re.compile(r"(['’]s?)?\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,\s*")


#: between a joint-venture noun and the venture's own name: a couple of lower-case words at most
#: ("the joint venture ACC", "la joint venture paritetica LRMV", "a joint venture called Ultium")
_VENTURE_NAME_GAP = re.compile(r"\s*(?:(?-i:[a-zà-öø-ÿ0-9])[\w%'’-]*\s+){0,2}")


#: a relative clause right after a joint-venture noun (an adjective or two between)
_REL_AFTER = re.compile(r"(?:\s+(?-i:[a-zà-öø-ÿ0-9])[\w%'’-]*){0,2}\s*,?\s*(?:(?:that|which|che|que|das|die|den|der)\s|qu['’])", _I)


_ARTICLE_GAP = re.compile(r"\s*(?:[\w'’]{1,4}\s+)?")


def _venture_relative(lex: Compiled, groups: list[Group], right: list[Group], t1: int, text: str):
    """"la joint venture che il gruppo ha costituito con la belga Punch", "the venture that Ford formed
    with SK On", "das Gemeinschaftsunternehmen, das BMW mit Toyota gegründet hat": the subject of the
    relative clause and its partner are the parents."""
    m = _REL_AFTER.match(text, t1)
    if m is None and lex.lang == "en":
        # English leaves the relative word out: "the joint venture Umicore formed with PowerCo"
        founder = next((g for g in right if g.start > t1 and not text[t1 : g.start].strip() and _unmarked(lex, g)), None)
        if founder is None or not _FOUNDED_AFTER.match(text, founder.end):
            return None
    elif m is None:
        return None
    else:
        # the relative's own subject follows it at once (an article at most): not "that supplies Ford"
        founder = next((g for g in right if g.start >= m.end() and _ARTICLE_GAP.fullmatch(text, m.end(), g.start) and _unmarked(lex, g)), None)
    if founder is None:
        return None
    partner = next((g for g in right if g.start > founder.end and has(lex, "with", g) and g.start - founder.end <= 60
                    and not re.search(r"[,;:()]", text[founder.end : g.start])), None)
    if partner is None:
        return None
    if _HOLDS_TIE.match(text, founder.end, partner.marker_start):
        # "la alianza que X mantiene con Y", "the partnership X has with Y": a tie that exists
        return founder.names, _coordinated(lex, groups, partner, text, ("with",)), None, 0.0, "active"
    return founder.names, _coordinated(lex, groups, partner, text, ("with",)), None, 0.0


#: an English contact relative's verb of founding right after its subject ("the venture Umicore formed with")
_FOUNDED_AFTER = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:formed|set\s+up|created|established|launched|founded|started)\s+with\b", _I)


#: a present verb of holding a tie, right after the relative's subject
_HOLDS_TIE = re.compile(r"\s+(?:mantiene|mantienen|tiene|tienen|has|have|maintains|maintain)\b", _I)


# an adverb of joint work before the fronted partner, and the partner's home town after it
_TOGETHER_LEAD = re.compile(r"(?:^|(?<=[;:.]))\s*(?:Gemeinsam|Zusammen|Together|Insieme|Assieme|Conjointement|Ensemble|Junto|Conjuntamente)\s*$")
_ORIGIN = re.compile(r"^\s+(?:aus|from)\s+(?-i:[A-ZÄÖÜ])[\w-]*(?=\s)")


#: between a fronted "con Y" / "avec Y" and the subject with no comma: a description of the subject
#: at most ("Con Y il gruppo X ha in corso una collaborazione")
_FRONTED_NO_COMMA = re.compile(r"\s+(?:(?-i:[a-zà-öø-ÿ])[\w'’-]*\s+){0,2}")


def _opens(text: str, g: Group) -> bool:
    """Do the group and its preposition open the clause ("Gemeinsam mit X will Y ...")?"""
    lead = _TOGETHER_LEAD.sub("", text[: g.marker_start])
    return not lead.strip() or re.search(r"[;:.]\s*$", lead) is not None


def _fronted(lex: Compiled, text: str, g: Group, subj: Group) -> bool:
    """"Con Geely, invece, STMicroelectronics ha aperto ...": the group and its preposition open the
    clause, and a comma and at most a couple of words part it from the subject; in a verb-second
    language the finite verb does ("Mit Alperia hat Alpitronic ... unterzeichnet": ``fronted_gap``);
    in the Romance languages a description of the subject may follow with no comma ("Con Y il gruppo X")."""
    gap = _ORIGIN.sub("", text[g.end : subj.start])  # ("mit der X AG aus Hoyerswerda will Y")
    return _opens(text, g) and (re.fullmatch(r"\s*,(?:\s*[\w'’-]+){0,2}\s*,?\s*", gap) is not None
                                or (lex.fronted_gap is not None and lex.fronted_gap.fullmatch(gap) is not None)
                                # "Mit Y kooperiert X": the subject after the verb, placed before it (zero width)
                                or (lex.fronted_gap is not None and subj.start == subj.end and not gap.strip())
                                or (lex.lang in ("it", "es", "fr") and _FRONTED_NO_COMMA.fullmatch(gap) is not None))


def _pair_before_anaphor(lex: Compiled, groups: list[Group], text: str, lo: int, hi: int) -> Group | None:
    """"the two companies", "i due gruppi", "ambas compañías" in text[lo:hi] stand for the nearest
    pair of coordinated names before them in the sentence."""
    if lex.pair_anaphor is None:
        return None
    m = lex.pair_anaphor.search(text, lo, hi)
    if m is None:
        return None
    return next((g for g in reversed(groups) if g.end <= m.start() and len(g.names) == 2), None)


def _same_clause(text: str, a: int, b: int, limit: int) -> bool:
    """Is text[a:b] short and free of clause punctuation? "BMW and Kia signed a deal" but not "supplies
    BMW and Kia with modules, the contract runs to 2030": a weak noun needs its pair as the subject."""
    return b - a <= limit and not re.search(r"[,;:()]", text[a:b])


def _POSSESSIVE_APPOSITION(lex: Compiled, text: str, a: int, b: int) -> bool:
    """", its joint venture with": the name before the comma is the venture, the owner of "its" is
    the clause subject."""
    gap = text[a:b]
    if not gap.strip().startswith(","):
        return False
    rest = gap.strip()[1:].strip()
    first = rest.split(" ", 1)[0] if rest else ""
    return bool(first) and lex.possessive.fullmatch(first) is not None


def _hyphen_pair(g, text: str, t1: int) -> bool:
    """Two companies joined by a bare hyphen ("Iveco-Hyundai") right after the trigger's noun."""
    return (len(g.names) == 2 and len(g.firsts) == 2 and not text[t1 : g.start].strip()
            and text[g.ends[0] : g.firsts[1]] == "-")
