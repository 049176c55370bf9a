"""Products named in supply deals and plants, in all five languages, mapped to one English name.

Ordered most specific first: the first pattern matching nearest the trigger wins. Patterns are
matched case-insensitively on word boundaries.
"""

PRODUCTS: list[tuple[str, str]] = [
    # German compounds of cells and batteries named by their chemistry (before "lithium" alone)
    (r"(?:Lithium|Natrium)-Ionen-(?:Zellen|Akkuzellen)", "battery cells"),
    (r"(?:Lithium|Natrium)-Ionen-(?:Batterien|Akkus)", "batteries"),
    # lithium chemicals
    (r"lithium[- ]?hydroxid\w*|idrossido di litio|hydroxyde de lithium|hidr[oó]xido(?: de litio)?|hydroxide|Lithiumhydroxid", "lithium hydroxide"),
    (r"lithium[- ]?carbonat\w*|carbonato di litio|carbonate de lithium|carbonato(?: de litio)?|carbonate|Lithiumcarbonat", "lithium carbonate"),
    (r"lithium[- ]?iron[- ]?phosphate|LFP(?: cells| batteries)?", "LFP batteries"),
    (r"pr[eé]curseurs?|precursors?|precursori|precursores|Vorprodukt\w*|pCAM", "precursor material"),
        # (the singular too: 'materiale catodico', 'material catódico', 'matériau cathodique')
    (r"cathode[- ]?(?:active[- ]?)?materials?|material[ei] (?:catodic[oi]|per catodi)|mat[eé]riaux? (?:(?:de |pour )?cathodes?|cathodiques?)|material(?:es)? (?:cat[oó]dicos?|de c[aá]todos?)|Kathoden-?material\w*|cathodes?|catodi|c[aá]todos?|Kathoden", "cathode material"),
    (r"anode[- ]?materials?|material[ei] anodic[oi]|mat[eé]riaux? (?:d'anodes?|anodiques?)|material(?:es)? (?:an[oó]dicos?|de [aá]nodos?)|Anoden-?material\w*|anodes?|anodi|[aá]nodos?|Anoden", "anode material"),
    (r"graphite|grafite|Graphit|grafito", "graphite"),
    (r"electrolytes?|elettroliti?|Elektrolyt\w*|[eé]lectrolytes?|electrolitos?", "electrolyte"),
    (r"separators?|separatori|Separator\w*|s[eé]parateurs?|separadores?", "separators"),
    (r"copper foils?|lamine? di rame|Kupferfolie\w*|feuilles? de cuivre|l[aá]minas? de cobre", "copper foil"),
    (r"rare[- ]earths?|terre rare|Seltene[nr]? Erden|terres rares|tierras raras", "rare earths"),
    (r"(?:permanent )?magnets?|magneti|Magnete?n?|aimants?|imanes", "magnets"),
    # the ore concentrate mines sell to lithium refiners, and the shredded batteries recyclers sell on:
    # goods of the chain with names of their own ("sells its spodumene concentrate to Y", "buyer of its black mass")
    (r"(?:spodumene|spodum[eè]ne|espodumen[oa]|Spodumen)(?:[- ]?(?:concentrates?|Konzentrat\w*))?|concentrat[oi] di spodumene|concentr[eé]s? de spodum[eè]ne|concentrados? de espodumen[oa]", "spodumene"),
    (r"black[- ]mass|massa nera|masse noire|masa negra|Schwarzmasse", "black mass"),
    # waste the chain sends down to recyclers and materials makers ("sends its battery scrap to Y", "ritira le
    # batterie esauste di X", "die Rücknahme von Altbatterien"): its own name, as it flows the other way from
    # the goods (relations/scrap_flow.py); before "batteries", whose words it holds
    (r"(?:battery |production |cell |electrode |manufacturing )?scrap(?![- ]?yards?\b)|(?:waste|used|spent|end[- ]of[- ]life|discarded|defective|old) batter(?:y|ies)(?: packs)?|battery waste|production waste"
     r"|batterie (?:esauste|usate|a fine vita|dismesse|esaurite|di scarto|difettose)|scarti(?: di produzione| di lavorazione)?|sfridi|rottami"
     r"|Batterieschrott|Produktionsschrott|Zellschrott|Schrott|Altbatterien|Altakkus|Produktionsabfälle|Batterieabfälle|ausgediente Batterien|gebrauchte Batterien|defekte Batterien"
     r"|batteries (?:usagées|usées|en fin de vie|hors d['’]usage|défectueuses|de rebut)|déchets(?: de production)?|rebuts|chutes de production|ferraille"
     r"|bater[ií]as (?:usadas|de desecho|al final de su vida útil|fuera de uso|defectuosas|agotadas|en desuso)|chatarra|desechos|residuos(?: de producción)?", "scrap"),
    (r"lithium|litio|Lithium", "lithium"),
    (r"nickel|nichel|Nickel|n[ií]quel", "nickel"),
    (r"cobalt|cobalto|Kobalt", "cobalt"),
    (r"manganese|Mangan|mangan[eè]se|manganeso", "manganese"),
    # cells and batteries
    (r"battery cells?|cells? for (?:its |their )?(?:electric |EV )?batter\w+|celle (?:per |di |delle )?batteri[ae]|celle|Batteriezellen|Zellen|Akkuzellen|cellules? (?:de |pour )?batteries?|cellules|celdas? (?:de |para )?bater[ií]as?|celdas|cells|(?:Rund|Pouch|Prisma|Festkörper|Feststoff|Hochvolt|LFP-|NMC-)-?[Zz]ellen", "battery cells"),
    (r"battery (?:packs?|modules?|systems?)|pacchi batteria|moduli (?:di )?batteri[ae]|Batterie(?:module|packs|systeme)\w*|modules? de batteries?|packs? de batteries?|m[oó]dulos? de bater[ií]as?|paquetes de bater[ií]as", "battery packs"),
    (r"batter(?:y|ies)|batterie|Batterien|Akkus?|bater[ií]as?|(?:Hochvolt|Traktions|Antriebs|Festkörper|Feststoff|Fahrzeug)-?[Bb]atterien", "batteries"),
    # electronics and drive (German chip compounds are spelt out, "Rechnerchips", "Systemchips": a leading
    # \w* would cost the whole pattern its first-character gate)
    (r"(?:silicon[- ]carbide |SiC )?(?:wafers?|substrates?)|(?:fette|substrati) (?:di |in )?(?:silicio|carburo di silicio)|Wafern?|Substrate?n?|plaquettes?(?: de silicium)?|obleas?", "wafers"),
    (r"semiconductors?|semiconduttori|Halbleiter\w*|semi-?conducteurs?|semiconductores|microchips?|(?:Rechner|System|Computer|Speicher|Grafik|Steuer|KI|Radar|Funk)?chips?|puces?", "chips"),
    (r"(?:SiC |silicon carbide )?wafers?|wafer|substrati|Wafern?|plaquettes|obleas", "wafers"),
    (r"inverters?|inverter|Wechselrichter\w*|onduleurs?|inversores?", "inverters"),
    (r"e-?motors?|electric motors?|drive units?|motori elettrici|Elektromotor\w*|moteurs? [eé]lectriques?|motores? el[eé]ctricos?", "electric motors"),
    (r"fuel cells?|celle a combustibile|Brennstoffzellen|piles? à combustible|pilas de combustible", "fuel cells"),
    # (sup16, ord16: chargers named on their own - "the chargers", "les bornes", "los cargadores", "die Schnellladesäulen" -
    # are the goods of charging-network orders and supplies; French "bornes" only after a determiner, the noun's
    # own use: "équiper de bornes" names what a deal is for)
    (r"charging (?:stations?|points?|infrastructure)|colonnine|stazioni di ricarica|Ladestationen|bornes? de recharge|estaciones de carga|puntos de carga"
     r"|(?:fast |rapid |ultra-?fast |high-power |megawatt |DC )?chargers|charge points|(?:Schnell|HPC-)?[Ll]ades[aä]ulen|Schnelllade(?:r|stationen)|(?:(?<=les )|(?<=des )|(?<=ses )|(?<=aux ))bornes"
     r"|(?:cargadores|puntos de recarga)(?: rápidos| ultrarrápidos)?|electrolineras|caricatori|Ladepunkte", "charging stations"),
    # materials
    # (sheet metal is the form carmakers buy it in: "lamiere zincate", "Stahlbleche", "tôles")
    (r"(?:green |low-carbon |flat )?steel|acciaio|Stahl\w*|acier|acero|steel sheets?|lamier[ae](?: d['’]acciaio| zincat[ae])?|Bleche?n?|tôles?|chapas? de acero", "steel"),
    (r"alumini?um|alluminio|aluminio", "aluminium"),
    (r"copper|rame|Kupfer|cuivre|cobre", "copper"),
    (r"tyres|tires|pneumatici|Reifen|pneus|neum[aá]ticos", "tyres"),
    (r"hydrogen|idrogeno|Wasserstoff|hydrog[eè]ne|hidr[oó]geno", "hydrogen"),
    # vehicle components and equipment
    (r"electroly[sz]ers?|elettrolizzatori|Elektrolyseure?n?|[eé]lectrolyseurs?|electrolizadores?", "electrolysers"),
    (r"e-?axles?|axles?|assali|Achsen|essieux", "axles"),
    (r"engines?|motori|Motoren|moteurs?|motores", "engines"),
    (r"brakes?|braking systems?|brake systems?|brake-by-wire|freni|impianti frenanti|sistem[ai] frenant[ei]|Bremsen|Bremssystem\w*|Bremsanlagen?|freins|syst[eè]mes? de freinage|frenos|sistemas? de frenos?", "brakes"),
    (r"(?:rear-?view |side )?mirrors|retrovisori|Au(?:ß|ss)enspiegel|r[eé]troviseurs?|retrovisores", "mirrors"),
    (r"(?:power |subsea |submarine )?cables?|cavi|Kabel|c[aâ]bles?", "cables"),
    # electricity bought under a power contract ("kauft Windstrom von Statkraft", "buys wind power from")
    (r"electricity|(?:renewable|green|clean|wind|solar|hydro|nuclear|offshore wind) (?:power|energy|electricity)"
     r"|energia elettrica|elettricit[àa]|energia (?:rinnovabile|verde|eolica|solare|pulita)"
     r"|(?:Öko|Wind|Solar|Grün|Atom|Wasserkraft)?[Ss]trom"
     r"|[ée]lectricit[ée]|[ée]nergie (?:renouvelable|verte|[ée]olienne|solaire|d[ée]carbon[ée]e)"
     r"|electricidad|energ[ií]a (?:el[ée]ctrica|renovable|verde|e[oó]lica|solar|limpia)", "electricity"),
    (r"biofuels?|biocarburanti|Biokraftstoffe?|biocarburants?|biocombustibles?|HVO", "biofuels"),
    # vehicles (facility products, vehicle supply to fleets)
    (r"electric vehicles?|EVs?|auto elettriche|veicoli elettrici|Elektroautos?|E-Autos?|Elektrofahrzeuge?n?|v[eé]hicules? [eé]lectriques?|voitures? [eé]lectriques?|veh[ií]culos? el[eé]ctricos?|coches? el[eé]ctricos?", "electric vehicles"),
    (r"vehicles?|cars|trucks|camion|camions|Lkw|camiones|veicoli|vetture|Fahrzeuge?n?|Autos|v[eé]hicules?|voitures|veh[ií]culos?|coches", "vehicles"),
    # rolling stock, buses, aircraft and seats, named in orders ("ha ordinato 100 treni a Y"; French "bus" only
    # with its kind, as a computer's "bus" is no vehicle; German compounds "Elektrobusse")
    (r"trains|treni|Züge[n]?|trenes|rames|(?:electric |e-)?buses|autobus|autobuses|(?:Elektro|Wasserstoff|Hybrid|Linien|Gelenk)?[Bb]usse[n]?|bus (?:électriques|hybrides|articulés|à hydrogène)|aircraft|aerei|Flugzeuge[n]?|avions|aviones", "vehicles"),
    (r"(?:car |vehicle )?seats|sedili|Sitze[n]?|sièges|asientos", "seats"),
    # die-casting machines for one-piece car bodies ("las gigaprensas", "les gigapresses", "die Gigapressen")
    (r"giga-?press(?:es)?|giga-?prensas?|giga-?presses?|Giga-?pressen|die-?casting machines|macchine (?:di|per) pressofusione|máquinas de inyección|Druckgussmaschinen|machines de fonderie sous pression", "casting machines"),
    # vehicle components named by their head noun, last (any more specific product above wins): German glues
    # the part's use before the head ("Kühlmodule", "Leistungsmodule", "Strukturbauteile", "Batteriegehäuse",
    # "Wärmepumpen", "Wärmetauscher", "Steuergeräte", "Kabelbäume"), the other languages put it after
    # ("cooling modules", "moduli di raffreddamento", "modules de refroidissement", "módulos de refrigeración")
    # ("Getriebe" but not "getrieben", "angetrieben" is driven; "Wärmepumpen" but not the verb "pumpen")
    (r"\w*(?:komponenten|bauteile|bauteilen|module|modulen|gehäuse|gehäusen|tauscher|sensoren|getriebe"
     r"|steuergeräte|steuergeräten|ladegeräte|ladegeräten|kabelbäume|kabelbäumen|bordnetze|kühlplatten)|\w+pumpen", "components"),
    # (the literal analysis takes some forty alternatives a product: one entry a side)
    (r"components|modules|heat pumps|heat exchangers|sensors|gearboxes|housings|wiring harness(?:es)?|control units"
     r"|componenti|moduli|pompe di calore|scambiatori di calore|sensori|cablaggi|centraline"
     r"|composants|pompes à chaleur|échangeurs de chaleur|capteurs|faisceaux de câbles|boîtes de vitesses|calculateurs"
     r"|componentes|módulos|bombas de calor|intercambiadores de calor|sensores|cajas de cambios|mazos de cables|arneses",
     "components"),
]
