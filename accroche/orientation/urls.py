from django.urls import path

from . import views

app_name = "orientation"
urlpatterns = [
    path("orientation/", views.pathway_list, name="index"),
    path("orientation/services/", views.service_list, name="service_list"),
    path("f/<slug:codes>", views.short_list, name="short_list"),  # the sheet's short address (≤ 40 characters)
    path("orientation/<slug:slug>/", views.pathway_intro, name="pathway"),
    path("orientation/<slug:slug>/etape/", views.pathway_step, name="step"),
    path("orientation/<slug:slug>/fiche/", views.handout, name="handout"),
    path("orientation/<slug:slug>/fiche.pdf", views.handout_pdf_view, name="handout_pdf"),
]
