"""Reads an uploaded spreadsheet (CSV or XLSX) into a header and rows of text, with clear errors."""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from xml.etree import ElementTree

from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
# Checked BEFORE parsing (a 712 KB .xlsx can hold one row of 3.8 million cells, hundreds of MB once unzipped).
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_CELLS_PER_ROW = 2_000  # formatted-but-empty cells count too
MAX_CELLS = 2_000_000
MAX_COLUMNS = 200
MAX_CELL_LENGTH = 5_000


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
    if len(headers) > MAX_COLUMNS:
        raise SpreadsheetError(_("Trop de colonnes : au maximum %(max)s.") % {"max": MAX_COLUMNS})
    rows, lines = [], []
    for number, record in body:
        cells = [_cell(v) for v in record[: MAX_COLUMNS + 1]]
        for cell in cells:
            if len(cell) > MAX_CELL_LENGTH:
                raise SpreadsheetError(
                    _("Ligne %(line)s : une cellule dépasse %(max)s caractères.")
                    % {"line": number, "max": MAX_CELL_LENGTH}
                )
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
        records = []
        for row in reader:
            if len(row) > MAX_COLUMNS + 1 and not records:
                raise SpreadsheetError(_("Trop de colonnes : au maximum %(max)s.") % {"max": MAX_COLUMNS})
            records.append((reader.line_num, row[: MAX_COLUMNS + 1]))
    except csv.Error as exc:
        raise SpreadsheetError(
            _("CSV illisible à la ligne %(line)s : %(error)s") % {"line": reader.line_num, "error": exc}
        ) from None
    return _sheet(records)


def _check_unzipped_size(data: bytes) -> None:
    """Refuses, before openpyxl parses anything, a workbook that would exceed MAX_UNCOMPRESSED_BYTES once unzipped
    (read from the zip's directory, and counted while reading: a forged directory cannot lie past the limit) or
    whose sheets hold more than MAX_CELLS_PER_ROW cells in a row or MAX_CELLS in all (counted by a streaming pass
    that keeps nothing in memory)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(member.file_size for member in archive.infolist()) > MAX_UNCOMPRESSED_BYTES:
                raise SpreadsheetError(_too_big())
            total = 0
            for member in archive.infolist():
                with archive.open(member) as part:
                    if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                        total += _count_cells(part)
                    else:
                        while chunk := part.read(1024 * 1024):
                            total += len(chunk)
                if total > MAX_UNCOMPRESSED_BYTES:
                    raise SpreadsheetError(_too_big())
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, ElementTree.ParseError):
        raise SpreadsheetError(_("Ce fichier n'est pas un classeur Excel (.xlsx) valide.")) from None


class _CountingReader(io.RawIOBase):
    def __init__(self, source):
        self.source = source
        self.count = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk = self.source.read(len(buffer))
        self.count += len(chunk)
        if self.count > MAX_UNCOMPRESSED_BYTES:
            raise SpreadsheetError(_too_big())
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _count_cells(part) -> int:
    """Streams one sheet's XML, refusing too many cells; returns the bytes read."""
    reader = _CountingReader(part)
    in_row = cells = 0
    for _event, element in ElementTree.iterparse(io.BufferedReader(reader), events=("end",)):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            in_row += 1
            cells += 1
            if in_row > MAX_CELLS_PER_ROW or cells > MAX_CELLS:
                raise SpreadsheetError(_too_big())
        elif tag == "row":
            in_row = 0
            element.clear()
    return reader.count


def _too_big() -> str:
    return _(
        "Classeur trop volumineux une fois décompressé (au maximum %(mb)s Mo) : il contient peut-être des milliers "
        "de cellules vides mises en forme ; copiez seulement le tableau utile dans un nouveau classeur."
    ) % {"mb": MAX_UNCOMPRESSED_BYTES // 2**20}


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
        for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1), start=1):
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
