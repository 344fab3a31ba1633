"""manage.py recover_tasks — re-enqueues background tasks left RUNNING by a dead worker, and unsent invitations."""

from django.core.management.base import BaseCommand

from accroche.core.tasks_recovery import recover_stale_tasks


class Command(BaseCommand):
    help = "Remet en file les tâches restées « en cours » après l’arrêt d’un worker (et les invitations non envoyées)."

    def handle(self, *args, **options):
        from accroche.network.services.accounts import recover_invitations

        tasks = recover_stale_tasks()
        invitations = recover_invitations()
        self.stdout.write(f"Tâches remises en file : {tasks} ; invitations remises en file : {invitations}.")
