"""Supply chains: tiers up and down, paths, single sources, capacity totals."""

from __future__ import annotations

import pytest

from tierscope.graph.chain import (Edge, SupplyChain, capacity, capacity_groups, downstream, path, product_matches, single_source,
                                   upstream)

EDGES = [
    Edge("supplies", "CATL", "Tesla", "active", "battery cells"),
    Edge("supplies", "LG Energy Solution", "Tesla", "announced", "battery cells"),
    Edge("supplies", "Panasonic Energy", "Tesla", "active", "battery cells"),
    Edge("supplies", "Ganfeng Lithium", "CATL", "active", "lithium hydroxide"),
    Edge("supplies", "Albemarle", "CATL", "rumoured", "lithium"),
    Edge("supplies", "Umicore", "LG Energy Solution", "in_talks", "cathode"),
    Edge("supplies", "Vulcan Energy Resources", "Umicore", "announced", "lithium hydroxide"),
    Edge("supplies", "Tianqi Lithium", "Ganfeng Lithium", "denied", "spodumene"),
    Edge("supplies", "Pilbara Minerals", "Ganfeng Lithium", "ended", "spodumene"),
    Edge("supplies", "CATL", "Mercedes-Benz Group", "active", "battery cells"),
    Edge("supplies", "CATL", "Stellantis", "announced", "LFP cells"),
    Edge("supplies", "Samsung SDI", "Stellantis", "active", "battery cells"),
    Edge("supplies", "Samsung SDI", "Stellantis", "rumoured", "Battery Cell"),  # weaker duplicate
    Edge("owns", "Volkswagen Group", "PowerCo", "active"),
    Edge("supplies", "Umicore", "PowerCo", "announced", "cathode"),
    Edge("supplies", "Gotion High-Tech", "Volkswagen Group", "active", "battery cells"),
    Edge("joint_venture", "Stellantis", "Samsung SDI", "active"),
    Edge("invests_in", "Volkswagen Group", "Gotion High-Tech", "active"),
    Edge("partners_with", "Mercedes-Benz Group", "Stellantis", "rumoured"),
]


def test_upstream_tiers_paths_and_weakest_status():
    links = upstream(EDGES, "Tesla", depth=3)
    by = {l.company: l for l in links}
    assert [l.company for l in links if l.tier == 1] == ["CATL", "Panasonic Energy", "LG Energy Solution"]  # strongest first
    assert by["Ganfeng Lithium"].tier == 2 and by["Ganfeng Lithium"].status == "active"
    assert by["Albemarle"].status == "rumoured"
    assert by["Umicore"].status == "in_talks"  # LGES (announced) <- Umicore (in_talks)
    assert by["Vulcan Energy Resources"].tier == 3 and by["Vulcan Energy Resources"].status == "in_talks"
    assert [(h.source, h.target) for h in by["Vulcan Energy Resources"].path] == [
        ("LG Energy Solution", "Tesla"), ("Umicore", "LG Energy Solution"), ("Vulcan Energy Resources", "Umicore")]
    assert by["Ganfeng Lithium"].products == ["lithium hydroxide"]
    # Denied and ended links are left out unless asked for.
    assert "Tianqi Lithium" not in by and "Pilbara Minerals" not in by
    inactive = {l.company: l for l in upstream(EDGES, "Tesla", depth=3, include_inactive=True)}
    assert inactive["Tianqi Lithium"].status == "denied" and inactive["Pilbara Minerals"].status == "ended"
    assert {l.company for l in upstream(EDGES, "Tesla", depth=1)} == {"CATL", "LG Energy Solution", "Panasonic Energy"}


def test_product_filter_applies_to_the_first_hop():
    links = upstream(EDGES, "Stellantis", depth=2, product="LFP cells")
    assert [(l.company, l.tier) for l in links] == [("CATL", 1), ("Ganfeng Lithium", 2), ("Albemarle", 2)]
    # singular/plural and case alike; duplicates keep the strongest status
    one = upstream(EDGES, "Stellantis", depth=1, product="battery cell")
    assert [(l.company, l.status) for l in one] == [("Samsung SDI", "active")]


def test_product_filter_matches_on_words():
    # "cells" is a word of "battery cells" and of "LFP cells"; "lithium" of "lithium hydroxide".
    assert [l.company for l in upstream(EDGES, "Stellantis", depth=1, product="cells")] == ["Samsung SDI", "CATL"]
    assert [l.company for l in upstream(EDGES, "CATL", depth=1, product="Lithium")] == ["Ganfeng Lithium", "Albemarle"]
    assert upstream(EDGES, "Tesla", depth=1, product="cathode") == []
    assert product_matches("batteries", "LFP batteries") and product_matches("battery", "batteries")
    assert not product_matches("cell", None) and not product_matches("", "battery cells")
    assert not product_matches("lithium carbonate", "lithium hydroxide")


def test_subsidiaries_only_when_asked():
    assert [l.company for l in upstream(EDGES, "Volkswagen Group", depth=1)] == ["Gotion High-Tech"]
    links = upstream(EDGES, "Volkswagen Group", depth=1, include_subsidiaries=True)
    by = {l.company: l for l in links}
    assert set(by) == {"Gotion High-Tech", "Umicore"}
    assert [(h.type, h.source, h.target) for h in by["Umicore"].path] == [
        ("owns", "Volkswagen Group", "PowerCo"), ("supplies", "Umicore", "PowerCo")]
    assert by["Umicore"].status == "announced" and by["Umicore"].tier == 1


