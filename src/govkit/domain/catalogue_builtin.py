"""The built-in pick lists a new vault starts with (users add their own entries).

Wording follows the GDPR and the EDPB/ICO/CNIL templates; each legal-basis and Art. 9 entry
names its article so a reader of an export knows exactly what was relied on. The entries of
"processing that always requires a DPIA" are our own generic wording of operations found on
many supervisory authorities' lists (Art. 35(4) GDPR); ``BUILTIN_DESCRIPTIONS`` says where each
comes from. Each city adds its own authority's entries.
"""

from __future__ import annotations

from govkit.domain.enums import CatalogueKind as C
from govkit.i18n import N_

BUILTIN: dict[C, tuple[str, ...]] = {
    C.DEPARTMENT: (
        N_("Civil registry"),
        N_("Social services"),
        N_("Schools and education"),
        N_("Waste management"),
        N_("Parking and mobility"),
        N_("Human resources"),
        N_("Public safety and CCTV"),
        N_("Library"),
        N_("Elections"),
        N_("Finance and taxes"),
        N_("Housing"),
        N_("Urban planning and building permits"),
        N_("IT services"),
        N_("Communications"),
        N_("Culture and sport"),
        N_("Health"),
    ),
    C.DATA_SUBJECT: (
        N_("Residents"),
        N_("Applicants"),
        N_("Benefit recipients"),
        N_("Children and pupils"),
        N_("Parents and guardians"),
        N_("Employees"),
        N_("Job applicants"),
        N_("Elected members"),
        N_("Voters"),
        N_("Visitors"),
        N_("Library members"),
        N_("Suppliers and contractors"),
        N_("Complainants"),
        N_("Taxpayers"),
        N_("Vehicle owners and drivers"),
        N_("Tenants"),
        N_("Volunteers"),
    ),
    C.DATA_CATEGORY: (
        N_("Identification data (name, date of birth)"),
        N_("Contact details"),
        N_("National identification number"),
        N_("Civil status and family situation"),
        N_("Financial and bank details"),
        N_("Income and tax data"),
        N_("Employment and career data"),
        N_("Education and training data"),
        N_("Housing situation"),
        N_("Location data"),
        N_("Images and video (CCTV)"),
        N_("Vehicle registration data"),
        N_("Online identifiers and logs"),
        N_("Social welfare data"),
        N_("Correspondence"),
        N_("Loans and reading history"),
    ),
    C.SPECIAL_CATEGORY: (
        N_("Racial or ethnic origin"),
        N_("Political opinions"),
        N_("Religious or philosophical beliefs"),
        N_("Trade union membership"),
        N_("Genetic data"),
        N_("Biometric data for identification"),
        N_("Health data"),
        N_("Sex life or sexual orientation"),
    ),
    C.LEGAL_BASIS: (
        N_("Art. 6(1)(a) Consent"),
        N_("Art. 6(1)(b) Contract"),
        N_("Art. 6(1)(c) Legal obligation"),
        N_("Art. 6(1)(d) Vital interests"),
        N_("Art. 6(1)(e) Public task or official authority"),
        N_("Art. 6(1)(f) Legitimate interests (not for public tasks)"),
    ),
    C.ART9_CONDITION: (
        N_("Art. 9(2)(a) Explicit consent"),
        N_("Art. 9(2)(b) Employment, social security and social protection law"),
        N_("Art. 9(2)(c) Vital interests"),
        N_("Art. 9(2)(d) Not-for-profit bodies"),
        N_("Art. 9(2)(e) Made manifestly public by the data subject"),
        N_("Art. 9(2)(f) Legal claims"),
        N_("Art. 9(2)(g) Substantial public interest"),
        N_("Art. 9(2)(h) Health or social care"),
        N_("Art. 9(2)(i) Public health"),
        N_("Art. 9(2)(j) Archiving, research or statistics"),
    ),
    C.RECIPIENT: (
        N_("Other municipal departments"),
        N_("IT service provider"),
        N_("Cloud hosting provider"),
        N_("Tax authority"),
        N_("Police"),
        N_("Courts"),
        N_("Social security agencies"),
        N_("Regional or national government"),
        N_("Auditors"),
        N_("Banks and payment providers"),
        N_("Schools"),
        N_("Health services"),
    ),
    C.SAFEGUARD: (
        N_("Art. 45 Adequacy decision"),
        N_("Art. 46(2)(a) Legally binding instrument between public authorities"),
        N_("Art. 46(2)(b) Binding corporate rules (Art. 47)"),
        N_("Art. 46(2)(c) Standard contractual clauses"),
        N_("Art. 46(2)(e) Approved code of conduct"),
        N_("Art. 46(2)(f) Approved certification"),
        N_("Art. 46(3)(a) Authorised contractual clauses"),
        N_("Art. 46(3)(b) Administrative arrangement between public authorities"),
        N_("Art. 49(1)(a) Explicit consent"),
        N_("Art. 49(1)(b)-(c) Contract"),
        N_("Art. 49(1)(d) Important reasons of public interest"),
        N_("Art. 49(1)(e) Legal claims"),
        N_("Art. 49(1)(f) Vital interests"),
        N_("Art. 49(1)(g) Public register"),
    ),
    C.SECURITY_MEASURE: (
        N_("Role-based access control"),
        N_("Multi-factor authentication"),
        N_("Encryption at rest"),
        N_("Encryption in transit (TLS)"),
        N_("Pseudonymisation"),
        N_("Access logging and monitoring"),
        N_("Regular backups"),
        N_("Staff confidentiality undertakings"),
        N_("Data protection training"),
        N_("Physical access control"),
        N_("Secure disposal of media and paper"),
        N_("Data processing agreement with processors"),
        N_("Vulnerability management"),
        N_("Clean desk policy"),
        N_("Network segmentation"),
    ),
    C.SOURCE: (
        N_("The data subject"),
        N_("Population register"),
        N_("Other public authorities"),
        N_("Employers"),
        N_("Schools"),
        N_("Cameras and sensors"),
        N_("Public sources"),
    ),
    C.SYSTEM: (
        N_("Population register system"),
        N_("Case management system"),
        N_("HR and payroll"),
        N_("E-mail and office suite"),
        N_("Document management system"),
        N_("Library management system"),
        N_("Parking enforcement system"),
        N_("Video management system"),
        N_("Online forms portal"),
        N_("Accounting system"),
    ),
    C.PROCESSING_CATEGORY: (
        N_("Hosting and storage"),
        N_("Payroll processing"),
        N_("Printing and mailing"),
        N_("Call-centre and citizen contact"),
        N_("IT support and maintenance"),
        N_("Archiving"),
        N_("Collection of fees and charges"),
        N_("Shared services"),
    ),
    C.DPIA_REQUIRED: (
        N_("Large-scale processing of health data"),
        N_("Systematic monitoring of employees' activities"),
        N_("Profiling of vulnerable people, such as children, on a large scale"),
        N_("Biometric identification of people (an innovative technology)"),
        N_("Matching or combining datasets from different sources"),
        N_("Large-scale tracking of people's location"),
        N_("Processing that can exclude people from a service, benefit or contract"),
    ),
}

