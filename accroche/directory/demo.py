"""Demo data of the directory: the real seed services of the province (to be verified)."""

from .importers.services_csv import DEMO_FILE, import_services_csv


def load_demo(*, stdout) -> None:
    report = import_services_csv(path=DEMO_FILE)
    if report.errors:
        raise RuntimeError("; ".join(map(str, report.errors)))
    stdout.write(f"Annuaire : {report.created} services créés, {report.updated} mis à jour.")
