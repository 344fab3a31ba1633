"""Partner space: dashboard, edit forms (to moderation), history, moderation with diff, invitations."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from ..changes import changed_keys, diff, labels_for, organization_snapshot, service_snapshot
from ..choices import ChangeKind, ChangeStatus, FieldDecision
from ..forms import InvitationForm, OrganizationChangeForm, ReviewForm, ServiceChangeForm, field_decisions_from_post
from ..models import Invitation
from ..selectors import (
    can_moderate,
    change_requests_for_user,
    coordinated_organizations,
    coordinated_plateformes,
    events_to_review,
    is_coordinator,
    member_organization_ids,
    moderated_change_requests,
    organizations_for_user,
    services_for_user,
)
from ..services.accounts import invitation_create
from ..services.moderation import (
    CORRECTABLE,
    change_request_approve,
    change_request_decide,
    change_request_reject,
    change_request_submit_organization,
    change_request_submit_service,
    change_request_to_amend,
)
from .base import coordinator_required, network_required


@network_required
def dashboard(request):
    user = request.user
    own_orgs = organizations_for_user(user).filter(id__in=member_organization_ids(user)).prefetch_related("services")
    context = {"organizations": own_orgs, "is_coordinator": is_coordinator(user)}
    if context["is_coordinator"]:
        context.update(
            {
                "pending": moderated_change_requests(user).filter(status=ChangeStatus.PENDING).count(),
                "events_pending": events_to_review(user).count(),
                "plateformes": sorted(coordinated_plateformes(user)),
            }
        )
    context["recent"] = change_requests_for_user(user)[:10]
    return render(request, "network/dashboard.html", context)


@network_required
def service_edit(request, pk):
    service = get_object_or_404(services_for_user(request.user).select_related("organization"), pk=pk)
    snapshot = service_snapshot(service)
    # A refused proposal is kept: the form starts from the refused values, with the coordinator's comments.
    to_amend = change_request_to_amend(service=service, user=request.user)
    refused = to_amend.refused_fields() if to_amend else {}
    start = {**snapshot, **{k: to_amend.payload[k] for k in refused if k in to_amend.payload}} if to_amend else snapshot
    form = ServiceChangeForm(request.POST or None, initial=ServiceChangeForm.initial_from(start))
    if request.method == "POST" and form.is_valid():
        try:
            change = change_request_submit_service(
                service=service, payload=form.payload(), user=request.user, message=form.cleaned_data.get("message", "")
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Merci : vos modifications sont envoyées à la coordination pour validation."))
            return redirect(change.get_absolute_url())
    pending = service.change_requests.filter(status=ChangeStatus.PENDING).exclude(kind=ChangeKind.REPORT)
    labels = labels_for(ChangeKind.SERVICE)
    picker = {
        "tileUrl": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "help": _("Cliquez sur la carte, ou déplacez le repère, pour placer la porte d'entrée du service."),
        "label": _("Carte pour placer le service : cliquez à l'endroit exact"),
        "marker": _("Position choisie (déplaçable)"),
        "clear": _("Effacer la position"),
    }
    return render(
        request,
        "network/service_edit.html",
        {
            "service": service,
            "form": form,
            "pending": pending,
            "picker": picker,
            "to_amend": to_amend,
            "refused": [(str(labels.get(k, k)), comment) for k, comment in refused.items()],
        },
    )


@network_required
def organization_edit(request, pk):
    organization = get_object_or_404(organizations_for_user(request.user), pk=pk)
    form = OrganizationChangeForm(request.POST or None, initial=organization_snapshot(organization))
    if request.method == "POST" and form.is_valid():
        try:
            change = change_request_submit_organization(
                organization=organization,
                payload=form.payload(),
                user=request.user,
                message=form.cleaned_data.get("message", ""),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Merci : vos modifications sont envoyées à la coordination pour validation."))
            return redirect(change.get_absolute_url())
    return render(request, "network/organization_edit.html", {"organization": organization, "form": form})


@network_required
def change_list(request):
    changes = change_requests_for_user(request.user)
    status = request.GET.get("statut", "")
    if status in ChangeStatus.values:
        changes = changes.filter(status=status)
    return render(
        request,
        "network/change_list.html",
        {
            "changes": changes[:200],
            "status": status,
            "statuses": ChangeStatus.choices,
            "is_coordinator": is_coordinator(request.user),
        },
    )


def _current_version(change):
    if change.kind == ChangeKind.SERVICE:
        return service_snapshot(change.service)
    if change.kind == ChangeKind.ORGANIZATION:
        return organization_snapshot(change.organization)
    return {}


@network_required
def change_detail(request, pk):
    change = get_object_or_404(change_requests_for_user(request.user), pk=pk)
    may_moderate = change.is_pending and can_moderate(request.user, change)
    form = ReviewForm(request.POST or None)
    field_errors = {}
    if request.method == "POST":
        if not may_moderate:
            raise PermissionDenied
        if form.is_valid():
            decision = request.POST.get("decision")
            comment = form.cleaned_data.get("comment", "")
            checked = form.cleaned_data.get("checked_with_service", False)
            try:
                if decision == "approve":
                    change_request_approve(
                        change_request=change, reviewer=request.user, comment=comment, checked_with_service=checked
                    )
                    messages.success(request, _("Demande approuvée : la fiche publique est à jour."))
                elif decision == "decide":
                    keys = changed_keys(snapshot=change.snapshot, payload=change.payload)
                    decided = change_request_decide(
                        change_request=change,
                        reviewer=request.user,
                        decisions=field_decisions_from_post(request.POST, keys),
                        comment=comment,
                        checked_with_service=checked,
                    )
                    messages.success(
                        request,
                        _("Décision enregistrée (%(status)s) : le partenaire est prévenu.")
                        % {"status": decided.get_status_display().lower()},
                    )
                elif decision == "reject":
                    change_request_reject(change_request=change, reviewer=request.user, comment=comment)
                    messages.success(request, _("Demande refusée : le partenaire est prévenu."))
                else:
                    raise ValidationError(_("Choisissez d'approuver ou de refuser."))
            except ValidationError as exc:
                if hasattr(exc, "error_dict") and "comment" not in exc.error_dict:
                    field_errors = {k: v[0].messages[0] for k, v in exc.error_dict.items()}
                    form.add_error(None, _("Certains champs demandent votre attention : voyez le tableau."))
                else:
                    form.add_error(None, exc.messages[0] if exc.messages else str(exc))
            else:
                return redirect("network:change_detail", pk=change.pk)
    rows = (
        diff(kind=change.kind, snapshot=change.snapshot, payload=change.payload, current=_current_version(change))
        if change.is_pending
        else diff(kind=change.kind, snapshot=change.snapshot, payload=change.payload, current=change.snapshot)
    )
    return render(
        request,
        "network/change_detail.html",
        {
            "change": change,
            "rows": rows,
            "form": form,
            "may_moderate": may_moderate,
            "labels": labels_for(change.kind),
            "field_errors": field_errors,
            "decisions": change.field_decisions,
            "correctable": CORRECTABLE,
            "field_choices": FieldDecision.choices,
            "posted": request.POST if request.method == "POST" else {},
        },
    )


@coordinator_required
def invitations(request):
    organizations = coordinated_organizations(request.user)
    form = InvitationForm(request.POST or None, organizations=organizations)
    if request.method == "POST" and form.is_valid():
        invitation = invitation_create(
            email=form.cleaned_data["email"], organization=form.cleaned_data["organization"], invited_by=request.user
        )
        messages.success(request, _("Invitation envoyée à %(email)s.") % {"email": invitation.email})
        return redirect("network:invitations")
    sent = Invitation.objects.filter(organization__in=organizations).select_related("organization")[:100]
    return render(request, "network/invitations.html", {"form": form, "sent": sent})
