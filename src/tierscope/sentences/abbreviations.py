"""Abbreviations that end in a period without ending the sentence, per language.

Two kinds. ``TITLES`` always come before something (Mr. Smith, Dr. Rossi, z.B. die, No. 3): a period
after them never ends a sentence. ``SUFFIXES`` often end a sentence too (Apple Inc., 5 Mrd., etc.):
after them the sentence ends only when the next word is one that typically starts a sentence.
All keys are lower case, without the final period.
"""

from __future__ import annotations

__all__ = ["TITLES", "SUFFIXES", "STARTERS"]

_COMMON_TITLES = "dr prof no nr nos art ca vs approx cf e.g i.e p pp fig vol ch"

TITLES: dict[str, frozenset[str]] = {
    "en": frozenset(f"""{_COMMON_TITLES} mr mrs ms messrs mme st mt sen rep gov gen col lt sgt capt cmdr
rev hon pres supt maj brig adm cpl insp est dept univ jan feb mar apr jun jul aug sep sept oct nov dec""".split()),
    "it": frozenset(f"""{_COMMON_TITLES} sig sigg sig.ra sigra dott dott.ssa dottssa ing avv geom rag arch
on sen n pag es cfr tel gen feb mar apr mag giu lug ago set ott nov dic s sant mons""".split()),
    "de": frozenset(f"""{_COMMON_TITLES} z.b bzw hr fr frl st u.a d.h vgl ggf inkl zzgl evtl sog bspw v.a
jh abs s str tel bzgl geb gest verh u.ä o.ä dipl ing mag med rer nat jan feb mär apr jun jul aug sept okt nov dez""".split()),
    "fr": frozenset(f"""{_COMMON_TITLES} m mm mme mmes mlle mlles me st ste p.ex env av bd boul tél
janv févr avr juil sept oct déc""".split()),
    "es": frozenset(f"""{_COMMON_TITLES} sr sra srta sres sras dra dras d dña dn lic ing av avda núm n pág p.ej ud
uds vd vds aprox tel dpto ene feb abr jun jul ago sept oct dic""".split()),
}

_COMMON_SUFFIXES = """inc corp co ltd llc plc bros cie mio mrd mld mln mn bn tsd etc jr sr s.p.a spa s.r.l srl
s.a s.l s.a.s sas s.a.r.l sarl s.c.a n.v b.v a.g k.g gmbh u.s u.k e.u u.n a.s id"""
# ("id": Volkswagen's electric models are written "ID. Polo", "ID. Every1", "ID. Buzz")

SUFFIXES: dict[str, frozenset[str]] = {
    "en": frozenset(f"{_COMMON_SUFFIXES} ave blvd dept".split()),
    "it": frozenset(f"{_COMMON_SUFFIXES} soc ecc mld mln mil s.n.c s.c.r.l".split()),
    "de": frozenset(f"{_COMMON_SUFFIXES} usw mio mrd tsd abt str e.v".split()),
    "fr": frozenset(f"{_COMMON_SUFFIXES} soc md mds".split()),
    "es": frozenset(f"{_COMMON_SUFFIXES} cía cia s.coop mill ee ee.uu uu".split()),
}

#: Words that commonly open a sentence; after a SUFFIX abbreviation they signal a new sentence.
STARTERS = frozenset(
    """the this that these those it its he she they we i in on at for but and however also after
before while when as a an there his her their our meanwhile according last next other both
il lo la gli le un una uno nel nella per ma anche dopo secondo inoltre questo questa questi
quest l' i in con da su tra già intanto
der die das ein eine er sie es wir ich im am mit auch aber nach laut zudem dabei dies diese dieser
damit so zuvor bereits
les un une il elle ils elles nous on ce cette ces dans pour mais aussi après selon en par depuis
el los las un una él ella ellos en por pero también tras según además este esta estos esto con""".split()
)
