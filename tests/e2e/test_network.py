"""Browser test of the partner network: invite → edit → approve → « vérifié aujourd'hui »; axe on public pages."""

import io
import re
from datetime import timedelta

import pytest
from django.core import mail

PASSWORD = "coordination-solide-2026"


@pytest.fixture
def network_data(transactional_db):
    """The geo reference, the 104 seed services, the network demo and a coordinator of Liège with a password."""
    from django.contrib.auth import get_user_model

    from accroche.directory.demo import load_demo as load_directory
    from accroche.geo.demo import load_demo as load_geo
    from accroche.network.demo import load_examples as load_network
    from accroche.network.models import CoordinatorAssignment

    load_geo(stdout=io.StringIO())
    load_directory(stdout=io.StringIO())
    load_network(stdout=io.StringIO())
    user = get_user_model().objects.create_user(
        "coord@example.org", "coord@example.org", PASSWORD, first_name="Claire", last_name="Coordination"
    )
    CoordinatorAssignment.objects.create(user=user, plateforme="liege")
    return user


def _link(pattern: str) -> str:
    return re.search(pattern, mail.outbox[-1].body).group(1)


def test_invite_edit_approve_then_public_page_says_verified_today(network_data, live_server, page, axe):
    from accroche.directory.models import Service

    service = (
        Service.objects.public().filter(plateforme="liege").select_related("organization").order_by("name").first()
    )
    base = live_server.url

    # The coordinator logs in and invites the partner.
    page.goto(f"{base}/espace-partenaires/")
    assert "/espace-partenaires/connexion/" in page.url
    assert axe(page) == []
    page.get_by_label("Adresse e-mail").fill("coord@example.org")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("link", name="Inviter un partenaire").first.click()
    page.get_by_label("E-mail du partenaire").fill("partenaire@example.org")
    page.get_by_label("Organisation").select_option(label=service.organization.name)
    page.get_by_role("button", name="Envoyer l'invitation").click()
    assert page.get_by_text("Invitation envoyée à partenaire@example.org").is_visible()
    invitation = _link(r"https?://[^/]+(/espace-partenaires/invitation/[^/\s]+/)")
    page.get_by_role("button", name="Se déconnecter").click()

    # The partner accepts the single-use invitation and edits the listing.
    page.goto(f"{base}{invitation}")
    page.get_by_label("Prénom").fill("Paul")
    page.locator("#id_last_name").fill("Partenaire")
    page.get_by_label("Mot de passe (12 caractères au moins)").fill("partenaire-solide-2026")
    page.get_by_label("Mot de passe (encore)").fill("partenaire-solide-2026")
    page.get_by_role("button", name="Créer mon accès").click()
    assert page.get_by_role("heading", name="Espace partenaires").is_visible()
    page.get_by_role("link", name=f"Modifier {service.name}").click()
    assert axe(page) == []
    page.get_by_label("Ce que fait le service").fill("Texte revu par le partenaire lors du test.")
    page.get_by_role("button", name="Envoyer à la coordination").click()
    assert page.get_by_text("envoyées à la coordination").is_visible()
    page.get_by_role("button", name="Se déconnecter").click()

    # The coordinator sees the diff and approves it.
    page.goto(f"{base}/espace-partenaires/connexion/")
    page.get_by_label("Adresse e-mail").fill("coord@example.org")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("link", name=re.compile(r"demande à modérer")).click()
    page.get_by_role("link", name=re.compile(re.escape(service.name))).first.click()
    diff = page.locator("table.network-diff")
    assert "Texte revu par le partenaire lors du test." in diff.locator("ins").inner_text()
    assert axe(page) == []
    page.get_by_label("Commentaire pour le partenaire").fill("Merci pour la mise à jour.")
    page.get_by_role("button", name="Approuver et publier").click()
    assert page.get_by_text("Demande approuvée").is_visible()
    assert any(m.to == ["partenaire@example.org"] and "publiée" in m.subject for m in mail.outbox)

    # The public page shows the change, verified today.
    page.goto(f"{base}/annuaire/{service.slug}/")
    assert page.get_by_text("Texte revu par le partenaire lors du test.").is_visible()
    assert re.search(r"vérifié aujourd['’]hui", page.content(), re.IGNORECASE)

    # Six months later (frozen time), the reminder goes out and its link confirms the listing in one click.
    import time_machine
    from django.utils import timezone

    from accroche.network.services.freshness import freshness_run

    later = timezone.now() + timedelta(days=190)
    with time_machine.travel(later, tick=True):
        freshness_run()
        reminder = next(m for m in mail.outbox if "toujours exacte" in m.subject and service.name in m.subject)
        assert reminder.to == ["partenaire@example.org"]
        confirm = re.search(r"https?://[^/]+(/espace-partenaires/toujours-exact/[^/\s]+/)", reminder.body).group(1)
        page.goto(f"{base}{confirm}")
        assert axe(page) == []
        page.get_by_role("button", name="Oui, la fiche est toujours exacte").click()
        assert page.get_by_role("heading", name="Merci, la fiche est confirmée").is_visible()
        service.refresh_from_db()
        assert service.assured_date == timezone.localdate(later)
        page.goto(f"{base}/annuaire/{service.slug}/")
        assert re.search(r"vérifié aujourd['’]hui", page.content(), re.IGNORECASE)


