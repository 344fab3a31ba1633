"""Views of the schools app: /ecoles/ (search, site pages), CSV at /donnees/, partner and coordinator pages."""

import csv
import io

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q, prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accroche.network.selectors import coordinated_plateformes, is_admin, is_coordinator, services_for_user
from accroche.network.views.base import coordinator_required, network_required
from accroche.opendata.spreadsheet.reader import SpreadsheetError, read_spreadsheet

from .choices import FASE_SOURCE_LABEL, LinkRole
from .forms import ConfirmForm, LinkImportForm, ReviewForm, SiteSearchForm
from .models import LinkProposal, SchoolImport, SchoolServiceLink, SchoolSite
from .search import search_sites
from .selectors import (
    area_services,
    centre_family,
    coverage,
    pending_proposals,
    role_of,
    site_sections,
)
from .services import LINK_COLUMNS, links_import, proposal_approve, proposal_reject, proposal_submit, template_csv

PAGE_SIZE = 20
CONFIRM_LIST_LIMIT = 150


def _provenance():
    return SchoolImport.objects.first()


@require_GET
def index(request):
    """Finds a school site by name, commune or postal code (`?q=`), within a commune (`?lieu=`), paginated."""
    form = SiteSearchForm(request.GET or None)
    q = lieu = ""
    if form.is_bound and form.is_valid():
        q, lieu = form.cleaned_data["q"].strip(), form.cleaned_data["lieu"].strip()
    results = search_sites(q=q, lieu=lieu) if (q or lieu) else None
    page = Paginator(results.sites if results else [], PAGE_SIZE).get_page(request.GET.get("page"))
    prefetch_related_objects(page.object_list, "teachings")
    query = {k: v for k, v in (("q", q), ("lieu", lieu)) if v}
    corrected = ""
    if results and results.corrections:
        corrected = " ".join(results.corrections.get(w.lower(), w) for w in q.split())
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(
        request,
        "schools/index.html",
        {
            "form": form,
            "q": q,
            "lieu": lieu,
            "results": results,
            "page": page,
            "query_string": "&".join(f"{k}={v}" for k, v in _encoded(query)),
            "corrected": corrected,
            "provenance": _provenance(),
            "total": SchoolSite.objects.current().count(),
        },
        status=status,
    )


def _encoded(query: dict):
    from urllib.parse import quote_plus

    return [(k, quote_plus(v)) for k, v in query.items()]


@require_GET
def detail(request, fase: int):
    site = get_object_or_404(SchoolSite.objects.select_related("commune", "last_import"), fase=fase)
    teachings = list(site.teachings.select_related("establishment"))
    establishments = {}
    for row in teachings:
        establishments.setdefault(row.establishment, []).append(row)
    map_config = None
    if site.has_position:
        map_config = {
            "lat": site.latitude,
            "lon": site.longitude,
            "name": site.name,
            "tileUrl": settings.MAP_TILE_URL,
            "attribution": settings.MAP_TILE_ATTRIBUTION,
        }
    return render(
        request,
        "schools/detail.html",
        {
            "site": site,
            "establishments": establishments.items(),
            "sections": site_sections(site),
            "area_services": area_services(site),
            "map_config": map_config,
            "provenance": site.last_import or _provenance(),
            "source_label": FASE_SOURCE_LABEL,
        },
    )


