"""The CMS pages linked from every page (footer), read only when a template uses them."""

from django.utils.functional import SimpleLazyObject

from .selectors import site_page_urls


def site_pages(request):
    return {"site_pages": SimpleLazyObject(site_page_urls)}
