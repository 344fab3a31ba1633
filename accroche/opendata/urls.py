from django.urls import path

from . import views

app_name = "opendata"
urlpatterns = [
    path("donnees/", views.index, name="index"),
    path("donnees/annuaire-hsds-3.0.zip", views.hsds_zip, name="hsds_zip"),
    path("donnees/annuaire-hsds-3.0.json", views.hsds_json, name="hsds_json"),
    path("donnees/export.csv", views.export_csv, name="export_csv"),
    path("donnees/export.geojson", views.export_geojson, name="export_geojson"),
    path("donnees/repertoire.pdf", views.repertoire_pdf, name="repertoire_pdf"),
    path("donnees/affiches/<int:pk>/<str:size>.pdf", views.poster_pdf, name="poster_pdf"),
]
