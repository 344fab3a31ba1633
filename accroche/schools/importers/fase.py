"""Adapter of the import pipeline for the FWB « signalétique FASE » export (one row per establishment × site × type
of teaching).

`run_import`: read → check headers → validate every row (row-numbered errors) → load in one transaction with bulk
writes (the schools are not directory data: no directory version bump, the page cache is invalidated on commit).
Keyed on the N° FASE de l'implantation: a newer export updates the same sites in place; sites missing from it are
marked withdrawn (their page and links stay). Nothing is written when any row is wrong; `dry_run` writes nothing.
"""

import csv
import hashlib
import io
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accroche.core.pagecache import invalidate_pages
from accroche.geo.models import Commune
from accroche.imports.parsers import ascii_int, postcode
from accroche.imports.pipeline import Adapter, ImportRefused, run_import
from accroche.imports.report import ImportReport, RowError
from accroche.search.text import words

from ..choices import (
    COL_ADDRESS,
    COL_BASSIN,
    COL_BCE,
    COL_COMMUNE,
    COL_ESTABLISHMENT,
    COL_GENRE,
    COL_LAT,
    COL_LEVEL,
    COL_LOCALITY,
    COL_LON,
    COL_NAME,
    COL_PO,
    COL_POSTAL,
    COL_RESEAU,
    COL_SITE,
    COL_TEACHING,
    FASE_EXPORT_DATE,
    FASE_REQUIRED,
    FASE_SOURCE_LABEL,
    RESEAU_FAMILY,
)
from ..models import Establishment, SchoolImport, SchoolSite, SiteTeaching

BUNDLED_FILE = Path(__file__).resolve().parent.parent / "data" / "schools-fase-liege.csv"
BATCH = 500


def _decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def read_records(text: str) -> list[tuple[int, dict]]:
    """Returns the numbered non-empty records (the header is row 1); refuses a file without a required column."""
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = [(h or "").strip() for h in (reader.fieldnames or [])]
    missing = [h for h in FASE_REQUIRED if h not in headers]
    if missing:
        raise ImportRefused([RowError(1, h, "colonne obligatoire absente") for h in missing])
    records = []
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k}
        if any(row.values()):
            records.append((number, row))
    return records


def clean_record(number: int, row: dict) -> tuple[dict | None, list[RowError]]:
    """Returns the cleaned row or its row-numbered errors."""
    errors = []

    def err(column, message):
        errors.append(RowError(number, column, message))

    site, establishment = ascii_int(row[COL_SITE]), ascii_int(row[COL_ESTABLISHMENT])
    if site is None:
        err(COL_SITE, f"numéro FASE invalide « {row[COL_SITE]} »")
    if establishment is None:
        err(COL_ESTABLISHMENT, f"numéro FASE invalide « {row[COL_ESTABLISHMENT]} »")
    for column in (COL_NAME, COL_TEACHING, COL_RESEAU, COL_ADDRESS, COL_LOCALITY, COL_COMMUNE):
        if not row[column]:
            err(column, "valeur manquante")
    if postcode(row[COL_POSTAL]) != row[COL_POSTAL]:
        err(COL_POSTAL, f"code postal invalide « {row[COL_POSTAL]} »")
    lat = lon = None
    if row[COL_LAT] or row[COL_LON]:
        try:
            lat, lon = float(row[COL_LAT]), float(row[COL_LON])
        except ValueError:
            err(COL_LAT, "latitude et longitude doivent être des nombres (ou vides toutes les deux)")
        else:
            if not (49 <= lat <= 52 and 2 <= lon <= 7):
                err(COL_LAT, "coordonnées hors de Belgique")
    if errors:
        return None, errors
    return {**row, "_site": site, "_establishment": establishment, "_lat": lat, "_lon": lon}, []


def _group(rows: list[dict], communes: dict) -> tuple[dict, dict, dict]:
    """Returns (establishments, sites, teachings by site) from the cleaned rows."""
    establishments, sites, teachings = {}, {}, {}
    for row in rows:
        establishments.setdefault(
            row["_establishment"],
            {
                "name": row[COL_NAME][:255],
                "bce": row.get(COL_BCE, "")[:20],
                "reseau": row[COL_RESEAU][:60],
                "organising_body": row.get(COL_PO, "")[:255],
            },
        )
        site = sites.setdefault(
            row["_site"],
            {
                "names": [],
                "reseau": row[COL_RESEAU][:60],
                "reseau_family": RESEAU_FAMILY.get(row[COL_RESEAU], ""),
                "address": row[COL_ADDRESS][:255],
                "postal_code": row[COL_POSTAL],
                "locality": row[COL_LOCALITY][:100],
                "commune_name": row[COL_COMMUNE][:100],
                "commune_id": communes.get(slugify(row[COL_COMMUNE])),
                "bassin": row.get(COL_BASSIN, "")[:60],
                "latitude": row["_lat"],
                "longitude": row["_lon"],
                "teaching_words": [],
            },
        )
        if row[COL_NAME] not in site["names"]:
            site["names"].append(row[COL_NAME])
        if site["latitude"] is None and row["_lat"] is not None:
            site["latitude"], site["longitude"] = row["_lat"], row["_lon"]
        site["teaching_words"].append(row[COL_TEACHING])
        teachings.setdefault(row["_site"], {})[(row["_establishment"], row[COL_TEACHING][:100])] = (
            row.get(COL_LEVEL, "")[:40],
            row.get(COL_GENRE, "")[:40],
        )
    return establishments, sites, teachings


