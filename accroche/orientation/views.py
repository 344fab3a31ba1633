"""Thin views of the pathway player, the sheets and the neutral list of services (all GET, no JS needed)."""

from urllib.parse import urlencode

from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accroche.core import params as strict

from .choices import EMERGENCY_SOURCE_URL, HANDOUT_MAX_SERVICES, PLAIN_AUDIENCES, Audience, NodeKind, Sheet
from .handout import handout_pdf, qr_data_uri
from .selection import select_services
from .selectors import (
    attach_contacts,
    emergency_block,
    find_place,
    format_steps,
    live_pathways,
    parse_steps,
    services_by_ids,
    services_by_short_codes,
    walk,
)
from .services import record_step
from .shortlinks import codes_for

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


def _step_url(pathway, steps, postal_code: str, school: str = "") -> str:
    query = {"r": format_steps(steps)} if steps else {}
    if postal_code:
        query["cp"] = postal_code
    if school:
        query["ecole"] = school
    base = reverse("orientation:step", kwargs={"slug": pathway.slug})
    return f"{base}?{urlencode(query, safe=',.')}" if query else base


@require_GET
def pathway_list(request):
    return render(request, "orientation/index.html", {"pathways": live_pathways(), "emergency": emergency_block()})


def _question_context(pathway, node, answers, postal_code: str, fase: str = "") -> dict:
    """The answers of a question as links (single answer) or as a form of checkboxes (several answers)."""
    labels = [a.label for a in node.answers] if node.kind == NodeKind.QUESTION else [_("Continuer")]
    return {
        "choices": [
            {"index": i, "label": label, "url": _step_url(pathway, [*answers, (i,)], postal_code, fase)}
            for i, label in enumerate(labels, start=1)
        ],
        "none_url": _step_url(pathway, [*answers, (0,)], postal_code, fase) if node.multiple and node.next else "",
    }


@require_GET
def pathway_intro(request, slug):
    """The pathway's start page: the postal code and the first question on the same screen."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    entry = pathway.tree()[0]
    context = {
        "pathway": pathway,
        "node": entry,
        "postal_code": _postal_code(request),
        "school": _school(request),
        "plain": pathway.audience in PLAIN_AUDIENCES,
        **_question_context(pathway, entry, [], ""),
    }
    return _private(render(request, "orientation/intro.html", context))


def _walk_request(request, pathway):
    steps, parsed = parse_steps((request.GET.get("r") or "").strip()[:STEPS_MAX_LENGTH])
    result = walk(pathway.tree(), steps)
    if not parsed and not result.error:
        result.error = _("Ce lien est abîmé : vous reprenez à la dernière étape valable.")
    return result


def _ticked_answers(request) -> tuple[int, ...] | None:
    """The answers ticked on a multiple-answer question (form field `a`); « none » only when nothing else is."""
    raw = [v for v in request.GET.getlist("a") if v.isdigit() and int(v) <= 99]
    if not request.GET.getlist("a"):
        return None
    ticked = sorted({int(v) for v in raw if int(v) > 0})
    return tuple(ticked) if ticked else (0,)


@require_GET
def pathway_step(request, slug):
    """Shows the node reached by the answers in the URL: a question or an outcome."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    postal_code = _postal_code(request)
    school = _school(request)
    fase = str(school.site.fase) if school.site else ""
    ticked = _ticked_answers(request)
    if ticked is not None:  # the form of a multiple-answer question: back to a plain, shareable link
        steps, _parsed = parse_steps((request.GET.get("r") or "").strip()[:STEPS_MAX_LENGTH])
        return redirect(_step_url(pathway, [*steps, ticked], postal_code, fase))
    result = _walk_request(request, pathway)
    node, answers = result.current, result.answers
    place = find_place(postal_code) or school.place  # coverage is judged on the family's commune when known
    context = {
        "pathway": pathway,
        "node": node,
        "walk": result,
        "postal_code": postal_code,
        "school": school,
        "place": place,
        "plain": pathway.audience in PLAIN_AUDIENCES,
        "postal_code_unknown": bool(postal_code) and place is None,
        "path": [{"step": s, "url": _step_url(pathway, s.steps_before, postal_code, fase)} for s in result.steps],
        "school_choice_urls": [
            (site, _step_url(pathway, answers, postal_code, str(site.fase))) for site in school.choices
        ],
        "restart_url": reverse("orientation:pathway", kwargs={"slug": pathway.slug}),
        "answers": format_steps(answers),
        **_question_context(pathway, node, answers, postal_code, fase),
    }
    if node.is_outcome:
        centres = school.centre_services  # the school's own CPMS and PSE first (decision 0137)
        attach_contacts(centres)
        kinds = select_services(list(node.kinds), place=place, origin=school.place, tick=not node.safety)
        centre_ids = {c.pk for c in centres}
        for entry in kinds:
            entry.offers = [o for o in entry.offers if o.service.pk not in centre_ids]
            entry.incomplete = [o for o in entry.incomplete if o.service.pk not in centre_ids]
        attach_contacts([o.service for k in kinds for o in k.offers + k.incomplete])
        context.update(
            kinds=kinds,
            school_centres=centres,
            emergency=emergency_block(node, place=place),
            emergency_source=EMERGENCY_SOURCE_URL,
            followup_url=_step_url(pathway, [*answers, (1,)], postal_code, fase) if node.next else "",
            sheets=_sheets(node, pathway),
        )
    if not result.error:
        record_step(
            pathway_slug=pathway.slug,
            node=node,
            previous_key=result.steps[-1].node.key if result.steps else None,
            postal_code=postal_code or (school.site.postal_code if school.site else ""),
        )
    return _private(render(request, "orientation/step.html", context))


