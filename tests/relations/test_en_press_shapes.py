"""How English business and trade press states each relation and status, written as invented sentences
with invented companies (none from the dev pages): supply in its many shapes ("X will supply Y with",
"Y has tapped X to supply", "X won a contract from Y", "Y sources its cells from X", "X's cells power Y's",
"Y's battery supplier X", "X lands Y deal"), partnerships, joint ventures, stakes, takeovers, ownership
("X-owned Y", "Y, a unit of X") and the status cues around them ("reportedly", "people familiar with the
matter", "in talks", "denied a report", "ended in 2023"), plus sentences that name two companies and no
tie. Each runs through the default pipeline (entities included, none given), and the relations found
must be exactly the ones listed (a status of None is left unchecked). The shapes not read yet are
marked xfail(strict=True) with the reason, so that reading one later shows here."""

from __future__ import annotations

import pytest

from tierscope.eval.match import Matcher

_SYMMETRIC = {"partners_with", "joint_venture"}
_MATCH = Matcher()


@pytest.fixture(scope="module")
def run(read_page):
    return lambda text: read_page(text, "en")


def _key(typ: str, src: str, tgt: str) -> tuple:
    s, t = _MATCH.key(src), _MATCH.key(tgt)
    return (typ, *sorted((s, t))) if typ in _SYMMETRIC else (typ, s, t)


