"""Reads and permission rules of the partner network: every queryset is scoped to the user (for_user)."""

from datetime import date

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accroche.directory.models import Organization, Service
from accroche.geo.selectors import plateforme_labels, plateforme_slugs

from . import conf
from .choices import ChangeKind, EventStatus
from .models import ChangeRequest, CoordinatorAssignment, Event, FreshnessReminder, PartnerMembership, WhosWhoEntry


def is_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def coordinated_plateformes(user) -> frozenset[str]:
    """Returns the plateformes the user coordinates (all of them for administrators)."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    if user.is_superuser:
        return frozenset(plateforme_slugs())
    cache = getattr(user, "_network_plateformes", None)
    if cache is None:
        cache = frozenset(CoordinatorAssignment.objects.filter(user=user).values_list("plateforme", flat=True))
        user._network_plateformes = cache
    return cache


def is_coordinator(user) -> bool:
    return bool(coordinated_plateformes(user))


def member_organization_ids(user) -> frozenset:
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    cache = getattr(user, "_network_orgs", None)
    if cache is None:
        cache = frozenset(PartnerMembership.objects.filter(user=user).values_list("organization_id", flat=True))
        user._network_orgs = cache
    return cache


def is_partner(user) -> bool:
    return bool(member_organization_ids(user))


def has_network_access(user) -> bool:
    return is_partner(user) or is_coordinator(user)


def _coordinated_services_q(plateformes) -> Q:
    # Province-wide services (no plateforme) are shared by all coordinators.
    return Q(plateforme__in=plateformes) | Q(plateforme="")


def services_for_user(user) -> QuerySet[Service]:
    """Services the user may propose changes to: own organizations' (partner) or coordinated plateformes'.

    Copies harvested from another instance are never edited here (they are changed at their source).
    """
    return _services_for_user(user).filter(harvest_record__isnull=True)


def _services_for_user(user) -> QuerySet[Service]:
    if is_admin(user):
        return Service.objects.all()
    q = Q(organization_id__in=member_organization_ids(user))
    plateformes = coordinated_plateformes(user)
    if plateformes:
        q |= _coordinated_services_q(plateformes)
    if not (member_organization_ids(user) or plateformes):
        return Service.objects.none()
    return Service.objects.filter(q).distinct()


def organizations_for_user(user) -> QuerySet[Organization]:
    """Organizations the user may propose changes to."""
    if is_admin(user):
        return Organization.objects.all()
    q = Q(id__in=member_organization_ids(user))
    plateformes = coordinated_plateformes(user)
    if plateformes:
        q |= Q(id__in=Service.objects.filter(_coordinated_services_q(plateformes)).values("organization_id"))
    if not (member_organization_ids(user) or plateformes):
        return Organization.objects.none()
    return Organization.objects.filter(q).distinct()


def can_edit_service(user, service: Service) -> bool:
    return services_for_user(user).filter(pk=service.pk).exists()


def can_edit_organization(user, organization: Organization) -> bool:
    return organizations_for_user(user).filter(pk=organization.pk).exists()


def _moderated_q(user) -> Q | None:
    if is_admin(user):
        return Q(pk__isnull=False)  # everything (an empty Q() would vanish when OR-ed)
    plateformes = coordinated_plateformes(user)
    if not plateformes:
        return None
    in_scope = Service.objects.filter(_coordinated_services_q(plateformes), harvest_record__isnull=True)
    return Q(service__in=in_scope.values("pk")) | Q(
        service__isnull=True, organization_id__in=in_scope.values("organization_id")
    )


def moderated_change_requests(user) -> QuerySet[ChangeRequest]:
    """Change requests and reports a coordinator may decide on (their plateformes' listings)."""
    q = _moderated_q(user)
    return ChangeRequest.objects.none() if q is None else ChangeRequest.objects.filter(q)


def change_requests_for_user(user) -> QuerySet[ChangeRequest]:
    """History visible to the user: own organizations' proposals (not public reports) and moderated items."""
    q = Q(organization_id__in=member_organization_ids(user)) & ~Q(kind=ChangeKind.REPORT)
    moderated = _moderated_q(user)
    if moderated is not None:
        q |= moderated
    return ChangeRequest.objects.filter(q).select_related("organization", "service", "submitted_by", "reviewed_by")


def can_moderate(user, change_request: ChangeRequest) -> bool:
    return moderated_change_requests(user).filter(pk=change_request.pk).exists()


def reference_date(service: Service) -> date:
    """The date freshness is counted from: the last verification, or the listing's creation."""
    return service.assured_date or timezone.localdate(service.created_at)


def stale_cutoff(today: date | None = None) -> date:
    return (today or timezone.localdate()) - relativedelta(months=conf.freshness_months())


def stale_services(today: date | None = None) -> QuerySet[Service]:
    """Public services not verified within the freshness period (never verified ones included)."""
    cutoff = stale_cutoff(today)
    return Service.objects.public().filter(
        Q(assured_date__lte=cutoff) | Q(assured_date__isnull=True, created_at__date__lte=cutoff)
    )


def services_to_verify(today: date | None = None) -> QuerySet[Service]:
    """Public services « à vérifier »: never verified (whatever their age) or verified before the freshness period.

    Unlike `stale_services` (which paces the reminders from the creation date), a listing nobody ever verified is
    always to verify: the dashboard and the public badge agree (docs/decisions/0123-never-verified-is-to-verify.md).
    """
    return Service.objects.public().filter(Q(assured_date__isnull=True) | Q(assured_date__lte=stale_cutoff(today)))


def stale_dashboard(user, today: date | None = None) -> list[dict]:
    """Listings to verify (never verified, then verified too long ago) grouped by plateforme, in the user's scope."""
    plateformes = coordinated_plateformes(user)
    services = list(
        services_to_verify(today)
        .filter(_coordinated_services_q(plateformes))
        .select_related("organization")
        .order_by("plateforme", F("assured_date").asc(nulls_first=True), "name")
    )
    reminders = {}
    for r in FreshnessReminder.objects.filter(service__in=[s.pk for s in services]).order_by("created_at"):
        reminders[r.service_id] = r
    partnered = set(PartnerMembership.objects.values_list("organization_id", flat=True))
    labels = plateforme_labels()
    groups: dict[str, dict] = {}
    for service in services:
        key = service.plateforme
        group = groups.setdefault(key, {"plateforme": key, "label": labels.get(key, "Province / FWB"), "rows": []})
        group["rows"].append(
            {
                "service": service,
                "reminder": reminders.get(service.pk),
                "has_partner": service.organization_id in partnered,
                "days": service.days_since_verified(today),
            }
        )
    return [groups[k] for k in sorted(groups, key=lambda k: (k == "", k))]


def partner_emails(organization_id) -> list[str]:
    return sorted(
        set(
            PartnerMembership.objects.filter(organization_id=organization_id, user__is_active=True)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )


def coordinator_emails(plateforme: str) -> list[str]:
    """E-mails of the coordinators of a plateforme (all coordinators for province-wide listings; else admins)."""
    assignments = CoordinatorAssignment.objects.filter(user__is_active=True).exclude(user__email="")
    if plateforme:
        assignments = assignments.filter(plateforme=plateforme)
    emails = set(assignments.values_list("user__email", flat=True))
    if not emails:
        emails = set(
            get_user_model()
            .objects.filter(is_superuser=True, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    return sorted(emails)


def events_to_review(user) -> QuerySet[Event]:
    plateformes = coordinated_plateformes(user)
    if not plateformes:
        return Event.objects.none()
    return Event.objects.filter(status=EventStatus.PROPOSED).filter(Q(plateforme__in=plateformes) | Q(plateforme=""))


def whoswho_for_user(user) -> QuerySet[WhosWhoEntry]:
    if not has_network_access(user):
        return WhosWhoEntry.objects.none()
    return WhosWhoEntry.objects.listed()


def coordinated_organizations(user) -> QuerySet[Organization]:
    """Organizations a coordinator may invite partners to (listings of their plateformes)."""
    plateformes = coordinated_plateformes(user)
    if not plateformes:
        return Organization.objects.none()
    if is_admin(user):
        return Organization.objects.all()
    return Organization.objects.filter(
        id__in=Service.objects.filter(_coordinated_services_q(plateformes)).values("organization_id")
    )


def event_in_scope(user, event: Event) -> bool:
    plateformes = coordinated_plateformes(user)
    return bool(plateformes) and (event.plateforme in plateformes or event.plateforme == "")


def upcoming_events(now=None):
    return Event.objects.upcoming(now).select_related("organization")


def past_events(now=None):
    return (
        Event.objects.past(now)
        .select_related("organization")
        .prefetch_related("documents__document")
        .order_by("-starts_at")
    )


def today() -> date:
    return timezone.localdate()
