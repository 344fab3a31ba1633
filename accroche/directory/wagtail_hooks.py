"""Wagtail admin of the directory: one « Annuaire » menu grouping services, organisations, places and vocabularies."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choices import Vocabulary
from .models import Location, Organization, Service, Taxonomy, TaxonomyTerm


class ServiceAdminForm(WagtailAdminModelForm):
    """Service form: themes grouped by vocabulary (types, needs, audiences); the internal facets vocabulary (HSDS
    attributes computed from the facts fields) is hidden. A coordinator may only use their own plateformes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "terms" in self.fields:
            field = self.fields["terms"]
            field.queryset = (
                TaxonomyTerm.objects.select_related("taxonomy")
                .exclude(taxonomy__vocabulary=Vocabulary.FACT)
                .order_by("taxonomy__name", "sort_order", "name")
            )
            groups: dict[str, list] = {}
            for term in field.queryset:
                groups.setdefault(term.taxonomy.name, []).append((term.pk, term.name))
            field.widget.choices = list(groups.items())
        user = getattr(self, "for_user", None)
        if user is not None and not user.is_superuser and "plateforme" in self.fields:
            from accroche.network.selectors import coordinated_plateformes

            mine = coordinated_plateformes(user)
            self.fields["plateforme"].choices = [c for c in self.fields["plateforme"].choices if c[0] in mine]
            self.fields["plateforme"].required = True

    def clean(self):
        data = super().clean()
        # « Vérifié » needs to say who confirmed (docs/decisions/0125-verified-means-the-service-confirmed.md).
        if data.get("assured_date") and not data.get("verification_method") and "assured_date" in self.changed_data:
            message = _("Indiquez qui a confirmé la fiche (le service, ou vous auprès de lui).")
            self.add_error("verification_method", message)
        return data

    def clean_terms(self):
        # Facets (HSDS attributes) are not offered in the form: keep the ones the service already has.
        terms = list(self.cleaned_data.get("terms") or [])
        if self.instance.pk:
            terms += [t for t in self.instance.terms.all() if t.taxonomy.vocabulary == Vocabulary.FACT]
        return terms


