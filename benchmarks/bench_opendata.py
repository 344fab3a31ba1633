"""Open data benchmark: spreadsheet import of 10,000 rows (target ≤ 60 s), whole-province répertoire PDF
(target ≤ 10 s), HSDS export and import round trip of the demo directory.

Run: `.venv/bin/python -m benchmarks.run opendata`. Uses a throwaway SQLite file (db.sqlite3 is never touched); the
work runs in a child process (`python -m benchmarks.bench_opendata --worker`) so Django is configured for it alone.
"""

import csv
import io
import json
import os
import sys
import time

from benchmarks.worker import run_worker

ROWS = 10_000
TARGET_IMPORT_S = 60.0
TARGET_REPERTOIRE_S = 10.0
TYPES = ["amo", "cpms", "ssm", "pse", "sas", "ppl", "cpas", "ecole_de_devoirs", "maison_ado", "info_jeunes"]
AUDIENCES = ["jeunes;familles", "medecins;professionnels", "ecoles", "familles;medecins"]


def _spreadsheet(postal_codes: list[str]) -> bytes:
    def row(i: int) -> dict[str, str]:
        return {
            "identifiant": f"bench-{i:05d}",
            "nom": f"Service de test {i}",
            "type": TYPES[i % len(TYPES)],
            "publics": AUDIENCES[i % len(AUDIENCES)],
            "code_postal": postal_codes[i % len(postal_codes)],
            "telephone": f"04 {i:06d}",
            "email": f"contact{i}@example.org",
            "site_web": f"https://example.org/{i}",
            "ages": "12-18",
            "gratuit": "oui",
            "mandat": "libre_acces",
            "description": "Service fictif généré pour la mesure de performance.",
        }

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row(0)), delimiter=";")
    writer.writeheader()
    writer.writerows(row(i) for i in range(ROWS))
    return out.getvalue().encode()


def worker() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv
    from accroche.directory.models import Service
    from accroche.geo.models import PostalCode
    from accroche.geo.services import geo_load_reference
    from accroche.opendata.hsds.export import export_tables
    from accroche.opendata.hsds.load import import_package
    from accroche.opendata.hsds.package import read_zip, write_zip
    from accroche.opendata.printing.repertoire import build_repertoire
    from accroche.opendata.spreadsheet.columns import guess_mapping
    from accroche.opendata.spreadsheet.importer import import_sheet
    from accroche.opendata.spreadsheet.reader import read_spreadsheet

    call_command("migrate", verbosity=0)
    geo_load_reference()
    import_services_csv(path=DEMO_FILE)
    result = {}
    build_repertoire(plateforme="verviers", audience="medecins")  # warm up fonts and templates
    start, cpu = time.perf_counter(), time.process_time()
    _, pdf = build_repertoire()
    result["repertoire_s"] = round(time.perf_counter() - start, 2)
    result["repertoire_cpu_s"] = round(time.process_time() - cpu, 2)
    result["repertoire_services"] = Service.objects.public().count()
    result["repertoire_kb"] = len(pdf) // 1024
    start = time.perf_counter()
    buffer = io.BytesIO()
    write_zip(export_tables(), buffer)
    result["export_s"] = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    report = import_package(raw=read_zip(io.BytesIO(buffer.getvalue())), dry_run=True)
    result["hsds_import_dry_run_s"] = round(time.perf_counter() - start, 2)
    assert not report.errors, report.errors[:3]
    codes = list(PostalCode.objects.filter(commune__isnull=False).values_list("code", flat=True).distinct())
    data = _spreadsheet(codes)
    start = time.perf_counter()
    sheet = read_spreadsheet(name="bench.csv", data=data)
    mapping = guess_mapping(sheet.headers)
    dry = import_sheet(sheet=sheet, mapping=mapping, dry_run=True)
    result["dry_run_s"] = round(time.perf_counter() - start, 2)
    assert not dry.errors, [str(e) for e in dry.errors[:3]]
    start, cpu = time.perf_counter(), time.process_time()
    sheet = read_spreadsheet(name="bench.csv", data=data)
    done = import_sheet(sheet=sheet, mapping=mapping, dry_run=False)
    result["import_s"] = round(time.perf_counter() - start, 2)
    result["import_cpu_s"] = round(time.process_time() - cpu, 2)
    result["created"] = done.created
    start = time.perf_counter()
    again = import_sheet(sheet=read_spreadsheet(name="bench.csv", data=data), mapping=mapping, dry_run=False)
    result["reimport_s"] = round(time.perf_counter() - start, 2)
    result["updated"] = again.updated
    sys.stdout.write("BENCH_RESULT " + json.dumps(result) + "\n")


def main() -> None:
    r = run_worker("benchmarks.bench_opendata")
    if r is None:
        return
    sys.stdout.write(
        f"Tableur de {ROWS} lignes : essai {r['dry_run_s']} s ; import {r['import_s']} s (CPU {r['import_cpu_s']} s ; "
        f"{r['created']} créés, cible ≤ {TARGET_IMPORT_S:.0f} s) ; ré-import {r['reimport_s']} s "
        f"({r['updated']} mis à jour)\n"
        f"Répertoire de toute la province ({r['repertoire_services']} services, {r['repertoire_kb']} Ko) : "
        f"{r['repertoire_s']} s (CPU {r['repertoire_cpu_s']} s ; cible ≤ {TARGET_REPERTOIRE_S:.0f} s)\n"
        f"Export HSDS (zip) : {r['export_s']} s ; import HSDS du même paquet (essai) : {r['hsds_import_dry_run_s']} s\n"
        f"charge moyenne {os.getloadavg()[0]:.1f} sur {os.cpu_count()} cœurs\n"
    )


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
