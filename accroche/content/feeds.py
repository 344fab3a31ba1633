"""RSS 2.0 feed of the news pages."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .selectors import latest_news, site_page_urls


class NewsFeed(Feed):
    title = _("Ensemble accrochons-nous — actualités")
    description = _("Les nouvelles du réseau liégeois contre le décrochage scolaire.")
    language = "fr-be"

    def link(self):
        return site_page_urls().get("news", "/")

    def items(self):
        return latest_news(limit=20)

    def item_title(self, item):
        return f"[{_('Exemple')}] {item.title}" if item.is_demo else item.title

    def item_description(self, item):
        return item.intro or item.search_description

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))
