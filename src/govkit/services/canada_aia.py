"""Algorithmic impact assessments from the Government of Canada's AIA tool (docs/canada-aia.md).

``import_canada_aia`` turns a save file of the official tool (``AIA Results.json``) into a
govkit assessment of kind ``algorithmic_impact`` with the built-in ``algorithmic-impact``
questionnaire (the AIA v1.0.1, generated from the tool's survey): every answer goes to the
question of the same SurveyJS name (``external_ids.canada_aia``), the text of a free-text
answer in the other official language (``translationsOnResult``) into that answer's note, and
whatever the questionnaire has no place for (questions of other versions of the tool, values
that are not among a question's options) into the assessment's ``extra_json``, listed in the
report. govkit's engine then gives the raw impact score, the mitigation score, the current
score and the impact level, the same as the official tool's for the same answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govkit.assessments import (
    Answer,
    Definition,
    Evaluation,
    Outcome,
    Question,
    QuestionType,
    builtin_definition,
    evaluate,
    validate_answer,
)
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.models import Assessment
from govkit.i18n import _
from govkit.imports.canada_aia import (
    AiaFile,
    AiaValue,
    CanadaAiaError,
    describe_value,
    looks_like_canada_aia,
    read_canada_aia,
)
from govkit.services.assessments import AssessmentService
from govkit.services.imports import ImportFileError
from govkit.services.workspace import Workspace

__all__ = [
    "AIA_VERSION",
    "AiaFigures",
    "AiaImport",
    "ImportedAia",
    "figures",
    "import_canada_aia",
    "imported_aia",
    "looks_like_canada_aia",
]

SOURCE = "canada-aia"
SCHEME = "canada_aia"  # the questions' external_ids scheme
AIA_VERSION = "1.0.1"  # the tool's version the built-in questionnaire was generated from
PHASE_QUESTION = "projectDetailsPhase"
TITLE_QUESTION = "projectDetailsTitle"
RESPONDENT_QUESTION = "projectDetailsRespondent"


@dataclass(frozen=True)
class AiaFigures:
    """The AIA's results, as the official tool shows them."""

    raw_impact: float
    raw_impact_max: float
    mitigation: float
    mitigation_max: float
    current: float
    level: Outcome | None  # None only if the definition has no outcome rule
    complete: bool  # False while the phase (required) is unanswered: the level is "so far"

    @property
    def reduced(self) -> bool:
        """The 15 % reduction for strong mitigation applies."""
        return self.current != self.raw_impact


def figures(definition: Definition, answers: Mapping[str, Answer]) -> AiaFigures:
    """The AIA figures of a set of answers to the ``algorithmic-impact`` questionnaire."""
    result: Evaluation = evaluate(definition, answers)
    return AiaFigures(
        raw_impact=result.scores["raw_impact"],
        raw_impact_max=result.maxima["raw_impact"],
        mitigation=result.scores["mitigation"],
        mitigation_max=result.maxima["mitigation"],
        current=result.scores["current"],
        level=result.outcome or result.provisional,
        complete=result.complete,
    )


@dataclass(frozen=True)
class Unplaced:
    """An answer of the file that the questionnaire has no place for."""

    name: str  # the SurveyJS question name
    value: Any  # as in the file (JSON)
    why: str

    def line(self) -> str:
        return _("{name}: “{value}” ({why})").format(
            name=self.name, value=describe_value(_as_value(self.value)), why=self.why
        )


