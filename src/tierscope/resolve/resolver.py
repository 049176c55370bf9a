"""One node per company: cluster the names seen in a corpus and pick one representative per cluster.

Pure: built from plain data (known entities, user decisions), ``resolve(names)`` returns a dict.

Rules, applied in this order (automatic rules never join two different known entities):

1. **Known entities.** Every known entity's canonical name and aliases (former names included) join
   one cluster, represented by the canonical name. An alias that two entities both claim is
   ambiguous and is not used (a canonical name beats another entity's alias). Where two known
   companies share a key ("Porsche" / "Porsche SE"), that key is resolved on the exact written
   form, legal form kept.
2. **Same key.** Names with the same ``normalize`` key, or the same key once spaces are removed
   ("Mercedes-Benz" / "MercedesBenz"), are one company.
3. **Bare genitive.** "Teslas" joins "Tesla" when "Tesla" is a seen or known name (never on its own:
   "Siemens" is not a genitive).
4. **Acronyms.** A name written as one capitalised token ("JLR", "LGES") joins the one multi-word
   name whose initials it is ("Jaguar Land Rover", "LG Energy Solution"), only when exactly one
   cluster (corpus names and known entities) has those initials.
5. **Guarded fuzzy match** for spelling slips ("Volkswagon", "Stelantis"): same number of tokens,
   same first token when there are several, at most one token differing, by at most 1 edit (2
   for tokens of 8+ characters), never in a token of 4 characters or fewer, same digits, and a
   rapidfuzz ratio of the whole keys >= ``fuzzy_threshold``.

   Nothing else joins names. In particular a name that is another name plus distinctive words
   ("Envision AESC" / "Envision", "Samsung SDI" / "Samsung Electronics", "Ford Otosan" / "Ford")
   stays a different company unless a known alias or a user decision says otherwise.
6. **Former names stated in articles** ("Voltaria Energia, formerly Padana Accumulatori", found by
   ``resolve.renames``): the two names are one company, named by its current name, unless both are
   different companies of the gazetteer.
7. **User decisions**, replayed in order on every run (after the renames, so a split undoes one): ``merge(a, b)``, ``split(name)`` (takes the
   name out of its cluster), ``alias(company, alias)`` (like merge, and ``company``'s cluster is
   represented by ``company``).

Representative: the known canonical name; else the name a user gave in ``alias``; else among the
corpus names of the cluster the full form (not an acronym) written in normal case (not "BRENNERO
MOTORS", not "brennero motors") that is most frequent, then has most words, then is longest, then
sorts first, written as ``display_name`` shows it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from ..ids import company_key
from .names import acronym_variants, display_name, looks_like_acronym, normalize, strip_genitive

__all__ = ["KnownEntity", "Decision", "Resolver", "PairScores", "evaluate_pairs"]


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """A company the gazetteer (or the user) knows: canonical name, aliases (former names too),
    and the canonical name of its parent, if any."""

    canonical: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None

    @classmethod
    def coerce(cls, item: Any) -> "KnownEntity":
        """Accept ``(canonical, aliases[, parent])``, a dict (``canonical``/``name``, ``aliases``,
        ``parent``) or any object with those attributes."""
        if isinstance(item, KnownEntity):
            return item
        if isinstance(item, str):
            return cls(item)
        if isinstance(item, Mapping):
            canonical = item.get("canonical") or item.get("name")
            aliases = item.get("aliases") or ()
            parent = item.get("parent")
        elif isinstance(item, (tuple, list)):
            canonical = item[0]
            aliases = item[1] if len(item) > 1 and item[1] else ()
            parent = item[2] if len(item) > 2 else None
        else:
            canonical = getattr(item, "canonical", None) or getattr(item, "name", None)
            aliases = getattr(item, "aliases", ()) or ()
            parent = getattr(item, "parent", None)
        if not canonical:
            raise ValueError(f"known entity without a canonical name: {item!r}")
        if isinstance(aliases, str):
            aliases = (aliases,)
        return cls(str(canonical), tuple(str(a) for a in aliases), str(parent) if parent else None)


@dataclass(frozen=True, slots=True)
class Decision:
    """A user decision. ``op``: "merge" (a, b), "split" (a), "alias" (a = company, b = alias)."""

    op: str
    a: str
    b: str | None = None

    def __post_init__(self):
        if self.op not in ("merge", "split", "alias"):
            raise ValueError(f"unknown resolver decision {self.op!r} (merge, split or alias)")
        if self.op != "split" and not self.b:
            raise ValueError(f"{self.op} needs two names")

    def to_dict(self) -> dict[str, str]:
        if self.op == "merge":
            return {"op": "merge", "a": self.a, "b": self.b or ""}
        if self.op == "split":
            return {"op": "split", "name": self.a}
        return {"op": "alias", "company": self.a, "alias": self.b or ""}

    @classmethod
    def coerce(cls, item: Any) -> "Decision":
        if isinstance(item, Decision):
            return item
        if isinstance(item, Mapping):
            op = item.get("op") or item.get("action")
            if op == "merge":
                return cls("merge", item["a"], item["b"])
            if op == "split":
                return cls("split", item.get("name") or item["a"])
            if op == "alias":
                return cls("alias", item.get("company") or item["a"], item.get("alias") or item["b"])
            raise ValueError(f"unknown resolver decision {op!r} (merge, split or alias)")
        op, *rest = item
        return cls(op, rest[0], rest[1] if len(rest) > 1 else None)


def _key(name: str) -> str:
    return normalize(name) or " ".join(name.split()).casefold()


_EXACT = "\x00exact:"


def _exact(name: str) -> str:
    return company_key(display_name(name))


class _UF:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.entity: dict[str, int] = {}  # root -> known entity index (at most one)

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        p = self.parent
        p.setdefault(x, x)
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: str, b: str) -> bool:
        """Join unless that would put two different known entities together."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ea, eb = self.entity.get(ra), self.entity.get(rb)
        if ea is not None and eb is not None and ea != eb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if ea is None and eb is not None:
            self.entity[ra] = eb
        self.entity.pop(rb, None)
        return True


