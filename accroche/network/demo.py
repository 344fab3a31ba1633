"""Examples of the network: fictitious agenda events and a demo coordinator account (only with --with-examples)."""

import os
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from .choices import EventKind, EventStatus
from .models import CoordinatorAssignment, Event

DEMO_NOTE = "Événement fictif de démonstration : à remplacer par l'agenda réel du réseau."
DEMO_EVENTS = [
    (
        "demo-seminaire-refus-scolaire",
        "[Démo] Séminaire : le refus scolaire anxieux",
        EventKind.SEMINAR,
        21,
        "liege",
        "Liège",
    ),
    (
        "demo-webinaire-certificats",
        "[Démo] Webinaire : absences et certificats médicaux",
        EventKind.WEBINAR,
        35,
        "",
        "En ligne",
    ),
    ("demo-glem-verviers", "[Démo] Réunion GLEM de Verviers", EventKind.GLEM, 14, "verviers", "Verviers"),
    (
        "demo-concertation-huy",
        "[Démo] Concertation locale Huy-Waremme",
        EventKind.CONCERTATION,
        -40,
        "huy-waremme",
        "Huy",
    ),
]
DEMO_COORDINATOR = "coordination-demo@accrochons-nous.be"


def load_examples(stdout=None) -> None:
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    created = 0
    for slug, title, kind, days, plateforme, venue in DEMO_EVENTS:
        start = now + timedelta(days=days)
        _event, was_created = Event.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "kind": kind,
                "starts_at": start.replace(hour=9),
                "ends_at": start.replace(hour=12),
                "plateforme": plateforme,
                "venue": venue,
                "description": DEMO_NOTE,
                "status": EventStatus.PUBLISHED,
                "organizer_name": "Coordination des plateformes (démo)",
            },
        )
        created += int(was_created)
    User = get_user_model()
    user, user_created = User.objects.get_or_create(
        username=DEMO_COORDINATOR,
        defaults={"email": DEMO_COORDINATOR, "first_name": "Coordination", "last_name": "Démo"},
    )
    if user_created:
        password = os.environ.get("DEMO_COORDINATOR_PASSWORD", "")
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
    for plateforme in ("liege", "verviers", "huy-waremme"):
        CoordinatorAssignment.objects.get_or_create(user=user, plateforme=plateforme)
    if stdout is not None:
        stdout.write(
            f"Réseau : {created} événement(s) de démonstration ; coordination de démo {DEMO_COORDINATOR} "
            "(mot de passe : manage.py changepassword ou DEMO_COORDINATOR_PASSWORD)."
        )
