"""Reference data of the schools app for `make run`: the bundled FASE list (skipped when already loaded)."""

from .importers.fase import import_bundled


def load_demo(*, stdout) -> None:
    report = import_bundled()
    if report is None:
        stdout.write("Écoles : liste FASE déjà chargée.")
    elif report.errors:
        raise RuntimeError("; ".join(str(e) for e in report.errors[:5]))
    else:
        stdout.write(f"Écoles : {report.created + report.updated} implantations (signalétique FASE).")
