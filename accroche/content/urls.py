from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import video_views, views
from .feeds import NewsFeed
from .sitemaps import SITEMAPS

app_name = "content"
urlpatterns = [
    path("outils/", views.library, name="library"),
    path("outils/<slug:slug>/", views.resource_detail, name="resource_detail"),
    path("recherche/", views.search, name="search"),
    path("actualites/rss.xml", NewsFeed(), name="news_feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("espace-partenaires/services/<uuid:pk>/video/", video_views.video_propose_view, name="service_video_propose"),
]
