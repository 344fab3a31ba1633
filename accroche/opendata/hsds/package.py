"""HSDS data packages on disk: write a zip (CSV files + datapackage.json), read a zip or a folder safely."""

import copy
import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from accroche.imports.limits import LimitExceeded, UnzipBudget, check_cells, check_header, check_rows, limit, mb

from . import spec
from .validate import ERROR, WARNING, Issue, Table

# Sizes, members, rows per table, columns and cell length are bounded by the imports' limits (accroche/imports/
# limits.py, settings.IMPORT_LIMITS), checked before anything is parsed or held whole in memory.
V1_MARKERS = {
    "physical_addresses.csv",
    "postal_addresses.csv",
    "regular_schedules.csv",
    "services_taxonomy.csv",
    "eligibility.csv",
    "payments_accepted.csv",
    "accessibility_for_disabilities.csv",
    "services_at_location.csv",
    "taxonomy.csv",
}


class PackageError(Exception):
    """Raised when a package cannot be read at all; `issues` say why, in French."""

    def __init__(self, issues: list[Issue]):
        super().__init__("; ".join(str(i) for i in issues))
        self.issues = issues


@dataclass
class RawPackage:
    """The CSV files of a package, parsed, before any HSDS mapping."""

    files: dict[str, Table] = field(default_factory=dict)  # by file name; Table.name is the file stem
    descriptor: dict | None = None
    issues: list[Issue] = field(default_factory=list)

    @property
    def is_v1(self) -> bool:
        version = str((self.descriptor or {}).get("version", ""))
        return bool(V1_MARKERS & set(self.files)) or version.startswith("1.")


def descriptor() -> dict:
    """Returns this site's datapackage.json: the official HSDS resources, with our title, licence and date."""
    package = copy.deepcopy(spec.datapackage())
    package.update(
        {
            "name": "ensemble-accrochons-nous-annuaire",
            "title": "Annuaire « Ensemble accrochons-nous » — services de la province de Liège (HSDS 3.0)",
            "description": "Services utiles aux jeunes, aux familles, aux écoles et aux médecins face au décrochage "
            "scolaire, au format Open Referral HSDS 3.0.",
            "homepage": settings.SITE_URL + reverse("opendata:index"),
            "created": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            "licenses": [
                {
                    "name": "CC-BY-4.0",
                    "path": "https://creativecommons.org/licenses/by/4.0/",
                    "title": "Creative Commons Attribution 4.0",
                }
            ],
            "sources": [
                {
                    "title": "Human Services Data Specification 3.0 (Open Referral)",
                    "path": "https://docs.openreferral.org/",
                }
            ],
        }
    )
    package.pop("license", None)
    return package


