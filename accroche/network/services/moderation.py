"""Moderation: partners' proposals and public reports, applied atomically when a coordinator approves."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.core.textlimits import MAX_LINE, MAX_TEXT, check_length, field_text_limit
from accroche.directory.choices import GeoPrecision, LocationType, VerificationMethod
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.models.details import Address, Contact, Phone, Schedule
from accroche.directory.services import service_mark_verified

from ..changes import (
    ORGANIZATION_FIELDS,
    SERVICE_SCALARS,
    changed_keys,
    organization_snapshot,
    other_sites,
    service_snapshot,
)
from ..choices import ChangeKind, ChangeStatus, FieldDecision
from ..emails import send_templated
from ..models import ChangeRequest
from ..selectors import coordinator_emails


def _submit_proposal(*, kind: str, organization, service, snapshot: dict, payload: dict, user, message: str):
    if not changed_keys(snapshot=snapshot, payload=payload):
        raise ValidationError(_("Aucune modification : la fiche publiée est identique."))
    return _file(
        ChangeRequest(
            kind=kind,
            organization=organization,
            service=service,
            snapshot=snapshot,
            payload=payload,
            submitted_by=user,
            contact_email=user.email,
            message=message,
        )
    )


def _file(change: ChangeRequest) -> ChangeRequest:
    """Validates and saves a new moderation item and queues the e-mail to the coordinators."""
    from ..tasks import notify_coordinators_task

    change.full_clean()
    change.save()
    notify_coordinators_task.enqueue(change.pk)
    return change


@transaction.atomic
def change_request_submit_service(*, service: Service, payload: dict, user, message: str = "") -> ChangeRequest:
    """Files a partner's proposed version of a service; nothing public changes before approval."""
    return _submit_proposal(
        kind=ChangeKind.SERVICE,
        organization=service.organization,
        service=service,
        snapshot=service_snapshot(service),
        payload=payload,
        user=user,
        message=message,
    )


@transaction.atomic
def change_request_submit_organization(
    *, organization: Organization, payload: dict, user, message: str = ""
) -> ChangeRequest:
    """Files a partner's proposed version of an organization."""
    return _submit_proposal(
        kind=ChangeKind.ORGANIZATION,
        organization=organization,
        service=None,
        snapshot=organization_snapshot(organization),
        payload=payload,
        user=user,
        message=message,
    )


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
    return _file(change)


def _apply_service(service: Service, changes: dict) -> None:
    for key in SERVICE_SCALARS:
        if key in changes:
            setattr(service, key, changes[key])
    service.full_clean()
    service.save()
    if "phone" in changes:
        phone = Phone.objects.filter(service=service, location__isnull=True).order_by("sort_order").first()
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
    if "sites" in changes:
        _apply_sites(service, changes["sites"])
    if "contacts" in changes:
        Contact.objects.filter(service=service).delete()
        for order, (name, title, email, phone) in enumerate(changes["contacts"]):
            row = Contact(service=service, name=name, title=title, email=email, phone=phone, sort_order=order)
            row.full_clean()
            row.save()


def _apply_sites(service: Service, rows: list) -> None:
    """Replaces the service's other places: each with its address, phone and hours (HSDS service_at_location)."""
    from accroche.geo.selectors import place_from_text

    for sal in other_sites(service):
        location = sal.location
        sal.delete()
        Phone.objects.filter(service=service, location=location).delete()
        if not location.service_at_locations.exists():
            location.delete()
    for name, address_1, postal_code, city, phone, hours in rows:
        location = Location(
            organization=service.organization,
            # « Service — site » sorts after the main place (named as the service), which stays the main one.
            name=f"{service.name} — {name or city or postal_code}"[:255],
            location_type=LocationType.PHYSICAL,
        )
        place = place_from_text(text=postal_code or city)
        if place is not None:
            location.latitude, location.longitude = place.latitude, place.longitude
            location.geo_precision = GeoPrecision.POSTAL_CODE
            location.commune = place.commune
        location.full_clean()
        location.save()
        address = Address(location=location, address_1=address_1, postal_code=postal_code, city=city)
        address.full_clean()
        address.save()
        link = ServiceAtLocation(service=service, location=location, description=hours)
        link.full_clean()
        link.save()
        if phone:
            Phone.objects.create(service=service, location=location, number=phone)


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


# Fields a coordinator may correct by typing a new value (hours and contacts: accept or refuse only).
CORRECTABLE = set(SERVICE_SCALARS) | {"phone", "address_1", "postal_code", "city"} | set(ORGANIZATION_FIELDS)
INTEGER_FIELDS = {"minimum_age", "maximum_age"}


def _text_limit(key: str) -> int:
    """The cap the partner's form puts on `key`: a coordinator's correction obeys the same one."""
    from ..forms import OrganizationChangeForm, ServiceChangeForm

    for form_class in (ServiceChangeForm, OrganizationChangeForm):
        field = form_class.base_fields.get(key)
        if field is not None:
            return field.max_length or field_text_limit(field)
    return MAX_LINE


def _corrected(key: str, value):
    value = (value or "").strip() if isinstance(value, str) else value
    if isinstance(value, str) and key not in INTEGER_FIELDS:
        check_length(value, _text_limit(key))
    if key in INTEGER_FIELDS:
        if value in ("", None):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationError(_("« %(value)s » n'est pas un nombre.") % {"value": value}) from None
    return value


def _is_own_service(change: ChangeRequest) -> bool:
    """True when the proposal comes from a partner editor of the service's own organization."""
    from ..models import PartnerMembership

    memberships = PartnerMembership.objects.filter(
        user_id=change.submitted_by_id, organization_id=change.organization_id
    )
    return bool(change.submitted_by_id and memberships.exists())


