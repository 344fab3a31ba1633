"""Two-factor authentication: who must use it, backup codes (hashed, single use), checking a code."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..models import BackupCode

BACKUP_CODES = 10
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read from paper


def _hash(code: str) -> str:
    normalised = "".join(ch for ch in code.lower() if ch.isascii() and ch.isalnum())
    return hmac.new(settings.SECRET_KEY.encode(), normalised.encode(), hashlib.sha256).hexdigest()


def two_factor_required(user) -> bool:
    """Coordinators and administrators (those who change what others read) must use two-factor authentication."""
    from ..selectors import is_coordinator

    if not getattr(settings, "TWO_FACTOR_REQUIRED_FOR_STAFF", True) or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user.is_staff or is_coordinator(user))


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def backup_codes_create(user) -> list[str]:
    """Replaces the user's backup codes with new ones; returns them in clear (shown once, never stored)."""
    BackupCode.objects.filter(user=user).delete()
    codes = ["".join(secrets.choice(ALPHABET) for _ in range(10)) for _ in range(BACKUP_CODES)]
    BackupCode.objects.bulk_create([BackupCode(user=user, code_hash=_hash(code)) for code in codes])
    return [f"{code[:5]}-{code[5:]}" for code in codes]


def backup_code_use(user, code: str) -> bool:
    """True (and the code is spent) when `code` is one of the user's unused backup codes."""
    if not code or len(code) > 40:
        return False
    return bool(
        BackupCode.objects.filter(user=user, code_hash=_hash(code), used_at__isnull=True).update(used_at=timezone.now())
    )


def code_is_valid(user, code: str) -> bool:
    """A current TOTP code of the user's device, or an unused backup code (spent)."""
    code = (code or "").strip()
    device = confirmed_device(user)
    digits = "".join(ch for ch in code if ch in "0123456789")
    if device is not None and 0 < len(digits) <= 8 and digits == code.replace(" ", "") and device.verify_token(digits):
        return True
    return backup_code_use(user, code)


def two_factor_disable(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    BackupCode.objects.filter(user=user).delete()
