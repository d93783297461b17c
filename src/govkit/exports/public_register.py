"""The public transparency register of AI systems: one HTML page for the city's website, and
a CSV file of the same fields.

Both publish only the fields meant for the public (``ai_public.PublicSystem``): internal notes,
contacts marked internal and the duties are never in them, and of the impact assessments only
the approved ones are listed (name, type, date, outcome), never an answer. Archived records are
left out; retired systems only when asked (``include_retired``), with their phase shown.

**The HTML page** is one self-contained file: inline CSS, no script, no image, font or style
sheet fetched from anywhere (it works offline and on any web server, and leaks nothing to third
parties). It is written to be accessible (WCAG 2.1 AA): ``lang`` on the page, a skip link, one
``h1`` then ``h2`` per system and ``h3`` per part, tables with captions and header cells,
definition lists for the fields, dark text on white (contrast above 7:1), visible focus, and
a print style (no skip link, link addresses printed, systems not split at headings). Every text
is HTML-escaped; links are made only of http(s) addresses and ``mailto:``.

**The CSV file** is UTF-8 with a byte-order mark (so that Excel reads the accents right),
RFC 4180 (comma-separated, CRLF line ends, quotes doubled, fields with commas, quotes or line
breaks quoted), one row per system, one column per public field, then the tier in plain words,
the legal bases and the assessments. Values that a spreadsheet would run as a formula get an
apostrophe in front (``cells.neutralise``), as in every govkit CSV.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from typing import IO

from govkit import __version__
from govkit.domain.fields import AI_SYSTEM_GROUPS, FieldSpec
from govkit.exports.ai_public import (
    PublicSystem,
    field_text,
    phase_label,
    public_specs,
    tier_label,
    tier_plain,
)
from govkit.exports.cells import clean_text, neutralise
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _

BOM = "\ufeff"

# Fields shown apart from the groups: the heading, the lead paragraph, the contact box.
_APART = {"name", "reference", "description", "contact", "appeal", "phase", "department"}

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "DejaVu Sans", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: #1a1a1a;
  background: #ffffff; }
.page { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: #0b4f8a; text-decoration: underline; text-underline-offset: 0.15em; }
a:visited { color: #5b2a86; }
a:focus-visible, a:focus { outline: 3px solid #d4351c; outline-offset: 2px;
  background: #fff3b0; color: #0b0c0c; }
.skip { position: absolute; left: -999rem; top: 0.5rem; padding: 0.5rem 1rem;
  background: #fff3b0; color: #0b0c0c; font-weight: bold; z-index: 10; }
.skip:focus { left: 0.5rem; }
header { border-bottom: 4px solid #1f3a5f; margin-bottom: 1.5rem; }
.org { margin: 0.5rem 0 0; font-weight: bold; color: #1f3a5f; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; color: #1f3a5f; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.5rem; color: #1f3a5f;
  border-top: 2px solid #c9d3df; padding-top: 1rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; color: #1a1a1a; }
.ref { color: #4a4a4a; font-weight: normal; }
.lead { font-size: 1.125rem; }
.facts { font-size: 0.95rem; color: #333333; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem;
  border-bottom: 1px solid #b1b4b6; }
thead th { border-bottom: 2px solid #1f3a5f; background: #e4ebf3; }
.scroll { overflow-x: auto; }
.scroll:focus { outline: 3px solid #d4351c; }
.summary { min-width: 36rem; }
dl { margin: 0.25rem 0 1rem; }
dt { font-weight: bold; margin-top: 0.6rem; }
dd { margin: 0.1rem 0 0 0; white-space: pre-line; }
.tier { border-left: 6px solid #1f3a5f; background: #eef2f7; padding: 0.6rem 0.9rem; }
.contact { border: 2px solid #1f3a5f; padding: 0.6rem 0.9rem; margin: 1rem 0; }
.contact h3 { margin-top: 0.2rem; }
.phase { display: inline-block; border: 1px solid #1f3a5f; padding: 0 0.4rem;
  font-size: 0.9rem; }
footer { margin-top: 3rem; border-top: 1px solid #b1b4b6; font-size: 0.9rem; color: #333333; }
@media print {
  body { font-size: 11pt; }
  .skip, nav { display: none; }
  .scroll { overflow: visible; }
  .summary { min-width: 0; }
  .page { max-width: none; padding: 0; }
  a { color: #000000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  article { break-before: page; page-break-before: always; }
  table, dl { break-inside: auto; }
  tr, dt, dd { break-inside: avoid; page-break-inside: avoid; }
}
"""


