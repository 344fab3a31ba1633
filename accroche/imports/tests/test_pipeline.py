"""The one import pipeline: every adapter is all-or-nothing with row and column, a dry run writes nothing, one
directory version per import, and HSDS packages are bounded before parsing (issue 16 item 4, issue 17 item 5)."""

import csv
import io
import zipfile
from pathlib import Path

import pytest

from accroche.directory.importers.services_csv import import_services_csv
from accroche.directory.models import DirectoryVersion, Service
from accroche.directory.tests.conftest import SAMPLE_IDS, seed_rows
from accroche.imports.pipeline import Adapter, run_import
from accroche.imports.report import RowError
from accroche.opendata.hsds.load import import_hsds
from accroche.opendata.spreadsheet.importer import import_sheet
from accroche.opendata.spreadsheet.reader import read_spreadsheet
from accroche.schools.importers.fase import BUNDLED_FILE, import_fase
from accroche.schools.models import SchoolSite

pytestmark = pytest.mark.django_db
HSDS_SAMPLE = Path(__file__).resolve().parents[2] / "opendata" / "tests" / "fixtures" / "hsds-3.0-sample"
SPREADSHEET = "nom;type;code_postal;email\nBon service;cpms;4000;\nMauvais service;amo;4000;pas-un-email\n"


@pytest.fixture
def vocabularies(geo):
    from accroche.directory.services import taxonomy_ensure_vocabularies

    taxonomy_ensure_vocabularies()


def _version() -> int:
    row = DirectoryVersion.objects.filter(key="directory").first()
    return row.number if row else 1


def _seed(bad: bool) -> str:
    text = seed_rows(SAMPLE_IDS)
    if not bad:
        return text
    rows = list(csv.reader(io.StringIO(text)))
    rows[3][rows[0].index("email")] = "pas-un-email"  # the 3rd service, file row 4
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _sheet(text: str):
    from accroche.opendata.spreadsheet.columns import guess_mapping

    sheet = read_spreadsheet(name="liste.csv", data=text.encode())
    return sheet, guess_mapping(sheet.headers)


def _hsds_files(bad: bool) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in HSDS_SAMPLE.iterdir()}
    if bad:
        rows = list(csv.reader(io.StringIO(files["services.csv"].decode())))
        rows[1][rows[0].index("email")] = "pas-un-email"
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        files["services.csv"] = out.getvalue().encode()
    return files


def _zip(files: dict[str, bytes], compression=zipfile.ZIP_STORED) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def _fase(bad: bool) -> bytes:
    lines = BUNDLED_FILE.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines[1:] if ",3478," in line]
    if bad:
        body.append(body[0].replace(",3478,", ",34x8,", 1))
    return ("\n".join([lines[0], *body]) + "\n").encode()


def _spreadsheet(bad: bool, dry: bool):
    sheet, mapping = _sheet(SPREADSHEET if bad else SPREADSHEET.replace("pas-un-email", ""))
    return import_sheet(sheet=sheet, mapping=mapping, dry_run=dry)


IMPORTS = {
    "seed CSV": lambda bad, dry: import_services_csv(text=_seed(bad), dry_run=dry),
    "spreadsheet": _spreadsheet,
    "HSDS package": lambda bad, dry: import_hsds(fileobj=_zip(_hsds_files(bad)), dry_run=dry),
}
BAD_CELL = {"seed CSV": (4, "email"), "spreadsheet": (3, "email"), "HSDS package": (2, "email")}


@pytest.mark.parametrize("adapter", list(IMPORTS))
def test_a_bad_row_writes_nothing_and_names_its_row_and_column(vocabularies, adapter):
    version = _version()
    report = IMPORTS[adapter](True, False)
    assert (report.errors[0].row, report.errors[0].column) == BAD_CELL[adapter], [str(e) for e in report.errors]
    assert f"ligne {BAD_CELL[adapter][0]}, colonne « email »" in str(report.errors[0])
    assert Service.objects.count() == 0 and report.created == 0 and _version() == version


@pytest.mark.parametrize("adapter", list(IMPORTS))
def test_the_dry_run_writes_nothing_and_counts_what_the_import_writes(vocabularies, adapter):
    version = _version()
    dry = IMPORTS[adapter](False, True)
    assert dry.errors == [] and dry.dry_run and dry.created > 0
    assert Service.objects.count() == 0 and _version() == version
    real = IMPORTS[adapter](False, False)
    assert real.errors == [] and real.created == dry.created == Service.objects.count()


@pytest.fixture
def announcements():
    """The directory's announcements of a change (each one = one version bump + one re-indexing request)."""
    from accroche.directory.services import services_changed

    sent = []

    def receiver(sender, **kwargs):
        sent.append(kwargs)

    services_changed.connect(receiver, dispatch_uid="test_pipeline_announcements")
    yield sent
    services_changed.disconnect(dispatch_uid="test_pipeline_announcements")


