"""HSDS detail objects: phone, contact, schedule, language, cost_option, service_area, address, accessibility."""

from accroche.directory.choices import LocationType

from ..attributes import attribute_id
from .common import compact, iso, number, uid


def phone_dict(phone) -> dict:
    return compact(
        {
            "id": str(phone.id),
            "service_id": uid(phone.service_id),
            "organization_id": uid(phone.organization_id),
            "location_id": uid(phone.location_id),
            "number": phone.number,
            "extension": phone.extension,
            "type": phone.type,
            "description": phone.description,
            "languages": [],
        },
        keep=("number",),
    )


def contact_dict(contact) -> dict:
    phones = []
    if contact.phone:
        phones.append(
            {
                "id": str(attribute_id(contact.id, "phone")),
                "contact_id": str(contact.id),
                "number": contact.phone,
                "type": "voice",
                "languages": [],
            }
        )
    return compact(
        {
            "id": str(contact.id),
            "service_id": uid(contact.service_id),
            "organization_id": uid(contact.organization_id),
            "name": contact.name,
            "title": contact.title,
            "department": contact.department,
            "email": contact.email,
            "phones": phones,
        }
    )


def schedule_dict(schedule) -> dict:
    return compact(
        {
            "id": str(schedule.id),
            "service_id": uid(schedule.service_id),
            "location_id": uid(schedule.location_id),
            "valid_from": iso(schedule.valid_from),
            "valid_to": iso(schedule.valid_to),
            "freq": "WEEKLY",
            "wkst": "MO",
            "interval": 1,
            "byday": schedule.byday,
            "opens_at": iso(schedule.opens_at),
            "closes_at": iso(schedule.closes_at),
            "description": schedule.description,
        }
    )


def language_dict(language) -> dict:
    return compact(
        {
            "id": str(language.id),
            "service_id": uid(language.service_id),
            "name": language.name,
            "code": language.code,
            "note": language.note,
        }
    )


def cost_option_dict(cost) -> dict:
    return compact(
        {
            "id": str(cost.id),
            "service_id": str(cost.service_id),
            "valid_from": iso(cost.valid_from),
            "valid_to": iso(cost.valid_to),
            "option": cost.option,
            "currency": cost.currency,
            "amount": number(cost.amount),
            "amount_description": cost.amount_description,
        }
    )


def service_area_dict(area) -> dict:
    return compact(
        {
            "id": str(area.id),
            "service_id": str(area.service_id),
            "name": area.name or getattr(area.commune, "name", ""),
            "description": area.description,
            "extent": area.extent,
            "extent_type": area.extent_type,
            "uri": area.uri,
        }
    )


def address_dict(address) -> dict:
    return compact(
        {
            "id": str(address.id),
            "location_id": str(address.location_id),
            "attention": address.attention,
            "address_1": address.address_1,
            "address_2": address.address_2,
            "city": address.city,
            "region": address.region,
            "state_province": address.state_province,
            "postal_code": address.postal_code,
            "country": address.country,
            "address_type": address.address_type or LocationType.PHYSICAL,
        },
        keep=("address_1", "city", "state_province", "postal_code", "country"),
    )


def accessibility_dict(item) -> dict:
    return compact(
        {
            "id": str(item.id),
            "location_id": str(item.location_id),
            "description": item.description,
            "details": item.details,
            "url": item.url,
        }
    )
