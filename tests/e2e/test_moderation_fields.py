"""Browser test of per-field moderation: the partner proposes, the coordinator accepts one field and refuses another
with a comment, the partner amends the refused field without retyping; axe on each partner page on the way."""

from .test_network import PASSWORD, network_data  # noqa: F401 (fixture)

PARTNER_PASSWORD = "partenaire-solide-2026"


def _login(page, base, username, password):
    page.goto(f"{base}/espace-partenaires/connexion/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def test_accept_one_field_refuse_another_then_the_partner_amends(network_data, live_server, page, axe):  # noqa: F811
    from django.contrib.auth import get_user_model

    from accroche.directory.models import Phone, Service
    from accroche.network.models import ChangeRequest, PartnerMembership

    service = Service.objects.public().filter(plateforme="liege").select_related("organization").order_by("name")[0]
    partner = get_user_model().objects.create_user("paul@example.org", "paul@example.org", PARTNER_PASSWORD)
    PartnerMembership.objects.create(user=partner, organization=service.organization)
    base = live_server.url
    edit = f"{base}/espace-partenaires/services/{service.pk}/modifier/"

    # The partner proposes a new description and a new phone number.
    _login(page, base, "paul@example.org", PARTNER_PASSWORD)
    page.goto(edit)
    assert page.get_by_role("group", name="Autres lieux d'accueil").is_visible()
    assert axe(page) == []
    page.get_by_label("Ce que fait le service").fill("Texte revu par le partenaire.")
    page.locator("#id_phone").fill("04 999 99 99")
    page.get_by_role("button", name="Envoyer à la coordination").click()
    page.get_by_role("button", name="Se déconnecter").click()

    # The coordinator accepts the description and refuses the phone with a comment.
    _login(page, base, "coord@example.org", PASSWORD)
    change = ChangeRequest.objects.get(submitted_by=partner)
    page.goto(f"{base}/espace-partenaires/demandes/{change.pk}/")
    assert axe(page) == []
    page.locator('input[name="decision_phone"][value="refuse"]').check()
    page.locator("#comment_phone").fill("Ce numéro est celui du siège, pas du service.")
    page.get_by_role("button", name="Enregistrer les décisions champ par champ").click()
    assert page.get_by_text("Acceptée en partie").first.is_visible()
    assert axe(page) == []
    page.get_by_role("button", name="Se déconnecter").click()
    service.refresh_from_db()
    assert service.description == "Texte revu par le partenaire."
    assert not Phone.objects.filter(service=service, number="04 999 99 99").exists()

    # The partner sees the comment and the refused value already in the form, amends it and sends it again.
    _login(page, base, "paul@example.org", PARTNER_PASSWORD)
    page.goto(edit)
    assert page.get_by_text("Ce numéro est celui du siège, pas du service.").is_visible()
    assert page.locator("#id_phone").input_value() == "04 999 99 99"
    assert axe(page) == []
    page.locator("#id_phone").fill("04 222 11 00")
    page.get_by_role("button", name="Envoyer à la coordination").click()
    assert page.get_by_text("envoyées à la coordination").is_visible()
    amended = ChangeRequest.objects.filter(submitted_by=partner, status="pending").get()
    assert amended.payload["phone"] == "04 222 11 00"
