"""Every partner view, seen by anonymous, another partner, the owner and a coordinator of another plateforme."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from accroche.network.changes import service_snapshot
from accroche.network.choices import ChangeStatus, EventStatus
from accroche.network.models import ChangeRequest, Event, Invitation, WhosWhoEntry
from accroche.network.services.moderation import change_request_submit_service
from accroche.network.tests.factories import UserFactory

LOGIN = "/espace-partenaires/connexion/"


@pytest.fixture
def change_a(world):
    payload = service_snapshot(world.service_a) | {"description": "Nouvelle description"}
    return change_request_submit_service(service=world.service_a, payload=payload, user=world.partner_a)


# Who gets what on a page about organization A: anonymous → login, other organizations or plateformes → 404.
OWN_ORGANIZATION_ONLY = [
    (None, 302),
    ("partner_b", 404),
    ("coord_verviers", 404),
    ("partner_a", 200),
    ("coord_liege", 200),
]


def _get(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url)


@pytest.mark.parametrize("who,expected", OWN_ORGANIZATION_ONLY)
@pytest.mark.parametrize("url", ["service", "organization"])
def test_edit_forms_are_scoped_to_own_organization(client, world, who, expected, url):
    target = (
        f"/espace-partenaires/services/{world.service_a.pk}/modifier/"
        if url == "service"
        else f"/espace-partenaires/organisations/{world.org_a.pk}/modifier/"
    )
    response = _get(client, getattr(world, who) if who else None, target)
    assert response.status_code == expected
    if who is None:
        assert response["Location"].startswith(LOGIN)
    if expected == 200:
        assert "AMO Liège Test" in response.content.decode() or "Accrochage A" in response.content.decode()


@pytest.mark.parametrize("who", ["partner_b", "coord_verviers"])
def test_posting_to_another_organizations_listing_changes_nothing(client, world, who):
    client.force_login(getattr(world, who))
    response = client.post(
        f"/espace-partenaires/services/{world.service_a.pk}/modifier/", {"name": "Piraté", "status": "active"}
    )
    assert response.status_code == 404
    response = client.post(f"/espace-partenaires/organisations/{world.org_a.pk}/modifier/", {"name": "Piraté"})
    assert response.status_code == 404
    assert not ChangeRequest.objects.exists()


@pytest.mark.parametrize("who,expected", OWN_ORGANIZATION_ONLY)
def test_change_detail_is_scoped(client, world, change_a, who, expected):
    response = _get(client, getattr(world, who) if who else None, f"/espace-partenaires/demandes/{change_a.pk}/")
    assert response.status_code == expected
    if expected == 200:
        assert "Nouvelle description" in response.content.decode()


def test_only_the_plateformes_coordinator_can_decide(client, world, change_a):
    for who, expected in (("partner_a", 403), ("partner_b", 404), ("coord_verviers", 404)):
        client.force_login(getattr(world, who))
        response = client.post(f"/espace-partenaires/demandes/{change_a.pk}/", {"decision": "approve"})
        assert response.status_code == expected, who
    change_a.refresh_from_db()
    assert change_a.status == ChangeStatus.PENDING
    world.service_a.refresh_from_db()
    assert world.service_a.description == "Accompagne les jeunes."


def test_partner_sees_only_own_listings_and_history(client, world, change_a):
    client.force_login(world.partner_b)
    for url in ("/espace-partenaires/", "/espace-partenaires/demandes/"):
        body = client.get(url).content.decode()
        assert "Accrochage A" not in body and "AMO Liège Test" not in body
        assert "Écoute B" in body or url.endswith("demandes/")
    client.force_login(world.partner_a)
    assert "Accrochage A" in client.get("/espace-partenaires/demandes/").content.decode()


def test_coordinator_of_another_plateforme_does_not_see_the_request(client, world, change_a):
    client.force_login(world.coord_verviers)
    body = client.get("/espace-partenaires/demandes/").content.decode()
    assert "Accrochage A" not in body
    client.force_login(world.coord_liege)
    assert "Accrochage A" in client.get("/espace-partenaires/demandes/?statut=pending").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/espace-partenaires/",
        "/espace-partenaires/demandes/",
        "/espace-partenaires/annuaire-des-partenaires/",
        "/espace-partenaires/annuaire-des-partenaires/ma-fiche/",
        "/espace-partenaires/agenda/",
        "/espace-partenaires/invitations/",
        "/espace-partenaires/fraicheur/",
    ],
)
def test_anonymous_is_sent_to_login_and_users_without_role_are_refused(client, world, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    client.force_login(UserFactory(username="nobody@example.org"))
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", ["/espace-partenaires/invitations/", "/espace-partenaires/fraicheur/"])
def test_coordinator_pages_refuse_partners(client, world, url):
    client.force_login(world.partner_a)
    assert client.get(url).status_code == 403


def test_invitations_only_for_organizations_of_own_plateformes(client, world):
    client.force_login(world.coord_verviers)
    body = client.get("/espace-partenaires/invitations/").content.decode()
    assert "Service Verviers Test" in body and "AMO Liège Test" not in body
    response = client.post(
        "/espace-partenaires/invitations/", {"email": "x@example.org", "organization": world.org_a.pk}
    )
    assert response.status_code == 200
    assert not Invitation.objects.exists()


def test_stale_dashboard_lists_only_own_plateformes(client, world):
    with time_machine.travel(timezone.now() + timedelta(days=200)):
        client.force_login(world.coord_verviers)
        body = client.get("/espace-partenaires/fraicheur/").content.decode()
    assert "Écoute B" in body and "Accrochage A" not in body


def test_whoswho_entry_can_only_be_changed_by_its_owner(client, world):
    entry = WhosWhoEntry.objects.create(
        user=world.partner_a,
        organization=world.org_a,
        full_name="Alice A",
        role="Éducatrice",
        email="alice@example.org",
        consent_given_at=timezone.now(),
    )
    for who in ("partner_b", "coord_liege"):
        client.force_login(getattr(world, who))
        url = f"/espace-partenaires/annuaire-des-partenaires/ma-fiche/{entry.pk}/"
        assert client.get(url).status_code == 404
        assert client.post(url + "supprimer/").status_code == 404
    assert WhosWhoEntry.objects.filter(pk=entry.pk).exists()


def test_event_management_is_scoped(client, world):
    event = Event.objects.create(
        title="GLEM Liège", slug="glem-liege", starts_at=timezone.now(), plateforme="liege", proposed_by=world.partner_a
    )
    url = f"/espace-partenaires/agenda/{event.pk}/"
    for who, expected in (("partner_b", 404), ("coord_verviers", 404), ("partner_a", 200), ("coord_liege", 200)):
        client.force_login(getattr(world, who))
        assert client.get(url).status_code == expected, who
    client.force_login(world.partner_a)
    assert client.post(url, {"action": "publish"}).status_code == 403
    event.refresh_from_db()
    assert event.status == EventStatus.PROPOSED


def test_administrator_sees_and_moderates_everything(client, world, change_a):
    admin = UserFactory(username="admin@example.org", is_superuser=True)
    client.force_login(admin)
    body = client.get("/espace-partenaires/demandes/").content.decode()
    assert "Accrochage A" in body
    assert client.get(f"/espace-partenaires/services/{world.service_b.pk}/modifier/").status_code == 200
    client.post(f"/espace-partenaires/demandes/{change_a.pk}/", {"decision": "approve"})
    change_a.refresh_from_db()
    assert change_a.status == ChangeStatus.APPROVED


def test_can_edit_rules_including_province_wide_listings(world):
    from accroche.network.selectors import can_edit_organization, can_edit_service, can_moderate
    from accroche.network.tests.factories import ServiceFactory

    province = ServiceFactory(organization=world.org_b, name="Ligne provinciale", plateforme="")
    assert can_edit_service(world.partner_a, world.service_a) and not can_edit_service(world.partner_a, province)
    assert can_edit_service(world.partner_b, province) and not can_edit_service(world.partner_b, world.service_a)
    assert can_edit_service(world.coord_liege, world.service_a) and not can_edit_service(
        world.coord_verviers, world.service_a
    )
    assert can_edit_service(world.coord_liege, province) and can_edit_service(world.coord_verviers, province)
    assert can_edit_organization(world.partner_a, world.org_a) and not can_edit_organization(
        world.partner_a, world.org_b
    )
    assert not can_edit_service(UserFactory(username="nobody@example.org"), world.service_a)
    payload = service_snapshot(province) | {"description": "Texte"}
    change = change_request_submit_service(service=province, payload=payload, user=world.partner_b)
    assert can_moderate(world.coord_liege, change) and can_moderate(world.coord_verviers, change)
    assert not can_moderate(world.partner_b, change)
