"""Schema.org JSON-LD of a service page (read by search engines; a data block, never executed)."""

import json

from .models import Service

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def service_jsonld(*, service: Service, url: str) -> str:
    """Returns the schema.org Service description of a service, escaped for a <script type="application/ld+json">."""
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": url,
        "url": url,
        "name": service.name,
        "description": service.description,
        "provider": {
            "@type": "Organization",
            "name": service.organization.name,
            **({"url": service.organization.website} if service.organization.website else {}),
        },
        "areaServed": [{"@type": "AdministrativeArea", "name": str(area)} for area in service.service_areas.all()],
        "audience": [{"@type": "Audience", "audienceType": term.name} for term in service.audiences],
        "serviceType": [term.name for term in service.service_types],
    }
    phones = [phone.number for phone in service.phones.all()]
    if phones or service.email:
        data["availableChannel"] = {
            "@type": "ServiceChannel",
            **({"serviceUrl": service.url} if service.url else {}),
            "servicePhone": [{"@type": "ContactPoint", "telephone": n} for n in phones],
            **({"email": service.email} if service.email else {}),
        }
    addresses = [a for sal in service.service_at_locations.all() for a in sal.location.addresses.all()]
    if addresses:
        address = addresses[0]
        data["provider"]["address"] = {
            "@type": "PostalAddress",
            "streetAddress": address.address_1,
            "postalCode": address.postal_code,
            "addressLocality": address.city,
            "addressCountry": address.country,
        }
    return json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
