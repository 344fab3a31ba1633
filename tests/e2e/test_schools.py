"""Browser tests of the schools: search and site pages without JavaScript, a CPMS partner confirming its schools,
the coordinator approving and importing; axe on every new page."""

import io

import pytest

PASSWORD = "coordination-solide-2026"


@pytest.fixture
def schools_data(transactional_db):
    """Geo reference, the 104 seed services, the FASE school list, a CPMS partner and a Huy-Waremme coordinator."""
    from django.contrib.auth import get_user_model

    from accroche.directory.demo import load_demo as load_directory
    from accroche.directory.models import Service
    from accroche.geo.demo import load_demo as load_geo
    from accroche.network.models import CoordinatorAssignment, PartnerMembership
    from accroche.orientation.demo import load_demo as load_pathways
    from accroche.schools.demo import load_demo as load_schools

    load_geo(stdout=io.StringIO())
    load_directory(stdout=io.StringIO())
    load_schools(stdout=io.StringIO())
    load_pathways()
    users = get_user_model().objects
    coordinator = users.create_user("coord@example.org", "coord@example.org", PASSWORD, first_name="Claire")
    CoordinatorAssignment.objects.create(user=coordinator, plateforme="huy-waremme")
    partner = users.create_user("pms@example.org", "pms@example.org", PASSWORD, first_name="Anne", last_name="Dumont")
    cpms = Service.objects.get(slug="cpms-provincial-huy-1")
    PartnerMembership.objects.create(user=partner, organization=cpms.organization)
    return cpms


def _login(page, base, username):
    page.goto(f"{base}/espace-partenaires/connexion/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def test_search_and_site_page_work_without_javascript(schools_data, live_server, nojs_page):
    page = nojs_page
    page.goto(f"{live_server.url}/ecoles/")
    page.get_by_label("Nom de l’école, commune ou code postal").fill("amay")
    page.get_by_role("button", name="Chercher une école").click()
    assert "q=amay" in page.url
    assert page.get_by_text("Rue Aux Chevaux 7, 4540 Ampsin (Amay)").is_visible()
    page.get_by_role("link", name="Ecole fondamentale communale Amay 2").first.click()
    page.goto(f"{live_server.url}/ecoles/3478/")
    assert page.get_by_role("heading", name="Centre PMS (psycho-médico-social)").is_visible()
    assert page.get_by_role("link", name="Voir l’emplacement sur OpenStreetMap").is_visible()
    assert page.get_by_text("à confirmer").first.is_visible()


def test_site_pages_and_partner_pages_have_no_axe_violation(schools_data, live_server, page, axe):
    base = live_server.url
    for path in (
        "/ecoles/",
        "/ecoles/?q=athenee+vervier",
        "/ecoles/3478/",
        "/annuaire/?q=cpms+athenee+verviers",
        "/orientation/medecins/",
        "/orientation/medecins/etape/?r=1.3.3.4&ecole=3478",
        "/orientation/medecins/etape/?r=1.3.3.4&ecole=amay",
    ):
        page.goto(f"{base}{path}")
        assert axe(page) == [], path
    page.goto(f"{base}/ecoles/3478/")
    page.wait_for_selector("#school-map .leaflet-marker-icon")  # the small map, with JavaScript

    # The CPMS partner confirms the Ampsin site; the coordinator approves.
    _login(page, base, "pms@example.org")
    page.goto(f"{base}/espace-partenaires/ecoles/")
    assert axe(page) == []
    page.get_by_role("link", name="Confirmer les écoles de Centre PMS provincial de Huy 1").click()
    assert axe(page) == []
    page.get_by_label("Chercher une école (nom, commune, code postal)").fill("ampsin")
    page.get_by_role("button", name="Filtrer la liste").click()
    page.get_by_label("Ecole fondamentale communale Amay 2 — Rue Aux Chevaux 7").check()
    page.get_by_role("button", name="Envoyer à la coordination").click()
    assert page.get_by_text("envoyée à la coordination").is_visible()
    assert axe(page) == []
    page.get_by_role("button", name="Se déconnecter").click()

    _login(page, base, "coord@example.org")
    page.goto(f"{base}/espace-partenaires/ecoles/")
    page.get_by_role("link", name="Centre PMS provincial de Huy 1").first.click()
    page.get_by_role("button", name="Approuver").click()
    assert page.get_by_text("Proposition approuvée : les pages").is_visible()
    for path in ("/espace-partenaires/ecoles/couverture/", "/espace-partenaires/ecoles/import/"):
        page.goto(f"{base}{path}")
        assert axe(page) == [], path

    page.goto(f"{base}/ecoles/3478/")
    assert page.get_by_text("confirmé par Anne Dumont").is_visible()


def test_doctors_pathway_from_a_school_without_javascript(schools_data, live_server, nojs_page):
    page = nojs_page
    page.goto(f"{live_server.url}/orientation/medecins/")
    page.get_by_label("École de l’enfant (facultatif) : nom, commune ou n° FASE").fill("3478")
    page.get_by_role("button", name="Non, pas de danger immédiat").click()  # the first question is on the start page
    assert "ecole=3478" in page.url
    page.goto(f"{live_server.url}/orientation/medecins/etape/?r=1.3.3.4&ecole=3478")
    first = page.locator(".orientation-service").first
    assert "Centre PMS de l’école" in first.inner_text() and "Centre PMS provincial de Huy 1" in first.inner_text()
    page.get_by_role("button", name="Préparer la fiche", exact=True).first.click()
    assert page.get_by_text("Le centre PMS et le service PSE de l’école").is_visible()
    assert "Centre PMS provincial de Huy 1" in page.locator(".handout__school").inner_text()
