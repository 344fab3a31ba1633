"""Test-only e-mail backend: Django's file backend that waits, before writing anything, until the test creates the
file `release` next to the mail folder. It touches `sending` when it starts waiting, so the test knows the worker
is inside the send (task RUNNING, invitation claimed, nothing sent yet)."""

import time
from pathlib import Path

from django.conf import settings
from django.core.mail.backends import filebased

WAIT_SECONDS = 60


class EmailBackend(filebased.EmailBackend):
    def send_messages(self, email_messages):
        folder = Path(settings.EMAIL_FILE_PATH).parent
        (folder / "sending").touch()
        deadline = time.monotonic() + WAIT_SECONDS
        while not (folder / "release").exists():
            if time.monotonic() > deadline:
                raise TimeoutError("release file never appeared")
            time.sleep(0.05)
        return super().send_messages(email_messages)
