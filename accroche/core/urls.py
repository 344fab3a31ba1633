from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("a-propos-des-donnees/", views.about_data, name="about_data"),
    path("registre-des-traitements/", views.privacy_register, name="privacy_register"),
    path("sante/", views.health, name="health"),
    path("design/", views.design, name="design"),
]
