"""Writes of the opendata app: the spreadsheet uploads (stored between dry run and import) and their import."""

from django.db import transaction
from django.utils import timezone

from accroche.imports.report import ImportReport

from .choices import UploadStatus
from .models import SpreadsheetUpload
from .spreadsheet.columns import guess_mapping
from .spreadsheet.importer import import_sheet
from .spreadsheet.reader import Sheet, read_spreadsheet


@transaction.atomic
def spreadsheet_upload_create(*, name: str, data: bytes, user=None) -> SpreadsheetUpload:
    """Reads an uploaded file (SpreadsheetError when unreadable) and keeps its rows for the dry run."""
    sheet = read_spreadsheet(name=name, data=data)
    upload = SpreadsheetUpload(
        file_name=name[:255],
        headers=sheet.headers,
        rows=sheet.rows,
        line_numbers=sheet.line_numbers,
        mapping=guess_mapping(sheet.headers),
        uploaded_by=user if getattr(user, "is_authenticated", False) else None,
    )
    upload.full_clean()
    upload.save()
    return upload


def _sheet(upload: SpreadsheetUpload) -> Sheet:
    return Sheet(upload.headers, upload.rows, upload.line_numbers)


def _scope(user) -> frozenset | None:
    """The plateformes a non-administrator may import into (None: no limit)."""
    if user is None or user.is_superuser:
        return None
    from accroche.network.selectors import coordinated_plateformes

    return coordinated_plateformes(user)


def spreadsheet_upload_check(*, upload: SpreadsheetUpload, mapping: dict[str, str], user=None) -> ImportReport:
    """Runs the dry run with this column mapping (nothing written in the directory) and remembers the mapping."""
    report = import_sheet(sheet=_sheet(upload), mapping=mapping, dry_run=True, plateformes=_scope(user))
    upload.mapping = mapping
    upload.status = UploadStatus.FAILED if report.errors else UploadStatus.CHECKED
    upload.save(update_fields=["mapping", "status"])
    return report


@transaction.atomic
def spreadsheet_upload_import(*, upload: SpreadsheetUpload, user=None) -> ImportReport:
    """Imports every row of the checked upload, or none (rows are checked again against today's directory)."""
    report = import_sheet(sheet=_sheet(upload), mapping=upload.mapping, dry_run=False, plateformes=_scope(user))
    if report.errors:
        upload.status = UploadStatus.FAILED
        upload.save(update_fields=["status"])
        return report
    upload.status, upload.created, upload.updated = UploadStatus.IMPORTED, report.created, report.updated
    upload.imported_at = timezone.now()
    upload.save(update_fields=["status", "created", "updated", "imported_at"])
    return report
