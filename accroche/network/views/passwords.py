"""« Mot de passe oublié » for partners: Django's reset flow with French pages and throttling (decision 0157).

The request page always answers the same way (whether the address has an account or not) and sends at most
PASSWORD_RESETS_PER_HOUR e-mails per address and per client an hour.
"""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.urls import reverse_lazy

from accroche.core.forms import NewPasswordForm, PasswordResetRequestForm
from accroche.core.limits import client_fingerprint, hit


class PasswordResetRequestView(auth_views.PasswordResetView):
    template_name = "network/password_reset_form.html"
    form_class = PasswordResetRequestForm
    email_template_name = "network/emails/password_reset_body.txt"
    subject_template_name = "network/emails/password_reset_subject.txt"
    success_url = reverse_lazy("network:password_reset_done")

    def form_valid(self, form):
        limit = getattr(settings, "PASSWORD_RESETS_PER_HOUR", 3)
        email = form.cleaned_data["email"].strip().lower()
        allowed = hit(scope="reset-ip", who=client_fingerprint(self.request), limit=limit * 3, window_seconds=3600)
        allowed = allowed and hit(scope="reset-email", who=email, limit=limit, window_seconds=3600)
        if not allowed:
            return HttpResponseRedirect(self.get_success_url())  # same answer: nothing revealed, nothing sent
        return super().form_valid(form)


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "network/password_reset_sent.html"


class PasswordResetSetView(auth_views.PasswordResetConfirmView):
    template_name = "network/password_reset_set.html"
    form_class = NewPasswordForm
    success_url = reverse_lazy("network:password_reset_complete")


class PasswordResetDoneView(auth_views.PasswordResetCompleteView):
    template_name = "network/password_reset_done.html"
