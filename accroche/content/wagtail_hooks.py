"""Admin: the library of tools as a snippet, with filters, in the coordinators' menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Resource, ServiceVideo


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full-inverse"
    menu_label = _("Outils (bibliothèque)")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "kind", "language", "published_on", "is_demo", "published"]
    list_filter = ["kind", "format", "language", "audiences", "is_demo", "published"]
    search_fields = ["title", "description"]


register_snippet(ResourceViewSet)


class ServiceVideoViewSet(SnippetViewSet):
    """Presentation videos of services; partners' proposals appear here once filed (public after acceptance)."""

    model = ServiceVideo
    icon = "media"
    menu_label = _("Vidéos des services")
    add_to_admin_menu = True
    menu_order = 232
    list_display = ["title", "service", "published", "change_request", "created_at"]
    list_filter = ["published"]
    search_fields = ["title", "transcript"]


register_snippet(ServiceVideoViewSet)
