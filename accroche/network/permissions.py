"""Coordinators' rights in the Wagtail admin, derived from their CoordinatorAssignment (no group to keep in sync).

A coordinator may enter /admin/, create and edit the listings (services, organizations, places) of the plateformes
they coordinate, and run the spreadsheet import for them. Every object and import row is checked against their
plateformes (docs/decisions/0127-coordinators-in-the-wagtail-admin.md); administrators (superusers) keep all rights.
"""

from django.contrib.auth.backends import BaseBackend

# The Django permissions a coordinator holds; the scope (their plateformes) is enforced on each object.
COORDINATOR_PERMISSIONS = frozenset(
    {
        "wagtailadmin.access_admin",
        "directory.add_service",
        "directory.change_service",
        "directory.view_service",
        "directory.add_organization",
        "directory.change_organization",
        "directory.view_organization",
        "directory.add_location",
        "directory.change_location",
        "directory.view_location",
        "orientation.view_pathwaystat",  # the anonymous pathway statistics of the admin
    }
)


class CoordinatorBackend(BaseBackend):
    """Grants COORDINATOR_PERMISSIONS to active users who coordinate at least one plateforme; authenticates nobody."""

    def get_all_permissions(self, user_obj, obj=None):
        from .selectors import is_coordinator

        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        return set(COORDINATOR_PERMISSIONS) if is_coordinator(user_obj) else set()

    def has_perm(self, user_obj, perm, obj=None):
        return perm in self.get_all_permissions(user_obj, obj)


def service_in_scope(user, service) -> bool:
    """True when the user may edit this service in the admin (superuser, or coordinator of its plateforme)."""
    from .selectors import coordinated_plateformes

    if user.is_superuser:
        return True
    return not service.plateforme or service.plateforme in coordinated_plateformes(user)


def organization_in_scope(user, organization) -> bool:
    """True for organizations without services yet, or with a service in the coordinator's plateformes."""
    from .selectors import coordinated_organizations

    if user.is_superuser:
        return True
    return not organization.services.exists() or coordinated_organizations(user).filter(pk=organization.pk).exists()
