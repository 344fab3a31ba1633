"""Thin views of the pathway player, the handout and the neutral list of services (all GET, no JS needed)."""

from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accroche.core import params as strict
from accroche.geo.selectors import emergency_numbers

from .choices import EMERGENCY_SOURCE_URL, HANDOUT_DEFAULT_SERVICES, HANDOUT_MAX_SERVICES, NodeKind
from .handout import handout_pdf, qr_data_uri
from .selectors import find_place, format_steps, live_pathways, outcome_services, parse_steps, services_by_ids, walk
from .services import record_step

POSTAL_CODE_MAX = 40
STEPS_MAX_LENGTH = 400


def _private(response):
    """Keeps the answers out of shared caches and of the Referer sent to other sites."""
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    return response


def _postal_code(request) -> str:
    """The postcode or commune typed by the family (core.params: control characters → 400)."""
    try:
        return strict.text(request.GET.get("cp"), max_length=POSTAL_CODE_MAX)
    except ValueError as exc:
        raise BadRequest(_("Code postal : %(error)s.") % {"error": exc}) from None


def _school(request):
    """The school the pathway starts from (`?ecole=`, decision 0137): nothing stored, like the postal code."""
    from accroche.schools.pathway import school_choice

    return school_choice(request.GET.get("ecole") or "")


def _step_url(pathway, steps: list[int], postal_code: str, school: str = "") -> str:
    query = {"r": format_steps(steps)} if steps else {}
    if postal_code:
        query["cp"] = postal_code
    if school:
        query["ecole"] = school
    base = reverse("orientation:step", kwargs={"slug": pathway.slug})
    return f"{base}?{urlencode(query)}" if query else base


@require_GET
def pathway_list(request):
    return render(
        request, "orientation/index.html", {"pathways": live_pathways(), "emergency_numbers": emergency_numbers()}
    )


@require_GET
def pathway_intro(request, slug):
    pathway = get_object_or_404(live_pathways(), slug=slug)
    context = {"pathway": pathway, "postal_code": _postal_code(request), "school": _school(request)}
    return _private(render(request, "orientation/intro.html", context))


def _walk_request(request, pathway):
    raw = (request.GET.get("r") or "").strip()[:STEPS_MAX_LENGTH]
    steps, parsed = parse_steps(raw)
    result = walk(pathway.tree(), steps)
    if not parsed and not result.error:
        result.error = _("Ce lien est abîmé : vous reprenez à la dernière étape valable.")
    return result


@require_GET
def pathway_step(request, slug):
    """Shows the node reached by the answers in the URL: a question, an information step or an outcome."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    postal_code = _postal_code(request)
    school = _school(request)
    fase = str(school.site.fase) if school.site else ""
    result = _walk_request(request, pathway)
    node, answers = result.current, result.answers
    place = school.place or find_place(postal_code)
    context = {
        "pathway": pathway,
        "node": node,
        "walk": result,
        "postal_code": postal_code,
        "school": school,
        "place": place,
        "postal_code_unknown": bool(postal_code) and place is None,
        "path": [{"step": s, "url": _step_url(pathway, s.steps_before, postal_code, fase)} for s in result.steps],
        "choices": [
            {"label": label, "url": _step_url(pathway, [*answers, i], postal_code, fase)}
            for i, label in enumerate(_labels(node), start=1)
        ],
        "school_choice_urls": [
            (site, _step_url(pathway, answers, postal_code, str(site.fase))) for site in school.choices
        ],
        "restart_url": reverse("orientation:pathway", kwargs={"slug": pathway.slug}),
        "answers": format_steps(answers),
    }
    if node.is_outcome:
        hits, _place = outcome_services(node, postal_code=postal_code if place else "", origin=school.place)
        centres = school.centre_services
        _attach_school_contacts(centres)
        centre_ids = {c.pk for c in centres}
        context.update(
            hits=[h for h in hits if h.service_id not in centre_ids],
            school_centres=centres,
            default_ticked=HANDOUT_DEFAULT_SERVICES,
            emergency_numbers=emergency_numbers(),
            emergency_source=EMERGENCY_SOURCE_URL,
        )
    if not result.error and request.method == "GET":  # HEAD requests (link checkers) are not counted
        record_step(
            pathway_slug=pathway.slug,
            node=node,
            previous_key=result.steps[-1].node.key if result.steps else None,
            postal_code=postal_code or (school.site.postal_code if school.site else ""),
        )
    return _private(render(request, "orientation/step.html", context))


def _attach_school_contacts(services) -> None:
    from .selectors import _attach_contacts

    _attach_contacts(services)


def _labels(node) -> list[str]:
    if node.kind == NodeKind.QUESTION:
        return [a.label for a in node.answers]
    if node.kind == NodeKind.INFORMATION:
        return [_("Continuer")]
    return []


def _handout_context(request, pathway):
    result = _walk_request(request, pathway)
    node = result.current
    if not node.is_outcome:
        raise Http404(_("La fiche n'existe que pour une issue du parcours."))
    postal_code = _postal_code(request)
    school = _school(request)
    place = school.place or find_place(postal_code)
    ids = request.GET.getlist("s")
    centres = school.centre_services
    if ids:
        services = services_by_ids(ids)[:HANDOUT_MAX_SERVICES]
    else:
        hits, _place = outcome_services(
            node, postal_code=postal_code if place else "", origin=school.place, limit=HANDOUT_DEFAULT_SERVICES
        )
        confirmed = [c for c in centres if c.school_confirmed]
        services = confirmed + [h.service for h in hits if h.service_id not in {c.pk for c in confirmed}]
    _attach_school_contacts(centres)
    list_url = (
        request.build_absolute_uri(reverse("orientation:service_list"))
        + "?"
        + urlencode([("s", str(s.id)) for s in services])
    )
    query = request.GET.urlencode()
    return {
        "pathway": pathway,
        "node": node,
        "services": services,
        "place": place,
        "school": school,
        "school_centres": centres,
        "list_url": list_url,
        "qr": qr_data_uri(list_url),
        "today": timezone.localdate(),
        "emergency_numbers": emergency_numbers(),
        "pdf_url": reverse("orientation:handout_pdf", kwargs={"slug": pathway.slug}) + "?" + query,
        "back_url": reverse("orientation:step", kwargs={"slug": pathway.slug}) + "?" + query,
    }


@require_GET
def handout(request, slug):
    """The family's handout as a printable page (A4 print styles)."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    return _private(render(request, "orientation/handout.html", _handout_context(request, pathway)))


@require_GET
def handout_pdf_view(request, slug):
    """The family's handout as a one-page A4 PDF."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    pdf = handout_pdf(_handout_context(request, pathway), request=request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="fiche-orientation.pdf"'
    return _private(response)


@require_GET
def service_list(request):
    """The services chosen for a family (the QR code's target): nothing about the path or the family."""
    services = services_by_ids(request.GET.getlist("s")[:HANDOUT_MAX_SERVICES])
    return render(request, "orientation/service_list.html", {"services": services})