def csv_text(headers: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=headers, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_zip(tables: dict[str, list[dict]], target) -> None:
    """Writes the tables as an HSDS tabular data package (zip) to a path or a binary file object."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(descriptor(), ensure_ascii=False, indent=2))
        for name, resource in spec.resources().items():
            archive.writestr(resource["path"], csv_text(spec.field_names(name), tables.get(name, [])))


def _parse_csv(file_name: str, data: bytes, issues: list[Issue]) -> Table | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        issues.append(
            Issue(
                file_name, 0, "", f"encodage non reconnu (octet {exc.start}) : le fichier doit être enregistré en UTF-8"
            )
        )
        return None
    if "\x00" in text:
        issues.append(Issue(file_name, 0, "", "fichier binaire ou encodé en UTF-16 : enregistrez-le en UTF-8"))
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    headers, rows, lines = None, [], []
    try:
        for number, record in enumerate(reader, start=1):
            if headers is None:
                check_header(record)
                headers = [h.strip() for h in record]
                continue
            check_cells(record[: len(headers) + 1], line=number)
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > len(headers):
                issues.append(Issue(file_name, number, "", f"{len(record)} valeurs pour {len(headers)} colonnes"))
            rows.append({h: (record[i].strip() if i < len(record) else "") for i, h in enumerate(headers)})
            lines.append(number)
            check_rows(len(rows), line=number, rows_limit="table_rows")
    except LimitExceeded as exc:
        issues.append(Issue(file_name, exc.row, "", exc.message, ERROR, "limit"))
        return None
    except csv.Error as exc:
        message = f"CSV illisible : {exc}"
        if "field limit" in str(exc):
            message = f"une cellule dépasse {limit('cell_length')} caractères"
        issues.append(Issue(file_name, reader.line_num, "", message, ERROR, "limit"))
        return None
    if headers is None:
        issues.append(Issue(file_name, 0, "", "fichier vide (ligne d'en-tête absente)", WARNING))
        return Table(Path(file_name).stem, file_name, [], [], [])
    return Table(Path(file_name).stem, file_name, headers, rows, lines)


def _collect(entries: dict[str, bytes]) -> RawPackage:
    raw = RawPackage()
    for file_name, data in sorted(entries.items()):
        if file_name == "datapackage.json":
            try:
                raw.descriptor = json.loads(data.decode("utf-8-sig"))
                if not isinstance(raw.descriptor, dict):
                    raise ValueError
            except ValueError:
                raw.issues.append(
                    Issue(
                        file_name,
                        0,
                        "",
                        "descripteur illisible (JSON attendu) : ignoré, "
                        "les tables sont reconnues par leur nom de fichier",
                        WARNING,
                    )
                )
                raw.descriptor = None
        elif file_name.endswith(".csv"):
            table = _parse_csv(file_name, data, raw.issues)
            if table is not None:
                raw.files[file_name] = table
    if not raw.files:
        raw.issues.append(Issue("paquet", 0, "", "aucun fichier CSV trouvé (organizations.csv, services.csv…)"))
    if any(i.severity == ERROR for i in raw.issues):
        raise PackageError(raw.issues)
    return raw


def _by_base_name(names_and_data: list[tuple[str, bytes]]) -> dict[str, bytes]:
    entries: dict[str, bytes] = {}
    for name, data in names_and_data:
        base = name.rsplit("/", 1)[-1]
        if base in entries:
            raise PackageError([Issue(base, 0, "", "présent deux fois dans le paquet")])
        entries[base] = data
    return entries


def _refused(exc: LimitExceeded, where: str = "paquet") -> PackageError:
    return PackageError([Issue(where, 0, "", str(exc), ERROR, "limit")])


def read_zip(source) -> RawPackage:
    """Reads a zipped package (path or binary file object); raises PackageError with clear reasons.

    Before any CSV is parsed: at most `members` files, and the unzipped size (declared by the zip's directory, then
    counted while reading, so a forged directory cannot lie) within `uncompressed_bytes`."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageError([Issue("paquet", 0, "", "ce fichier n'est pas une archive zip valide")]) from None
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir()
            and not m.filename.startswith("__MACOSX/")
            and m.filename.rsplit("/", 1)[-1].endswith((".csv", ".json"))
        ]
        budget = UnzipBudget()
        try:
            if len(archive.infolist()) > limit("members"):
                budget.check_directory(archive.infolist())
            budget.check_directory(members)
            data = [(m.filename, budget.read(archive, m)) for m in members]
        except LimitExceeded as exc:
            raise _refused(exc) from None
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
            raise PackageError([Issue("paquet", 0, "", f"archive zip endommagée ou chiffrée ({exc})")]) from None
    return _collect(_by_base_name(data))


def read_folder(path: Path) -> RawPackage:
    """Reads an unzipped package folder (the CSV files and datapackage.json at its top level)."""
    files = [p for p in sorted(Path(path).iterdir()) if p.suffix in (".csv", ".json") and p.is_file()]
    budget = UnzipBudget()
    try:
        if len(files) > limit("members"):
            raise LimitExceeded(f"trop de fichiers ({len(files)} ; au maximum {limit('members')})")
        budget.add(sum(p.stat().st_size for p in files))
    except LimitExceeded as exc:
        raise _refused(exc) from None
    return _collect({p.name: p.read_bytes() for p in files})


def read_package(path: Path) -> RawPackage:
    """Reads a package from a zip file or a folder."""
    path = Path(path)
    if path.is_dir():
        return read_folder(path)
    if not path.exists():
        raise PackageError([Issue(str(path), 0, "", "fichier ou dossier introuvable")])
    if path.stat().st_size > limit("package_bytes"):
        raise PackageError(
            [Issue(path.name, 0, "", f"fichier trop volumineux (maximum {mb('package_bytes')} Mo)", ERROR, "limit")]
        )
    return read_zip(path)


def v3_tables(raw: RawPackage) -> dict[str, Table]:
    """Returns the HSDS 3.0 tables of a raw package, by resource name (files with other names are reported)."""
    by_path = spec.resource_by_path()
    tables: dict[str, Table] = {}
    for file_name, table in raw.files.items():
        name = by_path.get(file_name)
        if name is None:
            raw.issues.append(Issue(file_name, 0, "", "fichier inconnu de HSDS 3.0, ignoré", WARNING))
            continue
        table.name = name
        tables[name] = table
    return tables
