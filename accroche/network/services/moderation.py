"""Moderation: partners' proposals and public reports, applied atomically when a coordinator approves."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.directory.choices import GeoPrecision, LocationType
from accroche.directory.models import (
    Address,
    Contact,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from accroche.directory.services import service_mark_verified

from ..changes import (
    ORGANIZATION_FIELDS,
    SERVICE_SCALARS,
    changed_keys,
    organization_snapshot,
    service_snapshot,
)
from ..choices import ChangeKind, ChangeStatus
from ..emails import send_templated
from ..models import ChangeRequest
from ..selectors import coordinator_emails


def _enqueue_new(change_request: ChangeRequest) -> None:
    from ..tasks import notify_coordinators_task

    notify_coordinators_task.enqueue(change_request.pk)


@transaction.atomic
def change_request_submit_service(*, service: Service, payload: dict, user, message: str = "") -> ChangeRequest:
    """Files a partner's proposed version of a service; nothing public changes before approval."""
    snapshot = service_snapshot(service)
    if not changed_keys(snapshot=snapshot, payload=payload):
        raise ValidationError(_("Aucune modification : la fiche publiée est identique."))
    change = ChangeRequest(
        kind=ChangeKind.SERVICE,
        organization=service.organization,
        service=service,
        snapshot=snapshot,
        payload=payload,
        submitted_by=user,
        contact_email=user.email,
        message=message,
    )
    change.full_clean()
    change.save()
    _enqueue_new(change)
    return change


@transaction.atomic
def change_request_submit_organization(
    *, organization: Organization, payload: dict, user, message: str = ""
) -> ChangeRequest:
    """Files a partner's proposed version of an organization."""
    snapshot = organization_snapshot(organization)
    if not changed_keys(snapshot=snapshot, payload=payload):
        raise ValidationError(_("Aucune modification : la fiche publiée est identique."))
    change = ChangeRequest(
        kind=ChangeKind.ORGANIZATION,
        organization=organization,
        snapshot=snapshot,
        payload=payload,
        submitted_by=user,
        contact_email=user.email,
        message=message,
    )
    change.full_clean()
    change.save()
    _enqueue_new(change)
    return change


@transaction.atomic
def error_report_submit(*, service: Service, message: str, contact_email: str = "") -> ChangeRequest:
    """Files a public error report on a listing in the moderation queue (no account, no IP stored)."""
    change = ChangeRequest(
        kind=ChangeKind.REPORT,
        organization=service.organization,
        service=service,
        payload={"message": message.strip()},
        snapshot={"message": ""},
        contact_email=contact_email.strip(),
    )
    change.full_clean()
    change.save()
    _enqueue_new(change)
    return change


def _apply_service(service: Service, changes: dict) -> None:
    for key in SERVICE_SCALARS:
        if key in changes:
            setattr(service, key, changes[key])
    service.full_clean()
    service.save()
    if "phone" in changes:
        phone = Phone.objects.filter(service=service).order_by("sort_order").first()
        if changes["phone"]:
            phone = phone or Phone(service=service)
            phone.number = changes["phone"]
            phone.full_clean()
            phone.save()
        elif phone:
            phone.delete()
    if {"address_1", "postal_code", "city", "point"} & changes.keys():
        _apply_address(service, changes)
    if "hours" in changes:
        Schedule.objects.filter(service=service).delete()
        for order, (day, opens, closes, note) in enumerate(changes["hours"]):
            row = Schedule(
                service=service,
                byday=day,
                opens_at=opens or None,
                closes_at=closes or None,
                description=note,
                sort_order=order,
            )
            row.full_clean()
            row.save()
    if "contacts" in changes:
        Contact.objects.filter(service=service).delete()
        for order, (name, title, email, phone) in enumerate(changes["contacts"]):
            row = Contact(service=service, name=name, title=title, email=email, phone=phone, sort_order=order)
            row.full_clean()
            row.save()


