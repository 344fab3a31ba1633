"""Map benchmark: 10,000 synthetic services, time-to-interactive of /carte/ in headless Chromium, GeoJSON size.

Targets (issue 4): the map page is interactive in <= 1.5 s; the GeoJSON of all services is <= 1 MB compressed.
Everything runs in a temporary directory (SQLite file, collected static files); db.sqlite3 is never touched. The
server is gunicorn with the production settings (one process, four threads, its local-memory cache), the browser
Debian's chromium driven by Playwright; tile requests are answered locally (a 1-pixel PNG), nothing leaves the machine.

Run: .venv/bin/python -m benchmarks.run maps
"""

import gzip
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
SERVICES = 10_000
APPROXIMATE_SHARE = 0.3  # share of places known only by their postal code (centroid)
RUNS = 5
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
TILE_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)
TARGET_TTI_MS = 1500
TARGET_BYTES = 1_000_000


def _env(tmp: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "accroche.settings.production",
        "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
        "STATIC_ROOT": str(tmp / "static"),
        "SECRET_KEY": "benchmark-only-not-secret",
        "SECURE_SSL_REDIRECT": "False",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": "",
        "SENTRY_DSN": "",
    }


def prepare() -> None:
    """Runs in a child process: migrate, generate the services, make some places approximate or absent, index."""
    import random

    import django

    django.setup()
    from django.core.management import call_command

    from accroche.directory.choices import GeoPrecision, Scope
    from accroche.directory.models import Location, Service, ServiceAtLocation

    from .search_data import generate_directory

    call_command("migrate", verbosity=0, interactive=False)
    generate_directory(count=SERVICES)
    rng = random.Random(4)
    locations = list(Location.objects.select_related("commune"))
    approximate = [loc for loc in locations if loc.commune and rng.random() < APPROXIMATE_SHARE]
    for loc in approximate:  # postal-code centroid, slightly spread as the many postal codes of a commune are
        loc.latitude = round(loc.commune.latitude + rng.uniform(-0.01, 0.01), 4)
        loc.longitude = round(loc.commune.longitude + rng.uniform(-0.01, 0.01), 4)
        loc.geo_precision = GeoPrecision.POSTAL_CODE
    Location.objects.bulk_update(approximate, ["latitude", "longitude", "geo_precision"], batch_size=2000)
    wide = Service.objects.filter(scope=Scope.PROVINCE)  # province-wide services: no place on the map
    ServiceAtLocation.objects.filter(service__in=wide).delete()
    try:
        from accroche.search.indexing import rebuild_search_index

        rebuild_search_index()
    except ImportError:  # an engine without its own index
        pass
    summary = {
        "services": Service.objects.count(),
        "approximate": len(approximate),
        "unplaced": wide.count(),
    }
    sys.stdout.write("PREPARED " + json.dumps(summary) + "\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server not answering: {url}")


def _fetch(url: str, encoding: str = "identity") -> tuple[bytes, dict]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read(), {k.lower(): v for k, v in response.headers.items()}


def _measure_tti(browser, base: str, path: str) -> float:
    """Returns the ms from navigation start to the map being ready (markers clustered, list in sync, idle)."""
    context = browser.new_context(locale="fr-BE", viewport={"width": 1280, "height": 900})

    def route(route):
        if route.request.url.startswith(base):
            return route.continue_()
        if ".png" in route.request.url:
            return route.fulfill(status=200, content_type="image/png", body=TILE_PNG)
        return route.abort()

    context.route("**/*", route)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto(base + path, wait_until="commit")
    page.wait_for_selector("[data-map][data-state='ready']", timeout=60_000)
    ready_at = float(page.get_attribute("[data-map]", "data-ready-at"))
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    markers = page.locator(".leaflet-marker-icon").count()
    context.close()
    if not markers:
        raise RuntimeError(f"no marker drawn on {path}")
    return ready_at, metrics.get("TaskDuration", 0.0) * 1000  # wall ms, main-thread busy ms (load-independent)


