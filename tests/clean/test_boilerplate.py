"""The boilerplate filter on scraped pages in five languages: every furniture line is marked, no
article line is touched."""

from __future__ import annotations

import pytest

from tierscope.clean import find_boilerplate

from clean_pages import PAGES, build


def _covered(ranges, start, end):
    return any(s <= start and end <= e for s, e in ranges)


def _touched(ranges, start, end):
    return any(s < end and start < e for s, e in ranges)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_page_furniture_marked_and_prose_kept(language):
    text, spans = build(PAGES[language])
    ranges = find_boilerplate(text)
    missed = [text[s:e] for s, e, kind in spans if kind == "junk" and not _covered(ranges, s, e)]
    wrongly = [text[s:e] for s, e, kind in spans if kind == "keep" and _touched(ranges, s, e)]
    assert missed == [], "furniture left unmarked"
    assert wrongly == [], "article text marked as furniture"


def test_ranges_are_sorted_disjoint_and_trimmed():
    text, _ = build(PAGES["en"])
    ranges = find_boilerplate(text)
    assert ranges == sorted(ranges)
    for (s1, e1), (s2, e2) in zip(ranges, ranges[1:]):
        assert e1 < s2
    for s, e in ranges:
        assert text[s:e] == text[s:e].strip()


def test_teaser_block_ends_at_prose():
    text = (
        "Related articles\n"
        "Tesla cuts prices in China\n"
        "The company said the deal with its supplier would be completed by the end of the year.\n"
    )
    [(s, e)] = find_boilerplate(text)
    assert text[s:e] == "Related articles\nTesla cuts prices in China"


def test_prose_about_subscribers_and_kilometres_is_kept():
    text = (
        "Netflix said it added 5 million subscribers in the quarter, beating analysts' forecasts.\n"
        "The 1,200 km pipeline will cost €2 billion and is due to be completed by 2027.\n"
        "Customers can subscribe to the charging service from June, the company said in a statement.\n"
    )
    assert find_boilerplate(text) == []


def test_comment_section_with_bodies_is_marked():
    text = (
        "BMW will build its new plant in Debrecen, the company said on Tuesday in Munich.\n"
        "\n"
        "Comments (2)\n"
        "carfan88 · 2 hours ago\n"
        "This is great news for the region and for the workers who live there, I think.\n"
        "Reply\n"
        "\n"
        "maria_k · 3 hours ago\n"
        "Another factory that will use too much water, as usual, nobody asked the locals.\n"
    )
    ranges = find_boilerplate(text)
    assert text[ranges[0][0] : ranges[-1][1]].startswith("Comments (2)")
    assert text[ranges[-1][0] : ranges[-1][1]].endswith("nobody asked the locals.")
    assert not _touched(ranges, 0, text.index("\n"))


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter: get the news on how Renault partners with Nissan every morning.",
    "Iscriviti alla newsletter per ricevere ogni mattina le notizie su Stellantis e i suoi fornitori.",
    "Abonnieren Sie unseren Newsletter und erfahren Sie, welche Zulieferer BMW ab 2026 beliefern.",
    "Abonnez-vous à notre newsletter pour savoir qui fournit Renault et Stellantis chaque matin.",
    "Suscríbete a nuestra newsletter y recibe cada mañana las noticias del motor y de sus empresas.",
])
def test_newsletter_box_written_as_a_sentence_is_marked(line):
    text = f"Bosch will supply radar sensors to Volvo Cars from 2026, the two companies said.\n\n{line}\n"
    assert find_boilerplate(text) == [(text.index(line), text.index(line) + len(line))]


def test_prose_mentioning_a_newsletter_is_kept():
    text = ("The publisher said its newsletter business grew 20% last year, after it signed a deal "
            "with Axel Springer to distribute its titles in Germany.\n")
    assert find_boilerplate(text) == []


@pytest.mark.parametrize("head", ["12 comments", "Kommentare", "Commenti (3)", "3 commentaires", "Comentarios"])
def test_counted_comment_section_marks_comment_bodies_without_headers(head):
    text = (
        "Bosch will supply radar sensors to Volvo Cars from 2026, the two companies said on Thursday.\n"
        "\n"
        f"{head}\n"
        "Mark_77: I heard Toyota will acquire Mazda next year, my cousin works there, so it is true.\n"
        "I think Renault partners with Nissan again, they always do this when sales are down.\n"
        "Log in to comment\n"
    )
    ranges = find_boilerplate(text)
    start = text.index(head)
    assert ranges == [(start, len(text) - 1)]


@pytest.mark.parametrize("head, comment", [
    ("RÉAGISSEZ (1 commentaire)", "Pierre_31 : Bonne nouvelle, Airbus va racheter Aérolithe et Daher aussi !"),
    ("Have your say", "Mark_77: I heard Toyota will acquire Mazda next year, so it is true!"),
    ("Dì la tua (2 commenti)", "Marco_71: Secondo me Stellantis comprerà Leapmotor entro l'anno, vedrete."),
    ("Diskutieren Sie mit", "Klaus_B: Ich wette, Bosch übernimmt Kessler noch vor dem Sommer komplett."),
    ("Deja tu comentario", "Lucía_88: Seguro que Gestamp acaba comprando la planta de BYD en Hungría."),
])
def test_comment_box_under_an_invitation_is_marked(head, comment):
    text = ("Airbus has confirmed talks to take a minority stake in Aerolithe, a spokesperson said on Thursday.\n"
            f"\n{head}\n{comment}\n")
    assert find_boilerplate(text) == [(text.index(head), len(text) - 1)]


def test_discussion_subheading_does_not_swallow_the_article():
    text = (
        "Bosch will supply radar sensors to Volvo Cars from 2026, the two companies said on Thursday.\n"
        "\n"
        "Discussion\n"
        "Analysts said the contract shows that Volvo Cars wants a second supplier besides Continental.\n"
    )
    assert not _touched(find_boilerplate(text), text.index("Analysts"), len(text) - 1)


@pytest.mark.parametrize("head", ["MORE HEADLINES", "Altri titoli", "Weitere Meldungen", "Autres titres", "Más titulares"])
def test_headline_list_is_a_teaser_block(head):
    text = ("Airbus has taken a minority stake in H2Lift Systems, the company said on Monday in Toulouse.\n\n"
            f"{head}\n• Vestas wins turbine order from Ørsted for Baltic wind farm\n"
            "• Thyssenkrupp said to weigh sale of steel unit\n")
    start = text.index(head)
    assert find_boilerplate(text) == [(start, len(text) - 1)]