def _apply_address(service: Service, changes: dict) -> None:
    from accroche.geo.selectors import place_from_text

    sal = (
        ServiceAtLocation.objects.filter(service=service).select_related("location").order_by("location__name").first()
    )
    if sal is None:
        location = Location(organization=service.organization, name=service.name, location_type=LocationType.PHYSICAL)
        location.full_clean()
        location.save()
        ServiceAtLocation.objects.create(service=service, location=location)
    else:
        location = sal.location
    address = Address.objects.filter(location=location).order_by("sort_order").first() or Address(location=location)
    address_changed = False
    for key in ("address_1", "postal_code", "city"):
        if key in changes:
            setattr(address, key, changes[key])
            address_changed = True
    if address_changed:
        address.full_clean()
        address.save()
    point_removed = "point" in changes and not changes["point"]
    if ("postal_code" in changes or "city" in changes or point_removed) and (address.postal_code or address.city):
        place = place_from_text(text=address.postal_code or address.city)
        if place is not None:
            location.latitude, location.longitude = place.latitude, place.longitude
            location.geo_precision = GeoPrecision.POSTAL_CODE
            if place.commune is not None:
                location.commune = place.commune
            location.full_clean()
            location.save()
    if changes.get("point"):  # a point checked by the coordinator: the marker is exact (decision 0163)
        latitude, longitude = (float(part) for part in changes["point"].split(","))
        location.latitude, location.longitude = latitude, longitude
        location.geo_precision = GeoPrecision.ADDRESS
        location.full_clean()
        location.save()


@transaction.atomic
def change_request_approve(*, change_request: ChangeRequest, reviewer, comment: str = "") -> ChangeRequest:
    """Applies the proposal's changed fields to the published listing, marks it verified today, notifies."""
    change = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
    if change.status != ChangeStatus.PENDING:
        raise ValidationError(_("Cette demande a déjà été traitée."))
    keys = changed_keys(snapshot=change.snapshot, payload=change.payload)
    changes = {k: change.payload[k] for k in keys}
    verifier = change.contact_email or reviewer.email
    if change.kind == ChangeKind.SERVICE:
        service = Service.objects.select_for_update().get(pk=change.service_id)
        _apply_service(service, changes)
        service_mark_verified(service=service, by_email=verifier)
    elif change.kind == ChangeKind.ORGANIZATION:
        organization = Organization.objects.select_for_update().get(pk=change.organization_id)
        for key in ORGANIZATION_FIELDS:
            if key in changes:
                setattr(organization, key, changes[key])
        organization.full_clean()
        organization.save()
    change.status = ChangeStatus.APPROVED
    change.applied_fields = keys if change.kind != ChangeKind.REPORT else []
    _close(change, reviewer, comment)
    return change


@transaction.atomic
def change_request_reject(*, change_request: ChangeRequest, reviewer, comment: str) -> ChangeRequest:
    """Refuses a proposal (a comment is required so the partner knows why)."""
    change = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
    if change.status != ChangeStatus.PENDING:
        raise ValidationError(_("Cette demande a déjà été traitée."))
    if not comment.strip():
        raise ValidationError({"comment": _("Expliquez au partenaire pourquoi la demande est refusée.")})
    change.status = ChangeStatus.REJECTED
    _close(change, reviewer, comment)
    return change


def _close(change: ChangeRequest, reviewer, comment: str) -> None:
    from ..tasks import notify_decision_task

    change.reviewed_by = reviewer
    change.reviewed_at = timezone.now()
    change.review_comment = comment.strip()
    change.full_clean()
    change.save()
    notify_decision_task.enqueue(change.pk)


def notify_coordinators(*, change_request_id: int) -> int:
    change = ChangeRequest.objects.select_related("service", "organization").filter(pk=change_request_id).first()
    if change is None:
        return 0
    plateforme = change.service.plateforme if change.service else ""
    return send_templated(template="new_change", to=coordinator_emails(plateforme), context={"change": change})


def notify_decision(*, change_request_id: int) -> int:
    change = ChangeRequest.objects.select_related("service", "organization").filter(pk=change_request_id).first()
    if change is None or change.status == ChangeStatus.PENDING or not change.contact_email:
        return 0
    return send_templated(template="decision", to=[change.contact_email], context={"change": change})
