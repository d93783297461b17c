"""The demo municipality: the invented City of Lindenhaven, to try govkit out and to test it.

``populate_demo`` fills an empty vault with a realistic register: the organisation profile, about
forty processing activities written by hand (civil registry, social services, schools, waste,
parking, human resources, CCTV, library, elections, finance, housing and more) and a few services
the city runs as processor for others. Everything is fictional: the city, its laws, its people
and its partners. Contacts carry names from the many places govkit is used in.

Ask for more activities than the hand-written set holds and the rest are deterministic variations
of it (one ``random.Random(seed)``), each with its own reference, so that a register of 100,000
records can be made for performance work. Review dates are relative to ``today``, so that some
are always overdue and some always ahead.

Texts of the records are data, in English. Values that come from a built-in pick list go through
``_()`` exactly as the catalogues are seeded, so that a translated vault gets translated choices.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlmodel import select

from govkit.domain.catalogue_builtin import BUILTIN
from govkit.domain.enums import CatalogueKind
from govkit.domain.enums import RecipientCategory as RC
from govkit.domain.fields import CONTROLLER_FIELDS, PROCESSOR_FIELDS, FieldSpec
from govkit.domain.models import ControllerActivity
from govkit.domain.parts import ControllerParty, JointController, Recipient, Transfer
from govkit.i18n import _
from govkit.services.ai_systems import AiSystemService
from govkit.services.catalogues import CatalogueService
from govkit.services.context import ServiceContext
from govkit.services.demo_ai import SYSTEMS, populate_demo_ai_systems
from govkit.services.demo_assessments import populate_demo_assessments
from govkit.services.organisation import OrganisationService
from govkit.services.registers import RecordService, controller_service, processor_service
from govkit.services.workspace import Workspace
from govkit.storage.errors import ValidationError

MAX_ACTIVITIES = 100_000
DEFAULT_ACTIVITIES = 40
CITY = "City of Lindenhaven"
AI_SYSTEMS = SYSTEMS  # the demo AI systems register (services/demo_ai.py)
DEMO_PERSON = "Adaeze Okafor"  # the city's DPO, who opens a demo vault made by ``govkit demo``
DOMAIN = "lindenhaven.example"

# -- labels of the built-in pick lists (checked against BUILTIN when the demo is built) ----------

PUBLIC_TASK = "Art. 6(1)(e) Public task or official authority"
LEGAL_OBLIGATION = "Art. 6(1)(c) Legal obligation"
CONTRACT = "Art. 6(1)(b) Contract"
CONSENT = "Art. 6(1)(a) Consent"
VITAL_INTERESTS = "Art. 6(1)(d) Vital interests"

A9_CONSENT = "Art. 9(2)(a) Explicit consent"
A9_EMPLOYMENT = "Art. 9(2)(b) Employment, social security and social protection law"
A9_VITAL = "Art. 9(2)(c) Vital interests"
A9_CLAIMS = "Art. 9(2)(f) Legal claims"
A9_PUBLIC_INTEREST = "Art. 9(2)(g) Substantial public interest"
A9_CARE = "Art. 9(2)(h) Health or social care"
A9_PUBLIC_HEALTH = "Art. 9(2)(i) Public health"

HEALTH = "Health data"
BIOMETRIC = "Biometric data for identification"
TRADE_UNION = "Trade union membership"
ETHNIC = "Racial or ethnic origin"
POLITICAL = "Political opinions"
RELIGION = "Religious or philosophical beliefs"

SCC = "Art. 46(2)(c) Standard contractual clauses"
ADEQUACY = "Art. 45 Adequacy decision"
ADMIN_ARRANGEMENT = "Art. 46(3)(b) Administrative arrangement between public authorities"

IDENT = "Identification data (name, date of birth)"
CONTACT = "Contact details"
NATIONAL_ID = "National identification number"
CIVIL_STATUS = "Civil status and family situation"
BANK = "Financial and bank details"
INCOME = "Income and tax data"
EMPLOYMENT = "Employment and career data"
EDUCATION = "Education and training data"
HOUSING_DATA = "Housing situation"
LOCATION = "Location data"
VIDEO = "Images and video (CCTV)"
VEHICLE = "Vehicle registration data"
LOGS = "Online identifiers and logs"
WELFARE = "Social welfare data"
CORRESPONDENCE = "Correspondence"
LOANS = "Loans and reading history"

RBAC = "Role-based access control"
MFA = "Multi-factor authentication"
AT_REST = "Encryption at rest"
TLS = "Encryption in transit (TLS)"
PSEUDONYMS = "Pseudonymisation"
LOGGING = "Access logging and monitoring"
BACKUPS = "Regular backups"
CONFIDENTIALITY = "Staff confidentiality undertakings"
TRAINING = "Data protection training"
PHYSICAL = "Physical access control"
DISPOSAL = "Secure disposal of media and paper"
DPA = "Data processing agreement with processors"
PATCHING = "Vulnerability management"
CLEAN_DESK = "Clean desk policy"
SEGMENTATION = "Network segmentation"

SEC_BASIC = [RBAC, LOGGING, BACKUPS, CONFIDENTIALITY, TRAINING]
SEC_SENSITIVE = [RBAC, MFA, AT_REST, TLS, LOGGING, BACKUPS, CONFIDENTIALITY, TRAINING]
SEC_PAPER = [PHYSICAL, CLEAN_DESK, DISPOSAL]

CIVIL_REGISTRY = "Civil registry"
SOCIAL = "Social services"
SCHOOLS = "Schools and education"
WASTE = "Waste management"
PARKING = "Parking and mobility"
HR = "Human resources"
CCTV = "Public safety and CCTV"
LIBRARY = "Library"
ELECTIONS = "Elections"
FINANCE = "Finance and taxes"
HOUSING = "Housing"
PLANNING = "Urban planning and building permits"
IT = "IT services"
COMMUNICATIONS = "Communications"
CULTURE = "Culture and sport"
HEALTH_DEPT = "Health"


def _contact(name: str, mailbox: str, extension: int) -> str:
    return f"{name}, {mailbox}@{DOMAIN}, ext. {extension}"


# Names from the many places govkit is used: Bonn, Dschang, Quelimane, Dhaka, Seberang Perai,
# New York and the cities in between. All of them are invented people.
PEOPLE: tuple[str, ...] = (
    "Katrin Vogel",
    "Armel Tchinda",
    "Esperança Macuácua",
    "Farhana Rahman (ফারহানা রহমান)",
    "Nurul Aisyah binti Ahmad",
    "DeShawn Carter",
    "Jonas Becker",
    "Nadège Fotso Kamdem",
    "Ilídio Nhantumbo",
    "Tanvir Hossain",
    "Tan Wei Ming (陈伟明)",
    "María José Gutiérrez",
    "Ayşe Demir",
    "Oluwaseun Adebayo",
    "Zofia Wiśniewska",
    "Nguyễn Thị Lan",
    "Muthu Krishnan a/l Raman",
    "Rachel Goldberg",
    "Hamid Al-Masri",
    "Siobhán Ní Bhriain",
    "Kwame Mensah",
    "Olena Kovalenko",
    "Javier Quispe Mamani",
    "Mariam Diallo",
    "Lars Øvergaard",
    "Priya Venkataraman",
    "Kim Ji-woo",
    "Tomasz Nowak",
    "Fatima Zahra Benali",
    "Björn Åkesson",
    "Chiamaka Eze",
    "Rui Tembe",
    "Sadia Islam",
    "Ahmad Faiz bin Hassan",
    "Thandiwe Dlamini",
    "Giulia Esposito",
    "Mehmet Yılmaz",
    "Léa Ngono",
    "Juan Pablo Herrera",
    "Anjali Pillai",
    "Yusuf Kaya",
    "Emilia Schäfer",
)


def _r(category: RC, name: str) -> Recipient:
    return Recipient(category.value, name)


# -- the hand-written register -----------------------------------------------------------------
# ``review_in`` is the next review in days from today (negative: overdue).

_ALL_CONTROLLER_ACTIVITIES: tuple[dict[str, Any], ...] = (
    {
        "reference": "CR-001",
        "name": "Civil status register: births, marriages, civil partnerships and deaths",
        "department": CIVIL_REGISTRY,
        "contact": _contact("Katrin Vogel", "civil.registry", 2101),
        "status": "active",
        "review_in": 210,
        "description": "Registrars record births, marriages, civil partnerships and deaths, "
        "issue certificates and correct entries when a court or the person concerned asks.",
        "purposes": [
            "Keep the civil status register required by law",
            "Issue birth, marriage and death certificates",
            "Inform other authorities of changes in civil status",
        ],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "National Civil Status Act, sections 3 to 27; Civil Status "
        "Ordinance on certificates and notifications.",
        "data_subject_categories": ["Residents", "Children and pupils", "Parents and guardians"],
        "data_categories": [IDENT, CONTACT, NATIONAL_ID, CIVIL_STATUS],
        "sources": ["The data subject", "Other public authorities", "Hospitals and birth centres"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "National Statistics Office"),
            _r(RC.PUBLIC_AUTHORITY, "Tax authority"),
            _r(RC.INTERNAL, "Population register (residents' registration)"),
            _r(RC.PUBLIC_AUTHORITY, "Courts"),
        ],
        "no_transfers": True,
        "retention": "Birth entries 110 years, marriage and partnership entries 80 years, death "
        "entries 30 years; then offered to the municipal archive.",
        "security_measures": [*SEC_SENSITIVE, PHYSICAL, DISPOSAL],
        "systems": ["Population register system", "Civil status register (CivReg)"],
    },
    {
        "reference": "CR-002",
        "name": "Registration of residence (moving in, moving out, change of address)",
        "department": CIVIL_REGISTRY,
        "contact": _contact("Armel Tchinda", "residents.office", 2110),
        "status": "active",
        "review_in": -35,
        "description": "Residents register where they live; the register is the reference for "
        "taxes, school places, elections and many other services.",
        "purposes": [
            "Keep the population register up to date",
            "Provide address information to authorities entitled to it",
        ],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "National Registration of Residence Act, sections 17 to 34.",
        "data_subject_categories": ["Residents", "Children and pupils"],
        "data_categories": [IDENT, CONTACT, NATIONAL_ID, CIVIL_STATUS, HOUSING_DATA],
        "special_categories": [RELIGION],
        "art9_conditions": [A9_PUBLIC_INTEREST],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.INTERNAL, "Elections office"),
            _r(RC.INTERNAL, "Schools and education department"),
            _r(RC.PUBLIC_AUTHORITY, "Tax authority"),
            _r(RC.PUBLIC_AUTHORITY, "Police"),
            _r(RC.PUBLIC_AUTHORITY, "Registered religious communities (church tax)"),
        ],
        "no_transfers": True,
        "retention": "Current entries while the person lives in the city; after moving away or "
        "death, 5 years in the active register, then 50 years blocked for limited purposes.",
        "security_measures": [*SEC_SENSITIVE, PHYSICAL],
        "systems": ["Population register system", "Online forms portal"],
        "notes": "Religious affiliation is kept only because the church tax law requires it.",
    },
    {
        "reference": "CR-003",
        "name": "Identity card and passport applications",
        "department": CIVIL_REGISTRY,
        "contact": _contact("Tanvir Hossain", "id.documents", 2120),
        "status": "active",
        "review_in": 320,
        "description": "Staff take the application, photo and two fingerprints, send them to the "
        "national document printer, and hand the finished document over.",
        "purposes": ["Issue identity cards and passports", "Prevent identity fraud"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "National Identity Card Act and Passport Act; Regulation (EU) "
        "2019/1157 on identity card security.",
        "data_subject_categories": ["Residents", "Applicants", "Children and pupils"],
        "data_categories": [IDENT, CONTACT, NATIONAL_ID],
        "special_categories": [BIOMETRIC],
        "art9_conditions": [A9_PUBLIC_INTEREST],
        "sources": ["The data subject", "Population register"],
        "recipients": [
            _r(RC.PROCESSOR, "National document printing office"),
            _r(RC.PUBLIC_AUTHORITY, "Police (document fraud cases)"),
        ],
        "no_transfers": True,
        "retention": "Fingerprints are deleted as soon as the document is handed over, at the "
        "latest after 90 days; the application file is kept until the document expires.",
        "security_measures": [*SEC_SENSITIVE, SEGMENTATION, PHYSICAL],
        "systems": ["Population register system", "ID document capture stations"],
    },
    {
        "reference": "CR-004",
        "name": "Naturalisation applications",
        "department": CIVIL_REGISTRY,
        "contact": _contact("Nguyễn Thị Lan", "naturalisation", 2130),
        "status": "active",
        "review_in": 95,
        "description": "The city prepares naturalisation files for the state authority: "
        "identity, residence history, language certificates, income and a criminal record "
        "certificate.",
        "purposes": ["Examine applications for citizenship on behalf of the state"],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "National Nationality Act, sections 8 to 10 and 37.",
        "data_subject_categories": ["Applicants", "Residents"],
        "data_categories": [IDENT, CONTACT, NATIONAL_ID, CIVIL_STATUS, INCOME, EDUCATION],
        "criminal_data": True,
        "art10_basis": "Nationality Act, section 37: the authority obtains a certificate from "
        "the national criminal records register; only the certificate is filed.",
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "State naturalisation authority"),
            _r(
                RC.PUBLIC_AUTHORITY,
                "Domestic intelligence service (security check required by law)",
            ),
        ],
        "no_transfers": True,
        "retention": "10 years after the decision.",
        "security_measures": [*SEC_SENSITIVE, CLEAN_DESK],
        "systems": ["Case management system", "Document management system"],
    },
    {
        "reference": "SS-001",
        "name": "Social assistance and income support",
        "department": SOCIAL,
        "contact": _contact("Esperança Macuácua", "social.assistance", 3101),
        "status": "active",
        "review_in": 150,
        "description": "Caseworkers assess need, decide on income support, pay it monthly and "
        "review entitlement; health information is used when it affects the ability to work.",
        "purposes": [
            "Decide on and pay income support",
            "Support people back into work",
            "Prevent and detect benefit fraud",
        ],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "National Social Assistance Act, Book II; Municipal social "
        "assistance bylaw 2023.",
        "data_subject_categories": [
            "Benefit recipients",
            "Applicants",
            "Parents and guardians",
            "Children and pupils",
        ],
        "data_categories": [
            IDENT,
            CONTACT,
            NATIONAL_ID,
            CIVIL_STATUS,
            BANK,
            INCOME,
            EMPLOYMENT,
            HOUSING_DATA,
            WELFARE,
        ],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_EMPLOYMENT],
        "sources": [
            "The data subject",
            "Population register",
            "Other public authorities",
            "Employers",
        ],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Social security agencies"),
            _r(RC.THIRD_PARTY, "Banks and payment providers"),
            _r(RC.PUBLIC_AUTHORITY, "Auditors"),
        ],
        "no_transfers": True,
        "retention": "10 years after the last payment (audit and recovery of overpayments).",
        "security_measures": [*SEC_SENSITIVE, PSEUDONYMS, CLEAN_DESK],
        "joint_controllers": [
            JointController(
                "Regional Social Security Agency Lindenvale",
                "dpo@social-security-lindenvale.example",
                "Agency: eligibility rules, central payment file and fraud checks. City: "
                "applications, caseworker contact and requests of data subjects (single point of "
                "contact, Art. 26(1)).",
            )
        ],
        "systems": ["Case management system", "Accounting system"],
    },
    {
        "reference": "SS-002",
        "name": "Child protection and youth welfare casework",
        "department": SOCIAL,
        "contact": _contact("Nadège Fotso Kamdem", "youth.welfare", 3120),
        "status": "active",
        "review_in": -80,
        "description": "Social workers assess reports of risk to children, plan help with "
        "families, arrange foster care and take part in family court proceedings.",
        "purposes": [
            "Protect children at risk",
            "Provide help to children and families",
            "Take part in family court proceedings",
        ],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK, VITAL_INTERESTS],
        "legal_basis_details": "National Child and Youth Welfare Act, sections 8a, 27 to 42.",
        "data_subject_categories": ["Children and pupils", "Parents and guardians", "Residents"],
        "data_categories": [
            IDENT,
            CONTACT,
            CIVIL_STATUS,
            HOUSING_DATA,
            WELFARE,
            EDUCATION,
            CORRESPONDENCE,
        ],
        "special_categories": [HEALTH, "Sex life or sexual orientation"],
        "art9_conditions": [A9_CARE, A9_VITAL, A9_CLAIMS],
        "criminal_data": True,
        "art10_basis": "Child and Youth Welfare Act, section 8a: police reports of offences "
        "against a child are received and assessed by the child protection team only.",
        "sources": ["The data subject", "Schools", "Other public authorities", "Health services"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Courts"),
            _r(RC.PUBLIC_AUTHORITY, "Police"),
            _r(RC.THIRD_PARTY, "Foster families and care providers"),
            _r(RC.THIRD_PARTY, "Health services"),
        ],
        "no_transfers": True,
        "retention": "Until the child turns 28; files with a court decision 60 years.",
        "security_measures": [*SEC_SENSITIVE, PSEUDONYMS, SEGMENTATION, CLEAN_DESK],
        "systems": ["Case management system"],
    },
    {
        "reference": "SS-003",
        "name": "Home care for older and disabled residents",
        "department": SOCIAL,
        "contact": _contact("Muthu Krishnan a/l Raman", "home.care", 3130),
        "status": "active",
        "review_in": 60,
        "description": "The city assesses care needs and commissions home care providers, who "
        "visit people at home and report on the care given.",
        "purposes": ["Assess care needs", "Arrange and pay for home care"],
        "legal_bases": [PUBLIC_TASK, LEGAL_OBLIGATION],
        "legal_basis_details": "National Long-Term Care Act, section 14; municipal care bylaw.",
        "data_subject_categories": ["Residents", "Benefit recipients"],
        "data_categories": [IDENT, CONTACT, HOUSING_DATA, WELFARE, BANK],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_CARE],
        "sources": ["The data subject", "Health services"],
        "recipients": [
            _r(RC.PROCESSOR, "Contracted home care providers"),
            _r(RC.PUBLIC_AUTHORITY, "Social security agencies"),
        ],
        "no_transfers": True,
        "retention": "10 years after care ends.",
        "security_measures": [*SEC_SENSITIVE, DPA],
        "systems": ["Case management system", "Care planning app (mobile)"],
    },
    {
        "reference": "SS-004",
        "name": "Accommodation and integration support for refugees",
        "department": SOCIAL,
        "contact": _contact("Hamid Al-Masri", "integration", 3140),
        "status": "active",
        "review_in": 240,
        "description": "Allocation of places in shared accommodation, language course vouchers "
        "and interpreter bookings for refugees and asylum seekers assigned to the city.",
        "purposes": [
            "House refugees assigned to the city",
            "Arrange language courses and interpreters",
            "Protect the health of residents in shared accommodation",
        ],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "State Refugee Reception Act, sections 2 and 5.",
        "data_subject_categories": ["Residents", "Children and pupils", "Parents and guardians"],
        "data_categories": [IDENT, CONTACT, CIVIL_STATUS, HOUSING_DATA, WELFARE, EDUCATION],
        "special_categories": [HEALTH, ETHNIC],
        "art9_conditions": [A9_PUBLIC_INTEREST, A9_PUBLIC_HEALTH],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "State immigration authority"),
            _r(RC.PROCESSOR, "Interpreter agency"),
            _r(RC.THIRD_PARTY, "Language schools"),
        ],
        "no_transfers": True,
        "retention": "5 years after the person leaves municipal accommodation.",
        "security_measures": [*SEC_SENSITIVE, DPA],
        "systems": ["Case management system"],
        "notes": "Ethnic origin is recorded only where the person asks for an interpreter of a "
        "particular language and community.",
    },
    {
        "reference": "SS-005",
        "name": "Debt counselling service",
        "department": SOCIAL,
        "contact": _contact("Rachel Goldberg", "debt.advice", 3150),
        "status": "draft",
        "review_in": 30,
        "description": "Advisers help residents in debt to agree payment plans with creditors.",
        "purposes": ["Advise residents in debt", "Negotiate payment plans with creditors"],
        "legal_bases": [PUBLIC_TASK, CONSENT],
        "data_subject_categories": ["Residents"],
        "data_categories": [IDENT, CONTACT, BANK, INCOME, CORRESPONDENCE],
        "security_measures": SEC_BASIC,
        "systems": ["Case management system"],
        "notes": "Draft: retention and the list of creditors contacted still to be agreed with "
        "the team.",
    },
    {
        "reference": "SC-001",
        "name": "School enrolment and allocation of school places",
        "department": SCHOOLS,
        "contact": _contact("Ilídio Nhantumbo", "school.admissions", 4101),
        "status": "active",
        "review_in": 45,
        "description": "Parents apply for a primary or secondary school place; places are "
        "allocated by catchment area, siblings and special educational needs.",
        "purposes": ["Allocate school places fairly", "Plan school capacity"],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "State Education Act, sections 46 and 55; admissions bylaw.",
        "data_subject_categories": ["Children and pupils", "Parents and guardians"],
        "data_categories": [IDENT, CONTACT, CIVIL_STATUS, EDUCATION, HOUSING_DATA],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_PUBLIC_INTEREST],
        "sources": ["The data subject", "Population register", "Schools"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Schools"),
            _r(RC.INTERNAL, "School transport team"),
        ],
        "no_transfers": True,
        "retention": "Until the end of the school year after the allocation; appeals 3 years.",
        "security_measures": [*SEC_BASIC, MFA, TLS],
        "systems": ["School admissions portal"],
    },
    {
        "reference": "SC-002",
        "name": "School transport and bus passes",
        "department": SCHOOLS,
        "contact": _contact("María José Gutiérrez", "school.transport", 4110),
        "status": "active",
        "review_in": 400,
        "description": "Pupils living far from school get a bus pass or a seat in a school "
        "minibus; drivers receive a list of pupils and pick-up points.",
        "purposes": ["Provide free school transport"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "State School Transport Ordinance, section 2.",
        "data_subject_categories": ["Children and pupils", "Parents and guardians"],
        "data_categories": [IDENT, CONTACT, LOCATION, EDUCATION],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_PUBLIC_INTEREST],
        "sources": ["The data subject", "Schools"],
        "recipients": [
            _r(RC.PROCESSOR, "Regional bus company"),
            _r(RC.PROCESSOR, "Minibus operators"),
        ],
        "no_transfers": True,
        "retention": "One year after the pass expires.",
        "security_measures": [*SEC_BASIC, DPA],
        "systems": ["School admissions portal"],
        "notes": "Health data only where a pupil needs an adapted vehicle or an escort.",
    },
    {
        "reference": "SC-003",
        "name": "After-school care: places, fees and fee reductions",
        "department": SCHOOLS,
        "contact": _contact("Chiamaka Eze", "after.school", 4120),
        "status": "active",
        "review_in": 130,
        "description": "Families apply for after-school care; fees depend on household income, "
        "which parents prove once a year.",
        "purposes": ["Allocate after-school care places", "Set and collect income-related fees"],
        "legal_bases": [PUBLIC_TASK, CONTRACT],
        "legal_basis_details": "Municipal bylaw on after-school care fees 2024.",
        "data_subject_categories": ["Children and pupils", "Parents and guardians"],
        "data_categories": [IDENT, CONTACT, INCOME, BANK, CIVIL_STATUS],
        "sources": ["The data subject"],
        "recipients": [
            _r(RC.INTERNAL, "Finance and taxes department"),
            _r(RC.THIRD_PARTY, "Banks and payment providers"),
        ],
        "no_transfers": True,
        "retention": "Fee files 10 years (accounting law); income evidence 2 years.",
        "security_measures": SEC_BASIC,
        "systems": ["Accounting system", "Online forms portal"],
    },
    {
        "reference": "SC-004",
        "name": "Pupil accounts on the learning platform and school e-mail",
        "department": SCHOOLS,
        "contact": _contact("Oluwaseun Adebayo", "digital.schools", 4130),
        "status": "active",
        "review_in": -12,
        "description": "Every pupil gets an account on the learning platform (assignments, "
        "timetables, video lessons) and a school e-mail address, run by a cloud provider.",
        "purposes": ["Teach and set homework online", "Communicate with pupils and parents"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "State Education Act, section 120 (digital teaching).",
        "data_subject_categories": ["Children and pupils", "Employees"],
        "data_categories": [IDENT, CONTACT, EDUCATION, LOGS],
        "sources": ["Schools"],
        "recipients": [
            _r(RC.PROCESSOR, "Cloud hosting provider"),
            _r(RC.ABROAD, "Support staff of the cloud provider in the United States"),
        ],
        "transfers": [
            Transfer(
                "United States",
                "Learning platform provider (support and backups)",
                SCC,
                "SCC module 3 (processor to processor) of 2021 with transfer impact assessment "
                "TIA-2025-04; data encrypted at rest with keys held in the EU.",
            )
        ],
        "retention": "Accounts deleted 3 months after the pupil leaves school.",
        "security_measures": [*SEC_SENSITIVE, DPA, PSEUDONYMS],
        "systems": ["Learning platform for pupils", "E-mail and office suite"],
    },
    {
        "reference": "WM-001",
        "name": "Waste collection fees and bin register",
        "department": WASTE,
        "contact": _contact("Jonas Becker", "waste.fees", 5101),
        "status": "active",
        "review_in": 500,
        "description": "Each property's bins are registered; owners receive a yearly fee notice "
        "based on bin size and collection frequency.",
        "purposes": ["Charge waste collection fees", "Plan collection rounds"],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "Municipal Waste Fees Bylaw; State Municipal Charges Act.",
        "data_subject_categories": ["Taxpayers", "Residents"],
        "data_categories": [IDENT, CONTACT, BANK, HOUSING_DATA],
        "sources": ["The data subject", "Population register"],
        "recipients": [
            _r(RC.PROCESSOR, "Printing and mailing service"),
            _r(RC.INTERNAL, "Finance and taxes department"),
        ],
        "no_transfers": True,
        "retention": "10 years after the end of the fee year.",
        "security_measures": SEC_BASIC,
        "systems": ["Waste fee billing module", "Accounting system"],
    },
    {
        "reference": "WM-002",
        "name": "Bulky waste collection appointments",
        "department": WASTE,
        "contact": _contact("Ahmad Faiz bin Hassan", "bulky.waste", 5110),
        "status": "active",
        "review_in": 600,
        "description": "Residents book a collection date online or by phone and list the items.",
        "purposes": ["Schedule bulky waste collections"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "Municipal Waste Bylaw, section 9.",
        "data_subject_categories": ["Residents"],
        "data_categories": [IDENT, CONTACT],
        "sources": ["The data subject"],
        "recipients": [_r(RC.PROCESSOR, "Online booking platform")],
        "no_transfers": True,
        "retention": "6 months after the collection.",
        "security_measures": [*SEC_BASIC, DPA, TLS],
        "systems": ["Online forms portal"],
    },
    {
        "reference": "WM-003",
        "name": "Enforcement against illegal dumping",
        "department": WASTE,
        "contact": _contact("Thandiwe Dlamini", "waste.enforcement", 5120),
        "status": "active",
        "review_in": 75,
        "description": "Wardens investigate illegally dumped waste, identify the person "
        "responsible from evidence found and issue fines.",
        "purposes": ["Investigate and penalise illegal dumping"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "State Waste Act, section 69; Administrative Offences Act.",
        "data_subject_categories": ["Residents", "Complainants"],
        "data_categories": [IDENT, CONTACT, CORRESPONDENCE, VIDEO],
        "criminal_data": True,
        "art10_basis": "Administrative Offences Act, sections 35 and 46: the city is the "
        "competent authority for waste offences.",
        "sources": ["Complainants and witnesses", "Cameras and sensors", "Public sources"],
        "recipients": [_r(RC.PUBLIC_AUTHORITY, "Courts"), _r(RC.PUBLIC_AUTHORITY, "Police")],
        "no_transfers": True,
        "retention": "3 years after the fine is paid or the case is closed.",
        "security_measures": [*SEC_BASIC, CLEAN_DESK],
        "systems": ["Case management system"],
    },
    {
        "reference": "PK-001",
        "name": "Residents' parking permits",
        "department": PARKING,
        "contact": _contact("Tomasz Nowak", "parking.permits", 6101),
        "status": "active",
        "review_in": 365,
        "description": "Residents of permit zones apply for a permit for their vehicle; "
        "enforcement officers check permits by number plate.",
        "purposes": ["Issue residents' parking permits", "Check permits during enforcement"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "Road Traffic Act, section 45(1b); Municipal Parking Bylaw.",
        "data_subject_categories": ["Residents", "Vehicle owners and drivers"],
        "data_categories": [IDENT, CONTACT, VEHICLE, BANK],
        "sources": ["The data subject", "Population register"],
        "recipients": [_r(RC.INTERNAL, "Parking enforcement")],
        "no_transfers": True,
        "retention": "2 years after the permit expires.",
        "security_measures": [*SEC_BASIC, TLS],
        "systems": ["Parking enforcement system", "Online forms portal"],
    },
    {
        "reference": "PK-002",
        "name": "Parking penalty notices from number-plate cameras in municipal car parks",
        "department": PARKING,
        "contact": _contact("Kwame Mensah", "parking.enforcement", 6110),
        "status": "active",
        "review_in": -150,
        "description": "Cameras at the entrances and exits of the three municipal car parks read "
        "number plates; stays not covered by a paid session lead to a penalty notice.",
        "purposes": ["Enforce parking charges in municipal car parks"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "Municipal Car Parks Bylaw 2022, section 6; Road Traffic "
        "Offences Ordinance.",
        "data_subject_categories": ["Vehicle owners and drivers"],
        "data_categories": [VEHICLE, VIDEO, LOCATION, IDENT, BANK],
        "criminal_data": True,
        "art10_basis": "Road Traffic Offences Ordinance: parking offences are administrative "
        "offences; the city is the competent authority.",
        "sources": ["Cameras and sensors", "National vehicle register"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "National vehicle register (keeper enquiry)"),
            _r(RC.PROCESSOR, "Printing and mailing service"),
            _r(RC.PUBLIC_AUTHORITY, "Courts"),
        ],
        "no_transfers": True,
        "retention": "Plate reads of paid stays: 48 hours. Penalty cases: 3 years after payment.",
        "security_measures": [*SEC_SENSITIVE, SEGMENTATION, DPA],
        "automated_decision": True,
        "automated_decision_details": "The parking enforcement system matches the plates read at "
        "entry and exit against paid sessions and permits; when no session covers the stay "
        "(10 minutes' tolerance) it issues a penalty notice of 40 euros without human review. "
        "Authorised by the Car Parks Bylaw (Art. 22(2)(b)). The notice explains the logic and the "
        "right to object; objections within 28 days are reviewed by an enforcement officer, who "
        "also checks a random 5 % of notices every month.",
        "systems": ["Parking enforcement system", "ANPR cameras (car parks)"],
    },
    {
        "reference": "PK-003",
        "name": "Mobile parking payments",
        "department": PARKING,
        "contact": _contact("Sadia Islam", "parking.payments", 6120),
        "status": "active",
        "review_in": 270,
        "description": "Drivers pay for on-street parking with an app; enforcement officers see "
        "whether a plate has a valid session.",
        "purposes": ["Collect on-street parking charges"],
        "legal_bases": [CONTRACT, PUBLIC_TASK],
        "legal_basis_details": "Municipal Parking Bylaw, section 4; app terms of use.",
        "data_subject_categories": ["Vehicle owners and drivers"],
        "data_categories": [VEHICLE, LOCATION, CONTACT, BANK],
        "sources": ["The data subject"],
        "recipients": [
            _r(RC.PROCESSOR, "Mobile parking payment provider"),
            _r(RC.THIRD_PARTY, "Banks and payment providers"),
        ],
        "no_transfers": True,
        "retention": "Parking sessions 13 months; payment records 10 years.",
        "security_measures": [*SEC_SENSITIVE, DPA],
        "systems": ["Parking enforcement system", "Parking payment app"],
    },
    {
        "reference": "PK-004",
        "name": "Bike-sharing scheme",
        "department": PARKING,
        "contact": "",
        "status": "draft",
        "review_in": 20,
        "description": "Planned: public bikes at 30 stations, rented with an app.",
        "purposes": ["Offer public bike hire"],
        "legal_bases": [CONTRACT],
        "data_subject_categories": ["Residents", "Visitors"],
        "data_categories": [IDENT, CONTACT, LOCATION, BANK],
        "notes": "Draft for the procurement: the operator and its hosting are not chosen yet.",
    },
    {
        "reference": "HR-001",
        "name": "Personnel files and payroll",
        "department": HR,
        "contact": _contact("Emilia Schäfer", "hr.payroll", 7101),
        "status": "active",
        "review_in": 180,
        "description": "Employment contracts, working time, absences and monthly pay for about "
        "1,900 staff, including deduction of trade-union dues at the employee's request.",
        "purposes": [
            "Manage employment relationships",
            "Pay salaries and allowances",
            "Meet tax and social security obligations",
        ],
        "legal_bases": [CONTRACT, LEGAL_OBLIGATION],
        "legal_basis_details": "Public Service Collective Agreement; Income Tax Act; Social "
        "Security Code; Civil Service Act, section 106 (personnel files).",
        "data_subject_categories": ["Employees"],
        "data_categories": [IDENT, CONTACT, NATIONAL_ID, CIVIL_STATUS, BANK, INCOME, EMPLOYMENT],
        "special_categories": [HEALTH, TRADE_UNION, RELIGION],
        "art9_conditions": [A9_EMPLOYMENT],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Tax authority"),
            _r(RC.PUBLIC_AUTHORITY, "Social security agencies"),
            _r(RC.THIRD_PARTY, "Public service pension fund"),
            _r(RC.THIRD_PARTY, "Trade unions (dues deducted at the employee's request)"),
            _r(RC.THIRD_PARTY, "Banks and payment providers"),
        ],
        "no_transfers": True,
        "retention": "Personnel file 5 years after leaving; payroll records 10 years; sick "
        "notes 3 years.",
        "security_measures": [*SEC_SENSITIVE, PHYSICAL, CLEAN_DESK],
        "systems": ["HR and payroll", "Document management system"],
        "notes": "Religious affiliation only for church tax withholding.",
    },
    {
        "reference": "HR-002",
        "name": "Recruitment and selection",
        "department": HR,
        "contact": _contact("Priya Venkataraman", "jobs", 7110),
        "status": "active",
        "review_in": 90,
        "description": "Vacancies are published; applicants apply online, are shortlisted and "
        "interviewed by a panel with the staff council and the equality officer.",
        "purposes": ["Fill vacancies", "Give disabled applicants the priority the law requires"],
        "legal_bases": [CONTRACT, LEGAL_OBLIGATION],
        "legal_basis_details": "Civil Service Act, section 9; Disability Equality Act, "
        "section 165.",
        "data_subject_categories": ["Job applicants"],
        "data_categories": [IDENT, CONTACT, EMPLOYMENT, EDUCATION, CORRESPONDENCE],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_EMPLOYMENT],
        "sources": ["The data subject"],
        "recipients": [
            _r(RC.INTERNAL, "Staff council and equality officer"),
            _r(RC.PROCESSOR, "Online recruitment platform"),
        ],
        "no_transfers": True,
        "retention": "6 months after the end of the procedure; the appointed person's file "
        "moves to the personnel file.",
        "security_measures": [*SEC_BASIC, DPA, TLS],
        "systems": ["Online recruitment platform"],
    },
    {
        "reference": "HR-003",
        "name": "Criminal record checks for staff working with children",
        "department": HR,
        "contact": _contact("Siobhán Ní Bhriain", "hr.safeguarding", 7120),
        "status": "active",
        "review_in": 200,
        "description": "Staff and volunteers in day care, youth work and schools show an "
        "extended criminal record certificate before they start and every five years.",
        "purposes": [
            "Keep people convicted of offences against children out of work with children"
        ],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "Child and Youth Welfare Act, section 72a.",
        "data_subject_categories": ["Employees", "Job applicants", "Volunteers"],
        "data_categories": [IDENT, EMPLOYMENT],
        "criminal_data": True,
        "art10_basis": "Child and Youth Welfare Act, section 72a(5): only the fact that the "
        "certificate was seen, its date and whether it showed a relevant conviction are recorded; "
        "the certificate itself is handed back.",
        "sources": ["The data subject"],
        "no_recipients": True,
        "no_transfers": True,
        "retention": "The record of inspection is deleted 3 months after the person stops "
        "working with children.",
        "security_measures": [RBAC, CONFIDENTIALITY, CLEAN_DESK, PHYSICAL],
        "systems": ["HR and payroll"],
    },
    {
        "reference": "HR-004",
        "name": "Occupational health and workplace accidents",
        "department": HR,
        "contact": _contact("Yusuf Kaya", "occupational.health", 7130),
        "status": "active",
        "review_in": 330,
        "description": "Accident reports, return-to-work interviews after long illness and "
        "workplace adjustments for staff with disabilities.",
        "purposes": [
            "Report accidents to the accident insurer",
            "Support staff returning to work",
            "Adapt workplaces",
        ],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "Social Security Code VII, section 193; Social Security Code IX, "
        "section 167.",
        "data_subject_categories": ["Employees"],
        "data_categories": [IDENT, CONTACT, EMPLOYMENT],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_EMPLOYMENT, A9_CARE],
        "sources": ["The data subject", "Health services"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Public accident insurance fund"),
            _r(RC.PROCESSOR, "Occupational physician service"),
        ],
        "no_transfers": True,
        "retention": "Accident reports 5 years; return-to-work files 3 years after the process "
        "ends.",
        "security_measures": [*SEC_SENSITIVE, DPA],
        "systems": ["HR and payroll"],
    },
    {
        "reference": "PS-001",
        "name": "Video surveillance of city hall and municipal buildings",
        "department": CCTV,
        "contact": _contact("Mehmet Yılmaz", "facility.security", 8101),
        "status": "active",
        "review_in": 110,
        "description": "Cameras cover entrances, the cash desk and the server room of city hall "
        "and four service centres; signs inform visitors.",
        "purposes": ["Protect staff, visitors and property", "Investigate incidents"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "State Data Protection Act, section 20 (video surveillance of "
        "public buildings).",
        "data_subject_categories": ["Visitors", "Employees"],
        "data_categories": [VIDEO],
        "sources": ["Cameras and sensors"],
        "recipients": [_r(RC.PUBLIC_AUTHORITY, "Police (on request, per incident)")],
        "no_transfers": True,
        "retention": "72 hours; footage of an incident until it is resolved.",
        "security_measures": [RBAC, LOGGING, PHYSICAL, SEGMENTATION, AT_REST],
        "systems": ["Video management system"],
    },
    {
        "reference": "PS-002",
        "name": "CCTV on the central station square",
        "department": CCTV,
        "contact": _contact("Olena Kovalenko", "public.safety", 8110),
        "status": "active",
        "review_in": -200,
        "description": "Eight cameras watch the station square, a crime hotspot; the police "
        "watch live images at night, the city operates and maintains the system.",
        "purposes": ["Prevent and investigate crime on the station square"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "State Police Act, section 15a; agreement with the police of "
        "12 March 2023.",
        "data_subject_categories": ["Residents", "Visitors"],
        "data_categories": [VIDEO, LOCATION],
        "sources": ["Cameras and sensors"],
        "recipients": [_r(RC.PUBLIC_AUTHORITY, "Police"), _r(RC.PUBLIC_AUTHORITY, "Courts")],
        "no_transfers": True,
        "retention": "14 days; longer only for footage requested by the police for a case.",
        "security_measures": [RBAC, MFA, LOGGING, SEGMENTATION, AT_REST, PHYSICAL],
        "joint_controllers": [
            JointController(
                "Lindenhaven Police Headquarters",
                "data.protection@police-lindenhaven.example",
                "Police: purposes, live viewing and use of footage in investigations. City: "
                "cameras, signs, storage and deletion; requests of data subjects go to the police.",
            )
        ],
        "systems": ["Video management system"],
        "notes": "Overdue for review: the evaluation of effectiveness promised in the council "
        "decision is still pending.",
    },
    {
        "reference": "PS-003",
        "name": "Body-worn cameras for municipal enforcement officers (pilot)",
        "department": CCTV,
        "contact": _contact("Juan Pablo Herrera", "public.safety", 8120),
        "status": "draft",
        "review_in": 14,
        "description": "Pilot of 10 body-worn cameras, switched on only when a situation "
        "escalates and after a spoken warning.",
        "purposes": ["Protect officers from assault", "Provide evidence of incidents"],
        "legal_bases": [PUBLIC_TASK],
        "data_subject_categories": ["Residents", "Visitors", "Employees"],
        "data_categories": [VIDEO, LOCATION],
        "systems": ["Video management system"],
        "notes": "Draft: an impact assessment (Art. 35) is required before the pilot starts.",
    },
    {
        "reference": "LB-001",
        "name": "Library membership and loans",
        "department": LIBRARY,
        "contact": _contact("Léa Ngono", "library", 9101),
        "status": "active",
        "review_in": 260,
        "description": "Members borrow books and media in the central library and three "
        "branches; reminders and fees for late returns.",
        "purposes": ["Lend media", "Send reminders and collect fees"],
        "legal_bases": [PUBLIC_TASK, CONTRACT],
        "legal_basis_details": "Library Bylaw 2021 and fee schedule.",
        "data_subject_categories": [
            "Library members",
            "Children and pupils",
            "Parents and guardians",
        ],
        "data_categories": [IDENT, CONTACT, LOANS, BANK],
        "sources": ["The data subject"],
        "recipients": [
            _r(RC.PROCESSOR, "IT service provider"),
            _r(RC.THIRD_PARTY, "Partner libraries of the Riverlands network (inter-library loans)"),
        ],
        "no_transfers": True,
        "retention": "Loan history deleted 4 weeks after return unless the member keeps a "
        "reading list; membership 2 years after the last use.",
        "security_measures": [*SEC_BASIC, PSEUDONYMS, DPA],
        "systems": ["Library management system"],
    },
    {
        "reference": "LB-002",
        "name": "E-book and audiobook lending",
        "department": LIBRARY,
        "contact": _contact("Giulia Esposito", "library.digital", 9110),
        "status": "active",
        "review_in": 420,
        "description": "Members borrow e-books and audiobooks through a lending platform "
        "operated from Canada; the library passes only a pseudonymous member token.",
        "purposes": ["Lend digital media"],
        "legal_bases": [PUBLIC_TASK, CONTRACT],
        "legal_basis_details": "Library Bylaw 2021, section 3(4).",
        "data_subject_categories": ["Library members"],
        "data_categories": [LOANS, LOGS],
        "sources": ["The data subject"],
        "recipients": [_r(RC.ABROAD, "E-lending platform provider (Canada)")],
        "transfers": [
            Transfer(
                "Canada",
                "E-lending platform provider",
                ADEQUACY,
                "Commission Decision 2002/2/EC (PIPEDA); confirmed in the 2024 review.",
            )
        ],
        "retention": "Loans 30 days after return; tokens deleted when membership ends.",
        "security_measures": [PSEUDONYMS, TLS, DPA],
        "systems": ["E-book lending platform", "Library management system"],
    },
    {
        "reference": "LB-003",
        "name": "Public computers and Wi-Fi in libraries",
        "department": LIBRARY,
        "contact": _contact("Björn Åkesson", "library.it", 9120),
        "status": "active",
        "review_in": 85,
        "description": "Members book public computers with their card; guests use Wi-Fi after "
        "accepting the terms on a captive portal.",
        "purposes": ["Give free internet access", "Prevent misuse of the network"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "Library Bylaw 2021, section 7.",
        "data_subject_categories": ["Library members", "Visitors"],
        "data_categories": [LOGS, IDENT],
        "sources": ["The data subject"],
        "recipients": [_r(RC.PUBLIC_AUTHORITY, "Police (on court order)")],
        "no_transfers": True,
        "retention": "Session logs 7 days; computer bookings 24 hours.",
        "security_measures": [SEGMENTATION, PATCHING, LOGGING],
        "systems": ["Public Wi-Fi captive portal"],
    },
    {
        "reference": "LB-004",
        "name": "Fingerprint login at library self-service kiosks",
        "department": LIBRARY,
        "contact": _contact("Lars Øvergaard", "library", 9130),
        "status": "retired",
        "review_in": -400,
        "description": "Until 2024 members could borrow at kiosks with a fingerprint instead of "
        "their card. Stopped after the DPO's assessment; templates were deleted.",
        "purposes": ["Let members borrow without their library card"],
        "legal_bases": [CONSENT],
        "data_subject_categories": ["Library members"],
        "data_categories": [IDENT, LOANS],
        "special_categories": [BIOMETRIC],
        "art9_conditions": [A9_CONSENT],
        "sources": ["The data subject"],
        "no_recipients": True,
        "no_transfers": True,
        "retention": "All fingerprint templates deleted on 30 June 2024 (deletion record "
        "DR-2024-17).",
        "security_measures": [AT_REST, RBAC],
        "systems": ["Library management system"],
        "notes": "Retired: kept in the register as the record of a past processing activity.",
    },
    {
        "reference": "EL-001",
        "name": "Electoral register and polling cards",
        "department": ELECTIONS,
        "contact": _contact("Fatima Zahra Benali", "elections", 1201),
        "status": "active",
        "review_in": 55,
        "description": "Before each election the register of voters is drawn from the population "
        "register, polling cards are printed and mailed, and postal votes are handled.",
        "purposes": ["Run elections and referendums", "Handle postal voting"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "National and State Election Acts; Municipal Elections Ordinance.",
        "data_subject_categories": ["Voters"],
        "data_categories": [IDENT, CONTACT],
        "sources": ["Population register", "The data subject"],
        "recipients": [
            _r(RC.PROCESSOR, "Printing and mailing service"),
            _r(RC.INTERNAL, "Polling station boards"),
        ],
        "no_transfers": True,
        "retention": "Register of voters and postal vote applications: destroyed 6 months after "
        "the election unless it is challenged.",
        "security_measures": [*SEC_SENSITIVE, PHYSICAL, DISPOSAL],
        "systems": ["Electoral roll software", "Population register system"],
    },
    {
        "reference": "EL-002",
        "name": "Recruitment of poll workers",
        "department": ELECTIONS,
        "contact": _contact("Kim Ji-woo", "elections", 1210),
        "status": "active",
        "review_in": 140,
        "description": "Volunteers and staff sign up to work at polling stations and receive an "
        "allowance.",
        "purposes": ["Staff polling stations", "Pay the allowance"],
        "legal_bases": [LEGAL_OBLIGATION, CONSENT],
        "legal_basis_details": "Municipal Elections Ordinance, section 6 (appointment of boards).",
        "data_subject_categories": ["Volunteers", "Employees"],
        "data_categories": [IDENT, CONTACT, BANK],
        "sources": ["The data subject"],
        "recipients": [_r(RC.INTERNAL, "Finance and taxes department")],
        "no_transfers": True,
        "retention": "Volunteer pool until the person withdraws; allowance records 10 years.",
        "security_measures": SEC_BASIC,
        "systems": ["Electoral roll software"],
    },
    {
        "reference": "EL-003",
        "name": "Candidate nominations and supporting signatures",
        "department": ELECTIONS,
        "contact": _contact("Rui Tembe", "elections", 1220),
        "status": "active",
        "review_in": -5,
        "description": "New parties and independent candidates hand in lists of supporting "
        "signatures, which the city checks against the register of voters.",
        "purposes": ["Check the validity of nominations"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "Municipal Elections Act, section 15.",
        "data_subject_categories": ["Voters", "Elected members"],
        "data_categories": [IDENT, CONTACT],
        "special_categories": [POLITICAL],
        "art9_conditions": [A9_PUBLIC_INTEREST],
        "sources": ["The data subject", "Population register"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Elections committee"),
            _r(RC.PUBLIC_AUTHORITY, "Courts (election challenges)"),
        ],
        "no_transfers": True,
        "retention": "Signature sheets destroyed 6 months after the election unless challenged.",
        "security_measures": [*SEC_SENSITIVE, PHYSICAL],
        "systems": ["Electoral roll software"],
    },
    {
        "reference": "FI-001",
        "name": "Property tax assessment and collection",
        "department": FINANCE,
        "contact": _contact("Anjali Pillai", "taxes", 1301),
        "status": "active",
        "review_in": 300,
        "description": "Property owners receive annual tax notices; arrears are collected and, "
        "if needed, enforced.",
        "purposes": ["Assess and collect property tax", "Enforce arrears"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "Property Tax Act; State Municipal Charges Act; Tax Code, "
        "section 30 (tax secrecy).",
        "data_subject_categories": ["Taxpayers"],
        "data_categories": [IDENT, CONTACT, BANK, INCOME, HOUSING_DATA],
        "sources": ["Other public authorities", "The data subject"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Tax authority"),
            _r(RC.PROCESSOR, "Printing and mailing service"),
            _r(RC.PUBLIC_AUTHORITY, "Courts (enforcement)"),
        ],
        "no_transfers": True,
        "retention": "10 years after the end of the tax year.",
        "security_measures": [*SEC_SENSITIVE, DPA],
        "systems": ["Accounting system", "Tax assessment module"],
    },
    {
        "reference": "FI-002",
        "name": "Dog tax register",
        "department": FINANCE,
        "contact": _contact("Javier Quispe Mamani", "taxes", 1310),
        "status": "active",
        "review_in": 700,
        "description": "Dog owners register their dogs, pay the annual dog tax and receive a "
        "tag; guide and assistance dogs are exempt.",
        "purposes": ["Assess and collect dog tax"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "Municipal Dog Tax Bylaw.",
        "data_subject_categories": ["Taxpayers"],
        "data_categories": [IDENT, CONTACT, BANK],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_PUBLIC_INTEREST],
        "sources": ["The data subject"],
        "no_recipients": True,
        "no_transfers": True,
        "retention": "5 years after the dog is deregistered.",
        "security_measures": SEC_BASIC,
        "systems": ["Accounting system"],
        "notes": "Health data only as proof of entitlement to an assistance-dog exemption.",
    },
    {
        "reference": "FI-003",
        "name": "Payments to suppliers and contractors",
        "department": FINANCE,
        "contact": _contact("Giulia Esposito", "accounts.payable", 1320),
        "status": "active",
        "review_in": 450,
        "description": "Invoices are checked, approved and paid; contact people of suppliers are "
        "kept for queries.",
        "purposes": ["Pay invoices", "Keep the accounts"],
        "legal_bases": [CONTRACT, LEGAL_OBLIGATION],
        "legal_basis_details": "Municipal Budget Ordinance; Commercial Code, section 257.",
        "data_subject_categories": ["Suppliers and contractors"],
        "data_categories": [IDENT, CONTACT, BANK],
        "sources": ["The data subject"],
        "recipients": [
            _r(RC.THIRD_PARTY, "Banks and payment providers"),
            _r(RC.PUBLIC_AUTHORITY, "Auditors"),
        ],
        "no_transfers": True,
        "retention": "10 years (accounting records).",
        "security_measures": SEC_BASIC,
        "systems": ["Accounting system", "E-invoicing gateway"],
    },
    {
        "reference": "HO-001",
        "name": "Social housing waiting list and allocation",
        "department": HOUSING,
        "contact": _contact("Nurul Aisyah binti Ahmad", "housing", 1401),
        "status": "active",
        "review_in": 100,
        "description": "Households apply for social housing; priority depends on need, including "
        "disability and medical reasons for accessible flats.",
        "purposes": ["Allocate social housing by need"],
        "legal_bases": [PUBLIC_TASK, LEGAL_OBLIGATION],
        "legal_basis_details": "State Housing Act, section 5; Municipal Allocation Policy 2024.",
        "data_subject_categories": ["Applicants", "Tenants", "Children and pupils"],
        "data_categories": [IDENT, CONTACT, CIVIL_STATUS, INCOME, HOUSING_DATA, WELFARE],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_PUBLIC_INTEREST, A9_EMPLOYMENT],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.THIRD_PARTY, "Municipal housing company"),
            _r(RC.THIRD_PARTY, "Housing associations"),
        ],
        "no_transfers": True,
        "retention": "While on the waiting list; 2 years after an offer is accepted or the "
        "application withdrawn.",
        "security_measures": [*SEC_SENSITIVE, CLEAN_DESK],
        "systems": ["Housing allocation system"],
    },
    {
        "reference": "HO-002",
        "name": "Housing benefit (rent subsidy)",
        "department": HOUSING,
        "contact": _contact("Tan Wei Ming (陈伟明)", "housing.benefit", 1410),
        "status": "active",
        "review_in": 190,
        "description": "Tenants on low income receive a monthly rent subsidy; the regional "
        "agency checks entitlement against other benefits.",
        "purposes": ["Decide on and pay housing benefit", "Prevent double payments"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "National Housing Benefit Act, sections 1 to 26.",
        "data_subject_categories": ["Tenants", "Benefit recipients"],
        "data_categories": [IDENT, CONTACT, NATIONAL_ID, INCOME, BANK, HOUSING_DATA],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Social security agencies"),
            _r(RC.THIRD_PARTY, "Banks and payment providers"),
        ],
        "no_transfers": True,
        "retention": "10 years after the last payment.",
        "security_measures": SEC_SENSITIVE,
        "joint_controllers": [
            JointController(
                "Regional Social Security Agency Lindenvale",
                "dpo@social-security-lindenvale.example",
                "Agency: automated cross-check with other benefits. City: applications, decisions "
                "and requests of data subjects.",
            )
        ],
        "systems": ["Case management system", "Accounting system"],
    },
    {
        "reference": "HO-003",
        "name": "Emergency shelter and homelessness support",
        "department": HOUSING,
        "contact": _contact("Mariam Diallo", "shelter", 1420),
        "status": "active",
        "review_in": -60,
        "description": "People without a home get a bed in the night shelter, counselling and "
        "help to find housing; outreach workers keep contact notes.",
        "purposes": ["Provide emergency accommodation", "Help people into housing"],
        "legal_bases": [PUBLIC_TASK, VITAL_INTERESTS],
        "legal_basis_details": "State Police and Public Order Act (duty to prevent "
        "homelessness); Social Assistance Act, section 67.",
        "data_subject_categories": ["Residents"],
        "data_categories": [IDENT, CONTACT, HOUSING_DATA, WELFARE],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_CARE, A9_VITAL],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.THIRD_PARTY, "Charity running the night shelter"),
            _r(RC.THIRD_PARTY, "Health services"),
        ],
        "no_transfers": True,
        "retention": "3 years after the last contact.",
        "security_measures": [RBAC, CONFIDENTIALITY, TRAINING, CLEAN_DESK],
        "systems": ["Case management system"],
    },
    {
        "reference": "UP-001",
        "name": "Building permit applications",
        "department": PLANNING,
        "contact": _contact("Chiamaka Eze", "building.permits", 1501),
        "status": "active",
        "review_in": 380,
        "description": "Applications, plans and neighbours' objections are examined and a "
        "permit is granted or refused.",
        "purposes": ["Decide on building permits", "Inform neighbours and hear objections"],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "State Building Code, sections 64 to 72.",
        "data_subject_categories": ["Applicants", "Residents", "Complainants"],
        "data_categories": [IDENT, CONTACT, HOUSING_DATA, CORRESPONDENCE],
        "sources": ["The data subject", "Other public authorities"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Fire brigade and monument protection office"),
            _r(RC.THIRD_PARTY, "Neighbours (notice of the decision)"),
        ],
        "no_transfers": True,
        "retention": "Permits and plans for the life of the building; refusals 10 years.",
        "security_measures": SEC_BASIC,
        "systems": ["Document management system", "Building permit portal"],
    },
    {
        "reference": "UP-002",
        "name": "Public consultations on land-use plans",
        "department": PLANNING,
        "contact": _contact("Ayşe Demir", "planning", 1510),
        "status": "active",
        "review_in": 230,
        "description": "Residents comment on draft plans online or in writing; the council "
        "receives an anonymised summary.",
        "purposes": ["Hear the public on land-use plans"],
        "legal_bases": [LEGAL_OBLIGATION],
        "legal_basis_details": "Federal Building Code, section 3.",
        "data_subject_categories": ["Residents", "Complainants"],
        "data_categories": [IDENT, CONTACT, CORRESPONDENCE],
        "sources": ["The data subject"],
        "recipients": [_r(RC.INTERNAL, "City council (anonymised summary)")],
        "no_transfers": True,
        "retention": "Until the plan takes effect, then 5 years.",
        "security_measures": [*SEC_BASIC, PSEUDONYMS],
        "systems": ["Online forms portal"],
    },
    {
        "reference": "IT-001",
        "name": "Staff e-mail, calendars and office documents",
        "department": IT,
        "contact": _contact("DeShawn Carter", "it.service", 1601),
        "status": "active",
        "review_in": 160,
        "description": "All 1,900 staff use a cloud e-mail and office suite; mailboxes are hosted "
        "in the EU, with 24-hour support partly from the United States.",
        "purposes": ["Internal and external communication", "Shared working on documents"],
        "legal_bases": [PUBLIC_TASK, CONTRACT],
        "legal_basis_details": "Municipal IT Service Agreement; staff agreement on e-mail use "
        "2022.",
        "data_subject_categories": ["Employees", "Residents", "Suppliers and contractors"],
        "data_categories": [IDENT, CONTACT, CORRESPONDENCE, LOGS],
        "sources": ["The data subject"],
        "recipients": [_r(RC.PROCESSOR, "Cloud hosting provider")],
        "transfers": [
            Transfer(
                "United States",
                "Cloud e-mail provider (support and security operations)",
                SCC,
                "SCC module 2 (controller to processor) of 2021; supplementary measures: EU data "
                "boundary, customer-managed keys; TIA of 5 May 2025.",
            )
        ],
        "retention": "Mailboxes deleted 90 days after the employee leaves; logs 180 days.",
        "security_measures": [*SEC_SENSITIVE, DPA, PATCHING],
        "systems": ["E-mail and office suite"],
    },
    {
        "reference": "IT-002",
        "name": "Security logging and incident response",
        "department": IT,
        "contact": _contact("Ahmad Faiz bin Hassan", "it.security", 1610),
        "status": "active",
        "review_in": 250,
        "description": "Logins, firewall and server logs are collected centrally to detect "
        "attacks and investigate incidents.",
        "purposes": ["Detect and handle security incidents", "Meet the duty of Art. 32 GDPR"],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "Art. 32 GDPR; State IT Security Act, section 4.",
        "data_subject_categories": ["Employees", "Visitors"],
        "data_categories": [LOGS],
        "sources": ["IT systems (automatic logs)"],
        "recipients": [_r(RC.PUBLIC_AUTHORITY, "National cybersecurity agency (incidents)")],
        "no_transfers": True,
        "retention": "90 days; logs of an incident until it is closed.",
        "security_measures": [RBAC, MFA, LOGGING, SEGMENTATION, AT_REST],
        "systems": ["Security log platform"],
    },
    {
        "reference": "CO-001",
        "name": "Citizen newsletter",
        "department": COMMUNICATIONS,
        "contact": _contact("Katrin Vogel", "press", 1701),
        "status": "active",
        "review_in": 520,
        "description": "Residents subscribe to a monthly newsletter with double opt-in.",
        "purposes": ["Inform residents about city news and events"],
        "legal_bases": [CONSENT],
        "data_subject_categories": ["Residents"],
        "data_categories": [CONTACT, LOGS],
        "sources": ["The data subject"],
        "recipients": [_r(RC.PROCESSOR, "Newsletter service (EU)")],
        "no_transfers": True,
        "retention": "Until the subscriber unsubscribes; proof of consent 3 years after.",
        "security_measures": [DPA, TLS],
        "systems": ["Citizen newsletter tool"],
    },
    {
        "reference": "CO-002",
        "name": "City social media accounts",
        "department": COMMUNICATIONS,
        "contact": _contact("Oluwaseun Adebayo", "press", 1710),
        "status": "active",
        "review_in": -25,
        "description": "The city posts news and answers questions on two social networks; page "
        "statistics are provided by the platforms.",
        "purposes": ["Inform the public", "Answer questions from residents"],
        "legal_bases": [PUBLIC_TASK],
        "data_subject_categories": ["Residents", "Visitors"],
        "data_categories": [IDENT, CORRESPONDENCE, LOGS],
        "sources": ["The data subject", "Public sources"],
        "recipients": [_r(RC.ABROAD, "Social network operators")],
        "transfers": [Transfer("United States", "Social network operator (page statistics)")],
        "retention": "Messages answered within the platform; the city keeps no copies.",
        "security_measures": [MFA, TRAINING],
        "joint_controllers": [
            JointController(
                "Social network operator",
                "",
                "Joint controllers for page statistics (CJEU C-210/16); agreement under Art. 26 "
                "provided by the platform.",
            )
        ],
        "systems": ["Social media accounts"],
        "notes": "DPO finding: the safeguard for the transfer of page statistics has not been "
        "documented yet.",
    },
    {
        "reference": "CO-003",
        "name": "Chat assistant on the city website",
        "department": COMMUNICATIONS,
        "contact": _contact("Zofia Wiśniewska", "digital", 1720),
        "status": "draft",
        "review_in": 10,
        "description": "Idea: an AI chat assistant that answers questions about city services.",
        "purposes": ["Answer frequent questions at any time"],
        "notes": "Early draft: provider, hosting, legal basis and retention not decided. To be "
        "entered in the AI register as well.",
    },
    {
        "reference": "CS-001",
        "name": "Swimming pool season tickets",
        "department": CULTURE,
        "contact": _contact("Jonas Becker", "pools", 1801),
        "status": "active",
        "review_in": 340,
        "description": "Season tickets carry a photo so that they are not passed on.",
        "purposes": ["Sell personal season tickets"],
        "legal_bases": [CONTRACT],
        "legal_basis_details": "Pool terms of use 2024.",
        "data_subject_categories": ["Residents", "Visitors", "Children and pupils"],
        "data_categories": [IDENT, CONTACT, BANK, VIDEO],
        "sources": ["The data subject"],
        "no_recipients": True,
        "no_transfers": True,
        "retention": "Photo deleted when the ticket expires; sales records 10 years.",
        "security_measures": SEC_BASIC,
        "systems": ["Pool ticketing system"],
    },
    {
        "reference": "CS-002",
        "name": "Grants to sports clubs and cultural associations",
        "department": CULTURE,
        "contact": _contact("Mehmet Yılmaz", "grants", 1810),
        "status": "active",
        "review_in": 480,
        "description": "Clubs apply for grants; board members sign the application and report "
        "on how the money was used.",
        "purposes": ["Award and monitor grants"],
        "legal_bases": [PUBLIC_TASK],
        "legal_basis_details": "Municipal Grants Policy 2023.",
        "data_subject_categories": ["Applicants", "Volunteers"],
        "data_categories": [IDENT, CONTACT, BANK],
        "sources": ["The data subject"],
        "recipients": [
            _r(RC.INTERNAL, "City council (grant decisions)"),
            _r(RC.PUBLIC_AUTHORITY, "Auditors"),
        ],
        "no_transfers": True,
        "retention": "10 years after the final report.",
        "security_measures": SEC_BASIC,
        "systems": ["Document management system"],
    },
    {
        "reference": "HE-001",
        "name": "School entry health examinations",
        "department": HEALTH_DEPT,
        "contact": _contact("Farhana Rahman (ফারহানা রহমান)", "health", 1901),
        "status": "active",
        "review_in": 115,
        "description": "Doctors of the public health service examine every child before school "
        "entry (sight, hearing, development, vaccinations) and advise parents.",
        "purposes": ["Detect health problems before school entry", "Monitor vaccination coverage"],
        "legal_bases": [LEGAL_OBLIGATION, PUBLIC_TASK],
        "legal_basis_details": "State Public Health Service Act, section 12.",
        "data_subject_categories": ["Children and pupils", "Parents and guardians"],
        "data_categories": [IDENT, CONTACT, EDUCATION],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_CARE, A9_PUBLIC_HEALTH],
        "sources": ["The data subject", "Population register"],
        "recipients": [
            _r(RC.PUBLIC_AUTHORITY, "Schools (only the school-readiness recommendation)"),
            _r(RC.PUBLIC_AUTHORITY, "State health statistics (anonymised)"),
        ],
        "no_transfers": True,
        "retention": "10 years after the examination.",
        "security_measures": [*SEC_SENSITIVE, PSEUDONYMS],
        "systems": ["Public health records system"],
    },
    {
        "reference": "HE-002",
        "name": "Heat-wave check-in calls for vulnerable residents",
        "department": HEALTH_DEPT,
        "contact": _contact("Thandiwe Dlamini", "health", 1910),
        "status": "draft",
        "review_in": 40,
        "description": "Residents who register (or are registered by relatives with their "
        "consent) receive a phone call on heat-warning days.",
        "purposes": ["Protect vulnerable residents during heat waves"],
        "legal_bases": [CONSENT],
        "data_subject_categories": ["Residents"],
        "data_categories": [IDENT, CONTACT],
        "special_categories": [HEALTH],
        "art9_conditions": [A9_CONSENT],
        "sources": ["The data subject"],
        "recipients": [_r(RC.THIRD_PARTY, "Volunteer callers of the Red Cross branch")],
        "no_transfers": True,
        "retention": "Until the resident withdraws; list checked every spring.",
        "security_measures": [CONFIDENTIALITY, TRAINING, RBAC],
        "systems": ["Case management system"],
        "notes": "Draft complete; waiting for the council's approval of the programme.",
    },
)

# The default demo shows the first DEFAULT_ACTIVITIES; these come after them, so that every
# department and every kind of case (transfers, joint controllers, Art. 9 and 10 data, automated
# decisions, drafts, the retired activity) is in the default demo.
_MORE: frozenset[str] = frozenset(
    {
        "SC-003",
        "WM-002",
        "PK-003",
        "HR-004",
        "LB-003",
        "EL-002",
        "FI-002",
        "FI-003",
        "UP-002",
        "IT-002",
        "CS-002",
    }
)
CONTROLLER_ACTIVITIES: tuple[dict[str, Any], ...] = tuple(
    a for a in _ALL_CONTROLLER_ACTIVITIES if a["reference"] not in _MORE
) + tuple(a for a in _ALL_CONTROLLER_ACTIVITIES if a["reference"] in _MORE)

PROCESSOR_ACTIVITIES: tuple[dict[str, Any], ...] = (
    {
        "reference": "P-001",
        "name": "Payroll for the Municipality of Oakford",
        "department": HR,
        "contact": _contact("Emilia Schäfer", "hr.payroll", 7101),
        "status": "active",
        "review_in": 200,
        "controllers": [
            ControllerParty(
                "Municipality of Oakford",
                "Town Hall, 4 Church Lane, Oakford; hr@oakford.example",
                "Mayor Danielle Okeke",
                "Wojciech Zieliński, dpo@oakford.example",
            )
        ],
        "processing_categories": ["Payroll processing", "Printing and mailing"],
        "sub_processors": ["Payroll software vendor (remote support, EU)"],
        "no_transfers": True,
        "security_measures": [*SEC_SENSITIVE, DPA, SEGMENTATION],
        "notes": "Data processing agreement of 1 January 2024 under Art. 28.",
    },
    {
        "reference": "P-002",
        "name": "IT hosting and support for the Lindenhaven School Board",
        "department": IT,
        "contact": _contact("DeShawn Carter", "it.service", 1601),
        "status": "active",
        "review_in": 120,
        "controllers": [
            ControllerParty(
                "Lindenhaven School Board",
                "schoolboard@lindenhaven-schools.example",
                "Chair of the board, Dr. Adaeze Nwosu",
                "Hiroshi Tanaka, dpo@lindenhaven-schools.example",
            )
        ],
        "processing_categories": ["Hosting and storage", "IT support and maintenance"],
        "sub_processors": ["Data centre operator (colocation, EU)"],
        "no_transfers": True,
        "security_measures": [*SEC_SENSITIVE, SEGMENTATION, PATCHING, PHYSICAL],
    },
    {
        "reference": "P-003",
        "name": "Shared library catalogue of the Riverlands library network",
        "department": LIBRARY,
        "contact": _contact("Léa Ngono", "library", 9101),
        "status": "active",
        "review_in": -30,
        "controllers": [
            ControllerParty(
                "Town of Marsh End", "library@marshend.example", "", "dpo@marshend.example"
            ),
            ControllerParty(
                "Municipality of Oakford",
                "library@oakford.example",
                "",
                "Wojciech Zieliński, dpo@oakford.example",
            ),
            ControllerParty(
                "Village of Kestrel Hill",
                "office@kestrelhill.example",
                "",
                "Shared DPO of the Riverlands district, dpo@riverlands.example",
            ),
        ],
        "processing_categories": ["Shared services", "Hosting and storage"],
        "sub_processors": ["Library management system vendor (EU)"],
        "no_transfers": True,
        "security_measures": [*SEC_BASIC, PSEUDONYMS, DPA],
    },
    {
        "reference": "P-004",
        "name": "Collection of waste charges for the Riverlands Waste Association",
        "department": FINANCE,
        "contact": _contact("Anjali Pillai", "taxes", 1301),
        "status": "active",
        "review_in": 310,
        "controllers": [
            ControllerParty(
                "Riverlands Waste Association",
                "info@riverlands-waste.example",
                "Managing director Paulo Sitoe",
                "dpo@riverlands-waste.example",
            )
        ],
        "processing_categories": ["Collection of fees and charges", "Printing and mailing"],
        "sub_processors": ["Printing and mailing service"],
        "no_transfers": True,
        "security_measures": [*SEC_BASIC, DPA],
    },
    {
        "reference": "P-005",
        "name": "Citizen contact centre for the district of Riverlands",
        "department": COMMUNICATIONS,
        "contact": _contact("Siobhán Ní Bhriain", "contact.centre", 1150),
        "status": "draft",
        "review_in": 25,
        "controllers": [ControllerParty("District of Riverlands", "info@riverlands.example")],
        "processing_categories": ["Call-centre and citizen contact"],
        "notes": "Draft: the agreement with the district is being negotiated.",
    },
)

ORGANISATION: dict[str, str] = {
    "name": CITY,
    "address": "City Hall, 1 Market Square, 40721 Lindenhaven",
    "contact": f"Office of the Mayor (Mayor Ana Kowalczyk-Mensah), info@{DOMAIN}",
    "country": "Northland (fictional EU member state)",
    "representative": "Not applicable: the city is established in the EU (Art. 27)",
    "representative_contact": "",
    "dpo_name": DEMO_PERSON,
    "dpo_contact": f"dpo@{DOMAIN}, ext. 1700, City Hall room 2.14",
}

# Changes made after the records were entered, so that the history shows more than creation.
LATER_CHANGES: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "PS-001",
        {"retention": "72 hours; footage of an incident until it is resolved, at most 3 months."},
    ),
    ("HR-002", {"security_measures": [*SEC_BASIC, DPA, TLS, MFA]}),
    ("LB-001", {"notes": "Reading lists are opt-in since the 2025 review."}),
)

# Where generated variations take place, so that 100,000 records do not all read the same.
DISTRICTS: tuple[str, ...] = (
    "Old Town",
    "Eastbank",
    "Millford",
    "Harbour Quarter",
    "Northgate",
    "Southfield",
    "Riverside",
    "Hillcrest",
    "Westmoor",
    "Kingsbridge",
    "Ashgrove",
    "Station District",
)
VARIANT_KINDS: tuple[str, ...] = (
    "{district} district",
    "{district} service centre",
    "{district} pilot",
    "{district} branch office",
    "{district}, outreach team",
)


def _catalogue_fields(specs: tuple[FieldSpec, ...]) -> dict[str, CatalogueKind]:
    return {s.name: s.catalogue for s in specs if s.catalogue is not None}


_CONTROLLER_CATALOGUES = _catalogue_fields(CONTROLLER_FIELDS)
_PROCESSOR_CATALOGUES = _catalogue_fields(PROCESSOR_FIELDS)
_BUILTIN_SETS = {kind: frozenset(labels) for kind, labels in BUILTIN.items()}


def _localise(kind: CatalogueKind, value: str) -> str:
    """A built-in pick-list label as the catalogue holds it; free text unchanged."""
    return _(value) if value in _BUILTIN_SETS[kind] else value


def _prepare(
    template: Mapping[str, Any], catalogues: Mapping[str, CatalogueKind], today: date
) -> dict[str, Any]:
    """Record values from a template: review date resolved, pick-list labels localised."""
    values = {k: v for k, v in template.items() if k != "review_in"}
    if "review_in" in template:
        values["next_review"] = today + timedelta(days=int(template["review_in"]))
    for name, kind in catalogues.items():
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, list):
            values[name] = [_localise(kind, v) for v in value]
        else:
            values[name] = _localise(kind, value)
    if "recipients" in values:
        values["recipients"] = [
            Recipient(r.category, _localise(CatalogueKind.RECIPIENT, r.name))
            for r in values["recipients"]
        ]
    if "transfers" in values:
        values["transfers"] = [
            Transfer(
                t.country,
                t.recipient,
                _localise(CatalogueKind.SAFEGUARD, t.safeguard),
                t.documentation,
            )
            if t.safeguard
            else t
            for t in values["transfers"]
        ]
    return values


# Retired activities are history, not models for new ones.
_VARIATION_TEMPLATES = tuple(t for t in CONTROLLER_ACTIVITIES if t["status"] != "retired")


def _variation(
    rng: random.Random, number: int, templates: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """One generated record: a hand-written one moved to a district, with its own reference,
    contact, status and review date; some drafts lose items so completeness varies."""
    template = rng.choice(templates)
    values = {k: list(v) if isinstance(v, list) else v for k, v in template.items()}
    prefix = str(template["reference"]).split("-")[0]
    place = rng.choice(VARIANT_KINDS).format(district=rng.choice(DISTRICTS))
    values["reference"] = f"{prefix}-{number:06d}"
    values["name"] = f"{template['name']} ({place})"
    person = rng.choice(PEOPLE)
    mailbox = f"{prefix.lower()}.{number}"
    values["contact"] = _contact(person, mailbox, 2000 + number % 8000)
    roll = rng.random()
    status = "active" if roll < 0.82 else "draft" if roll < 0.97 else "retired"
    values["status"] = status
    values["review_in"] = rng.randint(-120, 730)
    if status == "draft" and rng.random() < 0.6:
        for name in rng.sample(["retention", "security_measures", "contact", "systems"], 2):
            values[name] = [] if name in ("security_measures", "systems") else ""
        if rng.random() < 0.5 and not values.get("transfers"):
            values["no_transfers"] = False
    return values


def controller_values(
    activities: int = DEFAULT_ACTIVITIES, *, seed: int = 2026, today: date | None = None
) -> Iterator[dict[str, Any]]:
    """The values of the demo's controller activities, one dict per record, lazily."""
    if not 0 <= activities <= MAX_ACTIVITIES:
        raise ValueError(f"activities must be from 0 to {MAX_ACTIVITIES}, not {activities}")
    day = today or date.today()
    for template in CONTROLLER_ACTIVITIES[:activities]:
        yield _prepare(template, _CONTROLLER_CATALOGUES, day)
    if activities <= len(CONTROLLER_ACTIVITIES):
        return
    # Variations start from templates already localised (once, not once per record).
    templates = [
        {**_prepare(t, _CONTROLLER_CATALOGUES, day), "review_in": t["review_in"]}
        for t in _VARIATION_TEMPLATES
    ]
    rng = random.Random(seed)
    for number in range(len(CONTROLLER_ACTIVITIES) + 1, activities + 1):
        values = _variation(rng, number, templates)
        values["next_review"] = day + timedelta(days=values.pop("review_in"))
        yield values


