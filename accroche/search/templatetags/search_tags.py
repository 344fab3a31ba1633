"""`{% once %}…{% endonce %}`: a piece of the search page rendered once per process and language (decision 0205).

The search page's labels, help texts and headings are the same for every search; rendering their `{% translate %}`,
`{% url %}` and `{% static %}` tags on each request was a third of the template's time. A `once` block keeps its
output on the compiled template's node (the cached template loader keeps that node for the life of the process), by
language (`{% once params.tri %}`: and by these values, which must take only a handful of values). Put inside it only
what depends on nothing else: no request, no other parameter, no data.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()


MAX_VARIANTS = 256  # per block: beyond, its memo starts again (a key is meant to take a handful of values)


class OnceNode(template.Node):
    def __init__(self, nodelist, keys):
        self.nodelist = nodelist
        self.keys = keys
        self.rendered: dict[tuple, str] = {}

    def render(self, context):
        language = context.get("LANGUAGE_CODE") or get_language()  # the i18n context processor's, else the active one
        key = (language, *(k.resolve(context) for k in self.keys))
        html = self.rendered.get(key)
        if html is None:
            if len(self.rendered) >= MAX_VARIANTS:
                self.rendered.clear()
            html = self.rendered[key] = self.nodelist.render(context)
        return mark_safe(html)  # noqa: S308 — the output of the block's own template nodes


@register.tag
def once(parser, token):
    """`{% once %}…{% endonce %}`, or `{% once value … %}` for a block that also depends on these few values."""
    keys = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endonce",))
    parser.delete_first_token()
    return OnceNode(nodelist, keys)
