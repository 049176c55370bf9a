"""Build examples/news/mixed/2024-crawl-sample.warc.gz, the WARC file of the demo corpus.

Two HTML pages (one English, one French) are stored as WARC `response` records, preceded by the
usual `warcinfo` record, the way a crawler such as wget or Heritrix would write them. Record ids
and dates are fixed so that running the script again produces the same bytes.

    /work/main/.venv/bin/python examples/make_warc.py

The stories are fictional (see examples/news/README.md).
"""

from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "news" / "mixed" / "2024-crawl-sample.warc.gz"

PAGE_EN = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vestas wins Ørsted order and will build blade plant in Szczecin | Wind Power Report</title>
<meta name="description" content="Vestas will supply 60 turbines to Ørsted's Baltic Sea project and build a blade factory in Poland.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-08-14T12:00:00+02:00">
</head>
<body>
<header><a href="/">Wind Power Report</a>
<nav><a href="/">Home</a> | <a href="/offshore">Offshore</a> | <a href="/onshore">Onshore</a> | <a href="/supply-chain">Supply chain</a></nav>
</header>
<main>
<article>
<h1>Vestas wins Ørsted order and will build blade plant in Szczecin</h1>
<p class="byline">By Anders Holm | 14 August 2024</p>
<p>Vestas has signed a firm order to supply 60 offshore turbines to Ørsted for a wind farm in the Polish Baltic Sea, the Danish turbine maker said on Wednesday. The turbines, each rated at 15 MW, will be installed in 2027.</p>
<p>To serve the order and other projects in the region, Vestas will build a new blade factory in the port of Szczecin. The company will invest about EUR 200 million in the plant, which is designed to produce 300 blade sets a year. Construction began in July and production is due to start at the end of 2025.</p>
<p>Ørsted said it had chosen Vestas after a tender in which Siemens Gamesa also took part. The Danish energy company has bought turbines from both manufacturers in the past.</p>
<p>Vestas already operates a nacelle plant in Szczecin, where it employs 400 people. The new factory will add around 1,000 jobs.</p>
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/a/ge-vernova-sse">GE Vernova and SSE said to discuss Dogger Bank extension</a></li>
<li><a href="/a/nordex-acciona">Acciona raises stake in Nordex</a></li>
</ul></aside>
</main>
<footer>&copy; 2024 Wind Power Report | <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""

PAGE_FR = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Michelin met fin à son contrat avec Arlanxeo - Chimie &amp; Matériaux</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-09-30T07:30:00+02:00">
</head>
<body>
<header><a href="/">Chimie &amp; Matériaux</a>
<nav><a href="/">Accueil</a> · <a href="/chimie">Chimie</a> · <a href="/pneumatiques">Pneumatiques</a> · <a href="/emploi">Emploi</a></nav>
</header>
<main>
<article>
<h1>Michelin met fin à son contrat d'approvisionnement avec Arlanxeo</h1>
<p class="date">Clermont-Ferrand, le 30 septembre 2024</p>
<p>Michelin a mis fin au contrat par lequel Arlanxeo lui fournissait du caoutchouc synthétique pour ses usines européennes, a-t-on appris lundi auprès des deux groupes. Le contrat, signé en 2019, a été résilié au 1er septembre.</p>
<p>Le fabricant de pneumatiques s'approvisionnera désormais auprès de Synthos, avec qui il a signé un nouvel accord de fourniture qui entrera en vigueur en janvier. Le groupe clermontois n'a pas précisé les volumes concernés.</p>
<p>Arlanxeo, filiale du saoudien Aramco depuis 2020, assure que la perte de ce client n'aura pas d'effet sur l'emploi dans son usine de La Wantzenau, en Alsace.</p>
<p>Selon un analyste de Bernstein, la décision de Michelin s'explique surtout par le prix : Synthos, qui produit en Pologne et en République tchèque, aurait proposé des conditions nettement plus avantageuses, ainsi qu'une empreinte carbone plus faible grâce à l'utilisation de matières premières en partie biosourcées.</p>
<p>Michelin détient par ailleurs une participation minoritaire dans la start-up Carbios, spécialisée dans le recyclage enzymatique des plastiques.</p>
</article>
<aside class="a-lire"><h2>À lire aussi</h2><ul>
<li><a href="/a/1">Arkema rachèterait un spécialiste des adhésifs, selon la presse</a></li>
<li><a href="/a/2">Solvay et Syensqo finalisent leur séparation</a></li>
</ul></aside>
</main>
<footer>© 2024 Chimie &amp; Matériaux · Mentions légales</footer>
</body>
</html>
"""

RECORDS = [
    ("https://windpowerreport.example/offshore/2024/08/14/vestas-orsted-szczecin-blades",
     "2024-08-14T11:02:37Z", PAGE_EN),
    ("https://chimie-materiaux.example/pneumatiques/michelin-arlanxeo-fin-contrat",
     "2024-09-30T08:15:04Z", PAGE_FR),
]


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'tierscope-demo/' + name)}>"


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            OUT.name,
            {"software": "tierscope demo make_warc.py (warcio)",
             "format": "WARC File Format 1.0",
             "description": "Fictional demo pages for tierscope"},
        )
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo"))
        info.rec_headers.replace_header("WARC-Date", "2024-10-01T00:00:00Z")
        writer.write_record(info)
        for url, date, page in RECORDS:
            body = page.encode("utf-8")
            http_headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"),
                 ("Content-Length", str(len(body))),
                 ("Server", "nginx")],
                protocol="HTTP/1.1",
            )
            rec = writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=http_headers,
                warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": record_id(url)},
            )
            writer.write_record(rec)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
