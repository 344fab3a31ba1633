"""Copies another instance's directory from its HSDS API (read-only copies, withdrawn when the source withdraws)."""

from django.core.management.base import BaseCommand, CommandError

from accroche.federation.client import HarvestError
from accroche.federation.models import HarvestSource
from accroche.federation.services import harvest, harvest_all, schedule_daily, source_for


class Command(BaseCommand):
    help = (
        "Moissonne l’API HSDS d’une autre instance (ex. https://autre.example/api/hsds/) : crée, met à jour et "
        "retire les fiches reprises. Sans adresse : toutes les instances enregistrées et actives."
    )

    def add_arguments(self, parser):
        parser.add_argument("base_url", nargs="?", default="", help="adresse de l’API HSDS de l’instance source")
        parser.add_argument("--name", default="", help="nom affiché sur les fiches reprises (défaut : l’hôte)")
        parser.add_argument("--dry-run", action="store_true", help="dit ce qui serait créé, mis à jour, retiré")
        parser.add_argument("--max-pages", type=int, default=None, help="s’arrête après N pages (reprise ensuite)")
        parser.add_argument("--verbose-ids", action="store_true", help="liste les identifiants concernés")
        parser.add_argument(
            "--schedule-only",
            action="store_true",
            help="programme le passage quotidien dans le worker, sans moissonner",
        )

    def handle(self, *args, base_url="", name="", dry_run=False, verbose_ids=False, schedule_only=False, **options):
        max_pages = options.get("max_pages")
        if schedule_only:
            when = schedule_daily()
            self.stdout.write(
                f"Moisson quotidienne programmée : {when:%Y-%m-%d %H:%M}."
                if when
                else "Le gestionnaire de tâches ne peut pas différer : rien n’est programmé."
            )
            return
        if base_url and not base_url.startswith(("http://", "https://")):
            raise CommandError("L’adresse doit commencer par http:// ou https://")
        try:
            if base_url:
                reports = [
                    harvest(source_for(base_url, name=name, create=not dry_run), dry_run=dry_run, max_pages=max_pages)
                ]
            else:
                if not HarvestSource.objects.filter(active=True).exists():
                    self.stdout.write("Aucune instance à moissonner (Réseau → Instances moissonnées).")
                    return
                reports = harvest_all(dry_run=dry_run)
        except HarvestError as exc:
            raise CommandError(f"Source illisible : {exc}") from exc
        for report in reports:
            self.stdout.write(report.summary())
            if verbose_ids:
                for label, ids in (
                    ("créer", report.created),
                    ("mettre à jour", report.updated),
                    ("retirer", report.withdrawn),
                ):
                    for pk in ids:
                        self.stdout.write(f"  {label} {pk}")