@dataclass
class Converted:
    answers: dict[str, Answer] = field(default_factory=dict)
    unplaced: list[Unplaced] = field(default_factory=list)
    translations: dict[str, str] = field(default_factory=dict)  # for questions not known
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AiaImport:
    assessment: Assessment | None  # None for a dry run
    title: str
    file: AiaFile
    converted: Converted
    figures: AiaFigures

    def lines(self) -> list[str]:
        made = self.assessment
        if made is not None:
            head = _("Imported the Algorithmic Impact Assessment “{title}” as {reference}.").format(
                title=self.title, reference=made.reference
            )
        else:
            head = _(
                "The Algorithmic Impact Assessment “{title}” can be imported (dry run: nothing "
                "written)."
            ).format(title=self.title)
        f = self.figures
        out = [
            head,
            _("{answers} answers to the questionnaire's questions; {kept} kept beside it.").format(
                answers=len(self.converted.answers), kept=len(self.converted.unplaced)
            ),
            _("Raw impact score: {score} out of {maximum}.").format(
                score=_number(f.raw_impact), maximum=_number(f.raw_impact_max)
            ),
            _("Mitigation score: {score} out of {maximum}.").format(
                score=_number(f.mitigation), maximum=_number(f.mitigation_max)
            ),
            (
                _(
                    "Current score: {score} (the raw score reduced by 15 %, as the mitigation "
                    "score reaches 80 % of the maximum for the phase)."
                )
                if f.reduced
                else _(
                    "Current score: {score} (no reduction: the mitigation score is below 80 % of "
                    "the maximum for the phase)."
                )
            ).format(score=_number(f.current)),
        ]
        if f.level is not None:
            label = f.level.label.get()
            out.append(
                _("Impact level: {level}.").format(level=label)
                if f.complete
                else _("Impact level so far: {level} (the project phase is not answered).").format(
                    level=label
                )
            )
        if self.converted.unplaced:
            out.append(
                _("Kept beside the questionnaire (in the assessment's extra data, not scored):")
            )
            out += [f"  {u.line()}" for u in self.converted.unplaced]
        out += list(self.file.conversions)
        out += [_("Warning: {text}").format(text=w) for w in self.converted.warnings]
        return out


def import_canada_aia(
    ws: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    subject_type: str = "",
    subject_id: str = "",
) -> AiaImport:
    """Read ``path`` and (unless ``dry_run``) create the assessment, about the given subject
    (e.g. an AI system of the register) or none. ``ImportFileError`` for a file that is not a
    readable AIA save file."""
    definition = builtin_definition(AssessmentKind.ALGORITHMIC_IMPACT.definition_id)
    try:
        aia = read_canada_aia(path)
    except CanadaAiaError as exc:
        raise ImportFileError(str(exc), exc.reason.value) from None
    converted = convert(definition, aia)
    result = figures(definition, converted.answers)
    title = _title(aia, path)
    if dry_run:
        return AiaImport(None, title, aia, converted, result)
    respondent = aia.data.get(RESPONDENT_QUESTION)
    row = AssessmentService(ws.ctx).create_imported(
        AssessmentKind.ALGORITHMIC_IMPACT,
        title=title,
        definition=definition,
        answers=converted.answers,
        subject_type=subject_type,
        subject_id=subject_id,
        status=AssessmentStatus.DRAFT,
        source=_("Algorithmic Impact Assessment file “{name}”").format(name=path.name),
        owner=" ".join(respondent.split()) if isinstance(respondent, str) else "",
        extra_json=json.dumps(_extra(aia, converted, result), ensure_ascii=False),
    )
    return AiaImport(row, title, aia, converted, result)


@dataclass(frozen=True)
class ImportedAia:
    """What an assessment imported from an AIA save file keeps in ``extra_json`` beside its
    answers (the window shows it): the answers the questionnaire has no place for above all."""

    file: str
    aia_version: str
    unplaced: tuple[Unplaced, ...]
    translations: dict[str, str]  # of questions the questionnaire does not have
    conversions: tuple[str, ...]
    warnings: tuple[str, ...]
    figures_at_import: dict[str, float]  # raw_impact, raw_impact_max, mitigation, … as numbers


def imported_aia(row: Assessment) -> ImportedAia | None:
    """The AIA tool's data of an imported assessment; None for another one (or unreadable)."""
    try:
        extra = json.loads(row.extra_json or "{}")
    except ValueError:
        return None
    if not isinstance(extra, dict) or extra.get("source") != SOURCE:
        return None

    def texts(key: str) -> tuple[str, ...]:
        value = extra.get(key)
        return tuple(str(v) for v in value) if isinstance(value, list) else ()

    unplaced = [
        Unplaced(str(u.get("name", "")), u.get("value"), str(u.get("why", "")))
        for u in extra.get("unplaced_answers") or ()
        if isinstance(u, dict)
    ]
    translations = extra.get("unplaced_translations")
    numbers = extra.get("figures_at_import")
    return ImportedAia(
        file=str(extra.get("file") or ""),
        aia_version=str(extra.get("aia_version") or ""),
        unplaced=tuple(unplaced),
        translations={str(k): str(v) for k, v in translations.items()}
        if isinstance(translations, dict)
        else {},
        conversions=texts("conversions"),
        warnings=texts("warnings"),
        figures_at_import={
            str(k): float(v)
            for k, v in numbers.items()
            if isinstance(v, int | float) and not isinstance(v, bool)
        }
        if isinstance(numbers, dict)
        else {},
    )


