"""The harvester without a network: a fake source API, to prove the resumable cursor and the dry run."""

import uuid

import pytest
from django.core.management import call_command

from accroche.directory.models import Service
from accroche.federation.client import HarvestError
from accroche.federation.models import HarvestSource
from accroche.federation.services import harvest, source_for
from accroche.network.selectors import services_for_user

pytestmark = pytest.mark.django_db


def _service(n: int) -> dict:
    pk = str(uuid.UUID(int=n + 1))
    return {
        "id": pk,
        "organization_id": str(uuid.UUID(int=1000 + n)),
        "organization": {"id": str(uuid.UUID(int=1000 + n)), "name": f"Organisation {n}", "description": ""},
        "name": f"Service {n}",
        "description": "Aide.",
        "last_modified": "2026-11-30T10:00:00+01:00",
        "phones": [{"id": str(uuid.UUID(int=2000 + n)), "number": "04 000 00 00"}],
        "service_at_locations": [],
        "attributes": [],
    }


class FakeApi:
    """Serves `services` pages of two; fails once on `fail_on_page` (a broken connection)."""

    def __init__(self, services, fail_on_page=None):
        self.services, self.fail_on_page, self.requests = services, fail_on_page, []

    def get(self, path, **params):
        self.requests.append((path, params))
        if path.startswith("services/"):
            return next(s for s in self.services if s["id"] == path.split("/")[1])
        if params.get("minimal"):
            return {
                "contents": [{"id": s["id"], "modified_date": s["last_modified"]} for s in self.services],
                "last_page": True,
                "total_pages": 1,
            }
        page, per_page = params["page"], params["per_page"]
        if page == self.fail_on_page:
            self.fail_on_page = None
            raise HarvestError("connexion coupée")
        items = self.services[(page - 1) * per_page : page * per_page]
        total = max(1, -(-len(self.services) // per_page))
        return {"contents": items, "last_page": page >= total, "total_pages": total}

    def pages(self, path, *, start=1, **params):
        from accroche.federation.client import HsdsClient

        return HsdsClient.pages(self, path, start=start, **params)


def test_an_interrupted_harvest_resumes_at_the_page_it_reached(geo):
    api = FakeApi([_service(n) for n in range(5)], fail_on_page=2)
    source = source_for("https://autre.example/api/hsds/", name="Autre")
    with pytest.raises(HarvestError):
        harvest(source, client=api, per_page=2)
    assert Service.objects.count() == 2  # page 1 is kept
    source.refresh_from_db()
    assert source.cursor_page == 2
    report = harvest(source, client=api, per_page=2)
    assert len(report.created) == 3 and report.unchanged == 2
    requested = [p["page"] for path, p in api.requests if path == "services" and not p.get("minimal")]
    assert requested == [1, 2, 2, 3]  # page 1 is not read again
    source.refresh_from_db()
    assert (source.cursor_page, source.cursor_modified_after) == (1, "2026-11-30T10:00:00+01:00")


def test_harvested_copies_are_out_of_local_moderation(geo, django_user_model):
    harvest(source_for("https://autre.example/api/hsds/"), client=FakeApi([_service(1)]))
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    assert Service.objects.count() == 1
    assert not services_for_user(admin).exists()


def test_dry_run_command_reports_and_writes_nothing(geo, monkeypatch, capsys):
    api = FakeApi([_service(n) for n in range(3)])
    monkeypatch.setattr("accroche.federation.services.HsdsClient", lambda base_url: api)
    call_command("harvest_hsds", "http://127.0.0.1:8000/api/hsds/", "--dry-run")
    out = capsys.readouterr().out
    assert "3 fiches lues" in out and "créerait, mettrait à jour, retirerait : 3, 0, 0" in out
    assert not Service.objects.exists() and not HarvestSource.objects.exists()