class ServiceViewSet(SnippetViewSet):
    model = Service

    def get_queryset(self, request):
        """Coordinators list the services of their plateformes (and the province-wide ones); admins list all."""
        queryset = Service.objects.all()
        if request.user.is_superuser:
            return queryset
        from accroche.network.selectors import _coordinated_services_q, coordinated_plateformes

        plateformes = coordinated_plateformes(request.user)
        return queryset.filter(_coordinated_services_q(plateformes)) if plateformes else queryset.none()

    icon = "list-ul"
    menu_label = _("Services")
    url_prefix = "annuaire/services"
    list_display = [
        "name",
        "plateforme",
        "line",
        BooleanColumn("is_demo", label=_("Démo")),
        Column("assured_date", label=_("Vérifié le"), sort_key="assured_date"),
        Column("modified_at", label=_("Modifié le"), sort_key="modified_at"),
    ]
    list_filter = ["status", "plateforme", "line", "mandate", "free", "is_demo", "confidence", "terms"]
    search_fields = ["name", "alternate_name", "description"]
    list_export = [
        "id",
        "external_id",
        "name",
        "slug",
        "organization",
        "status",
        "line",
        "free",
        "anonymous",
        "mandate",
        "plateforme",
        "scope",
        "minimum_age",
        "maximum_age",
        "url",
        "email",
        "source_url",
        "confidence",
        "is_demo",
        "assured_date",
        "modified_at",
    ]
    export_filename = "services"
    ordering = ["name"]
    copy_view_enabled = False
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    FieldPanel("alternate_name"),
                    FieldPanel("organization"),
                    FieldPanel("status"),
                    FieldPanel("alert"),
                    FieldPanel("description"),
                    FieldPanel("eligibility_description"),
                    FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")], heading=_("Âges")),
                    FieldPanel("age_description"),
                    FieldPanel("application_process"),
                    FieldPanel("terms", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("Le service"),
            ),
            ObjectList(
                [
                    FieldPanel("url"),
                    FieldPanel("email"),
                    InlinePanel("phones", heading=_("Téléphones"), label=_("Téléphone")),
                    InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
                    InlinePanel("schedules", heading=_("Horaires d'ouverture"), label=_("Plage horaire")),
                    InlinePanel("languages", heading=_("Langues"), label=_("Langue")),
                    FieldPanel("interpretation_services"),
                ],
                heading=_("Contact et horaires"),
            ),
            ObjectList(
                [
                    InlinePanel("service_at_locations", heading=_("Lieux où le service est rendu"), label=_("Lieu")),
                    InlinePanel("service_areas", heading=_("Communes desservies"), label=_("Zone")),
                ],
                heading=_("Lieux et communes"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("line"),
                            FieldPanel("mandate"),
                            FieldPanel("free"),
                            FieldPanel("anonymous"),
                            FieldPanel("plateforme"),
                            FieldPanel("scope"),
                            FieldPanel("is_helpline"),
                        ],
                        heading=_("Faits du secteur"),
                    ),
                    FieldPanel("fees_description"),
                    InlinePanel("cost_options", heading=_("Tarifs"), label=_("Tarif")),
                    FieldPanel("accreditations"),
                ],
                heading=_("Conditions"),
            ),
            ObjectList(
                [
                    FieldPanel("source_url"),
                    FieldPanel("extra_sources"),
                    FieldPanel("source_year"),
                    FieldPanel("confidence"),
                    FieldPanel("is_demo"),
                    FieldRowPanel(
                        [FieldPanel("assured_date"), FieldPanel("assurer_email"), FieldPanel("verification_method")],
                        heading=_("Vérification"),
                    ),
                    FieldPanel("public_note"),
                    FieldPanel("external_id"),
                    FieldPanel("internal_notes"),
                ],
                heading=_("Source et vérification"),
            ),
        ],
        base_form_class=ServiceAdminForm,
    )


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    url_prefix = "annuaire/organisations"
    list_display = ["name", "alternate_name", "website", Column("modified_at", label=_("Modifié le"))]
    list_filter = ["legal_status"]
    search_fields = ["name", "alternate_name", "description"]
    list_export = ["id", "name", "slug", "alternate_name", "email", "website", "legal_status", "modified_at"]
    export_filename = "organisations"
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        FieldPanel("email"),
        FieldPanel("website"),
        FieldPanel("legal_status"),
        FieldPanel("uri"),
        FieldPanel("parent_organization"),
    ]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Lieux")
    url_prefix = "annuaire/lieux"
    list_display = ["__str__", "commune", "location_type", "geo_precision"]
    list_filter = ["location_type", "geo_precision", "commune__plateforme"]
    search_fields = ["name", "description"]
    list_export = [
        "id",
        "name",
        "organization",
        "location_type",
        "commune",
        "latitude",
        "longitude",
        "geo_precision",
        "url",
    ]
    export_filename = "lieux"
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldPanel("organization"),
        FieldPanel("location_type"),
        FieldPanel("description"),
        FieldPanel("transportation"),
        FieldPanel("url"),
        FieldPanel("commune"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Position")),
        FieldPanel("geo_precision"),
        InlinePanel("addresses", heading=_("Adresses"), label=_("Adresse")),
        InlinePanel("accessibilities", heading=_("Accessibilité"), label=_("Aménagement")),
    ]


class TaxonomyViewSet(SnippetViewSet):
    model = Taxonomy
    icon = "tag"
    menu_label = _("Taxonomies")
    url_prefix = "annuaire/taxonomies"
    list_display = ["name", "vocabulary", "version"]
    list_export = ["id", "vocabulary", "name", "description", "version"]
    export_filename = "taxonomies"
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldPanel("vocabulary"),
        FieldPanel("description"),
        FieldPanel("uri"),
        FieldPanel("version"),
    ]


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = _("Termes")
    url_prefix = "annuaire/termes"
    list_display = ["name", "code", "taxonomy", "sort_order"]
    list_filter = ["taxonomy"]
    search_fields = ["name", "code", "synonyms"]
    list_export = ["id", "taxonomy", "code", "name", "description", "synonyms", "parent", "sort_order"]
    export_filename = "termes"
    ordering = ["taxonomy", "sort_order", "name"]
    panels = [
        FieldPanel("taxonomy"),
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("synonyms"),
        FieldPanel("parent"),
        FieldPanel("sort_order"),
        FieldPanel("term_uri"),
    ]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Annuaire")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ServiceViewSet, OrganizationViewSet, LocationViewSet, TaxonomyViewSet, TaxonomyTermViewSet)


register_snippet(DirectoryGroup)
