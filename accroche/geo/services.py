"""Writes for the geo reference: loading the bundled data files."""

import csv
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .choices import Plateforme
from .models import Commune, PostalCode

DATA_DIR = Path(__file__).resolve().parent / "data"
PLATEFORME_BY_LABEL = {choice.label: choice.value for choice in Plateforme}


@transaction.atomic
def geo_load_reference(*, data_dir: Path = DATA_DIR) -> tuple[int, int]:
    """Loads (or refreshes) communes and postal codes; returns their counts."""
    with open(data_dir / "liege-communes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            Commune.objects.update_or_create(
                nis_code=row["nis_code"],
                defaults={
                    "name": row["commune"],
                    "name_nl": row["commune_nl"],
                    "slug": slugify(row["commune"]),
                    "arrondissement": row["arrondissement"],
                    "plateforme": PLATEFORME_BY_LABEL[row["plateforme"]],
                    "german_speaking": row["german_speaking"] == "oui",
                    "latitude": float(row["latitude"]),
                    "longitude": float(row["longitude"]),
                },
            )
    communes = {c.nis_code: c for c in Commune.objects.all()}
    existing = {(p.code, p.locality): p for p in PostalCode.objects.all()}
    to_create, to_update = [], []
    with open(data_dir / "be-postal-codes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            values = {
                "commune_name": row["commune"],
                "nis_code": row["nis_code"],
                "province": row["province"],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
                "commune": communes.get(row["nis_code"]),
            }
            current = existing.get((row["postal_code"], row["locality"]))
            if current is None:
                to_create.append(PostalCode(code=row["postal_code"], locality=row["locality"], **values))
            else:
                for key, value in values.items():
                    setattr(current, key, value)
                to_update.append(current)
    PostalCode.objects.bulk_create(to_create, batch_size=1000)
    PostalCode.objects.bulk_update(to_update, list(values), batch_size=1000)
    return Commune.objects.count(), PostalCode.objects.count()
