"""Models of the partner network: roles, invitations, moderation, freshness, agenda, who's who."""

from .agenda import Event, EventDocument
from .freshness import FreshnessReminder, ScheduledJob
from .moderation import ChangeRequest
from .roles import CoordinatorAssignment, Invitation, PartnerMembership
from .security import BackupCode
from .whoswho import WhosWhoEntry

__all__ = [
    "BackupCode",
    "ChangeRequest",
    "CoordinatorAssignment",
    "Event",
    "EventDocument",
    "FreshnessReminder",
    "Invitation",
    "PartnerMembership",
    "ScheduledJob",
    "WhosWhoEntry",
]