def processor_values(*, today: date | None = None) -> list[dict[str, Any]]:
    day = today or date.today()
    return [_prepare(t, _PROCESSOR_CATALOGUES, day) for t in PROCESSOR_ACTIVITIES]


def _custom_systems() -> list[str]:
    """Systems the demo uses that are not built in: the city adds them to its pick list."""
    builtin = _BUILTIN_SETS[CatalogueKind.SYSTEM]
    seen: dict[str, None] = {}
    for template in CONTROLLER_ACTIVITIES:
        for system in template.get("systems", ()):
            if system not in builtin:
                seen.setdefault(system, None)
    return list(seen)


def populate_demo(
    ws: Workspace,
    *,
    activities: int = DEFAULT_ACTIVITIES,
    seed: int = 2026,
    today: date | None = None,
) -> None:
    """Fill an empty vault with the demo municipality (the caller saves).

    ``activities`` controller activities (the hand-written ones first, then seeded variations),
    every processor activity, the organisation profile, the city's own systems in the pick list
    and a few later changes in the history. Raises ValidationError if the registers are not
    empty and ValueError if ``activities`` is outside 0..MAX_ACTIVITIES.
    """
    populate_context(ws.ctx, activities=activities, seed=seed, today=today)


def populate_context(
    ctx: ServiceContext,
    *,
    activities: int = DEFAULT_ACTIVITIES,
    seed: int = 2026,
    today: date | None = None,
) -> None:
    """``populate_demo`` on a bare service context (what the Workspace wraps)."""
    if not 0 <= activities <= MAX_ACTIVITIES:
        raise ValueError(f"activities must be from 0 to {MAX_ACTIVITIES}, not {activities}")
    controllers = controller_service(ctx)
    processors = processor_service(ctx)
    if controllers.count() or processors.count() or AiSystemService(ctx).count():
        raise ValidationError(
            {
                "activities": _(
                    "The demo municipality can only be added to a vault whose registers are empty."
                )
            }
        )
    day = today or date.today()
    OrganisationService(ctx).update(ORGANISATION)
    catalogues = CatalogueService(ctx)
    known = {label.casefold() for label in catalogues.labels(CatalogueKind.SYSTEM)}
    for system in _custom_systems():
        if system.casefold() not in known:
            catalogues.add(CatalogueKind.SYSTEM, system)
    controllers.create_many(controller_values(activities, seed=seed, today=day))
    processors.create_many(processor_values(today=day))
    _apply_later_changes(controllers, LATER_CHANGES, day)
    populate_demo_assessments(ctx, today=day)
    populate_demo_ai_systems(ctx, today=day)


def _apply_later_changes(
    service: RecordService[ControllerActivity],
    changes: Sequence[tuple[str, dict[str, Any]]],
    today: date,
) -> None:
    for reference, values in changes:
        with service.ctx.transaction() as s:
            record_id = s.exec(
                select(ControllerActivity.id).where(ControllerActivity.reference == reference)
            ).first()
        if record_id is not None:  # absent when fewer activities were asked for
            service.update(record_id, _prepare(values, _CONTROLLER_CATALOGUES, today))
