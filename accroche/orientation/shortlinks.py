"""The short address of a handout's service list: /f/<6 characters per service>, stored nowhere (decision 0105).

Each service is written as the first 36 bits of its UUID in 64 URL-safe characters (6 characters): six services fit in
40 characters after the host, and the address holds nothing about the family or the path.
"""

import uuid

from .choices import SHORT_CODE_LENGTH

HEX_DIGITS = 9  # 36 bits


def service_code(service_id) -> str:
    """Returns the 6-character code of a service id."""
    return _encode(int(uuid.UUID(str(service_id)).hex[:HEX_DIGITS], 16))


_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"


def _encode(value: int) -> str:
    chars = []
    for _ in range(SHORT_CODE_LENGTH):
        chars.append(_ALPHABET[value & 63])
        value >>= 6
    return "".join(reversed(chars))


def _decode(code: str) -> int | None:
    value = 0
    for char in code:
        index = _ALPHABET.find(char)
        if index < 0:
            return None
        value = value << 6 | index
    return value


def codes_for(service_ids) -> str:
    return "".join(service_code(i) for i in service_ids)


def id_ranges(codes: str) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """Returns, for each 6-character code, the range of UUIDs that start with its 36 bits (bad codes ignored)."""
    ranges = []
    for start in range(0, len(codes) - SHORT_CODE_LENGTH + 1, SHORT_CODE_LENGTH):
        value = _decode(codes[start : start + SHORT_CODE_LENGTH])
        if value is None:
            continue
        prefix = f"{value:0{HEX_DIGITS}x}"
        ranges.append((uuid.UUID(prefix + "0" * 23), uuid.UUID(prefix + "f" * 23)))
    return ranges