def _fuzzy_ok(k1: str, k2: str, threshold: float) -> bool:
    if k1 == k2:
        return True
    t1, t2 = k1.split(), k2.split()
    if len(t1) != len(t2):
        return False  # one name is the other plus (or minus) a word: never by fuzz
    if len(t1) > 1 and t1[0] != t2[0]:
        return False
    if [c for c in k1 if c.isdigit()] != [c for c in k2 if c.isdigit()]:
        return False
    diff = [(a, b) for a, b in zip(t1, t2) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    if min(len(a), len(b)) <= 4 or a[0] != b[0]:
        return False
    if len(t1) == 1 and min(len(a), len(b)) < 6:
        return False
    if len(t1) == 1 and (a + "s" == b or b + "s" == a):  # "Siemen"/"Siemens": rule 3's call, not fuzz
        return False
    allowed = 2 if min(len(a), len(b)) >= 8 else 1
    if Levenshtein.distance(a, b) > allowed:
        return False
    if min(len(k1), len(k2)) / max(len(k1), len(k2)) < 0.85:
        return False
    return ratio(k1, k2) >= threshold


def _badly_cased(name: str) -> bool:
    """A headline in capitals ("BRENNERO MOTORS") or a name all in lower case: never the node's
    name when the cluster has a normally written form. Short capitals ("BMW", "SK On") are fine."""
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    return name == name.lower() or any(sum(c.isalpha() for c in w) >= 5 and w.isupper() for w in words)


class Resolver:
    """Clusters company names. ``Resolver(known, decisions)``; ``resolve(names) -> {name: rep}``.

    ``known``: iterable of ``(canonical, aliases, parent)`` tuples, dicts or objects (see
    ``KnownEntity.coerce``). ``decisions``: iterable of ``Decision`` or dicts
    (``{"op": "merge", "a", "b"}``, ``{"op": "split", "name"}``, ``{"op": "alias", "company",
    "alias"}``), replayed in order. ``merge``/``split``/``alias`` append to ``decisions``.
    """

    def __init__(
        self,
        known: Iterable[Any] = (),
        decisions: Iterable[Any] = (),
        *,
        renames: Iterable[tuple[str, str]] = (),
        fuzzy_threshold: float = 88.0,
        acronyms: bool = True,
        fuzzy: bool = True,
    ) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        self.use_acronyms = acronyms
        self.use_fuzzy = fuzzy
        self.entities: list[KnownEntity] = []
        seen: dict[str, int] = {}
        for item in known:
            ent = KnownEntity.coerce(item)
            if ent.canonical in seen:  # the same company listed twice: pool its aliases
                j = seen[ent.canonical]
                old = self.entities[j]
                self.entities[j] = KnownEntity(
                    old.canonical, tuple(dict.fromkeys(old.aliases + ent.aliases)), old.parent or ent.parent
                )
                continue
            seen[ent.canonical] = len(self.entities)
            self.entities.append(ent)
        self.decisions: list[Decision] = [Decision.coerce(d) for d in decisions]
        # (current name, former name) pairs stated in articles (``resolve.renames``).
        self.renames: list[tuple[str, str]] = [(str(a), str(b)) for a, b in renames if a and b]
        # key -> entity index. A key claimed by one entity belongs to it; a key one entity claims
        # as its canonical name and others only as an alias belongs to the first. A key several
        # entities claim as canonical ("Porsche" / "Porsche SE": same key once "SE" is dropped) is
        # resolved on the exact written form (case/accents/spacing folded, legal form kept).
        canon: dict[str, set[int]] = defaultdict(set)
        alias: dict[str, set[int]] = defaultdict(set)
        # (each name's key worked out once here: the loops below ask for it three times)
        keys: dict[str, str] = {}

        def key_of(name: str) -> str:
            k = keys.get(name)
            if k is None:
                k = keys[name] = _key(name)
            return k

        for i, ent in enumerate(self.entities):
            canon[key_of(ent.canonical)].add(i)
            for a in ent.aliases:
                alias[key_of(a)].add(i)
        owner: dict[str, int] = {}
        self._exact_keys: set[str] = set()  # keys resolved on the exact form
        self.ambiguous_aliases: set[str] = set()
        for k in set(canon) | set(alias):
            c, a = canon.get(k, set()), alias.get(k, set())
            if len(c) == 1:
                owner[k] = next(iter(c))
            elif len(c) > 1:
                self._exact_keys.add(k)
            elif len(a) == 1:
                owner[k] = next(iter(a))
            else:
                self.ambiguous_aliases.add(k)
                self._exact_keys.add(k)
        exact: dict[str, set[int]] = defaultdict(set)
        for i, ent in enumerate(self.entities):
            for n in (ent.canonical, *ent.aliases):
                if key_of(n) in self._exact_keys:
                    exact[_exact(n)].add(i)
        for e, owners in exact.items():
            if len(owners) == 1:
                owner[_EXACT + e] = next(iter(owners))
        self._owner = owner
        self._parent: dict[int, int] = {}
        for i, ent in enumerate(self.entities):
            if ent.parent and self._node(ent.parent, key_of(ent.parent)) in self._owner:
                self._parent[i] = self._owner[self._node(ent.parent, key_of(ent.parent))]
        # Acronym index over known multi-word names: acronym -> entity indexes.
        self._entity_acronyms: dict[str, set[int]] = defaultdict(set)
        for i, ent in enumerate(self.entities):
            for n in (ent.canonical, *ent.aliases):
                if self._owner.get(self._node(n, key_of(n))) == i:
                    for acr in acronym_variants(n):
                        self._entity_acronyms[acr].add(i)

    def _node(self, name: str, key: str | None = None) -> str:
        """The union-find node of a name: its key, or its exact form where the key is ambiguous.
        ``key``: the name's key, when the caller has it already."""
        k = _key(name) if key is None else key
        if k in self._exact_keys:
            e = _EXACT + _exact(name)
            if e in self._owner:
                return e
        return k

    # -- user decisions ---------------------------------------------------------------------
    def merge(self, a: str, b: str) -> None:
        self.decisions.append(Decision("merge", a, b))

    def split(self, name: str) -> None:
        self.decisions.append(Decision("split", name))

    def alias(self, company: str, alias: str) -> None:
        self.decisions.append(Decision("alias", company, alias))

    # -- queries -----------------------------------------------------------------------------
    def key(self, name: str) -> str:
        return _key(name)

    def canonical_of(self, name: str) -> str | None:
        """The known canonical name a name is an unambiguous name of, or None."""
        i = self._owner.get(self._node(name))
        return None if i is None else self.entities[i].canonical

    def parent_of(self, name: str) -> str | None:
        i = self._owner.get(self._node(name))
        if i is None or i not in self._parent:
            return None
        return self.entities[self._parent[i]].canonical

    def same(self, a: str, b: str, corpus: Iterable[str] = ()) -> bool:
        """Whether ``a`` and ``b`` resolve to one company, in a corpus of ``a``, ``b`` and ``corpus``."""
        m = self.resolve([a, b, *corpus])
        return m[a] == m[b]

    def clusters(self, names: Iterable[str]) -> dict[str, list[str]]:
        """Representative -> the distinct names that resolve to it (sorted)."""
        out: dict[str, set[str]] = defaultdict(set)
        for name, rep in self.resolve(names).items():
            out[rep].add(name)
        return {rep: sorted(v) for rep, v in sorted(out.items())}

    def resolve(self, names: Iterable[str] | Mapping[str, int]) -> dict[str, str]:
        """{name: representative} for every non-blank name. ``names`` may repeat (frequency picks
        representatives) or be a mapping name -> count."""
        if isinstance(names, Mapping):
            counts: Counter[str] = Counter({n: int(c) for n, c in names.items() if n and n.strip() and c > 0})
        else:
            counts = Counter(n for n in names if n and n.strip())
        surfaces = sorted(counts)
        key_of = {s: self._node(s) for s in surfaces}
        corpus_keys = set(key_of.values())
        uf = _UF()
        # 1. known entities: all of an entity's unambiguous keys, anchored to the entity.
        for k, i in self._owner.items():
            uf.add(k)
        for k, i in sorted(self._owner.items()):
            anchor = self._node(self.entities[i].canonical)
            if self._owner.get(anchor) != i:  # canonical name ambiguous: anchor on the entity
                anchor = f"\x00entity:{i}"
            r = uf.find(anchor)
            uf.entity.setdefault(r, i)
            uf.union(anchor, k)
        decision_keys = {self._node(n) for d in self.decisions for n in (d.a, d.b) if n}
        decision_keys |= {self._node(n) for pair in self.renames for n in pair}
        all_keys = sorted(corpus_keys | set(self._owner) | decision_keys)
        for k in all_keys:
            uf.add(k)
        # 2. same key without spaces.
        compact: dict[str, str] = {}
        for k in all_keys:
            c = k.replace(" ", "")
            if c in compact:
                uf.union(compact[c], k)
            else:
                compact[c] = k
        # 3. bare genitive.
        known_keys = set(all_keys)
        for k in sorted(corpus_keys):
            if k in self._owner or k.startswith("\x00"):
                continue
            base = strip_genitive(k)
            if base and base in known_keys:
                uf.union(base, k)
        # 4. acronyms, unambiguous over corpus names and known entities.
        if self.use_acronyms:
            index: dict[str, set[str]] = defaultdict(set)
            for s in surfaces:
                if len(key_of[s].split()) >= 2:
                    for acr in acronym_variants(s):
                        index[acr].add(key_of[s])
            for acr, ents in self._entity_acronyms.items():
                for i in ents:
                    anchor = self._node(self.entities[i].canonical)
                    index[acr].add(anchor if self._owner.get(anchor) == i else f"\x00entity:{i}")
            for s in surfaces:
                k = key_of[s]
                if k in self._owner or " " in k or not looks_like_acronym(s):
                    continue
                targets = {uf.find(t) for t in index.get(k.upper(), ())}
                targets.discard(uf.find(k))
                if len(targets) == 1:
                    uf.union(next(iter(targets)), k)
        # 5. guarded fuzzy match, blocked on the first three characters.
        if self.use_fuzzy:
            blocks: dict[str, list[str]] = defaultdict(list)
            for k in all_keys:
                if len(k) >= 6 and not k.startswith("\x00"):
                    blocks[k[:3]].append(k)
            for block in blocks.values():
                for x in range(len(block)):
                    for y in range(x + 1, len(block)):
                        a, b = block[x], block[y]
                        if a not in corpus_keys and b not in corpus_keys:
                            continue
                        if uf.find(a) == uf.find(b):
                            continue
                        if _fuzzy_ok(a, b, self.fuzzy_threshold):
                            uf.union(a, b)
        # Partition, then 6. user decisions in order.
        cluster_of: dict[str, int] = {}
        members: dict[int, set[str]] = defaultdict(set)
        root_id: dict[str, int] = {}
        pin: dict[int, str] = {}
        for k in all_keys:
            r = uf.find(k)
            cid = root_id.setdefault(r, len(root_id))
            cluster_of[k] = cid
            members[cid].add(k)
            if r in uf.entity:
                pin[cid] = self.entities[uf.entity[r]].canonical
        next_id = len(root_id)

        def ensure(k: str) -> int:
            nonlocal next_id
            if k not in cluster_of:
                cluster_of[k] = next_id
                members[next_id].add(k)
                next_id += 1
            return cluster_of[k]

        # cluster -> the keys whose surfaces pick its representative (a merge keeps the first name's
        # company: "merge A B" is named as A's cluster was, even when B's is a known entity).
        prefer: dict[int, set[str]] = {}

        def join(ca: int, cb: int, rep: str | None, first_survives: bool = False) -> None:
            if ca == cb:
                if rep:
                    pin[ca] = rep
                return
            keep_a = first_survives and rep is None and ca not in pin
            old_a = set(prefer.get(ca, members[ca]))
            for k in members.pop(cb):
                cluster_of[k] = ca
                members[ca].add(k)
            prefer.pop(cb, None)
            if keep_a:
                pin.pop(cb, None)
                prefer[ca] = old_a
                return
            p = rep or pin.get(ca) or pin.get(cb)
            pin.pop(cb, None)
            if p:
                pin[ca] = p

        for new_name, old_name in self.renames:
            # Two companies the gazetteer lists stay apart: it knows their history better than one
            # sentence does. Otherwise the company keeps its current name.
            known_new, known_old = self.canonical_of(new_name), self.canonical_of(old_name)
            if known_new and known_old and known_new != known_old:
                continue
            join(ensure(self._node(new_name)), ensure(self._node(old_name)), None, first_survives=True)
        for d in self.decisions:
            if d.op == "merge":
                join(ensure(self._node(d.a)), ensure(self._node(d.b or "")), None, first_survives=True)
            elif d.op == "alias":
                ca = ensure(self._node(d.a))
                join(ca, ensure(self._node(d.b or "")), pin.get(ca) or display_name(d.a))
            else:  # split
                k = self._node(d.a)
                c = ensure(k)
                if len(members[c]) == 1:
                    continue
                members[c].discard(k)
                if c in prefer:
                    prefer[c].discard(k)
                    if not prefer[c]:
                        del prefer[c]
                new = next_id
                next_id += 1
                cluster_of[k] = new
                members[new] = {k}
                if c in pin and self._node(pin[c]) == k:
                    pin[new] = pin.pop(c)
        # Representatives.
        by_cluster: dict[int, Counter[str]] = defaultdict(Counter)
        for s in surfaces:
            by_cluster[cluster_of[key_of[s]]][display_name(s) or s.strip()] += counts[s]
        rep: dict[int, str] = {}
        for cid, disp in by_cluster.items():
            if cid in pin:
                rep[cid] = pin[cid]
                continue
            keys = members[cid]
            if cid in prefer:
                pref = {n: c for n, c in disp.items() if _key(n) in prefer[cid] or self._node(n) in prefer[cid]}
                if pref:
                    disp = Counter(pref)

            def genitive(n: str) -> bool:  # "Teslas" next to "Tesla" is never the representative
                base = strip_genitive(_key(n))
                return base is not None and base in keys

            # An acronym names the node only when the cluster has no name of several words ("BMW").
            spelt_out = any(len(_key(n).split()) > 1 for n in disp)
            rep[cid] = min(
                disp,
                key=lambda n: (spelt_out and looks_like_acronym(n), genitive(n), _badly_cased(n), -disp[n],
                               -len(n.split()), -len(n), n),
            )
        return {s: rep[cluster_of[key_of[s]]] for s in surfaces}


@dataclass(slots=True)
class PairScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "pairs": self.tp + self.fp + self.fn + self.tn,
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def evaluate_pairs(resolver: Resolver, pairs: Iterable[Mapping[str, Any]], *, joint: bool = False) -> PairScores:
    """Pairwise precision/recall/F1 of ``resolver`` on labelled pairs ``{"a", "b", "same"}``.

    By default each pair is resolved on its own (a corpus of two names: the pairwise decision).
    ``joint=True`` resolves every name of every pair as one corpus, so acronym ambiguity and
    transitive merges across pairs count too.
    """
    pairs = list(pairs)
    scores = PairScores()
    mapping = resolver.resolve([n for p in pairs for n in (p["a"], p["b"])]) if joint else None
    for p in pairs:
        m = mapping if mapping is not None else resolver.resolve([p["a"], p["b"]])
        got = m[p["a"]] == m[p["b"]]
        want = bool(p["same"])
        if got and want:
            scores.tp += 1
        elif got:
            scores.fp += 1
            scores.errors.append({**p, "got": got})
        elif want:
            scores.fn += 1
            scores.errors.append({**p, "got": got})
        else:
            scores.tn += 1
    return scores
