"""The ``govkit`` command: the desktop application, and the commands councils' scripts run.

Exit codes (a contract; see docs/cli.md): 0 success, 1 a check failed or the input is invalid,
2 the command was called wrongly, 3 wrong passphrase or unusable vault, 130 cancelled. Errors are
one clear message on stderr, never a traceback. Nothing here imports Qt: the ``gui`` command
imports the desktop application only when it runs. Nothing here uses the network.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from govkit import APP_NAME, __version__
from govkit.app import (
    ENV_INSECURE_TEST_KDF,
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    Cancelled,
    InvalidInput,
    SecretSources,
    UsageProblem,
    current_secret,
    default_person_name,
    kdf_for_new_vault,
    log_dir,
    new_passphrase,
)
from govkit.i18n import _
from govkit.storage.errors import (
    UserFacingError,
    ValidationError,
    VaultError,
    VaultExistsError,
)

if TYPE_CHECKING:
    from govkit.domain.models import AiSystem, ControllerActivity, ProcessorActivity
    from govkit.services.registers import RecordRow
    from govkit.services.workspace import Workspace

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_VAULT = 3
EXIT_CANCELLED = 130

KINDS = ("activities", "processor-activities", "ai-systems", "assessments")
# The same limits as govkit.services.demo (not imported here: the parser should start fast).
MAX_DEMO_ACTIVITIES = 100_000
DEFAULT_DEMO_ACTIVITIES = 40
_ZIP_MAGIC = b"PK\x03\x04"
_GUI_LOG = "govkit-gui.log"

Handler = Callable[[argparse.Namespace], int]


# -- output ---------------------------------------------------------------------------------


def _say(text: str = "") -> None:
    print(text, file=sys.stdout)


def _error(text: str) -> None:
    print(f"{APP_NAME}: {text}", file=sys.stderr)


def _warn(text: str) -> None:
    print(text, file=sys.stderr)


def _write_utf8(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the console's code page (for JSON output)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def _make_streams_safe() -> None:
    """A console that cannot show a character gets "?" rather than a crash (old code pages)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            encoding = (stream.encoding or "").lower().replace("-", "").replace("_", "")
            if encoding != "utf8":
                with contextlib.suppress(Exception):
                    stream.reconfigure(errors="replace")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide East Asian characters count two, combining
    marks none."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


@functools.lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def printable(text: str) -> str:
    """``text`` on one line with no control characters (no line breaks, no terminal escape
    sequences smuggled into a record's name)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else " " for c in text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns (ending in "…" when cut)."""
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for char in text:
        w = _char_width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def format_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    width: int | None = None,
    shrink: Sequence[int] = (),
    right: Sequence[int] = (),
) -> list[str]:
    """Aligned columns; when ``width`` is given, the ``shrink`` columns (in that order) are cut
    so that each line fits."""
    gap = "  "
    rows = [[printable(cell) for cell in row] for row in rows]
    columns = zip(header, *rows, strict=True)
    widths = [max(display_width(cell) for cell in column) for column in columns]
    if width is not None:
        excess = sum(widths) + len(gap) * (len(widths) - 1) - width
        for index in shrink:
            if excess <= 0:
                break
            floor = max(display_width(header[index]), 12)
            cut = min(excess, widths[index] - floor)
            if cut > 0:
                widths[index] -= cut
                excess -= cut

    def render(cells: Sequence[str]) -> str:
        parts = []
        for index, cell in enumerate(cells):
            text = _fit(cell, widths[index])
            pad = " " * (widths[index] - display_width(text))
            parts.append(pad + text if index in right else text + pad)
        return gap.join(parts).rstrip()

    rule = gap.join("-" * w for w in widths)
    return [render(header), rule, *(render(row) for row in rows)]


# -- the commands ---------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    try:
        from govkit.ui.application import run_gui
    except ImportError as exc:
        _error(_("The desktop application cannot start: {reason}").format(reason=exc))
        return EXIT_FAILED
    vault: Path | None = getattr(args, "vault", None)
    return run_gui(vault, demo=bool(getattr(args, "demo", False)))


def _sources(args: argparse.Namespace) -> SecretSources:
    return SecretSources(getattr(args, "passphrase_file", None), os.environ)


def _check_new_vault_path(path: Path) -> None:
    """Refuse before asking for anything: an existing file, or a folder that is not there."""
    if os.path.lexists(path):
        raise VaultExistsError(path)
    if not path.parent.is_dir():
        raise InvalidInput(
            _(
                "The folder “{folder}” does not exist. Create it first or choose another one."
            ).format(folder=path.parent)
        )


