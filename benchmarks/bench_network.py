"""Partner network: the daily freshness run on the 104 seed services, and server time of its busiest pages.

Run: .venv/bin/python -m benchmarks.run network   (builds a throw-away test database, loads the seed directory)
"""

import os
import statistics
import sys
import time
from datetime import timedelta

import django

from .harness import seed_test_database

ROUNDS = 20


def main() -> None:
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from django.utils import timezone

    from accroche.directory.models import Organization, Service
    from accroche.network.changes import service_snapshot
    from accroche.network.demo import load_examples as load_demo
    from accroche.network.models import PartnerMembership
    from accroche.network.services.freshness import freshness_run
    from accroche.network.services.moderation import change_request_submit_service
    from accroche.network.tests.factories import UserFactory

    with seed_test_database():
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
        ):
            load_demo()
            partner = UserFactory(username="bench-partner@example.org")
            for org in Organization.objects.all():
                PartnerMembership.objects.create(user=partner, organization=org)
            Service.objects.update(assured_date=timezone.localdate() - timedelta(days=200))
            admin = UserFactory(username="bench-admin@example.org", is_superuser=True)
            service = Service.objects.order_by("name").first()
            change = change_request_submit_service(
                service=service,
                payload=service_snapshot(service)
                | {"description": "Texte revu", "hours": [["MO", "09:00", "12:00", ""]]},
                user=partner,
            )
            sys.stdout.write(f"{connection.vendor}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
            for label in ("first run (creates, e-mails)", "second run (nothing to do)"):
                connection.queries_log.clear()
                start = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    counts = freshness_run()
                sys.stdout.write(
                    f"freshness_run {label}: {(time.perf_counter() - start) * 1000:.0f} ms, "
                    f"{len(queries)} queries, {counts}\n"
                )
            client = Client()
            client.force_login(admin)
            urls = [
                "/espace-partenaires/fraicheur/",
                f"/espace-partenaires/demandes/{change.pk}/",
                f"/espace-partenaires/services/{service.pk}/modifier/",
                "/agenda/",
                "/agenda/agenda.ics",
            ]
            sys.stdout.write(f"{'p50 ms':>8} {'p95 ms':>8} {'queries':>8}  url ({ROUNDS} rounds)\n")
            for url in urls:
                client.get(url)
                timings = []
                for _ in range(ROUNDS):
                    connection.queries_log.clear()
                    start = time.perf_counter()
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                    assert response.status_code == 200, (url, response.status_code)
                p95 = statistics.quantiles(timings, n=20)[-1]
                sys.stdout.write(f"{statistics.median(timings):8.1f} {p95:8.1f} {len(queries):8d}  {url}\n")
