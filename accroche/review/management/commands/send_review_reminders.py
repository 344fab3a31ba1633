"""Queues the reminders of validations that lapse soon; --schedule-only keeps a daily run queued."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from accroche.review.services import remind_due, schedule_daily


class Command(BaseCommand):
    help = (
        "Rappelle aux valideurs, via le worker, les contenus dont la validation arrive à échéance. "
        "Idempotent : un rappel n'est jamais envoyé deux fois."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule-only", action="store_true", help="Planifie l'exécution quotidienne sans rien envoyer."
        )

    def handle(self, *args, schedule_only=False, **options):
        if not schedule_only:
            self.stdout.write(f"Rappels de relecture mis en file : {remind_due()}.")
        when = schedule_daily()
        if when is None:
            self.stdout.write("Le backend de tâches ne sait pas différer : utilisez une ligne cron.")
        else:
            self.stdout.write(f"Prochaine exécution quotidienne : {timezone.localtime(when):%Y-%m-%d %H:%M}.")
