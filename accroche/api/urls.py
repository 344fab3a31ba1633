"""HSDS 3.0 read API, mounted at /api/hsds/ (paths with or without a trailing slash)."""

from django.urls import path, re_path

from . import views

app_name = "api"

_ID = r"(?P<pk>[^/]+)"

urlpatterns = [
    path("", views.root, name="root"),
    path("openapi.json", views.openapi, name="openapi"),
    re_path(r"^services/?$", views.service_list, name="services"),
    re_path(rf"^services/{_ID}/?$", views.service_detail, name="service"),
    re_path(r"^organizations/?$", views.organization_list, name="organizations"),
    re_path(rf"^organizations/{_ID}/?$", views.organization_detail, name="organization"),
    re_path(r"^service_at_locations/?$", views.service_at_location_list, name="service_at_locations"),
    re_path(rf"^service_at_locations/{_ID}/?$", views.service_at_location_detail, name="service_at_location"),
    re_path(r"^taxonomies/?$", views.taxonomy_list, name="taxonomies"),
    re_path(rf"^taxonomies/{_ID}/?$", views.taxonomy_detail, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_term_list, name="taxonomy_terms"),
    re_path(rf"^taxonomy_terms/{_ID}/?$", views.taxonomy_term_detail, name="taxonomy_term"),
    re_path(r"^(?P<rest>.*)$", views.unknown_path, name="unknown"),
]
