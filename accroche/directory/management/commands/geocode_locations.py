"""Places locations at their street address with a Nominatim-compatible geocoder (optional, never at request time)."""

from django.core.management.base import BaseCommand, CommandError

from accroche.directory.geocoding import geocode_locations, geocoder_from_settings


class Command(BaseCommand):
    help = (
        "Géocode les adresses des lieux encore placés au centre de leur code postal ou de leur commune "
        "(service compatible Nominatim, GEOCODER_URL ; une requête par seconde au plus, réponses en cache)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Interroge et compte sans rien enregistrer.")
        parser.add_argument("--limit", type=int, default=None, help="Nombre maximum de lieux à traiter.")

    def handle(self, *args, dry_run, limit, **options):
        geocoder = geocoder_from_settings()
        if geocoder is None:
            raise CommandError("GEOCODER_URL n'est pas configuré : aucun service de géocodage à interroger.")
        try:
            report = geocode_locations(geocoder=geocoder, dry_run=dry_run, limit=limit)
        except OSError as exc:  # network down, timeout, HTTP error: what was found so far is kept (and cached)
            raise CommandError(f"Le service de géocodage ne répond pas : {exc}") from exc
        for label in report.refused:
            self.stderr.write(f"Refusé (trop loin du code postal) : {label}")
        for label in report.not_found:
            self.stderr.write(f"Introuvable : {label}")
        prefix = "Simulation : " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}{report.placed} lieu(x) placé(s) à l'adresse exacte ; {report.asked} requête(s), "
                f"{report.cached} réponse(s) en cache, {len(report.refused)} refusé(s), "
                f"{len(report.not_found)} introuvable(s)."
            )
        )
