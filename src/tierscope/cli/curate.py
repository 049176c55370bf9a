"""Curation commands: ``merge``, ``split``, ``alias add``, ``decisions``, and ``eval-merge``.

Every decision is stored in the database's ``decisions`` table, applied at once (companies,
aliases and relations are re-resolved) and re-applied on every later ingest."""

from __future__ import annotations

import click

from .common import db_option, echo_json, json_option, open_store

__all__ = ["COMMANDS"]


def _current_name(store, name: str) -> str:
    """The company a name belongs to now (its representative), else the name as typed."""
    from .. import query
    from ..errors import NotFoundError

    try:
        return query.find_company(store, name).name
    except NotFoundError:
        return name


def _check_name(name: str) -> None:
    from .. import ids
    from ..errors import UsageError

    if not any(c.isalnum() for c in name) or not ids.company_key(name):
        raise UsageError(f"company name {name!r} is empty; give a name with letters or digits")


def _company_of(store, name: str):
    """The stored company ``name`` belongs to, or None when no company answers to it yet."""
    from .. import query
    from ..errors import NotFoundError

    try:
        found = query.find_company(store, name)
    except NotFoundError:
        return None
    from .. import ids

    # find_company also accepts the first words of a name; a decision is about the exact name.
    names = {ids.company_key(n) for n in [found.name, *found.aliases]}
    return found if ids.company_key(name) in names else None


def _nothing(as_json: bool, message: str) -> None:
    if as_json:
        echo_json({"decision": None, "message": message})
    else:
        click.echo(message)


def _print_report(report, as_json: bool, headline: str) -> None:
    if as_json:
        echo_json({"decision": headline, **report.to_dict()})
        return
    click.echo(headline)
    if report.moved:
        click.echo("moved:")
        for name, old, new in report.moved:
            click.echo(f"  {name}: {old or '(new)'} -> {new}")
    else:
        click.echo("no name changed company")
    if report.removed:
        click.echo(f"companies merged away: {', '.join(report.removed)}")
    click.echo(f"relations re-keyed: {report.relations_rekeyed} assertion(s); "
               f"facilities re-keyed: {report.facilities_rekeyed}")
    if report.self_loops:
        # A company cannot supply or own itself: such statements leave the graph, kept aside.
        click.echo(f"set aside: {report.self_loops} statement(s) that now link a company to itself "
                   "(they come back if a split separates the names again)")


@click.command(short_help="Record that two names are one company.")
@click.argument("company_a", metavar="A")
@click.argument("company_b", metavar="B")
@click.option("--note", metavar="TEXT", help="Why (kept with the decision).")
@db_option
@json_option
def merge(company_a: str, company_b: str, note: str | None, db: str, as_json: bool) -> None:
    """A and B are one company: B's names, relations and plants move to A's company, which keeps
    its name. Stored as a decision and applied to every later ingest; `tierscope split B` undoes it.
    Statements that would then link the company to itself ("A supplies B" once A and B are one)
    are set aside, out of the graph, and come back if a split separates the names again.

    \b
    Example:
      tierscope merge "Voltaria" "Voltaria Energia"
    """
    _check_name(company_a)
    _check_name(company_b)
    with open_store(db) as store:
        ca, cb = _company_of(store, company_a), _company_of(store, company_b)
        if ca is not None and cb is not None and ca.id == cb.id:
            _nothing(as_json, f"{company_a} and {company_b} are already one company ({ca.name}); nothing recorded")
            return
        a, b = _current_name(store, company_a), _current_name(store, company_b)
        report = store.add_decision("merge", a, b, note or f"tierscope merge {company_a!r} {company_b!r}")
    _print_report(report, as_json, f"merged {b} into {a}")


