"""The in-memory inverted index, loaded from SearchDocument rows and reloaded when the index version changes."""

import gc
import math
import threading
from dataclasses import dataclass, field
from itertools import compress, repeat

from django.db import connection

from accroche.directory.choices import Line, Mandate, Scope, Tristate

from .models import SearchDocument, SearchIndexState
from .synonyms import Thesaurus, load_thesaurus
from .text import fold, stem, words

FIELD_WEIGHTS = {
    "name_tokens": 10.0,
    "type_tokens": 7.0,
    "need_tokens": 5.0,
    "audience_tokens": 2.5,
    "place_tokens": 2.0,
    "body_tokens": 1.0,
}
KM_PER_DEGREE_LAT = 110.57
KM_PER_DEGREE_LON = 111.32 * math.cos(math.radians(50.5))  # at the latitude of the province of Liège
FREEZE_FROM = 5000
_BIT_CHARS = bytes.maketrans(b"\x00\x01", b"01")
_BIT_VALUES = bytes.maketrans(b"01", b"\x00\x01")


@dataclass(slots=True)
class Doc:
    service_id: object
    sort_name: str
    is_public: bool
    plateforme: str
    scope: str
    minimum_age: int | None
    maximum_age: int | None
    free: str
    anonymous: str
    mandate: str
    line: str
    is_helpline: bool
    points: list
    areas: frozenset


# The SearchDocument columns a Doc takes in order (then its points and covered communes).
DOC_COLUMNS = (
    *("service_id", "sort_name", "is_public", "plateforme", "scope", "minimum_age", "maximum_age"),
    *("free", "anonymous", "mandate", "line", "is_helpline"),
)


def to_bits(indices, size: int) -> int:
    """Returns a bit set (a Python int) with the given positions set."""
    if not size:
        return 0
    flags = bytearray(size)
    for _ in map(flags.__setitem__, indices, repeat(1)):
        pass
    return int(flags.translate(_BIT_CHARS)[::-1], 2)


def from_bits(bits: int) -> list[int]:
    """Returns the positions set in a bit set, ascending."""
    if not bits:
        return []
    flags = bin(bits)[:1:-1].encode().translate(_BIT_VALUES)
    return list(compress(range(len(flags)), flags))


@dataclass
class MemoryIndex:
    docs: list[Doc] = field(default_factory=list)
    position: dict = field(default_factory=dict)  # service id → doc position
    postings: dict[str, dict[int, float]] = field(default_factory=dict)
    bits: dict[tuple[str, str], int] = field(default_factory=dict)
    public: int = 0
    helplines: int = 0
    all_docs: int = 0
    word_counts: dict[str, int] = field(default_factory=dict)  # folded word → frequency
    display: dict[str, str] = field(default_factory=dict)  # folded word → as people write it (accents)
    sorted_words: list[str] = field(default_factory=list)
    thesaurus: Thesaurus = field(default_factory=Thesaurus)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)  # folded words → place text
    max_place_words: int = 1
    point_doc: list[int] = field(default_factory=list)  # per location point: its doc, km east, km north
    point_x: list[float] = field(default_factory=list)
    point_y: list[float] = field(default_factory=list)
    multi_point_docs: dict[int, list[int]] = field(default_factory=dict)  # doc → its point positions
    area_docs: dict[str, list[int]] = field(default_factory=dict)  # commune NIS code → docs covering it
    wide_docs: dict[str, set[int]] = field(default_factory=dict)  # scope → docs of that wide scope
    _age_bits: dict[int, int] = field(default_factory=dict)
    # Derived once per index and kept while it lasts (decision 0205): the distances of every document from the
    # places searched recently (engine._distances), the plateforme-wide services and the « own plateforme first »
    # sort keys of each plateforme.
    place_distances: dict = field(default_factory=dict)
    _plateforme_wide: dict[str, frozenset[int]] = field(default_factory=dict)
    _away: dict[str, bytes] = field(default_factory=dict)

    def plateforme_wide_docs(self, plateforme: str) -> frozenset[int]:
        """The services of plateforme-wide scope belonging to this plateforme."""
        if plateforme not in self._plateforme_wide:
            self._plateforme_wide[plateforme] = frozenset(
                i for i in self.wide_docs.get(Scope.PLATEFORME, ()) if self.docs[i].plateforme == plateforme
            )
        return self._plateforme_wide[plateforme]

    def away_from(self, plateforme: str) -> bytes:
        """A sort key per document: 0 for the services of this plateforme, 1 for the others."""
        if plateforme not in self._away:
            self._away[plateforme] = bytes(d.plateforme != plateforme for d in self.docs)
        return self._away[plateforme]

    def age_bits(self, age: int) -> int:
        if age not in self._age_bits:
            self._age_bits[age] = to_bits(
                (
                    i
                    for i, d in enumerate(self.docs)
                    if (d.minimum_age is None or d.minimum_age <= age)
                    and (d.maximum_age is None or d.maximum_age >= age)
                ),
                len(self.docs),
            )
        return self._age_bits[age]

    def knows(self, word: str) -> bool:
        """True when a folded word exists in the directory, the thesaurus or the place names."""
        return word in self.word_counts or word in self.thesaurus.words or stem(word) in self.postings


