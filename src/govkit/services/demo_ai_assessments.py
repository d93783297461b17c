"""The demo municipality's AI assessments: classifications, ALTAI checklists and a FRIA.

Every classified demo AI system has an EU AI Act classification that really answers the
questionnaire, with the city's reasons as notes; its result is applied to the register with
``apply_classification``, so the register's tier is the engine's outcome and points to the
assessment. Most are approved, the fraud-signal pilot's is under review and the CCTV analytics
proposal's is a draft still being answered. The benefit eligibility pre-check also has an
approved ALTAI ethics checklist and an approved fundamental-rights impact assessment (Art. 27),
whose reference and findings are the evidence of its FRIA duty; the fraud-signal pilot's FRIA
and the chat assistant's ethics checklist are drafts. Every person and figure is invented.

The answers are stored in one step (``create_imported``, one history entry), not one answer at
a time: each answer would parse the questionnaire again, which made the demo twice as slow.
The review and sign-off go through the workflow as a person's would.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from govkit.assessments import Answer, AnswerValue, builtin_definition, validate_answers
from govkit.domain.ai_enums import DutyKey, DutyStatus
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.models import AiSystem, Assessment
from govkit.i18n import _
from govkit.services.ai_classification import apply_classification
from govkit.services.ai_systems import ENTITY, AiSystemService
from govkit.services.assessments import AssessmentService
from govkit.services.context import ServiceContext

# A value (a list for a multiple choice), or a value and its note.
Value = str | int | float | list[str] | None
Given = Value | tuple[Value, str]
YES, NO = "yes", "no"
NOT, PLANNED, PARTLY, IN_PLACE = "not_in_place", "planned", "partly", "in_place"

CDO = ("Tobias Reinhardt", "Chief Digital Officer")
SOCIAL_HEAD = ("Miriam Haddad", "Head of Social Services")
DPO = ("Adaeze Okafor", "Data protection officer")

ART5 = (
    "art5_a_manipulation",
    "art5_b_vulnerabilities",
    "art5_c_social_scoring",
    "art5_d_crime_prediction",
    "art5_e_facial_scraping",
    "art5_f_emotion_recognition",
    "art5_g_biometric_categorisation",
    "art5_h_realtime_rbi",
)
ART50 = (
    "art50_1_interaction",
    "art50_2_synthetic_content",
    "art50_3_emotion_biometric",
    "art50_4_deep_fake",
    "art50_4_public_text",
)


def _classification(given: Mapping[str, Given]) -> dict[str, Given]:
    """An AI system with no prohibited practice, no Annex I product, no Annex III area and no
    Art. 50 case, changed by ``given``."""
    answers: dict[str, Given] = {"ai_infers": YES, "ai_autonomy": YES}
    answers.update({q: NO for q in ART5})
    answers.update({"annex_i_product": NO, "annex_iii_area": ["none"]})
    answers.update({q: NO for q in ART50})
    answers.update(given)
    return answers


@dataclass(frozen=True)
class DemoAssessment:
    kind: AssessmentKind
    answers: dict[str, Given]
    owner: str
    status: AssessmentStatus  # draft, submitted or approved
    signer: tuple[str, str] = CDO  # name and role, when approved


CLASSIFICATIONS: dict[str, DemoAssessment] = {
    "AI-001": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        _classification(
            {
                "ai_infers": (
                    YES,
                    "The missing-document estimate is a machine-learning model trained on past "
                    "applications; the rule module alone would not be an AI system.",
                ),
                "ai_autonomy": (YES, "It checks every application without a person steering it."),
                "art5_c_social_scoring": (
                    NO,
                    "Not social scoring: it uses only the data of the application itself.",
                ),
                "annex_iii_area": ["essential_services"],
                "annex_iii_5_uses": (
                    ["5a"],
                    "Used by a public authority to evaluate whether people are eligible for "
                    "income support, an essential public assistance benefit.",
                ),
                "art6_3_profiling": (
                    NO,
                    "It applies the published eligibility rules to the application; it does "
                    "not evaluate the applicant's behaviour or reliability.",
                ),
                "art6_3_conditions": (
                    ["none"],
                    "Not a narrow procedural or preparatory task: its results shape the "
                    "caseworker's assessment of eligibility.",
                ),
                "art50_1_interaction": (
                    NO,
                    "Applicants never interact with it; only caseworkers see its results.",
                ),
            }
        ),
        "Team leader, Income Support",
        AssessmentStatus.APPROVED,
    ),
    "AI-002": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        _classification(
            {
                "ai_infers": (
                    YES,
                    "Fixed priority rules and a lottery may not be an AI system within the "
                    "meaning of Art. 3(1); answered yes as a precaution until the Commission's "
                    "guidelines settle the point.",
                ),
                "ai_autonomy": (YES, "It proposes the whole allocation by itself."),
                "annex_iii_area": ["education"],
                "annex_iii_3_uses": (
                    ["3a"],
                    "It determines admission to the city's primary schools.",
                ),
                "art6_3_profiling": (
                    NO,
                    "Priority comes from siblings, distance and special needs as published; "
                    "no personal aspect is evaluated.",
                ),
                "art6_3_conditions": (
                    ["none"],
                    "Not preparatory: families are offered the place it allocates unless the "
                    "admissions panel changes it.",
                ),
            }
        ),
        "Director of Education",
        AssessmentStatus.APPROVED,
    ),
    "AI-003": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        _classification(
            {
                "ai_infers": (YES, "The plate reader is a machine-learning model."),
                "art5_h_realtime_rbi": (
                    NO,
                    "Not biometric: number plates identify vehicles, not people.",
                ),
                "annex_iii_area": (
                    ["none"],
                    "Reading number plates is neither biometric identification nor listed in "
                    "Annex III. The GDPR still applies in full: a DPIA was made for the "
                    "activity.",
                ),
            }
        ),
        "Head of Parking and Mobility",
        AssessmentStatus.APPROVED,
    ),
    "AI-004": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        _classification(
            {
                "ai_infers": (YES, "A hosted language model writes the answers."),
                "art5_a_manipulation": (NO, "It gives information only and never persuades."),
                "annex_iii_area": (
                    ["none"],
                    "It takes no decisions about people and does not decide access to any service.",
                ),
                "art50_1_interaction": (YES, "Residents chat with it directly on the website."),
                "art50_2_synthetic_content": (
                    YES,
                    "Its replies are generated text; marking them in a machine-readable form "
                    "is the provider's duty (contract clause 11).",
                ),
                "art50_4_public_text": (
                    NO,
                    "Its replies answer one person; they are not published to inform the public.",
                ),
            }
        ),
        "Head of Communications",
        AssessmentStatus.APPROVED,
    ),
    "AI-005": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        _classification(
            {
                "ai_infers": (
                    YES,
                    "The supplier derived the inconsistency rules and their weights from past "
                    "cases by data mining (technical documentation, section 4).",
                ),
                "art5_c_social_scoring": (
                    NO,
                    "Not social scoring under Art. 5(1)(c): the signals are limited to the data "
                    "of the benefit itself and lead only to a human check.",
                ),
                "art5_d_crime_prediction": (
                    NO,
                    "It predicts no offence: flags point to data that do not add up.",
                ),
                "annex_iii_area": ["essential_services"],
                "annex_iii_5_uses": (
                    ["5a"],
                    "Used to evaluate whether benefits should be reduced or reclaimed.",
                ),
                "art6_3_profiling": (
                    YES,
                    "It is profiling (GDPR Art. 4(4)): it evaluates people's economic "
                    "situation, so Art. 6(3) cannot take it out of the high-risk tier.",
                ),
            }
        ),
        "Team leader, Income Support",
        AssessmentStatus.SUBMITTED,
    ),
    "AI-006": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        {
            "ai_infers": (YES, "Video analytics models detect crowding and falls."),
            "ai_autonomy": YES,
            "art5_a_manipulation": NO,
            "art5_b_vulnerabilities": NO,
            "art5_c_social_scoring": NO,
            "art5_d_crime_prediction": NO,
            "art5_e_facial_scraping": (NO, "Face recognition is ruled out in the proposal."),
            "art5_h_realtime_rbi": (
                None,
                "Ask the supplier whether people are tracked from camera to camera.",
            ),
        },
        "Head of Public Order",
        AssessmentStatus.DRAFT,
    ),
    "AI-007": DemoAssessment(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        _classification(
            {
                "ai_infers": (YES, "Neural machine translation."),
                "annex_iii_area": (["none"], "Translation is not an Annex III use."),
                "art50_2_synthetic_content": (
                    NO,
                    "Translation does not substantially alter the texts staff write.",
                ),
                "art50_4_public_text": (
                    NO,
                    "Staff review the translated web pages and the city takes editorial "
                    "responsibility for them (Art. 50(4), second subparagraph).",
                ),
            }
        ),
        "Head of Communications",
        AssessmentStatus.APPROVED,
    ),
}

# The ALTAI checklist of the benefit eligibility pre-check, approved.
BENEFIT_ETHICS = DemoAssessment(
    AssessmentKind.AI_ETHICS,
    {
        "agency_decision_role": (
            "informs",
            "Advice on the caseworker's screen; the caseworker decides and signs.",
        ),
        "agency_impact": (3, "Income support is often a household's only income."),
        "agency_autonomy": (
            PARTLY,
            "Overrule rates are watched for automation bias; the screen shows 'cannot tell' "
            "rather than guessing.",
        ),
        "agency_oversight": IN_PLACE,
        "agency_stop": (
            IN_PLACE,
            "The estimate can be switched off; the rules-only checklist stays.",
        ),
        "agency_notes": "Add the overrule rate per caseworker to the monthly report.",
        "robustness_harm": 3,
        "robustness_security": (
            PARTLY,
            "Penetration test of the case system in 2025; none of the model.",
        ),
        "robustness_accuracy": (
            PARTLY,
            "The estimate's hit rate is measured monthly; no target has been agreed yet.",
        ),
        "robustness_monitoring": IN_PLACE,
        "robustness_fallback": (IN_PLACE, "Paper checklist and the rules-only mode."),
        "robustness_changes": (
            YES,
            "Rule tables change every January; the model is retrained yearly.",
        ),
        "robustness_change_control": IN_PLACE,
        "robustness_notes": "Agree an accuracy target for the estimate with the supplier.",
        "privacy_personal_data": YES,
        "privacy_dpia": (IN_PLACE, "DPIA of the income support case system (2024)."),
        "privacy_minimisation": IN_PLACE,
        "privacy_supplier": (IN_PLACE, "Art. 28 contract; no reuse for training other products."),
        "privacy_rights": IN_PLACE,
        "privacy_data_quality": PARTLY,
        "privacy_access": IN_PLACE,
        "transparency_traceability": (
            IN_PLACE,
            "Each result is logged with the rule table and model version.",
        ),
        "transparency_explainability": (IN_PLACE, "Per-rule results with the data used."),
        "transparency_communication": (
            PARTLY,
            "Leaflet and website text drafted; decision letters do not mention it yet.",
        ),
        "transparency_limitations": IN_PLACE,
        "transparency_notes": "Mention the check in decision letters from July.",
        "fairness_bias": (
            PARTLY,
            "'Not met' rates are compared across districts; no check by nationality is "
            "possible, as it is not recorded.",
        ),
        "fairness_gender_age": PLANNED,
        "fairness_correction": IN_PLACE,
        "fairness_accessibility": (IN_PLACE, "Paper applications are checked the same way."),
        "fairness_universal_design": PARTLY,
        "fairness_participation": (
            PARTLY,
            "The works council and the residents' advice centre were consulted; applicants "
            "were not.",
        ),
        "fairness_notes": (
            "Measure results by sex and age group before the next review; invite the "
            "claimants' union to the yearly review."
        ),
        "wellbeing_environment": PARTLY,
        "wellbeing_work": IN_PLACE,
        "wellbeing_skills": IN_PLACE,
        "wellbeing_society": PARTLY,
        "accountability_owner": (IN_PLACE, "Head of Social Services."),
        "accountability_audit": PARTLY,
        "accountability_risk": IN_PLACE,
        "accountability_redress": (IN_PLACE, "Administrative appeal within one month."),
        "accountability_review": (IN_PLACE, "Yearly review with the works council."),
    },
    "Team leader, Income Support",
    AssessmentStatus.APPROVED,
    SOCIAL_HEAD,
)

# The chat assistant's checklist: a draft, four requirements answered so far.
CHAT_ETHICS = DemoAssessment(
    AssessmentKind.AI_ETHICS,
    {
        "agency_decision_role": "no_decisions",
        "agency_impact": (1, "It points to pages and forms; people can always ask a person."),
        "agency_autonomy": IN_PLACE,
        "agency_oversight": (PARTLY, "A weekly sample of 50 conversations; no named reviewer yet."),
        "agency_stop": IN_PLACE,
        "robustness_harm": (2, "A wrong answer about a deadline could cost someone a benefit."),
        "robustness_security": (PLANNED, "Prompt-injection test booked with the supplier."),
        "robustness_accuracy": PARTLY,
        "robustness_monitoring": IN_PLACE,
        "robustness_fallback": (IN_PLACE, "The phone line and the contact form."),
        "robustness_changes": (YES, "The supplier updates the model every quarter."),
        "robustness_change_control": (NOT, "Updates are not announced in advance."),
        "robustness_notes": "Ask the supplier for release notes before each model update.",
        "privacy_personal_data": (YES, "Residents sometimes type their name or case number."),
        "privacy_dpia": (IN_PLACE, "Screening: one criterion, no DPIA needed (DPO decision)."),
        "privacy_minimisation": PARTLY,
        "privacy_supplier": IN_PLACE,
        "privacy_rights": PARTLY,
        "privacy_data_quality": IN_PLACE,
        "privacy_access": IN_PLACE,
        "transparency_traceability": PARTLY,
        "transparency_explainability": (NOT, "Answers cite pages but cannot be explained further."),
        "transparency_communication": (IN_PLACE, "'I am an automated assistant' on every reply."),
        "transparency_limitations": IN_PLACE,
    },
    "Digital Services lead",
    AssessmentStatus.DRAFT,
)


def _right(
    right: str,
    legal_basis: str,
    seriousness: int,
    effectiveness: str,
    necessity: str,
    proportionality: str,
    measures: str,
    mitigation: str,
) -> dict[str, Given]:
    return {
        f"{right}_legal_basis": legal_basis,
        f"{right}_seriousness": seriousness,
        f"{right}_effectiveness": effectiveness,
        f"{right}_necessity": necessity,
        f"{right}_proportionality": proportionality,
        f"{right}_measures": measures,
        f"{right}_mitigation": mitigation,
    }


# The fundamental-rights impact assessment of the benefit eligibility pre-check, approved.
BENEFIT_FRIA = DemoAssessment(
    AssessmentKind.FRIA,
    {
        "fria_basis": (
            "required",
            "Public authority deploying a high-risk system of Annex III point 5(a).",
        ),
        "processes": (
            "The first check of every income support application: which eligibility rules "
            "are met and which documents are missing, as advice to the caseworker who decides."
        ),
        "frequency": "daily",
        "period": (
            "In use since March 2025, for every application; reviewed each year before the "
            "January rule tables are loaded."
        ),
        "affected_groups": [
            "applicants",
            "precarious",
            "disabled_people",
            "non_nationals",
            "staff",
        ],
        "affected_details": (
            "About 4,200 applications a year from people in financial hardship, a third of "
            "them with a disability allowance claim and a fifth from non-nationals; 38 "
            "caseworkers use the tool."
        ),
        "provider_information": (YES, "Instructions for use v2.1, adopted as working instruction."),
        "risks": (
            "A wrong 'not met' could delay or discourage a claim; the document estimate could "
            "ask some groups for more documents than others; caseworkers could follow the "
            "advice without checking it (automation bias)."
        ),
        "oversight": (
            "The caseworker reads every application and can overrule any rule result with a "
            "reason; a team leader reviews 20 cases a month; overrule rates are reported "
            "monthly."
        ),
        "measures_if_risks": (
            "Switch off the estimate (the rules-only checklist stays), re-examine the cases "
            "concerned, inform the supplier and, for a serious incident, the market "
            "surveillance authority (Art. 73)."
        ),
        "internal_governance": (
            "The Head of Social Services owns the system; the data steward monitors it; the "
            "DPO and the works council receive the monthly report."
        ),
        "complaint_mechanism": (
            "Administrative appeal within one month; a caseworker reviews the case from "
            "scratch on request; the ombudsman can be asked to look at any complaint."
        ),
        "rights_at_stake": ["social_security", "non_discrimination", "good_administration"],
        **_right(
            "social_security",
            "The income support regulation; the tool only applies its published rules.",
            2,
            "First decisions take 12 working days instead of six weeks.",
            "More caseworkers would do as well but are not funded.",
            "Faster decisions outweigh the risk of a delayed claim, as no claim is refused by "
            "the tool.",
            "No refusal without a caseworker; 'cannot tell' instead of guesses; appeal.",
            "sufficient",
        ),
        **_right(
            "non_discrimination",
            "The same regulation; nationality and ethnicity are not inputs.",
            3,
            "The estimate is right for 81 % of missing documents.",
            "The rules-only mode avoids the estimate but loses most of the time saved.",
            "Acceptable while results are compared across districts and groups.",
            "Monthly comparison of 'not met' rates by district; results by sex and age group "
            "from the next review; the estimate can be switched off.",
            "partly",
        ),
        **_right(
            "good_administration",
            "The administrative procedure act: reasons for every decision.",
            2,
            "Applicants are asked for every missing document at once.",
            "Necessary to give reasons that do not depend on the tool.",
            "Proportionate: the caseworker states the reasons; the tool is not mentioned as one.",
            "Per-rule results with the data used, so the caseworker can explain them.",
            "sufficient",
        ),
        "notification": ("notified", "Form of the market surveillance authority, ref. MSA-0412."),
        "dpia_status": "dpia_done",
        "dpia_reference": "DPIA of the income support case system, 2024 (file SOC-2024-DPIA-03)",
    },
    "Data protection officer",
    AssessmentStatus.APPROVED,
    SOCIAL_HEAD,
)


# The fraud-signal pilot's FRIA: a draft, the deployment described, the roadmap not started.
FRAUD_FRIA = DemoAssessment(
    AssessmentKind.FRIA,
    {
        "fria_basis": "required",
        "processes": (
            "Checking income-support cases for data that do not add up, before a separate "
            "review team decides whether to contact the person."
        ),
        "frequency": "periodic",
        "period": "A six-month pilot on the cases of two districts, run once a month.",
        "affected_groups": ["applicants", "precarious", "non_nationals"],
        "affected_details": (
            "About 900 open cases in the pilot districts; some 60 flags a month are expected."
        ),
        "provider_information": (
            NO,
            "The supplier's instructions for use are still a draft (version 0.9).",
        ),
        "risks": (
            "People wrongly suspected of fraud; flags concentrated on some neighbourhoods or "
            "groups; stress and loss of trust even when a flag is cleared."
        ),
    },
    "Data protection officer",
    AssessmentStatus.DRAFT,
)


def demo_answers(demo: DemoAssessment) -> dict[str, Answer]:
    """The answers of a demo assessment, as the engine reads them."""
    answers: dict[str, Answer] = {}
    for question, given in demo.answers.items():
        value, note = given if isinstance(given, tuple) else (given, "")
        stored: AnswerValue = tuple(value) if isinstance(value, list) else value
        answers[question] = Answer(stored, note)
    return answers


def make_demo_assessment(
    ctx: ServiceContext, system: AiSystem, demo: DemoAssessment, *, today: date
) -> Assessment:
    """Store a demo assessment of ``system`` and take it through review to its status."""
    definition = builtin_definition(demo.kind.definition_id)
    answers = demo_answers(demo)
    if demo.kind is AssessmentKind.FRIA and "notification" in answers:
        answers["notification_date"] = Answer(today.isoformat())
    problems = validate_answers(definition, answers)
    if problems:  # a mistake in the demo data, caught by the tests
        raise ValueError(f"demo answers of {demo.kind} for {system.reference}: {problems}")
    service = AssessmentService(ctx)
    row = service.create_imported(
        demo.kind,
        title=_("{kind}: {subject}").format(kind=demo.kind.label, subject=system.name),
        definition=definition,
        answers=answers,
        subject_type=ENTITY,
        subject_id=system.id,
        source=_("the demo municipality (invented data)"),
        owner=demo.owner,
    )
    if demo.status is AssessmentStatus.DRAFT:
        return row
    service.submit(row.id)
    if demo.status is AssessmentStatus.SUBMITTED:
        return service.get(row.id)
    service.start_review(row.id)
    name, role = demo.signer
    return service.approve(row.id, name=name, role=role, next_review=today + timedelta(days=365))


def fria_summary(ctx: ServiceContext, fria: Assessment) -> str:
    """What the FRIA found, for its duty's evidence (and so for the EU database registration,
    Annex VIII section C point 4): reference, approval, outcome, rights at stake, notification."""
    service = AssessmentService(ctx)
    definition = service.definition(fria)
    answers = service.answers(fria)
    evaluation = service.evaluation(fria)
    question = definition.question("rights_at_stake")
    chosen = answers["rights_at_stake"].value if "rights_at_stake" in answers else ()
    rights = [o for o in question.options if isinstance(chosen, tuple) and o.id in chosen]
    open_rights = [
        o.label.get("en")
        for o in rights
        if f"{o.id}_mitigation" in answers and answers[f"{o.id}_mitigation"].value != "sufficient"
    ]
    approved = fria.approved_at.date().isoformat() if fria.approved_at else ""
    outcome = evaluation.outcome.label.get("en") if evaluation.outcome else ""
    notified = answers.get("notification_date")
    parts = [
        f"{fria.reference} v{fria.version}, approved {approved}: {outcome}.",
        "Rights at stake: " + "; ".join(o.label.get("en") for o in rights) + ".",
    ]
    if open_rights:
        parts.append("Measures not yet sufficient for: " + "; ".join(open_rights) + ".")
    if notified is not None:
        parts.append(f"Market surveillance authority notified on {notified.value}.")
    return " ".join(parts)


def classify_demo_system(ctx: ServiceContext, system: AiSystem, *, today: date) -> AiSystem:
    """The system's classification assessment, its result applied when it has one."""
    demo = CLASSIFICATIONS.get(system.reference)
    if demo is None:
        return system
    row = make_demo_assessment(ctx, system, demo, today=today)
    if demo.status is AssessmentStatus.DRAFT:
        return system
    return apply_classification(ctx, row.id)


