"""The « registre des traitements » in code: what is stored, why, for how long — and the purges that enforce it.

`REGISTER` lists every model of the project that stores text (CharField, TextField, EmailField and their kinds) with
the fields concerned, the purpose and the retention. A test walks apps.get_models() and fails when a model stores
text that this register does not cover, so a new field cannot store free text without a retention rule. The public
page /registre-des-traitements/ is rendered from this register (it cannot drift from the code), and
docs/privacy.md explains it.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Min, Sum
from django.utils import timezone

SEARCH_TEXT_DAYS = 30
ERROR_REPORT_MONTHS = 12


@dataclass(frozen=True)
class Rule:
    what: str  # what is stored, in plain French
    why: str  # the purpose
    how_long: str  # the retention, as enforced by the code
    fields: tuple[str, ...]
    personal: bool = False  # may hold personal data (a person's name, e-mail, free text)


def names(text: str) -> tuple[str, ...]:
    """The fields of a rule, written as one space-separated string (long lists stay short to read)."""
    return tuple(text.split())


PUBLISHED = "tant que la fiche ou la page est publiée ; supprimé avec elle"
REFERENCE = "données de référence publiques, remplacées à chaque mise à jour"
INTERNAL = "données techniques recalculées, sans donnée personnelle"

REGISTER: dict[str, Rule] = {
    "geo.Plateforme": Rule(
        "Plateformes et leurs territoires", "Organiser le réseau", REFERENCE, ("slug", "name", "province", "aliases")
    ),
    "geo.EmergencyNumber": Rule(
        "Numéros d’urgence et d’écoute",
        "Informer",
        PUBLISHED,
        ("number", "label", "uri", "short_label", "plateforme", "source_url"),
    ),
    "directory.DirectoryVersion": Rule("Version des données de l’annuaire", "Caches", INTERNAL, ("key", "stamp")),
    "content.ServiceVideo": Rule("Vidéos des services", "Informer", PUBLISHED, ("title", "video_url", "transcript")),
    "review.ReviewerProfile": Rule(
        "Rôle et organisation des relecteurs (signature des relectures)",
        "Dire qui a relu ou validé",
        "tant que le compte existe",
        ("role", "organisation"),
        personal=True,
    ),
    "review.SignOffTask": Rule("Étapes de relecture", "Relecture", INTERNAL, ("step",)),
    "review.SignOff": Rule(
        "Relectures signées (nom, rôle, organisation, commentaire)",
        "Dire qui a relu ou validé",
        "tant que la page relue est publiée (historique)",
        ("object_id", "step", "group_name", "reviewer_name", "role", "organisation", "comment"),
        personal=True,
    ),
    "review.ChangeLogEntry": Rule(
        "Historique public des modifications", "Transparence", PUBLISHED, ("object_id", "what", "roles", "why")
    ),
    "schools.SchoolImport": Rule(
        "Imports de la liste des écoles",
        "Provenance",
        "historique des imports",
        ("file_name", "sha256", "source", "export_date"),
    ),
    "schools.Establishment": Rule(
        "Établissements scolaires (FASE)",
        "Annuaire des écoles",
        REFERENCE,
        ("name", "bce", "reseau", "organising_body"),
    ),
    "schools.SchoolSite": Rule(
        "Implantations scolaires (FASE)",
        "Annuaire des écoles",
        REFERENCE,
        names("name reseau reseau_family address postal_code locality commune_name bassin search_words"),
    ),
    "schools.SiteTeaching": Rule(
        "Enseignements par implantation", "Annuaire des écoles", REFERENCE, ("teaching", "level", "genre")
    ),
    "schools.SchoolServiceLink": Rule(
        "Liens école–service (nom de la personne qui a confirmé)",
        "Dire quel service travaille avec quelle école",
        PUBLISHED,
        ("role", "source", "source_detail", "confirmed_by_name"),
        personal=True,
    ),
    "schools.LinkProposal": Rule(
        "Propositions de liens école–service (message, nom de la personne)",
        "Corriger l’annuaire des écoles",
        "jusqu’à la décision de la coordination, puis historique",
        ("role", "message", "status", "submitted_by_name", "review_comment"),
        personal=True,
    ),
    "federation.HarvestSource": Rule(
        "Autres instances moissonnées",
        "Copier l’annuaire d’une autre instance",
        "tant que la source est enregistrée",
        ("name", "base_url", "site_url", "cursor_modified_after", "last_report"),
    ),
    "federation.HarvestedService": Rule(
        "Fiches copiées d’une autre instance", "Annuaire public", PUBLISHED, ("remote_modified",)
    ),
    "geo.Commune": Rule(
        "Communes",
        "Situer les services",
        REFERENCE,
        ("nis_code", "name", "name_nl", "slug", "arrondissement", "plateforme", "province"),
    ),
    "geo.PostalCode": Rule(
        "Codes postaux", "Situer les services", REFERENCE, ("code", "locality", "commune_name", "nis_code", "province")
    ),
    "directory.Organization": Rule(
        "Organisations de l’annuaire (adresse e-mail générique de l’organisation)",
        "Annuaire public",
        PUBLISHED,
        ("name", "slug", "alternate_name", "description", "email", "website", "legal_status", "uri"),
    ),
    "directory.Service": Rule(
        "Services de l’annuaire ; notes internes et e-mail de la personne qui garantit la fiche (jamais publiés)",
        "Annuaire public ; suivi de la fiche par la coordination",
        PUBLISHED,
        names(
            "external_id name slug alternate_name description url email status application_process "
            "fees_description eligibility_description interpretation_services accreditations age_description "
            "alert line free anonymous mandate plateforme scope source_url extra_sources confidence "
            "internal_notes assurer_email public_note verification_method"
        ),
        personal=True,
    ),
    "directory.Location": Rule(
        "Lieux des services",
        "Annuaire public",
        PUBLISHED,
        names(
            "location_type name alternate_name description transportation url geo_precision external_identifier "
            "external_identifier_type"
        ),
    ),
    "directory.ServiceAtLocation": Rule("Service en un lieu", "Annuaire public", PUBLISHED, ("description",)),
    "directory.Address": Rule(
        "Adresses des lieux",
        "Annuaire public",
        PUBLISHED,
        names("attention address_1 address_2 postal_code city region state_province country address_type"),
    ),
    "directory.Phone": Rule("Téléphones des services", "Annuaire public", PUBLISHED, ("number", "type", "description")),
    "directory.Contact": Rule(
        "Personnes de contact d’un service (nom, fonction, e-mail et téléphone professionnels)",
        "Annuaire public",
        PUBLISHED,
        ("name", "title", "department", "email", "phone"),
        personal=True,
    ),
    "directory.Schedule": Rule("Horaires", "Annuaire public", PUBLISHED, ("byday", "description")),
    "directory.Language": Rule("Langues parlées", "Annuaire public", PUBLISHED, ("name", "code", "note")),
    "directory.Accessibility": Rule("Accessibilité", "Annuaire public", PUBLISHED, ("description", "details", "url")),
    "directory.CostOption": Rule("Coûts", "Annuaire public", PUBLISHED, ("option", "currency", "amount_description")),
    "directory.ServiceArea": Rule(
        "Zones desservies", "Annuaire public", PUBLISHED, ("name", "description", "extent", "extent_type", "uri")
    ),
    "directory.Taxonomy": Rule(
        "Vocabulaires", "Classer les services", REFERENCE, ("vocabulary", "name", "description", "uri", "version")
    ),
    "directory.TaxonomyTerm": Rule(
        "Termes des vocabulaires",
        "Classer les services",
        REFERENCE,
        ("code", "name", "description", "synonyms", "language", "term_uri"),
    ),
    "directory.Attribute": Rule(
        "Attributs des fiches", "Annuaire public", PUBLISHED, ("link_entity", "link_type", "value")
    ),
    "search.SearchDocument": Rule(
        "Index de recherche (mots des fiches publiées)",
        "Recherche",
        INTERNAL,
        names(
            "name_tokens type_tokens need_tokens audience_tokens place_tokens body_tokens words sort_name "
            "plateforme scope type_codes need_codes audience_codes free anonymous mandate line area_communes"
        ),
    ),
    "search.SearchIndexState": Rule("Version de l’index", "Recherche", INTERNAL, ("key", "token")),
    "search.SearchLog": Rule(
        "Recherches sans réponse : texte tapé (normalisé), filtres, plateforme, nombre — ni adresse IP, ni compte",
        "Voir ce que l’annuaire ne couvre pas",
        f"texte tapé effacé après {SEARCH_TEXT_DAYS} jours ; ensuite des comptes par jour, filtres et plateforme",
        ("query", "filters", "plateforme"),
        personal=True,
    ),
    "orientation.Pathway": Rule(
        "Parcours d’orientation",
        "Orienter les familles",
        PUBLISHED,
        ("slug", "title", "audience", "summary", "intro", "validation_status"),
    ),
    "orientation.PathwayStat": Rule(
        "Comptes anonymes de passage par étape (plateforme, jamais le code postal ni la suite de réponses)",
        "Améliorer les parcours",
        "comptes par mois, sans limite (aucune donnée personnelle)",
        ("pathway_slug", "node_key", "plateforme"),
    ),
    "content.Audience": Rule("Publics de la bibliothèque", "Bibliothèque d’outils", REFERENCE, ("code", "name")),
    "content.Resource": Rule(
        "Outils de la bibliothèque (auteur d’un outil publié)",
        "Bibliothèque d’outils",
        PUBLISHED,
        names("title slug description kind format language licence author url video_url source_url period"),
    ),
    "content.NewsIndexPage": Rule("Pages du site", "Informer", PUBLISHED, ("intro",)),
    "content.NewsPage": Rule("Actualités", "Informer", PUBLISHED, ("intro",)),
    "content.HomePage": Rule("Page d’accueil", "Informer", PUBLISHED, ("intro",)),
    "content.AudiencePage": Rule(
        "Pages par public",
        "Informer",
        PUBLISHED,
        ("door", "door_hint", "intro", "pathway_url", "pathway_label", "directory_query"),
    ),
    "content.ProjectPage": Rule("Pages de projet", "Informer", PUBLISHED, ("intro",)),
    "content.StandardPage": Rule("Pages du site", "Informer", PUBLISHED, ("intro",)),
    "content.RulePage": Rule(
        "Pages de règles (nom de la personne qui a relu)", "Informer avec sources", PUBLISHED, ("intro",)
    ),
    "content.TimelinePage": Rule("Frises chronologiques", "Informer", PUBLISHED, ("intro",)),
    "content.TimelineEvent": Rule(
        "Étapes des frises", "Informer", PUBLISHED, ("precision", "title", "description", "link_url")
    ),
    "network.Event": Rule(
        "Événements de l’agenda (nom de l’organisateur)",
        "Agenda du réseau",
        "publiés tant qu’ils sont à l’agenda ou dans ses archives",
        names("title slug kind description venue online_url plateforme organizer_name status review_comment"),
        personal=True,
    ),
    "network.EventDocument": Rule("Documents des événements", "Agenda du réseau", PUBLISHED, ("title",)),
    "network.FreshnessReminder": Rule(
        "Rappels de fraîcheur : destinataires et e-mail de la personne qui a confirmé",
        "Garder l’annuaire à jour",
        "tant que le service existe (historique de vérification)",
        ("recipients", "confirmed_by_email"),
        personal=True,
    ),
    "network.ScheduledJob": Rule("Tâches planifiées", "Fonctionnement", INTERNAL, ("name",)),
    "network.ChangeRequest": Rule(
        "Demandes de modification et signalements d’erreur (message libre, e-mail facultatif)",
        "Corriger l’annuaire",
        f"signalements supprimés {ERROR_REPORT_MONTHS} mois après leur clôture ; "
        "demandes des partenaires gardées comme historique de la fiche",
        ("kind", "status", "message", "contact_email", "review_comment"),
        personal=True,
    ),
    "network.CoordinatorAssignment": Rule(
        "Rôles de coordination", "Droits d’accès", "tant que le rôle existe", ("plateforme",)
    ),
    "network.Invitation": Rule(
        "Invitations (e-mail de la personne invitée)",
        "Ouvrir un compte partenaire",
        "supprimées 12 mois après leur expiration",
        ("email", "nonce"),
        personal=True,
    ),
    "network.BackupCode": Rule(
        "Codes de secours de la double authentification (empreintes seulement)",
        "Sécurité des comptes",
        "jusqu’à leur remplacement ou la désactivation",
        ("code_hash",),
    ),
    "network.WhosWhoEntry": Rule(
        "Annuaire des partenaires (nom, fonction, ligne directe, e-mail, avec consentement)",
        "Se connaître entre partenaires",
        "jusqu’au retrait par la personne ou la fin de son compte",
        ("full_name", "role", "direct_line", "email"),
        personal=True,
    ),
    "opendata.PosterTemplate": Rule(
        "Modèles d’affiches", "Diffuser l’annuaire", PUBLISHED, ("title", "text", "audience", "plateforme", "page_path")
    ),
    "opendata.SpreadsheetUpload": Rule(
        "Imports de tableur (nom du fichier)", "Importer l’annuaire", "historique des imports", ("file_name", "status")
    ),
}


def text_fields(model) -> list[str]:
    """The concrete text fields (Char, Text, Email, Slug, URL…) a model defines itself."""
    from django.db import models

    return [
        f.name
        for f in model._meta.get_fields()
        if isinstance(f, (models.CharField, models.TextField)) and f.concrete and getattr(f, "model", None) is model
    ]


def purge_search_text(*, now) -> int:
    """Search log rows older than 30 days lose their typed text: merged into counts per day, filters and plateforme."""
    from accroche.search.models import SearchLog

    cutoff = timezone.localdate(now) - timedelta(days=SEARCH_TEXT_DAYS)
    old = SearchLog.objects.filter(day__lt=cutoff).exclude(query="")
    groups = list(old.values("day", "filters", "plateforme").annotate(total=Sum("count"), fewest=Min("result_count")))
    if not groups:
        return 0
    with transaction.atomic():
        purged = old.delete()[0]
        for group in groups:
            row, created = SearchLog.objects.select_for_update().get_or_create(
                day=group["day"],
                query="",
                filters=group["filters"],
                plateforme=group["plateforme"],
                defaults={"count": group["total"], "result_count": group["fewest"]},
            )
            if not created:
                row.count += group["total"]
                row.result_count = min(row.result_count, group["fewest"])
                row.save(update_fields=["count", "result_count"])
    return purged


def purge_error_reports(*, now) -> int:
    """Error reports (free text, optional e-mail) are deleted 12 months after a coordinator closed them."""
    from dateutil.relativedelta import relativedelta

    from accroche.network.choices import ChangeKind, ChangeStatus
    from accroche.network.models import ChangeRequest

    cutoff = now - relativedelta(months=ERROR_REPORT_MONTHS)
    closed = ChangeRequest.objects.filter(kind=ChangeKind.REPORT, reviewed_at__lt=cutoff).exclude(
        status=ChangeStatus.PENDING
    )
    return closed.delete()[0]


def purge_invitations(*, now) -> int:
    """Invitations (a person's e-mail) are deleted 12 months after they expired or were used."""
    from dateutil.relativedelta import relativedelta
    from django.db.models import Q

    from accroche.network.models import Invitation

    cutoff = now - relativedelta(months=12)
    return Invitation.objects.filter(Q(expires_at__lt=cutoff) | Q(accepted_at__lt=cutoff)).delete()[0]


def apply_retention(*, now=None) -> dict:
    """Runs every purge of the register (daily, by the worker); returns what each one removed."""
    now = now or timezone.now()
    return {
        "search_text": purge_search_text(now=now),
        "error_reports": purge_error_reports(now=now),
        "invitations": purge_invitations(now=now),
    }
