"""Exports the directory as an HSDS 3.0 data package (zip of CSV + datapackage.json) or as JSON."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accroche.opendata.hsds.export import export_tables
from accroche.opendata.hsds.package import read_zip, v3_tables, write_zip
from accroche.opendata.hsds.validate import ERROR, validate_tables
from accroche.opendata.nested import export_json, validate_json


class Command(BaseCommand):
    help = "Exporte l'annuaire au format HSDS 3.0 : paquet tabulaire (.zip) ou JSON (.json), validé contre le schéma."

    def add_arguments(self, parser):
        parser.add_argument("output", help="Fichier à écrire : se termine par .zip (CSV) ou .json")
        parser.add_argument("--no-validate", action="store_true", help="Ne pas valider le résultat")

    def handle(self, *args, output, no_validate=False, **options):
        path = Path(output)
        if path.suffix == ".json":
            document = export_json()
            errors = [] if no_validate else validate_json(document)
            path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
            count = document["total_items"]
        elif path.suffix == ".zip":
            tables = export_tables()
            with path.open("wb") as handle:
                write_zip(tables, handle)
            errors = (
                []
                if no_validate
                else [
                    str(i)
                    for i in validate_tables(v3_tables(read_zip(path)), strict_headers=True)
                    if i.severity == ERROR
                ]
            )
            count = len(tables["service"])
        else:
            raise CommandError("Le fichier de sortie doit se terminer par .zip ou .json.")
        for error in errors[:50]:
            self.stderr.write(error)
        if errors:
            raise CommandError(f"{len(errors)} écart(s) au schéma HSDS 3.0 : voir ci-dessus.")
        self.stdout.write(
            self.style.SUCCESS(f"{count} services exportés dans {path}" + ("" if no_validate else " (valide HSDS 3.0)"))
        )
