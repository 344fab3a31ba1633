"""Helpers that write seed pathways as StreamField data (raw JSON) with their sources and review."""

from .sources import SOURCES

# The date the sources of the seed content were consulted. No named person has reviewed the seed content yet, so the
# reviewer stays empty and every step says « source consultée le … » (brief: « relu » only when a named person did it).
SEED_REVIEW_DATE = "2026-11-25"
SEED_REVIEWER = ""


def src(*codes: str) -> list[dict]:
    """Returns the source blocks of the [Sx] codes, each citation prefixed with its code."""
    return [{"citation": f"[{code}] {SOURCES[code][0]}", "url": SOURCES[code][1]} for code in codes]


def _common(key, title, body, sources):
    return {
        "key": key,
        "title": title,
        "body": body,
        "sources": sources,
        "reviewed_on": SEED_REVIEW_DATE,
        "reviewer": SEED_REVIEWER,
    }


def question(
    key: str,
    title: str,
    body: str,
    answers: list[tuple[str, str]],
    sources: list[dict],
    *,
    multiple: bool = False,
    none_label: str = "",
    none_next: str = "",
) -> dict:
    value = _common(key, title, body, sources)
    value["answers"] = [{"label": label, "next": target} for label, target in answers]
    value.update(multiple=multiple, none_label=none_label, next=none_next)
    return {"type": "question", "value": value}


def information(key: str, title: str, body: str, next_key: str, sources: list[dict]) -> dict:
    value = _common(key, title, body, sources)
    value["next"] = next_key
    return {"type": "information", "value": value}


def outcome(
    key: str,
    title: str,
    body: str,
    *,
    sources: list[dict],
    summary: str = "",
    certificate: str = "",
    contacts: str = "",
    consent: str = "",
    family_steps: str = "",
    professional_steps: str = "",
    youth_steps: str = "",
    kinds=(),
    safety: bool = False,
    emergency: str = "",
    next_key: str = "",
    types=(),
    needs=(),
    audiences=(),
    free=False,
    anonymous=False,
    no_mandate=False,
    urgent=False,
) -> dict:
    value = _common(key, title, body, sources)
    value.update(
        urgent=urgent,
        summary=summary,
        certificate=certificate,
        contacts=contacts,
        consent=consent,
        family_steps=family_steps,
        professional_steps=professional_steps,
        youth_steps=youth_steps,
        kinds=list(kinds),
        safety=safety,
        emergency=emergency,
        next=next_key,
        query={
            "types": list(types),
            "needs": list(needs),
            "audiences": list(audiences),
            "free": free,
            "anonymous": anonymous,
            "no_mandate": no_mandate,
        },
    )
    return {"type": "outcome", "value": value}