def _e(text: str) -> str:
    return html.escape(clean_text(text), quote=True)


def _anchor(system: PublicSystem) -> str:
    return "system-" + "".join(c for c in system.system_id if c.isalnum() or c == "-")


def _heading(system: PublicSystem) -> str:
    name = _e(system.text("name") or _("(no name)"))
    ref = system.text("reference")
    return f'<span class="ref">{_e(ref)}</span> {name}' if ref else name


def _link(text: str) -> str:
    """``text`` escaped; a lone web address or e-mail address becomes a link."""
    value = text.strip()
    if value.startswith(("https://", "http://")) and not any(c.isspace() for c in value):
        return f'<a href="{_e(value)}">{_e(value)}</a>'
    return _e(text)


def _contact_html(text: str) -> str:
    """The contact, with its e-mail addresses and web addresses as links."""
    words = []
    for word in text.split(" "):
        bare = word.strip(",;()")
        if "@" in bare and "/" not in bare and bare.count("@") == 1 and "." in bare.split("@")[1]:
            words.append(_e(word).replace(_e(bare), f'<a href="mailto:{_e(bare)}">{_e(bare)}</a>'))
        elif bare.startswith(("https://", "http://")):
            words.append(_e(word).replace(_e(bare), f'<a href="{_e(bare)}">{_e(bare)}</a>'))
        else:
            words.append(_e(word))
    return " ".join(words)


def _fields_dl(system: PublicSystem, specs: Sequence[FieldSpec]) -> str:
    items = []
    for spec in specs:
        text = field_text(system, spec)
        if not text:
            continue
        value = _link(text) if spec.name == "website" else _e(text)
        items.append(f"<dt>{_e(spec.label)}</dt><dd>{value}</dd>")
    return "<dl>" + "".join(items) + "</dl>" if items else ""


