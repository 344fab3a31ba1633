"""A doctor on a phone: from /orientation/medecins/ to services near 4800 and the handout, with and without JS."""

import re

import pytest
from playwright.sync_api import expect

DOCTOR_PATH = [
    "Continuer",
    "Non, pas de danger immédiat",
    "Période en cours ou à venir",
    re.compile(r"^Non ; ou plaintes fonctionnelles"),
    "Anxiété liée à l'école ou à la séparation",
]
PHONE = {"width": 390, "height": 844}


def walk_doctor_path(page, base_url, axe, *, check_a11y: bool):
    page.goto(f"{base_url}/orientation/")
    page.get_by_role("link", name="On me demande un certificat pour couvrir une absence scolaire").click()
    page.get_by_label("Code postal de la famille (facultatif)").fill("4800")
    page.get_by_role("button", name="Commencer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "On vous demande un certificat pour couvrir une absence scolaire"
    )
    for index, answer in enumerate(DOCTOR_PATH):
        link = page.get_by_role("link", name=answer)
        expect(link).to_be_visible()
        page.wait_for_load_state("load")  # the new page's stylesheets too, before measuring
        box = link.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 300  # large touch target on a 390px screen
        if check_a11y and index == 1:
            assert axe(page) == []  # a question screen
        link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Refus scolaire anxieux probable")
    expect(page.get_by_role("heading", name="Services près de 4800 Verviers")).to_be_visible()
    services = page.locator(".orientation-service")
    assert services.count() >= 4
    expect(services.first).to_contain_text("Verviers")
    # the path so far is visible, each answer changeable
    path = page.locator(".orientation-path")
    expect(path).to_contain_text("Anxiété liée à l'école ou à la séparation")
    assert path.get_by_role("link", name=re.compile("^Modifier")).count() == len(DOCTOR_PATH)
    if check_a11y:
        assert axe(page) == []  # the outcome


def open_handout(page, base_url):
    page.get_by_role("button", name="Préparer la fiche pour la famille").click()
    expect(page.get_by_role("heading", name="Fiche d’orientation pour la famille")).to_be_visible()
    assert page.locator(".handout__service").count() == 4
    expect(page.locator("img.handout__qr")).to_be_visible()
    href = page.get_by_role("link", name="Télécharger la fiche (PDF)").get_attribute("href")
    response = page.request.get(base_url + href)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".orientation-handout-actions")).to_be_hidden()
    expect(page.locator(".handout")).to_be_visible()
    page.emulate_media(media="screen")


@pytest.mark.django_db(transaction=True)
def test_doctor_on_a_phone_with_javascript(site_data, phone_page, live_server, axe):
    walk_doctor_path(phone_page, live_server.url, axe, check_a11y=True)
    # change an answer from the path: back to the danger question, then an urgent outcome
    phone_page.locator(".orientation-path").get_by_role("link", name=re.compile("Modifier.*danger immédiat")).click()
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Y a-t-il un danger immédiat ?")
    phone_page.get_by_role("link", name=re.compile("^Oui : idées suicidaires")).click()
    emergency = phone_page.locator(".orientation-emergency").first
    expect(emergency).to_contain_text("0800 32 123")
    assert emergency.bounding_box()["y"] < phone_page.get_by_role("heading", level=1).bounding_box()["y"]
    assert axe(phone_page) == []
    phone_page.go_back()
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Y a-t-il un danger immédiat ?")
    phone_page.go_back()
    walk_doctor_path(phone_page, live_server.url, axe, check_a11y=False)
    open_handout(phone_page, live_server.url)
    expect(phone_page.get_by_role("button", name="Imprimer")).to_be_visible()  # enhancement only with JS
    assert axe(phone_page) == []


@pytest.mark.django_db(transaction=True)
def test_doctor_on_a_phone_without_javascript(site_data, nojs_page, live_server, axe):
    nojs_page.set_viewport_size(PHONE)
    walk_doctor_path(nojs_page, live_server.url, axe, check_a11y=False)
    url = nojs_page.url
    assert "r=1.4.3.3.1" in url and "cp=4800" in url  # a shareable GET link
    open_handout(nojs_page, live_server.url)
    expect(nojs_page.get_by_role("button", name="Imprimer")).to_be_hidden()
