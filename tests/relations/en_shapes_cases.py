"""Invented English business-news sentences in the shapes English papers use for funding rounds,
supplies told from the buyer's side and talks, the shapes the English pages read worst; with the readings
a reader would give them. Every company is made up; the whole pipeline (entities included) reads them.

Each case: (text, relations, facilities), as in fr_shapes_cases.py."""

from __future__ import annotations

CASES = [
    # --- funding rounds ------------------------------------------------------------------------------
    ("Harrowgate Capital led Brindle Cells' Series B last year.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    ("Brindle Cells raised $40 million in a Series B led by Harrowgate Capital.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", ("announced", "active"))], []),
    ("Harrowgate Capital led the Series B of Brindle Cells last summer.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    ("Harrowgate Capital came in as a minority investor in Brindle Cells' Series B.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    ("Brindle Cells' Series C was led by Harrowgate Capital, which owns about 12% of the company.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    ("Harrowgate Capital is one of Brindle Cells' investors.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    ("Harrowgate Capital took part in Brindle Cells' latest funding round.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    ("Harrowgate Capital participated in the $30 million round raised by Brindle Cells.",
     [("invests_in", "Harrowgate Capital", "Brindle Cells", "active")], []),
    # --- supplies told from the buyer's side ---------------------------------------------------------
    ("Our silane comes from Corbel Gases, which has a plant near the port.",
     [], []),
    ("Tamworth Motors buys class-one nickel from Quarrel Metals under a five-year contract.",
     [("supplies", "Quarrel Metals", "Tamworth Motors", "active")], []),
    ("Tamworth Motors relies on Brindle Cells and Ostby Power for its battery cells.",
     [("supplies", "Brindle Cells", "Tamworth Motors", "active"),
      ("supplies", "Ostby Power", "Tamworth Motors", "active")], []),
    ("The first cells from the new line are due to go to Tamworth Motors.",
     [], []),
    ("Brindle Cells' main customer was Tamworth Motors until the contract lapsed in 2024.",
     [("supplies", "Brindle Cells", "Tamworth Motors", "ended")], []),
    ("Quarrel Metals' cathode material is already used by Tamworth Motors in its compact vans.",
     [("supplies", "Quarrel Metals", "Tamworth Motors", "active")], []),
    ("Under the offtake agreement, Quarrel Metals will sell Tamworth Motors most of the mine's first output.",
     [("supplies", "Quarrel Metals", "Tamworth Motors", "announced")], []),
    ("Brindle Cells has been supplying complete battery packs to Tamworth Motors since 2022.",
     [("supplies", "Brindle Cells", "Tamworth Motors", "active")], []),
    # --- talks ---------------------------------------------------------------------------------------
    ("Brindle Cells is in talks with Tamworth Motors about supplying cells for a future model.",
     [("supplies", "Brindle Cells", "Tamworth Motors", "in_talks")], []),
    ("Ostby Power confirmed it is in discussions with Tamworth Motors over a cell supply deal.",
     [("supplies", "Ostby Power", "Tamworth Motors", "in_talks")], []),
    ("Quarrel Metals denied a report that Harrowgate Capital had made a takeover approach for it.",
     [("acquires", "Harrowgate Capital", "Quarrel Metals", "denied")], []),
    ("Tamworth Motors was weighing Brindle Cells as a source of cells for its compact models, a trade paper reported.",
     [("supplies", "Brindle Cells", "Tamworth Motors", "rumoured")], []),
]
