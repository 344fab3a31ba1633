"""Root URL configuration: each domain app owns its own public paths; Wagtail pages come last."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/hsds/", include("accroche.api.urls")),
    path("", include("accroche.core.urls")),
    path("", include("accroche.search.urls")),
    path("", include("accroche.directory.urls")),
    path("", include("accroche.maps.urls")),
    path("", include("accroche.orientation.urls")),
    path("", include("accroche.network.urls")),
    path("", include("accroche.opendata.urls")),
    path("", include("accroche.schools.urls")),
    path("", include("accroche.content.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "accroche.core.errors.bad_request"
handler403 = "accroche.core.errors.permission_denied"
handler404 = "accroche.core.views.page_not_found"
handler500 = "accroche.core.views.server_error"
