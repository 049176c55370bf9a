"""Query commands: ``companies``, ``show``, ``relations``, ``evidence``. Each opens the database,
calls one function of ``tierscope.query`` and prints a table (or JSON with ``--json``)."""

from __future__ import annotations

import click

from .common import as_of_option, db_option, echo_json, json_option, open_store, stdout_console

__all__ = ["COMMANDS"]

#: How a relation reads from one side: (as source, as target).
_PHRASES = {
    "supplies": ("supplies", "supplied by"),
    "invests_in": ("invests in", "funded by"),
    "acquires": ("acquires", "acquired by"),
    "owns": ("owns", "owned by"),
    "partners_with": ("partners with", "partners with"),
    "joint_venture": ("joint venture with", "joint venture with"),
}


def _money(amount: float) -> str:
    for size, unit in ((1e9, " bn"), (1e6, " m")):
        if abs(amount) >= size:
            return f"{amount / size:.4g}{unit}"
    return f"{amount:,.0f}"


def status_text(status: str | None, age_days: int | None, contested: bool = False) -> str:
    """"rumoured, 412 days old" for an unconfirmed status, so an old rumour shows its age."""
    out = status or ""
    if status in ("rumoured", "in_talks") and age_days is not None:
        out += f", {age_days} days old"
    if contested:
        out += " (contested)"
    return out


def _table(*columns: str, title: str | None = None):
    from rich.table import Table

    t = Table(title=title, title_justify="left")
    for c in columns:
        t.add_column(c, overflow="fold")
    return t


@click.command(short_help="List companies with their aliases and counts.")
@click.option("--search", metavar="TEXT", help="Only companies with a name or alias containing TEXT.")
@as_of_option
@db_option
@json_option
def companies(search: str | None, as_of: str | None, db: str, as_json: bool) -> None:
    """List companies with their aliases and how many relations and documents they appear in.

    \b
    Example:
      tierscope companies --search energy
    """
    from .. import query

    with open_store(db) as store:
        found = query.companies(store, search=search, as_of=as_of)
    if as_json:
        echo_json([c.to_dict() for c in found])
        return
    if not found:
        click.echo("no companies" + (f" matching {search!r}" if search else ""), err=True)
        return
    t = _table("company", "aliases", "relations", "documents")
    for c in found:
        t.add_row(c.name, ", ".join(c.aliases), str(c.relations), str(c.documents))
    stdout_console().print(t)


@click.command(short_help="One company: relations by type, facilities, aliases.")
@click.argument("company")
@as_of_option
@db_option
@json_option
def show(company: str, as_of: str | None, db: str, as_json: bool) -> None:
    """Profile of one company: aliases, relations by type with their current status, facilities.

    COMPANY is any name or alias, in any case ("jlr", "Jaguar Land Rover").

    \b
    Example:
      tierscope show jlr
    """
    from .. import query

    with open_store(db) as store:
        p = query.company_profile(store, company, as_of=as_of)
    if as_json:
        echo_json(p.to_dict())
        return
    console = stdout_console()
    c = p.company
    console.print(f"[bold]{c.name}[/bold]")
    if c.aliases:
        console.print(f"also called: {', '.join(c.aliases)}", markup=False)
    if c.sectors or c.country:
        console.print(f"sectors: {', '.join(c.sectors) or '?'}; country: {c.country or '?'}", markup=False)
    console.print(
        f"seen in {p.documents} documents ({p.sources} sources, {p.addresses} addresses), "
        f"from {p.first_seen or 'undated'} to {p.last_seen or 'undated'}",
        markup=False,
    )
    if not p.relations:
        console.print("no relations found")
    for rtype, rels in p.relations.items():
        t = _table("relation", "company", "status", "sources", "last seen", "products", title=rtype)
        for r in rels:
            phrase = _PHRASES.get(rtype, (rtype, rtype))[0 if r.direction != "in" else 1]
            t.add_row(phrase, r.other, status_text(r.status, r.age_days, r.contested), str(r.sources),
                      r.last_seen or "", ", ".join(r.products))
        console.print(t)
    if p.facilities:
        t = _table("location", "product", "status", "capacity", "investment", "last seen", title="facilities")
        for f in p.facilities:
            cap = f"{f.capacity['value']:g} {f.capacity['unit'] or ''}".strip() if f.capacity else ""
            inv = f"{_money(f.investment['amount'])} {f.investment['currency'] or ''}".strip() if f.investment else ""
            t.add_row(f.location or "", f.product or "", f.status or "", cap, inv, f.last_seen or "")
        console.print(t)
    if p.contradictions:
        console.print(f"[bold]contradictions[/bold] ({len(p.contradictions)}; see `tierscope contradictions {c.name!r}`):")
        for x in p.contradictions:
            console.print(f"  ! {x['kind']}: {x['summary']}", markup=False)


@click.command(short_help="List relations with their current status.")
@click.option("--type", "rtype", metavar="TYPE",
              help="supplies, partners_with, joint_venture, invests_in, acquires or owns.")
@click.option("--status", metavar="STATUS",
              help="Current status: rumoured, in_talks, announced, active, ended or denied.")
@click.option("--company", metavar="NAME", help="Only relations of this company (any alias).")
@click.option("--since", metavar="DATE", help="Only relations reported on or after DATE (2024-06-30).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N relations.")
@as_of_option
@db_option
@json_option
def relations(rtype, status, company, since, limit, as_of, db: str, as_json: bool) -> None:
    """List relations, most recently reported first, with their current status.

    \b
    Example:
      tierscope relations --type supplies --status active --since 2024-01-01
    """
    from .. import query

    with open_store(db) as store:
        found = query.relations(store, type=rtype, status=status, company=company, since=since, limit=limit,
                                as_of=as_of)
    if as_json:
        echo_json([r.to_dict() for r in found])
        return
    if not found:
        click.echo("no relations match", err=True)
        return
    t = _table("type", "source", "target", "status", "sources", "last seen", "products")
    for r in found:
        t.add_row(r.type, r.source, r.target, status_text(r.status, r.age_days, r.contested), str(r.sources),
                  r.last_seen or "", ", ".join(r.products))
    stdout_console().print(t)


@click.command(short_help="The sentences that link two companies.")
@click.argument("company_a", metavar="COMPANY")
@click.argument("company_b", metavar="COMPANY")
@as_of_option
@db_option
@json_option
def evidence(company_a: str, company_b: str, as_of: str | None, db: str, as_json: bool) -> None:
    """Every sentence linking two companies, in either direction, oldest first, with its source.

    \b
    Example:
      tierscope evidence "Envision AESC" jlr
    """
    from .. import query

    with open_store(db) as store:
        items = query.evidence(store, company_a, company_b, as_of=as_of)
    if as_json:
        echo_json([e.to_dict() for e in items])
        return
    if not items:
        click.echo(f"no relation links {company_a} and {company_b}", err=True)
        return
    for e in items:
        click.echo(f"{e.published or 'undated'}  {e.type}  {e.source} -> {e.target}  ({e.status})")
        click.echo(f"  \"{e.text}\"")
        where = e.url or e.document_source
        click.echo(f"  {e.doc_key} [{e.start}:{e.end}]  {where}")
        for extra in e.addresses:
            if extra not in (e.document_source, e.url):
                click.echo(f"  also at {extra}")


COMMANDS = [companies, show, relations, evidence]
