"""Queues the freshness reminders, escalations and (optional) hiding; --schedule-daily keeps a daily run queued."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from accroche.network.services.freshness import freshness_run, schedule_daily


class Command(BaseCommand):
    help = (
        "Envoie (via le worker) les rappels « toujours exact ? » dus, transmet à la coordination les rappels "
        "restés sans réponse. Idempotent : un rappel n'est jamais envoyé deux fois."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule-daily",
            action="store_true",
            help="Planifie aussi l'exécution quotidienne par le worker (une seule fois).",
        )
        parser.add_argument(
            "--schedule-only",
            action="store_true",
            help="Planifie l'exécution quotidienne sans rien envoyer maintenant.",
        )

    def handle(self, *args, **options):
        if not options["schedule_only"]:
            counts = freshness_run()
            self.stdout.write(
                f"Rappels créés : {counts['created']} ; envois mis en file : {counts['queued']} ; "
                f"transmis à la coordination : {counts['escalated']} ; fiches masquées : {counts['hidden']}."
            )
        if options["schedule_daily"] or options["schedule_only"]:
            when = schedule_daily()
            if when is None:
                self.stdout.write("Le backend de tâches ne sait pas différer : utilisez une ligne cron.")
            else:
                local = timezone.localtime(when)
                self.stdout.write(f"Prochaine exécution quotidienne : {local:%Y-%m-%d %H:%M}.")