def _place_names() -> dict[tuple[str, ...], str]:
    from accroche.geo.selectors import served_communes, served_postal_codes

    # Places named inside a query are those of the provinces served (« psy verviers »); « lieu » takes any commune.
    names = {}
    for locality in served_postal_codes().values_list("locality", flat=True):
        names[tuple(words(locality))] = locality
    for commune in served_communes().values_list("name", flat=True):
        names[tuple(words(commune))] = commune
    names.pop((), None)
    return names


def build_memory_index() -> MemoryIndex:
    """Loads every search document into a fresh in-memory index."""
    index = MemoryIndex(thesaurus=load_thesaurus(), places=_place_names())
    index.max_place_words = max((len(k) for k in index.places), default=1)
    members: dict[tuple[str, str], list[int]] = {}
    public, helplines = [], []
    n = len(DOC_COLUMNS)
    rows = SearchDocument.objects.order_by("sort_name", "pk").values_list(
        *DOC_COLUMNS, "points", "area_communes", "type_codes", "need_codes", "audience_codes", "words", *FIELD_WEIGHTS
    )
    plateformes = set()
    for i, row in enumerate(rows.iterator(chunk_size=2000)):
        points, areas, types, needs, audiences, doc_words = row[n : n + 6]
        token_fields = row[n + 6 :]
        doc = Doc(*row[:n], [tuple(p) for p in points or []], frozenset(areas.split()))
        sid, is_public, plateforme, scope = doc.service_id, doc.is_public, doc.plateforme, doc.scope
        free, anonymous, mandate, line, helpline = doc.free, doc.anonymous, doc.mandate, doc.line, doc.is_helpline
        index.docs.append(doc)
        index.position[sid] = i
        if is_public:
            public.append(i)
        if helpline:
            helplines.append(i)
        plateformes.add(plateforme)
        for dimension, codes in (("type", types), ("besoin", needs), ("public", audiences)):
            for code in codes.split():
                members.setdefault((dimension, code), []).append(i)
        if free == Tristate.YES:
            members.setdefault(("gratuit", "1"), []).append(i)
        if anonymous == Tristate.YES:
            members.setdefault(("anonyme", "1"), []).append(i)
        if mandate == Mandate.FREE_ACCESS:
            members.setdefault(("sans_mandat", "1"), []).append(i)
        for value in (Line.FIRST, Line.SECOND):
            if line in (value, Line.MIXED):
                members.setdefault(("ligne", value.value), []).append(i)
        members.setdefault(("plateforme", plateforme), []).append(i)
        for field_name, text in zip(FIELD_WEIGHTS, token_fields, strict=True):
            weight = FIELD_WEIGHTS[field_name]
            for token in text.split():
                posting = index.postings.setdefault(token, {})
                if posting.get(i, 0.0) < weight:
                    posting[i] = weight
        for word in doc_words.split():
            folded = fold(word)
            index.word_counts[folded] = index.word_counts.get(folded, 0) + 1
            index.display.setdefault(folded, word)
        if len(doc.points) > 1:
            index.multi_point_docs[i] = list(range(len(index.point_doc), len(index.point_doc) + len(doc.points)))
        for lat, lon in doc.points:
            index.point_doc.append(i)
            index.point_x.append(lon * KM_PER_DEGREE_LON)
            index.point_y.append(lat * KM_PER_DEGREE_LAT)
        for nis in doc.areas:
            index.area_docs.setdefault(nis, []).append(i)
        index.wide_docs.setdefault(scope, set()).add(i)
    size = len(index.docs)
    for posting in index.postings.values():  # weights × idf, computed once per index version
        idf = math.log(1 + size / len(posting))
        for i in posting:
            posting[i] *= idf
    unassigned = members.get(("plateforme", ""), [])
    for (dimension, value), positions in members.items():
        if dimension == "plateforme":
            if not value:
                continue
            positions = positions + unassigned  # province- and FWB-wide services serve every plateforme
        index.bits[(dimension, value)] = to_bits(positions, size)
    index.public = to_bits(public, size)
    index.helplines = to_bits(helplines, size)
    index.all_docs = (1 << size) - 1
    for word in index.thesaurus.words:
        index.word_counts.setdefault(word, 1)
    index.sorted_words = sorted(index.word_counts)
    return index


_cache: dict[str, tuple[str, MemoryIndex]] = {}
_checked: dict[str, str] = {}  # database → the directory version at which its index token was last read
_lock = threading.Lock()


def current_index() -> MemoryIndex:
    """Returns the in-memory index of the current database, reloaded when the index's version changes.

    Reads only: queued changes are re-indexed by the task worker; until then searches use the last good index.
    Every change of the index token also bumps the directory version (`indexing.record_index_version`); with a cache
    shared by every process, the token is therefore read again only when that version has changed (decision 0205).
    """
    from .memo import shared_cache, versions

    key = f"{connection.alias}:{connection.settings_dict.get('NAME')}"
    cached = _cache.get(key)
    version = None
    if cached and shared_cache():
        version = versions()[0]
        if _checked.get(key) == version:
            return cached[1]
    token = SearchIndexState.objects.filter(key="index").values_list("token", flat=True).first() or ""
    if cached and cached[0] == token:
        if version is not None:
            _checked[key] = version
        return cached[1]
    with _lock:
        index = build_memory_index()
        _cache[key] = (token, index)
        _checked.pop(key, None)
        if len(index.docs) >= FREEZE_FROM:  # a big index lives long: keep its objects out of the GC's scans
            gc.collect()
            gc.freeze()
    return index


def clear_cache() -> None:
    _cache.clear()
    _checked.clear()
