"""The register as a PDF report: what a city files and hands to an auditor.

``write_register_pdf(snapshot, out)`` lays out, on A4:

1. a cover: the controller (organisation, address, DPO, representative), when the report was
   made, by whom, from which vault and for which scope;
2. a table of contents (two levels, with page numbers and links);
3. summary tables of the processing activities (Art. 30(1)) and of the activities as processor
   (Art. 30(2)): reference, name, department, status, completeness, next review; tables are
   cut into chunks of ``SUMMARY_CHUNK`` rows (one huge table costs minutes and gigabytes);
4. one section per activity, every field grouped as ``domain/fields.py`` groups them, each group
   under its Art. 30 letter. Items Art. 30 asks for that are not recorded are flagged (⚠, red),
   optional empty items show "—".

Every page but the cover has a header (organisation, scope, export time) and every page a footer
("Page x of y", vault id, govkit version). The PDF has an outline (bookmarks), document
properties (title, author, subject, creator, keywords, language) and embeds DejaVu Sans from
``resources/fonts`` so that Latin, Greek and Cyrillic names print as typed.

Pure function of a ``RegisterSnapshot``: it runs in a worker thread, never touches the database,
calls ``progress.step`` now and then and stops with ``Cancelled`` when asked to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from govkit import __version__
from govkit.domain.completeness import completeness
from govkit.domain.fields import (
    AI_SYSTEM_FIELDS,
    AI_SYSTEM_GROUPS,
    CONTROLLER_FIELDS,
    CONTROLLER_GROUPS,
    ORGANISATION_FIELDS,
    PROCESSOR_FIELDS,
    PROCESSOR_GROUPS,
    FieldSpec,
    GroupSpec,
)
from govkit.domain.models import AiSystem
from govkit.exports.ai_public import phase_label, tier_label
from govkit.exports.pdf_ai import ai_field_values, open_duty_count
from govkit.exports.pdf_canvas import NumberedCanvas
from govkit.exports.pdf_fonts import BOLD, FAMILY, ITALIC, REGULAR, register_fonts
from govkit.exports.pdf_values import (
    WARNING_SIGN,
    FieldValue,
    Look,
    Piece,
    Record,
    clean,
    field_values,
    format_date,
    format_datetime,
    is_live,
    markup,
    review_overdue,
    status_label,
)
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _

SUMMARY_CHUNK = 1000
EXPECTED_PASSES = 2  # multiBuild: with guessed page numbers, then with the real ones

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LABEL_WIDTH = 52 * mm
CELL_PADDING = 4
VALUE_WIDTH = FRAME_WIDTH - LABEL_WIDTH - 2 * CELL_PADDING
# A table row cannot break across pages, so a value taller than this is cut at line ends into
# several rows: a 20,000-character description flows over as many pages as it needs.
ROW_HEIGHT = 140.0

NAVY = colors.HexColor("#1f3a5f")
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
LIGHT_GREY = colors.HexColor("#8a8a8a")
RULE = colors.HexColor("#c9d3df")
BAND = colors.HexColor("#e4ebf3")
ZEBRA = colors.HexColor("#f5f7fa")
ALERT = colors.HexColor("#a61b1b")
ALERT_BAND = colors.HexColor("#fbeaea")


@dataclass(frozen=True)
class PdfResult:
    pages: int
    passes: int


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells (the empty half of a spanned row) use the
    embedded font: reportlab's default would add an unembedded Helvetica to the file."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


# -- styles ---------------------------------------------------------------------------------------


def report_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base",
        fontName=REGULAR,
        fontSize=9,
        leading=12,
        textColor=INK,
        alignment=TA_LEFT,
        splitLongWords=1,
    )

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "base": base,
        "cover_kicker": style(
            "cover_kicker", fontName=BOLD, fontSize=10, leading=13, textColor=NAVY
        ),
        "cover_title": style(
            "cover_title", fontName=BOLD, fontSize=24, leading=30, textColor=NAVY, spaceAfter=4
        ),
        "cover_subtitle": style("cover_subtitle", fontSize=14, leading=18, textColor=GREY),
        "cover_note": style("cover_note", fontSize=8, leading=11, textColor=GREY),
        "h1": style(
            "h1",
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=NAVY,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": style(
            "h2",
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "h3": style(
            "h3",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "meta": style("meta", fontSize=8.5, leading=11, textColor=GREY, spaceAfter=6),
        "intro": style("intro", spaceAfter=6),
        "small": style("small", fontSize=7.5, leading=10, textColor=GREY, spaceBefore=6),
        "label": style("label", fontName=BOLD, fontSize=8, leading=10.5, textColor=GREY),
        "group": style("group", fontName=BOLD, fontSize=9, leading=12, textColor=NAVY),
        Look.TEXT: style("value", spaceBefore=2),
        Look.BULLET: style(
            "bullet", leftIndent=10, bulletIndent=1, bulletFontName=REGULAR, spaceBefore=2
        ),
        Look.DETAIL: style("detail", leftIndent=10, fontSize=8.5, leading=11, textColor=GREY),
        Look.EMPTY: style("empty", textColor=LIGHT_GREY),
        Look.MISSING: style("missing", fontName=BOLD, textColor=ALERT),
        "cell": style("cell", fontSize=8, leading=10),
        "cell_head": style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=NAVY),
        "cell_right": style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        "alert_box": style("alert_box", fontSize=8.5, leading=11.5, textColor=ALERT),
        "toc0": style(
            "toc0", fontName=BOLD, fontSize=10, leading=14, spaceBefore=6, textColor=NAVY
        ),
        "toc1": style("toc1", fontSize=8.5, leading=11, leftIndent=14, firstLineIndent=0),
    }


# -- headings that feed the outline and the table of contents --------------------------------------


class Heading(Paragraph):
    """A heading that adds a bookmark, an outline entry and (``toc``) a contents line."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        level: int,
        key: str,
        outline: str,
        toc: bool = True,
        closed: bool = False,
        counts: bool = False,
    ) -> None:
        super().__init__(text, style)
        self.level = level
        self.key = key
        self.outline_title = outline
        self.toc_text = text
        self.in_toc = toc
        self.closed = closed
        self.counts = counts  # an activity: counts for the progress report


