"""One way to show a report: the management commands print it, the pages include imports/_report.html."""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from .report import ImportReport

MAX_PRINTED_ERRORS = 200


def report_lines(report: ImportReport) -> list[str]:
    """The report's summary line, as the commands print it and the pages show it."""
    prefix = _("Simulation (rien n'est enregistré) : ") if report.dry_run else ""
    version = (_("version %(v)s ; ") % {"v": report.version}) if report.version else ""
    rows = _("%(n)s ligne(s) lue(s)") % {"n": report.rows}
    return [f"{prefix}{version}{rows} ; {report.summary()}."]


def print_report(command, report: ImportReport) -> None:
    """Writes warnings and the summary to stdout, errors to stderr; raises CommandError when nothing was imported."""
    for warning in report.warnings:
        command.stdout.write(_("Avertissement : %(w)s") % {"w": warning})
    if report.errors:
        for error in report.errors[:MAX_PRINTED_ERRORS]:
            command.stderr.write(_("Erreur : %(e)s") % {"e": error})
        if len(report.errors) > MAX_PRINTED_ERRORS:
            command.stderr.write(_("… et %(n)s autre(s).") % {"n": len(report.errors) - MAX_PRINTED_ERRORS})
        raise CommandError(_("%(n)s erreur(s) : rien n'a été importé.") % {"n": len(report.errors)})
    for line in report_lines(report):
        command.stdout.write(command.style.SUCCESS(line))
