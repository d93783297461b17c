"""The demo municipality's impact assessments: DPIA screenings and DPIAs at every stage.

So that a newcomer sees what the assessments look like: activities screened with no DPIA
needed, one where a DPIA is required but not started, DPIAs in draft and under review, and an
approved DPIA with its risks before and after the measures. Only activities of the hand-written
demo register are assessed; a demo with fewer activities gets fewer assessments.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from govkit.domain.assessment_enums import AssessmentKind, SectionVerdict
from govkit.domain.assessment_parts import ActionItem, Measure, Risk
from govkit.domain.models import ControllerActivity
from govkit.i18n import _
from govkit.services.assessments import AssessmentService
from govkit.services.context import ServiceContext

CRITERIA = (
    "c1_evaluation_scoring",
    "c2_automated_decision",
    "c3_systematic_monitoring",
    "c4_sensitive_data",
    "c5_large_scale",
    "c6_matching_combining",
    "c7_vulnerable_subjects",
    "c8_innovative_use",
    "c9_prevents_rights",
)

# activity name -> (criteria met with a note each, reasoning when only one is met)
SCREENINGS: dict[str, tuple[dict[str, str], str]] = {
    "CCTV on the central station square": (
        {
            "c3_systematic_monitoring": "Cameras film a public square around the clock.",
            "c5_large_scale": "About 40,000 people cross the square every day.",
        },
        "",
    ),
    "Parking penalty notices from number-plate cameras in municipal car parks": (
        {
            "c3_systematic_monitoring": "Every vehicle entering the car parks is recorded.",
            "c6_matching_combining": "Plates are matched with the vehicle register.",
        },
        "",
    ),
    "Child protection and youth welfare casework": (
        {
            "c4_sensitive_data": "Health, family situation and offences.",
            "c7_vulnerable_subjects": "Children and families in crisis.",
        },
        "",
    ),
    "Fingerprint login at library self-service kiosks": (
        {
            "c4_sensitive_data": "Biometric data to identify members (Art. 9).",
            "c8_innovative_use": "A new biometric technology in a public service.",
        },
        "",
    ),
    "Chat assistant on the city website": (
        {"c8_innovative_use": "A language model answers residents' questions."},
        "Only one criterion is met: no account is needed, no decisions are taken and "
        "conversations are deleted after 30 days. The DPO reviewed this on the launch date.",
    ),
    "Citizen newsletter": ({}, ""),
    "Library membership and loans": ({}, ""),
}

# activity name -> the entries of the "always requires a DPIA" list (built-in, in English) that
# apply; the other screened activities are on no entry of the list.
ON_AUTHORITY_LIST: dict[str, tuple[str, ...]] = {
    "Fingerprint login at library self-service kiosks": (
        "Biometric identification of people (an innovative technology)",
    ),
}

# The CCTV DPIA, answered in full (it goes to review); the other DPIAs are drafts.
CCTV_DPIA = {
    "processing": (
        "Twelve cameras film the central station square to prevent and investigate assaults "
        "and thefts. Recording runs day and night; live images are watched only during events."
    ),
    "responsibilities": (
        "The city (public order department) is the controller. The camera supplier maintains "
        "the system as processor under a contract (Art. 28). The police receive extracts on "
        "written request."
    ),
    "standards": "The national code of practice for public-space video surveillance.",
    "data": (
        "Images of people and vehicles on the square. Recipients: two named officers; the "
        "police on request. Kept 72 hours."
    ),
    "lifecycle": (
        "Cameras -> encrypted recorder in the city hall server room -> overwritten after "
        "72 hours; extracts exported on request and logged."
    ),
    "supporting_assets": "Cameras, fibre network, recorder, viewing workstation.",
    "purposes": (
        "Prevention and investigation of offences on the square only; no facial recognition, "
        "no other use."
    ),
    "legal_basis": "Art. 6(1)(e) GDPR and the municipal police regulation.",
    "minimisation": "Windows of homes are masked; no sound; no zoom on people by default.",
    "accuracy": "Clocks are synchronised; extracts carry the camera number and time.",
    "retention": "72 hours, then overwritten automatically.",
    "information": "Signs at every entrance of the square and a page on the city website.",
    "consent": "Not applicable: the legal basis is a task in the public interest.",
    "access_portability": "Requests to the DPO; images are shown with other people blurred.",
    "rectification_erasure": "Recordings are not changed; erasure happens after 72 hours.",
    "restriction_objection": "Objections are examined by the DPO within one month.",
    "processors": "The maintenance contract includes the Art. 28 clauses.",
    "transfers": "None: the recorder is in the city hall.",
    "views_sought": "sought",
    "views_people": "Residents' association of the station district",
    "views": "The association supports the cameras if the windows of homes are masked.",
}


_DRAFT_START = {
    "Parking penalty notices from number-plate cameras in municipal car parks": (
        "Cameras at the entrances of the municipal car parks read number plates to issue "
        "penalty notices for unpaid parking."
    ),
    "Child protection and youth welfare casework": (
        "Case files of the youth welfare office on children at risk and their families."
    ),
}


def populate_demo_assessments(ctx: ServiceContext, *, today: date) -> int:
    """Add the demo's assessments; returns how many were made."""
    service = AssessmentService(ctx)
    with ctx.transaction() as s:
        by_name = {a.name: a.id for a in s.exec(_controller_query())}
    made = 0
    for name, (criteria, reasoning) in SCREENINGS.items():
        activity = by_name.get(name)
        if activity is None:
            continue
        screening = service.start(
            AssessmentKind.DPIA_SCREENING,
            subject_type="controller_activity",
            subject_id=activity,
            owner="Adaeze Okafor",
        )
        made += 1
        for question in CRITERIA:
            if question in criteria:
                service.answer(screening.id, question, "yes", note=criteria[question])
            else:
                service.answer(screening.id, question, "no")
        entries = ON_AUTHORITY_LIST.get(name, ())
        service.answer(screening.id, "authority_list", "yes" if entries else "no")
        if entries:  # as the vault's pick list holds them (its language)
            service.answer(screening.id, "authority_list_entries", [_(e) for e in entries])
        service.answer(screening.id, "art35_3", ["none"])
        if reasoning:
            service.answer(screening.id, "reasoning", reasoning)
        service.submit(screening.id)
        service.start_review(screening.id)
        service.approve(
            screening.id,
            name="Adaeze Okafor",
            role="Data protection officer",
            next_review=today + timedelta(days=365),
        )
        if len(criteria) >= 2 and name != "Fingerprint login at library self-service kiosks":
            made += _demo_dpia(service, activity, name, today)
    return made


