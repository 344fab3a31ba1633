"""Directory benchmark: seed import (first run and re-run) and service page render time over the 104 services.

Run: `.venv/bin/python -m benchmarks.run directory`. Uses a throwaway SQLite file (db.sqlite3 is never touched); the
work runs in a child process (`python -m benchmarks.bench_directory --worker`) so Django is configured for it alone.
"""

import json
import statistics
import sys
import time

from benchmarks.worker import run_worker

TARGET_PAGE_P95_MS = 150.0
TARGET_IMPORT_S = 30.0


def worker() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv
    from accroche.directory.models import Service
    from accroche.geo.services import geo_load_reference

    call_command("migrate", verbosity=0)
    geo_load_reference()
    start = time.perf_counter()
    first = import_services_csv(path=DEMO_FILE)
    first_s = time.perf_counter() - start
    start = time.perf_counter()
    again = import_services_csv(path=DEMO_FILE)
    again_s = time.perf_counter() - start
    start = time.perf_counter()
    import_services_csv(path=DEMO_FILE, dry_run=True)
    dry_s = time.perf_counter() - start
    client = Client()
    urls = [s.get_absolute_url() for s in Service.objects.public()]
    for url in urls[:5]:
        client.get(url)  # warm up templates
    timings, queries = [], []
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
        queries.append(len(captured))
    timings.sort()
    result = {
        "services": first.created,
        "import_s": round(first_s, 2),
        "reimport_s": round(again_s, 2),
        "reimport_updated": again.updated,
        "dry_run_s": round(dry_s, 2),
        "pages": len(urls),
        "page_p50_ms": round(statistics.median(timings), 1),
        "page_p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "queries_max": max(queries),
    }
    sys.stdout.write("BENCH_RESULT " + json.dumps(result) + "\n")


def main() -> None:
    r = run_worker("benchmarks.bench_directory", {"ALLOWED_HOSTS": "testserver,localhost"})
    if r is None:
        return
    sys.stdout.write(
        f"Import de {r['services']} services : {r['import_s']} s (cible < {TARGET_IMPORT_S} s) ; "
        f"ré-import ({r['reimport_updated']} mis à jour) : {r['reimport_s']} s ; simulation : {r['dry_run_s']} s\n"
        f"Page service ({r['pages']} pages) : p50 {r['page_p50_ms']} ms, p95 {r['page_p95_ms']} ms "
        f"(cible p95 < {TARGET_PAGE_P95_MS} ms), au plus {r['queries_max']} requêtes SQL par page\n"
    )


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