# What a built-in entry is based on (shown with it), by its English label.
BUILTIN_DESCRIPTIONS: dict[str, str] = {
    "Large-scale processing of health data": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); GDPR Art. 9(1) and "
        "35(3)(b); EDPB WP248 rev.01, criteria 4 and 5"
    ),
    "Systematic monitoring of employees' activities": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); GDPR Art. 88; "
        "EDPB WP248 rev.01, criteria 3 and 7"
    ),
    "Profiling of vulnerable people, such as children, on a large scale": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); GDPR Recitals 38 and "
        "75; EDPB WP248 rev.01, criteria 1, 5 and 7"
    ),
    "Biometric identification of people (an innovative technology)": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); GDPR Art. 9(1); "
        "EDPB WP248 rev.01, criteria 4 and 8"
    ),
    "Matching or combining datasets from different sources": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); "
        "EDPB WP248 rev.01, criterion 6"
    ),
    "Large-scale tracking of people's location": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); "
        "EDPB WP248 rev.01, criteria 3, 4 and 5"
    ),
    "Processing that can exclude people from a service, benefit or contract": N_(
        "Common on the supervisory authorities' lists (GDPR Art. 35(4)); GDPR Art. 22; "
        "EDPB WP248 rev.01, criterion 9"
    ),
}
