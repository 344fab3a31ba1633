"""Limits of every imported file, checked BEFORE parsing (settings.IMPORT_LIMITS overrides these defaults).

A 712 KB .xlsx can hold 3.8 million cells and a 1 MB zip can unpack to gigabytes: sizes are read from the zip's
directory, then counted while reading (a forged directory cannot lie past the limit); rows, columns and cell
lengths are counted as the CSV is read, so a refused file never sits whole in memory as rows.
"""

import io
import zipfile

from django.conf import settings
from django.utils.translation import gettext as _

DEFAULTS = {
    "file_bytes": 10 * 1024 * 1024,  # an uploaded spreadsheet
    "package_bytes": 50 * 1024 * 1024,  # an uploaded or read HSDS package (zip)
    "uncompressed_bytes": 50 * 1024 * 1024,  # a workbook or a package, once unzipped
    "members": 200,  # files in a package
    "rows": 20_000,  # services per spreadsheet import
    "table_rows": 100_000,  # records per table of a package
    "columns": 200,
    "cell_length": 5_000,  # characters
    "cells_per_row": 2_000,  # .xlsx: formatted-but-empty cells count too
    "cells": 2_000_000,  # .xlsx: in all
}


class LimitExceeded(ValueError):
    """A file exceeds a limit; `str()` is the French sentence for the person who sent it."""

    def __init__(self, message: str, *, row: int = 0, sentence: str = ""):
        super().__init__(sentence or message)
        self.message, self.row = message, row  # `message` without the row, for a row-numbered report


def limit(name: str) -> int:
    return int({**DEFAULTS, **getattr(settings, "IMPORT_LIMITS", {})}[name])


def mb(name: str) -> int:
    return limit(name) // 2**20


def too_big_unzipped() -> LimitExceeded:
    return LimitExceeded(
        _("Fichier trop volumineux une fois décompressé : au maximum %(mb)s Mo.") % {"mb": mb("uncompressed_bytes")}
    )


class UnzipBudget:
    """Counts the bytes unzipped from one archive against `uncompressed_bytes`."""

    def __init__(self):
        self.maximum = limit("uncompressed_bytes")
        self.total = 0

    def check_directory(self, members: list[zipfile.ZipInfo]) -> None:
        if len(members) > limit("members"):
            raise LimitExceeded(
                _("Trop de fichiers dans l'archive (%(n)s ; au maximum %(max)s).")
                % {"n": len(members), "max": limit("members")}
            )
        if sum(m.file_size for m in members) > self.maximum:
            raise too_big_unzipped()

    def add(self, n: int) -> None:
        self.total += n
        if self.total > self.maximum:
            raise too_big_unzipped()

    def read(self, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
        """Returns the member's bytes, streamed: never more than the budget is held."""
        out = io.BytesIO()
        with archive.open(member) as part:
            while chunk := part.read(1024 * 1024):
                self.add(len(chunk))
                out.write(chunk)
        return out.getvalue()


def check_header(cells: list) -> None:
    if len(cells) > limit("columns"):
        raise LimitExceeded(_("Trop de colonnes : au maximum %(max)s.") % {"max": limit("columns")}, row=1)


def check_cells(cells: list[str], *, line: int) -> None:
    """Refuses a record with a cell longer than `cell_length` characters."""
    maximum = limit("cell_length")
    for cell in cells:
        if len(cell) > maximum:
            raise LimitExceeded(
                _("une cellule dépasse %(max)s caractères") % {"max": maximum},
                row=line,
                sentence=_("Ligne %(line)s : une cellule dépasse %(max)s caractères.") % {"line": line, "max": maximum},
            )


def check_rows(count: int, *, line: int, rows_limit: str = "rows") -> None:
    """Refuses the record that makes `count` records, past the limit (`rows`: services; `table_rows`: a table)."""
    if count > limit(rows_limit):
        message = (
            _("Trop de lignes : au maximum %(max)s services par import.")
            if rows_limit == "rows"
            else _("Trop de lignes : au maximum %(max)s par table.")
        )
        raise LimitExceeded(message % {"max": limit(rows_limit)}, row=line)