def populate_demo_ai_assessments(
    ctx: ServiceContext, systems: Mapping[str, AiSystem], *, today: date
) -> int:
    """The ethics checklists and the FRIA of the demo systems (by reference; a missing system
    is skipped); the FRIA's reference and findings become its duty's evidence. Returns how
    many assessments were made."""
    made = 0
    benefit = systems.get("AI-001")
    if benefit is not None:
        make_demo_assessment(ctx, benefit, BENEFIT_ETHICS, today=today)
        fria = make_demo_assessment(ctx, benefit, BENEFIT_FRIA, today=today)
        made += 2
        AiSystemService(ctx).update_duty(
            benefit.id,
            DutyKey.FRIA,
            status=DutyStatus.DONE,
            owner="Data protection officer",
            evidence=fria_summary(ctx, fria),
        )
    fraud = systems.get("AI-005")
    if fraud is not None:
        draft = make_demo_assessment(ctx, fraud, FRAUD_FRIA, today=today)
        made += 1
        AiSystemService(ctx).update_duty(
            fraud.id,
            DutyKey.FRIA,
            status=DutyStatus.IN_PROGRESS,
            owner="Data protection officer",
            evidence=(
                f"{draft.reference} in draft; consultation with the residents' advice centre "
                "before the rights at stake are assessed."
            ),
        )
    chat = systems.get("AI-004")
    if chat is not None:
        make_demo_assessment(ctx, chat, CHAT_ETHICS, today=today)
        made += 1
    return made
