"""Generate a synthetic news corpus for the benchmark: articles of about 3 KB in the five languages,
as plain text (with page furniture) and as HTML. Deterministic for a given seed. The sentences are
templates written for the benchmark; they exercise every stage but are not an accuracy test."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

COMPANIES = [
    "Tesla", "Volkswagen", "BMW", "Stellantis", "Renault", "Ford", "Hyundai", "Toyota", "CATL",
    "LG Energy Solution", "Samsung SDI", "SK On", "Panasonic", "Northvolt", "Umicore", "BASF",
    "Albemarle", "Ganfeng Lithium", "Glencore", "Jaguar Land Rover", "Envision AESC", "Verkor",
    "ACC", "Mercedes-Benz", "Volvo Cars", "Nissan", "Bosch", "Infineon", "Gotion", "Nordwerk GmbH",
]
PLACES = ["Debrecen", "Salzgitter", "Termoli", "Douvrin", "Sagunto", "Arnstadt", "Kentucky", "Ohio"]

TEMPLATES = {
    "en": [
        "{a} will supply battery cells to {b} from 2027, the companies said on Tuesday.",
        "According to people familiar with the matter, {a} is in talks with {b} about a joint venture.",
        "{a} has agreed to buy a 20% stake in {b} for $1.2 billion.",
        "The plant in {p} will have a capacity of 30 GWh and cost €2 billion, {a} said.",
        "{a} denied reports that it had held talks to acquire {b}.",
        "Analysts expect demand for electric vehicles to grow further next year despite price cuts.",
        "Shares of {a} rose 3.2% in Frankfurt trading after the announcement on Monday.",
    ],
    "it": [
        "{a} fornirà celle per batterie a {b} a partire dal 2027, hanno comunicato le società.",
        "Secondo indiscrezioni, {a} sarebbe in trattative con {b} per una joint venture.",
        "{a} ha acquisito una quota del 20% di {b} per 1,2 miliardi di euro.",
        "Lo stabilimento di {p} avrà una capacità di 40 GWh, ha detto {a}.",
        "{a} smentisce le voci su un accordo con {b}.",
        "Il mercato delle auto elettriche in Europa è cresciuto del 14% nel primo semestre.",
    ],
    "de": [
        "{a} liefert ab 2027 Batteriezellen an {b}, teilten die Unternehmen am Dienstag mit.",
        "Unterrichteten Kreisen zufolge verhandelt {a} mit {b} über ein Gemeinschaftsunternehmen.",
        "{a} übernimmt für 1,2 Milliarden Euro eine Beteiligung von 20 Prozent an {b}.",
        "Das Werk in {p} soll eine Kapazität von 30 GWh haben und ist im Bau, so {a}.",
        "{a} dementiert Berichte über eine Übernahme von {b}.",
        "Der Absatz von Elektroautos in Deutschland ist im Oktober erneut gestiegen.",
    ],
    "fr": [
        "{a} fournira des cellules de batterie à {b} à partir de 2027, ont annoncé les groupes.",
        "Selon des sources proches du dossier, {a} est en discussions avec {b}.",
        "{a} a acquis une participation de 20 % dans {b} pour 1,2 milliard d'euros.",
        "L'usine de {p} aura une capacité de 40 GWh, a indiqué {a}.",
        "{a} dément les informations sur un rachat de {b}.",
        "Le marché des voitures électriques en France a progressé de 12 % en octobre.",
    ],
    "es": [
        "{a} suministrará celdas de batería a {b} a partir de 2027, informaron las empresas.",
        "Según fuentes del sector, {a} negocia con {b} una empresa conjunta.",
        "{a} ha comprado una participación del 20% en {b} por 1.200 millones de euros.",
        "La planta de {p} tendrá una capacidad de 40 GWh, según {a}.",
        "{a} desmiente que vaya a comprar {b}.",
        "Las ventas de coches eléctricos en España crecieron un 30% en octubre.",
    ],
}
NOISE = [
    "Home | News | Auto | Economy | Tech | Contact",
    "Related articles",
    "Ford Kuga 2019 · 45.000 km · € 18.900",
    "Subscribe to our newsletter",
    "12 comments · Log in to comment",
]


def article(rng: random.Random, lang: str, target_bytes: int = 3000) -> tuple[str, str]:
    title = f"{rng.choice(COMPANIES)} {rng.choice(['news', 'update', 'report'])} {rng.randrange(10**6)}"
    lines = [NOISE[0], "", title, f"date 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
    size = sum(len(x) for x in lines)
    paragraph: list[str] = []
    while size < target_bytes:
        a, b = rng.sample(COMPANIES, 2)
        s = rng.choice(TEMPLATES[lang]).format(a=a, b=b, p=rng.choice(PLACES))
        paragraph.append(s)
        size += len(s) + 1
        if len(paragraph) == 3:
            lines.append(" ".join(paragraph))
            lines.append("")
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    lines += ["", NOISE[1], f"{rng.choice(COMPANIES)} opens new showroom", NOISE[2], NOISE[3], NOISE[4]]
    return title, "\n".join(lines)


def to_html(title: str, text: str) -> str:
    body = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/auto'>Auto</a></nav>"
        f"<article><h1>{title}</h1>\n{body}</article>"
        "<aside><h3>Related</h3><ul><li><a href='/x'>Other story</a></li></ul></aside>"
        "<footer>© News Corp</footer></body></html>"
    )


def generate(out: Path, n: int, fmt: str, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    langs = list(TEMPLATES)
    paths = []
    for i in range(n):
        title, text = article(rng, langs[i % len(langs)])
        p = out / f"a{i:05d}.{'txt' if fmt == 'txt' else 'html'}"
        p.write_text(text if fmt == "txt" else to_html(title, text), encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--format", choices=["txt", "html"], default="txt")
    args = ap.parse_args()
    generate(args.out, args.n, args.format)
