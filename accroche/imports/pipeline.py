"""`run_import(adapter, dry_run)`: read → clean every row → whole-file checks → write all or nothing.

An adapter turns one input format into rows and writes them (docs/decisions/0180-one-import-pipeline.md):
- `read()` returns the rows (raises `ImportRefused` when the file cannot be read at all);
- `clean(row)` returns `(clean row or None, [RowError…])`;
- `check(cleaned, report)` adds the errors that need every row (duplicates, a coordinator's plateformes);
- `write(cleaned, report)` writes and counts; errors it adds roll everything back.
Nothing is written unless every row is valid. The write is ONE transaction inside `directory_batch()` (one version
bump and one re-indexing for the whole import); a dry run runs the very same write and rolls it back.
"""

from contextlib import nullcontext

from django.db import transaction

from .report import ImportReport, RowError


class ImportRefused(Exception):
    """The file cannot be imported at all (unreadable, limits, headers); `errors` say why."""

    def __init__(self, errors: list[RowError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


class Adapter:
    subject = "services"  # the main records counted by the report
    writes_directory = True  # False: announces nothing to the directory (schools)

    def new_report(self, dry_run: bool) -> ImportReport:
        return ImportReport(subject=self.subject, dry_run=dry_run)

    def read(self, report: ImportReport) -> list:
        raise NotImplementedError

    def clean(self, row) -> tuple[object | None, list[RowError]]:
        raise NotImplementedError

    def check(self, cleaned: list, report: ImportReport) -> None:
        """Whole-file checks; adds to `report.errors`."""

    def write(self, cleaned: list, report: ImportReport) -> None:
        raise NotImplementedError


class _Rollback(Exception):
    pass


def run_import(adapter: Adapter, *, dry_run: bool = False) -> ImportReport:
    """Imports every row or none; returns the report (errors: nothing was written; dry run: nothing either)."""
    from accroche.directory.services import directory_batch

    report = adapter.new_report(dry_run)
    try:
        rows = adapter.read(report)
    except ImportRefused as exc:
        report.errors = list(exc.errors)
        return report
    report.rows = len(rows)
    cleaned = []
    for row in rows:
        clean, errors = adapter.clean(row)
        report.errors += errors
        if clean is not None:
            cleaned.append(clean)
    adapter.check(cleaned, report)
    if report.errors:
        return report
    try:
        with transaction.atomic(), directory_batch() if adapter.writes_directory else nullcontext():
            adapter.write(cleaned, report)
            if report.errors or dry_run:
                raise _Rollback
    except _Rollback:
        pass
    if report.errors:
        report.counts, report.actions = {}, []
    return report
