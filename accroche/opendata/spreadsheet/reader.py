"""Reads an uploaded spreadsheet (CSV or XLSX) into a header and rows of text, with clear errors."""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000


class SpreadsheetError(ValueError):
    """Raised when the file cannot be read at all (French message)."""


@dataclass
class Sheet:
    headers: list[str]
    rows: list[list[str]]  # each row aligned on headers
    line_numbers: list[int]  # the spreadsheet's own row numbers (header = 1)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet(records: list[tuple[int, list]]) -> Sheet:
    if not records:
        raise SpreadsheetError(_("Le fichier est vide : la première ligne doit contenir les noms des colonnes."))
    (_line, header), *body = records
    headers = [_cell(h) for h in header]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise SpreadsheetError(_("La première ligne ne contient aucun nom de colonne."))
    rows, lines = [], []
    for number, record in body:
        cells = [_cell(v) for v in record]
        if not any(cells):
            continue
        rows.append((cells + [""] * len(headers))[: len(headers)])
        lines.append(number)
        if len(rows) > MAX_ROWS:
            raise SpreadsheetError(_("Trop de lignes : au maximum %(max)s services par import.") % {"max": MAX_ROWS})
    return Sheet(headers, rows, lines)


def read_csv(data: bytes) -> Sheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SpreadsheetError(
            _(
                "Encodage non reconnu : enregistrez le fichier au format « CSV UTF-8 » "
                "(Excel : Fichier › Enregistrer sous › CSV UTF-8) ou en XLSX."
            )
        ) from None
    if "\x00" in text:
        raise SpreadsheetError(
            _(
                "Ce fichier n'est pas un texte CSV (fichier binaire ou UTF-16) : "
                "enregistrez-le en « CSV UTF-8 » ou en XLSX."
            )
        )
    sample = text[:4096]
    delimiter = max((";", ",", "\t"), key=sample.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise SpreadsheetError(
            _("CSV illisible à la ligne %(line)s : %(error)s") % {"line": reader.line_num, "error": exc}
        ) from None
    return _sheet(records)


def read_xlsx(data: bytes) -> Sheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise SpreadsheetError(_("Ce fichier n'est pas un classeur Excel (.xlsx) valide.")) from None
    try:
        sheet = workbook.worksheets[0]
        records = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append((number, list(row)))
            if len(records) > MAX_ROWS + 1:
                raise SpreadsheetError(
                    _("Trop de lignes : au maximum %(max)s services par import.") % {"max": MAX_ROWS}
                )
    finally:
        workbook.close()
    return _sheet(records)


def read_spreadsheet(*, name: str, data: bytes) -> Sheet:
    """Reads a .csv or .xlsx upload; raises SpreadsheetError with a message a coordinator understands."""
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(_("Fichier trop volumineux : au maximum %(mb)s Mo.") % {"mb": MAX_BYTES // 2**20})
    lower = name.lower()
    if lower.endswith(".xlsx"):
        return read_xlsx(data)
    if lower.endswith((".csv", ".txt")):
        return read_csv(data)
    if lower.endswith((".xls", ".ods")):
        raise SpreadsheetError(_("Format non pris en charge : enregistrez le classeur en .xlsx ou en CSV UTF-8."))
    raise SpreadsheetError(_("Format non reconnu : envoyez un fichier .xlsx ou .csv."))