class _KeyFile:
    """The file the recovery key goes to: reserved (created empty, owner-only) before the vault
    is made, so that the key always has somewhere to go, then filled or removed."""

    def __init__(self, path: Path, vault: Path) -> None:
        if path.resolve() == vault.resolve():
            raise UsageProblem(_("The recovery key file must not be the vault itself."))
        if os.path.lexists(path):
            raise InvalidInput(
                _(
                    "“{path}” already exists; govkit does not overwrite it. Choose another file."
                ).format(path=path)
            )
        if not path.parent.is_dir():
            raise InvalidInput(
                _("The folder “{folder}” does not exist.").format(folder=path.parent)
            )
        self.path = path
        self._fd: int | None = None

    def reserve(self) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            self._fd = os.open(self.path, flags, 0o600)
        except OSError as exc:
            raise InvalidInput(
                _("The recovery key file “{path}” cannot be created ({reason}).").format(
                    path=self.path, reason=exc.strerror or exc
                )
            ) from None

    def write(self, key: str, vault: Path) -> bool:
        assert self._fd is not None
        text = "\n".join(
            [
                key,
                "",
                _("The recovery key of the govkit vault “{name}”.").format(name=vault.name),
                _("It opens the vault and resets anyone's passphrase. Keep it in a safe place."),
                "",
            ]
        )
        try:
            with os.fdopen(self._fd, "wb") as handle:
                self._fd = None
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            return False
        return True

    def discard(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def _show_recovery_key(key: str, key_file: _KeyFile | None, vault: Path) -> None:
    if key_file is not None and key_file.write(key, vault):
        _say(
            _(
                "The recovery key was written to “{path}” (readable only by you). Store it in a "
                "safe place, away from this computer, then delete the file; it is shown only now."
            ).format(path=key_file.path)
        )
        return
    if key_file is not None:
        _warn(
            _("The recovery key could not be written to “{path}”; here it is instead.").format(
                path=key_file.path
            )
        )
        key_file.discard()
    _say(_("Recovery key (store it in a safe place; it is shown only now):"))
    _say()
    _say(f"    {key}")
    _say()
    _say(
        _(
            "With it, anyone can open the vault and reset passphrases. Print it or write it "
            "down and keep it locked away (for example in the office safe), apart from this "
            "computer."
        )
    )


def _create_vault(
    args: argparse.Namespace,
    *,
    person: str,
    organisation: str,
    fill: Callable[[Workspace], None] | None = None,
) -> int:
    """``init`` and ``demo``: a new vault, its passphrase, its recovery key."""
    from govkit.services.passphrase_strength import estimate
    from govkit.services.people import check_new_passphrase
    from govkit.services.workspace import Workspace
    from govkit.storage.vault import Vault

    path: Path = args.vault
    _check_new_vault_path(path)
    key_file = _KeyFile(args.recovery_key_file, path) if args.recovery_key_file else None
    kdf, warning = kdf_for_new_vault(os.environ)
    if warning:
        _warn(warning)

    def advise(passphrase: str) -> list[str]:
        strength = estimate(passphrase, avoid=[person, organisation])
        if strength.acceptable:
            return []
        return [_("Passphrase strength: {label}.").format(label=strength.label), *strength.advice]

    passphrase = new_passphrase(_sources(args), check=check_new_passphrase, advise=advise)
    if key_file is not None:
        key_file.reserve()
    try:
        ws, key = Workspace.create(
            path,
            person_name=person,
            passphrase=passphrase,
            organisation_name=organisation,
            kdf=kdf,
        )
    except BaseException:
        if key_file is not None:
            key_file.discard()
        raise
    try:
        if fill is not None:
            try:
                fill(ws)
                ws.save()
            except BaseException:
                # Not a usable demo: remove what this command has just created.
                ws.close()
                Vault.discard_files(path)
                if key_file is not None:
                    key_file.discard()
                raise
        who = ws.vault.person.name
        org = ws.organisation.get().name
    finally:
        ws.close()
    _say(
        _("Created the vault “{path}”{org}. {person} opens it with the passphrase.").format(
            path=path, org=f" ({org})" if org else "", person=who
        )
    )
    _show_recovery_key(key, key_file, path)
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    person = args.name if args.name is not None else default_person_name()
    return _create_vault(args, person=person, organisation=args.organisation or "")


def _cmd_demo(args: argparse.Namespace) -> int:
    from govkit.services import demo

    count: int = args.activities

    def fill(ws: Workspace) -> None:
        demo.populate_demo(ws, activities=count)

    person = args.name if args.name is not None else demo.DEMO_PERSON
    code = _create_vault(args, person=person, organisation="", fill=fill)
    if code == EXIT_OK:
        _say(
            _(
                "The vault holds the invented {city}: {n} processing activities, {p} "
                "activities as processor and {s} AI systems. Every person and detail in it is "
                "fictional."
            ).format(
                city=demo.CITY,
                n=count,
                p=len(demo.PROCESSOR_ACTIVITIES),
                s=len(demo.AI_SYSTEMS),
            )
        )
    return code


def _open(args: argparse.Namespace, path: Path) -> Workspace:
    """The Workspace of ``path``, unlocked with the secret from the usual sources."""
    from govkit.services.workspace import Workspace

    secret = current_secret(
        _sources(args), _("Passphrase or recovery key for “{name}”: ").format(name=path.name)
    )
    return Workspace.open(path, secret)


def _cmd_list(args: argparse.Namespace) -> int:
    ws = _open(args, args.vault)
    try:
        if args.kind == "assessments":
            _list_assessments(ws, args.format)
            return EXIT_OK
        if args.kind == "ai-systems":
            if args.format == "json":
                _write_json(ws.ai_systems.all())
            else:
                _write_ai_table(ws.ai_systems.rows())
            return EXIT_OK
        service = ws.activities if args.kind == "activities" else ws.processor_activities
        if args.format == "json":
            _write_json(service.all())
        else:
            _write_table(service.rows(), args.kind)
    finally:
        ws.close()
    return EXIT_OK


def _export_assessment(args: argparse.Namespace) -> int:
    from govkit.services.assessment_exports import (
        ASSESSMENT_FORMATS,
        ASSESSMENT_SUFFIXES,
        export_assessment,
        resolve_assessment,
    )

    out: Path = args.output
    fmt: str | None = args.format
    if fmt is None:
        fmt = {v: k for k, v in ASSESSMENT_SUFFIXES.items()}.get(out.suffix.lower())
        if fmt is None:
            raise UsageProblem(
                _("Say which format to write with --format {formats}.").format(
                    formats=", ".join(ASSESSMENT_FORMATS)
                )
            )
    if fmt not in ASSESSMENT_FORMATS:
        raise UsageProblem(
            _("An assessment is exported as {formats}, not as {fmt}.").format(
                formats=", ".join(ASSESSMENT_FORMATS), fmt=fmt
            )
        )
    if args.layout is not None or args.department is not None:
        raise UsageProblem(_("--layout and --department are for the register, not an assessment."))
    if not out.parent.is_dir():
        raise InvalidInput(
            _(
                "The folder “{folder}” does not exist. Create it first or choose another one."
            ).format(folder=out.parent)
        )
    ws = _open(args, args.vault)
    try:
        assessment = resolve_assessment(ws, args.assessment)
        job = export_assessment(ws, assessment.id, out, format=fmt)
    finally:
        ws.close()
    name = f"{assessment.reference} v{assessment.version}"
    if job.pages is not None:
        _say(
            _("Exported {name} to “{path}”, {pages} pages.").format(
                name=name, path=out, pages=job.pages
            )
        )
    else:
        _say(_("Exported {name} to “{path}”.").format(name=name, path=out))
    for warning in job.warnings:
        _say(printable(_("Note: {text}").format(text=warning)))
    return EXIT_OK


def _list_assessments(ws: Workspace, output: str) -> None:
    from govkit.services.assessments import AssessmentService

    service = AssessmentService(ws.ctx)
    summaries = service.summaries()
    subjects = ws.activities.names()
    subjects.update(ws.processor_activities.names())
    subjects.update(ws.ai_systems.names())
    if output == "json":
        items = [
            {
                "id": a.id,
                "reference": a.reference,
                "version": a.version,
                "kind": a.kind.value,
                "title": a.title,
                "subject_type": a.subject_type,
                "subject_id": a.subject_id,
                "subject": subjects.get(a.subject_id, ""),
                "status": a.status.value,
                "owner": a.owner,
                "outcome": a.outcome,
                "next_review": a.next_review.isoformat() if a.next_review else None,
                "updated_at": a.updated_at,
            }
            for a in summaries
        ]
        _write_utf8(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return
    if not summaries:
        _say(_("No assessments yet."))
        return
    today = date.today()
    header = [
        _("Reference"),
        _("Type"),
        _("Subject"),
        _("Status"),
        _("Owner"),
        _("Next review"),
        _("Outcome"),
    ]
    body = []
    overdue = 0
    for a in summaries:
        review = a.next_review.isoformat() if a.next_review else ""
        if a.overdue(today):
            review += " " + _("overdue")
            overdue += 1
        reference = a.reference + (f" v{a.version}" if a.version > 1 else "")
        body.append(
            [
                reference,
                a.kind.label,
                subjects.get(a.subject_id, ""),
                a.status.label,
                a.owner,
                review,
                a.outcome.replace("_", " "),
            ]
        )
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    for line in format_table(header, body, width=width, shrink=(2, 1)):
        _say(line)
    _say()
    count = _("1 assessment") if len(body) == 1 else _("{n} assessments").format(n=len(body))
    _say(_("{count}; {overdue} overdue for review.").format(count=count, overdue=overdue))


def _write_json(records: Iterable[ControllerActivity | ProcessorActivity | AiSystem]) -> None:
    """A JSON array of every field of every record (as ``json.dumps(list, indent=2)`` would
    write it), streamed so that a large register needs no second copy in memory."""
    from govkit.services.registers import record_as_json

    chunks: list[str] = []
    first = True
    for record in records:
        text = json.dumps(record_as_json(record), ensure_ascii=False, indent=2)
        chunks.append(
            ("[\n" if first else ",\n") + "\n".join("  " + line for line in text.split("\n"))
        )
        first = False
        if len(chunks) >= 500:
            _write_utf8("".join(chunks))
            chunks.clear()
    chunks.append("[]\n" if first else "\n]\n")
    _write_utf8("".join(chunks))


def _write_table(rows: Sequence[RecordRow], kind: str) -> None:
    today = date.today()
    header = [
        _("Reference"),
        _("Name"),
        _("Department"),
        _("Status"),
        _("Complete"),
        _("Next review"),
    ]
    body: list[list[str]] = []
    incomplete = overdue = 0
    for row in sorted(rows, key=lambda r: (r.reference, r.name)):
        status = row.status.label + (" (" + _("archived") + ")" if row.archived else "")
        review = row.next_review.isoformat() if row.next_review else ""
        live = not row.archived and row.status.value != "retired"
        if live and row.next_review is not None and row.next_review < today:
            review += " " + _("overdue")
            overdue += 1
        if live and not row.completeness.complete:
            incomplete += 1
        body.append(
            [
                row.reference,
                row.name,
                row.department,
                status,
                f"{row.completeness.percent} %",
                review,
            ]
        )
    if not body:
        _say(_("This register is empty."))
        return
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    for line in format_table(header, body, width=width, shrink=(1, 2), right=(4,)):
        _say(line)
    _say()
    noun = _("processing activities") if kind == "activities" else _("activities as processor")
    _say(
        _(
            "{n} {noun}; {incomplete} with Art. 30 items missing, {overdue} overdue for review."
        ).format(n=len(body), noun=noun, incomplete=incomplete, overdue=overdue)
    )


def _write_ai_table(rows: Sequence[RecordRow]) -> None:
    from govkit.domain.ai_enums import AnnexIIIArea

    today = date.today()
    header = [
        _("Reference"),
        _("Name"),
        _("Department"),
        _("Phase"),
        _("Risk tier"),
        _("Duties open"),
        _("Complete"),
        _("Next review"),
    ]
    body: list[list[str]] = []
    high_risk = open_duties = overdue = 0
    for row in sorted(rows, key=lambda r: (r.reference, r.name)):
        facts = row.ai
        if facts is None:  # not a row of the AI systems register
            continue
        phase = facts.phase.label + (" (" + _("archived") + ")" if row.archived else "")
        tier = facts.tier.label
        if facts.annex_area:
            tier += ", " + _("Annex III {point}").format(point=AnnexIIIArea(facts.annex_area).point)
        review = row.next_review.isoformat() if row.next_review else ""
        live = not row.archived and row.status.value != "retired"
        if live and row.next_review is not None and row.next_review < today:
            review += " " + _("overdue")
            overdue += 1
        if live and facts.tier.value == "high_risk":
            high_risk += 1
        if live:
            open_duties += facts.duties_open
        body.append(
            [
                row.reference,
                row.name,
                row.department,
                phase,
                tier,
                f"{facts.duties_open}/{facts.duties_total}",
                f"{row.completeness.percent} %",
                review,
            ]
        )
    if not body:
        _say(_("This register is empty."))
        return
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    for line in format_table(header, body, width=width, shrink=(1, 4, 2), right=(5, 6)):
        _say(line)
    _say()
    _say(
        _(
            "{n} AI systems; {high} high-risk, {open} deployer duties open, {overdue} overdue "
            "for review."
        ).format(n=len(body), high=high_risk, open=open_duties, overdue=overdue)
    )


def _cmd_verify(args: argparse.Namespace) -> int:
    target: Path = args.target
    # Dispatch by content: an audit pack is a zip file, a vault starts with its own magic.
    if _starts_with(target, _ZIP_MAGIC):
        return _verify_pack(args, target)
    if args.fingerprint is not None:
        raise UsageProblem(_("--fingerprint is for audit packs (zip files), not for vaults."))
    return _verify_vault(args, target)


def _verify_pack(args: argparse.Namespace, path: Path) -> int:
    from govkit.services.signing import normalise_fingerprint, verify_pack

    expected: str | None = args.fingerprint
    if expected is not None and not normalise_fingerprint(expected):
        raise UsageProblem(
            _(
                "“{value}” is not a key fingerprint: it has 64 hexadecimal digits, e.g. as "
                "govkit prints it after exporting a pack."
            ).format(value=expected)
        )
    report = verify_pack(path, expected_fingerprint=expected)
    if not report.readable:
        _error(" ".join(report.problems))
        return EXIT_VAULT
    ok, problem = _("ok"), _("PROBLEM")
    width = max(display_width(ok), display_width(problem))
    _say(_("Verifying the audit pack “{path}”").format(path=path))
    for check in report.checks:
        _say(f"  {ok}{' ' * (width - display_width(ok))}  {printable(check)}")
    for item in report.problems:
        _say(f"  {problem}{' ' * (width - display_width(problem))}  {printable(item)}")
    if report.fingerprint:
        _say(_("Signing key fingerprint: {fp}").format(fp=report.fingerprint))
    if report.ok:
        if expected is None:
            _say(
                _(
                    "The pack is intact. To be sure it comes from the expected vault, compare the "
                    "fingerprint above with the one the organisation shows (or use --fingerprint)."
                )
            )
        else:
            _say(_("The pack is intact and signed by the expected key."))
        return EXIT_OK
    changed = ", ".join(printable(n) for n in report.changed)
    _say(
        _("The pack is not intact: {n} problems{files}.").format(
            n=len(report.problems),
            files=_(" (files: {names})").format(names=changed) if changed else "",
        )
    )
    return EXIT_FAILED


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False  # the vault verifier explains what is wrong with the path


def _verify_vault(args: argparse.Namespace, path: Path) -> int:
    from govkit.services.verify import verify_workspace

    ws = _open(args, path)
    try:
        report = verify_workspace(ws)
    finally:
        ws.close()
    ok, problem = _("ok"), _("PROBLEM")
    width = max(display_width(ok), display_width(problem))
    _say(_("Verifying “{path}”").format(path=path))
    for check in report.checks:
        _say(f"  {ok}{' ' * (width - display_width(ok))}  {check}")
    for item in report.problems:
        _say(f"  {problem}{' ' * (width - display_width(problem))}  {item}")
    if report.ok:
        _say(_("The vault is intact."))
        return EXIT_OK
    _say(
        _("Problems found: {n}. Restore a backup or ask your IT service for help.").format(
            n=len(report.problems)
        )
    )
    return EXIT_FAILED


def _cmd_export(args: argparse.Namespace) -> int:
    from govkit.services.exports import AI_FORMATS, REGISTER_FORMATS, SUFFIXES, prepare_export

    if args.assessment is not None:
        if args.ai_system is not None or args.include_retired:
            raise UsageProblem(
                _("--ai-system and --include-retired are for the AI systems' exports.")
            )
        return _export_assessment(args)
    if args.format == "cnil-json":
        raise UsageProblem(_("--format cnil-json is for one assessment: add --assessment REF."))
    out: Path = args.output
    fmt: str | None = args.format
    if fmt is None:
        by_suffix = {SUFFIXES[name]: name for name in REGISTER_FORMATS}
        by_suffix.update({".html": "public-html", ".htm": "public-html", ".csv": "public-csv"})
        fmt = by_suffix.get(out.suffix.lower())
        if fmt is None:
            raise UsageProblem(
                _(
                    "Say which format to write with --format xlsx, pdf, json, pack, atrs, "
                    "nl-register, public-html or public-csv (the name “{name}” does not tell)."
                ).format(name=out.name)
            )
    if args.layout is not None and fmt != "xlsx":
        raise UsageProblem(_("--layout is only for --format xlsx."))
    if fmt not in AI_FORMATS and (args.ai_system is not None or args.include_retired):
        raise UsageProblem(
            _(
                "--ai-system and --include-retired are for the AI systems' exports: --format "
                "atrs, nl-register, public-html or public-csv."
            )
        )
    if args.include_retired and fmt not in ("public-html", "public-csv"):
        raise UsageProblem(
            _(
                "--include-retired is for the public register (public-html, public-csv); the "
                "ATRS and Dutch register exports always include retired systems."
            )
        )
    if fmt == "atrs" and out.suffix.lower() not in (".xlsx", ".json"):
        raise UsageProblem(
            _(
                "An ATRS record is written as an Excel workbook or as JSON: name the output "
                "file .xlsx or .json."
            )
        )
    if not out.parent.is_dir():
        raise InvalidInput(
            _(
                "The folder “{folder}” does not exist. Create it first or choose another one."
            ).format(folder=out.parent)
        )
    ws = _open(args, args.vault)
    try:
        job = prepare_export(
            ws,
            out,
            format=fmt,
            layout=args.layout or "full",
            department=args.department,
            ai_system=args.ai_system,
            include_retired=args.include_retired,
        )
        job.run()
        if ws.dirty:  # a new signing key: keep it in the vault
            ws.save()
        counts = job.snapshot.counts
    finally:
        ws.close()
    if fmt in AI_FORMATS:
        if job.systems == 1:
            done = _("Exported 1 AI system ({what}) to “{path}”.")
        else:
            done = _("Exported {n} AI systems ({what}) to “{path}”.")
        _say(done.format(n=job.systems or 0, what=_ai_format_name(fmt, out), path=out))
        for warning in job.warnings:
            _say(printable(_("Note: {text}").format(text=warning)))
        return EXIT_OK
    what = _("processing activities: {c}; activities as processor: {p}").format(
        c=counts["controller_activities"], p=counts["processor_activities"]
    )
    if counts.get("ai_systems"):
        what += _("; AI systems: {n}").format(n=counts["ai_systems"])
    if job.pages is not None and fmt == "pdf":
        _say(
            _("Exported the register ({what}) to “{path}”, {pages} pages.").format(
                what=what, path=out, pages=job.pages
            )
        )
    else:
        _say(_("Exported the register ({what}) to “{path}”.").format(what=what, path=out))
    if fmt == "pack":
        if job.created_signing_key:
            _say(
                _(
                    "This vault's signing key was created now (recorded in the change history); "
                    "it signs every pack from now on."
                )
            )
        _say(_("Signed with this vault's key. Its fingerprint:"))
        _say()
        _say(f"    {job.fingerprint}")
        _say()
        _say(
            _(
                "Give the fingerprint to the recipients by another way than the pack (letter, "
                "phone). They check the pack with:"
            )
        )
        _say(f'    govkit verify "{out.name}" --fingerprint "{job.fingerprint}"')
    return EXIT_OK


def _ai_format_name(fmt: str, out: Path) -> str:
    if fmt == "atrs":
        if out.suffix.lower() == ".json":
            return _("ATRS record, JSON")
        return _("ATRS record, Excel workbook")
    return {
        "nl-register": _("Dutch algorithm register, JSON"),
        "public-html": _("public transparency register, web page"),
        "public-csv": _("public transparency register, CSV"),
    }[fmt]


# What ``govkit import`` recognises, tried in order: (recognise the file?, import it). Further
# kinds (CNIL PIA files, Canada AIA files) are one more entry here.
Importer = Callable[[argparse.Namespace, Path], int]
_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")


def _is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in _SPREADSHEET_SUFFIXES or _starts_with(path, _ZIP_MAGIC)


def _importers() -> list[tuple[Callable[[Path], bool], Importer]]:
    from govkit.services.canada_aia import looks_like_canada_aia
    from govkit.services.cnil_pia import looks_like_cnil_pia

    return [
        (looks_like_cnil_pia, _import_cnil_pia),
        (looks_like_canada_aia, _import_canada_aia),
        (_is_spreadsheet, _import_table),
    ]


def _import_cnil_pia(args: argparse.Namespace, path: Path) -> int:
    """A CNIL PIA export (JSON): one DPIA, linked to the activity of the same name."""
    from govkit.services.cnil_pia import import_cnil_pia

    if args.mapping is not None or args.sheet is not None:
        raise UsageProblem(_("--mapping and --sheet are for spreadsheets, not CNIL PIA files."))
    ws = _open(args, args.vault)
    try:
        result = import_cnil_pia(ws, path, dry_run=args.dry_run)
        if not args.dry_run:
            ws.save()
    finally:
        ws.close()
    for line in result.lines():
        _say(printable(line))
    return EXIT_OK


def _import_canada_aia(args: argparse.Namespace, path: Path) -> int:
    """A save file of Canada's AIA tool (JSON): one algorithmic impact assessment."""
    from govkit.services.canada_aia import import_canada_aia

    if args.mapping is not None or args.sheet is not None:
        raise UsageProblem(
            _(
                "--mapping and --sheet are for spreadsheets, not Algorithmic Impact Assessment "
                "files."
            )
        )
    ws = _open(args, args.vault)
    try:
        result = import_canada_aia(ws, path, dry_run=args.dry_run)
        if not args.dry_run:
            ws.save()
    finally:
        ws.close()
    for line in result.lines():
        _say(printable(line))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise InvalidInput(
            _("“{path}” was not found (or is not a file).").format(path=path)
            if not path.is_dir()
            else _("“{path}” is a folder, not a file to import.").format(path=path)
        )
    if args.mapping is not None and not args.mapping.is_file():
        raise InvalidInput(_("The mapping file “{path}” was not found.").format(path=args.mapping))
    for recognise, importer in _importers():
        if recognise(path):
            return importer(args, path)
    raise InvalidInput(
        _(
            "govkit cannot import “{name}”: it imports Excel workbooks (.xlsx), CSV files (.csv), "
            "DPIAs exported by the CNIL's PIA software (.json) and files saved by the Government "
            "of Canada's Algorithmic Impact Assessment tool (AIA Results.json)."
        ).format(name=path.name)
    )


def _import_table(args: argparse.Namespace, path: Path) -> int:
    import govkit.services.imports as imports

    ws = _open(args, args.vault)
    try:
        first = imports.read_table(path, sheet=args.sheet)
        tables = [first]
        if args.sheet is None and args.mapping is None and first.origin == "govkit":
            # A govkit "full" workbook holds both registers: import every register sheet.
            tables += [imports.read_table(path, sheet=name) for name in first.register_sheets[1:]]
        elif args.mapping is None:
            # One activity per sheet (CNIL "fiches") may mix controller and processor sheets.
            tables = imports.split_by_register(first)
        previews = []
        for table in tables:
            if args.mapping is not None:
                mapping = imports.load_mapping(args.mapping)
            else:
                mapping = imports.suggest_mapping(ws, table)
            previews.append(imports.preview(ws, table, mapping))
        for preview in previews:
            for line in preview.lines():
                _say(printable(line))
        invalid = sum(preview.invalid_count for preview in previews)
        if args.dry_run:
            _say()
            _say(_("Dry run: nothing was written."))
            return EXIT_FAILED if invalid and not args.skip_invalid else EXIT_OK
        if invalid and not args.skip_invalid:
            _say()
            _say(
                _(
                    "Nothing was imported: {n} rows have problems (listed above). Correct the "
                    "file, or import the other rows with --skip-invalid."
                ).format(n=invalid)
            )
            return EXIT_FAILED
        # Every sheet was checked above, so the imports below only write what was previewed.
        reports = [
            imports.run_import(ws, preview, skip_invalid=args.skip_invalid) for preview in previews
        ]
        ws.save()
    finally:
        ws.close()
    for report in reports:
        _say()
        for line in report.lines():
            _say(printable(line))
    return EXIT_OK


def _cmd_passwd(args: argparse.Namespace) -> int:
    from govkit.services.people import check_new_passphrase

    path: Path = args.vault
    ws = _open(args, path)
    try:
        people = ws.people.list()
        names = ", ".join(p.name for p in people)
        wanted = " ".join(args.person.split()).casefold() if args.person else None
        if ws.vault.opened_with_recovery_key:
            if wanted is None:
                raise UsageProblem(
                    _(
                        "The vault was opened with the recovery key. Say whose passphrase to "
                        "reset with --person NAME. People: {names}."
                    ).format(names=names)
                )
            person = next((p for p in people if p.name.casefold() == wanted), None)
            if person is None:
                raise UsageProblem(
                    _("Nobody called “{name}” can open this vault. People: {names}.").format(
                        name=args.person, names=names
                    )
                )
        else:
            person = ws.people.current
            if wanted is not None and wanted != person.name.casefold():
                raise UsageProblem(
                    _(
                        "With a passphrase you can change only your own ({name}). To reset "
                        "someone else's, unlock with the recovery key."
                    ).format(name=person.name)
                )
        new = new_passphrase(
            SecretSources(None, os.environ),
            variable=ENV_NEW_PASSPHRASE,
            with_file=False,
            check=check_new_passphrase,
        )
        if ws.vault.opened_with_recovery_key:
            ws.people.reset_passphrase(person.slot_id, new)
        else:
            ws.people.change_own_passphrase(new)
        backups = ws.vault.backups()
    finally:
        ws.close()
    _say(_("The passphrase of {name} was changed.").format(name=person.name))
    if backups:
        _say(
            _(
                "Backup copies saved before this change ({files}) still open with the old "
                "passphrase. Delete them if the old passphrase may be known to someone else."
            ).format(files=", ".join(b.name for b in backups))
        )
    return EXIT_OK


# -- the parser -----------------------------------------------------------------------------


def _activity_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a whole number").format(value=text)
        ) from None
    if not 1 <= value <= MAX_DEMO_ACTIVITIES:
        raise argparse.ArgumentTypeError(
            _("must be from 1 to {max}, not {value}").format(max=MAX_DEMO_ACTIVITIES, value=value)
        )
    return value


def _wrap(text: str) -> str:
    """A description paragraph wrapped for the terminal (the help keeps examples as written)."""
    width = min(shutil.get_terminal_size().columns, 100) - 2
    return textwrap.fill(text, width=max(width, 40))


def _passphrase_file_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help=help_text)