def _assessments_table(system: PublicSystem) -> str:
    done = [a for a in system.assessments if a.approved]
    if not done:
        return "<p>" + _e(_("No impact assessment of this system has been approved yet.")) + "</p>"
    rows = "".join(
        "<tr>"
        f"<td>{_e(' '.join(v for v in (a.reference, a.title) if v))}</td>"
        f"<td>{_e(a.kind_label)}</td>"
        f"<td>{_e(a.date.isoformat() if a.date else '')}</td>"
        f"<td>{_e(a.outcome)}</td>"
        "</tr>"
        for a in done
    )
    caption = _("Impact assessments of {name}").format(name=system.text("name"))
    head = "".join(
        f'<th scope="col">{_e(t)}</th>'
        for t in (_("Assessment"), _("Type"), _("Approved on"), _("Outcome"))
    )
    return (
        f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _system_html(system: PublicSystem) -> str:
    anchor = _anchor(system)
    specs = public_specs()
    parts = [
        f'<article id="{anchor}" aria-labelledby="{anchor}-h">',
        f'<h2 id="{anchor}-h">{_heading(system)}</h2>',
        f'<p class="facts"><span class="phase">{_e(phase_label(system.phase))}</span>'
        f" · {_e(system.text('department'))}</p>",
    ]
    if system.text("description"):
        parts.append(f'<p class="lead">{_e(system.text("description"))}</p>')
    for group in AI_SYSTEM_GROUPS:
        in_group = [s for s in specs if s.group == group.key and s.name not in _APART]
        body = _fields_dl(system, in_group)
        if group.key == "classification":
            body = f'<p class="tier">{_e(tier_plain(system.tier))}</p>{body}'
        if body:
            parts.append(f"<h3>{_e(group.title)}</h3>{body}")
    if system.legal_bases:
        parts.append(f"<h3>{_e(_('Legal basis'))}</h3><ul>")
        parts += [f"<li>{_e(b.summary())}</li>" for b in system.legal_bases]
        parts.append("</ul>")
    parts.append(f"<h3>{_e(_('Impact assessments done'))}</h3>{_assessments_table(system)}")
    parts.append('<section class="contact">')
    parts.append(f"<h3>{_e(_('Questions, objections and appeals'))}</h3>")
    appeal = system.text("appeal")
    if appeal:
        parts.append(f'<p style="white-space: pre-line">{_e(appeal)}</p>')
    else:
        parts.append(
            "<p>"
            + _e(_("Contact the city to object to or appeal against a decision about you."))
            + "</p>"
        )
    if system.contact:
        parts.append(f"<p><strong>{_e(_('Contact'))}:</strong> {_contact_html(system.contact)}</p>")
    parts.append("</section></article>")
    return "\n".join(parts)


def public_html(
    snapshot: RegisterSnapshot,
    systems: Sequence[PublicSystem],
    *,
    lang: str = "en",
    progress: Progress | None = None,
) -> str:
    """The page as text."""
    progress = progress or Progress()
    org = snapshot.organisation.name.strip()
    title = _("Register of AI systems")
    page_title = f"{title} – {org}" if org else title
    published = snapshot.exported_at.date().isoformat()
    lang = "".join(c for c in lang if c.isalnum() or c == "-") or "en"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="govkit {_e(__version__)}">',
        f"<title>{_e(page_title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#main">{_e(_("Skip to the register"))}</a>',
        '<div class="page">',
        "<header>",
    ]
    if org:
        out.append(f'<p class="org">{_e(org)}</p>')
    out.append(f"<h1>{_e(title)}</h1>")
    out.append(
        "<p>"
        + _e(
            _(
                "The AI systems and algorithms the city uses or is preparing: what each one "
                "does, who is responsible, how people stay in charge of decisions, and how "
                "you can ask questions or object."
            )
        )
        + "</p>"
    )
    out.append("<p>" + _e(_("Published on {date}.").format(date=published)) + "</p></header>")
    out.append('<main id="main" tabindex="-1">')
    if systems:
        caption = _("AI systems in this register ({n})").format(n=len(systems))
        head = "".join(
            f'<th scope="col">{_e(t)}</th>'
            for t in (_("Reference"), _("Name"), _("Department"), _("Phase"), _("Risk tier"))
        )
        rows = "".join(
            "<tr>"
            f"<td>{_e(s.text('reference'))}</td>"
            f'<td><a href="#{_anchor(s)}">{_e(s.text("name") or _("(no name)"))}</a></td>'
            f"<td>{_e(s.text('department'))}</td>"
            f"<td>{_e(phase_label(s.phase))}</td>"
            f"<td>{_e(tier_label(s.tier))}</td>"
            "</tr>"
            for s in systems
        )
        out.append(
            f'<div class="scroll" role="region" tabindex="0" aria-label="{_e(caption)}">'
            f'<table class="summary"><caption>{_e(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        )
    else:
        out.append("<p>" + _e(_("No AI systems are published in this register.")) + "</p>")
    for index, system in enumerate(systems):
        progress.step(index, max(1, len(systems)), _("Writing the public register…"))
        out.append(_system_html(system))
    out.append("</main>")
    footer = _("Made with govkit {version} from the city's AI systems register.").format(
        version=__version__
    )
    out.append(f"<footer><p>{_e(footer)}</p></footer>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def write_public_html(
    snapshot: RegisterSnapshot,
    systems: Sequence[PublicSystem],
    out: IO[bytes],
    *,
    lang: str = "en",
    progress: Progress | None = None,
) -> None:
    out.write(public_html(snapshot, systems, lang=lang, progress=progress).encode("utf-8"))


def csv_headings() -> list[str]:
    return [
        *(s.label for s in public_specs()),
        _("Risk tier in plain words"),
        _("Legal basis"),
        _("Impact assessments done"),
    ]


def csv_rows(systems: Sequence[PublicSystem]) -> list[list[str]]:
    rows = []
    for system in systems:
        row = [field_text(system, spec) for spec in public_specs()]
        row.append(tier_plain(system.tier))
        row.append("\n".join(b.summary() for b in system.legal_bases))
        row.append("\n".join(a.summary() for a in system.assessments if a.approved))
        rows.append(row)
    return rows


def public_csv(systems: Sequence[PublicSystem]) -> str:
    """The CSV text, BOM first; every cell neutralised against formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(clean_text(h)) for h in csv_headings()])
    for row in csv_rows(systems):
        writer.writerow([neutralise(clean_text(v)) for v in row])
    return BOM + buffer.getvalue()


def write_public_csv(
    systems: Sequence[PublicSystem], out: IO[bytes], *, progress: Progress | None = None
) -> None:
    progress = progress or Progress()
    progress.step(0, 1, _("Writing the public register…"))
    out.write(public_csv(systems).encode("utf-8"))
