"""Wagtail admin: the instances harvested (Territoire → Instances moissonnées)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import HarvestSource


class HarvestSourceViewSet(SnippetViewSet):
    model = HarvestSource
    icon = "download"
    menu_label = _("Instances moissonnées")
    url_prefix = "territoire/instances"
    add_to_admin_menu = True
    menu_order = 261
    list_display = ["name", "base_url", "active", "last_run_at", "last_report"]
    panels = [
        FieldPanel("name"),
        FieldPanel("base_url"),
        FieldPanel("site_url"),
        FieldPanel("active"),
        FieldPanel("cursor_modified_after", read_only=True),
        FieldPanel("last_report", read_only=True),
    ]


register_snippet(HarvestSourceViewSet)
