"""Graph commands: ``history``, ``contradictions``, ``upstream``, ``downstream``, ``path``,
``single-source``, ``capacity``. Each opens the database, calls ``tierscope.query`` and prints a
table or text (JSON with ``--json``)."""

from __future__ import annotations

import click

from .common import as_of_option, db_option, echo_json, json_option, open_store, stdout_console
from .query import _table, status_text

__all__ = ["COMMANDS"]


def _excerpt(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _path_text(hops: list[dict]) -> str:
    from rich.markup import escape

    return escape(_path_plain(hops))


def _path_plain(hops: list[dict]) -> str:
    if not hops:
        return ""
    parts = []
    for h in hops:
        what = f"{h['type']}" + (f" {h['product']}" if h.get("product") else "")
        parts.append(f"{h['source']} -[{what}, {h['status']}]-> {h['target']}")
    return "; ".join(parts)


@click.command(short_help="The timeline of a relation between two companies.")
@click.argument("company_a", metavar="COMPANY")
@click.argument("company_b", metavar="COMPANY")
@click.option("--type", "rtype", metavar="TYPE", help="Only this relation type (supplies, owns, ...).")
@as_of_option
@db_option
@json_option
def history(company_a: str, company_b: str, rtype: str | None, as_of: str | None, db: str, as_json: bool) -> None:
    """How the relation between two companies developed: its current status with the age of the
    statement behind it, then one line per change of reported status with the date, the number
    of distinct sources (a reprint or translation counts once), their addresses and an excerpt.

    \b
    Example:
      tierscope history Voltaria Brennero --type supplies
      tierscope history Voltaria Brennero --as-of 2023-12-31
    """
    from .. import query

    with open_store(db) as store:
        found = query.history(store, company_a, company_b, type=rtype, as_of=as_of)
    if as_json:
        echo_json([h.to_dict() for h in found])
        return
    if not found:
        click.echo(f"no relation links {company_a} and {company_b}" + (f" as of {as_of}" if as_of else ""), err=True)
        return
    for h in found:
        r = h.relation
        arrow = "<->" if r.symmetric else "->"
        click.echo(f"{r.type}  {r.source} {arrow} {r.target}: {status_text(r.status, r.age_days, r.contested)}"
                   f"  ({r.sources} sources, {r.assertions} statements)")
        if r.status_reason:
            click.echo(f"  {r.status_reason}")
        for step in h.steps:
            when = step.start or "undated"
            if step.end and step.end != step.start:
                when += f" .. {step.end}"
            click.echo(f"  {when}  {step.status}  {step.sources} source{'s' if step.sources != 1 else ''}")
            for d in step.documents:
                click.echo(f"    {d.doc_key} ({d.published or 'undated'}): \"{_excerpt(d.evidence)}\"")
                for a in d.addresses:
                    click.echo(f"      {a}")
        for c in h.contradictions:
            said = ", ".join(f"{s} in {', '.join(ds)}" for s, ds in c.get("statuses", {}).items())
            click.echo(f"  ! {c['date']}: sources disagree: {said}")
        click.echo("")


@click.command(short_help="Where sources disagree: status, supply direction, capacity.")
@click.argument("company", required=False)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["status", "direction", "capacity"]),
              help="Only these kinds (repeatable).")
@as_of_option
@db_option
@json_option
def contradictions(company: str | None, kinds: tuple[str, ...], as_of: str | None, db: str, as_json: bool) -> None:
    """List contradictions between sources: a denial and progress (or an ending and an
    announcement) reported for one relation around the same date, "A supplies B" against
    "B supplies A" for the same product, and different capacities for one plant. With COMPANY,
    only its relations and plants.

    \b
    Example:
      tierscope contradictions
      tierscope contradictions Voltaria --kind capacity
    """
    from .. import query

    with open_store(db) as store:
        found = query.contradictions(store, company=company, as_of=as_of, kinds=kinds or None)
    if as_json:
        echo_json([c.to_dict() for c in found])
        return
    if not found:
        click.echo("no contradictions found", err=True)
        return
    for c in found:
        click.echo(f"{c.kind:9}  {c.date or '':10}  {c.summary}")