def build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        formatter_class=raw,
        description=_wrap(
            _(
                "govkit keeps a city's records of processing activities (GDPR Art. 30) in one "
                "encrypted file, the vault. Without a command it starts the desktop application."
            )
        ),
        epilog=_(
            "examples:\n"
            "  govkit                                 start the desktop application\n"
            '  govkit init register.govkit --organisation "City of Bonn"\n'
            "  govkit demo demo.govkit                a vault with an invented city to try\n"
            "  govkit list register.govkit activities\n"
            "  govkit verify register.govkit          exit code 0 if intact, 1 if not\n"
            "  govkit export register.govkit --format pdf -o register.pdf\n"
            "\n"
            "The passphrase comes from --passphrase-file FILE, else from the environment\n"
            "variable {env}, else it is asked for.\n"
            "\n"
            "exit codes: 0 success, 1 a check failed or the input is invalid, 2 wrong use\n"
            "of the command, 3 wrong passphrase or unusable vault, 130 cancelled.\n"
            "Every command has --help; docs/cli.md describes them all."
        ).format(env=ENV_PASSPHRASE),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))

    gui = sub.add_parser(
        "gui",
        formatter_class=raw,
        help=_("start the desktop application (the default)"),
        description=_wrap(_("Start the desktop application, optionally opening a vault.")),
        epilog=_(
            "examples:\n"
            "  govkit gui\n"
            "  govkit gui register.govkit\n"
            "  govkit gui --demo          open the demo vault with an invented city"
        ),
    )
    gui.add_argument("vault", nargs="?", type=Path, metavar="VAULT", help=_("the vault to open"))
    gui.add_argument(
        "--demo", action="store_true", help=_("open the demo vault (created on first use)")
    )
    gui.set_defaults(handler=_cmd_gui)

    new_file_help = _(
        "read the new passphrase from the first line of FILE (else {env}, else asked twice)"
    ).format(env=ENV_PASSPHRASE)
    key_file_help = _(
        "write the recovery key to FILE (created readable only by you) instead of printing it"
    )
    init = sub.add_parser(
        "init",
        formatter_class=raw,
        help=_("create a new, empty vault"),
        description=_wrap(
            _(
                "Create a new, empty vault. It opens with your passphrase; a recovery key is shown "
                "once, for the office safe. An existing file is never overwritten."
            )
        ),
        epilog=_(
            "examples:\n"
            '  govkit init register.govkit --name "Farhana Rahman" '
            '--organisation "City of Dhaka"\n'
            "  govkit init register.govkit --passphrase-file pass.txt "
            "--recovery-key-file recovery.txt"
        ),
    )
    init.add_argument("vault", type=Path, metavar="VAULT", help=_("the vault file to create"))
    init.add_argument(
        "--name",
        metavar="NAME",
        help=_("your name as others will see it (default: your login name)"),
    )
    init.add_argument(
        "--organisation",
        metavar="NAME",
        help=_('the organisation\'s name, e.g. "City of Quelimane"'),
    )
    init.add_argument("--recovery-key-file", type=Path, metavar="FILE", help=key_file_help)
    _passphrase_file_option(init, new_file_help)
    init.set_defaults(handler=_cmd_init)

    demo = sub.add_parser(
        "demo",
        formatter_class=raw,
        help=_("create a vault holding an invented city, to try govkit"),
        description=_wrap(
            _(
                "Create a vault holding the invented City of Lindenhaven: an organisation profile, "
                "processing activities of many departments and a few activities as processor. "
                "Every person and detail in it is fictional."
            )
        ),
        epilog=_(
            "examples:\n"
            "  govkit demo demo.govkit\n"
            "  govkit demo big.govkit --activities 100000     for performance tests"
        ),
    )
    demo.add_argument("vault", type=Path, metavar="VAULT", help=_("the vault file to create"))
    demo.add_argument(
        "--activities",
        type=_activity_count,
        default=DEFAULT_DEMO_ACTIVITIES,
        metavar="N",
        help=_("how many processing activities (1 to {max}, default {default})").format(
            max=MAX_DEMO_ACTIVITIES, default=DEFAULT_DEMO_ACTIVITIES
        ),
    )
    demo.add_argument(
        "--name", metavar="NAME", help=_("who opens the demo vault (default: the demo city's DPO)")
    )
    demo.add_argument("--recovery-key-file", type=Path, metavar="FILE", help=key_file_help)
    _passphrase_file_option(demo, new_file_help)
    demo.set_defaults(handler=_cmd_demo)

    open_file_help = _(
        "read the passphrase or recovery key from the first line of FILE (else {env}, else asked)"
    ).format(env=ENV_PASSPHRASE)
    lister = sub.add_parser(
        "list",
        formatter_class=raw,
        help=_("list the records of a register"),
        description=_wrap(
            _(
                "List the processing activities (or the activities as processor, the AI systems "
                "or the impact assessments) of a vault, as a table for reading or as JSON for "
                "scripts."
            )
        ),
        epilog=_(
            "examples:\n"
            "  govkit list register.govkit activities\n"
            "  govkit list register.govkit processor-activities --format json > out.json\n"
            "  govkit list register.govkit ai-systems\n"
            "  govkit list register.govkit assessments"
        ),
    )
    lister.add_argument("vault", type=Path, metavar="VAULT", help=_("the vault to read"))
    lister.add_argument(
        "kind",
        choices=KINDS,
        metavar="{activities,processor-activities,ai-systems,assessments}",
        help=_("which register, or the impact assessments"),
    )
    lister.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help=_("table (default) or json (UTF-8, every field)"),
    )
    _passphrase_file_option(lister, open_file_help)
    lister.set_defaults(handler=_cmd_list)

    verify = sub.add_parser(
        "verify",
        formatter_class=raw,
        help=_("check that a vault or an audit pack is intact"),
        description=_wrap(
            _(
                "Check a vault: open it and check its file, its database and its change history "
                "(a hash chain that shows whether entries were altered or removed). Or check an "
                "audit pack (a zip file made by govkit export --format pack): its signature and "
                "every file's SHA-256; no passphrase is needed for a pack."
            )
        ),
        epilog=_(
            "exit codes: 0 intact, 1 problems found (each named), 3 the vault or pack cannot\n"
            "be opened at all.\n"
            "examples:\n"
            "  GOVKIT_PASSPHRASE=... govkit verify register.govkit\n"
            '  govkit verify audit-pack.zip --fingerprint "3f2a 9c1d ..."'
        ),
    )
    verify.add_argument(
        "target", type=Path, metavar="VAULT|PACK", help=_("the vault or audit pack to check")
    )
    verify.add_argument(
        "--fingerprint",
        metavar="FP",
        help=_("for a pack: the signing key's fingerprint you expect (as govkit shows it)"),
    )
    _passphrase_file_option(verify, open_file_help)
    verify.set_defaults(handler=_cmd_verify)

    export = sub.add_parser(
        "export",
        formatter_class=raw,
        help=_(
            "export the register as Excel, PDF, JSON or a signed audit pack, or the AI "
            "systems' transparency records"
        ),
        description=_wrap(
            _(
                "Write the register to a file: an Excel workbook (xlsx), a PDF report to file "
                "(pdf), everything as JSON (json), or an audit pack (pack): one zip with all "
                "three and a manifest signed with the vault's key. The AI systems register's "
                "transparency records hold only the fields meant for the public: an ATRS record "
                "(atrs), entries for the Dutch algorithm register (nl-register) and a public "
                "register for the website (public-html, public-csv). An existing file of that "
                "name is replaced only once the new one is complete."
            )
        ),
        epilog=_(
            "examples:\n"
            "  govkit export register.govkit --format pdf -o register.pdf\n"
            "  govkit export register.govkit --format xlsx --layout ico -o ico.xlsx\n"
            '  govkit export register.govkit --format json --department "Human resources" '
            "-o hr.json\n"
            "  govkit export register.govkit --format pack -o audit-2026.zip\n"
            "  govkit export register.govkit --format atrs -o atrs.xlsx\n"
            "  govkit export register.govkit --format atrs --ai-system AI-001 -o ai-001.json\n"
            "  govkit export register.govkit --format nl-register -o algoritmeregister.json\n"
            "  govkit export register.govkit --format public-html -o ai-register.html\n"
            "  govkit export register.govkit --assessment DPIA-001 --format pdf -o dpia.pdf"
        ),
    )
    export.add_argument("vault", type=Path, metavar="VAULT", help=_("the vault to export"))
    export.add_argument(
        "--format",
        choices=(
            "xlsx",
            "pdf",
            "json",
            "pack",
            "atrs",
            "nl-register",
            "public-html",
            "public-csv",
            "cnil-json",
        ),
        help=_(
            "what to write (default: from the output file's extension); the AI systems' "
            "transparency records: atrs (UK ATRS record: .xlsx workbook or .json, after the "
            "output's extension), nl-register (Dutch algorithm register JSON), public-html and "
            "public-csv (the public register for the website); with --assessment: pdf (the "
            "report), xlsx (the action plan) or cnil-json (the CNIL PIA format)"
        ),
    )
    export.add_argument(
        "--assessment",
        metavar="REF",
        help=_(
            "export one impact assessment instead of the register: its reference (DPIA-001, "
            "newest version; DPIA-001 v2 for another) or its ID, as govkit list shows them"
        ),
    )
    export.add_argument(
        "--layout",
        choices=("full", "ico", "cnil"),
        help=_("for xlsx: full (every field, default), ico (UK ICO template) or cnil (CNIL model)"),
    )
    export.add_argument(
        "--department", metavar="NAME", help=_("only the records of this department")
    )
    export.add_argument(
        "--ai-system",
        metavar="REF",
        help=_(
            "for the AI systems' exports: only this system (its reference, e.g. AI-001, or its "
            "ID); nl-register then writes one entry instead of a list"
        ),
    )
    export.add_argument(
        "--include-retired",
        action="store_true",
        help=_("for public-html and public-csv: list retired systems too (with their phase)"),
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="OUT", required=True, help=_("the file to write")
    )
    _passphrase_file_option(export, open_file_help)
    export.set_defaults(handler=_cmd_export)

    importer = sub.add_parser(
        "import",
        formatter_class=raw,
        help=_(
            "import activities from a spreadsheet (xlsx, csv), a CNIL PIA file or a Canada AIA "
            "file (json)"
        ),
        description=_wrap(
            _(
                "Import processing activities from an Excel workbook or a CSV file. Columns are "
                "matched to fields by their headings (or by a mapping file saved in the "
                "application). Every row is checked first; if any row has a problem nothing is "
                "imported, unless --skip-invalid. The report lists what was created, skipped "
                "and why; rows that look like existing activities are flagged."
            )
        ),
        epilog=_(
            "exit codes: 0 imported (or, with --dry-run, every row is valid), 1 rows with\n"
            "problems or an unreadable file (nothing written), 3 the vault cannot be opened.\n"
            "examples:\n"
            "  govkit import register.govkit old-register.xlsx --dry-run\n"
            "  govkit import register.govkit old-register.xlsx --mapping mapping.json\n"
            "  govkit import register.govkit export.csv --skip-invalid\n"
            "  govkit import register.govkit pia-export.json   (a DPIA from the CNIL PIA software)"
            "\n"
            '  govkit import register.govkit "AIA Results.json"   (from Canada\'s AIA tool)'
        ),
    )
    importer.add_argument("vault", type=Path, metavar="VAULT", help=_("the vault to import into"))
    importer.add_argument("file", type=Path, metavar="FILE", help=_("the spreadsheet to import"))
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only check and show what would be imported; write nothing"),
    )
    importer.add_argument(
        "--mapping",
        type=Path,
        metavar="MAP.json",
        help=_("a saved column mapping to use instead of matching the headings"),
    )
    importer.add_argument(
        "--sheet",
        metavar="NAME",
        help=_(
            "the sheet to import (default: the sheet that looks most like a register; every "
            "register sheet of a workbook exported by govkit)"
        ),
    )
    importer.add_argument(
        "--skip-invalid",
        action="store_true",
        help=_("import the valid rows and skip the rows with problems"),
    )
    _passphrase_file_option(importer, open_file_help)
    importer.set_defaults(handler=_cmd_import)

    passwd = sub.add_parser(
        "passwd",
        formatter_class=raw,
        help=_("change a passphrase"),
        description=_wrap(
            _(
                "Change your passphrase. Unlocked with the recovery key, reset the passphrase of "
                "the person named with --person. The new passphrase comes from {env}, else it is "
                "asked twice."
            ).format(env=ENV_NEW_PASSPHRASE)
        ),
        epilog=_(
            "examples:\n"
            "  govkit passwd register.govkit\n"
            '  govkit passwd register.govkit --passphrase-file recovery.txt --person "Ana Silva"'
        ),
    )
    passwd.add_argument("vault", type=Path, metavar="VAULT", help=_("the vault"))
    passwd.add_argument(
        "--person", metavar="NAME", help=_("whose passphrase to reset (only with the recovery key)")
    )
    _passphrase_file_option(passwd, open_file_help)
    passwd.set_defaults(handler=_cmd_passwd)
    return parser