def test_downstream():
    links = downstream(EDGES, "Ganfeng Lithium", depth=2)
    assert [(l.company, l.tier) for l in links] == [("CATL", 1), ("Mercedes-Benz Group", 2), ("Tesla", 2), ("Stellantis", 2)]
    assert {l.company: l.status for l in links}["Stellantis"] == "announced"


def test_cycles_terminate():
    edges = [Edge("supplies", "A", "B", "active", "x"), Edge("supplies", "B", "A", "active", "y"),
             Edge("supplies", "C", "A", "active", "z")]
    assert [(l.company, l.tier) for l in upstream(edges, "A", depth=10)] == [("B", 1), ("C", 1)]


def test_path_any_type_either_direction():
    p = path(EDGES, "Tesla", "Samsung SDI")
    assert p is not None and len(p) == 3
    assert p[0].type == "supplies" and p[-1].type in ("supplies", "joint_venture")
    ends = [(h.source, h.target) for h in p]
    assert ends[0] == ("CATL", "Tesla")
    # Among shortest paths the one with the strongest weakest link: via CATL -> Stellantis (announced)
    # rather than CATL -> Mercedes (active) -> Stellantis (rumoured partnership).
    assert ("CATL", "Stellantis") in ends
    assert path(EDGES, "Tesla", "Tesla") == []
    assert path(EDGES, "Tesla", "Nobody") is None
    # Only through denied edges: no path unless asked.
    assert path(EDGES, "Tianqi Lithium", "Ganfeng Lithium") is None
    assert path(EDGES, "Tianqi Lithium", "Ganfeng Lithium", include_inactive=True)[0].status == "denied"
    assert path(EDGES, "Volkswagen Group", "Gotion High-Tech", types=["invests_in"])[0].type == "invests_in"


def test_single_source():
    found = single_source(EDGES)
    got = {(s.customer, s.product, s.supplier) for s in found}
    assert ("Mercedes-Benz Group", "battery cells", "CATL") in got
    assert ("Stellantis", "LFP cells", "CATL") in got
    assert ("Stellantis", "battery cells", "Samsung SDI") in got  # duplicates of one supplier: one
    assert not any(c == "Tesla" for c, _, _ in got)  # three cell suppliers
    # Ganfeng: Tianqi denied, Pilbara ended -> no known supplier left
    assert not any(c == "Ganfeng Lithium" for c, _, _ in got)
    # Counting denied/ended links too, Ganfeng has two spodumene suppliers: still not single-source.
    assert not any(s.customer == "Ganfeng Lithium" for s in single_source(EDGES, include_inactive=True))


def test_dict_edges_and_bad_status():
    chain = SupplyChain([{"type": "supplies", "source": "A", "target": "B", "status": "active"}])
    assert [l.company for l in chain.upstream("B")] == ["A"]
    with pytest.raises(ValueError):
        SupplyChain([Edge("supplies", "A", "B", "signed")])


FACILITIES = [
    {"owner": "CATL", "location": "Debrecen", "country": "HU", "product": "battery cells", "status": "under_construction",
     "capacity": {"value": 100, "unit": "GWh"}, "year": 2026, "published": "2023-01-01"},
    {"owner": "CATL", "location": "Debrecen", "country": "HU", "product": "battery cells", "status": "under_construction",
     "capacity": {"value": 100, "unit": "GWh"}, "year": 2026, "published": "2023-02-01"},  # the same plant again
    {"owner": "CATL", "location": "Arnstadt", "country": "DE", "product": "battery cells", "status": "active",
     "capacity": {"value": 14, "unit": "GWh"}, "year": 2022, "published": "2022-01-01"},
    {"owner": "CATL", "location": "Arnstadt", "country": "DE", "product": "battery cells", "status": "active",
     "capacity": {"value": 24, "unit": "GWh"}, "year": 2022, "published": "2024-01-01"},  # later figure counts
    {"owner": "ACC", "location": "Termoli", "country": "IT", "product": "battery cells", "status": "ended",
     "capacity": {"value": 40, "unit": "GWh"}},
    {"owner": "ACC", "location": "Billy-Berclau", "country": "FR", "product": "battery cells", "status": "active",
     "capacity": {"value": 13400, "unit": "MWh"}, "year": 2023},
    {"owner": "Northvolt", "location": "Heide", "country": "DE", "product": "battery cells", "status": "rumoured",
     "capacity": {"value": 60, "unit": "GWh"}},
    {"owner": "Enel", "location": "Catania", "country": "IT", "product": "solar panels", "status": "active",
     "capacity": {"value": 3, "unit": "GW"}},
]


def test_capacity_sums():
    assert capacity(FACILITIES) == {"CATL": 124.0, "ACC": 13.4}
    assert capacity(FACILITIES, by="country") == {"HU": 100.0, "DE": 24.0, "FR": 13.4}
    assert capacity(FACILITIES, by="year") == {"2026": 100.0, "2022": 24.0, "2023": 13.4}
    assert capacity(FACILITIES, by="product") == {"battery cells": 137.4}
    assert capacity(FACILITIES, statuses=("rumoured", "ended")) == {"Northvolt": 60.0, "ACC": 40.0}
    with pytest.raises(ValueError):
        capacity(FACILITIES, by="city")


def test_capacity_groups_split_by_status():
    groups = capacity_groups(FACILITIES, by="country")
    assert [(g.label, g.gwh, g.plants) for g in groups] == [
        ("HU", {"under_construction": 100.0}, 1), ("DE", {"active": 24.0}, 1), ("FR", {"active": 13.4}, 1)]
    de = capacity_groups(FACILITIES, by="country", statuses=("active", "rumoured"))[0]
    assert (de.label, de.gwh, de.total, de.plants) == ("DE", {"active": 24.0, "rumoured": 60.0}, 84.0, 2)