def test_public_agenda_and_report_form_have_no_axe_violation(network_data, live_server, page, axe):
    from accroche.directory.models import Service

    page.goto(f"{live_server.url}/agenda/")
    assert page.get_by_role("heading", name="Agenda du réseau").is_visible()
    assert page.get_by_text("[Démo] Séminaire : le refus scolaire anxieux").is_visible()
    assert axe(page) == []
    page.goto(f"{live_server.url}/agenda/archives/")
    assert page.get_by_text("[Démo] Concertation locale Huy-Waremme").is_visible()
    assert axe(page) == []
    slug = Service.objects.public().order_by("name").values_list("slug", flat=True).first()
    page.goto(f"{live_server.url}/annuaire/{slug}/signaler/")
    assert page.get_by_label("Qu'est-ce qui est inexact ou manque ?").is_visible()
    assert not page.locator("#id_website").is_visible() or page.locator("#id_website").bounding_box()["x"] < 0
    assert axe(page) == []


def test_partner_space_pages_have_no_axe_violation(network_data, live_server, page, axe):
    page.goto(f"{live_server.url}/espace-partenaires/connexion/")
    page.locator("#id_username").fill("coord@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    for path, heading in [
        ("/espace-partenaires/", "Espace partenaires"),
        ("/espace-partenaires/fraicheur/", "Fiches à vérifier"),
        ("/espace-partenaires/invitations/", "Inviter un partenaire"),
        ("/espace-partenaires/demandes/", "Demandes et historique"),
        ("/espace-partenaires/annuaire-des-partenaires/", "Annuaire des partenaires"),
        ("/espace-partenaires/annuaire-des-partenaires/ma-fiche/", "Ma fiche dans l'annuaire des partenaires"),
        ("/espace-partenaires/agenda/", "Agenda : proposer et publier"),
        ("/espace-partenaires/securite/", "Double authentification"),
    ]:
        page.goto(f"{live_server.url}{path}")
        assert page.get_by_role("heading", level=1, name=heading).is_visible(), path
        assert page.get_by_role("link", name="Fiches à vérifier").first.is_visible(), path  # coordinator menu
        assert axe(page) == [], path


PARTNER_PAGES = [
    "/espace-partenaires/",
    "/espace-partenaires/demandes/",
    "/espace-partenaires/invitations/",
    "/espace-partenaires/fraicheur/",
    "/espace-partenaires/annuaire-des-partenaires/",
    "/espace-partenaires/annuaire-des-partenaires/ma-fiche/",
    "/espace-partenaires/agenda/",
    "/espace-partenaires/securite/",
]


def test_every_partner_page_logged_in_passes_axe_and_fits_a_phone(network_data, live_server, phone_page, axe):
    """Issue 18: axe 0 violations on the partner space (logged in), no page wider than a 390 px phone, no English."""
    from accroche.directory.models import Service

    page = phone_page
    base = live_server.url
    page.goto(f"{base}/espace-partenaires/connexion/")
    assert axe(page) == []
    page.get_by_label("Adresse e-mail").fill("coord@example.org")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(f"{base}/espace-partenaires/")
    service = Service.objects.public().filter(plateforme="liege").order_by("name").first()
    pages = [*PARTNER_PAGES, f"/espace-partenaires/services/{service.pk}/modifier/"]
    for path in pages:
        response = page.goto(base + path)
        assert response.status == 200, path
        assert axe(page) == [], path
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        text = page.locator("body").inner_text()
        for word in ("Password", "Username", "Submit", "Cancel", "Root"):
            assert not re.search(rf"\b{word}\b", text), (path, word)


def test_the_admin_login_and_explorer_are_in_french(site_data, live_server, page):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("admin@example.org", "admin@example.org", PASSWORD)
    page.goto(live_server.url + "/admin/login/")
    text = page.locator("body").inner_text()
    assert "Password" not in text and "Mot de passe" in text
    page.get_by_label("Identifiant ou adresse e-mail").fill("admin@example.org")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.goto(live_server.url + "/admin/pages/")
    main = page.locator("main").inner_text()
    assert "Racine du site" in main and not re.search(r"\bRoot\b", main)
