"""HSDS detail objects: phone, contact, schedule, language, cost_option, service_area, address, accessibility."""

from accroche.opendata.hsds.mapping import as_json


def phone_dict(phone) -> dict:
    return as_json("phone", phone, languages=[])


def contact_dict(contact) -> dict:
    phones = [as_json("contact_phone", contact, languages=[])] if contact.phone else []
    return as_json("contact", contact, phones=phones)


def schedule_dict(schedule) -> dict:
    return as_json("schedule", schedule)


def language_dict(language) -> dict:
    return as_json("language", language)


def cost_option_dict(cost) -> dict:
    return as_json("cost_option", cost)


def service_area_dict(area) -> dict:
    return as_json("service_area", area)


def address_dict(address) -> dict:
    return as_json("address", address)


def accessibility_dict(item) -> dict:
    return as_json("accessibility", item)
