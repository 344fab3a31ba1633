"""Accounts: invitations (single use, expiring) and roles."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.directory.models import Organization

from .. import conf
from ..emails import send_templated
from ..models import CoordinatorAssignment, Invitation, PartnerMembership
from ..tokens import INVITATION_SALT, BadToken, make_token, read_token

CLAIM_TIMEOUT = timedelta(minutes=15)  # a send takes seconds; a claim older than this belongs to a dead worker


def claim_timeout() -> timedelta:
    """CLAIM_TIMEOUT, or TASK_CLAIM_SECONDS when set (the kill-the-worker test shortens it to seconds)."""
    seconds = getattr(settings, "TASK_CLAIM_SECONDS", None)
    return CLAIM_TIMEOUT if seconds is None else timedelta(seconds=seconds)


def invitation_token(invitation: Invitation) -> str:
    return make_token(salt=INVITATION_SALT, pk=invitation.pk, nonce=invitation.nonce)


@transaction.atomic
def invitation_create(*, email: str, organization: Organization, invited_by) -> Invitation:
    """Creates an invitation and queues its e-mail."""
    from ..tasks import send_invitation_task

    invitation = Invitation(
        email=email.strip().lower(),
        organization=organization,
        invited_by=invited_by,
        expires_at=timezone.now() + timedelta(days=conf.invitation_days()),
    )
    invitation.full_clean()
    invitation.save()
    send_invitation_task.enqueue(invitation.pk)
    return invitation


def invitation_send(*, invitation_id: int) -> bool:
    """Sends the invitation e-mail unless already sent, being sent, or no longer usable.

    The worker claims the row (claimed_at) with an expiry, sends, then records sent_at: a worker killed in between
    leaves a stale claim, and the recovery run (recover_invitations) queues it again — the e-mail is never lost.
    """
    now = timezone.now()
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("organization", "invited_by")
            .filter(pk=invitation_id)
            .first()
        )
        if invitation is None or invitation.sent_at or not invitation.is_usable:
            return False
        if invitation.claimed_at and invitation.claimed_at > now - claim_timeout():
            return False  # another worker is sending it right now
        invitation.claimed_at = now
        invitation.save(update_fields=["claimed_at"])
    send_templated(
        template="invitation",
        to=[invitation.email],
        context={
            "invitation": invitation,
            "path": reverse("network:invitation_accept", args=[invitation_token(invitation)]),
            "days": conf.invitation_days(),
            "existing": invitation_existing_account(invitation=invitation) is not None,
        },
    )
    Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now())
    return True


def recover_invitations(*, now=None) -> int:
    """Queues again every usable invitation whose e-mail was never sent and is not being sent (lost claim)."""
    from ..tasks import send_invitation_task

    now = now or timezone.now()
    timeout = claim_timeout()
    stale = (
        Invitation.objects.filter(sent_at__isnull=True, accepted_at__isnull=True, expires_at__gt=now)
        .filter(Q(claimed_at__lt=now - timeout) | Q(claimed_at__isnull=True, created_at__lt=now - timeout))
        .values_list("pk", flat=True)
    )
    count = 0
    for invitation_id in stale:
        send_invitation_task.enqueue(invitation_id)
        count += 1
    return count


def invitation_existing_account(*, invitation: Invitation):
    """Returns the active account that already uses the invitation's address, or None."""
    return get_user_model().objects.filter(email__iexact=invitation.email, is_active=True).first()


def invitation_from_token(token: str) -> Invitation:
    """Returns the usable invitation of a link; raises BadToken otherwise (expired, used, unknown)."""
    pk, nonce = read_token(salt=INVITATION_SALT, token=token, max_age_days=conf.invitation_days())
    invitation = Invitation.objects.select_related("organization").filter(pk=pk, nonce=nonce).first()
    if invitation is None:
        raise BadToken()
    if invitation.accepted_at is not None:
        raise BadToken()
    if invitation.expires_at <= timezone.now():
        raise BadToken(expired=True)
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, first_name: str, last_name: str, password: str, user=None):
    """Uses the invitation once: creates or reuses the account, grants the organization; returns (user, created)."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise ValidationError(_("Cette invitation a déjà été utilisée ou a expiré."))
    User = get_user_model()
    created = False
    if user is None or not user.is_authenticated:
        user = User.objects.filter(email__iexact=invitation.email).first()
        if user is None:
            user = User(username=invitation.email, email=invitation.email, first_name=first_name, last_name=last_name)
            user.set_password(password)
            user.full_clean()
            user.save()
            created = True
    PartnerMembership.objects.get_or_create(user=user, organization=invitation.organization)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return user, created


@transaction.atomic
def coordinator_assign(*, user, plateformes: list[str]) -> list[CoordinatorAssignment]:
    """Makes the user coordinator of these plateformes (idempotent)."""
    result = []
    for plateforme in plateformes:
        assignment, _created = CoordinatorAssignment.objects.get_or_create(user=user, plateforme=plateforme)
        result.append(assignment)
    return result
