"""Backup codes of two-factor authentication: single use, stored as keyed hashes only."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BackupCode(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="backup_codes")
    code_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("code de secours")
        verbose_name_plural = _("codes de secours")

    def __str__(self):
        return f"{self.user_id} ({'utilisé' if self.used_at else 'disponible'})"
