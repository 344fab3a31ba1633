"""The search parameters shared by the search page, the map, the pathways and the API (one URL grammar)."""

from dataclasses import dataclass, field, fields

from django.http import QueryDict

from accroche.core.params import ParamError, Reader

SORTS = ("relevance", "distance", "name")
MAX_QUERY_LENGTH = 200


@dataclass
class SearchParams:
    """What a person asked: free text, filters and an optional place (same names as the URL parameters)."""

    q: str = ""
    plateforme: str = ""
    lieu: str = ""  # postal code ("4800") or commune/locality name ("Verviers")
    lat: float | None = None  # browser geolocation, only on request
    lon: float | None = None
    type: list[str] = field(default_factory=list)  # service-type term codes
    besoin: list[str] = field(default_factory=list)  # need term codes
    public: list[str] = field(default_factory=list)  # audience term codes
    age: int | None = None
    gratuit: bool = False
    anonyme: bool = False
    sans_mandat: bool = False
    ligne: str = ""  # premiere_ligne | deuxieme_ligne
    tri: str = "relevance"
    page: int = 1

    def to_querydict(self) -> QueryDict:
        """Returns the URL parameters for these params (defaults left out), for links and pagination."""
        qd = QueryDict(mutable=True)
        default = SearchParams()
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name) or value in (None, "", []):
                continue
            if isinstance(value, list):
                qd.setlist(f.name, value)
            elif isinstance(value, bool):
                qd[f.name] = "1"
            else:
                qd[f.name] = str(value)
        return qd

    @property
    def has_filters(self) -> bool:
        return any(
            [
                self.plateforme,
                self.type,
                self.besoin,
                self.public,
                self.age is not None,
                self.gratuit,
                self.anonyme,
                self.sans_mandat,
                self.ligne,
            ]
        )


class SearchParamsError(ParamError):
    """Raised for a malformed parameter; `errors` maps each parameter to a French message (core.params grammar)."""


def params_from_querydict(data: QueryDict) -> SearchParams:
    """Parses and validates URL parameters; raises SearchParamsError with a message per bad parameter."""
    read = Reader(data)
    params = SearchParams()
    params.q = read.text("q", max_length=MAX_QUERY_LENGTH)
    params.plateforme = read.identifier("plateforme")
    params.lieu = read.text("lieu", max_length=100)
    params.ligne = read.identifier("ligne")
    for name in ("type", "besoin", "public"):
        setattr(params, name, read.identifiers(name))
    for name in ("gratuit", "anonyme", "sans_mandat"):
        setattr(params, name, read.flag(name))
    params.age = read.integer("age", low=0, high=120)
    params.page = read.integer("page", low=1, high=10_000, default=1)
    params.lat = read.decimal("lat", low=-90, high=90)
    params.lon = read.decimal("lon", low=-180, high=180)
    errors = read.errors
    if (params.lat is None) != (params.lon is None) and "lat" not in errors and "lon" not in errors:
        errors["lat"] = "lat et lon vont ensemble"
    tri = read.identifier("tri") or "relevance"
    if tri not in SORTS:
        errors.setdefault("tri", f"valeur attendue : {', '.join(SORTS)}")
    else:
        params.tri = tri
    if params.ligne and params.ligne not in ("premiere_ligne", "deuxieme_ligne"):
        errors["ligne"] = "valeur attendue : premiere_ligne ou deuxieme_ligne"
    errors.update({k: v for k, v in _unknown_codes(params).items() if k not in errors})
    if errors:
        raise SearchParamsError(errors)
    return params


def _unknown_codes(params: SearchParams) -> dict[str, str]:
    """Returns a French message for each filter naming a plateforme or a term that does not exist."""
    from accroche.geo.choices import plateforme_choices

    from .memo import filter_terms, remember

    errors = {}
    if params.plateforme and params.plateforme not in (
        known_plateformes := [slug for slug, _name in remember("plateformes", None, plateforme_choices)]
    ):
        errors["plateforme"] = f"valeur attendue : {', '.join(known_plateformes)}"
    for name, known in filter_terms().items():
        unknown = [code for code in getattr(params, name) if code not in known]
        if unknown:
            errors[name] = f"code inconnu : {', '.join(unknown)}"
    return errors
