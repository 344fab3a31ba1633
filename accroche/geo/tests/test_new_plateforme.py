"""Done when: an administrator adds a plateforme for another province in the admin, a coordinator of it adds a
listing, and a search near one of its communes finds it — no code involved."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accroche.directory.models import Service
from accroche.directory.services import taxonomy_ensure_vocabularies
from accroche.geo.models import Commune, Plateforme
from accroche.geo.selectors import map_default_view, plateforme_for_commune
from accroche.network.models import CoordinatorAssignment
from accroche.network.selectors import services_for_user
from accroche.opendata.models import SpreadsheetUpload
from accroche.opendata.printing.repertoire import repertoire_services, repertoire_title
from accroche.search.engine import search_services
from accroche.search.params import SearchParams

pytestmark = pytest.mark.django_db


def _admin_adds_namur(client) -> Plateforme:
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    gembloux = Commune.objects.get(slug="gembloux")
    response = client.post(
        reverse("wagtailsnippets_geo_plateforme:add"),
        {
            "name": "Namur",
            "slug": "namur",
            "province": "Namur",
            "communes": [gembloux.nis_code],
            "whole_province": "on",
            "aliases": "",
            "sort_order": "4",
            "map_latitude": "",
            "map_longitude": "",
            "map_zoom": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    client.logout()
    return Plateforme.objects.get(slug="namur")


def _coordinator(client, plateforme: Plateforme):
    """A coordinator as the administrator sets one up: the coordinators' group, and the plateforme."""
    user = get_user_model().objects.create_user("coord-namur", "coord@namur.example", "pw")
    group = Group.objects.create(name="Coordinations")
    group.permissions.set(
        Permission.objects.filter(
            codename__in=["access_admin", "add_service", "change_service"],
            content_type__app_label__in=["wagtailadmin", "directory"],
        )
    )
    user.groups.add(group)
    CoordinatorAssignment.objects.create(user=user, plateforme=plateforme.slug)
    client.force_login(user)
    return user


def test_a_plateforme_added_in_the_admin_works_at_once(client, geo):
    taxonomy_ensure_vocabularies()  # the reference vocabularies, as `make run` loads them
    namur = _admin_adds_namur(client)
    # its communes: the whole province of Namur, German-speaking ones never added
    communes = Commune.objects.filter(plateforme="namur")
    assert communes.count() == Commune.objects.filter(province="Namur").count() > 30
    assert plateforme_for_commune("Gembloux") == "namur"
    assert plateforme_for_commune("Verviers") == "verviers"  # the reference plateformes keep theirs
    view = map_default_view("namur")
    assert 50.0 < view.latitude < 50.8 and 4.3 < view.longitude < 5.4  # the map opens on the province of Namur

    # a coordinator of Namur adds a listing with the coordinators' spreadsheet import
    user = _coordinator(client, namur)
    sheet = io.BytesIO(b"nom;type;publics;code_postal;telephone\nAMO Essai Gembloux;amo;jeunes;5030;081 00 00 00\n")
    sheet.name = "services-namur.csv"
    response = client.post(reverse("opendata_import_start"), {"file": sheet})
    assert response.status_code == 302, response.content.decode()[-2000:]
    upload = SpreadsheetUpload.objects.get()
    check = client.post(reverse("opendata_import_check", args=[upload.pk]), {**upload.mapping, "action": "check"})
    assert "Aucune erreur" in check.content.decode()
    upload.refresh_from_db()
    response = client.post(reverse("opendata_import_check", args=[upload.pk]), {**upload.mapping, "action": "import"})
    assert response.status_code == 302, response.content.decode()[-3000:]
    listing = Service.objects.get(name="AMO Essai Gembloux")
    assert listing.plateforme == "namur"
    assert listing in services_for_user(user)  # in the Namur coordinator's moderation scope

    # a search near one of its communes finds it; the répertoire of Namur holds it
    near = search_services(SearchParams(q="amo", lieu="Gembloux"))
    assert listing.pk in [hit.service_id for hit in near.hits[:5]]
    assert near.place.commune.plateforme == "namur"
    assert listing in repertoire_services(plateforme="namur", audience="")
    assert repertoire_title(plateforme="namur", audience="") == "Répertoire des services — Namur"

    # the directory's plateforme filter and the map list it
    response = client.get(reverse("maps:map"), {"plateforme": "namur"})
    assert response.status_code == 200 and "AMO Essai Gembloux" in response.content.decode()