# -- entry points ---------------------------------------------------------------------------


def _exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (``python -m govkit`` and ``govkit``)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    _make_streams_safe()
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # --help, --version, or a usage error argparse has explained
        return _exit_status(exc.code)
    handler: Handler = getattr(args, "handler", _cmd_gui)
    try:
        return handler(args)
    except UsageProblem as exc:
        _error(str(exc))
        return EXIT_USAGE
    except (Cancelled, KeyboardInterrupt) as exc:
        _warn("")
        _error(str(exc) or _("Cancelled."))
        return EXIT_CANCELLED
    except InvalidInput as exc:
        _error(str(exc))
        return EXIT_FAILED
    except ValidationError as exc:
        _error(" ".join(exc.problems.values()))
        return EXIT_FAILED
    except VaultError as exc:
        _error(str(exc))
        return EXIT_FAILED if isinstance(exc, VaultExistsError) else EXIT_VAULT
    except UserFacingError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``govkit list … | head``): stop quietly, as other tools do.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:  # a bug: one line, no traceback
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        _error(
            _("internal error ({kind}{detail}). Please report it.").format(
                kind=type(exc).__name__, detail=f": {detail}" if detail else ""
            )
        )
        return EXIT_FAILED


def _attach_log_streams() -> None:
    """The windowed launcher has no console (stdout/stderr are None): write to a log file."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    stream: TextIO
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stream = open(folder / _GUI_LOG, "a", encoding="utf-8", buffering=1)  # noqa: SIM115
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def gui_main() -> int:
    """``govkit-gui``: the desktop application without a console window."""
    _attach_log_streams()
    return main(["gui", *sys.argv[1:]])


__all__ = ["ENV_INSECURE_TEST_KDF", "ENV_PASSPHRASE", "build_parser", "gui_main", "main"]
