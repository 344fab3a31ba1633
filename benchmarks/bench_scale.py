"""Federation-scale benchmark: about a dozen plateformes, 30,000 services; search, map, harvest, index memory.

Run: `make bench BENCH=scale` (or `.venv/bin/python -m benchmarks.run scale`). Everything runs on throwaway SQLite
files: the worker process generates the directory, times the search and the map in-process, then serves it with
`manage.py runserver` and harvests it with `manage.py harvest_hsds` into a second database (a second instance).
Figures go to docs/scaling.md. `BENCH_SCALE_SERVICES` changes the size, `BENCH_SCALE_HARVEST_PAGES` how many pages
of 100 the write harvest copies (the full copy time is extrapolated from it, and said so).
"""

import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchmarks.worker import run_worker

ROOT = Path(__file__).resolve().parent.parent
SERVICES = int(os.environ.get("BENCH_SCALE_SERVICES", "30000"))
HARVEST_PAGES = int(os.environ.get("BENCH_SCALE_HARVEST_PAGES", "10"))
QUERIES = 100
TARGETS = {"engine_p95_ms": 100.0, "page_p95_ms": 300.0, "geojson_cold_s": 1.5, "geojson_warm_ms": 200.0}


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def federation_plateformes() -> int:
    """Gives the French-speaking territory about a dozen plateformes: Liège's three (reference data), one per other
    Walloon province and Brussels, Hainaut split by arrondissement. Returns the number of plateformes."""
    from django.utils.text import slugify

    from accroche.geo.models import Commune, Plateforme

    groups: dict[tuple[str, str], list[str]] = {}
    for nis, province, arrondissement in Commune.objects.exclude(province="Liège").values_list(
        "nis_code", "province", "arrondissement"
    ):
        if province in ("Brabant wallon", "Namur", "Luxembourg", "Bruxelles-Capitale"):
            groups.setdefault((province, province), []).append(nis)
        elif province == "Hainaut":
            groups.setdefault((province, arrondissement), []).append(nis)
    for order, ((province, name), nis_codes) in enumerate(sorted(groups.items()), start=10):
        slug = slugify(name)[:20]
        Plateforme.objects.get_or_create(slug=slug, defaults={"name": name, "province": province, "sort_order": order})
        Commune.objects.filter(nis_code__in=nis_codes).update(plateforme=slug)
    return Plateforme.objects.count()


