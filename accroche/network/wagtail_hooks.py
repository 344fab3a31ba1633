"""Wagtail admin of the network: « Réseau » menu (coordinators, partner editors, events) and a link to the space."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CoordinatorAssignment, Event, PartnerMembership


class CoordinatorViewSet(SnippetViewSet):
    model = CoordinatorAssignment
    icon = "group"
    menu_label = _("Coordinations")
    url_prefix = "reseau/coordinations"
    list_display = ["user", "plateforme", "created_at"]
    list_filter = ["plateforme"]
    panels = [FieldPanel("user"), FieldPanel("plateforme")]


class PartnerViewSet(SnippetViewSet):
    model = PartnerMembership
    icon = "user"
    menu_label = _("Partenaires éditeurs")
    url_prefix = "reseau/partenaires"
    list_display = ["user", "organization", "created_at"]
    search_fields = ["organization__name"]
    panels = [FieldPanel("user"), FieldPanel("organization")]


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Agenda")
    url_prefix = "reseau/agenda"
    list_display = ["title", "kind", "starts_at", "plateforme", "status"]
    list_filter = ["kind", "status", "plateforme"]
    search_fields = ["title", "description"]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("status"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
        FieldPanel("venue"),
        FieldPanel("online_url"),
        FieldPanel("plateforme"),
        FieldPanel("organization"),
        FieldPanel("organizer_name"),
        FieldPanel("description"),
    ]


class NetworkGroup(SnippetViewSetGroup):
    menu_label = _("Réseau")
    menu_icon = "group"
    menu_order = 250
    items = (CoordinatorViewSet, PartnerViewSet, EventViewSet)


register_snippet(NetworkGroup)


@hooks.register("register_admin_menu_item")
def partner_space_menu_item():
    return MenuItem(_("Espace partenaires (modération)"), reverse("network:dashboard"), icon_name="tasks", order=260)


def _refuse_out_of_scope(request, instance):
    from django.core.exceptions import PermissionDenied

    from accroche.directory.models import Organization, Service

    from .permissions import organization_in_scope, service_in_scope

    if isinstance(instance, Service) and not service_in_scope(request.user, instance):
        raise PermissionDenied
    if isinstance(instance, Organization) and not organization_in_scope(request.user, instance):
        raise PermissionDenied


@hooks.register("before_edit_snippet")
def coordinators_edit_only_their_plateformes(request, instance):
    """A coordinator cannot open another plateforme's listing in the admin (docs/decisions/0127)."""
    _refuse_out_of_scope(request, instance)


@hooks.register("before_delete_snippet")
def coordinators_delete_only_their_plateformes(request, instances):
    for instance in instances:
        _refuse_out_of_scope(request, instance)
