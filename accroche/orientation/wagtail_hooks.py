"""Wagtail admin: pathways as snippets (drafts, revisions, preview) and the anonymous statistics page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .forms import PathwayAdminForm
from .models import Pathway


class PathwayViewSet(SnippetViewSet):
    model = Pathway
    icon = "list-ul"
    menu_label = _("Parcours d'orientation")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "audience", "review_state_label", "live"]
    list_filter = ["audience", "live"]
    search_fields = ["title", "summary"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("title"),
                    FieldRowPanel([FieldPanel("slug"), FieldPanel("audience"), FieldPanel("sort_order")]),
                    FieldPanel("summary"),
                    FieldPanel("intro"),
                ],
                heading=_("Présentation"),
            ),
            MultiFieldPanel(
                [
                    HelpPanel(
                        content=_(
                            "L’état affiché (« pas encore relu », « relu », « validé ») vient uniquement des "
                            "signatures nommées du circuit de relecture : envoyez le parcours en relecture "
                            "(médecins, puis validation par la coordination). Une modification publiée sans "
                            "relecture le ramène à « pas encore relu »."
                        )
                    ),
                ],
                heading=_("Validation du contenu"),
            ),
            HelpPanel(
                content=_(
                    "La première étape est le point de départ. Chaque réponse et chaque étape d'information renvoie à "
                    "l'identifiant d'une autre étape. La publication est refusée s'il reste une impasse, une étape "
                    "inaccessible ou une boucle."
                )
            ),
            FieldPanel("nodes"),
        ],
        base_form_class=PathwayAdminForm,
    )


register_snippet(PathwayViewSet)


@hooks.register("register_admin_urls")
def register_stats_url():
    return [path("orientation/statistiques/", admin_views.stats_view, name="orientation_stats")]


class StatsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("orientation.view_pathwaystat")


@hooks.register("register_admin_menu_item")
def register_stats_menu_item():
    return StatsMenuItem(_("Statistiques des parcours"), reverse("orientation_stats"), icon_name="table", order=211)
