"""Wagtail admin: the « Besoins non trouvés » report (searches that found little or nothing)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_unmet_needs_url():
    return [path("recherche/besoins-non-trouves/", admin_views.unmet_needs_view, name="search_unmet_needs")]


class UnmetNeedsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchlog")


@hooks.register("register_reports_menu_item")
def register_unmet_needs_menu_item():
    return UnmetNeedsMenuItem(_("Besoins non trouvés"), reverse("search_unmet_needs"), icon_name="search", order=700)
