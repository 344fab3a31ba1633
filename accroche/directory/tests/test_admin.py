"""The « Annuaire » admin: login required, services editable with their inline children, CSV export."""

import pytest
from django.urls import reverse

from accroche.directory.choices import Weekday
from accroche.directory.models import Service

pytestmark = pytest.mark.django_db


def _service():
    return Service.objects.select_related("organization").get(external_id="ecoute-enfants-103")


def _inline_management(prefix: str, total: int = 0, initial: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_directory_admin_requires_login(client, sample_directory):
    url = reverse("wagtailsnippets_directory_service:list")
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    edit = reverse("wagtailsnippets_directory_service:edit", args=[_service().pk])
    assert client.get(edit).status_code == 302


def test_annuaire_menu_groups_the_directory(admin_client, sample_directory):
    html = admin_client.get("/admin/").content.decode()
    assert "Annuaire" in html
    for name in ("services", "organisations", "lieux", "taxonomies", "termes"):
        assert f"/admin/annuaire/{name}/" in html


def test_admin_lists_and_filters_services(admin_client, sample_directory):
    url = reverse("wagtailsnippets_directory_service:list")
    response = admin_client.get(url, {"plateforme": "verviers"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Centres PMS Libres de Verviers" in html
    assert "Centre PMS provincial de Huy 1" not in html
    assert "Service de l&#x27;aide à la jeunesse de Verviers" in html or "aide à la jeunesse de Verviers" in html
    search = admin_client.get(url, {"q": "Écoute-Enfants"}).content.decode()
    assert "103" in search


def test_admin_exports_services_as_csv(admin_client, sample_directory):
    url = reverse("wagtailsnippets_directory_service:list")
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert body.count("\n") == 7  # header + the six imported services
    assert "ecoute-enfants-103" in body


@pytest.mark.parametrize("name", ["service", "organization", "location", "taxonomy", "taxonomyterm"])
def test_admin_opens_every_directory_list(admin_client, sample_directory, name):
    assert admin_client.get(reverse(f"wagtailsnippets_directory_{name}:list")).status_code == 200


def test_admin_edits_a_service_with_opening_hours_and_keeps_a_revision(admin_client, sample_directory):
    service = _service()
    url = reverse("wagtailsnippets_directory_service:edit", args=[service.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    revisions_before = service.revisions.count()
    phones_before = [p.number for p in service.phones.all()]
    assert phones_before, "the listening line has a phone number to keep"
    data = {}
    for name, field in form.fields.items():
        if name in form.formsets:
            continue
        value = form.initial.get(name, field.initial)
        if name == "terms":
            data[name] = [str(t.pk) for t in service.terms.all()]
        elif value is None:
            data[name] = ""
        elif hasattr(value, "pk"):
            data[name] = str(value.pk)
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    for prefix, formset in form.formsets.items():
        data.update(_inline_management(prefix, total=len(formset.forms), initial=formset.initial_form_count()))
        for index, subform in enumerate(formset.forms):
            for name in subform.fields:
                value = {"id": subform.instance.pk, "ORDER": index + 1}.get(name, subform.initial.get(name))
                if value is None or name == "DELETE":
                    continue
                data[f"{prefix}-{index}-{name}"] = str(getattr(value, "pk", value))
    # Add opening hours: Monday 10:00–18:00.
    total = len(form.formsets["schedules"].forms)
    data["schedules-TOTAL_FORMS"] = str(total + 1)
    data.update(
        {
            f"schedules-{total}-byday": Weekday.MO,
            f"schedules-{total}-opens_at": "10:00",
            f"schedules-{total}-closes_at": "18:00",
            f"schedules-{total}-ORDER": str(total + 1),
        }
    )
    data["alert"] = "Fermé le 1er janvier"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    service.refresh_from_db()
    assert service.alert == "Fermé le 1er janvier"
    assert [str(s) for s in service.schedules.all()] == ["lundi 10:00–18:00"]
    assert service.revisions.count() == revisions_before + 1
    assert [p.number for p in service.phones.all()] == phones_before  # inline children kept


def test_service_form_has_every_inline(admin_client, sample_directory):
    service = _service()
    url = reverse("wagtailsnippets_directory_service:edit", args=[service.pk])
    form = admin_client.get(url).context["form"]
    assert "schedules" in form.formsets
    assert "phones" in form.formsets and "service_areas" in form.formsets and "cost_options" in form.formsets
    assert "service_at_locations" in form.formsets and "languages" in form.formsets and "contacts" in form.formsets
