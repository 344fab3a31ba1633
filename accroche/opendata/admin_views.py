"""Wagtail admin views: the coordinators' spreadsheet import (upload, column mapping, dry run, import)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .choices import UploadStatus
from .forms import MappingForm, UploadForm
from .models import SpreadsheetUpload
from .services import spreadsheet_upload_check, spreadsheet_upload_create, spreadsheet_upload_import
from .spreadsheet.reader import SpreadsheetError
from .spreadsheet.template import template_csv, template_xlsx

MAX_LISTED_ACTIONS = 500


def _require(request) -> None:
    if not (request.user.has_perm("directory.add_service") and request.user.has_perm("directory.change_service")):
        raise PermissionDenied


def _uploads(user):
    """Administrators see every upload; a coordinator sees their own."""
    uploads = SpreadsheetUpload.objects.all()
    return uploads if user.is_superuser else uploads.filter(uploaded_by=user)


def import_start(request):
    """Upload page: the template to download, the file to send, the last imports."""
    _require(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            created = spreadsheet_upload_create(name=upload.name, data=upload.read(), user=request.user)
        except SpreadsheetError as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("opendata_import_check", pk=created.pk)
    return render(request, "opendata/admin/import_start.html", {"form": form, "uploads": _uploads(request.user)[:10]})


def import_check(request, pk: int):
    """Column mapping and dry run; then the all-or-nothing import."""
    _require(request)
    upload = get_object_or_404(_uploads(request.user), pk=pk)
    form = MappingForm(request.POST or None, headers=upload.headers, initial_mapping=upload.mapping)
    report = None
    if request.method == "POST" and upload.status != UploadStatus.IMPORTED and form.is_valid():
        if request.POST.get("action") == "import":
            if form.mapping() != upload.mapping:
                messages.error(
                    request, _("La correspondance des colonnes a changé : refaites l’essai avant d’importer.")
                )
                report = spreadsheet_upload_check(upload=upload, mapping=form.mapping(), user=request.user)
            else:
                report = spreadsheet_upload_import(upload=upload, user=request.user)
                if not report.errors:
                    messages.success(
                        request,
                        _("Import terminé : %(c)s service(s) créé(s), %(u)s mis à jour.")
                        % {"c": report.created, "u": report.updated},
                    )
                    return redirect("opendata_import_start")
        else:
            report = spreadsheet_upload_check(upload=upload, mapping=form.mapping(), user=request.user)
    return render(
        request,
        "opendata/admin/import_check.html",
        {
            "upload": upload,
            "form": form,
            "report": report,
            "preview": list(zip(upload.line_numbers, upload.rows, strict=True))[:5],
            "actions": report.actions[:MAX_LISTED_ACTIONS] if report else [],
            "max_listed": MAX_LISTED_ACTIONS,
            "imported": upload.status == UploadStatus.IMPORTED,
        },
    )


def template_download(request, fmt: str):
    """The spreadsheet template (xlsx or csv)."""
    _require(request)
    if fmt not in ("xlsx", "csv"):
        raise Http404
    if fmt == "xlsx":
        response = HttpResponse(
            template_xlsx(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    else:
        response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="modele-annuaire.{fmt}"'
    return response
