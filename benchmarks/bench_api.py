"""HSDS API server time on the demo directory (104 services): p50/p95 per endpoint and queries per request.

Run: .venv/bin/python -m benchmarks.run api   (builds a throw-away test database, loads the demo directory)
"""

import os
import statistics
import sys
import time

import django

from .harness import seed_test_database

ROUNDS = 40


def main() -> None:
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accroche.directory.models import Service, ServiceAtLocation

    with seed_test_database():
        service = Service.objects.public().order_by("name").first()
        sal = ServiceAtLocation.objects.order_by("id").first()
        client = Client()
        urls = [
            "/api/hsds/services?per_page=100",
            "/api/hsds/services?per_page=100&full=true",
            f"/api/hsds/services/{service.pk}",
            "/api/hsds/services?search=harcelement&full=true",
            "/api/hsds/services?minimal=true",
            "/api/hsds/organizations?per_page=50&full=true",
            "/api/hsds/service_at_locations?per_page=100&full=true",
            "/api/hsds/service_at_locations?postcode=4800&proximity=10000&full=true",
            f"/api/hsds/service_at_locations/{sal.pk}",
            "/api/hsds/taxonomy_terms?per_page=100",
        ]
        sys.stdout.write(
            f"{connection.vendor}, {Service.objects.public().count()} public services, {ROUNDS} rounds per URL\n"
        )
        sys.stdout.write(
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time suffers from it; "
            f"CPU time is this process only)\n"
        )
        sys.stdout.write(f"{'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'queries':>8}  url\n")
        for url in urls:
            client.get(url)  # warm-up (search index, caches)
            timings, cpu = [], []
            for _ in range(ROUNDS):
                start, start_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            with CaptureQueriesContext(connection) as ctx:
                client.get(url)
            timings.sort()
            p95 = timings[int(0.95 * (len(timings) - 1))]
            sys.stdout.write(
                f"{statistics.median(timings):8.1f} {p95:8.1f} {statistics.median(cpu):8.1f} "
                f"{len(ctx.captured_queries):8d}  {url}\n"
            )