def _time_harvest(env: dict, api: str, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "manage.py", "harvest_hsds", api, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return round(time.perf_counter() - started, 1), done.stdout.strip().splitlines()[-1]


def _harvest_figures(database_url: str) -> dict:
    """Serves the generated directory and harvests it into a second, empty instance."""
    source_env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "false"}
    target_db = Path(database_url.removeprefix("sqlite:///")).with_name("harvester.sqlite3")
    target_env = {**os.environ, "DATABASE_URL": f"sqlite:///{target_db}", "DEBUG": "false"}
    for command in (["migrate", "--noinput", "-v", "0"], ["load_geo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=target_env, check=True, capture_output=True
        )
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api/hsds/"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=source_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(api, timeout=5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        started = time.perf_counter()
        with urllib.request.urlopen(api + "services?minimal=true&per_page=100&page=1", timeout=60) as response:
            json.loads(response.read())
        minimal_page_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        with urllib.request.urlopen(api + "services?full=true&per_page=100&page=7", timeout=60) as response:
            json.loads(response.read())
        full_page_ms = (time.perf_counter() - started) * 1000
        dry_s, dry_summary = _time_harvest(target_env, api, "--dry-run")
        write_s, write_summary = _time_harvest(target_env, api, "--max-pages", str(HARVEST_PAGES))
    finally:
        server.terminate()
        server.wait(timeout=30)
    written = HARVEST_PAGES * 100
    return {
        "api_minimal_page_ms": round(minimal_page_ms),
        "api_full_page_ms": round(full_page_ms),
        "harvest_dry_run_s": dry_s,
        "harvest_dry_run": dry_summary,
        "harvest_write_services": written,
        "harvest_write_s": write_s,
        "harvest_write": write_summary,
        "harvest_full_copy_extrapolated_min": round(write_s / written * SERVICES / 60, 1),
    }


def worker() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client

    from accroche.geo.models import Commune
    from accroche.geo.services import geo_load_reference
    from accroche.search.engine import search_services
    from accroche.search.indexing import rebuild_search_index
    from accroche.search.memindex import current_index
    from accroche.search.params import params_from_querydict

    from .search_data import generate_directory, mixed_queries

    call_command("migrate", verbosity=0, interactive=False)
    geo_load_reference()
    plateformes = federation_plateformes()
    started = time.perf_counter()
    generate_directory(count=SERVICES)
    generated = time.perf_counter()
    rebuild_search_index()
    indexed = time.perf_counter()
    rss_before = _rss_mb()
    current_index()
    rss_after = _rss_mb()
    loaded = time.perf_counter()
    rng = random.Random(11)
    places = list(Commune.objects.exclude(plateforme="").values_list("name", flat=True))
    queries = mixed_queries(count=QUERIES)
    queries += [f"q=aide+scolaire&lieu={rng.choice(places)}" for _ in range(QUERIES // 2)]
    engine_ms, page_ms = [], []
    client = Client(HTTP_HOST="127.0.0.1")
    for query_string in queries:
        t0 = time.perf_counter()
        results = search_services(params_from_querydict(QueryDict(query_string)))
        _ = [h.service.name for h in results.hits[0:20] if h.service]
        engine_ms.append((time.perf_counter() - t0) * 1000)
    for query_string in queries:
        t0 = time.perf_counter()
        response = client.get(f"/annuaire/?{query_string}")
        page_ms.append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"/annuaire/?{query_string} → {response.status_code}")
    t0 = time.perf_counter()
    geojson = client.get("/carte/donnees.geojson")
    geojson_cold_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    client.get("/carte/donnees.geojson")
    geojson_second_s = time.perf_counter() - t0
    etag = geojson.headers.get("ETag", "")
    t0 = time.perf_counter()
    revalidated = client.get("/carte/donnees.geojson", HTTP_IF_NONE_MATCH=etag) if etag else None
    geojson_304_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    one = client.get("/carte/donnees.geojson", {"plateforme": "namur"})
    geojson_plateforme_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    map_page = client.get("/carte/")
    map_page_ms = (time.perf_counter() - t0) * 1000
    result = {
        "services": SERVICES,
        "plateformes": plateformes,
        "communes_with_plateforme": len(places),
        "generate_s": round(generated - started, 1),
        "index_s": round(indexed - generated, 1),
        "index_load_s": round(loaded - indexed, 1),
        "index_rss_mb": round(rss_after - rss_before, 1),
        "process_rss_mb": round(rss_after, 1),
        "queries": len(queries),
        "engine_p50_ms": _percentile(engine_ms, 0.5),
        "engine_p95_ms": _percentile(engine_ms, 0.95),
        "page_p50_ms": _percentile(page_ms, 0.5),
        "page_p95_ms": _percentile(page_ms, 0.95),
        "geojson_bytes": len(geojson.content),
        "geojson_cold_s": round(geojson_cold_s, 2),
        "geojson_warm_ms": round(geojson_second_s * 1000),
        "geojson_304_ms": round(geojson_304_ms) if revalidated is not None else None,
        "geojson_one_plateforme_ms": round(geojson_plateforme_ms),
        "geojson_one_plateforme_bytes": len(one.content),
        "map_page_ms": round(map_page_ms),
        "map_page_status": map_page.status_code,
        "load_average": round(os.getloadavg()[0], 2),
    }
    result.update(_harvest_figures(f"sqlite:///{connection.settings_dict['NAME']}"))
    sys.stdout.write("BENCH_RESULT " + json.dumps(result) + "\n")


def main() -> None:
    started = time.perf_counter()
    result = run_worker("benchmarks.bench_scale")
    if result is None:
        return
    sys.stdout.write(f"Échelle de la Fédération ({time.perf_counter() - started:.0f} s en tout) :\n")
    for key, value in result.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else (" ✓" if value is not None and value <= target else f" ✗ (cible {target})")
        sys.stdout.write(f"  {key}: {value}{verdict}\n")


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
