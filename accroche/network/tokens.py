"""Signed, expiring tokens for e-mail links (invitations, « toujours exact »); single use is enforced in the DB."""

from django.core import signing

INVITATION_SALT = "accroche.network.invitation"
CONFIRM_SALT = "accroche.network.freshness-confirm"


class BadToken(Exception):
    """The link is malformed, tampered with, or expired."""

    def __init__(self, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(*, salt: str, pk, nonce: str) -> str:
    return signing.dumps([str(pk), nonce], salt=salt, compress=True)


def read_token(*, salt: str, token: str, max_age_days: int) -> tuple[str, str]:
    """Returns (pk, nonce) from a token; raises BadToken when invalid or older than max_age_days."""
    try:
        pk, nonce = signing.loads(token, salt=salt, max_age=max_age_days * 86400)
    except signing.SignatureExpired as exc:
        raise BadToken(expired=True) from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise BadToken() from exc
    return str(pk), str(nonce)
