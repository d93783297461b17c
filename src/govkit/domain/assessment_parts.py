"""The structured parts of an impact assessment, kept as JSON in its row.

A DPIA is more than answers to questions: any number of risks, the measures that treat them,
an action plan, the reviewer's verdict per section and the sign-offs. Each is a frozen
dataclass (like the register's recipients and transfers) so that the history, the exports and
the CNIL PIA interchange read one shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Self

from govkit.domain.parts import _Part


def _tuple_fields(cls: type[_Part], data: dict[str, Any]) -> dict[str, Any]:
    """Lists read back from JSON become the tuples the frozen parts hold."""
    names = {f.name: f for f in fields(cls)}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        out[key] = tuple(str(v) for v in value) if isinstance(value, list) else value
    return out


@dataclass(frozen=True)
class _ListPart(_Part):
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**_tuple_fields(cls, data))

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


@dataclass(frozen=True)
class Risk(_ListPart):
    """A feared event for the data subjects, assessed before and after its measures (1-4)."""

    id: str = ""
    title: str = ""
    # The CNIL method's three default risks are "3.2" (illegitimate access), "3.3" (unwanted
    # modification) and "3.4" (disappearance of data); other risks have none.
    cnil_ref: str = ""
    impacts: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()  # ids of Measure parts
    severity_before: int | None = None
    likelihood_before: int | None = None
    severity_after: int | None = None
    likelihood_after: int | None = None
    severity_reason: str = ""
    likelihood_reason: str = ""

    def summary(self) -> str:
        return self.title


@dataclass(frozen=True)
class Measure(_ListPart):
    """A measure that protects the data subjects (existing or planned)."""

    id: str = ""
    title: str = ""
    description: str = ""
    planned: bool = False

    def summary(self) -> str:
        return self.title


@dataclass(frozen=True)
class ActionItem(_ListPart):
    """A line of the action plan: what is to be done, by whom, by when."""

    id: str = ""
    measure: str = ""
    owner: str = ""
    due: str = ""  # ISO date, or empty
    status: str = "planned"  # ActionStatus value
    origin: str = ""  # the section whose review asked for it, if any

    def summary(self) -> str:
        return self.measure


@dataclass(frozen=True)
class SectionReview(_ListPart):
    """The evaluator's verdict on one section (or one risk) of an assessment."""

    section: str = ""
    verdict: str = ""  # SectionVerdict value
    comment: str = ""
    by: str = ""
    at: str = ""  # ISO date-time (UTC)

    def summary(self) -> str:
        return f"{self.section}: {self.verdict}"


@dataclass(frozen=True)
class SignOff(_ListPart):
    """A decision on a submitted assessment, and the hash of the content it was taken on."""

    decision: str = ""  # "approved" or "rejected"
    name: str = ""
    role: str = ""
    at: str = ""  # ISO date-time (UTC)
    reason: str = ""
    requested_changes: str = ""
    content_hash: str = ""

    def summary(self) -> str:
        return f"{self.decision}: {self.name} ({self.role})"


ASSESSMENT_PART_TYPES: dict[str, type[_Part]] = {
    "risks": Risk,
    "measures": Measure,
    "action_plan": ActionItem,
    "reviews": SectionReview,
    "signoffs": SignOff,
}
