"""URLs of the partner network (full paths: the app is included at the root)."""

from django.urls import path

from .views import auth, freshness, members, partner, passwords, public

app_name = "network"
P = "espace-partenaires/"

urlpatterns = [
    # Public
    path("annuaire/<slug:slug>/signaler/", public.report_error, name="report_error"),
    path("annuaire/<slug:slug>/signaler/merci/", public.report_thanks, name="report_thanks"),
    path("agenda/", public.agenda, name="agenda"),
    path("agenda/agenda.ics", public.agenda_ics, name="agenda_ics"),
    path("agenda/archives/", public.agenda_archive, name="agenda_archive"),
    path("agenda/<slug:slug>/", public.event_detail, name="event_detail"),
    # Accounts
    path(P + "connexion/", auth.PartnerLoginView.as_view(), name="login"),
    path(P + "connexion/verification/", auth.otp_verify, name="otp_verify"),
    path(P + "deconnexion/", auth.PartnerLogoutView.as_view(), name="logout"),
    path(P + "securite/", auth.security, name="security"),
    path(P + "securite/qr.svg", auth.security_qr, name="security_qr"),
    path(P + "securite/desactiver/", auth.security_disable, name="security_disable"),
    path(P + "securite/codes-de-secours/", auth.security_backup_codes, name="security_backup_codes"),
    path(P + "mot-de-passe-oublie/", passwords.PasswordResetRequestView.as_view(), name="password_reset"),
    path(P + "mot-de-passe-oublie/envoye/", passwords.PasswordResetSentView.as_view(), name="password_reset_done"),
    path(P + "mot-de-passe/<uidb64>/<token>/", passwords.PasswordResetSetView.as_view(), name="password_reset_confirm"),
    path(P + "mot-de-passe/change/", passwords.PasswordResetDoneView.as_view(), name="password_reset_complete"),
    path(P + "invitation/<str:token>/", auth.invitation_accept_view, name="invitation_accept"),
    path(P + "toujours-exact/<str:token>/", freshness.confirm_still_accurate, name="confirm"),
    # Partner space
    path(P, partner.dashboard, name="dashboard"),
    path(P + "services/<uuid:pk>/modifier/", partner.service_edit, name="service_edit"),
    path(P + "organisations/<uuid:pk>/modifier/", partner.organization_edit, name="organization_edit"),
    path(P + "demandes/", partner.change_list, name="change_list"),
    path(P + "demandes/<int:pk>/", partner.change_detail, name="change_detail"),
    path(P + "invitations/", partner.invitations, name="invitations"),
    path(P + "fraicheur/", freshness.stale_list, name="stale_list"),
    path(P + "annuaire-des-partenaires/", members.whoswho, name="whoswho"),
    path(P + "annuaire-des-partenaires/ma-fiche/", members.whoswho_edit, name="whoswho_new"),
    path(P + "annuaire-des-partenaires/ma-fiche/<int:pk>/", members.whoswho_edit, name="whoswho_edit"),
    path(P + "annuaire-des-partenaires/ma-fiche/<int:pk>/supprimer/", members.whoswho_remove, name="whoswho_remove"),
    path(P + "agenda/", members.agenda_manage, name="agenda_manage"),
    path(P + "agenda/<uuid:pk>/", members.event_manage, name="event_manage"),
]