def _controller_query() -> Any:
    from sqlmodel import select

    return select(ControllerActivity).where(ControllerActivity.archived_at == None)  # noqa: E711


def _demo_dpia(service: AssessmentService, activity: str, name: str, today: date) -> int:
    dpia = service.start(
        AssessmentKind.DPIA,
        subject_type="controller_activity",
        subject_id=activity,
        owner="Katrin Vogel" if "CCTV" in name else "Adaeze Okafor",
    )
    if "CCTV" not in name:
        service.answer(dpia.id, "processing", _DRAFT_START.get(name, ""))
        return 1  # a draft: the service is still writing it
    for question, text in CCTV_DPIA.items():
        service.answer(dpia.id, question, text)
    measures = [
        Measure(id="m-access", title="Access to recordings only for two named officers"),
        Measure(id="m-log", title="Every viewing and export logged and checked monthly"),
        Measure(id="m-masking", title="Windows of homes masked in the image", planned=True),
    ]
    risks = [
        Risk(
            id=risk.id,
            title=risk.title,
            cnil_ref=risk.cnil_ref,
            impacts=("Stigmatisation of people filmed", "Disclosure of whereabouts"),
            threats=("Misuse of access by staff", "Theft of the recorder"),
            sources=("Staff", "Burglars"),
            measures=("m-access", "m-log") if risk.cnil_ref == "3.2" else ("m-log",),
            severity_before=3 if risk.cnil_ref == "3.2" else 2,
            likelihood_before=3 if risk.cnil_ref == "3.2" else 2,
            severity_after=2 if risk.cnil_ref == "3.2" else 1,
            likelihood_after=1,
        )
        for risk in service.get(dpia.id).risks
    ]
    service.update(
        dpia.id,
        {
            "risks": risks,
            "measures": measures,
            "action_plan": [
                ActionItem(
                    id="a-masking",
                    measure="Mask the windows of homes on cameras 4 and 7",
                    owner="Municipal IT",
                    due=(today + timedelta(days=60)).isoformat(),
                )
            ],
            "dpo_name": "Adaeze Okafor",
            "dpo_opinion": "The residual risks are acceptable once the masking is in place.",
            "dpo_status": "favourable",
        },
    )
    service.submit(dpia.id)
    service.start_review(dpia.id)
    service.review_section(dpia.id, "context", SectionVerdict.ACCEPTABLE)
    service.review_section(
        dpia.id,
        "principles",
        SectionVerdict.IMPROVABLE,
        "Publish the camera positions on the city website",
    )
    service.approve(
        dpia.id,
        name="Jonas Brandt",
        role="Head of the public order department",
        next_review=today + timedelta(days=365),
    )
    return 1
