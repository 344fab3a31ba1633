"""Rich text sanitised before it reaches a page (nh3), a second layer behind the Content-Security-Policy.

Wagtail's editor already filters what it stores, but content also arrives by imports, fixtures and the API of
StreamField; every HTML fragment shown with |safe goes through `clean_html` first.
"""

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "h2", "h3", "h4", "h5", "blockquote", "code",
    "sup", "sub", "hr", "abbr", "span", "small",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "span": {"lang"}}


def clean_html(html: str) -> str:
    """Keeps the formatting tags of rich text; drops scripts, styles, event handlers and javascript: links."""
    if not html:
        return ""
    return nh3.clean(
        str(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