def _chain_command(up: bool):
    name = "upstream" if up else "downstream"
    who = "suppliers" if up else "customers"

    doc = (
        f"The {who} of COMPANY tier by tier (tier 1: direct {who}; tier 2: theirs ...), each with the\n"
        "path that reaches it and the weakest status on that path. Denied and ended links are left out.\n\n"
        f"\b\nExample:\n  tierscope {name} Brennero --depth 3\n  tierscope {name} Brennero --product cells --json\n"
    )

    @click.command(name, short_help=f"Tier-1, tier-2 ... {who} of a company.", help=doc)
    @click.argument("company")
    @click.option("--depth", type=click.IntRange(min=1, max=10), default=2, show_default=True,
                  help="How many tiers to follow.")
    @click.option("--product", metavar="TEXT",
                  help="Only tier-1 links whose product has these words (\"cells\" finds battery cells and LFP "
                       "cells); the tiers behind them are followed whatever they supply.")
    @click.option("--include-inactive", is_flag=True, help="Also follow denied and ended links.")
    @click.option("--include-subsidiaries", is_flag=True, help="Also start from the companies it owns.")
    @as_of_option
    @db_option
    @json_option
    def command(company, depth, product, include_inactive, include_subsidiaries, as_of, db, as_json):
        from .. import query

        fn = query.upstream if up else query.downstream
        with open_store(db) as store:
            links = fn(store, company, depth=depth, product=product, as_of=as_of, include_inactive=include_inactive,
                       include_subsidiaries=include_subsidiaries)
        if as_json:
            echo_json([link.to_dict() for link in links])
            return
        if not links:
            click.echo(f"no {who} known for {company}", err=True)
            return
        t = _table("tier", "company", "weakest status", "products", "path")
        for link in links:
            t.add_row(str(link.tier), link.company, link.status, ", ".join(link.products), _path_text(link.path))
        stdout_console().print(t)

    return command


upstream = _chain_command(True)
downstream = _chain_command(False)


@click.command(short_help="The shortest chain of relations between two companies.")
@click.argument("company_a", metavar="COMPANY")
@click.argument("company_b", metavar="COMPANY")
@click.option("--include-inactive", is_flag=True, help="Also walk denied and ended links.")
@as_of_option
@db_option
@json_option
def path(company_a: str, company_b: str, include_inactive: bool, as_of: str | None, db: str, as_json: bool) -> None:
    """The shortest chain of relations (any type, either direction) linking two companies; among
    the shortest, the one whose weakest link is strongest.

    \b
    Example:
      tierscope path "Litio Andino" Brennero
    """
    from .. import query

    with open_store(db) as store:
        hops = query.path(store, company_a, company_b, as_of=as_of, include_inactive=include_inactive)
    if as_json:
        echo_json(hops)
        return
    for h in hops:
        what = h["type"] + (f" ({h['product']})" if h.get("product") else "")
        click.echo(f"{h['source']} -[{what}, {h['status']}]-> {h['target']}")


@click.command("single-source", short_help="Customers with one known supplier of a product.")
@click.option("--company", metavar="NAME", help="Only where NAME is the customer or the supplier.")
@click.option("--include-inactive", is_flag=True, help="Also count denied and ended links.")
@as_of_option
@db_option
@json_option
def single_source(company: str | None, include_inactive: bool, as_of: str | None, db: str, as_json: bool) -> None:
    """Customers that have exactly one known supplier of a product (supply links that name a
    product): the single points of failure the news reveals.

    \b
    Example:
      tierscope single-source --json
    """
    from .. import query

    with open_store(db) as store:
        items = query.single_source(store, as_of=as_of, include_inactive=include_inactive, company=company)
    if as_json:
        echo_json([i.to_dict() for i in items])
        return
    if not items:
        click.echo("no single-source supplies found", err=True)
        return
    t = _table("customer", "product", "only supplier", "status")
    for i in items:
        t.add_row(i.customer, i.product, i.supplier, i.status)
    stdout_console().print(t)


_PLANT_STATUSES = ("active", "under_construction", "announced", "planned")


@click.command(short_help="GWh of active and announced plants, grouped.")
@click.option("--by", type=click.Choice(["owner", "country", "product", "year"]), default="owner", show_default=True,
              help="Group plants by owner, country of the location, product, or the year output starts.")
@as_of_option
@db_option
@json_option
def capacity(by: str, as_of: str | None, db: str, as_json: bool) -> None:
    """Capacity (GWh) of plants that are active, under construction, announced or planned, one
    column per status, grouped by owner, country (of the location), product or year (the start
    year the report names; "unknown" when none). One plant (owner and place, the place in any
    language: Lipsia is Leipzig) counts once, with its latest reported capacity and status.
    Rumoured, denied and closed plants are left out; so are capacities not in GWh/MWh.

    \b
    Example:
      tierscope capacity --by country
      tierscope capacity --by year --as-of 2024-12-31 --json
    """
    from .. import query

    with open_store(db) as store:
        rows = query.capacity_table(store, by=by, as_of=as_of, statuses=_PLANT_STATUSES)
    if as_json:
        echo_json([r.to_dict() for r in rows])
        return
    if not rows:
        click.echo("no plant capacities known", err=True)
        return
    t = _table(by, *(s.replace("_", " ") for s in _PLANT_STATUSES), "total GWh", "plants")
    for r in rows:
        t.add_row(r.label, *(f"{r.gwh[s]:g}" if s in r.gwh else "" for s in _PLANT_STATUSES), f"{r.total:g}",
                  str(r.plants))
    stdout_console().print(t)


COMMANDS = [history, contradictions, upstream, downstream, path, single_source, capacity]
