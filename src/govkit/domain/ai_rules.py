"""What follows from an AI system's AI Act classification: the deployer's duties, and what of
the record may be published.

The duties are those of a *deployer* (the city using a system someone else provides) under
Regulation (EU) 2024/1689: ``duties_for`` is a pure function of the classification, and
``merge_duties`` keeps what has been recorded about duties that still apply when the
classification changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea, DutyKey, DutyStatus, RegisterKind
from govkit.domain.fields import AI_SYSTEM_FIELDS, public_fields
from govkit.domain.jsonable import to_jsonable
from govkit.domain.models import AiSystem, Organisation
from govkit.domain.parts import AiDuty
from govkit.i18n import N_, _


@dataclass(frozen=True)
class DutySpec:
    """One duty: its key, a short title and the text saying what to do, citing the article."""

    key: DutyKey
    _title: str
    _text: str
    articles: tuple[str, ...]

    @property
    def title(self) -> str:
        return _(self._title)

    @property
    def text(self) -> str:
        return _(self._text)


DUTIES: dict[DutyKey, DutySpec] = {
    d.key: d
    for d in (
        DutySpec(
            DutyKey.CLASSIFY,
            N_("Classify the system"),
            N_(
                "Find out where the system stands under the AI Act: a prohibited practice "
                "(Art. 5), high-risk (Art. 6 and Annex III), subject to transparency "
                "obligations (Art. 50) or minimal risk. The duties below follow from it."
            ),
            ("Art. 5", "Art. 6", "Art. 50"),
        ),
        DutySpec(
            DutyKey.STOP_USE,
            N_("Stop using a prohibited practice"),
            N_(
                "Art. 5: the system falls under a prohibited AI practice. Stop using it (the "
                "prohibitions apply since 2 February 2025), tell the people affected and "
                "record how and when it was withdrawn."
            ),
            ("Art. 5",),
        ),
        DutySpec(
            DutyKey.AI_LITERACY,
            N_("AI literacy of staff"),
            N_(
                "Art. 4: make sure the staff who operate or use the system have a sufficient "
                "level of AI literacy, taking into account their knowledge and experience, the "
                "context of use and the people it is used on."
            ),
            ("Art. 4",),
        ),
        DutySpec(
            DutyKey.INSTRUCTIONS,
            N_("Use according to the instructions for use"),
            N_(
                "Art. 26(1): take technical and organisational measures so that the system is "
                "used in accordance with the provider's instructions for use."
            ),
            ("Art. 26(1)",),
        ),
        DutySpec(
            DutyKey.HUMAN_OVERSIGHT,
            N_("Human oversight"),
            N_(
                "Art. 26(2): assign human oversight to people who have the necessary "
                "competence, training and authority, and give them the support they need to "
                "question and overrule the system's output (see also Art. 14)."
            ),
            ("Art. 26(2)", "Art. 14"),
        ),
        DutySpec(
            DutyKey.INPUT_DATA,
            N_("Relevant and representative input data"),
            N_(
                "Art. 26(4): to the extent the city controls the input data, make sure it is "
                "relevant and sufficiently representative for the system's intended purpose."
            ),
            ("Art. 26(4)",),
        ),
        DutySpec(
            DutyKey.MONITORING,
            N_("Monitoring and incident reporting"),
            N_(
                "Art. 26(5): monitor the system's operation on the basis of the instructions "
                "for use. When its use may present a risk (Art. 79(1)), inform the provider and "
                "the market surveillance authority and suspend use; report serious incidents "
                "(Art. 73)."
            ),
            ("Art. 26(5)", "Art. 73", "Art. 79(1)"),
        ),
        DutySpec(
            DutyKey.LOGS,
            N_("Keep the logs"),
            N_(
                "Art. 26(6): keep the logs the system generates automatically, as far as they "
                "are under the city's control, for a period suited to the purpose and of at "
                "least six months."
            ),
            ("Art. 26(6)",),
        ),
        DutySpec(
            DutyKey.INFORM_WORKERS,
            N_("Inform workers"),
            N_(
                "Art. 26(7): before putting the system into service or using it at the "
                "workplace, inform the workers' representatives and the workers affected that "
                "they will be subject to it."
            ),
            ("Art. 26(7)",),
        ),
        DutySpec(
            DutyKey.INFORM_AFFECTED,
            N_("Inform the people decisions are about"),
            N_(
                "Art. 26(11): inform the people subject to decisions the system makes or helps "
                "to make that it is used on them. They may ask for an explanation of the "
                "system's role in a decision that affects them (Art. 86)."
            ),
            ("Art. 26(11)", "Art. 86"),
        ),
        DutySpec(
            DutyKey.FRIA,
            N_("Fundamental-rights impact assessment"),
            N_(
                "Art. 27: before first use, assess the impact on fundamental rights (the "
                "processes, period and frequency of use, the people affected, the specific "
                "risks of harm, human oversight and the measures if risks materialise) and "
                "notify the market surveillance authority of the results. A DPIA under GDPR "
                "Art. 35 may be complemented rather than repeated (Art. 27(4))."
            ),
            ("Art. 27",),
        ),
        DutySpec(
            DutyKey.REGISTRATION,
            N_("Registration in the EU database"),
            N_(
                "Art. 49(3) and Art. 26(8): as a public authority, register the use of the "
                "system in the EU database before using it, with the information of Annex VIII "
                "section C: the deployer's name, address and contact, the name of the person "
                "submitting, the URL of the provider's entry, a summary of the "
                "fundamental-rights impact assessment (Art. 27) and of the data protection "
                "impact assessment. Systems of Annex III points 1, 6 and 7 are registered in "
                "the secure non-public section (Art. 49(4))."
            ),
            ("Art. 49(3)", "Art. 26(8)", "Annex VIII section C"),
        ),
        DutySpec(
            DutyKey.TRANSPARENCY_NOTICE,
            N_("Transparency notices"),
            N_(
                "Art. 50: tell people that they are dealing with an AI system unless it is "
                "obvious (Art. 50(1)); inform the people exposed to emotion recognition or "
                "biometric categorisation (Art. 50(3)); disclose content the system generated "
                "or manipulated, and AI-generated text published to inform the public "
                "(Art. 50(4)). The information is given clearly at the first interaction at "
                "the latest (Art. 50(5))."
            ),
            ("Art. 50",),
        ),
    )
}

_HIGH_RISK_USE = (
    DutyKey.INSTRUCTIONS,
    DutyKey.HUMAN_OVERSIGHT,
    DutyKey.INPUT_DATA,
    DutyKey.MONITORING,
    DutyKey.LOGS,
    DutyKey.INFORM_WORKERS,
    DutyKey.INFORM_AFFECTED,
)


def duties_for(
    tier: AiRiskTier | str,
    *,
    annex_area: AnnexIIIArea | str = "",
    public_body: bool = True,
    transparency: bool = False,
) -> tuple[DutySpec, ...]:
    """The deployer duties that apply to a system of ``tier``.

    ``annex_area`` is the Annex III area of a high-risk system (empty for a high-risk product
    under Annex I, which has neither a FRIA nor a registration duty for deployers);
    ``public_body`` says the deployer is a public body or provides a public service (Art. 27,
    Art. 49(3)); ``transparency`` that a system of another tier also falls under Art. 50.
    """
    tier = AiRiskTier(tier)
    area = AnnexIIIArea(annex_area) if annex_area else None
    keys: list[DutyKey]
    if tier is AiRiskTier.NOT_CLASSIFIED:
        keys = [DutyKey.CLASSIFY, DutyKey.AI_LITERACY]
    elif tier is AiRiskTier.PROHIBITED:
        keys = [DutyKey.STOP_USE]
    elif tier is AiRiskTier.HIGH_RISK:
        keys = [DutyKey.AI_LITERACY, *_HIGH_RISK_USE]
        annex_iii = area is not None and area is not AnnexIIIArea.CRITICAL_INFRASTRUCTURE
        if annex_iii and public_body:
            keys += [DutyKey.FRIA, DutyKey.REGISTRATION]
        elif area is AnnexIIIArea.ESSENTIAL_SERVICES:
            # Art. 27(1): private deployers of credit scoring and insurance pricing
            # (Annex III 5(b), 5(c)) assess too; the area alone cannot tell, so ask for it.
            keys.append(DutyKey.FRIA)
        if transparency:
            keys.append(DutyKey.TRANSPARENCY_NOTICE)
    elif tier is AiRiskTier.TRANSPARENCY:
        keys = [DutyKey.AI_LITERACY, DutyKey.TRANSPARENCY_NOTICE]
    else:  # minimal risk
        keys = [DutyKey.AI_LITERACY]
        if transparency:
            keys.append(DutyKey.TRANSPARENCY_NOTICE)
    return tuple(DUTIES[k] for k in keys)


def merge_duties(existing: Iterable[AiDuty], applicable: Sequence[DutySpec]) -> list[AiDuty]:
    """The duties of ``applicable`` in its order, each with what ``existing`` recorded about it
    (status, owner, evidence) or new as "to do". Duties that no longer apply are dropped (the
    change history keeps them)."""
    known = {d.key: d for d in existing}
    return [
        known.get(spec.key.value, AiDuty(key=spec.key.value, status=DutyStatus.TODO.value))
        for spec in applicable
    ]


def duty_spec(key: str) -> DutySpec | None:
    try:
        return DUTIES[DutyKey(key)]
    except ValueError:
        return None


def open_duties(duties: Iterable[AiDuty]) -> int:
    """How many duties are still to do or in progress."""
    return sum(1 for d in duties if d.status not in (DutyStatus.DONE, DutyStatus.NOT_APPLICABLE))


PUBLIC_FIELDS = tuple(s.name for s in public_fields(AI_SYSTEM_FIELDS))


def public_values(system: AiSystem) -> dict[str, Any]:
    """What a transparency export may publish of ``system``: its public fields only (as JSON
    data, in form order), without the contact when it is marked internal. Internal notes,
    duties, the record's status and bookkeeping are never in it."""
    data = {name: to_jsonable(getattr(system, name)) for name in PUBLIC_FIELDS}
    if system.contact_internal:
        del data["contact"]
    return data