def convert(definition: Definition, aia: AiaFile) -> Converted:
    """The file's answers as answers to the questionnaire, and what has no place in it."""
    by_name = {q.external_id(SCHEME): q for q in definition.all_questions()}
    out = Converted()
    for name, value in aia.data.items():
        question = by_name.get(name)
        if question is None:
            out.unplaced.append(
                Unplaced(
                    name,
                    _jsonable(value),
                    _("not a question of the AIA v{version}").format(version=AIA_VERSION),
                )
            )
            continue
        answer, problem = _answer(question, value)
        if problem is not None:
            out.unplaced.append(Unplaced(name, _jsonable(value), problem))
        if answer is not None:
            out.answers[question.id] = answer
    for name, text in aia.translations.items():
        question = by_name.get(name)
        note = _("In the other official language (from the AIA tool): {text}").format(
            text=text.strip()
        )
        if question is None or not question.note:
            out.translations[name] = text
            continue
        old = out.answers.get(question.id, Answer(None))
        out.answers[question.id] = Answer(old.value, note)
    if aia.version and aia.version.removeprefix("v") != AIA_VERSION:
        out.warnings.append(
            _(
                "The file was saved by version {file} of the AIA tool; govkit's questionnaire "
                "is the AIA v{version}. Answers to questions of other versions are kept beside "
                "the questionnaire, and the scores are those of v{version}, as the current "
                "tool would give when opening the file."
            ).format(file=aia.version, version=AIA_VERSION)
        )
    if out.translations:
        out.warnings.append(
            _(
                "{n} translations of answers belong to no question of the questionnaire; "
                "they are kept in the assessment's extra data."
            ).format(n=len(out.translations))
        )
    for key in aia.other_keys:
        out.warnings.append(_("The file's part “{key}” is not imported.").format(key=key))
    return out


def _answer(question: Question, value: AiaValue) -> tuple[Answer | None, str | None]:
    """The answer a saved value gives a question, and why (part of) it is kept aside."""
    if value is None or value == "" or value == ():
        return None, None
    if question.type is QuestionType.MULTIPLE_CHOICE:
        if not isinstance(value, tuple):
            return None, _("a list of choices was expected")
        chosen = [v for v in dict.fromkeys(value) if isinstance(v, str) and question.option(v)]
        strays = [v for v in value if not (isinstance(v, str) and question.option(v))]
        answer = Answer(tuple(chosen)) if chosen else None
        if answer is not None and validate_answer(question, answer.value) is not None:
            return None, validate_answer(question, answer.value)
        if strays:
            return answer, _("not among the options: {values}").format(
                values=", ".join(describe_value(s) for s in strays)
            )
        return answer, None
    if question.type is QuestionType.SINGLE_CHOICE:
        if isinstance(value, str) and question.option(value) is not None:
            return Answer(value), None
        return None, _("not one of the options")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = value if isinstance(value, str) else _number(value)
        if question.type is QuestionType.TEXT and "\n" in text:
            # SurveyJS's single-line text can still hold a pasted line break: keep it whole.
            text = " ".join(text.split())
        problem = validate_answer(question, text)
        return (None, problem) if problem is not None else (Answer(text), None)
    return None, _("a text was expected")


def _title(aia: AiaFile, path: Path) -> str:
    title = aia.data.get(TITLE_QUESTION)
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    return _("Algorithmic impact assessment from “{name}”").format(name=path.name)


def _extra(aia: AiaFile, converted: Converted, result: AiaFigures) -> dict[str, Any]:
    return {
        "source": SOURCE,
        "file": aia.source,
        "aia_version": aia.version,
        "current_page": aia.current_page,
        "unplaced_answers": [
            {"name": u.name, "value": u.value, "why": u.why} for u in converted.unplaced
        ],
        "unplaced_translations": dict(converted.translations),
        "conversions": list(aia.conversions),
        "warnings": list(converted.warnings),
        "figures_at_import": {
            "raw_impact": result.raw_impact,
            "raw_impact_max": result.raw_impact_max,
            "mitigation": result.mitigation,
            "mitigation_max": result.mitigation_max,
            "current": result.current,
            "impact_level": result.level.level if result.level is not None else None,
        },
    }


def _jsonable(value: AiaValue) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _as_value(value: Any) -> AiaValue:
    return tuple(value) if isinstance(value, list) else value


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
