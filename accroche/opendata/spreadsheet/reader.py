"""Reads an uploaded spreadsheet (CSV or XLSX) into a header and rows of text, with clear errors."""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from xml.etree import ElementTree

from django.utils.translation import gettext as _

from accroche.imports.limits import LimitExceeded, UnzipBudget, check_cells, check_header, check_rows, limit, mb

# The limits (bytes, unzipped bytes, rows, columns, cell length, cells) are the imports' (accroche/imports/limits.py,
# settings.IMPORT_LIMITS), checked BEFORE parsing: a 712 KB .xlsx can hold one row of 3.8 million cells.


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
    try:
        check_header(headers)
        for number, record in body:
            cells = [_cell(v) for v in record[: limit("columns") + 1]]
            check_cells(cells, line=number)
            if not any(cells):
                continue
            rows.append((cells + [""] * len(headers))[: len(headers)])
            lines.append(number)
            check_rows(len(rows), line=number)
    except LimitExceeded as exc:
        raise SpreadsheetError(str(exc)) from None
    if not rows:
        raise SpreadsheetError(
            _("Le fichier ne contient que la ligne des noms de colonnes : ajoutez au moins une ligne de service.")
        )
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
        records = []
        for row in reader:
            if not records:
                try:
                    check_header(row)
                except LimitExceeded as exc:
                    raise SpreadsheetError(str(exc)) from None
            records.append((reader.line_num, row[: limit("columns") + 1]))
    except csv.Error as exc:
        raise SpreadsheetError(
            _("CSV illisible à la ligne %(line)s : %(error)s") % {"line": reader.line_num, "error": exc}
        ) from None
    return _sheet(records)


def _check_unzipped_size(data: bytes) -> None:
    """Refuses, before openpyxl parses anything, a workbook that would exceed the unzipped-size limit (read from the
    zip's directory, and counted while reading: a forged directory cannot lie past the limit) or whose sheets hold
    more than `cells_per_row` cells in a row or `cells` in all (counted by a streaming pass that keeps nothing in
    memory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            budget = UnzipBudget()
            budget.check_directory(archive.infolist())
            for member in archive.infolist():
                with archive.open(member) as part:
                    if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                        _count_cells(part, budget)
                    else:
                        while chunk := part.read(1024 * 1024):
                            budget.add(len(chunk))
    except LimitExceeded:
        raise SpreadsheetError(_too_big()) from None
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, ElementTree.ParseError):
        raise SpreadsheetError(_("Ce fichier n'est pas un classeur Excel (.xlsx) valide.")) from None


class _CountingReader(io.RawIOBase):
    def __init__(self, source, budget: UnzipBudget):
        self.source, self.budget = source, budget

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk = self.source.read(len(buffer))
        self.budget.add(len(chunk))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _count_cells(part, budget: UnzipBudget) -> None:
    """Streams one sheet's XML, refusing too many cells."""
    reader = _CountingReader(part, budget)
    per_row, most = limit("cells_per_row"), limit("cells")
    in_row = cells = 0
    for _event, element in ElementTree.iterparse(io.BufferedReader(reader), events=("end",)):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            in_row += 1
            cells += 1
            if in_row > per_row or cells > most:
                raise SpreadsheetError(_too_big())
        elif tag == "row":
            in_row = 0
            element.clear()


def _too_big() -> str:
    return _(
        "Classeur trop volumineux une fois décompressé (au maximum %(mb)s Mo) : il contient peut-être des milliers "
        "de cellules vides mises en forme ; copiez seulement le tableau utile dans un nouveau classeur."
    ) % {"mb": mb("uncompressed_bytes")}


def read_xlsx(data: bytes) -> Sheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_unzipped_size(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise SpreadsheetError(_("Ce fichier n'est pas un classeur Excel (.xlsx) valide.")) from None
    try:
        sheet = workbook.worksheets[0]
        records = []
        for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=limit("columns") + 1), start=1):
            records.append((number, list(row)))
            try:
                check_rows(len(records) - 1, line=number)
            except LimitExceeded as exc:
                raise SpreadsheetError(str(exc)) from None
    finally:
        workbook.close()
    return _sheet(records)


def read_spreadsheet(*, name: str, data: bytes) -> Sheet:
    """Reads a .csv or .xlsx upload; raises SpreadsheetError with a message a coordinator understands."""
    if len(data) > limit("file_bytes"):
        raise SpreadsheetError(_("Fichier trop volumineux : au maximum %(mb)s Mo.") % {"mb": mb("file_bytes")})
    lower = name.lower()
    if lower.endswith(".xlsx"):
        return read_xlsx(data)
    if lower.endswith((".csv", ".txt")):
        return read_csv(data)
    if lower.endswith((".xls", ".ods")):
        raise SpreadsheetError(_("Format non pris en charge : enregistrez le classeur en .xlsx ou en CSV UTF-8."))
    raise SpreadsheetError(_("Format non reconnu : envoyez un fichier .xlsx ou .csv."))