@dataclass(frozen=True)
class RegistrationItem:
    """One item of what a public deployer registers in the EU database (Annex VIII, C)."""

    point: int  # 1-5
    _label: str
    value: str

    @property
    def label(self) -> str:
        return _(self._label)

    @property
    def missing(self) -> bool:
        return not self.value.strip()


def annex_viii_section_c(
    system: AiSystem,
    organisation: Organisation,
    *,
    submitted_by: str,
    fria_summary: str = "",
    dpia_summary: str = "",
) -> tuple[RegistrationItem, ...]:
    """The information a deployer that is a public authority registers for a high-risk system
    (Art. 49(3), Annex VIII section C), from the record and the organisation profile.
    ``submitted_by`` names the person submitting; the summaries are those of the FRIA (Art. 27)
    and of the DPIA (GDPR Art. 35, see Art. 26(8))."""
    deployer = "\n".join(
        v for v in (organisation.name, organisation.address, organisation.contact) if v.strip()
    )
    submitter = "\n".join(
        v for v in (submitted_by, organisation.address, organisation.contact) if v.strip()
    )
    provider_url = next(
        (
            e.url
            for e in system.register_entries
            if e.register == RegisterKind.EU_DATABASE.value and e.url.strip()
        ),
        "",
    )
    return (
        RegistrationItem(1, N_("Name, address and contact details of the deployer"), deployer),
        RegistrationItem(
            2,
            N_("Name, address and contact details of the person submitting the information"),
            submitter if submitted_by.strip() else "",
        ),
        RegistrationItem(
            3, N_("URL of the provider's entry of the system in the EU database"), provider_url
        ),
        RegistrationItem(
            4,
            N_("Summary of the findings of the fundamental-rights impact assessment (Art. 27)"),
            fria_summary,
        ),
        RegistrationItem(
            5,
            N_("Summary of the data protection impact assessment (GDPR Art. 35, Art. 26(8))"),
            dpia_summary,
        ),
    )
