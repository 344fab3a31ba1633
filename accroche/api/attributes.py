"""HSDS attributes of the API: the field's facts (directory vocabulary "faits-du-service") and the service terms."""

import uuid

from django.db.models import Q

from accroche.directory.choices import Mandate, Tristate

# Namespace of the ids this app derives (service→term attributes, contact phones): uuid5(NAMESPACE, stable key).
NAMESPACE = uuid.UUID("6f6c1b0e-3d4a-5b8e-9a51-acc20c4e0001")

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


def attribute_id(link_id, key: str) -> uuid.UUID:
    """Returns the stable id of an attribute (or sub-object) derived from an object and a key."""
    return uuid.uuid5(NAMESPACE, f"attribute/{link_id}/{key}")
