"""One impact assessment (a DPIA screening, a DPIA) as a PDF report, to file and hand on.

``write_assessment_pdf(snapshot, out)`` lays out, on A4, with the register report's look
(``exports/pdf.py``: fonts, styles, header and footer, "Page x of y", outline, properties):

1. a cover: organisation, title, kind, subject, reference and version, status, owner, dates,
   questionnaire, content hash, vault; then when, by whom and with what the report was made;
2. the contents;
3. the outcome (a screening: the outcome, its explanation and the reasons);
4. every shown section and question: the question, its answer, the note and what it cites;
   answers are paragraphs, which flow over pages however long they are;
5. for a DPIA: the risks (one table each), the risk map with its legend, the measures, the
   action plan and the DPO's opinion;
6. the review (verdict and comment per section), the sign-offs (with the content hash they were
   given on) and the versions of the assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from govkit import __version__
from govkit.domain.assessment_enums import ActionStatus, AssessmentKind, SectionVerdict
from govkit.domain.assessment_parts import Risk
from govkit.exports.assessment_snapshot import AssessmentSnapshot, SectionSnapshot, subject_heading
from govkit.exports.pdf import (
    ALERT,
    ALERT_BAND,
    BAND,
    FRAME_WIDTH,
    GREY,
    LABEL_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    ZEBRA,
    Heading,
    PdfResult,
    ReportTemplate,
    draw_footer,
    fit_text,
    report_styles,
    table_style,
)
from govkit.exports.pdf_canvas import NumberedCanvas
from govkit.exports.pdf_fonts import BOLD, REGULAR, register_fonts
from govkit.exports.pdf_values import Look, clean, format_datetime, markup
from govkit.exports.progress import Progress
from govkit.exports.risk_map import RiskMap, legend, level_label
from govkit.i18n import _

DASH = "—"
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


def _extra_styles(base: dict[Any, ParagraphStyle]) -> dict[Any, ParagraphStyle]:
    root = base["base"]

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=root, **kw)

    return {
        **base,
        "chapter": ParagraphStyle("chapter", parent=base["h1"], spaceBefore=16),
        "subchapter": ParagraphStyle("subchapter", parent=base["h2"], spaceBefore=10),
        "section_intro": style("section_intro", textColor=GREY, spaceAfter=4),
        "question": style(
            "question", fontName=BOLD, fontSize=9, leading=12, spaceBefore=7, keepWithNext=1
        ),
        "cites": style("cites", fontSize=7.5, leading=10, textColor=GREY, keepWithNext=1),
        "answer": style("answer", leftIndent=10, spaceBefore=2),
        "no_answer": style("no_answer", leftIndent=10, spaceBefore=2, textColor=GREY),
        "note": style("note", leftIndent=10, fontSize=8.5, leading=11, textColor=GREY),
        "outcome": style("outcome", fontName=BOLD, fontSize=13, leading=17, textColor=NAVY),
        "hash": style("hash", fontSize=7.5, leading=10, splitLongWords=1),
    }


class _Report:
    def __init__(self, snapshot: AssessmentSnapshot, progress: Progress) -> None:
        self.snap = snapshot
        self.progress = progress
        self.styles = _extra_styles(report_styles())
        self.exported = format_datetime(snapshot.exported_at)
        org = snapshot.organisation_name.strip()
        self.org_name = clean(org) if org else _("Organisation not named")
        self.reference = _("{reference} version {version}").format(
            reference=clean(snapshot.reference), version=snapshot.version
        )
        self._keys = 0

    def key(self) -> str:
        self._keys += 1
        return f"a{self._keys}"

    def heading(self, text: str, level: int, *, toc: bool = True, counts: bool = True) -> Heading:
        # Space before a heading, not a Spacer after the part before it: reportlab drops a
        # heading's space at the top of a page, where a Spacer would push the page down.
        style = self.styles["chapter" if level == 0 else "subchapter"]
        return Heading(
            markup(text), style, level=level, key=self.key(), outline=text, toc=toc, counts=counts
        )

    def total_steps(self) -> int:
        return 2 * (len(self.snap.sections) + 8)

    # -- page decoration -----------------------------------------------------------------------

    def _footer(self, canvas: NumberedCanvas, _doc: Any) -> None:
        draw_footer(canvas, self.snap.vault_id)

    def _header(self, canvas: NumberedCanvas, doc: Any) -> None:
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(BOLD, 7.5)
        title = self.reference
        canvas.drawString(MARGIN_X, y, title)
        x = MARGIN_X + canvas.stringWidth(title, BOLD, 7.5)
        canvas.setFont(REGULAR, 7.5)
        right = _("Exported {time}").format(time=self.exported)
        room = PAGE_WIDTH - 2 * MARGIN_X - canvas.stringWidth(right, REGULAR, 7.5) - 20
        rest = fit_text(f" · {self.org_name} · {self.snap.kind.label}", room - (x - MARGIN_X), 7.5)
        canvas.drawString(x, y, rest)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _cover_page(self, canvas: NumberedCanvas, doc: Any) -> None:
        canvas.showOutline()
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 12 * mm, PAGE_WIDTH, 12 * mm, stroke=0, fill=1)
        canvas.restoreState()
        self._footer(canvas, doc)

    # -- story ---------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        snap = self.snap
        story: list[Flowable] = [*self.cover(), NextPageTemplate("body"), PageBreak()]
        story += [*self.contents(), PageBreak()]
        if snap.has_outcomes:
            story += self.outcome()
        story += self.sections()
        if snap.kind is AssessmentKind.DPIA or snap.risks:
            story += [PageBreak(), *self.risks()]
        if snap.kind is AssessmentKind.DPIA or snap.measures:
            story += [CondPageBreak(60 * mm), *self.measures()]
        if snap.kind is AssessmentKind.DPIA or snap.action_plan:
            story += [CondPageBreak(60 * mm), *self.action_plan()]
        if snap.kind is AssessmentKind.DPIA or snap.dpo_opinion.strip():
            story += [CondPageBreak(50 * mm), *self.dpo()]
        story += [CondPageBreak(90 * mm), *self.reviews(), *self.signoffs()]
        story += self.versions()
        return story

    # -- cover ---------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        s = self.styles
        snap = self.snap
        title = clean(snap.title).strip() or _("(untitled assessment)")
        flow: list[Flowable] = [
            Spacer(0, 18 * mm),
            Heading(
                markup(snap.kind.label),
                s["cover_kicker"],
                level=0,
                key=self.key(),
                outline=_("Cover"),
                toc=False,
            ),
            Spacer(0, 4 * mm),
            Paragraph(markup(title), s["cover_title"]),
            Paragraph(markup(self.org_name), s["cover_subtitle"]),
            Spacer(0, 10 * mm),
        ]
        subject = " ".join(
            v for v in (clean(snap.subject_reference), clean(snap.subject_name)) if v
        )
        facts = [
            (_("Reference"), self.reference),
            (_("Type"), snap.kind.label),
            (subject_heading(snap.subject_type), subject),
            (_("Status"), snap.status.label),
            (_("Owner"), clean(snap.owner)),
            (_("Questionnaire"), f"{clean(snap.questionnaire_title)} ({snap.questionnaire_key})"),
            (_("Created"), _by(format_datetime(snap.created_at), snap.created_by)),
            (_("Last changed"), _by(format_datetime(snap.updated_at), snap.updated_by)),
            (_("Submitted for review"), format_datetime(snap.submitted_at)),
            (_("Approved"), format_datetime(snap.approved_at)),
            (_("Next review"), snap.next_review.isoformat() if snap.next_review else ""),
        ]
        if snap.archived_at is not None:
            facts.append((_("Archived"), format_datetime(snap.archived_at)))
        if snap.content_hash:
            facts.append((_("Content hash (SHA-256)"), snap.content_hash))
        flow += [self.key_values(_("The assessment"), facts), Spacer(0, 8 * mm)]
        about = [
            (_("Date of this report"), self.exported),
            (_("Exported by"), clean(snap.exported_by)),
            (_("Vault"), snap.vault_id),
            (_("Made with"), f"govkit {__version__}"),
        ]
        flow += [self.key_values(_("This report"), about), Spacer(0, 10 * mm)]
        flow.append(
            Paragraph(
                markup(
                    _(
                        "This report is a copy of the assessment as it stood at the time shown "
                        "above. The assessment itself is kept in the encrypted govkit vault "
                        "named above; its change history records who changed what and when."
                    )
                ),
                s["cover_note"],
            )
        )
        return flow

    def key_values(self, title: str, rows: Sequence[tuple[str, str]]) -> Table:
        """A titled two-column table; a long value splits across pages (``splitInRow``)."""
        s = self.styles
        data: list[list[Any]] = [[Paragraph(markup(title), s["group"]), ""]] if title else []
        for label, value in rows:
            data.append([Paragraph(markup(label), s["label"]), self.value(value)])
        table = Table(
            data,
            colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH],
            repeatRows=1 if title else 0,
            splitInRow=1,
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1 if title else 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if title:
            commands += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), BAND)]
        table.setStyle(table_style(commands))
        return table

    def value(self, text: str, style: str = "base") -> Paragraph:
        if not clean(text).strip():
            return Paragraph(DASH, self.styles[Look.EMPTY])
        return Paragraph(markup(text), self.styles[style])

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
        return [self.heading(_("Contents"), 0, toc=False, counts=False), toc]

    # -- outcome -------------------------------------------------------------------------------

    def outcome(self) -> list[Flowable]:
        s = self.styles
        snap = self.snap
        flow: list[Flowable] = [self.heading(_("Outcome"), 0)]
        if snap.outcome_label:
            label = markup(snap.outcome_label)
            if snap.outcome_provisional:
                label += " " + markup(_("(so far: required questions are still unanswered)"))
            box = Table([[Paragraph(label, s["outcome"])]], colWidths=[FRAME_WIDTH])
            box.setStyle(
                table_style(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), BAND),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            flow += [box, Spacer(0, 3 * mm)]
        else:
            flow.append(Paragraph(markup(_("No outcome yet.")), s["meta"]))
        if snap.outcome_explanation:
            flow.append(Paragraph(markup(snap.outcome_explanation), s["intro"]))
        if snap.outcome_reasons:
            flow.append(Paragraph(markup(_("Why")), s["h3"]))
            flow += [
                Paragraph(markup(reason), s[Look.BULLET], bulletText="•")
                for reason in snap.outcome_reasons
            ]
        return flow

    # -- the questionnaire ---------------------------------------------------------------------

    def sections(self) -> list[Flowable]:
        flow: list[Flowable] = []
        for index, section in enumerate(self.snap.sections):
            if section.depth == 0:
                if index or self.snap.has_outcomes:
                    flow.append(CondPageBreak(70 * mm))
                flow.append(self.heading(section.title, 0))
            else:
                flow.append(CondPageBreak(40 * mm))
                flow.append(self.heading(section.title, 1))
            flow += self.section_body(section)
        return flow

    def section_body(self, section: SectionSnapshot) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = []
        if section.description:
            flow.append(Paragraph(markup(section.description), s["section_intro"]))
        if section.cites:
            flow.append(Paragraph(markup(" · ".join(section.cites)), s["cites"]))
        for question in section.questions:
            flow.append(Paragraph(markup(question.text), s["question"]))
            if question.cites:
                flow.append(Paragraph(markup(" · ".join(question.cites)), s["cites"]))
            lines = [line for line in clean(question.answer).split("\n") if line.strip()]
            if not lines:
                flow.append(Paragraph(markup(_("Not answered")), s["no_answer"]))
            for line in lines:
                flow.append(Paragraph(markup(line), s["answer"]))
            if question.note.strip():
                note = _("Note: {note}").format(note=clean(question.note))
                flow.append(Paragraph(markup(note), s["note"]))
        review = self.review_of(section.id)
        if review is not None:
            flow.append(Spacer(0, 2 * mm))
            flow.append(review)
        return flow

    def review_of(self, section_id: str) -> Table | None:
        """The reviewer's verdict, beside the section it is about."""
        found = [r for r in self.snap.reviews if r.section == section_id]
        if not found:
            return None
        review = found[-1]
        text = f"<b>{markup(_('Review'))}: {markup(_verdict(review.verdict))}</b>"
        if review.comment.strip():
            text += f" — {markup(review.comment)}"
        text += f" <font color='#555555'>({markup(_by(_date(review.at), review.by))})</font>"
        ok = review.verdict == SectionVerdict.ACCEPTABLE.value
        box = Table([[Paragraph(text, self.styles["base"])]], colWidths=[FRAME_WIDTH])
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ZEBRA if ok else ALERT_BAND),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY if ok else ALERT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return box

    # -- risks, measures, plan, opinion --------------------------------------------------------

    def risks(self) -> list[Flowable]:
        s = self.styles
        risks = self.snap.risks
        flow: list[Flowable] = [self.heading(_("Risks"), 0)]
        if not risks:
            flow.append(Paragraph(markup(_("No risks are recorded.")), s["meta"]))
            return flow
        flow.append(
            Paragraph(
                markup(
                    _(
                        "Each risk is a feared event for the people concerned, assessed on the "
                        "CNIL's scales of severity and likelihood (1 Negligible, 2 Limited, "
                        "3 Significant, 4 Maximum), before and after its measures."
                    )
                ),
                s["intro"],
            )
        )
        measures = {m.id: m.title for m in self.snap.measures}
        for number, risk in enumerate(risks, 1):
            title = f"{number}. {clean(risk.title).strip() or _('(untitled risk)')}"
            flow += [
                CondPageBreak(50 * mm),
                self.heading(title, 1),
                self.risk_table(risk, measures),
            ]
        # The map and its legend on one page when they fit (a legend row is about 26 pt).
        needed = 90 + RiskMap(risks).height + 24 + 26 * len(risks)
        flow += [CondPageBreak(min(needed, FRAME_HEIGHT)), *self.risk_map(risks)]
        return flow

    def risk_table(self, risk: Risk, measures: dict[str, str]) -> Table:
        rows = [
            (_("Impacts on the people concerned"), "\n".join(risk.impacts)),
            (_("Threats"), "\n".join(risk.threats)),
            (_("Risk sources"), "\n".join(risk.sources)),
            (_("Measures"), "\n".join(measures.get(m, m) for m in risk.measures)),
            (
                _("Before the measures"),
                _("Severity {s}; likelihood {l}").format(
                    s=level_label(risk.severity_before), l=level_label(risk.likelihood_before)
                ),
            ),
            (
                _("After the measures"),
                _("Severity {s}; likelihood {l}").format(
                    s=level_label(risk.severity_after), l=level_label(risk.likelihood_after)
                ),
            ),
            (_("Why this severity"), risk.severity_reason),
            (_("Why this likelihood"), risk.likelihood_reason),
        ]
        if risk.cnil_ref:
            rows.append((_("CNIL method"), _("risk {ref}").format(ref=risk.cnil_ref)))
        return self.key_values("", rows)

    def risk_map(self, risks: Sequence[Risk]) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = [
            self.heading(_("Risk map"), 1),
            Paragraph(
                markup(
                    _(
                        "Each number is a risk: a hollow marker where it stood before its "
                        "measures, a filled one where it stands after them, and an arrow from "
                        "one to the other."
                    )
                ),
                s["intro"],
            ),
            Spacer(0, 3 * mm),
            RiskMap(risks),
            Spacer(0, 4 * mm),
        ]
        head = [
            Paragraph(markup(t), s["cell_head"])
            for t in ("#", _("Risk"), _("Before the measures"), _("After the measures"))
        ]
        data: list[list[Any]] = [head]
        for line in legend(risks):
            data.append(
                [
                    Paragraph(str(line.number), s["cell"]),
                    Paragraph(markup(line.title), s["cell"]),
                    Paragraph(markup(line.before), s["cell"]),
                    Paragraph(markup(line.after), s["cell"]),
                ]
            )
        flow.append(self.grid(data, [10 * mm, 62 * mm, 49 * mm, 49 * mm]))
        return flow

    def grid(self, data: list[list[Any]], widths: Sequence[float]) -> Table:
        """A table with a heading row, repeated on each page; rows may split."""
        table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1)
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
        table.setStyle(table_style(commands))
        return table

    def measures(self) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = [self.heading(_("Measures"), 0)]
        if not self.snap.measures:
            flow.append(Paragraph(markup(_("No measures are recorded.")), s["meta"]))
            return flow
        data: list[list[Any]] = [
            [
                Paragraph(markup(t), s["cell_head"])
                for t in (_("Measure"), _("Description"), _("State"))
            ]
        ]
        for m in self.snap.measures:
            data.append(
                [
                    Paragraph(markup(m.title), s["cell"]),
                    self.cell(m.description),
                    Paragraph(markup(_("Planned") if m.planned else _("In place")), s["cell"]),
                ]
            )
        flow += [self.grid(data, [62 * mm, 86 * mm, 22 * mm])]
        return flow

    def cell(self, text: str) -> Paragraph:
        if not clean(text).strip():
            return Paragraph(DASH, self.styles[Look.EMPTY])
        return Paragraph(markup(text), self.styles["cell"])

    def action_plan(self) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = [self.heading(_("Action plan"), 0)]
        plan = self.snap.action_plan
        if not plan:
            flow.append(Paragraph(markup(_("The action plan is empty.")), s["meta"]))
            return flow
        data: list[list[Any]] = [
            [
                Paragraph(markup(t), s["cell_head"])
                for t in ("#", _("Action"), _("Owner"), _("Due"), _("Status"), _("Asked for in"))
            ]
        ]
        for number, item in enumerate(plan, 1):
            origin = self.snap.section_title(item.origin) if item.origin else ""
            data.append(
                [
                    Paragraph(str(number), s["cell"]),
                    self.cell(item.measure),
                    self.cell(item.owner),
                    self.cell(item.due),
                    self.cell(_action_status(item.status)),
                    self.cell(origin),
                ]
            )
        widths = [8 * mm, 64 * mm, 30 * mm, 20 * mm, 20 * mm, 28 * mm]
        flow += [self.grid(data, widths)]
        return flow

    def dpo(self) -> list[Flowable]:
        snap = self.snap
        status = {"favourable": _("Favourable"), "unfavourable": _("Unfavourable")}.get(
            snap.dpo_status, clean(snap.dpo_status)
        )
        rows = [
            (_("Data protection officer"), clean(snap.dpo_name)),
            (_("Opinion"), status),
            (_("Reasons"), clean(snap.dpo_opinion)),
        ]
        return [
            self.heading(_("Opinion of the data protection officer"), 0),
            self.key_values("", rows),
        ]

    # -- review, sign-offs, versions -----------------------------------------------------------

    def reviews(self) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = [self.heading(_("Review"), 0)]
        if not self.snap.reviews:
            flow.append(Paragraph(markup(_("No section has been reviewed.")), s["meta"]))
            return flow
        data: list[list[Any]] = [
            [
                Paragraph(markup(t), s["cell_head"])
                for t in (_("Section"), _("Verdict"), _("Comment"), _("Reviewed by"))
            ]
        ]
        for review in self.snap.reviews:
            data.append(
                [
                    self.cell(self.snap.section_title(review.section)),
                    self.cell(_verdict(review.verdict)),
                    self.cell(review.comment),
                    self.cell(_by(_date(review.at), review.by)),
                ]
            )
        flow += [self.grid(data, [42 * mm, 24 * mm, 64 * mm, 40 * mm])]
        return flow

    def signoffs(self) -> list[Flowable]:
        s = self.styles
        flow: list[Flowable] = [self.heading(_("Sign-offs"), 0)]
        if not self.snap.signoffs:
            flow.append(Paragraph(markup(_("Not signed off yet.")), s["meta"]))
            return flow
        for number, signoff in enumerate(self.snap.signoffs, 1):
            decision = {"approved": _("Approved"), "rejected": _("Rejected")}.get(
                signoff.decision, clean(signoff.decision)
            )
            rows = [
                (_("Name"), signoff.name),
                (_("Role"), signoff.role),
                (_("Date"), format_datetime(_parse(signoff.at)) or signoff.at),
                (_("Decision"), decision),
            ]
            if signoff.reason.strip():
                rows.append((_("Reason"), signoff.reason))
            if signoff.requested_changes.strip():
                rows.append((_("Changes requested"), signoff.requested_changes))
            rows.append((_("Content hash (SHA-256)"), signoff.content_hash))
            title = _("Sign-off {n}: {decision}").format(n=number, decision=decision)
            flow += [KeepTogether(self.key_values(title, rows)), Spacer(0, 4 * mm)]
        flow.append(
            Paragraph(
                markup(
                    _(
                        "The content hash (SHA-256) identifies exactly what was signed: the "
                        "answers, risks, measures, action plan, reviews and the DPO's opinion, "
                        "and the questionnaire they answer."
                    )
                ),
                s["small"],
            )
        )
        return flow

    def versions(self) -> list[Flowable]:
        s = self.styles
        parts = []
        for v in self.snap.versions:
            text = _("version {n}: {status}").format(n=v.version, status=v.status.label.lower())
            if v.approved_at is not None:
                text += " " + _("on {date}").format(date=v.approved_at.date().isoformat())
            if v.current:
                text += " " + _("(this report)")
            parts.append(text)
        line = "; ".join(parts) if parts else _("version {n}").format(n=self.snap.version)
        return [
            self.heading(_("Versions"), 0),
            Paragraph(markup(f"{clean(self.snap.reference)}: {line}."), s["intro"]),
        ]