def _csv_response(rows: list[list], filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(rows)
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def sites_csv(request):
    """Every current school site with its confirmed CPMS and PSE (open data; the source is in the last column)."""
    confirmed: dict[tuple[int, str], list[str]] = {}
    for site_id, role, name in SchoolServiceLink.objects.values_list("site_id", "role", "service__name"):
        confirmed.setdefault((site_id, role), []).append(name)
    rows = [
        [
            "fase_implantation",
            "nom",
            "reseau",
            "adresse",
            "code_postal",
            "localite",
            "commune",
            "plateforme",
            "latitude",
            "longitude",
            "enseignements",
            "cpms_confirmes",
            "pse_confirmes",
            "page",
            "source",
        ]
    ]
    sites = SchoolSite.objects.current().select_related("commune").prefetch_related("teachings").order_by("fase")
    for s in sites:
        rows.append(
            [
                s.fase,
                s.name,
                s.reseau,
                s.address,
                s.postal_code,
                s.locality_label,
                s.commune_name,
                s.commune.get_plateforme_display() if s.commune else "",
                "" if s.latitude is None else s.latitude,
                "" if s.longitude is None else s.longitude,
                "; ".join(sorted({t.teaching for t in s.teachings.all()})),
                "; ".join(confirmed.get((s.fase, LinkRole.CPMS), [])),
                "; ".join(confirmed.get((s.fase, LinkRole.PSE), [])),
                f"{settings.SITE_URL}{s.get_absolute_url()}",
                FASE_SOURCE_LABEL,
            ]
        )
    return _csv_response(rows, "ecoles-province-de-liege.csv")


@require_GET
def links_csv(request):
    """The confirmed links (no candidate, no person's name: the source and the date say where it comes from)."""
    rows = [["fase_implantation", "ecole", "service", "service_id", "role", "source", "confirme_le"]]
    links = SchoolServiceLink.objects.select_related("site", "service").order_by("site_id", "role", "service__name")
    for link in links:
        rows.append(
            [
                link.site_id,
                link.site.name,
                link.service.name,
                link.service_id,
                link.role,
                link.get_source_display() + (f" — {link.source_detail}" if link.source_detail else ""),
                link.confirmed_at.isoformat(),
            ]
        )
    return _csv_response(rows, "ecoles-liens-cpms-pse.csv")


# ---- Partner space ---------------------------------------------------------------------------------------------


@network_required
def space(request):
    user = request.user
    services = list(
        services_for_user(user).public().with_terms().order_by("name")
        if not is_coordinator(user)
        else services_for_user(user).public().with_terms().filter(terms__code__in=["cpms", "pse"]).distinct()
    )
    rows = [{"service": s, "role": role_of(s), "count": s.school_links.count()} for s in services]
    plateformes = coordinated_plateformes(user)
    return render(
        request,
        "schools/space.html",
        {
            "rows": rows,
            "is_coordinator": bool(plateformes),
            "proposals": pending_proposals(plateformes) if plateformes else [],
            "recent": LinkProposal.objects.filter(service__in=services).select_related("service")[:20],
        },
    )


def _confirm_choices(service, role: str, q: str, confirmed: set):
    """Sites offered for confirmation: the search `q` if given, else the likely ones (decision 0132)."""
    if q:
        sites = search_sites(q=q).sites
    else:
        area = Q(commune__in=[a.commune_id for a in service.service_areas.all() if a.commune_id])
        if service.plateforme:
            area |= Q(commune__plateforme=service.plateforme)
        sites = SchoolSite.objects.current().filter(area)
        if role == LinkRole.CPMS:
            sites = sites.filter(reseau_family=centre_family(service) or "-")
        sites = list(sites.select_related("commune").order_by("commune_name", "name"))
    return [s for s in sites if s.fase not in confirmed][:CONFIRM_LIST_LIMIT]


def _fase_numbers(values) -> list[int]:
    """The ticked FASE numbers: ASCII digits only (« ² » passes str.isdigit() but not int())."""
    return [int(v) for v in values if v.isascii() and v.isdigit() and len(v) <= 9]


@network_required
def confirm(request, pk):
    service = get_object_or_404(services_for_user(request.user).with_terms(), pk=pk)
    role = role_of(service)
    links = list(SchoolServiceLink.objects.filter(service=service, role=role).select_related("site"))
    confirmed = {link.site_id for link in links}
    q = (request.GET.get("q") or "")[:200].strip()
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        add = [int(v) for v in request.POST.getlist("add") if v.isascii() and v.isdigit()] + form.cleaned_data[
            "add_numbers"
        ]
        remove = [int(v) for v in request.POST.getlist("remove") if v.isascii() and v.isdigit()]
        try:
            proposal = proposal_submit(
                service=service, add=add, remove=remove, user=request.user, message=form.cleaned_data["message"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Merci : votre liste est envoyée à la coordination pour validation."))
            return redirect(proposal.get_absolute_url())
    return render(
        request,
        "schools/confirm.html",
        {
            "service": service,
            "role": role,
            "role_label": LinkRole(role).label,
            "links": links,
            "choices": _confirm_choices(service, role, q, confirmed),
            "q": q,
            "form": form,
            "pending": service.school_link_proposals.filter(status="pending"),
        },
    )


def _may_review(user, proposal) -> bool:
    plateformes = coordinated_plateformes(user)
    if not plateformes:
        return False
    return is_admin(user) or proposal.service.plateforme in plateformes or not proposal.service.plateforme


@network_required
def proposal_detail(request, pk):
    proposal = get_object_or_404(LinkProposal.objects.select_related("service", "submitted_by", "reviewed_by"), pk=pk)
    own = services_for_user(request.user).filter(pk=proposal.service_id).exists()
    may_review = _may_review(request.user, proposal)
    if not (own or may_review):
        raise PermissionDenied
    form = ReviewForm(request.POST or None)
    if request.method == "POST":
        if not (may_review and proposal.is_pending):
            raise PermissionDenied
        if form.is_valid():
            decision, comment = request.POST.get("decision"), form.cleaned_data["comment"]
            try:
                if decision == "approve":
                    proposal_approve(proposal=proposal, reviewer=request.user, comment=comment)
                    messages.success(request, _("Proposition approuvée : les pages des écoles sont à jour."))
                elif decision == "reject":
                    proposal_reject(proposal=proposal, reviewer=request.user, comment=comment)
                    messages.success(request, _("Proposition refusée."))
                else:
                    raise ValidationError(_("Choisissez d'approuver ou de refuser."))
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                return redirect(proposal.get_absolute_url())
    sites = {s.fase: s for s in SchoolSite.objects.filter(fase__in=proposal.add + proposal.remove)}
    return render(
        request,
        "schools/proposal_detail.html",
        {
            "proposal": proposal,
            "added": [sites[f] for f in proposal.add if f in sites],
            "removed": [sites[f] for f in proposal.remove if f in sites],
            "form": form,
            "may_review": may_review and proposal.is_pending,
        },
    )


@coordinator_required
def links_import_view(request):
    form = LinkImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sheet = read_spreadsheet(name=upload.name, data=upload.read())
        except SpreadsheetError as exc:
            form.add_error("file", str(exc))
        else:
            plateformes = None if is_admin(request.user) else coordinated_plateformes(request.user)
            report = links_import(
                sheet=sheet, user=request.user, plateformes=plateformes, dry_run=form.cleaned_data["dry_run"]
            )
            if not report.errors and not report.dry_run:
                messages.success(
                    request,
                    _("Import terminé : %(a)s lien(s) ajouté(s), %(u)s mis à jour, %(r)s retiré(s).")
                    % {"a": report.created, "u": report.updated, "r": report.removed},
                )
                return redirect("schools:coverage")
    return render(request, "schools/import.html", {"form": form, "report": report, "columns": LINK_COLUMNS})


@coordinator_required
def links_template(request):
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="modele-liens-ecoles.csv"'
    return response


@coordinator_required
def coverage_view(request):
    plateformes = None if is_admin(request.user) else coordinated_plateformes(request.user)
    rows = coverage(plateformes=plateformes)
    totals = {
        "total": sum(r.total for r in rows),
        "with_cpms": sum(r.with_cpms for r in rows),
        "with_pse": sum(r.with_pse for r in rows),
    }
    return render(
        request,
        "schools/coverage.html",
        {"rows": rows, "totals": totals, "import_url": reverse("schools:import")},
    )
