"""Wagtail admin of the open data: poster templates (snippet) and the spreadsheet import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import PosterTemplate


class PosterTemplateViewSet(SnippetViewSet):
    model = PosterTemplate
    icon = "doc-full"
    menu_label = _("Affiches et flyers")
    url_prefix = "donnees/affiches"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "audience", "plateforme", "pdf_links", "modified_at"]
    search_fields = ["title", "text"]


register_snippet(PosterTemplateViewSet)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("donnees/import/", admin_views.import_start, name="opendata_import_start"),
        path("donnees/import/<int:pk>/", admin_views.import_check, name="opendata_import_check"),
        path("donnees/modele.<str:fmt>", admin_views.template_download, name="opendata_template"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("directory.add_service") and request.user.has_perm("directory.change_service")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Importer un tableur"), reverse("opendata_import_start"), icon_name="upload", order=250)
