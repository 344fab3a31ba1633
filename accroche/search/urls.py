from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("annuaire/", views.directory, name="directory"),
]
