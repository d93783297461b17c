"""The demo municipality's AI systems register: seven systems at every stage of the AI Act.

A benefit-eligibility pre-check and a fraud-signal scoring pilot (high-risk, Annex III 5(a)),
the school-place allocation (high-risk, Annex III 3(a), as a precaution), number-plate
recognition for parking enforcement and a translation tool (minimal risk), the website's chat
assistant (transparency, Art. 50) and a CCTV analytics proposal not yet classified. Each is
classified with an EU AI Act classification assessment whose result is applied to the register
(``services/demo_ai_assessments.py``: the answers, ethics checklists and the FRIA), and its
deployer duties stand in various states. Systems are linked to the hand-written demo
activities they rely on (when the demo holds them). The translation tool's record changed
after it was classified, so the register suggests classifying it again. Every person,
supplier and figure is invented.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import select

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea, DutyKey, DutyStatus
from govkit.domain.enums import ActivityStatus
from govkit.domain.models import AiSystem, ControllerActivity
from govkit.services.ai_systems import AiSystemService
from govkit.services.context import ServiceContext
from govkit.services.demo_ai_assessments import classify_demo_system, populate_demo_ai_assessments

DOMAIN = "lindenhaven.example"
SOCIAL = "Social services"
SCHOOLS = "Schools and education"
PARKING = "Parking and mobility"
CCTV = "Public safety and CCTV"
COMMUNICATIONS = "Communications"
ORGANISATION = "City of Lindenhaven"

T, P, D, NA = DutyStatus.TODO, DutyStatus.IN_PROGRESS, DutyStatus.DONE, DutyStatus.NOT_APPLICABLE

# Each system: its record's values, the activity references it relies on, the classification
# its classification assessment leads to (tier, Annex III area; None: not classified yet; the
# answers are in demo_ai_assessments.CLASSIFICATIONS) and what has been recorded on its duties
# (key -> status, owner, evidence).
AiDemo = tuple[
    dict[str, Any],
    tuple[str, ...],
    tuple[AiRiskTier, str] | None,
    dict[DutyKey, tuple[DutyStatus, str, str]],
]

SYSTEMS: tuple[AiDemo, ...] = (
    (
        {
            "reference": "AI-001",
            "name": "Benefit eligibility pre-check",
            "department": SOCIAL,
            "region": "Lindenhaven and the villages of Oberau and Kleinfeld",
            "contact": f"Income Support Team, income-support@{DOMAIN}, phone 0421 555 3100",
            "status": ActivityStatus.ACTIVE,
            "phase": "production",
            "description": (
                "When someone applies for income support, this tool checks the application "
                "against the eligibility rules and tells the caseworker which documents are "
                "missing and which rules may not be met. It never refuses an application: a "
                "caseworker reads every application and makes the decision."
            ),
            "purpose": (
                "Shorten the wait for a first decision (it was six weeks) and make sure no "
                "applicant is asked twice for the same document."
            ),
            "website": f"https://www.{DOMAIN}/income-support/how-we-decide",
            "organisation": ORGANISATION,
            "team": "Income Support Team",
            "senior_responsible_owner": "Head of Social Services",
            "supplier": "Sozialsoft GmbH (case management system and rule module)",
            "third_parties": (
                "The supplier maintains the rule module under a processing contract (GDPR "
                "Art. 28). The regional benefits agency supplies the rule tables each year."
            ),
            "procurement": (
                "Open tender 2024/117 for the case management system; the rule module is an "
                "option of that contract, enabled in March 2025."
            ),
            "data_access_terms": (
                "The supplier may access case data only to fix faults, on a ticket opened by "
                "the city, and may not use the data to train or improve its products."
            ),
            "detailed_description": (
                "The module applies the eligibility rules of the income support regulation "
                "(household composition, income, assets, housing costs) to the data of the "
                "application. For each rule it shows met, not met or cannot tell, with the "
                "data it used. A machine-learning component estimates which documents an "
                "applicant is likely to have forgotten, from anonymised past applications."
            ),
            "benefits": (
                "First decisions now take 12 working days on average. Caseworkers spend their "
                "time on the applications that need judgement rather than on checklists."
            ),
            "previous_process": (
                "Caseworkers checked every application by hand with a paper checklist; missing "
                "documents were often noticed only weeks later."
            ),
            "alternatives": (
                "More caseworkers (not funded); a rules-only checklist without the document "
                "estimate (kept as the fallback when the estimate is switched off)."
            ),
            "decision_process": (
                "The pre-check runs when an application is complete enough to open a case. "
                "Its result is advice on the caseworker's screen; the caseworker decides and "
                "signs, and the decision letter never mentions the tool's result."
            ),
            "scale": "About 4,200 applications a year; the check runs once per application.",
            "human_review": (
                "Every result is reviewed by the caseworker, who can overrule any rule result "
                "with a reason. Overrules are counted monthly; a team leader reviews a sample "
                "of 20 cases a month."
            ),
            "staff_training": (
                "Half-day course for every caseworker before first use, refreshed yearly: "
                "what the tool checks, its known limits, and that it must not replace their "
                "judgement."
            ),
            "appeal": (
                "Applicants can object to any decision within one month (administrative "
                "appeal), ask which rules were checked and how, and ask for a caseworker to "
                "review their case from scratch. The information leaflet explains this."
            ),
            "inputs": "The application form, household data, income and bank statements.",
            "outputs": "Per rule: met / not met / cannot tell; a list of likely missing documents.",
            "models": [
                {
                    "name": "Eligibility rules 2026",
                    "type": "rule_based",
                    "provider": "Sozialsoft GmbH",
                    "version": "2026.1",
                },
                {
                    "name": "Missing-document estimate",
                    "type": "machine_learning",
                    "provider": "Sozialsoft GmbH",
                    "version": "1.4",
                },
            ],
            "datasets": [
                {
                    "use": "development",
                    "description": "12,000 past applications of 2019-2023, anonymised",
                    "personal_data": False,
                    "sources": "The city's case files",
                },
                {
                    "use": "operational",
                    "description": "The applicant's application and documents",
                    "personal_data": True,
                    "sources": "The applicant; the population register",
                    "special_categories": "Health data when a disability allowance is claimed",
                },
            ],
            "maintenance": "Rule tables updated each January; the supplier retests them.",
            "monitoring": (
                "Monthly report: overrule rate per rule, cases where the estimate was wrong, "
                "complaints. The rate of 'not met' results is compared across districts."
            ),
            "register_entries": [
                {"register": "eu_database", "identifier": "", "url": ""},
                {
                    "register": "algorithm_register",
                    "identifier": "LH-ALG-003",
                    "url": f"https://algorithms.{DOMAIN}/LH-ALG-003",
                },
            ],
            "internal_notes": (
                "The works council asked for the monthly overrule figures; send them to "
                "Armel Tchinda from April."
            ),
        },
        ("SS-001",),
        (AiRiskTier.HIGH_RISK, AnnexIIIArea.ESSENTIAL_SERVICES.value),
        {
            DutyKey.AI_LITERACY: (
                D,
                "Team leader, Income Support",
                "Training held 3-5 March; attendance list in the case management system.",
            ),
            DutyKey.INSTRUCTIONS: (
                D,
                "Team leader, Income Support",
                "Supplier's instructions for use v2.1 adopted as the team's working instruction.",
            ),
            DutyKey.HUMAN_OVERSIGHT: (
                D,
                "Head of Social Services",
                "Every case decided by a caseworker; monthly sample review.",
            ),
            DutyKey.INPUT_DATA: (
                P,
                "Data steward, Social Services",
                "Checking that the 2026 rule tables match the regulation.",
            ),
            DutyKey.MONITORING: (
                P,
                "Data steward, Social Services",
                "Monthly report drafted; incident route to the supplier to be agreed.",
            ),
            DutyKey.LOGS: (D, "IT services", "Logs kept 12 months in the case management system."),
            DutyKey.INFORM_WORKERS: (
                D,
                "Head of Social Services",
                "Works council informed on 12 February.",
            ),
            DutyKey.INFORM_AFFECTED: (
                P,
                "Team leader, Income Support",
                "Leaflet and website text drafted; decision letters to mention the check.",
            ),
            # The FRIA duty's evidence is the approved FRIA (demo_ai_assessments.py); the
            # registration in the EU database is still to do.
        },
    ),
    (
        {
            "reference": "AI-002",
            "name": "School-place allocation",
            "department": SCHOOLS,
            "region": "All primary schools of Lindenhaven",
            "contact": f"School Admissions, admissions@{DOMAIN}",
            "status": ActivityStatus.ACTIVE,
            "phase": "production",
            "description": (
                "When there are more applicants than places at a primary school, this program "
                "allocates the places using the published priority rules (siblings, distance, "
                "special needs) and a lottery among children with the same priority."
            ),
            "purpose": "Allocate school places fairly, the same way for every family.",
            "website": f"https://www.{DOMAIN}/schools/admissions",
            "organisation": ORGANISATION,
            "team": "School Admissions",
            "senior_responsible_owner": "Director of Education",
            "supplier": "Developed by the city's IT services",
            "decision_process": (
                "The program proposes an allocation; the admissions panel checks the cases "
                "with special needs and any ties before the offers are sent."
            ),
            "scale": "Once a year, about 1,100 children.",
            "human_review": (
                "The admissions panel (three officers) reviews the proposed allocation and "
                "may change it for reasons it records."
            ),
            "staff_training": "The panel is briefed each year on the rules and the lottery.",
            "appeal": (
                "Parents may appeal to the independent school admissions appeal panel within "
                "20 days of the offer letter and may ask to see how their child's priority "
                "was worked out."
            ),
            "inputs": "Applications, home addresses, sibling enrolments, special needs flags.",
            "outputs": "A proposed school place for each child, with the priority applied.",
            "models": [
                {
                    "name": "Allocation rules and lottery",
                    "type": "rule_based",
                    "provider": "IT services",
                    "version": "2025",
                }
            ],
            "datasets": [
                {
                    "use": "operational",
                    "description": "This year's applications",
                    "personal_data": True,
                    "sources": "Parents; the population register",
                    "special_categories": "Special educational needs (health data)",
                }
            ],
            "maintenance": "IT services reviews the code each autumn with the admissions team.",
        },
        ("SC-001",),
        (AiRiskTier.HIGH_RISK, AnnexIIIArea.EDUCATION.value),
        {
            DutyKey.AI_LITERACY: (D, "Director of Education", "Panel briefing, 9 January."),
            DutyKey.HUMAN_OVERSIGHT: (
                D,
                "Admissions panel",
                "The panel signs off every allocation.",
            ),
            DutyKey.INSTRUCTIONS: (NA, "", "Developed in-house: the city is also the provider."),
            DutyKey.LOGS: (P, "IT services", "Lottery seed and runs to be kept for six months."),
            DutyKey.FRIA: (T, "Director of Education", ""),
            DutyKey.REGISTRATION: (T, "Director of Education", ""),
        },
    ),
    (
        {
            "reference": "AI-003",
            "name": "Number-plate recognition for parking enforcement",
            "department": PARKING,
            "contact": f"Parking Services, parking@{DOMAIN}",
            "status": ActivityStatus.ACTIVE,
            "phase": "production",
            "description": (
                "Cameras at the entrances of the municipal car parks read number plates so "
                "that drivers who stay longer than they paid for can be sent a penalty notice."
            ),
            "purpose": "Enforce parking charges without barriers or staff at every exit.",
            "website": f"https://www.{DOMAIN}/parking/car-parks",
            "organisation": ORGANISATION,
            "team": "Parking Services",
            "senior_responsible_owner": "Head of Parking and Mobility",
            "supplier": "ParkVision B.V.",
            "data_access_terms": (
                "ParkVision processes the images in the EU on the city's behalf and deletes "
                "images of vehicles that paid within 48 hours."
            ),
            "decision_process": (
                "An enforcement officer checks the images of every suspected overstay before a "
                "penalty notice is issued."
            ),
            "scale": "About 9,000 vehicles a day in four car parks.",
            "human_review": "No notice is sent without an officer's check of both images.",
            "appeal": "Drivers can contest a notice online or in writing within 28 days.",
            "inputs": "Camera images at entry and exit.",
            "outputs": "The plate read, with a confidence score; suspected overstays.",
            "models": [
                {
                    "name": "Plate reader",
                    "type": "machine_learning",
                    "provider": "ParkVision B.V.",
                    "version": "7.2",
                }
            ],
            "datasets": [
                {
                    "use": "operational",
                    "description": "Images of vehicles and their plates",
                    "personal_data": True,
                    "sources": "Cameras at the car park entrances",
                }
            ],
            "monitoring": "Misreads reported by officers are sent to the supplier monthly.",
        },
        ("PK-002",),
        (AiRiskTier.MINIMAL, ""),
        {
            DutyKey.AI_LITERACY: (
                D,
                "Head of Parking and Mobility",
                "Officers trained on misreads and on checking the images.",
            ),
        },
    ),
    (
        {
            "reference": "AI-004",
            "name": "Citizen-service chat assistant",
            "department": COMMUNICATIONS,
            "contact": f"Digital Services, web@{DOMAIN}",
            "status": ActivityStatus.ACTIVE,
            "phase": "production",
            "description": (
                "A chat window on the city website answers questions about city services "
                "(opening hours, documents to bring, how to apply) from the website's own "
                "pages. It says it is an automated assistant, and offers a person at any time."
            ),
            "purpose": "Answer common questions at any hour and shorten the phone queue.",
            "website": f"https://www.{DOMAIN}/chat",
            "organisation": ORGANISATION,
            "team": "Digital Services",
            "senior_responsible_owner": "Head of Communications",
            "supplier": "Civic Answers Ltd (hosted language model service)",
            "data_access_terms": (
                "Conversations are processed in the EU, kept 30 days and never used to train "
                "the supplier's models (contract clause 9)."
            ),
            "decision_process": "It takes no decisions; it points to pages and forms.",
            "scale": "About 1,500 conversations a week.",
            "human_review": (
                "Staff review a sample of 50 conversations a week and correct the pages it "
                "misreads; residents can ask for a person at any time."
            ),
            "appeal": "Residents can report a wrong answer with the button under each reply.",
            "inputs": "The resident's questions; the pages of the city website.",
            "outputs": "Answers in plain language with links to the pages used.",
            "models": [
                {
                    "name": "Hosted language model",
                    "type": "generative",
                    "provider": "Civic Answers Ltd",
                    "version": "2026-02",
                }
            ],
            "datasets": [
                {
                    "use": "operational",
                    "description": "Questions typed by residents (may contain personal data)",
                    "personal_data": True,
                    "sources": "Residents using the chat",
                }
            ],
        },
        ("CO-003",),
        (AiRiskTier.TRANSPARENCY, ""),
        {
            DutyKey.AI_LITERACY: (D, "Head of Communications", "Web team trained, 2 February."),
            DutyKey.TRANSPARENCY_NOTICE: (
                D,
                "Digital Services",
                "The chat opens with 'I am an automated assistant'; shown on every reply.",
            ),
        },
    ),
    (
        {
            "reference": "AI-005",
            "name": "Fraud-signal scoring for income support (pilot)",
            "department": SOCIAL,
            "contact": f"Income Support Team, income-support@{DOMAIN}",
            "contact_internal": True,
            "status": ActivityStatus.DRAFT,
            "phase": "pilot",
            "description": (
                "A pilot that flags income-support cases where the data held by the city do "
                "not add up (for example two addresses, or income reported to another agency), "
                "so that a caseworker can check them. A flag is never an accusation: most "
                "flags have an innocent explanation, and no payment is stopped on a flag."
            ),
            "purpose": "Find errors and fraud early, before overpayments build up.",
            "organisation": ORGANISATION,
            "team": "Income Support Team",
            "senior_responsible_owner": "Head of Social Services",
            "supplier": "Sozialsoft GmbH",
            "decision_process": (
                "Flags go to a separate review team, not to the family's caseworker; the "
                "review team contacts the person only after checking the data themselves."
            ),
            "human_review": "Every flag is checked by a trained reviewer; none is acted on alone.",
            "appeal": (
                "People whose case is reviewed are told why and can explain or object; they "
                "can complain to the ombudsman."
            ),
            "inputs": "Case data and data matches with the tax office and the population register.",
            "outputs": "A list of data inconsistencies per case; no overall score is shown.",
            "models": [
                {
                    "name": "Inconsistency rules",
                    "type": "rule_based",
                    "provider": "Sozialsoft GmbH",
                    "version": "0.9",
                }
            ],
            "datasets": [
                {
                    "use": "operational",
                    "description": "Case data and data matches",
                    "personal_data": True,
                    "sources": "Case files; tax office; population register",
                }
            ],
            "alternatives": (
                "A machine-learning risk score was rejected: it could not be explained to the "
                "people flagged and risked reproducing bias against some neighbourhoods."
            ),
            "internal_notes": (
                "Nationality, ethnicity and neighbourhood are excluded as inputs. The ombudsman "
                "asked to see the FRIA before the pilot is extended."
            ),
        },
        ("SS-001",),
        (AiRiskTier.HIGH_RISK, AnnexIIIArea.ESSENTIAL_SERVICES.value),
        {
            DutyKey.AI_LITERACY: (
                P,
                "Team leader, Income Support",
                "Reviewers' training planned for May.",
            ),
            DutyKey.HUMAN_OVERSIGHT: (P, "Head of Social Services", "Separate review team set up."),
            DutyKey.INFORM_WORKERS: (
                D,
                "Head of Social Services",
                "Works council informed on 12 February.",
            ),
            # The FRIA duty: in progress, its draft FRIA named (demo_ai_assessments.py).
        },
    ),
    (
        {
            "reference": "AI-006",
            "name": "CCTV analytics at the central station square (proposal)",
            "department": CCTV,
            "contact": f"Public Order Office, public-order@{DOMAIN}",
            "status": ActivityStatus.DRAFT,
            "phase": "idea",
            "description": (
                "A proposal to let software watch the station square cameras for crowding "
                "and for people who have fallen, so that staff can send help sooner. Face "
                "recognition is ruled out."
            ),
            "purpose": "Send help sooner when someone falls or a crowd becomes dangerous.",
            "organisation": ORGANISATION,
            "team": "Public Order Office",
            "senior_responsible_owner": "Head of Public Order",
            "alternatives": "More staff watching the live images during events (current practice).",
            "inputs": "Live images of the twelve station square cameras.",
            "outputs": "Alerts to the control room (crowd density, person on the ground).",
        },
        ("PS-002",),
        None,
        {},
    ),
    (
        {
            "reference": "AI-007",
            "name": "Machine translation of letters and web pages",
            "department": COMMUNICATIONS,
            "contact": f"Digital Services, web@{DOMAIN}",
            "status": ActivityStatus.ACTIVE,
            "phase": "production",
            "description": (
                "Staff use a translation tool to offer letters and web pages in Arabic, "
                "Turkish, Ukrainian and English. A fluent colleague checks every translation "
                "of a letter that has legal effect before it is sent."
            ),
            "purpose": "Help residents who speak little of the official language.",
            "organisation": ORGANISATION,
            "team": "Digital Services",
            "senior_responsible_owner": "Head of Communications",
            "supplier": "Lingua EU (translation service hosted in the EU)",
            "data_access_terms": "Texts are deleted after translation and never stored.",
            "human_review": "Translations of letters with legal effect are checked by a person.",
            "inputs": "Texts written by staff.",
            "outputs": "Translated texts.",
            "models": [
                {
                    "name": "Neural machine translation",
                    "type": "machine_learning",
                    "provider": "Lingua EU",
                    "version": "2025",
                }
            ],
            "datasets": [
                {
                    "use": "operational",
                    "description": "Letters and web pages (letters contain personal data)",
                    "personal_data": True,
                    "sources": "Staff",
                }
            ],
        },
        (),
        (AiRiskTier.MINIMAL, ""),
        {
            DutyKey.AI_LITERACY: (
                P,
                "Head of Communications",
                "Guidance note on when a check is needed.",
            ),
        },
    ),
)


# Changes to records after they were classified (reference, values).
LATER_CHANGES: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "AI-007",
        {
            "outputs": (
                "Translated texts; since May also draft replies to residents' e-mails in their "
                "language, which staff check before sending."
            ),
        },
    ),
)


def populate_demo_ai_systems(ctx: ServiceContext, *, today: date | None = None) -> int:
    """Add the demo AI systems (with their classification assessments applied, duties, links,
    ethics checklists and FRIA); returns how many systems."""
    day = today or date.today()
    service = AiSystemService(ctx)
    references = _activity_ids(ctx)
    made: dict[str, AiSystem] = {}
    for number, (values, links, expected, duties) in enumerate(SYSTEMS):
        record = dict(values)
        record["next_review"] = day + timedelta(days=60 + 45 * number)
        system = service.create(record)
        for reference in links:
            if reference in references:
                service.link_activity(system.id, "controller_activity", references[reference])
        system = classify_demo_system(ctx, system, today=day)
        found = (system.risk_tier, system.annex_area) if system.classified_at else None
        if found != expected:  # the demo's answers must lead where its text says
            raise ValueError(f"demo {system.reference} is classified {found}, not {expected}")
        for key, (status, owner, evidence) in duties.items():
            service.update_duty(system.id, key, status=status, owner=owner, evidence=evidence)
        made[system.reference] = system
    populate_demo_ai_assessments(ctx, made, today=day)
    for reference, changes in LATER_CHANGES:
        service.update(made[reference].id, changes)
    return len(SYSTEMS)


def _activity_ids(ctx: ServiceContext) -> dict[str, str]:
    with ctx.transaction() as s:
        return {
            reference: record_id
            for reference, record_id in s.exec(
                select(ControllerActivity.reference, ControllerActivity.id)
            )
            if reference
        }