def search_words_of(site: dict, fase: int) -> str:
    """The folded words a site is found by (names, address, locality, commune, postal code, teaching, réseau)."""
    text = " ".join(
        [*site["names"], site["address"], site["locality"], site["commune_name"], site["postal_code"], str(fase)]
        + site["teaching_words"]
        + [site["reseau"]]
    )
    return " ".join(dict.fromkeys(words(text)))


UPDATED_FIELDS = [
    "name",
    "reseau",
    "reseau_family",
    "address",
    "postal_code",
    "locality",
    "commune_name",
    "commune_id",
    "bassin",
    "latitude",
    "longitude",
    "search_words",
]


class FaseAdapter(Adapter):
    """The FASE export: sites keyed on their N° FASE; sites missing from a newer export are marked withdrawn."""

    subject = "implantations"
    writes_directory = False

    def __init__(self, *, data: bytes, file_name: str, source: str, export_date: str):
        self.data, self.file_name, self.source, self.export_date = data, file_name, source, export_date

    def read(self, report: ImportReport) -> list[tuple[int, dict]]:
        text = _decode(self.data)
        if text is None:
            raise ImportRefused([RowError(0, "", "encodage non reconnu : enregistrez le fichier en UTF-8")])
        return read_records(text)

    def clean(self, numbered: tuple[int, dict]) -> tuple[dict | None, list[RowError]]:
        return clean_record(*numbered)

    def check(self, cleaned: list[dict], report: ImportReport) -> None:
        report.rows = len(cleaned)
        if not cleaned and not report.errors:
            report.errors.append(RowError(2, COL_SITE, "aucune ligne : le fichier ne contient que l'en-tête"))

    def write(self, cleaned: list[dict], report: ImportReport) -> None:
        communes = dict(Commune.objects.values_list("slug", "nis_code"))
        establishments, sites, teachings = _group(cleaned, communes)
        batch = SchoolImport.objects.create(
            file_name=self.file_name[:255],
            sha256=hashlib.sha256(self.data).hexdigest(),
            source=self.source[:255],
            export_date=self.export_date[:20],
            rows=len(cleaned),
        )
        _load(batch, establishments, sites, teachings, report)
        batch.sites_created, batch.sites_updated = report.created, report.updated
        batch.sites_withdrawn = report.withdrawn
        batch.save(update_fields=["sites_created", "sites_updated", "sites_withdrawn"])
        transaction.on_commit(invalidate_pages)  # bulk writes send no signal


def import_fase(
    *, data: bytes, file_name: str, dry_run: bool = False, source: str = FASE_SOURCE_LABEL, export_date: str = ""
) -> ImportReport:
    """Validates every row, then loads all of them in one transaction (or nothing)."""
    adapter = FaseAdapter(data=data, file_name=file_name, source=source, export_date=export_date)
    return run_import(adapter, dry_run=dry_run)


def _load(batch: SchoolImport, establishments: dict, sites: dict, teachings: dict, report: ImportReport) -> None:
    existing_est = set(Establishment.objects.values_list("fase", flat=True))
    Establishment.objects.bulk_create(
        [Establishment(fase=k, **v) for k, v in establishments.items() if k not in existing_est], batch_size=BATCH
    )
    Establishment.objects.bulk_update(
        [Establishment(fase=k, **v) for k, v in establishments.items() if k in existing_est],
        ["name", "bce", "reseau", "organising_body"],
        batch_size=BATCH,
    )
    existing = {s.fase: s for s in SchoolSite.objects.all()}
    to_create, to_update = [], []
    for fase, values in sites.items():
        fields = {k: v for k, v in values.items() if k not in ("names", "teaching_words")}
        fields["name"] = " · ".join(values["names"])[:600]
        fields["search_words"] = search_words_of(values, fase)
        current = existing.get(fase)
        if current is None:
            to_create.append(SchoolSite(fase=fase, first_import=batch, last_import=batch, **fields))
            continue
        if any(getattr(current, key) != value for key, value in fields.items()):
            for key, value in fields.items():
                setattr(current, key, value)
            to_update.append(current)
    SchoolSite.objects.bulk_create(to_create, batch_size=BATCH)
    # Only the sites whose data changed are rewritten (bulk_update is slow); all present ones get this import.
    SchoolSite.objects.bulk_update(to_update, UPDATED_FIELDS, batch_size=100)
    SchoolSite.objects.filter(fase__in=[f for f in sites if f in existing]).update(last_import=batch, withdrawn_at=None)
    report.count("implantations", "created", len(to_create))
    report.count("implantations", "updated", len(to_update))
    report.count("implantations", "unchanged", len(sites) - len(to_create) - len(to_update))
    withdrawn = (
        SchoolSite.objects.filter(withdrawn_at__isnull=True)
        .exclude(fase__in=list(sites))
        .update(withdrawn_at=timezone.now())
    )
    report.count("implantations", "withdrawn", withdrawn)
    SiteTeaching.objects.filter(site_id__in=list(sites)).delete()
    SiteTeaching.objects.bulk_create(
        [
            SiteTeaching(site_id=fase, establishment_id=est, teaching=teaching, level=level, genre=genre)
            for fase, rows in teachings.items()
            for (est, teaching), (level, genre) in rows.items()
        ],
        batch_size=BATCH,
    )


def import_bundled(*, if_changed: bool = True) -> ImportReport | None:
    """Loads the bundled export (make run, tests); skips when this very file was already the last one loaded."""
    data = BUNDLED_FILE.read_bytes()
    if if_changed:
        last = SchoolImport.objects.first()
        if last is not None and last.sha256 == hashlib.sha256(data).hexdigest() and SchoolSite.objects.exists():
            return None
    return import_fase(data=data, file_name=BUNDLED_FILE.name, export_date=FASE_EXPORT_DATE)
