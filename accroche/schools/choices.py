"""Constants of the schools app: réseaux, link roles, sources, proposal states, the FASE export's columns."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Provenance of the bundled list (shown on every school page and in the exports).
FASE_SOURCE_LABEL = "Fédération Wallonie-Bruxelles (AGE/ETNIC), signalétique FASE, via ODWB"
FASE_EXPORT_DATE = "2023-10-20"  # the bundled export was made on or before this date (data/PROVENANCE.md)


class ReseauFamily(models.TextChoices):
    """The three families of réseaux a CPMS belongs to (a school is served by a centre of its family)."""

    WBE = "wbe", _("Wallonie-Bruxelles Enseignement (WBE)")
    OFFICIEL = "officiel", _("Officiel subventionné (communal, provincial)")
    LIBRE = "libre", _("Libre")


# The FASE export's « Réseau » labels → family (unknown or « Indéterminé »: no family, hence no candidate).
RESEAU_FAMILY = {
    "WBE": ReseauFamily.WBE,
    "Subventionné communal": ReseauFamily.OFFICIEL,
    "Subventionné provincial": ReseauFamily.OFFICIEL,
    "Libre confessionnel": ReseauFamily.LIBRE,
    "Libre non confessionnel": ReseauFamily.LIBRE,
}

# Types of teaching that matter most for young people who drop out (highlighted on the pages).
KEY_TEACHING_WORDS = ("CEFA", "spécialisé", "Promotion sociale")


class LinkRole(models.TextChoices):
    """What a service does for a school site."""

    CPMS = "cpms", _("Centre PMS")
    PSE = "pse", _("Service PSE")
    OTHER = "autre", _("Autre service")


class LinkSource(models.TextChoices):
    """How a confirmed link came in."""

    PARTNER = "partenaire", _("Confirmé par le service dans l'espace partenaires")
    IMPORT = "import", _("Import d'un tableau par la coordination")


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("En attente de modération")
    APPROVED = "approved", _("Approuvée")
    REJECTED = "rejected", _("Refusée")


# Columns of the FASE export (French labels, as published).
COL_ESTABLISHMENT = "N° FASE de l'établissement"
COL_NAME = "Nom de l'établissement"
COL_BCE = "Numéro BCE de l'établissement"
COL_TEACHING = "Type d'enseignement"
COL_LEVEL = "Niveau"
COL_GENRE = "Genre"
COL_RESEAU = "Réseau"
COL_BASSIN = "Bassin"
COL_SITE = "N° FASE de l'implantation"
COL_ADDRESS = "Adresse de l'implantation"
COL_POSTAL = "Code postal de l'implantation"
COL_LOCALITY = "Localité de l'implantation"
COL_COMMUNE = "Commune de l'implantation"
COL_LAT = "Latitude"
COL_LON = "Longitude"
COL_PO = "Nom de P.O."
FASE_REQUIRED = [
    COL_ESTABLISHMENT,
    COL_NAME,
    COL_TEACHING,
    COL_RESEAU,
    COL_SITE,
    COL_ADDRESS,
    COL_POSTAL,
    COL_LOCALITY,
    COL_COMMUNE,
    COL_LAT,
    COL_LON,
]
