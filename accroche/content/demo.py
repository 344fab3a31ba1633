"""Reference content of the public site: Wagtail root and Site, home, audience pages, project and its timeline,
rules, legal page, and the seed's real tools. Invented examples (news, example tools with placeholder PDFs) load only
through `load_examples` (`load_reference_content --with-examples`, decision 0112).

Idempotent: existing pages (found by slug) are left as editors changed them.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site

from . import demo_data as data
from . import example_data as examples
from .demo_pdf import example_pdf
from .models import (
    AudiencePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProjectPage,
    Resource,
    RulePage,
    StandardPage,
    TimelineEvent,
    TimelinePage,
)
from .selectors import LEGAL_PAGE_SLUG
from .services import ensure_audiences

logger = logging.getLogger(__name__)
ROOT_PAGE_TITLE = "Racine du site"  # Wagtail names it « Root »; the explorer shows it to coordinators
ROOT_COLLECTION_NAME = "Racine"


def ensure_root() -> Page:
    """Returns Wagtail's root page, recreating it, the locale and the root collection after a database flush."""
    Locale.objects.get_or_create(language_code="fr")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name=ROOT_COLLECTION_NAME)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(title=ROOT_PAGE_TITLE, slug="root", content_type=ContentType.objects.get_for_model(Page))
        )
    elif root.title == "Root":  # Wagtail's English default, shown in the page explorer
        Page.objects.filter(pk=root.pk).update(title=ROOT_PAGE_TITLE, draft_title=ROOT_PAGE_TITLE)
        root.refresh_from_db()
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)
    return root


def ensure_home(*, root: Page) -> HomePage:
    """Returns the home page, replacing Wagtail's default welcome page, and points the default Site at it."""
    home = HomePage.objects.first()
    if home is None:
        for page in root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)):
            if page.get_children_count() == 0:
                page.delete()
        home = root.add_child(
            instance=HomePage(
                title=settings.WAGTAIL_SITE_NAME,
                slug="accueil",
                intro=data.HOME_INTRO,
                seo_title="Accueil",
                search_description="Le réseau liégeois contre le décrochage scolaire.",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        address = urlsplit(settings.SITE_URL)
        Site.objects.create(
            hostname=address.hostname or "localhost",
            port=address.port or (443 if address.scheme == "https" else 80),
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def _child(parent: Page, model, slug: str, **fields):
    """Returns the child page with this slug, creating it (live) if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    now = timezone.now()
    return parent.add_child(instance=model(slug=slug, first_published_at=now, last_published_at=now, **fields))


def _pages(home: HomePage) -> int:
    before = Page.objects.count()
    for item in data.AUDIENCES:
        if AudiencePage.objects.filter(door=item["door"]).exists():
            continue
        _child(
            home,
            AudiencePage,
            item["slug"],
            title=item["title"],
            door=item["door"],
            door_hint=item["door_hint"],
            intro=item["intro"],
            pathway_url=item["pathway_url"],
            pathway_label=item["pathway_label"],
            directory_query=item["directory_query"],
            body=item["body"],
            search_description=item["door_hint"],
        )
    project = _child(
        home,
        ProjectPage,
        "le-projet",
        title="Le projet « Ensemble accrochons-nous »",
        intro=data.PROJECT_INTRO,
        body=data.PROJECT_BODY,
        search_description="Les objectifs, les partenaires et l’histoire du projet.",
    )
    if not TimelinePage.objects.exists():
        events = [
            TimelineEvent(date=date, precision=precision, title=title, description=description, is_demo=is_demo)
            for date, precision, title, description, is_demo in data.TIMELINE
        ]
        _child(
            project,
            TimelinePage,
            "ligne-du-temps",
            title="La ligne du temps",
            intro=f'<p>Les étapes du projet depuis 2019, d’après <a href="{data.SEED}">sa présentation sur '
            "AccrochAJE</a>, où la ligne du temps complète est publiée.</p>",
            events=events,
        )
    _child(
        home,
        RulePage,
        data.RULES_SLUG,
        title="Absences scolaires et certificats médicaux : ce que dit la règle",
        intro=data.RULES_INTRO,
        body=data.RULES_BODY,
        sources_consulted_on=data.CHECKED,
        search_description="Obligation scolaire de 5 à 18 ans, justification des absences, certificat médical, "
        "seuils de 9 et 20 demi-jours.",
    )
    _child(home, NewsIndexPage, "actualites", title="Actualités", intro="<p>Les nouvelles du réseau.</p>")
    _child(
        home,
        StandardPage,
        LEGAL_PAGE_SLUG,
        title="Mentions légales et vie privée",
        body=data.LEGAL_BODY,
        intro="<p>Qui publie ce site et comment il respecte votre vie privée.</p>",
    )
    return Page.objects.count() - before


def _tools() -> int:
    """The seed's real tools, described as the project page describes them, linking to where they are published."""
    created = 0
    for slug, title, kind, fmt, period, audiences, description in data.TOOLS:
        if Resource.objects.filter(slug=slug).exists():
            continue
        resource = Resource(
            slug=slug,
            title=title,
            kind=kind,
            format=fmt,
            period=period,
            description=f"{description}\n\n{data.SEED_NOTE}",
            url=data.SEED,
            source_url=data.SEED,
            to_verify=True,
        )
        resource.full_clean(exclude=["audiences"])
        resource.save()
        resource.audiences.set(audiences)
        created += 1
    return created


def _example_resources() -> int:
    Document = get_document_model()
    created = 0
    for (
        slug,
        title,
        kind,
        fmt,
        language,
        date,
        audiences,
        description,
        licence,
        with_file,
        url,
    ) in examples.EXAMPLE_RESOURCES:
        slug = f"exemple-{slug}"
        if Resource.objects.filter(slug=slug).exists():
            continue
        document = None
        if with_file:
            document = Document(title=f"{title} (exemple)")
            document.file.save(f"{slug}.pdf", ContentFile(example_pdf(title=title)), save=False)
            document.save()
        resource = Resource(
            slug=slug,
            title=title,
            kind=kind,
            format=fmt,
            language=language,
            published_on=date,
            description=description,
            licence=licence,
            document=document,
            url=url,
            is_demo=True,
        )
        resource.full_clean(exclude=["audiences"])
        resource.save()
        resource.audiences.set(audiences)
        created += 1
    return created


def load_demo(*, stdout) -> None:
    """Creates the reference site (idempotent); reports what was created."""
    ensure_audiences()
    home = ensure_home(root=ensure_root())
    pages = _pages(home)
    tools = _tools()
    stdout.write(f"Site : {pages} page(s) et {tools} outil(s) du réseau (à vérifier) créés.")


def load_examples(*, stdout) -> None:
    """Adds the invented examples (news, example tools with placeholder PDFs), all flagged « exemple »."""
    home = ensure_home(root=ensure_root())
    news_index = _child(home, NewsIndexPage, "actualites", title="Actualités", intro="<p>Les nouvelles du réseau.</p>")
    before = Page.objects.count()
    for date, title, intro, slug in examples.EXAMPLE_NEWS:
        _child(
            news_index,
            NewsPage,
            f"exemple-{slug}",
            title=title,
            date=date,
            intro=intro,
            is_demo=True,
            body=[("paragraph", f"<p>{intro}</p>")],
        )
    resources = _example_resources()
    stdout.write(
        f"Exemples : {Page.objects.count() - before} actualité(s) et {resources} outil(s) inventés, "
        "marqués « exemple »."
    )
