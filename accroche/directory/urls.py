from django.urls import path

from . import views

app_name = "directory"
# /annuaire/ itself (list and search) belongs to the search app; /annuaire/<slug>/signaler/ to the network app.
urlpatterns = [
    path("annuaire/organisations/<slug:slug>/", views.organization_detail, name="organization_detail"),
    path("annuaire/<slug:slug>/", views.service_detail, name="service_detail"),
]
