"""What the search page shows around the results: facet panels, filter chips, the histogram.

Every control is a plain link or a GET form built from the current query string, so the page
works without JavaScript and a copied address reproduces it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote_plus, urlencode

from django.http import QueryDict
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from documents.labels import DOC_TYPE_LABELS, MEETING_TYPE_LABELS, labels_table
from documents.permalinks import permalink_maker
from documents.search import FACETS, FacetValue, SearchHit, SearchOutcome, SearchParams, facet_named

# Values shown before "more"; the rest sit in a list filtered as one types.
TOP_VALUES = 10
# More than this and the "more" list is cut: the full list is on the facet page.
MORE_VALUES = 150
# The page's own parameter (not a filter): which province boundaries the province facet shows.
BOUNDARIES = "boundaries"


def link(query: QueryDict, **changes) -> str:
    """The current query string with ``changes`` applied; None removes, a list replaces."""
    data = query.copy()
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        elif isinstance(value, list):
            if value:
                data.setlist(name, value)
            else:
                data.pop(name, None)
        else:
            data[name] = value
    if "page" not in changes:
        data.pop("page", None)  # a changed filter starts again at page 1
    encoded = data.urlencode()
    return "?" + encoded if encoded else "?"


def toggle_url(query: QueryDict, params: SearchParams, name: str, value: str) -> str:
    selected = params.selected(name)
    if value in selected:
        inside = facet_named(name).removing(value, params.filters)
        return link(query, **{name: [v for v in selected if v != value]}, **inside)
    return link(query, **{name: [*selected, value]})


# Stands for the value in a query string encoded once for a whole facet (see adding_link).
_VALUE_MARKER = "\x00value\x00"


def adding_link(query: QueryDict, params: SearchParams, name: str) -> Callable[[str], str]:
    """value → toggle_url(query, params, name, value) for values not selected yet. A facet
    lists up to ~160 values and each link re-encodes the whole query string; here it is encoded
    once, with a marker where the value goes."""
    template = link(query, **{name: [*params.selected(name), _VALUE_MARKER]})
    marker = urlencode({name: _VALUE_MARKER})
    head, found, tail = template.partition(marker)
    if not found or marker in tail:  # cannot happen with a QueryDict; never take a wrong shortcut
        return lambda value: toggle_url(query, params, name, value)
    # urlencode({name: value}) is the name's part (the same for every value) and quote_plus(value).
    head += urlencode({name: ""})
    return lambda value: head + quote_plus(str(value)) + tail


@dataclass
class FacetRow:
    value: FacetValue
    url: str
    label: str
    count_text: str  # the count as the page writes it (localize), made once per count by facet_rows

    @property
    def html(self) -> SafeString:
        return facet_row_html(self.value, self.url, self.label, self.count_text)


def facet_row_html(value: FacetValue, url: str, label: str, count_text: str) -> SafeString:
    """One facet value's list item: its link, check mark, label and count. Written here, not
    in a template: a search page has hundreds of them, and the template language's lookups for
    each were a large share of the page's time."""
    url, label = conditional_escape(url), conditional_escape(label)
    count = conditional_escape(count_text)
    if value.selected:
        state = conditional_escape(_("đang chọn, bấm để bỏ"))
        return mark_safe(  # noqa: S308 - every value is escaped above
            f'<li><a href="{url}" class="selected" aria-current="true"><span class="facet-check" '
            f'aria-hidden="true">☑</span> <span class="facet-label">{label}</span><span '
            f'class="visually-hidden"> ({state})</span></a> <span class="count">{count}</span></li>'
        )
    return mark_safe(  # noqa: S308 - every value is escaped above
        f'<li><a href="{url}"><span class="facet-check" aria-hidden="true">☐</span> '
        f'<span class="facet-label">{label}</span></a> <span class="count">{count}</span></li>'
    )


@dataclass
class FacetPanel:
    name: str
    title: str
    rows: list[FacetRow]
    more: list[FacetRow] = field(default_factory=list)
    more_total: int = 0
    all_url: str | None = None
    switch: list[tuple[str, str, bool]] = field(default_factory=list)  # (label, url, current)

    @property
    def has_selection(self) -> bool:
        return any(row.value.selected for row in self.rows + self.more)

    @property
    def more_cut(self) -> bool:
        return self.more_total > len(self.more)

    @property
    def rows_html(self) -> SafeString:
        return mark_safe("".join(row.html for row in self.rows))  # noqa: S308 - each row is escaped

    @property
    def more_html(self) -> SafeString:
        return mark_safe("".join(row.html for row in self.more))  # noqa: S308 - each row is escaped


def facet_rows(query, params, name, values: list[FacetValue], prefix: str = "") -> list[FacetRow]:
    """Each value with the link that selects it (the query encoded once for all) or, selected,
    drops it; ``prefix`` goes before each link (the search page's path, off that page)."""
    add = adding_link(query, params, name)
    counts: dict[int, str] = {}  # most counts repeat (1, 2, 3...): each is localized once
    return [
        FacetRow(
            value=v,
            url=prefix + (toggle_url(query, params, name, v.value) if v.selected else add(v.value)),
            label=v.label,
            count_text=counts.get(v.count) or counts.setdefault(v.count, localize(v.count)),
        )
        for v in values
    ]


def _panel(query, params, name, values: list[FacetValue], facet_url: str) -> FacetPanel:
    # Selected values always stay in view, whatever their count.
    top = values[:TOP_VALUES] + [v for v in values[TOP_VALUES:] if v.selected]
    rest = [v for v in values[TOP_VALUES:] if not v.selected]
    return FacetPanel(
        name=name,
        title=str(facet_named(name).title),
        rows=facet_rows(query, params, name, top),
        more=facet_rows(query, params, name, rest[:MORE_VALUES]),
        more_total=len(rest),
        all_url=f"{facet_url}{link(query)}" if rest else None,
    )