class LazySection(Flowable):
    """Stands in the story for one record's section until the layout reaches it.

    The template then puts the section's flowables in its place (``filterFlowables``); they
    are laid out, drawn and dropped, so that only one record's paragraphs exist at a time
    instead of the whole register's (for 1,000 activities: hundreds of MiB less), at the cost
    of making them once per layout pass.
    """

    def __init__(
        self, make: Callable[[str], list[Flowable]], *, key: str, toc_text: str, outline: str
    ) -> None:
        super().__init__()
        self.make = make
        self.key = key
        self.level = 1
        self.toc_text = toc_text
        self.outline = outline

    def expand(self) -> list[Flowable]:
        return self.make(self.key)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:  # never drawn: replaced before layout
        return None


class ReportTemplate(BaseDocTemplate):
    def __init__(self, out: Any, *, progress: Progress, total_steps: int, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.progress = progress
        self.total_steps = total_steps
        self.done_steps = 0
        self.passes = 0
        self.last_pages = 0

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:  # type: ignore[override]
        """One pass of ``multiBuild``; remembers its page count for the next pass."""
        self.passes += 1
        super().build(flowables, **kwargs)
        self.last_pages = self.canv.pages_shown

    def make_canvas(self, *args: Any, **kwargs: Any) -> NumberedCanvas:
        """The canvas of one pass, told how many pages the pass before had."""
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.total_hint = self.last_pages
        return canvas

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        while flowables and isinstance(flowables[0], LazySection):
            flowables[0:1] = flowables[0].expand()

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        canvas = self.canv
        canvas.bookmarkPage(flowable.key)
        canvas.addOutlineEntry(
            flowable.outline_title, flowable.key, level=flowable.level, closed=flowable.closed
        )
        if flowable.in_toc:
            self.notify("TOCEntry", (flowable.level, flowable.toc_text, self.page, flowable.key))
        if flowable.counts:
            self.done_steps += 1
            self.progress.step(
                min(self.done_steps, self.total_steps - 1),
                self.total_steps,
                _("Laying out the pages (pass {n})").format(n=self.passes),
            )


# -- the document ---------------------------------------------------------------------------------


class _Report:
    def __init__(self, snapshot: RegisterSnapshot, progress: Progress, lang: str) -> None:
        self.snapshot = snapshot
        self.progress = progress
        self.lang = lang
        self.styles = report_styles()
        self.today: date = snapshot.exported_at.astimezone().date()
        self.exported = format_datetime(snapshot.exported_at)
        self._keys = 0
        self.toc: TableOfContents | None = None
        org = snapshot.organisation.name.strip()
        self.org_name = clean(org) if org else _("Organisation not named")
        self.records = (
            len(snapshot.controller_activities)
            + len(snapshot.processor_activities)
            + len(snapshot.ai_systems)
        )
        self.activity_names = {
            r.id: " ".join(v for v in (r.reference, r.name) if v)
            for r in [*snapshot.controller_activities, *snapshot.processor_activities]
        }

    def key(self) -> str:
        self._keys += 1
        return f"k{self._keys}"

    # -- page decoration -----------------------------------------------------------------------

    def _footer(self, canvas: NumberedCanvas, _doc: BaseDocTemplate) -> None:
        draw_footer(canvas, self.snapshot.vault_id)

    def _header(self, canvas: NumberedCanvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(BOLD, 7.5)
        title = _("Record of processing activities")
        canvas.drawString(MARGIN_X, y, title)
        x = MARGIN_X + canvas.stringWidth(title, BOLD, 7.5)
        canvas.setFont(REGULAR, 7.5)
        right = _("Exported {time}").format(time=self.exported)
        room = PAGE_WIDTH - 2 * MARGIN_X - canvas.stringWidth(right, REGULAR, 7.5) - 20
        org = fit_text(" · " + self.org_name + self._scope_suffix(), room - (x - MARGIN_X), 7.5)
        canvas.drawString(x, y, org)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _cover_page(self, canvas: NumberedCanvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 12 * mm, PAGE_WIDTH, 12 * mm, stroke=0, fill=1)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _scope_suffix(self) -> str:
        scope = self.scope_text()
        return "" if self.snapshot.scope == "all" else f" · {scope}"

    def scope_text(self) -> str:
        scope = self.snapshot.scope
        if scope == "all":
            return _("the whole register")
        if scope == "selection":
            return _("selected records")
        if scope.startswith("department: "):
            return _("department {name}").format(name=clean(scope.removeprefix("department: ")))
        return clean(scope)

    # -- story ---------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        story += [PageBreak()]
        story += self.summary()
        sections: tuple[
            tuple[str, str, Sequence[Record], Sequence[FieldSpec], Sequence[GroupSpec], str, str],
            ...,
        ] = (
            (
                _("Processing activities"),
                _("Art. 30(1)"),
                self.snapshot.controller_activities,
                CONTROLLER_FIELDS,
                CONTROLLER_GROUPS,
                _(
                    "Each processing activity of the organisation as controller, with every item "
                    "of GDPR Article 30(1)."
                ),
                _("No processing activities are recorded."),
            ),
            (
                _("Activities as processor"),
                _("Art. 30(2)"),
                self.snapshot.processor_activities,
                PROCESSOR_FIELDS,
                PROCESSOR_GROUPS,
                _(
                    "Each activity the organisation performs as processor on behalf of other "
                    "controllers, with every item of GDPR Article 30(2)."
                ),
                _("No activities as processor are recorded."),
            ),
        )
        legend = _(
            "{sign} marks an item that Article 30 requires and that is not recorded; “—” marks "
            "an optional item left empty. Archived and retired records are included and marked."
        ).format(sign=WARNING_SIGN)
        for title, article, records, specs, groups, intro, empty in sections:
            story.append(PageBreak())
            text = f"{markup(title)} <font size=11 color='#555555'>{markup(article)}</font>"
            story.append(
                Heading(
                    text,
                    self.styles["h1"],
                    level=0,
                    key=self.key(),
                    outline=f"{title} ({article})",
                    closed=len(records) > 60,
                )
            )
            story.append(Paragraph(markup(intro), self.styles["intro"]))
            if not records:
                story.append(Paragraph(markup(empty), self.styles["meta"]))
                continue
            story.append(Paragraph(markup(legend), self.styles["meta"]))
            story.append(Spacer(0, 4 * mm))
            for index, record in enumerate(records):
                if index:
                    story.append(PageBreak())
                else:
                    story.append(CondPageBreak(90 * mm))
                head, outline = self._record_heading(record)
                story.append(
                    LazySection(
                        partial(self.record_section, record, specs, groups),
                        key=self.key(),
                        toc_text=head,
                        outline=outline,
                    )
                )
        if self.snapshot.ai_systems:
            story += self.ai_part()
        self._seed_contents(story)
        return story

    # -- the AI systems register -----------------------------------------------------------

    def ai_part(self) -> list[Flowable]:
        s = self.styles
        systems = self.snapshot.ai_systems
        title, article = _("AI systems"), _("EU AI Act")
        text = f"{markup(title)} <font size=11 color='#555555'>{markup(article)}</font>"
        flow: list[Flowable] = [
            PageBreak(),
            Heading(
                text,
                s["h1"],
                level=0,
                key=self.key(),
                outline=f"{title} ({article})",
                closed=len(systems) > 60,
            ),
            Paragraph(
                markup(
                    _(
                        "The AI systems the organisation uses or prepares, with every field of "
                        "the record (internal ones too), the EU AI Act risk tier and the "
                        "deployer duties that follow from it, with their status."
                    )
                ),
                s["intro"],
            ),
        ]
        flow += self._ai_summary_table(systems)
        for system in systems:
            flow.append(PageBreak())
            head, outline = self._record_heading(system)
            flow.append(
                LazySection(
                    partial(self.ai_section, system), key=self.key(), toc_text=head, outline=outline
                )
            )
        return flow

    def _ai_summary_table(self, systems: Sequence[AiSystem]) -> list[Flowable]:
        s = self.styles
        widths = [21 * mm, 49 * mm, 30 * mm, 22 * mm, 30 * mm, 18 * mm]
        head = [
            Paragraph(markup(t), s["cell_head"])
            for t in (
                _("Reference"),
                _("Name"),
                _("Department"),
                _("Phase"),
                _("Risk tier"),
                _("Open duties"),
            )
        ]
        data: list[list[Any]] = [head]
        for system in systems:
            phase = phase_label(system.phase)
            if system.archived_at is not None:
                phase += " · " + _("archived")
            duties = open_duty_count(system)
            count = str(duties)
            if duties and system.archived_at is None:
                count = f'<font color="#a61b1b">{count}</font>'
            data.append(
                [
                    Paragraph(markup(system.reference), s["cell"]),
                    Paragraph(markup(system.name), s["cell"]),
                    Paragraph(markup(system.department), s["cell"]),
                    Paragraph(markup(phase), s["cell"]),
                    Paragraph(markup(tier_label(system.risk_tier)), s["cell"]),
                    Paragraph(count, s["cell_right"]),
                ]
            )
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
        tables: list[Flowable] = [Paragraph(markup(_("Summary")), s["h3"])]
        for start in range(1, len(data), SUMMARY_CHUNK):
            chunk = [head, *data[start : start + SUMMARY_CHUNK]]
            table = Table(chunk, colWidths=widths, repeatRows=1)
            table.setStyle(table_style(commands))
            tables.append(table)
        return tables

    def ai_section(self, system: AiSystem, key: str) -> list[Flowable]:
        s = self.styles
        head, outline = self._record_heading(system)
        flow: list[Flowable] = [
            Heading(head, s["h2"], level=1, key=key, outline=outline, counts=True)
        ]
        values, missing = ai_field_values(
            system, AI_SYSTEM_FIELDS, today=self.today, names=self.activity_names
        )
        live = system.archived_at is None and system.phase != "retired"
        parts = [
            markup(system.department) or markup(_("no department")),
            markup(phase_label(system.phase)),
            markup(tier_label(system.risk_tier)),
            markup(duties_open_text(open_duty_count(system))),
        ]
        if system.archived_at is not None:
            parts.append(
                markup(_("archived on {date}").format(date=format_date(system.archived_at)))
            )
        flow.append(Paragraph(" · ".join(parts), s["meta"]))
        if missing and live:
            text = _("Items not recorded ({n}): {items}").format(
                n=len(missing), items="; ".join(missing)
            )
            flow.append(self._alert_box(text))
            flow.append(Spacer(0, 3 * mm))
        by_group: dict[str, list[FieldValue]] = {}
        for value in values:
            by_group.setdefault(value.spec.group, []).append(value)
        not_recorded = _("Not recorded")
        for group in AI_SYSTEM_GROUPS:
            fields = by_group.get(group.key)
            if fields:
                flow.append(self._group_table(group, fields, missing_text=not_recorded))
                flow.append(Spacer(0, 3 * mm))
        flow.append(Paragraph(markup(self._bookkeeping(system)), s["small"]))
        return flow

    def _seed_contents(self, story: Sequence[Flowable]) -> None:
        """Give the contents its entries before the first pass, with page numbers guessed.

        reportlab's contents start empty, so the first pass lays out a one-line contents, the
        second the real (longer) one, which moves every page, and a third confirms: three full
        layouts. Seeded with every entry (the story knows them all), the first pass already has
        a contents of the right length, the second only corrects the page numbers and ends the
        build: a third less time. A wrong guess only costs the third pass back.
        """
        entries = [
            (f.level, f.toc_text, f.key)
            for f in story
            if isinstance(f, LazySection) or (isinstance(f, Heading) and f.in_toc)
        ]
        guess = max(10, 2 * len(entries))  # about as many digits as the real numbers
        assert self.toc is not None
        self.toc._entries = [(level, text, guess, key) for level, text, key in entries]

    def total_steps(self) -> int:
        return max(1, self.records * EXPECTED_PASSES)

    # -- cover ---------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        s = self.styles
        snap = self.snapshot
        org = snap.organisation
        flow: list[Flowable] = [
            Spacer(0, 18 * mm),
            Heading(
                markup(_("GDPR Article 30")),
                s["cover_kicker"],
                level=0,
                key=self.key(),
                outline=_("Cover"),
                toc=False,
            ),
            Spacer(0, 4 * mm),
            Paragraph(markup(_("Record of processing activities")), s["cover_title"]),
            Paragraph(markup(self.org_name), s["cover_subtitle"]),
            Spacer(0, 12 * mm),
        ]
        rows: list[tuple[str, str]] = []
        for spec in ORGANISATION_FIELDS:
            value = clean(getattr(org, spec.name, ""))
            rows.append((spec.label, value))
        flow.append(self._key_value_table(_("The controller"), rows))
        flow.append(Spacer(0, 8 * mm))
        counts = snap.counts
        everything: list[Record] = [*snap.controller_activities, *snap.processor_activities]
        incomplete = sum(1 for r in everything if is_live(r) and not completeness(r).complete)
        about = [
            (_("Date of this report"), self.exported),
            (_("Exported by"), clean(snap.exported_by)),
            (_("Scope"), self.scope_text()),
            (
                _("Contents"),
                _(
                    "{c} processing activities (Art. 30(1)), {p} activities as processor "
                    "(Art. 30(2)); {i} with Art. 30 items missing"
                ).format(
                    c=counts["controller_activities"],
                    p=counts["processor_activities"],
                    i=incomplete,
                ),
            ),
            (_("Vault"), snap.vault_id),
            (_("Made with"), f"govkit {__version__}"),
        ]
        if snap.ai_systems:
            about.insert(
                4,
                (
                    _("AI systems"),
                    _("{n} AI systems, with their EU AI Act risk tier and deployer duties").format(
                        n=len(snap.ai_systems)
                    ),
                ),
            )
        flow.append(self._key_value_table(_("This report"), about))
        flow.append(Spacer(0, 10 * mm))
        flow.append(
            Paragraph(
                markup(
                    _(
                        "This report is a copy of the register as it stood at the time shown "
                        "above. The register itself is kept in the encrypted govkit vault named "
                        "above; its change history records who changed what and when."
                    )
                ),
                s["cover_note"],
            )
        )
        return flow

    def _key_value_table(self, title: str, rows: Sequence[tuple[str, str]]) -> Table:
        s = self.styles
        data: list[list[Any]] = [[Paragraph(markup(title), s["group"]), ""]]
        for label, value in rows:
            shown = (
                Paragraph(markup(value), s[Look.TEXT])
                if value.strip()
                else Paragraph("—", s[Look.EMPTY])
            )
            data.append([Paragraph(markup(label), s["label"]), shown])
        table = Table(data, colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), BAND),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    # -- contents ------------------------------------------------------------------------------

    def contents(self) -> list[Flowable]:
        toc = TableOfContents(
            dotsMinLevel=0,
            tableStyle=table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ]
            ),
        )
        toc.levelStyles = [self.styles["toc0"], self.styles["toc1"]]
        self.toc = toc
        return [
            Heading(
                markup(_("Contents")),
                self.styles["h1"],
                level=0,
                key=self.key(),
                outline=_("Contents"),
                toc=False,
            ),
            toc,
        ]

    # -- summary -------------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = [
            Heading(markup(_("Summary")), s["h1"], level=0, key=self.key(), outline=_("Summary"))
        ]
        for title, records in (
            (_("Processing activities (Art. 30(1))"), self.snapshot.controller_activities),
            (_("Activities as processor (Art. 30(2))"), self.snapshot.processor_activities),
        ):
            flow.append(Paragraph(markup(title), s["h3"]))
            flow.append(Paragraph(markup(self._summary_line(records)), s["meta"]))
            if records:
                flow += self._summary_tables(records)
        return flow

    def _summary_line(self, records: Sequence[Record]) -> str:
        if not records:
            return _("None recorded.")
        live = [r for r in records if is_live(r)]
        incomplete = sum(1 for r in live if not completeness(r).complete)
        overdue = sum(1 for r in live if review_overdue(r, self.today))
        archived = sum(1 for r in records if r.archived_at is not None)
        return _(
            "{n} records: {i} in use with Art. 30 items missing, {o} overdue for review, "
            "{a} archived."
        ).format(n=len(records), i=incomplete, o=overdue, a=archived)

    def _summary_tables(self, records: Sequence[Record]) -> list[Flowable]:
        s = self.styles
        widths = [20 * mm, 58 * mm, 33 * mm, 18 * mm, 19 * mm, 22 * mm]
        head = [
            Paragraph(markup(t), s["cell_head"])
            for t in (
                _("Reference"),
                _("Name"),
                _("Department"),
                _("Status"),
                _("Complete"),
                _("Next review"),
            )
        ]

        def alert(text: str) -> str:
            return f'<font color="#a61b1b">{text}</font>'

        tables: list[Flowable] = []
        for start in range(0, len(records), SUMMARY_CHUNK):
            chunk = records[start : start + SUMMARY_CHUNK]
            data: list[list[Any]] = [head]
            for record in chunk:
                check = completeness(record)
                status = status_label(record.status)
                if record.archived_at is not None:
                    status += " · " + _("archived")
                review = markup(format_date(record.next_review))
                if review_overdue(record, self.today):
                    review = alert(f"{review} {markup(_('overdue'))}")
                percent = f"{check.percent} %"
                if is_live(record) and not check.complete:
                    percent = alert(percent)
                data.append(
                    [
                        Paragraph(markup(record.reference), s["cell"]),
                        Paragraph(markup(record.name), s["cell"]),
                        Paragraph(markup(record.department), s["cell"]),
                        Paragraph(markup(status), s["cell"]),
                        Paragraph(percent, s["cell_right"]),
                        Paragraph(review, s["cell"]),
                    ]
                )
            commands: list[tuple[Any, ...]] = [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, NAVY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
            commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(table_style(commands))
            tables.append(table)
        return tables

    # -- one record ----------------------------------------------------------------------------

    @staticmethod
    def _record_heading(record: Record | AiSystem) -> tuple[str, str]:
        """The heading's markup and its outline title (plain text)."""
        name = clean(record.name).strip() or _("(no name)")
        reference = clean(record.reference).strip()
        outline = f"{reference} {name}" if reference else name
        head = markup(name)
        if reference:
            head = f"<font color='#555555'>{markup(reference)}</font>&nbsp;&nbsp;{head}"
        return head, outline

    def record_section(
        self,
        record: Record,
        specs: Sequence[FieldSpec],
        groups: Sequence[GroupSpec],
        key: str,
    ) -> list[Flowable]:
        s = self.styles
        head, outline = self._record_heading(record)
        flow: list[Flowable] = [
            Heading(head, s["h2"], level=1, key=key, outline=outline, counts=True)
        ]
        values, missing = field_values(record, specs, today=self.today)
        flow.append(Paragraph(self._meta_line(record, missing), s["meta"]))
        if missing and is_live(record):
            flow.append(self._missing_box(missing))
            flow.append(Spacer(0, 3 * mm))
        by_group: dict[str, list[FieldValue]] = {}
        for value in values:
            by_group.setdefault(value.spec.group, []).append(value)
        for group in groups:
            fields = by_group.get(group.key)
            if fields:
                flow.append(self._group_table(group, fields))
                flow.append(Spacer(0, 3 * mm))
        flow.append(Paragraph(markup(self._bookkeeping(record)), s["small"]))
        return flow

    def _meta_line(self, record: Record, missing: Sequence[str]) -> str:
        parts = [markup(record.department) or markup(_("no department"))]
        status = status_label(record.status)
        parts.append(markup(status))
        if record.archived_at is not None:
            parts.append(
                markup(_("archived on {date}").format(date=format_date(record.archived_at)))
            )
        percent = completeness(record).percent
        complete = _("{percent} % complete").format(percent=percent)
        if missing and is_live(record):
            complete = f"<font color='#a61b1b'>{markup(complete)}</font>"
        else:
            complete = markup(complete)
        parts.append(complete)
        if record.next_review is not None:
            review = markup(_("next review {date}").format(date=format_date(record.next_review)))
            if review_overdue(record, self.today):
                review = f"<font color='#a61b1b'>{review} ({markup(_('overdue'))})</font>"
            parts.append(review)
        return " · ".join(parts)

    def _missing_box(self, missing: Sequence[str]) -> Table:
        text = _("Art. 30 items not recorded ({n}): {items}").format(
            n=len(missing), items="; ".join(missing)
        )
        return self._alert_box(text)

    def _alert_box(self, text: str) -> Table:
        box = Table(
            [[Paragraph(f"<b>{WARNING_SIGN}</b> {markup(text)}", self.styles["alert_box"])]],
            colWidths=[FRAME_WIDTH],
        )
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ALERT_BAND),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, ALERT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return box

    def _group_table(
        self, group: GroupSpec, fields: Sequence[FieldValue], *, missing_text: str | None = None
    ) -> Table:
        s = self.styles
        title = markup(group.title)
        if group.article:
            title += f"&nbsp;&nbsp;<font color='#555555' size=8>{markup(group.article)}</font>"
        data: list[list[Any]] = [[Paragraph(title, s["group"]), ""]]
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
        for field in fields:
            first = len(data)
            pieces: Sequence[Piece] = field.pieces
            if not pieces:
                pieces = [self._nothing(field.missing, missing_text)]
            for index, cell in enumerate(self._value_rows(pieces)):
                label = Paragraph(markup(field.spec.label), s["label"]) if index == 0 else ""
                data.append([label, cell])
            last = len(data) - 1
            commands += [
                ("TOPPADDING", (0, first), (-1, first), 4),
                ("TOPPADDING", (0, first + 1), (-1, last), 0),
                ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                ("BOTTOMPADDING", (0, last), (-1, last), 4),
                ("LINEBELOW", (0, last), (-1, last), 0.25, RULE),
            ]
            if field.missing:
                commands += [
                    ("BACKGROUND", (0, first), (-1, last), ALERT_BAND),
                    ("LINEBEFORE", (0, first), (0, last), 2.5, ALERT),
                ]
        table = Table(data, colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], repeatRows=1)
        table.setStyle(table_style(commands))
        return table

    def _nothing(self, missing: bool, missing_text: str | None = None) -> Piece:
        if missing:
            text = missing_text or _("Not recorded: required by Article 30")
            return Piece(f"{WARNING_SIGN} {markup(text)}", Look.MISSING, len(text))
        return Piece("—", Look.EMPTY, 1)

    def _value_rows(self, pieces: Sequence[Piece]) -> list[list[Flowable]]:
        """The paragraphs of a value grouped into table rows of about ``ROW_HEIGHT``; a taller
        paragraph is split at line ends (``Paragraph.split``), so no line is ever cut or lost
        and each row fits on a page."""
        rows: list[list[Flowable]] = []
        current: list[Flowable] = []
        height = 0.0
        for piece in pieces:
            para = self._paragraph(piece, first=not current)
            tall = self._height(para, piece)
            if current and height + tall > ROW_HEIGHT and piece.look is not Look.DETAIL:
                rows.append(current)
                current, height = [], 0.0
                para = self._paragraph(piece, first=True)
            if tall <= ROW_HEIGHT:
                current.append(para)
                height += tall
                continue
            if current:
                rows.append(current)
                current, height = [], 0.0
            rest: Flowable = para
            while True:
                parts = rest.split(VALUE_WIDTH, ROW_HEIGHT)
                if len(parts) < 2:
                    current, height = [rest], ROW_HEIGHT
                    break
                rows.append([parts[0]])
                rest = parts[1]
                _w, rest_height = rest.wrap(VALUE_WIDTH, PAGE_HEIGHT * 100)
                if rest_height <= ROW_HEIGHT:
                    current, height = [rest], rest_height
                    break
        if current:
            rows.append(current)
        return rows

    @staticmethod
    def _height(para: Paragraph, piece: Piece) -> float:
        """The height of ``para`` in the value column; estimated for short pieces (cheap)."""
        style = para.style
        if piece.chars < 200:
            return (1 + piece.chars // 70) * style.leading + style.spaceBefore
        _w, tall = para.wrap(VALUE_WIDTH, PAGE_HEIGHT * 100)
        return float(tall) + style.spaceBefore

    def _paragraph(self, piece: Piece, *, first: bool) -> Paragraph:
        style = self.styles[piece.look]
        if first:
            style = self._continued(style)
        if piece.look is Look.BULLET:
            return Paragraph(piece.markup, style, bulletText="•")
        return Paragraph(piece.markup, style)

    def _continued(self, style: ParagraphStyle) -> ParagraphStyle:
        key = f"{style.name}+cont"
        found = self.styles.get(key)
        if found is None:
            found = ParagraphStyle(key, parent=style, spaceBefore=0)
            self.styles[key] = found
        return found

    def _bookkeeping(self, record: Record | AiSystem) -> str:
        return _(
            "Created {created} by {creator}; last changed {updated} by {updater}. Record id {id}."
        ).format(
            created=format_datetime(record.created_at),
            creator=clean(record.created_by) or "—",
            updated=format_datetime(record.updated_at),
            updater=clean(record.updated_by) or "—",
            id=record.id,
        )


def duties_open_text(count: int) -> str:
    return _("1 duty open") if count == 1 else _("{n} duties open").format(n=count)


def draw_footer(canvas: NumberedCanvas, vault_id: str) -> None:
    """The foot of every page of govkit's reports: the vault, govkit's version, page x of y."""
    canvas.saveState()
    y = MARGIN_BOTTOM - 10 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7.5)
    left = _("Vault {vault} · govkit {version}").format(vault=vault_id, version=__version__)
    canvas.drawString(MARGIN_X, y, left)
    canvas.draw_page_number(_("Page {page} of {total}"), PAGE_WIDTH - MARGIN_X, y, BOLD, 8)
    canvas.restoreState()