@transaction.atomic
def change_request_decide(
    *, change_request: ChangeRequest, reviewer, decisions: dict, comment: str = "", checked_with_service: bool = False
) -> ChangeRequest:
    """Decides a proposal field by field: accept, refuse (with a comment) or correct then accept.

    `decisions` maps each changed field to {"decision": accept|refuse|correct, "comment": …, "value": …}; a field
    left out is accepted. Accepted and corrected fields are applied at once; refused ones stay in the request so the
    partner can amend them (the edit form starts from them). The listing becomes « vérifiée » only when the proposal
    comes from the service's own partner editor, or when the coordinator says they checked with the service.
    """
    change = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
    if change.status != ChangeStatus.PENDING:
        raise ValidationError(_("Cette demande a déjà été traitée."))
    keys = changed_keys(snapshot=change.snapshot, payload=change.payload)
    recorded, applied, errors = {}, {}, {}
    for key in keys:
        entry = decisions.get(key) or {}
        decision = entry.get("decision") or FieldDecision.ACCEPT
        note = (entry.get("comment") or "").strip()
        if decision not in FieldDecision.values:
            errors[key] = _("Décision inconnue.")
        elif len(note) > MAX_TEXT:
            errors[key] = _("Commentaire trop long : %(n)s caractères au maximum.") % {"n": MAX_TEXT}
        elif decision == FieldDecision.REFUSE and not note:
            errors[key] = _("Expliquez au partenaire pourquoi ce champ est refusé.")
        elif decision == FieldDecision.CORRECT and key not in CORRECTABLE:
            errors[key] = _("Ce champ ne peut qu'être accepté ou refusé.")
        else:
            try:
                value = _corrected(key, entry.get("value")) if decision == FieldDecision.CORRECT else None
            except ValidationError as exc:
                errors[key] = exc.messages[0]
                continue
            recorded[key] = {"decision": decision, "comment": note}
            if decision == FieldDecision.ACCEPT:
                applied[key] = change.payload[key]
            elif decision == FieldDecision.CORRECT:
                recorded[key]["value"] = value
                applied[key] = value
    if errors:
        raise ValidationError(errors)
    if change.kind == ChangeKind.SERVICE:
        service = Service.objects.select_for_update().get(pk=change.service_id)
        if applied:
            _apply_service(service, applied)
        if checked_with_service:
            service_mark_verified(service=service, by_email=reviewer.email, method=VerificationMethod.COORDINATION)
        elif applied and _is_own_service(change):
            service_mark_verified(service=service, by_email=change.contact_email, method=VerificationMethod.SERVICE)
    elif change.kind == ChangeKind.ORGANIZATION and applied:
        organization = Organization.objects.select_for_update().get(pk=change.organization_id)
        for key in ORGANIZATION_FIELDS:
            if key in applied:
                setattr(organization, key, applied[key])
        organization.full_clean()
        organization.save()
    elif change.kind == ChangeKind.REPORT and checked_with_service and change.service_id:
        # A report handled by a coordinator who called the service: recorded as the coordination's check.
        service = Service.objects.select_for_update().get(pk=change.service_id)
        service_mark_verified(service=service, by_email=reviewer.email, method=VerificationMethod.COORDINATION)
    refused = [k for k, d in recorded.items() if d["decision"] == FieldDecision.REFUSE]
    if change.kind == ChangeKind.REPORT:
        change.status = ChangeStatus.APPROVED
    elif keys and len(refused) == len(keys):
        change.status = ChangeStatus.REJECTED
    else:
        change.status = ChangeStatus.PARTIAL if refused else ChangeStatus.APPROVED
    change.field_decisions = recorded
    change.applied_fields = list(applied) if change.kind != ChangeKind.REPORT else []
    _close(change, reviewer, comment)
    return change


def change_request_approve(
    *, change_request: ChangeRequest, reviewer, comment: str = "", checked_with_service: bool = False
) -> ChangeRequest:
    """Accepts every changed field of a proposal (or marks a report as handled)."""
    return change_request_decide(
        change_request=change_request,
        reviewer=reviewer,
        decisions={},
        comment=comment,
        checked_with_service=checked_with_service,
    )


@transaction.atomic
def change_request_reject(*, change_request: ChangeRequest, reviewer, comment: str) -> ChangeRequest:
    """Refuses a whole proposal (a comment is required so the partner knows why); kept for the partner to amend."""
    change = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
    if change.status != ChangeStatus.PENDING:
        raise ValidationError(_("Cette demande a déjà été traitée."))
    if not comment.strip():
        raise ValidationError({"comment": _("Expliquez au partenaire pourquoi la demande est refusée.")})
    keys = changed_keys(snapshot=change.snapshot, payload=change.payload) if change.kind != ChangeKind.REPORT else []
    change.field_decisions = {k: {"decision": FieldDecision.REFUSE, "comment": comment.strip()} for k in keys}
    change.status = ChangeStatus.REJECTED
    _close(change, reviewer, comment)
    return change


def change_request_to_amend(*, service: Service, user) -> ChangeRequest | None:
    """Returns the user's last decided proposal on this service with refused fields, if nothing newer is pending."""
    last = (
        ChangeRequest.objects.filter(service=service, kind=ChangeKind.SERVICE, submitted_by=user)
        .order_by("-created_at")
        .first()
    )
    if last is None or last.status not in (ChangeStatus.REJECTED, ChangeStatus.PARTIAL) or not last.refused_fields():
        return None
    return last


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
