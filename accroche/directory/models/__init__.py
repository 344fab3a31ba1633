"""HSDS 3.0 directory models (see docs/data-model.md)."""

from .core import Location, Organization, Service, ServiceAtLocation
from .details import Accessibility, Address, Contact, CostOption, Language, Phone, Schedule, ServiceArea
from .state import DirectoryVersion
from .taxonomy import Attribute, Taxonomy, TaxonomyTerm

__all__ = [
    "Accessibility",
    "Address",
    "Attribute",
    "Contact",
    "CostOption",
    "DirectoryVersion",
    "Language",
    "Location",
    "Organization",
    "Phone",
    "Schedule",
    "Service",
    "ServiceArea",
    "ServiceAtLocation",
    "Taxonomy",
    "TaxonomyTerm",
]