def _by(when: str, who: str) -> str:
    who = clean(who).strip()
    return _("{when} by {who}").format(when=when, who=who) if who and when else when or who


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _date(value: str) -> str:
    parsed = _parse(value)
    return format_datetime(parsed) if parsed is not None else clean(value)


def _verdict(value: str) -> str:
    try:
        return SectionVerdict(value).label
    except ValueError:
        return clean(value)


def _action_status(value: str) -> str:
    try:
        return ActionStatus(value).label
    except ValueError:
        return clean(value)


def write_assessment_pdf(
    snapshot: AssessmentSnapshot,
    out: Path | IO[bytes],
    *,
    progress: Progress | None = None,
) -> PdfResult:
    """Write the report of ``snapshot`` to ``out`` (a path or a binary file).

    Raises ``Cancelled`` (from ``progress``) when the user cancels, ``FontMissingError`` when
    govkit's fonts are missing; the caller removes a partial file.
    """
    progress = progress or Progress()
    register_fonts()
    report = _Report(snapshot, progress)
    progress.step(0, report.total_steps(), _("Preparing the report"))
    story = report.story()
    title = f"{clean(snapshot.reference)} — {clean(snapshot.title)}"
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
        subject=_("{kind} of “{subject}”, {reference}, {org}").format(
            kind=snapshot.kind.label,
            subject=clean(snapshot.subject_name),
            reference=report.reference,
            org=report.org_name,
        ),
        creator=f"govkit {__version__}",
        keywords=[*_keywords(snapshot.kind), snapshot.kind.label, clean(snapshot.reference)],
        lang=snapshot.language,
        displayDocTitle=1,
        pageCompression=1,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
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


__all__ = ["PdfResult", "write_assessment_pdf"]


def _keywords(kind: AssessmentKind) -> list[str]:
    """The law an assessment of this kind implements, for the PDF's keywords."""
    if kind in (AssessmentKind.DPIA_SCREENING, AssessmentKind.DPIA):
        return [_("GDPR"), _("Article 35")]
    if kind in (AssessmentKind.AI_ACT_CLASSIFICATION, AssessmentKind.FRIA):
        return [_("AI Act")]
    return [_("Artificial intelligence")]
