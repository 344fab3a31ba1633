from django.urls import path

from . import views

app_name = "maps"
urlpatterns = [
    path("carte/", views.map_page, name="map"),
    path("carte/donnees.geojson", views.geojson, name="geojson"),
    path("carte/integrer/", views.embed, name="embed"),
    path("carte/integrer-a-votre-site/", views.embed_help, name="embed_help"),
]
