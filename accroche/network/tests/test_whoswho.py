"""Who's who: logged-in partners only, each person listed only with consent, editing or removing their entry."""

from accroche.network.models import WhosWhoEntry


def entry_form(world, **extra):
    return {
        "organization": world.org_a.pk,
        "full_name": "Alice Dupont",
        "role": "Éducatrice",
        "direct_line": "04 123 45 67",
        "email": "alice@example.org",
    } | extra


def test_listed_only_with_consent_and_only_for_partners(client, world):
    client.force_login(world.partner_a)
    client.post("/espace-partenaires/annuaire-des-partenaires/ma-fiche/", entry_form(world))
    entry = WhosWhoEntry.objects.get()
    assert entry.consent_given_at is None
    client.force_login(world.partner_b)
    assert "Alice Dupont" not in client.get("/espace-partenaires/annuaire-des-partenaires/").content.decode()
    client.force_login(world.partner_a)
    client.post(f"/espace-partenaires/annuaire-des-partenaires/ma-fiche/{entry.pk}/", entry_form(world, consent="on"))
    client.force_login(world.partner_b)
    body = client.get("/espace-partenaires/annuaire-des-partenaires/").content.decode()
    assert "Alice Dupont" in body and "04 123 45 67" in body and "alice@example.org" in body
    client.logout()
    response = client.get("/espace-partenaires/annuaire-des-partenaires/")
    assert response.status_code == 302


def test_person_can_withdraw_consent_or_remove_entry(client, world):
    client.force_login(world.partner_a)
    client.post("/espace-partenaires/annuaire-des-partenaires/ma-fiche/", entry_form(world, consent="on"))
    entry = WhosWhoEntry.objects.get()
    client.post(f"/espace-partenaires/annuaire-des-partenaires/ma-fiche/{entry.pk}/", entry_form(world))
    entry.refresh_from_db()
    assert entry.consent_given_at is None
    client.post(f"/espace-partenaires/annuaire-des-partenaires/ma-fiche/{entry.pk}/supprimer/")
    assert not WhosWhoEntry.objects.exists()


def test_cannot_create_an_entry_for_another_organization(client, world):
    client.force_login(world.partner_a)
    response = client.post(
        "/espace-partenaires/annuaire-des-partenaires/ma-fiche/",
        entry_form(world, organization=world.org_b.pk, consent="on"),
    )
    assert response.status_code == 200
    assert not WhosWhoEntry.objects.exists()
