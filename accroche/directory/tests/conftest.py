"""Fixtures of the directory tests: a few real rows of the seed file, imported (faster than all 104)."""

import csv
import io

import pytest

from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv

SAMPLE_IDS = {
    "ecoute-enfants-103",
    "cpms-libres-verviers",
    "cpms-provincial-huy-1",
    "saj-verviers",
    "spj-liege",
    "amo-la-teignouse",
}


def seed_rows(ids: set[str] | None = None) -> str:
    """Returns the header and the rows of the seed file whose id is in `ids` (all rows when None)."""
    rows = list(csv.reader(io.StringIO(DEMO_FILE.read_text(encoding="utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0])
    for row in rows[1:]:
        if ids is None or row[0] in ids:
            writer.writerow(row)
    return out.getvalue()


@pytest.fixture
def sample_directory(geo):
    """Imports six real services of the seed file (a listening line, CPMS, SAJ, SPJ, AMO)."""
    report = import_services_csv(text=seed_rows(SAMPLE_IDS))
    assert not report.errors, report.errors
    assert report.created == len(SAMPLE_IDS)
    return report
