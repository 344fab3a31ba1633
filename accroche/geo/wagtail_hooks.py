"""Wagtail admin of the territory: « Territoire » menu (plateformes, communes, emergency numbers)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import PlateformeForm
from .models import Commune, EmergencyNumber, Plateforme


class PlateformeViewSet(SnippetViewSet):
    model = Plateforme
    icon = "site"
    menu_label = _("Plateformes")
    url_prefix = "territoire/plateformes"
    list_display = ["name", "slug", "province", "sort_order"]
    search_fields = ["name", "province"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("province"),
            FieldPanel("communes"),
            FieldPanel("whole_province"),
            FieldPanel("aliases"),
            FieldPanel("sort_order"),
            MultiFieldPanel(
                [
                    FieldPanel("contact_name"),
                    FieldPanel("contact_email"),
                    FieldPanel("contact_phone"),
                    FieldPanel("website"),
                ],
                heading=_("Contact public de la coordination (page d’accueil ; vide : non affiché)"),
            ),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("map_latitude"), FieldPanel("map_longitude"), FieldPanel("map_zoom")])],
                heading=_("Vue par défaut de la carte (vide : calculée à partir des communes)"),
            ),
        ],
        base_form_class=PlateformeForm,
    )


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "home"
    menu_label = _("Communes")
    url_prefix = "territoire/communes"
    list_display = ["name", "province", "arrondissement", "plateforme", "german_speaking"]
    list_filter = ["province", "plateforme", "german_speaking"]
    search_fields = ["name", "name_nl"]
    copy_view_enabled = False
    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("province", read_only=True),
        FieldPanel("plateforme"),
        FieldPanel("german_speaking"),
    ]


class EmergencyNumberViewSet(SnippetViewSet):
    model = EmergencyNumber
    icon = "warning"
    menu_label = _("Numéros d’urgence")
    url_prefix = "territoire/urgences"
    list_display = ["number", "label", "in_footer", "plateforme", "sort_order"]
    panels = [
        FieldPanel("number"),
        FieldPanel("label"),
        FieldPanel("short_label"),
        FieldPanel("uri"),
        FieldPanel("in_footer"),
        FieldPanel("plateforme"),
        FieldPanel("source_url"),
        FieldPanel("sort_order"),
    ]


class TerritoryGroup(SnippetViewSetGroup):
    menu_label = _("Territoire")
    menu_icon = "site"
    menu_order = 260
    items = (PlateformeViewSet, CommuneViewSet, EmergencyNumberViewSet)


register_snippet(TerritoryGroup)
