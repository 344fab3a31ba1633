"""Curated links: a CPMS partner confirms its schools (moderated), a coordinator imports a spreadsheet, coverage."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from accroche.directory.models import Service
from accroche.network.tests.factories import make_coordinator, make_partner
from accroche.opendata.spreadsheet.reader import read_csv
from accroche.schools.models import LinkProposal, SchoolServiceLink
from accroche.schools.services import links_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def cpms(demo_directory, schools):
    return Service.objects.get(slug="cpms-provincial-huy-1")


def test_cpms_partner_confirms_its_schools_and_the_coordinator_approves(
    client, cpms, django_capture_on_commit_callbacks
):
    partner = make_partner(cpms.organization, username="pms@example.org", first_name="Anne", last_name="Dumont")
    coordinator = make_coordinator("huy-waremme", username="hw@example.org")
    client.force_login(partner)
    page = client.get(reverse("schools:confirm", kwargs={"pk": cpms.pk}))
    offered = {s.fase for s in page.context["choices"]}
    assert 3478 in offered  # the likely schools: officiel réseau, Huy-Waremme
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("schools:confirm", kwargs={"pk": cpms.pk}), {"add": ["3478"], "add_numbers": "3471", "message": ""}
        )
    proposal = LinkProposal.objects.get()
    assert response.url == proposal.get_absolute_url()
    assert sorted(proposal.add) == [3471, 3478] and proposal.submitted_by_name == "Anne Dumont"
    assert mail.outbox[-1].to == ["hw@example.org"] and "proposition à valider" in mail.outbox[-1].subject
    # Nothing public changes before moderation.
    assert "Non renseigné" in client.get(reverse("schools:detail", kwargs={"fase": 3478})).content.decode()
    # A coordinator of another plateforme may not decide; the plateforme's coordinator approves.
    client.force_login(make_coordinator("liege", username="liege@example.org"))
    assert client.post(proposal.get_absolute_url(), {"decision": "approve"}).status_code == 403
    client.force_login(coordinator)
    client.post(proposal.get_absolute_url(), {"decision": "approve", "comment": ""})
    link = SchoolServiceLink.objects.get(site_id=3478)
    assert (link.role, link.confirmed_by, link.confirmed_by_name) == ("cpms", partner, "Anne Dumont")
    html = client.get(reverse("schools:detail", kwargs={"fase": 3478})).content.decode()
    assert "confirmé par Anne Dumont" in html and "Centre PMS provincial de Huy 1" in html
    # The partner later withdraws a school: again through moderation.
    client.force_login(partner)
    client.post(reverse("schools:confirm", kwargs={"pk": cpms.pk}), {"remove": ["3471"]})
    assert LinkProposal.objects.filter(status="pending").get().remove == [3471]


def test_partner_cannot_touch_another_organizations_service_and_rejects_need_a_reason(client, cpms):
    other = Service.objects.get(slug="pse-province-huy")
    client.force_login(make_partner(other.organization, username="pse@example.org"))
    assert client.get(reverse("schools:confirm", kwargs={"pk": cpms.pk})).status_code == 404
    bad = client.post(reverse("schools:confirm", kwargs={"pk": other.pk}), {"add_numbers": "3478 99999999"})
    assert "inconnu" in bad.content.decode() and not LinkProposal.objects.exists()
    client.post(reverse("schools:confirm", kwargs={"pk": other.pk}), {"add": ["3478"]})
    proposal = LinkProposal.objects.get()
    client.force_login(make_coordinator("huy-waremme", username="hw@example.org"))
    response = client.post(proposal.get_absolute_url(), {"decision": "reject", "comment": ""})
    assert "pourquoi" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.is_pending and not SchoolServiceLink.objects.exists()


def _sheet(rows: list[str]) -> bytes:
    header = "fase_implantation;service;role;confirme_par;confirme_le;source;action"
    return ("\n".join([header, *rows]) + "\n").encode()


def test_coordinator_imports_a_links_spreadsheet_dry_run_then_for_real(client, cpms):
    coordinator = make_coordinator("huy-waremme", username="hw@example.org")
    client.force_login(coordinator)
    template = client.get(reverse("schools:template"))
    assert template.content.decode("utf-8-sig").startswith("fase_implantation;service;role;confirme_par")
    data = _sheet(
        [
            "3478;cpms-provincial-huy-1;;Marc Lenoir;2026-11-20;liste des écoles du centre 2026-2027;",
            "3478;/annuaire/pse-province-huy/;pse;Marc Lenoir;2026-11-20;;ajouter",
        ]
    )
    upload = io.BytesIO(data)
    upload.name = "liens.csv"
    dry = client.post(reverse("schools:import"), {"file": upload, "dry_run": "on"})
    assert "Vérification réussie" in dry.content.decode() and not SchoolServiceLink.objects.exists()
    upload = io.BytesIO(data)
    upload.name = "liens.csv"
    response = client.post(reverse("schools:import"), {"file": upload})
    assert response.url == reverse("schools:coverage")
    assert set(SchoolServiceLink.objects.values_list("role", "confirmed_by_name")) == {
        ("cpms", "Marc Lenoir"),
        ("pse", "Marc Lenoir"),
    }
    coverage = client.get(reverse("schools:coverage"))
    row = next(r for r in coverage.context["rows"] if r.reseau == "Subventionné communal")
    assert row.with_cpms == 1 and row.with_pse == 1 and row.total > 100
    links = client.get(reverse("schools:links_csv")).content.decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(links)))) == 2 and "Marc Lenoir" not in links


def test_links_import_is_all_or_nothing_with_row_numbers(cpms):
    coordinator = make_coordinator("liege", username="liege@example.org")
    sheet = read_csv(
        _sheet(
            [
                "3478;cpms-provincial-huy-1;;Marc Lenoir;2026-11-20;;",  # Huy-Waremme: not this coordinator's
                "4180;cpms-ville-de-liege;;;2026-11-20;;",  # no named person
                "4180;nope;cpms;Marc Lenoir;20/11/2026;;",
                "4180;cpms-ville-de-liege;;Marc Lenoir;2026-11-20;;",
            ]
        )
    )
    report = links_import(sheet=sheet, user=coordinator, plateformes={"liege"})
    assert [str(e).split(",")[0] for e in report.errors] == ["ligne 2", "ligne 3", "ligne 4", "ligne 4"]
    assert [e.column for e in report.errors] == ["fase_implantation", "confirme_par", "service", "confirme_le"]
    assert not SchoolServiceLink.objects.exists()
    missing = links_import(sheet=read_csv(b"fase_implantation;service\n3478;x\n"), user=coordinator)
    assert str(missing.errors[0]).startswith("ligne 1")