def province_view(query: QueryDict, params: SearchParams) -> str:
    """ "time" (the 63 as at the document's date) or "2025" (the 34 since)."""
    chosen = query.get(BOUNDARIES)
    if chosen in ("time", "2025"):
        return chosen
    return "2025" if params.selected("province_current") and not params.selected("province") else "time"


def facet_panels(query, params: SearchParams, outcome: SearchOutcome, facet_url) -> list[FacetPanel]:
    """The panels of the counted facets, in the registry's order. The province shows one of its
    two boundaries, with a switch; the date steps drill down year → quarter → month."""
    view = province_view(query, params)
    panels = []
    for facet in FACETS:
        if not facet.counted:
            continue
        if facet.kind == "province":
            if facet.boundary != view:
                continue
            panel = _panel(
                query, params, facet.param, outcome.facets.get(facet.param, []), facet_url(facet.param)
            )
            panel.title = str(facet_named("province").title)
            panel.switch = [
                (_("Lúc ban hành"), link(query, **{BOUNDARIES: "time"}), view == "time"),
                (_("34 tỉnh, thành từ 2025"), link(query, **{BOUNDARIES: "2025"}), view == "2025"),
            ]
            panels.append(panel)
            continue
        shown = facet.shown_values(outcome.facets.get(facet.param, []), params.filters)
        if shown is None:
            continue
        if facet.kind == "date":  # every year, quarter or month in view, in time order
            rows = facet_rows(query, params, facet.param, shown)
            panels.append(FacetPanel(facet.param, str(facet.title), rows))
        else:
            panels.append(_panel(query, params, facet.param, shown, facet_url(facet.param)))
    return [p for p in panels if p.rows or p.switch]


@dataclass
class ResultRow:
    """A hit with what its list item shows beside the document: its page's address and the
    labels of its meeting and document types."""

    hit: SearchHit
    url: str
    meeting_type: str
    doc_type: str


def result_rows(hits: list[SearchHit]) -> list[ResultRow]:
    """The page's hits with their addresses (reversed once for all, the pk filled in) and labels
    (translated once a language): what get_absolute_url and get_..._display give, without
    their cost for every hit (a choice's display hashes every label of the field)."""
    permalink = permalink_maker(lambda path: path)
    meeting_types, doc_types = labels_table(MEETING_TYPE_LABELS), labels_table(DOC_TYPE_LABELS)
    rows = []
    for hit in hits:
        document = hit.document
        meeting = document.meeting_type
        doc_type = document.doc_type
        rows.append(
            ResultRow(
                hit=hit,
                url=permalink(document.pk),
                meeting_type=meeting_types.get(meeting, meeting) if meeting else "",
                doc_type=doc_types.get(doc_type, doc_type) if doc_type else "",
            )
        )
    return rows


def tier_summary(outcome: SearchOutcome) -> str:
    """How many documents hold every word, most of them, some of them; "" when all hold every
    word. Each number is counted in its own sentence (one document contains, two contain), and
    "more" only follows a tier that has documents."""
    if not outcome.partial_total:
        return ""
    complete, most, some = outcome.complete_total, outcome.most_total, outcome.some_total
    if complete:
        parts = [
            ngettext("%(n)s văn bản chứa đủ mọi từ", "%(n)s văn bản chứa đủ mọi từ", complete)
            % {"n": complete}
        ]
    else:
        parts = [_("Không văn bản nào chứa đủ mọi từ")]
    if most:
        if complete:
            text = ngettext(
                "%(n)s văn bản khác chứa phần lớn các từ", "%(n)s văn bản khác chứa phần lớn các từ", most
            )
        else:
            text = ngettext("%(n)s văn bản chứa phần lớn các từ", "%(n)s văn bản chứa phần lớn các từ", most)
        parts.append(text % {"n": most})
    if some:
        if complete or most:
            text = ngettext("%(n)s văn bản khác chứa một số từ", "%(n)s văn bản khác chứa một số từ", some)
        else:
            text = ngettext("%(n)s văn bản chứa một số từ", "%(n)s văn bản chứa một số từ", some)
        parts.append(text % {"n": some})
    return "; ".join(parts)


@dataclass
class Chip:
    label: str
    url: str


def chips(query: QueryDict, params: SearchParams) -> list[Chip]:
    """One removable chip per active filter value, the query words and the date range."""
    found = []
    if params.q:
        found.append(Chip(_("Từ khóa: %(q)s") % {"q": params.q}, link(query, q=None)))
    for facet in FACETS:
        for value in params.selected(facet.param):
            found.append(
                Chip(f"{facet.title}: {facet.label(value)}", toggle_url(query, params, facet.param, value))
            )
    if params.date_from:
        found.append(
            Chip(
                _("Từ ngày %(d)s") % {"d": params.date_from.strftime("%d/%m/%Y")}, link(query, date_from=None)
            )
        )
    if params.date_to:
        found.append(
            Chip(_("Đến ngày %(d)s") % {"d": params.date_to.strftime("%d/%m/%Y")}, link(query, date_to=None))
        )
    return found


def page_links(query: QueryDict, page: int, num_pages: int) -> list[tuple[int | None, str | None]]:
    """(number, url) for a window of pages around the current one; (None, None) is a gap."""
    wanted = {1, num_pages, *range(max(1, page - 2), min(num_pages, page + 2) + 1)}
    out: list[tuple[int | None, str | None]] = []
    previous = 0
    for number in sorted(wanted):
        if number - previous > 1:
            out.append((None, None))
        out.append((number, link(query, page=str(number))))
        previous = number
    return out