@pytest.mark.parametrize("adapter", list(IMPORTS))
def test_one_directory_version_per_import(vocabularies, adapter, announcements):
    """One announcement per import: `directory_changed` bumps the version once and queues one re-indexing (the
    index then bumps it once more when it catches up, in the worker)."""
    version = _version()
    assert IMPORTS[adapter](False, True).errors == []  # dry run: nothing announced, version unchanged
    assert announcements == [] and _version() == version
    assert IMPORTS[adapter](False, False).errors == []
    assert len(announcements) == 1 and _version() > version
    again = IMPORTS[adapter](False, False)  # idempotent: the same records, updated in place
    assert again.errors == [] and again.created == 0 and again.updated > 0
    assert len(announcements) == 2


def test_the_schools_list_is_all_or_nothing_and_leaves_the_directory_version_alone(geo):
    version = _version()
    bad = import_fase(data=_fase(True), file_name="fase.csv")
    assert [(e.row, e.column) for e in bad.errors] == [(4, "N° FASE de l'implantation")]
    assert not SchoolSite.objects.exists()
    dry = import_fase(data=_fase(False), file_name="fase.csv", dry_run=True)
    assert dry.errors == [] and dry.created == 1 and not SchoolSite.objects.exists()
    assert import_fase(data=_fase(False), file_name="fase.csv").created == 1
    assert SchoolSite.objects.count() == 1 and _version() == version


class _Failing(Adapter):
    """Writes one service, then finds an error while writing (as HSDS's full_clean can)."""

    def read(self, report):
        return [1]

    def clean(self, row):
        return row, []

    def write(self, cleaned, report):
        from accroche.directory.models import Organization

        Organization.objects.create(name="Écrite puis annulée", slug="ecrite-puis-annulee")
        report.count("services", "created")
        report.errors.append(RowError(2, "nom", "erreur trouvée à l'écriture"))


def test_an_error_found_while_writing_rolls_everything_back(geo):
    from accroche.directory.models import Organization

    version = _version()
    report = run_import(_Failing())
    assert [str(e) for e in report.errors] == ["ligne 2, colonne « nom » : erreur trouvée à l'écriture"]
    assert report.created == 0 and not Organization.objects.exists() and _version() == version


# ---- Issue 17 item 5: HSDS packages bounded before parsing ----------------------------------------------------


def test_a_zip_bomb_like_member_is_refused_before_it_is_unpacked(geo):
    bomb = _zip({"services.csv": b"id\n" + b"0" * (60 * 2**20)}, zipfile.ZIP_DEFLATED)  # 60 MB → ~60 KB
    assert len(bomb.getvalue()) < 2**20
    report = import_hsds(fileobj=bomb)
    assert [str(e) for e in report.errors] == [
        "paquet : Fichier trop volumineux une fois décompressé : au maximum 50 Mo."
    ]


def test_a_forged_zip_directory_cannot_lie_past_the_limit(geo, settings):
    settings.IMPORT_LIMITS = {"uncompressed_bytes": 10_000}
    buffer = _zip({"services.csv": b"id\n" + b"0" * 50_000}, zipfile.ZIP_DEFLATED)
    data = bytearray(buffer.getvalue())
    # Shrink the declared sizes (local header and central directory) to 100 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        data[at + offset : at + offset + 4] = (100).to_bytes(4, "little")
    report = import_hsds(fileobj=io.BytesIO(bytes(data)))
    assert report.errors and not Service.objects.exists()
    assert "décompressé" in str(report.errors[0]) or "endommagée" in str(report.errors[0])


def test_a_table_with_too_many_rows_is_refused(geo, settings):
    settings.IMPORT_LIMITS = {"table_rows": 3}
    files = _hsds_files(False)
    header, *_rows = files["phones.csv"].decode().splitlines()
    files["phones.csv"] = ("\n".join([header] + [",".join([""] * header.count(",")) + "x"] * 5) + "\n").encode()
    report = import_hsds(fileobj=_zip(files))
    assert [str(e) for e in report.errors] == ["phones.csv, ligne 5 : Trop de lignes : au maximum 3 par table."]
    assert not Service.objects.exists()


def test_a_too_long_cell_is_refused(geo):
    files = _hsds_files(False)
    rows = list(csv.reader(io.StringIO(files["services.csv"].decode())))
    rows[1][rows[0].index("description")] = "x" * 5_001
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    files["services.csv"] = out.getvalue().encode()
    report = import_hsds(fileobj=_zip(files))
    assert [str(e) for e in report.errors] == ["services.csv, ligne 2 : une cellule dépasse 5000 caractères"]
    assert not Service.objects.exists()


def test_too_many_members_or_columns_are_refused(geo, settings):
    settings.IMPORT_LIMITS = {"members": 3}
    assert "Trop de fichiers dans l'archive" in str(import_hsds(fileobj=_zip(_hsds_files(False))).errors[0])
    settings.IMPORT_LIMITS = {"columns": 5}
    report = import_hsds(fileobj=_zip(_hsds_files(False)))
    assert any("Trop de colonnes : au maximum 5." in str(e) for e in report.errors)