def _server(tmp: Path, port: int):
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "accroche.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=_env(tmp),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def main() -> None:
    from playwright.sync_api import sync_playwright

    keep = os.environ.get("BENCH_MAPS_DIR", "")  # reuse a prepared directory between runs (optional)
    with tempfile.TemporaryDirectory(prefix="accroche-bench-maps-") as tmp_name:
        tmp = Path(keep or tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        if not (keep and (tmp / "prepared.json").exists()):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_maps", "--prepare"],
                cwd=ROOT,
                env=_env(tmp),
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                sys.stdout.write(done.stdout + done.stderr)
                raise RuntimeError("preparation failed")
            (tmp / "prepared.json").write_text(done.stdout.split("PREPARED ", 1)[1].splitlines()[0])
        prepared = json.loads((tmp / "prepared.json").read_text())
        sys.stdout.write(f"Données : {prepared} (préparées en {time.perf_counter() - started:.0f} s)\n")
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT,
            env=_env(tmp),
            check=True,
        )
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = _server(tmp, port)
        try:
            _wait(base + "/static/maps/map.css")
            _fetch(base + "/carte/donnees.geojson?q=ecole-de-devoirs-chauffe")  # loads the search index once
            results = {}
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
                )
                for label, path in (
                    ("toute la province", "/carte/"),
                    ("harcèlement à Verviers", "/carte/?q=harcelement&lieu=Verviers"),
                    ("plateforme de Verviers", "/carte/?plateforme=verviers"),
                ):
                    cold = _measure_tti(browser, base, path)  # map data computed by this request
                    warm = [_measure_tti(browser, base, path) for _ in range(RUNS)]  # data cached server-side
                    results[label] = (cold, warm)
                    cpu = statistics.median(busy for _, busy in warm)
                    sys.stdout.write(f"  [{label}] navigateur : temps CPU du fil principal (médiane) {cpu:.0f} ms\n")
                browser.close()
            raw, _ = _fetch(base + "/carte/donnees.geojson")
            page_raw, _ = _fetch(base + "/carte/")
        finally:
            server.terminate()
            server.wait(timeout=30)
    features = len(json.loads(raw)["features"])
    sizes = {
        "brut": len(raw),
        "gzip niveau 6 (comme la vue)": len(gzip.compress(raw, 6)),
        "gzip -9": len(gzip.compress(raw, 9)),
        "brotli q5 (proxy, à la volée)": len(brotli.compress(raw, quality=5)),
        "brotli q11": len(brotli.compress(raw, quality=11)),
    }
    out = sys.stdout.write
    out(f"Machine : {os.cpu_count()} cœurs, charge moyenne {os.getloadavg()[0]:.1f}\n")
    out(f"Temps jusqu'à la carte interactive (Chromium headless, {RUNS} essais à chaud ; cible ≤ {TARGET_TTI_MS} ms)\n")
    worst = 0.0
    for label, (cold, warm) in results.items():
        walls = [wall for wall, _ in warm]
        median = statistics.median(walls)
        worst = max(worst, median)
        out(f"  {label:28} à froid {cold[0]:6.0f} ms · à chaud médiane {median:6.0f} ms, max {max(walls):6.0f} ms\n")
    out(f"GeoJSON de tous les services : {features} points, page /carte/ {len(page_raw) / 1024:.0f} Ko\n")
    for label, size in sizes.items():
        if size is not None:
            out(f"  {label:36} {size / 1024:8.0f} Ko\n")
    ok_size = all(size <= TARGET_BYTES for label, size in sizes.items() if size and label != "brut")
    out(
        f"Cibles : TTI {'atteinte' if worst <= TARGET_TTI_MS else 'MANQUÉE'} · "
        f"taille compressée {'atteinte' if ok_size else 'MANQUÉE'}\n"
    )


if __name__ == "__main__":
    if "--prepare" in sys.argv:
        prepare()
    else:
        main()
