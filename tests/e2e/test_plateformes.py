"""One instance, several plateformes, in a real browser (decision 0200): a second plateforme (Namur) added as data;
a Namur postal code puts Namur's section and services first, a Liège one puts Liège's."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

NAMUR_ROW = (
    "id,name,acronym,type,line,street_address,postal_code,locality,commune,arrondissement,phone,email,website,"
    "description_fr,audiences,age_range,free,mandated,source_url,extra_sources,source_year,confidence,notes,"
    "latitude,longitude,geo_precision\n"
    "amo-essai-namur,AMO Essai Namur,,amo,premiere_ligne,,5000,Namur,Namur,Namur,081 00 00 00,,,"
    "Service de test (plateforme de Namur).,jeunes;familles,,oui,non,https://example.org/essai,,,high,,,,\n"
)


@pytest.fixture
def namur(site_data):
    """Namur added as an administrator would (a plateforme, its communes), with one listing of its own."""
    from accroche.directory.importers.services_csv import import_services_csv
    from accroche.directory.models import Service
    from accroche.geo.models import Commune, Plateforme
    from accroche.geo.services import plateforme_set_communes

    plateforme = Plateforme.objects.create(
        slug="namur", name="Namur", province="Namur", sort_order=4, contact_email="coordination@namur.example"
    )
    plateforme_set_communes(plateforme=plateforme, communes=Commune.objects.filter(province="Namur"))
    report = import_services_csv(text=NAMUR_ROW)
    assert not report.errors, report.errors
    service = Service.objects.get(name="AMO Essai Namur")
    assert service.plateforme == "namur"
    return service


def _plateforme_of(title: str) -> str:
    from accroche.directory.models import Service

    return Service.objects.filter(name=title.strip()).values_list("plateforme", flat=True).first()


def _home_for(page, base: str, lieu: str) -> None:
    page.goto(base + "/")
    page.get_by_label("Votre commune ou code postal").fill(lieu)
    page.get_by_role("button", name="Mettre votre plateforme en premier").click()
    page.wait_for_url(re.compile(r"lieu=" + lieu))


def test_a_namur_postal_code_puts_namur_first_and_a_liege_one_puts_liege(namur, live_server, page, axe):
    base = live_server.url
    _home_for(page, base, "5000")
    sections = page.locator("[data-plateforme]")
    expect(sections.first).to_have_attribute("data-plateforme", "namur")
    expect(page.get_by_role("heading", level=2, name="Votre plateforme : Namur")).to_be_visible()
    expect(sections.first).to_contain_text("coordination@namur.example")
    assert axe(page) == []

    # Its services first: in the directory near the postal code, and on the map's list.
    sections.first.get_by_role("link", name="Les services près de 5000").click()
    first = page.locator(".service-card__name").first
    expect(first).to_have_text("AMO Essai Namur")
    page.goto(base + "/carte/?lieu=5000")
    page.wait_for_selector("[data-map][data-state='ready']")
    expect(page.locator("[data-map-list] [data-service]").first).to_contain_text("AMO Essai Namur")

    # A Liège postal code: Liège's section first, Liège's services first, Namur's after.
    _home_for(page, base, "4000")
    expect(sections.first).to_have_attribute("data-plateforme", "liege")
    assert sections.evaluate_all("els => els.map(e => e.dataset.plateforme)") == [
        "liege",
        "verviers",
        "huy-waremme",
        "namur",
    ]
    sections.first.get_by_role("link", name="Les services près de 4000").click()
    titles = page.locator(".service-card__name").all_inner_texts()
    assert titles and _plateforme_of(titles[0]) in ("liege", "")  # Liège's own, or a service of the whole territory
    assert "AMO Essai Namur" not in titles[:10]

    # Outside every plateforme: said plainly, the whole territory in the administrators' order.
    _home_for(page, base, "6700")  # Arlon
    expect(page.get_by_role("status").filter(has_text="ne fait partie d’aucune plateforme")).to_be_visible()
    expect(sections.first).to_have_attribute("data-plateforme", "liege")


def test_the_plateforme_form_works_without_javascript(namur, live_server, nojs_page):
    nojs_page.goto(live_server.url + "/?lieu=5000#votre-plateforme")
    expect(nojs_page.locator("[data-plateforme]").first).to_have_attribute("data-plateforme", "namur")
    expect(nojs_page.get_by_role("heading", level=2, name="Votre plateforme : Namur")).to_be_visible()