# (text, [(source, type, target, status)]): source supplies, buys, owns or invests in target
CASES = [
    ('Corvane Cells will supply Dantrell Motors with battery cells for its next electric SUV, the companies said on Tuesday.', [('Corvane Cells', 'supplies', 'Dantrell Motors', 'announced')]),
    ('Dantrell Motors has tapped Corvane Cells to supply battery packs for its electric pickup.', [('Corvane Cells', 'supplies', 'Dantrell Motors', 'announced')]),
    ('Halbrook Materials Inc. won a contract from Pemberly Automotive to deliver cathode materials from 2027.', [('Halbrook Materials Inc.', 'supplies', 'Pemberly Automotive', 'announced')]),
    ("Pemberly Automotive sources its cells from Quenfield Energy, according to the company's annual report.", [('Quenfield Energy', 'supplies', 'Pemberly Automotive', 'active')]),
    ("Quenfield Energy's cells power Marlowe Cars' entry-level hatchback.", [('Quenfield Energy', 'supplies', 'Marlowe Cars', 'active')]),
    ('Ostrava Lithium and Brennick Batteries signed a supply agreement on Monday covering 40,000 tonnes of lithium hydroxide.', [('Ostrava Lithium', 'supplies', 'Brennick Batteries', 'announced')]),
    ('Tavelle Electronics, a supplier to Marlowe Cars, said it would raise prices next year.', [('Tavelle Electronics', 'supplies', 'Marlowe Cars', 'active')]),
    ("Marlowe Cars' battery supplier Quenfield Energy reported a drop in quarterly profit.", [('Quenfield Energy', 'supplies', 'Marlowe Cars', 'active')]),
    ('Corvane Cells lands Dantrell Motors deal', [('Corvane Cells', 'supplies', 'Dantrell Motors', 'announced')]),
    pytest.param('Corvane-Dantrell battery deal worth $2 billion', [('Corvane', 'supplies', 'Dantrell', 'announced')], marks=pytest.mark.xfail(strict=True, reason="a headline's hyphened pair of unknown names is not read as two companies")),
    ('Halbrook Materials will provide Pemberly Automotive with anode material under a five-year deal.', [('Halbrook Materials', 'supplies', 'Pemberly Automotive', 'announced')]),
    ('Pemberly Automotive will buy battery cells from Quenfield Energy for its vans, the carmaker said.', [('Quenfield Energy', 'supplies', 'Pemberly Automotive', 'announced')]),
    ('Brennick Batteries has been selected by Orsino Motors as the cell supplier for its compact crossover.', [('Brennick Batteries', 'supplies', 'Orsino Motors', 'announced')]),
    ('Brennick Batteries began shipping cells to Orsino Motors in March.', [('Brennick Batteries', 'supplies', 'Orsino Motors', 'active')]),
    ("Orsino Motors' vehicles use cells made by Brennick Batteries.", [('Brennick Batteries', 'supplies', 'Orsino Motors', 'active')]),
    ('Vellmar Semiconductors supplies power chips to Kestrel Automotive.', [('Vellmar Semiconductors', 'supplies', 'Kestrel Automotive', 'active')]),
    ('Kestrel Automotive signed a deal with Vellmar Semiconductors to secure silicon carbide chips through 2030.', [('Vellmar Semiconductors', 'supplies', 'Kestrel Automotive', 'announced')]),
    ('Ostrava Lithium agreed to supply Brennick Batteries with spodumene concentrate for five years.', [('Ostrava Lithium', 'supplies', 'Brennick Batteries', 'announced')]),
    ('Ostrava Lithium has signed an offtake agreement with Brennick Batteries.', [('Ostrava Lithium', 'supplies', 'Brennick Batteries', 'announced')]),
    ('Brennick Batteries, which makes cells for Orsino Motors, plans to expand.', [('Brennick Batteries', 'supplies', 'Orsino Motors', 'active')]),
    ('Corvane Cells and Tamsin Robotics announced a partnership to develop solid-state batteries.', [('Corvane Cells', 'partners_with', 'Tamsin Robotics', 'announced')]),
    ('Tamsin Robotics is teaming up with Halbrook Materials to recycle used battery packs.', [('Tamsin Robotics', 'partners_with', 'Halbrook Materials', 'announced')]),
    ('Vellmar Semiconductors has partnered with Greyloft Systems on chip design software.', [('Vellmar Semiconductors', 'partners_with', 'Greyloft Systems', 'announced')]),
    ('Greyloft Systems and Kestrel Automotive will collaborate on autonomous driving software.', [('Greyloft Systems', 'partners_with', 'Kestrel Automotive', 'announced')]),
    ('Kestrel Automotive signed a memorandum of understanding with Ravenmoor Energy to explore hydrogen trucks.', [('Kestrel Automotive', 'partners_with', 'Ravenmoor Energy', None)]),
    ('Ravenmoor Energy ended its partnership with Kestrel Automotive in 2023.', [('Ravenmoor Energy', 'partners_with', 'Kestrel Automotive', 'ended')]),
    ('Corvane Cells and Dantrell Motors formed a joint venture to build batteries in Ohio.', [('Corvane Cells', 'joint_venture', 'Dantrell Motors', 'active')]),
    ('Halbrook Materials and Ostrava Lithium will set up a 50-50 joint venture to refine lithium.', [('Halbrook Materials', 'joint_venture', 'Ostrava Lithium', 'announced')]),
    ("Pemberly Automotive's joint venture with Quenfield Energy opened its first factory last year.", [('Pemberly Automotive', 'joint_venture', 'Quenfield Energy', 'active')]),
    ('Arbela Power, a joint venture between Brennick Batteries and Orsino Motors, will make cells in Spain.', [('Brennick Batteries', 'joint_venture', 'Orsino Motors', 'active')]),
    ('Brennick Batteries and Orsino Motors dissolved their joint venture in 2023.', [('Brennick Batteries', 'joint_venture', 'Orsino Motors', 'ended')]),
    ('Vellmar Semiconductors is in talks with Kestrel Automotive to form a joint venture for chip packaging.', [('Vellmar Semiconductors', 'joint_venture', 'Kestrel Automotive', 'in_talks')]),
    ('Dantrell Motors agreed to buy a 20% stake in Corvane Cells for $500 million.', [('Dantrell Motors', 'invests_in', 'Corvane Cells', 'announced')]),
    pytest.param('Halbrook Materials invested $300 million in Ostrava Lithium, the companies said.', [('Halbrook Materials', 'invests_in', 'Ostrava Lithium', 'announced')], marks=pytest.mark.xfail(strict=True, reason="a name opening with a town ('Ostrava') is left to the gazetteer")),
    ('Tamsin Robotics raised $80 million in a funding round led by Greyloft Ventures.', [('Greyloft Ventures', 'invests_in', 'Tamsin Robotics', 'active')]),
    ('Kestrel Automotive holds a 15% stake in Ravenmoor Energy.', [('Kestrel Automotive', 'invests_in', 'Ravenmoor Energy', 'active')]),
    ('Orsino Motors is an investor in Brennick Batteries.', [('Orsino Motors', 'invests_in', 'Brennick Batteries', 'active')]),
    ('Kestrel Automotive sold its stake in Ravenmoor Energy last year.', [('Kestrel Automotive', 'invests_in', 'Ravenmoor Energy', 'ended')]),
    ('Halbrook Materials completed its acquisition of Ostrava Lithium on Friday.', [('Halbrook Materials', 'acquires', 'Ostrava Lithium', 'active')]),
    ('Dantrell Motors agreed to acquire Tavelle Electronics for $1.2 billion.', [('Dantrell Motors', 'acquires', 'Tavelle Electronics', 'announced')]),
    ('Greyloft Systems bought Tamsin Robotics in 2021.', [('Greyloft Systems', 'acquires', 'Tamsin Robotics', 'active')]),
    ('Tamsin Robotics was acquired by Greyloft Systems in 2021.', [('Greyloft Systems', 'acquires', 'Tamsin Robotics', 'active')]),
    ('Greyloft Systems to buy Tamsin Robotics', [('Greyloft Systems', 'acquires', 'Tamsin Robotics', 'announced')]),
    ("Pemberly Automotive's takeover of Marlowe Cars was blocked by regulators.", [('Pemberly Automotive', 'acquires', 'Marlowe Cars', 'ended')]),
    ('Dantrell-owned Corvane Cells will build a new plant.', [('Dantrell', 'owns', 'Corvane Cells', 'active')]),
    ('Corvane Cells, a unit of Dantrell Motors, reported higher sales.', [('Dantrell Motors', 'owns', 'Corvane Cells', 'active')]),
    ('Quenfield Energy, a subsidiary of Marlowe Group, makes cells in Poland.', [('Marlowe Group', 'owns', 'Quenfield Energy', 'active')]),
    ('Brennick Batteries, which is owned by Orsino Holdings, supplies cells to several carmakers.', [('Orsino Holdings', 'owns', 'Brennick Batteries', 'active')]),
    ("Orsino Holdings' battery arm Brennick Batteries plans to list its shares.", [('Orsino Holdings', 'owns', 'Brennick Batteries', 'active')]),
    ('Ravenmoor Energy is a wholly owned subsidiary of Kestrel Group.', [('Kestrel Group', 'owns', 'Ravenmoor Energy', 'active')]),
    ('Dantrell Motors is reportedly in talks to buy Tavelle Electronics, people familiar with the matter said.', [('Dantrell Motors', 'acquires', 'Tavelle Electronics', 'rumoured')]),
    pytest.param('Halbrook Materials is considering a bid for Ostrava Lithium, according to Reuters.', [('Halbrook Materials', 'acquires', 'Ostrava Lithium', 'rumoured')], marks=pytest.mark.xfail(strict=True, reason="a name opening with a town ('Ostrava') is left to the gazetteer")),
    ('Corvane Cells will reportedly supply Pemberly Automotive with cells for its new sedan.', [('Corvane Cells', 'supplies', 'Pemberly Automotive', 'rumoured')]),
    ('Quenfield Energy denied a report that it would supply Orsino Motors with batteries.', [('Quenfield Energy', 'supplies', 'Orsino Motors', 'denied')]),
    pytest.param('Greyloft Systems is in talks with Vellmar Semiconductors about a chip supply deal.', [('Vellmar Semiconductors', 'supplies', 'Greyloft Systems', 'in_talks')], marks=pytest.mark.xfail(strict=True, reason='talks about a supply deal read the subject as the supplier (how the dev pages write it)')),
    ('The supply deal between Ostrava Lithium and Brennick Batteries ended in 2023.', [('Ostrava Lithium', 'supplies', 'Brennick Batteries', 'ended')]),
    ('Tavelle Electronics stopped supplying Marlowe Cars last year.', [('Tavelle Electronics', 'supplies', 'Marlowe Cars', 'ended')]),
    ('Dantrell Motors said it had no plans to acquire Tavelle Electronics, denying a media report.', [('Dantrell Motors', 'acquires', 'Tavelle Electronics', 'denied')]),
    pytest.param('Pemberly Automotive is negotiating with Brennick Batteries over a long-term cell supply contract.', [('Brennick Batteries', 'supplies', 'Pemberly Automotive', 'in_talks')], marks=pytest.mark.xfail(strict=True, reason='talks about a supply deal read the subject as the supplier (how the dev pages write it)')),
    ('Kestrel Automotive is said to be weighing an investment in Ravenmoor Energy.', [('Kestrel Automotive', 'invests_in', 'Ravenmoor Energy', 'rumoured')]),
    ('Corvane Cells will build a 30 GWh plant in Lexington, Kentucky, to supply Dantrell Motors.', [('Corvane Cells', 'supplies', 'Dantrell Motors', 'announced')]),
    ('Brennick Batteries broke ground on its plant in Valdora, Spain, which will supply cells to Orsino Motors.', [('Brennick Batteries', 'supplies', 'Orsino Motors', 'announced')]),
    pytest.param('The Kettering plant, which Quenfield Energy owns with Pemberly Automotive, started production in May.', [('Quenfield Energy', 'joint_venture', 'Pemberly Automotive', 'active')], marks=pytest.mark.xfail(strict=True, reason="a plant owned 'with' another company is not read as a joint venture")),
    ('Corvane Cells and Dantrell Motors both reported higher profits on Thursday.', []),
    ('Analysts said Halbrook Materials could benefit from higher lithium prices, while Ostrava Lithium shares fell.', []),
    ('Tamsin Robotics competes with Greyloft Systems in warehouse automation.', []),
    ("Kestrel Automotive's chief executive previously worked at Ravenmoor Energy.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_english_shapes(run, text, expected):
    got = {_key(r.type, r.source, r.target): r.status for r in run(text).relations}
    want = {_key(t, s, g): st for s, t, g, st in expected}
    assert set(got) == set(want), got
    for k, st in want.items():
        assert st is None or got[k] == st, (k, got[k])
