"""Writes for the geo reference: loading the bundled data files."""

import csv
from collections import defaultdict
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from accroche.core.pagecache import invalidate_pages

from .models import Commune, EmergencyNumber, Plateforme, PostalCode

DATA_DIR = Path(__file__).resolve().parent / "data"
COMMUNE_FIELDS = ["name", "name_nl", "slug", "arrondissement", "province", "german_speaking", "latitude", "longitude"]


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _load_plateformes(data_dir: Path) -> dict[str, str]:
    """Creates the reference plateformes that do not exist yet (an administrator's edits are kept)."""
    by_label = {}
    for row in _read(data_dir / "plateformes-liege.csv"):
        plateforme, _created = Plateforme.objects.get_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "province": row["province"],
                "aliases": row["aliases"],
                "sort_order": int(row["sort_order"]),
            },
        )
        by_label[row["name"]] = plateforme.slug
    return by_label


def geo_load_plateformes(*, data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Creates the reference plateformes only (without communes); returns {name: slug}."""
    found = _load_plateformes(data_dir)
    _territory_changed(index=False)
    return found


def _load_emergency_numbers(data_dir: Path) -> None:
    """Creates the reference emergency numbers when none exist (an administrator's list is kept)."""
    if EmergencyNumber.objects.exists():
        return
    EmergencyNumber.objects.bulk_create(
        EmergencyNumber(
            number=row["number"],
            label=row["label"],
            short_label=row["short_label"],
            uri=row["uri"],
            in_footer=row["in_footer"] == "oui",
            sort_order=int(row["sort_order"]),
            source_url=row["source_url"],
        )
        for row in _read(data_dir / "emergency-numbers.csv")
    )
    error_page_numbers_changed()


def _commune_values(data_dir: Path) -> tuple[dict[str, dict], dict[str, str]]:
    """Returns the values of every commune by NIS code (Liège's file first) and the Liège plateforme labels."""
    values: dict[str, dict] = {}
    plateforme_labels = {}
    for row in _read(data_dir / "liege-communes.csv"):
        values[row["nis_code"]] = {
            "name": row["commune"],
            "name_nl": row["commune_nl"],
            "arrondissement": row["arrondissement"],
            "province": "Liège",
            "german_speaking": row["german_speaking"] == "oui",
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
        }
        plateforme_labels[row["nis_code"]] = row["plateforme"]
    points = defaultdict(list)
    for row in _read(data_dir / "be-postal-codes.csv"):
        nis = row["nis_code"]
        if not nis or nis in plateforme_labels:
            continue
        points[nis].append((float(row["latitude"]), float(row["longitude"])))
        values.setdefault(
            nis,
            {
                "name": row["commune"],
                "name_nl": "",
                "arrondissement": row["arrondissement"],
                "province": row["province"],
                "german_speaking": False,
            },
        )
    for nis, pts in points.items():
        values[nis]["latitude"] = round(sum(p[0] for p in pts) / len(pts), 4)
        values[nis]["longitude"] = round(sum(p[1] for p in pts) / len(pts), 4)
    slugs: set[str] = set()
    for value in values.values():  # Liège's communes first: « saint-nicolas » stays the one of the province
        slug = slugify(value["name"])
        if slug in slugs:
            slug = slugify(f"{value['name']} {value['province']}")
        slugs.add(slug)
        value["slug"] = slug
    return values, plateforme_labels


@transaction.atomic
def geo_load_reference(*, data_dir: Path = DATA_DIR) -> tuple[int, int]:
    """Loads (or refreshes) plateformes, communes, postal codes and emergency numbers; returns the counts.

    The plateformes of Liège and their communes are the reference; Belgium's other communes get no plateforme until
    an administrator gives them one. A commune already given a plateforme keeps it.
    """
    plateforme_by_label = _load_plateformes(data_dir)
    _load_emergency_numbers(data_dir)
    values, plateforme_labels = _commune_values(data_dir)
    existing = Commune.objects.in_bulk()
    to_create, to_update = [], []
    for nis, value in values.items():
        commune = existing.get(nis)
        if commune is None:
            plateforme = plateforme_by_label.get(plateforme_labels.get(nis, ""), "")
            to_create.append(Commune(nis_code=nis, plateforme=plateforme, **value))
            continue
        for key, item in value.items():
            setattr(commune, key, item)
        if not commune.plateforme and nis in plateforme_labels:
            commune.plateforme = plateforme_by_label.get(plateforme_labels[nis], "")
        to_update.append(commune)
    Commune.objects.bulk_update(to_update, [*COMMUNE_FIELDS, "plateforme"], batch_size=500)
    Commune.objects.bulk_create(to_create, batch_size=500)
    communes = set(values)
    existing_codes = {(p.code, p.locality): p for p in PostalCode.objects.all()}
    to_create, to_update = [], []
    for row in _read(data_dir / "be-postal-codes.csv"):
        fields = {
            "commune_name": row["commune"],
            "nis_code": row["nis_code"],
            "province": row["province"],
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
            "commune_id": row["nis_code"] if row["nis_code"] in communes else None,
        }
        current = existing_codes.get((row["postal_code"], row["locality"]))
        if current is None:
            to_create.append(PostalCode(code=row["postal_code"], locality=row["locality"], **fields))
        else:
            for key, item in fields.items():
                setattr(current, key, item)
            to_update.append(current)
    PostalCode.objects.bulk_create(to_create, batch_size=1000)
    PostalCode.objects.bulk_update(
        to_update, ["commune_name", "nis_code", "province", "latitude", "longitude", "commune"], batch_size=1000
    )
    _territory_changed(index=False)
    return Commune.objects.count(), PostalCode.objects.count()


@transaction.atomic
def plateforme_set_communes(*, plateforme: Plateforme, communes) -> None:
    """Makes `communes` the communes of the plateforme (others it had lose it)."""
    nis_codes = [c.nis_code for c in communes]
    Commune.objects.filter(plateforme=plateforme.slug).exclude(nis_code__in=nis_codes).update(plateforme="")
    Commune.objects.filter(nis_code__in=nis_codes).update(plateforme=plateforme.slug)
    _territory_changed()


def _territory_changed(*, index: bool = True) -> None:
    """Bulk updates send no signal: the territory memo, cached pages and the index (place names) follow the change.

    Goes through the directory's one write path (decision 0140): a new directory version, and with `index` every
    service queued for re-indexing by the worker.
    """
    from accroche.directory.services import directory_changed

    from .selectors import forget_territory

    forget_territory()
    invalidate_pages()
    directory_changed(everything=index)


def plateforme_deleted(*, slug: str) -> None:
    """Frees the communes of a deleted plateforme (its listings and coordinators keep the slug until reassigned)."""
    Commune.objects.filter(plateforme=slug).update(plateforme="")
    _territory_changed()


def snapshot_error_page_numbers(**kwargs) -> None:
    """Copies the footer's emergency numbers into the cache for the 500/503 pages, which render without a database.

    Connected to the saves and deletes of emergency numbers and run by the loader (bulk creates send no signal).
    """
    from django.core.cache import cache

    from .selectors import ERROR_PAGE_NUMBERS_KEY, error_numbers_of, footer_emergency_numbers

    numbers = error_numbers_of(footer_emergency_numbers())
    if numbers:
        cache.set(ERROR_PAGE_NUMBERS_KEY, numbers, None)
    else:
        cache.delete(ERROR_PAGE_NUMBERS_KEY)


def error_page_numbers_changed(**kwargs) -> None:
    """Refreshes the error pages' snapshot once the change is committed (a rolled-back edit leaves it as it was)."""
    transaction.on_commit(snapshot_error_page_numbers)
