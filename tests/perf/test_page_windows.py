"""scan/page_windows.py: the stretch test of a whole page answers as ``windows.may_hold_in`` does, and
never skips a match (only the literals the page holds are looked for in the stretch)."""

from tierscope.relations import owner_parties
from tierscope.scan.page_windows import page_may_hold_in
from tierscope.scan.windows import may_hold_in

_PAGES = [
    "Hollin Motors said on Monday that the Varga family holds 40% of Tessaro. Its chief executive Ana Ruiz "
    "added that the brand Kestrel would stay. The Lund plant of Norrlid will build the cells.",
    "Die Familie Brandt hält über die Holding BRX 30 Prozent an Corvalis. Vorstandschef Jan Ost sagte, die "
    "Marke Velqua bleibe. Das Werk von Arvik in Jena liefert die Achsen.",
    "La famille Moreau détient 25 % de Lorvik; son PDG a confirmé que la marque Sorel restera chez Lorvik.",
    "İstanbul'da ÜRETİM: the Okan family owns 12% of Maltrix.",  # odd case folding: always searched
    "No literal of any pattern here: Arvik signed with Kornex.",
]

_PATTERNS = [owner_parties._BRAND_BEFORE, owner_parties._FAMILY_BEFORE, owner_parties._PERSON_BEFORE]


def test_same_answer_as_may_hold_in():
    for page in _PAGES:
        for rx in _PATTERNS:
            for hi in range(0, len(page) + 1, 3):
                for reach in (20, 40, 60):
                    lo = max(0, hi - reach)
                    got = page_may_hold_in(rx, page, lo, hi)
                    assert got == may_hold_in(rx, page, lo, hi), (page, rx.pattern[:40], lo, hi)
                    if rx.search(page, lo, hi) is not None:
                        assert got, (page, rx.pattern[:40], lo, hi)


def test_literal_the_page_lacks_is_no_match():
    page = _PAGES[-1]
    assert not any(page_may_hold_in(rx, page, 0, len(page)) for rx in _PATTERNS[:2])