def fit_text(text: str, width: float, size: float) -> str:
    """``text`` cut (with "…") to ``width`` points in the regular font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


def write_register_pdf(
    snapshot: RegisterSnapshot,
    out: Path | IO[bytes],
    *,
    progress: Progress | None = None,
    lang: str = "en",
) -> PdfResult:
    """Write the register report of ``snapshot`` to ``out`` (a path or a binary file).

    Raises ``Cancelled`` (from ``progress``) when the user cancels, ``FontMissingError`` when
    govkit's fonts are missing; the caller removes a partial file.
    """
    progress = progress or Progress()
    register_fonts()
    report = _Report(snapshot, progress, lang)
    progress.step(0, report.total_steps(), _("Preparing the report"))
    story = report.story()
    title = _("Record of processing activities — {org}").format(org=report.org_name)
    doc = ReportTemplate(
        str(out) if isinstance(out, Path) else out,
        progress=progress,
        total_steps=report.total_steps(),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=clean(snapshot.exported_by) or report.org_name,
        subject=_("GDPR Article 30 record of processing activities ({scope})").format(
            scope=report.scope_text()
        ),
        creator=f"govkit {__version__}",
        keywords=[_("GDPR"), _("Article 30"), _("record of processing activities")],
        lang=lang,
        displayDocTitle=1,
        pageCompression=1,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates(
        [
            PageTemplate("cover", frames=[frame], onPage=report._cover_page),
            PageTemplate("body", frames=[frame], onPage=report._header),
        ]
    )

    passes = doc.multiBuild(story, canvasmaker=doc.make_canvas)
    return PdfResult(pages=doc.last_pages, passes=passes)


__all__ = ["FAMILY", "ITALIC", "PdfResult", "write_register_pdf"]
