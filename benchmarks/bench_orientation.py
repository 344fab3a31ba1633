"""Orientation player and handout server time on the demo data: p50/p95 per page and queries per request.

Run: .venv/bin/python -m benchmarks.run orientation   (builds a throw-away test database, loads the demo data)
"""

import os
import statistics
import sys
import time

import django

from .harness import seed_test_database

ROUNDS = 20


def main() -> None:
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accroche.orientation.demo import load_demo

    with seed_test_database():
        load_demo()
        client = Client()
        urls = [
            "/orientation/medecins/etape/?cp=4800&r=0.4",
            "/orientation/medecins/etape/?cp=4800&r=0.4.1",
            "/orientation/medecins/etape/?cp=4800&r=1",
            "/orientation/medecins/fiche/?cp=4800&r=0.4.1",
            "/orientation/medecins/fiche.pdf?cp=4800&r=0.4.1",
        ]
        sys.stdout.write(
            f"{connection.vendor}, {ROUNDS} rounds per URL, load average {os.getloadavg()[0]:.1f} on "
            f"{os.cpu_count()} cores (wall time suffers from it; CPU time is this process only)\n"
        )
        sys.stdout.write(f"{'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'queries':>8}  url\n")
        for url in urls:
            client.get(url)  # warm-up
            timings, cpu = [], []
            for _ in range(ROUNDS):
                start, start_cpu = time.perf_counter(), time.process_time()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            p95 = statistics.quantiles(timings, n=20)[-1]
            sys.stdout.write(
                f"{statistics.median(timings):8.1f} {p95:8.1f} {statistics.median(cpu):8.1f} {len(queries):8d}  {url}\n"
            )
