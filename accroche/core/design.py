"""The design system's tokens as data, for the living /design/ page: colours with their computed contrast ratios."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

WHITE = "#ffffff"
BACKGROUND = "#fffdf8"


@dataclass(frozen=True)
class Colour:
    """Represents a colour token of main.css, the background it is used on, and where it is used."""

    token: str
    value: str
    on: str
    use: str

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.value, self.on)

    @property
    def level(self) -> str:
        """Returns the WCAG 2.1 level the pair meets for normal text (AAA ≥ 7, AA ≥ 4.5), or « — »."""
        if self.ratio >= 7:
            return "AAA"
        if self.ratio >= 4.5:
            return "AA"
        return "AA (grand texte, éléments)" if self.ratio >= 3 else "—"


COLOURS = [
    Colour("--color-ink", "#1d1d1b", BACKGROUND, _("texte")),
    Colour("--color-muted", "#545450", BACKGROUND, _("texte secondaire, métadonnées")),
    Colour("--color-primary", "#0b5f63", WHITE, _("liens, boutons, en-tête")),
    Colour("--color-primary-dark", "#073f42", WHITE, _("titres, survol")),
    Colour("--color-accent", "#b33c16", WHITE, _("accent : filet de l’en-tête, position approximative")),
    Colour("--color-warn-ink", "#5c4300", "#fff4d6", _("texte des alertes « à vérifier »")),
    Colour("--color-danger-ink", "#8a1111", "#fde7e7", _("erreurs, urgence")),
    Colour("#174d22", "#174d22", "#e3f4e6", _("confirmation")),
    Colour("--color-focus (halo)", "#ffd23f", "#0b5f63", _("halo du focus, autour d’un anneau noir")),
    Colour("#ffffff", WHITE, "#0b5f63", _("texte de l’en-tête et des boutons")),
]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """Returns the WCAG relative luminance of a #rrggbb colour."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """Returns the WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return round((la + 0.05) / (lb + 0.05), 2)


TYPE_SCALE = [
    ("--step-3", "h1", "clamp(1,75 rem → 2,35 rem)", _("titre de page, un seul par page")),
    ("--step-2", "h2", "1,5 rem", _("sections")),
    ("--step-1", "h3", "1,25 rem", _("titres de cartes, sous-sections")),
    ("--step-0", "p", "1,0625 rem (17 px)", _("texte courant, champs de formulaire")),
    ("--step--1", "small", "0,875 rem", _("métadonnées, badges, puces de filtre")),
]

SPACING = [  # (token, value, pixels at the default text size — drawn as SVG: the CSP forbids inline styles)
    ("--space-1", ".25rem", 4),
    ("--space-2", ".5rem", 8),
    ("--space-3", ".75rem", 12),
    ("--space-4", "1rem", 16),
    ("--space-5", "1.5rem", 24),
    ("--space-6", "2rem", 32),
    ("--space-7", "3rem", 48),
]
