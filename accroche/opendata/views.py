"""Public views of the open data: the /donnees/ page, HSDS downloads, search exports, répertoire and posters."""

import io
import json

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accroche.core.generated import generated_file
from accroche.search.params import SearchParamsError, params_from_querydict

from .choices import PosterFormat
from .exports import services_csv, services_geojson
from .forms import RepertoireForm
from .hsds.export import export_tables
from .hsds.package import write_zip
from .models import PosterTemplate
from .nested import export_json
from .printing.posters import build_poster
from .printing.repertoire import RepertoireError, build_repertoire
from .selectors import services_of_search


def _download(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _bad_request(message: str) -> HttpResponse:
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


@require_GET
def index(request):
    """The open data page: what the data is, its licence, its formats and the printable outputs."""
    return render(
        request,
        "opendata/index.html",
        {
            "repertoire_form": RepertoireForm(),
            "posters": PosterTemplate.objects.all(),
            "formats": PosterFormat.choices,
        },
    )


@require_GET
def hsds_zip(request):
    def build() -> bytes:
        buffer = io.BytesIO()
        write_zip(export_tables(), buffer)
        return buffer.getvalue()

    content = generated_file("hsds.zip", build)
    return _download(content, content_type="application/zip", filename="annuaire-hsds-3.0.zip")


@require_GET
def hsds_json(request):
    content = generated_file("hsds.json", lambda: json.dumps(export_json(), ensure_ascii=False, indent=1).encode())
    return _download(content, content_type="application/json", filename="annuaire-hsds-3.0.json")


def _search(request):
    try:
        return services_of_search(params_from_querydict(request.GET)), None
    except SearchParamsError as exc:
        return None, _bad_request(_("Paramètres de recherche invalides : %(e)s") % {"e": exc})


@require_GET
def export_csv(request):
    """The services of a search or map view (same parameters as /annuaire/), as CSV."""
    services, error = _search(request)
    if error:
        return error
    content = ("\ufeff" + services_csv(services)).encode()
    return _download(content, content_type="text/csv; charset=utf-8", filename="annuaire-recherche.csv")


@require_GET
def export_geojson(request):
    """The services of a search or map view, as GeoJSON points."""
    services, error = _search(request)
    if error:
        return error
    content = json.dumps(services_geojson(services), ensure_ascii=False).encode()
    return _download(content, content_type="application/geo+json", filename="annuaire-recherche.geojson")


@require_GET
def repertoire_pdf(request):
    """The printable répertoire for a plateforme and an audience, generated from live data."""
    form = RepertoireForm(request.GET)
    if not form.is_valid():
        return _bad_request(
            _("Choix invalide : %(e)s") % {"e": "; ".join(f"{k} : {' '.join(v)}" for k, v in form.errors.items())}
        )
    plateforme, audience = form.cleaned_data["plateforme"], form.cleaned_data["public"]
    try:
        filename, pdf = generated_file(
            f"repertoire:{plateforme}:{audience}",
            lambda: build_repertoire(plateforme=plateforme, audience=audience),
        )
    except RepertoireError as exc:
        return _bad_request(str(exc))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def poster_pdf(request, pk: int, size: str):
    if size not in PosterFormat.values:
        raise Http404
    template = get_object_or_404(PosterTemplate, pk=pk)
    filename, pdf = generated_file(
        f"poster:{template.pk}:{template.modified_at.isoformat()}:{size}",
        lambda: build_poster(template=template, size=size),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
