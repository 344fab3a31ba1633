"""A GP between two patients: anxious 14-year-old in Verviers, parent asking to cover three weeks — from the doctors'
start page to « Préparer la fiche », with and without JavaScript; clicks and words to read are measured."""

import re

import pytest
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}
MAX_CLICKS = 4  # before « Préparer la fiche »
MAX_WORDS = 460  # words on screen above what the GP clicks, summed over the pages: two minutes at ~230 words a minute

# Visible words of <main> that come before `element` in the document (closed <details> are not read).
WORDS_BEFORE = """(element) => {
  const main = document.querySelector('main') || document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let words = 0, node;
  while ((node = walker.nextNode())) {
    if (element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility()) continue;
    words += node.textContent.trim().split(/\\s+/).filter(Boolean).length;
  }
  return words;
}"""


class Reader:
    """Clicks like the GP and counts the clicks and the words on screen above each clicked control."""

    def __init__(self, page):
        self.page, self.clicks, self.words = page, 0, 0

    def click(self, locator, *, touch=True):
        expect(locator).to_be_visible()
        if touch:
            box = locator.bounding_box()
            assert box["height"] >= 44  # large touch target
        self.words += locator.evaluate(WORDS_BEFORE)
        self.clicks += 1
        locator.click()


def gp_common_case(page, base_url, axe, *, check_a11y: bool) -> Reader:
    page.goto(f"{base_url}/orientation/medecins/")
    reader = Reader(page)
    page.get_by_label("Code postal de la famille (facultatif)").fill("4800")
    expect(page.get_by_role("heading", name="Y a-t-il un danger immédiat ?")).to_be_visible()
    if check_a11y:
        assert axe(page) == []  # the start page with its first question
    reader.click(page.get_by_role("button", name="Non, pas de danger immédiat"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Que constatez-vous pour la période demandée ?")
    if check_a11y:
        assert axe(page) == []  # a question
    reader.click(page.get_by_role("link", name=re.compile("^Rien qui empêche d'aller à l'école")))
    expect(page.get_by_role("heading", level=1)).to_have_text("Que cache l'absence ?")
    if check_a11y:
        assert axe(page) == []  # a multiple-answer question
    reader.click(page.get_by_label("Anxiété liée à l'école ou à la séparation"), touch=False)
    reader.click(page.get_by_role("button", name="Continuer"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Refus scolaire anxieux probable")
    assert "r=0.4.1" in page.url and "cp=4800" in page.url  # a shareable GET link
    button = page.get_by_role("button", name="Préparer la fiche").first
    assert button.bounding_box()["y"] < 2 * PHONE["height"]  # within two screens, not 4,000 px down
    reader.words += button.evaluate(WORDS_BEFORE)
    expect(page.get_by_role("heading", name="Qui appeler près de 4800 Verviers")).to_be_visible()
    assert page.locator(".orientation-service").count() >= 1
    path = page.locator(".orientation-path")
    expect(path).to_contain_text("Anxiété liée à l'école ou à la séparation")
    if check_a11y:
        assert axe(page) == []  # the outcome
    return reader


def open_handout(page, base_url):
    page.get_by_role("button", name="Préparer la fiche").first.click()
    expect(page.get_by_role("heading", name="Fiche d’orientation pour la famille")).to_be_visible()
    assert page.locator(".handout__service").count() >= 1
    expect(page.locator("img.handout__qr")).to_be_visible()
    short = page.locator(".handout__url").inner_text()
    assert len(short.split("://", 1)[1].split("/", 1)[1]) + 1 <= 40  # ≤ 40 characters after the host
    href = page.get_by_role("link", name="Télécharger la fiche (PDF)").get_attribute("href")
    response = page.request.get(base_url + href)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".orientation-handout-actions")).to_be_hidden()
    expect(page.locator(".handout")).to_be_visible()
    page.emulate_media(media="screen")


@pytest.mark.django_db(transaction=True)
def test_gp_common_case_on_a_phone_with_javascript(site_data, phone_page, live_server, axe):
    reader = gp_common_case(phone_page, live_server.url, axe, check_a11y=True)
    print(f"GP common case: {reader.clicks} clicks and {reader.words} words before « Préparer la fiche »")  # noqa: T201
    assert reader.clicks <= MAX_CLICKS and reader.words <= MAX_WORDS
    # several dangers at once: suicide risk and maltreatment, nothing ticked, suicide line first
    phone_page.goto(f"{live_server.url}/orientation/medecins/")
    phone_page.get_by_label(re.compile("^Idées suicidaires")).check()
    phone_page.get_by_label(re.compile("^Signes ou récit de maltraitance")).check()
    phone_page.get_by_role("button", name="Continuer").click()
    emergency = phone_page.locator(".orientation-emergency").first
    expect(emergency).to_contain_text("0800 32 123")
    assert emergency.bounding_box()["y"] < phone_page.get_by_role("heading", level=1).bounding_box()["y"]
    expect(phone_page.locator(".orientation-safety")).to_be_visible()
    assert phone_page.locator('input[name="s"]:checked').count() == 0
    assert axe(phone_page) == []  # an urgent, combined outcome
    phone_page.go_back()
    gp_common_case(phone_page, live_server.url, axe, check_a11y=False)
    open_handout(phone_page, live_server.url)
    expect(phone_page.get_by_role("button", name="Imprimer")).to_be_visible()  # enhancement only with JS
    assert axe(phone_page) == []


@pytest.mark.django_db(transaction=True)
def test_gp_common_case_without_javascript(site_data, nojs_page, live_server, axe):
    nojs_page.set_viewport_size(PHONE)
    reader = gp_common_case(nojs_page, live_server.url, axe, check_a11y=False)  # axe needs JavaScript
    assert reader.clicks <= MAX_CLICKS and reader.words <= MAX_WORDS
    open_handout(nojs_page, live_server.url)
    expect(nojs_page.get_by_role("button", name="Imprimer")).to_be_hidden()


@pytest.mark.django_db(transaction=True)
def test_young_persons_outcome_and_crisis_search_pass_axe(site_data, phone_page, live_server, axe):
    phone_page.goto(f"{live_server.url}/orientation/jeunes/etape/?r=0.6&cp=4800")
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Tes droits : absences, certificat, école")
    assert axe(phone_page) == []
    phone_page.goto(f"{live_server.url}/orientation/medecins/etape/?r=2&cp=4960")  # maltreatment outcome
    expect(phone_page.locator(".orientation-safety")).to_be_visible()
    assert axe(phone_page) == []
    phone_page.goto(f"{live_server.url}/annuaire/?q=je+me+sens+mal+je+veux+mourir")
    expect(phone_page.locator(".orientation-emergency").first).to_contain_text("0800 32 123")
    assert axe(phone_page) == []
