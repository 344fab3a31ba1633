"""sitemap.xml: Wagtail pages, the library and the directory's service pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from .models import Resource


class ResourceSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Resource.objects.published().order_by("slug")

    def lastmod(self, item):
        return item.updated_at


class ServiceSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        from accroche.directory.models import Service

        return Service.objects.public().order_by("slug")

    def lastmod(self, item):
        return getattr(item, "modified_at", None)


class StaticSitemap(Sitemap):
    """The public entry points of the other apps."""

    def items(self):
        return [
            "content:library",
            "search:directory",
            "maps:map",
            "orientation:index",
            "network:agenda",
            "opendata:index",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {"pages": WagtailSitemap, "outils": ResourceSitemap, "services": ServiceSitemap, "entrees": StaticSitemap}
