"""The directory version: one number that every cache of directory data keys on (decision 0140)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DirectoryVersion(models.Model):
    """Holds the directory's data version, bumped when a change commits and when the search index catches up."""

    key = models.CharField(max_length=20, primary_key=True, default="directory")
    number = models.PositiveBigIntegerField(default=1)
    # A fresh random stamp at every bump: a rolled-back transaction (tests) never leaves two states with one version.
    stamp = models.CharField(max_length=12, default="")

    class Meta:
        verbose_name = _("version de l'annuaire")

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return f"{self.number}.{self.stamp}"
