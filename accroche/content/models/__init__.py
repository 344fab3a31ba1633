"""Wagtail page models and the library of tools."""

from .library import Audience, Resource
from .news import NewsIndexPage, NewsPage
from .pages import AudiencePage, HomePage, ProjectPage, StandardPage
from .rules import RulePage
from .timeline import TimelineEvent, TimelinePage
from .videos import ServiceVideo

__all__ = [
    "Audience",
    "AudiencePage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ProjectPage",
    "Resource",
    "RulePage",
    "ServiceVideo",
    "StandardPage",
    "TimelineEvent",
    "TimelinePage",
]
