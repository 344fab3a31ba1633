"""Issue 14 data corrections: mandate, ages, public « À vérifier » notes, sources, and the 2026-11-30 file."""

import pytest
from django.urls import reverse

from accroche.directory.choices import Mandate
from accroche.directory.importers.services_csv import _ages, import_services_csv, public_note
from accroche.directory.models import Address, Location, Phone, Service

from .conftest import seed_rows
from .test_import import _edit

pytestmark = pytest.mark.django_db

CHANGED = {"arpege", "cpas-liege", "cpas-verviers", "dgde", "cellule-maltraitance-citadelle"}
# The values these rows had before the 2026-11-30 update of the file (../shared/data/PROVENANCE.md).
BEFORE_UPDATE = {
    ("arpege", "street_address"): "",
    ("arpege", "postal_code"): "",
    ("arpege", "locality"): "",
    ("arpege", "phone"): "",
    ("arpege", "email"): "",
    ("arpege", "website"): "",
    ("arpege", "extra_sources"): "",
    ("arpege", "notes"): "Existence et coordonnées actuelles à vérifier.",
    ("cpas-liege", "phone"): "",
    ("cpas-verviers", "phone"): "",
    ("dgde", "street_address"): "",
    ("dgde", "postal_code"): "",
    ("dgde", "locality"): "",
}


def test_mandated_oui_is_help_imposed_by_an_authority_not_consented_help(geo):
    import_services_csv(text=seed_rows({"arpege", "ssm-clips", "saj-liege", "amo-la-teignouse"}))
    assert Service.objects.get(external_id="arpege").mandate == Mandate.CONSTRAINED
    assert Service.objects.get(external_id="ssm-clips").mandate == Mandate.MIXED
    assert Service.objects.get(external_id="saj-liege").mandate == Mandate.CONSENTED  # fixed by law
    assert Service.objects.get(external_id="amo-la-teignouse").mandate == Mandate.FREE_ACCESS


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("0-18 (jusqu'à 22 ans selon le service)", (0, 22)),
        ("12-18 (12-20 selon la presse)", (12, 20)),
        ("0-25 (MADO : 11-25)", (0, 25)),
        ("J and Co : 16-25", (16, 25)),
        ("jusqu'à 23 ans", (None, 23)),
        ("moins de 25 ans", (None, 24)),
        ("mineurs", (None, 17)),
        ("élèves du secondaire", (None, None)),
        ("tous âges", (None, None)),
        ("0-18", (0, 18)),
    ],
)
def test_age_bounds_are_the_widest_the_text_states(text, bounds):
    assert _ages(text) == bounds


def test_the_page_shows_the_ages_as_the_source_states_them(client, geo):
    import_services_csv(text=seed_rows({"amo-la-teignouse"}))
    service = Service.objects.get(external_id="amo-la-teignouse")
    assert service.age_description == "0-18 (jusqu'à 22 ans selon le service)"
    assert (service.minimum_age, service.maximum_age) == (0, 22)  # a 20-year-old finds it
    html = client.get(service.get_absolute_url()).content.decode()
    assert "De 0 à 18 ans (jusqu&#x27;à 22 ans selon le service)" in html


def test_notes_doubting_existence_name_or_contacts_are_public_others_stay_internal():
    assert public_note("Source ancienne : existence actuelle non confirmée.")
    assert public_note("Nommée « Cellule Maltraitance du CHU-Citadelle » dans Liégeois Magazine (26 avril 2023).")
    assert public_note("Appellation probablement devenue « conseil de prévention » avec le Code de 2018 : à vérifier.")
    assert public_note("Adresse de 2015 : à vérifier.")
    assert not public_note("Les 4 centres ont leurs bureaux à la même adresse.")
    assert not public_note("N° FASE 5603 selon le projet de service.")
    assert not public_note("Adresse non relevée.")  # the page already says the address is unknown
    assert not public_note("")


def test_arpege_page_reachable_by_phone_mandate_right_note_and_sources_labelled(client, geo):
    import_services_csv(text=seed_rows({"arpege", "amo-claj-saint-jean-liege"}))
    arpege = Service.objects.get(external_id="arpege")
    html = client.get(arpege.get_absolute_url()).content.decode()
    assert 'href="tel:+3243441604"' in html or "04 344 16 04" in html
    assert "Quai de la Boverie 2" in html
    assert "Aide contrainte" in html and "Aide consentie" not in html
    assert "À vérifier :" in html and "aliss.be" in html
    assert "Autres sources consultées" in html and 'href="http://www.aliss.be/node/2445"' in html
    assert "Source secondaire (presse, répertoire ou site tiers) :" in html  # medium confidence: not « the » source
    claj = Service.objects.get(external_id="amo-claj-saint-jean-liege")
    html = client.get(claj.get_absolute_url()).content.decode()
    assert "Source secondaire (dépôt de code : GitHub ou autre) :" in html
    assert "dépôt GitHub d" not in html  # its note does not doubt existence, name or contacts: internal


def test_a_primary_source_is_shown_as_the_source(client, geo):
    import_services_csv(text=seed_rows({"ecoute-enfants-103"}))
    service = Service.objects.get(external_id="ecoute-enfants-103")
    assert service.confidence == "high"
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Source :" in html and "Source secondaire" not in html


def test_importing_the_new_file_over_the_old_one_updates_values_and_keeps_ids(client, geo):
    old = _edit(seed_rows(CHANGED), BEFORE_UPDATE)
    assert not import_services_csv(text=old).errors
    arpege = Service.objects.get(external_id="arpege")
    assert not arpege.phones.exists()
    ids = dict(Service.objects.values_list("external_id", "id"))
    locations = set(Location.objects.values_list("id", flat=True))

    report = import_services_csv(text=seed_rows(CHANGED))
    assert (report.created, report.updated, report.errors) == (0, len(CHANGED), [])
    assert dict(Service.objects.values_list("external_id", "id")) == ids
    assert locations <= set(Location.objects.values_list("id", flat=True))  # kept; DGDE gains its address
    assert list(Phone.objects.filter(service__external_id="arpege").values_list("number", flat=True)) == [
        "04 344 16 04"
    ]
    assert Phone.objects.filter(service__external_id="cpas-liege", number="04 220 58 11").exists()
    assert Phone.objects.filter(service__external_id="cpas-verviers", number="087 30 73 07").exists()
    arpege.refresh_from_db()
    assert (arpege.email, arpege.url) == ("info@arpegeasbl.be", "http://arpegeasbl.be")
    assert "aliss.be" in arpege.public_note
    assert Address.objects.filter(location__service_at_locations__service=arpege, postal_code="4020").exists()
    # Idempotent: a second run changes nothing.
    counts = (Service.objects.count(), Phone.objects.count(), Location.objects.count(), Address.objects.count())
    import_services_csv(text=seed_rows(CHANGED))
    assert counts == (Service.objects.count(), Phone.objects.count(), Location.objects.count(), Address.objects.count())
    assert reverse("directory:service_detail", kwargs={"slug": "arpege"}) == arpege.get_absolute_url()
