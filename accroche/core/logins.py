"""Login protection beyond django-axes' lockout of one username from one address (docs/decisions/0150).

- Password spraying: failed logins are counted per client address across every account; past
  LOGIN_FAILURES_PER_IP in an hour, that address gets a 429 on every login form (other addresses are not affected).
- Hostile usernames: a username longer than any account's (150) or with control characters is refused with a 400
  before authentication (it used to reach the database: DataError).
"""

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.template.loader import render_to_string

from .limits import client_fingerprint, hit, reached
from .params import has_control_chars
from .paths import login_paths

MAX_USERNAME_LENGTH = 150
SCOPE = "login-failures"


def _limits():
    return settings.LOGIN_FAILURES_PER_IP, settings.LOGIN_FAILURES_WINDOW_SECONDS


def record_failure(sender, credentials=None, request=None, **kwargs):
    if request is None:
        return
    limit, window = _limits()
    hit(scope=SCOPE, who=client_fingerprint(request), limit=limit, window_seconds=window)


def connect_signals():
    user_login_failed.connect(record_failure, dispatch_uid="accroche.core.logins.record_failure")


class LoginGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path in login_paths():
            username = request.POST.get("username", request.POST.get("email", ""))
            if len(username) > MAX_USERNAME_LENGTH or has_control_chars(username):
                from .errors import bad_request

                return bad_request(request, BadRequest("Identifiant trop long ou invalide (150 caractères au plus)."))
            limit, window = _limits()
            if limit and reached(scope=SCOPE, who=client_fingerprint(request), limit=limit, window_seconds=window):
                message = "Trop d’essais de connexion depuis votre adresse : réessayez dans une heure."
                response = HttpResponse(render_to_string("429.html", {"message": message}, request), status=429)
                response["Retry-After"] = str(window)
                return response
        return self.get_response(request)
