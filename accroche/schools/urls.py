from django.urls import path

from . import views

app_name = "schools"
P = "espace-partenaires/ecoles/"

urlpatterns = [
    path("ecoles/", views.index, name="index"),
    path("ecoles/<int:fase>/", views.detail, name="detail"),
    path("donnees/ecoles.csv", views.sites_csv, name="sites_csv"),
    path("donnees/ecoles-liens.csv", views.links_csv, name="links_csv"),
    path(P, views.space, name="space"),
    path(P + "services/<uuid:pk>/", views.confirm, name="confirm"),
    path(P + "propositions/<int:pk>/", views.proposal_detail, name="proposal_detail"),
    path(P + "import/", views.links_import_view, name="import"),
    path(P + "import/modele.csv", views.links_template, name="template"),
    path(P + "couverture/", views.coverage_view, name="coverage"),
]
