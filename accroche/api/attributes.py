"""HSDS attributes of the API: the field's facts (directory vocabulary "faits-du-service") and the service terms."""

from django.db.models import Q

from accroche.directory.choices import Mandate, Tristate

# Which services carry each fact of the "faits-du-service" vocabulary (mirrors directory.attributes, where a fact
# is left out when unknown or empty): used by `taxonomy_term_id` on /services and /service_at_locations.
FACT_FILTERS = {
    "ligne": ~Q(line=""),
    "gratuit": ~Q(free=Tristate.UNKNOWN) & ~Q(free=""),
    "anonyme": ~Q(anonymous=Tristate.UNKNOWN) & ~Q(anonymous=""),
    "mandat": ~Q(mandate=Mandate.UNKNOWN) & ~Q(mandate=""),
    "plateforme": ~Q(plateforme=""),
    "territoire": ~Q(scope=""),
    "age-minimum": Q(minimum_age__isnull=False),
    "age-maximum": Q(maximum_age__isnull=False),
    "ligne-d-aide": Q(is_helpline=True),
    "source": ~Q(source_url=""),
    "fiabilite": ~Q(confidence=""),
    "donnee-de-demonstration": Q(is_demo=True),
}