def _sheets(node, pathway) -> list[tuple[str, str]]:
    """The sheets an outcome offers: never the family's when maltreatment is possible."""
    if pathway.audience == Audience.YOUTH:
        return [(Sheet.YOUTH, _("Préparer ma fiche"))]
    if node.safety:
        sheets = [(Sheet.PROFESSIONAL, _("Préparer la fiche pour le professionnel"))] if node.professional_steps else []
        if node.youth_steps:
            sheets.append((Sheet.YOUTH, _("Fiche pour le jeune seul (facultative)")))
        return sheets
    return [(Sheet.FAMILY, _("Préparer la fiche"))]


def _handout_context(request, pathway):
    result = _walk_request(request, pathway)
    node = result.current
    if not node.is_outcome:
        raise Http404(_("La fiche n'existe que pour une issue du parcours."))
    offered = [code for code, _label in _sheets(node, pathway)]
    sheet = request.GET.get("fiche") or ""
    if sheet not in offered:
        if not offered:
            raise Http404(_("Pas de fiche pour cette issue."))
        sheet = offered[0]
    postal_code = _postal_code(request)
    school = _school(request)
    place = find_place(postal_code) or school.place
    ids = request.GET.getlist("s")
    centres = school.centre_services
    attach_contacts(centres)
    if ids or node.safety:
        services = services_by_ids(ids)[:HANDOUT_MAX_SERVICES]
    else:
        kinds = select_services(list(node.kinds), place=place, origin=school.place)
        confirmed = [c for c in centres if c.school_confirmed and not node.safety]
        ticked = [
            o.service for k in kinds for o in k.offers if o.ticked and o.service.pk not in {c.pk for c in confirmed}
        ]
        services = (confirmed + ticked)[:HANDOUT_MAX_SERVICES]
        attach_contacts(services)
    codes = codes_for(s.id for s in services)
    short_url = request.build_absolute_uri(reverse("orientation:short_list", kwargs={"codes": codes})) if codes else ""
    query = request.GET.urlencode()
    return {
        "pathway": pathway,
        "node": node,
        "sheet": sheet,
        "services": services,
        "place": place,
        "school": school,
        "school_centres": centres,
        "list_url": short_url,
        "qr": qr_data_uri(short_url) if short_url else "",
        "today": timezone.localdate(),
        "emergency": emergency_block(node, place=place),
        "pdf_url": reverse("orientation:handout_pdf", kwargs={"slug": pathway.slug}) + "?" + query,
        "back_url": reverse("orientation:step", kwargs={"slug": pathway.slug}) + "?" + query,
    }


@require_GET
def handout(request, slug):
    """A sheet as a printable page (A4 print styles)."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    return _private(render(request, "orientation/handout.html", _handout_context(request, pathway)))


@require_GET
def handout_pdf_view(request, slug):
    """A sheet as a one-page A4 PDF."""
    pathway = get_object_or_404(live_pathways(), slug=slug)
    pdf = handout_pdf(_handout_context(request, pathway), request=request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="fiche-orientation.pdf"'
    return _private(response)


@require_GET
def service_list(request):
    """The services chosen for a family (long form, ?s=<id>): nothing about the path or the family."""
    services = services_by_ids(request.GET.getlist("s")[:HANDOUT_MAX_SERVICES])
    return render(request, "orientation/service_list.html", {"services": services})


@require_GET
def short_list(request, codes):
    """The services chosen for a family, from the short address printed on the sheet and in its QR code."""
    services = services_by_short_codes(codes[: 6 * HANDOUT_MAX_SERVICES])
    return render(request, "orientation/service_list.html", {"services": services})
