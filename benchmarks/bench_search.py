"""Search benchmark: 20,000 synthetic services, 200 mixed queries, p50/p95 server time on SQLite and PostgreSQL.

Run: `.venv/bin/python -m benchmarks.run search` (or `make bench BENCH=search`). Each database is a throwaway one
(a temporary SQLite file; a temporary PostgreSQL database or cluster): db.sqlite3 is never touched. The work runs in
a child process per database (`python -m benchmarks.bench_search --worker`), so Django is configured for it alone.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SERVICES = int(os.environ.get("BENCH_SEARCH_SERVICES", "20000"))
QUERIES = 200
TARGET_P95_MS = 50.0


def _run_worker(database_url: str, label: str) -> dict | None:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "accroche.settings.dev",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver,localhost",
        "LOG_LEVEL": "WARNING",
        # A cache shared by processes, as in production (files here, Redis or files there): the search page keeps its
        # reference data per data version only with such a cache (decision 0205).
        "CACHE_DIR": tempfile.mkdtemp(prefix="accroche-bench-cache-"),
    }
    sys.stdout.write(f"\n[{label}] génération de {SERVICES} services et mesure de {QUERIES} requêtes…\n")
    sys.stdout.flush()
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_search", "--worker"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("BENCH_RESULT ")]
    if completed.returncode != 0 or not lines:
        sys.stdout.write(f"[{label}] échec :\n{completed.stderr[-3000:]}\n")
        return None
    return json.loads(lines[-1].removeprefix("BENCH_RESULT "))


def _report(label: str, result: dict | None) -> None:
    if result is None:
        return
    ok = "OK" if result["page_p95_ms"] <= TARGET_P95_MS else "AU-DELÀ"
    sys.stdout.write(
        f"[{label}] {result['services']} services, {result['queries']} requêtes "
        f"(génération {result['generate_s']:.0f} s, index {result['index_s']:.0f} s, "
        f"chargement en mémoire {result['load_s']:.1f} s, charge machine {result['load_average']:.1f})\n"
        f"[{label}] moteur + 1re page de services : p50 {result['engine_p50_ms']:.1f} ms, "
        f"p95 {result['engine_p95_ms']:.1f} ms, max {result['engine_max_ms']:.1f} ms "
        f"(CPU p50 {result['engine_cpu_p50_ms']:.1f} ms, p95 {result['engine_cpu_p95_ms']:.1f} ms)\n"
        f"[{label}] page /annuaire/ complète (HTML) : p50 {result['page_p50_ms']:.1f} ms, "
        f"p95 {result['page_p95_ms']:.1f} ms, max {result['page_max_ms']:.1f} ms "
        f"(CPU p50 {result['page_cpu_p50_ms']:.1f} ms, p95 {result['page_cpu_p95_ms']:.1f} ms; "
        f"requêtes SQL p50 {result['page_queries_p50']}, max {result['page_queries_max']}) — "
        f"objectif p95 ≤ {TARGET_P95_MS:.0f} ms : {ok}\n"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bench_postgres_from_url(url: str) -> dict | None:
    """Uses the PostgreSQL server of DATABASE_URL, in a temporary database created and dropped here."""
    import psycopg

    base = url.rsplit("/", 1)[0]
    name = f"accroche_bench_search_{os.getpid()}"
    admin_url = url.replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        return _run_worker(f"{base}/{name}", "PostgreSQL")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _bench_postgres_throwaway() -> dict | None:
    """Starts a throwaway PostgreSQL 15 cluster under /tmp (as the postgres user when run as root)."""
    if not (PG_BIN / "initdb").exists():
        sys.stdout.write("[PostgreSQL] non mesuré : PostgreSQL introuvable et DATABASE_URL n'est pas PostgreSQL.\n")
        return None
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    workdir = Path(tempfile.mkdtemp(prefix="accroche-bench-pg-"))
    data = workdir / "data"
    port = _free_port()
    if as_postgres:
        shutil.chown(workdir, "postgres", "postgres")
    run = {"check": True, "capture_output": True}
    try:
        subprocess.run(
            [
                *as_postgres,
                str(PG_BIN / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            **run,
        )
        subprocess.run(
            [
                *as_postgres,
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-w",
                "-l",
                str(workdir / "log"),
                "-o",
                f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off",
                "start",
            ],
            **run,
        )
        try:
            subprocess.run(
                [*as_postgres, str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "bench"],
                **run,
            )
            return _run_worker(f"postgres://postgres@127.0.0.1:{port}/bench", "PostgreSQL")
        finally:
            subprocess.run(
                [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                check=False,
                capture_output=True,
            )
    except subprocess.CalledProcessError as exc:
        sys.stdout.write(f"[PostgreSQL] démarrage impossible : {exc.stderr.decode(errors='replace')[-500:]}\n")
        return None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="accroche-bench-search-") as tmp:
        _report("SQLite", _run_worker(f"sqlite:///{tmp}/bench.sqlite3", "SQLite"))
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        _report("PostgreSQL", _bench_postgres_from_url(url))
    else:
        _report("PostgreSQL", _bench_postgres_throwaway())


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def worker() -> None:
    """Runs inside the child process: migrate, generate, index, then time the queries."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accroche.search.engine import search_services
    from accroche.search.indexing import rebuild_search_index
    from accroche.search.memindex import current_index
    from accroche.search.params import params_from_querydict

    from .search_data import generate_directory, mixed_queries

    call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()
    generate_directory(count=SERVICES)
    generated = time.perf_counter()
    rebuild_search_index()
    indexed = time.perf_counter()
    current_index()
    loaded = time.perf_counter()
    queries = mixed_queries(count=QUERIES)
    engine_ms, page_ms, engine_cpu, page_cpu = [], [], [], []
    client = Client()
    for query_string in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        results = search_services(params_from_querydict(QueryDict(query_string)))
        _ = [h.card for h in results.hits.with_cards()[0:20]]  # what the page reads (decision 0205)
        engine_ms.append((time.perf_counter() - t0) * 1000)
        engine_cpu.append((time.process_time() - c0) * 1000)
    page_queries = []
    for query_string in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/annuaire/?{query_string}")
        page_ms.append((time.perf_counter() - t0) * 1000)
        page_cpu.append((time.process_time() - c0) * 1000)
        page_queries.append(len(captured.captured_queries))
        if response.status_code != 200:
            raise RuntimeError(f"/annuaire/?{query_string} → {response.status_code}")
    result = {
        "services": SERVICES,
        "queries": len(queries),
        "generate_s": generated - started,
        "index_s": indexed - generated,
        "load_s": loaded - indexed,
        "engine_p50_ms": _percentile(engine_ms, 0.5),
        "engine_p95_ms": _percentile(engine_ms, 0.95),
        "engine_max_ms": max(engine_ms),
        "page_p50_ms": _percentile(page_ms, 0.5),
        "page_p95_ms": _percentile(page_ms, 0.95),
        "page_max_ms": max(page_ms),
        "engine_cpu_p50_ms": _percentile(engine_cpu, 0.5),
        "engine_cpu_p95_ms": _percentile(engine_cpu, 0.95),
        "page_cpu_p50_ms": _percentile(page_cpu, 0.5),
        "page_cpu_p95_ms": _percentile(page_cpu, 0.95),
        "page_queries_p50": _percentile(page_queries, 0.5),
        "page_queries_max": max(page_queries),
        "load_average": os.getloadavg()[0],
    }
    sys.stdout.write("BENCH_RESULT " + json.dumps(result) + "\n")


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