@click.command(short_help="Take a name out of its company (undo a merge).")
@click.argument("name")
@click.option("--note", metavar="TEXT", help="Why (kept with the decision).")
@db_option
@json_option
def split(name: str, note: str | None, db: str, as_json: bool) -> None:
    """NAME becomes a company of its own, with the relations and plants stated under that name.
    Undoes a merge, an automatic match or a rename an article stated ("X, formerly NAME"). Names
    that differ from NAME only in legal form or case leave with it. Stored as a decision and
    applied to later ingests.

    \b
    Example:
      tierscope split "Brennero Veicoli"     # after: tierscope merge "Brennero Motors" "Brennero Veicoli"
      tierscope split "Padana Accumulatori"  # an article said "Voltaria Energia, formerly Padana ..."
    """
    from ..errors import NotFoundError
    from ..resolve import normalize

    _check_name(name)
    with open_store(db) as store:
        found = _company_of(store, name)
        if found is None:
            raise NotFoundError(f"no company answers to {name!r}; list names with `tierscope companies --search TEXT`")
        names = [found.name, *found.aliases]
        if {normalize(n) for n in names} <= {normalize(name)}:
            # The resolver works on names with legal form, case and punctuation set aside.
            why = ("is already a company of its own" if len(names) == 1 else
                   f"differs from every other name of {found.name} only in legal form, case or punctuation, "
                   "which a split cannot separate")
            _nothing(as_json, f"{name} {why}; nothing recorded")
            return
        if normalize(name) == normalize(found.name):
            # Splitting the company's own name would leave its other names as the company.
            other = next(n for n in names if normalize(n) != normalize(name))
            _nothing(as_json, f"{name} is the name of {found.name} itself (but for legal form, group word or case); "
                              f"to take another name out of it, split that name (tierscope split {other!r}); "
                              "nothing recorded")
            return
        # The resolver works on keys: the names that differ from NAME only in legal form, group
        # word, case or punctuation leave with it.
        along = [n for n in names if normalize(n) == normalize(name) and n != name]
        # A name no statement uses is only how articles wrote the company (the entity stage gave
        # those mentions the company's name): the split stops it answering for the company, but
        # what those articles said stays where the extraction put it.
        stated = {normalize(r["name"]) for r in store.rows("SELECT name FROM names WHERE company_id = ?", (found.id,))}
        report = store.add_decision("split", name, None, note)
    _print_report(report, as_json, f"split {name} into its own company"
                  + (f", with {', '.join(along)} (the same name but for legal form or case)" if along else ""))
    if normalize(name) not in stated and not as_json:
        click.echo(f"note: no statement names {name} itself; articles wrote it for {found.name}, whose statements "
                   f"they stay. {name} is no longer a name of {found.name}, and later articles that name it "
                   "make it a company of its own")


@click.group(short_help="Add another name for a company.")
def alias() -> None:
    """Names of companies. `tierscope alias add COMPANY ALIAS` makes ALIAS another name of COMPANY.

    \b
    Example:
      tierscope alias add Voltaria "VLT Batteries"
    """


@alias.command("add", short_help="ALIAS is another name of COMPANY.")
@click.argument("company")
@click.argument("alias_name", metavar="ALIAS")
@click.option("--note", metavar="TEXT", help="Why (kept with the decision).")
@db_option
@json_option
def alias_add(company: str, alias_name: str, note: str | None, db: str, as_json: bool) -> None:
    """ALIAS is another name of COMPANY (now and in every later ingest); COMPANY keeps its name.

    \b
    Example:
      tierscope alias add Voltaria "VLT Batteries"
    """
    _check_name(company)
    _check_name(alias_name)
    with open_store(db) as store:
        c = _current_name(store, company)
        report = store.add_decision("alias", c, alias_name, note)
    _print_report(report, as_json, f"{alias_name} is now a name of {c}")


@click.command(short_help="List the stored merge/split/alias decisions.")
@db_option
@json_option
def decisions(db: str, as_json: bool) -> None:
    """The curation decisions stored in the database, in the order they are applied.

    \b
    Example:
      tierscope decisions --json
    """
    with open_store(db) as store:
        rows = store.decisions()
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no decisions", err=True)
        return
    for d in rows:
        what = {"merge": f"merge {d['a']!r} {d['b']!r}", "split": f"split {d['a']!r}",
                "alias": f"alias add {d['a']!r} {d['b']!r}"}.get(d["kind"], f"{d['kind']} {d['a']!r} {d['b']!r}")
        click.echo(f"{d['id']:>3}  {d['at']}  {what}" + (f"  # {d['note']}" if d["note"] else ""))


@click.command("eval-merge", short_help="Precision/recall of company-name merging on labelled pairs.")
@click.argument("pairs", required=False, metavar="PAIRS.jsonl")
@click.option("--no-gazetteer", is_flag=True, help="Rules only, without the company list.")
@click.option("--joint", is_flag=True, help="Resolve every name of every pair as one corpus.")
@json_option
def eval_merge(pairs: str | None, no_gazetteer: bool, joint: bool, as_json: bool) -> None:
    """Score the resolver on labelled name pairs (JSON lines {"a", "b", "same"}; default
    tests/resolve/data/merge_pairs.jsonl of a source checkout) and print merge precision, recall, F1.

    \b
    Example:
      tierscope eval-merge tests/resolve/data/merge_pairs.jsonl
    """
    from ..errors import UsageError
    from ..resolve.evaluate import default_pairs_path, evaluate_file, known_entities, render

    path = pairs or str(default_pairs_path())
    known = [] if no_gazetteer else known_entities()
    try:
        scores = evaluate_file(path, joint=joint, known=known)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read pairs from {path}: {exc}") from None
    if as_json:
        echo_json({**scores.as_dict(), "gazetteer": len(known), "errors": scores.errors})
    else:
        click.echo(render(scores, path, len(known)), nl=False)


COMMANDS = [merge, split, alias, decisions, eval_merge]
