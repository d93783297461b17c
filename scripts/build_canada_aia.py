"""Build govkit's ``algorithmic-impact`` questionnaire from the Government of Canada's AIA.

    python scripts/build_canada_aia.py                 # writes resources/questionnaires/...
    python scripts/build_canada_aia.py --check         # exit 1 if the shipped file differs

Reads ``survey-enfr.json`` (SurveyJS) of the official tool, github.com/canada-ca/aia-eia-js
v1.0.1 (MIT licence, Crown copyright; by default from ``../shared/interop/canada-aia/``) and
writes ``resources/questionnaires/algorithmic-impact/1.json``:

- every page with questions becomes a section (its ``visibleIf`` a condition: the design and
  implementation pages are shown for their phase), its title the page's and panel's titles;
- every question keeps its SurveyJS name as id and in ``external_ids.canada_aia``, its English
  (``default``) and French texts, its help or description as guidance (HTML made plain text),
  ``visibleIf`` as a condition, ``isRequired``; radiogroup and dropdown become single choice,
  checkbox multiple choice, text and comment text and long text;
- options keep the SurveyJS values (``item<n>-<weight>``) as ids; in a raw-impact (``-RS``) or
  mitigation (``-MS``) question every option's ``score`` is the weight the tool reads from the
  value (``parseEmbeddedValue`` in its ``store.ts``: the number after the last ``-``, else 0);
- the scores are the tool's ``calculateFinalScore``: the raw impact and mitigation sums over
  every scored question, counting hidden questions' saved answers as the tool does
  (``count_hidden``), their maxima over every question (``max_over: all``: the best option of a
  single choice, all options of a checkbox); the current score is the raw score times 0.85,
  rounded as ``Math.round``, when the mitigation score reaches 80 % of *half* the mitigation
  maximum (the tool halves the maximum over both phases; ``at_least_fraction`` 0.4); impact
  levels I-IV above 0, 25, 50 and 75 % of the maximum raw score, each with the requirements of
  the Directive on Automated Decision-Making (Appendix C) as its explanation.

The script is deterministic; ``tests/unit/assessments/test_canada_aia.py`` checks that the
shipped file is what it builds from the survey, and that govkit's engine gives the tool's
figures for any answers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govkit.imports.html_text import html_to_text

ROOT = Path(__file__).resolve().parents[1]
SURVEY = ROOT.parent / "shared" / "interop" / "canada-aia" / "survey-enfr.json"
OUTPUT = ROOT / "resources" / "questionnaires" / "algorithmic-impact" / "1.json"

AIA_VERSION = "1.0.1"
AIA_CITE = f"Government of Canada AIA v{AIA_VERSION}"
DIRECTIVE = "Directive on Automated Decision-Making"
SOURCE_URL = "https://github.com/canada-ca/aia-eia-js"

Data = dict[str, Any]

CHOICE_TYPES = {
    "radiogroup": "single_choice",
    "dropdown": "single_choice",
    "checkbox": "multiple_choice",
}
TEXT_TYPES = {"text": "text", "comment": "long_text"}
SCORED = ("-RS", "-MS")  # raw impact, mitigation; "-NS" and no suffix: not scored

# The Directive's provisions that pages of the questionnaire serve (besides the AIA itself).
PAGE_CITES = {
    "projectDetails": (f"{DIRECTIVE}, 6.1 (Algorithmic Impact Assessment)",),
    "consultation": (f"{DIRECTIVE}, 6.3 (quality assurance)",),
    "dataQuality": (f"{DIRECTIVE}, 6.3 (quality assurance)",),
    "fairness": (f"{DIRECTIVE}, 6.2 (transparency)", f"{DIRECTIVE}, 6.4 (recourse)"),
}
RAW_IMPACT_CITE = f"{DIRECTIVE}, Appendix B (impact assessment levels)"

# -- the requirements each impact level brings (Directive, Appendix C), in our words ----------

_PEER_LIST_EN = (
    "a qualified expert of a federal, provincial, territorial or municipal government "
    "institution, qualified faculty members of a post-secondary institution, qualified "
    "researchers of a relevant non-governmental organisation, a contracted third-party vendor "
    "with a relevant specialisation, or a data and automation advisory board specified by the "
    "Treasury Board Secretariat"
)
_PEER_LIST_FR = (
    "un expert qualifié d'une institution gouvernementale fédérale, provinciale, territoriale "
    "ou municipale, des membres qualifiés du corps professoral d'un établissement "
    "postsecondaire, des chercheurs qualifiés d'une organisation non gouvernementale "
    "pertinente, un fournisseur tiers sous contrat ayant une spécialisation pertinente, ou un "
    "comité consultatif sur les données et l'automatisation désigné par le Secrétariat du "
    "Conseil du Trésor"
)
_EXPLANATION_EN = (
    "in addition to any legal requirement, a meaningful plain-language explanation to the "
    "client with any decision that denies a benefit or service or involves a regulatory "
    "action: the system's role, the data and criteria used, the output and the justification "
    "of the decision, and the recourse options."
)
_EXPLANATION_FR = (
    "en plus de toute exigence légale, une explication pertinente en langage clair au client "
    "avec toute décision qui refuse un avantage ou un service ou comporte une mesure "
    "réglementaire : le rôle du système, les données et critères utilisés, le résultat "
    "produit et la justification de la décision, et les recours possibles."
)
_NOTICE_DOCS_EN = (
    "a plain-language notice through every service delivery channel in use, and plain-language "
    "documentation published on the relevant websites: how the system's components work, how "
    "it supports the decision, the results of reviews or audits, and a description of the "
    "training data."
)
_NOTICE_DOCS_FR = (
    "un avis en langage clair sur tous les modes de prestation de services utilisés, et une "
    "documentation en langage clair publiée sur les sites Web pertinents : le fonctionnement "
    "des composants du système, la façon dont il appuie la décision, les résultats des examens "
    "ou vérifications, et une description des données d'entraînement."
)

REQUIREMENTS: dict[int, dict[str, list[tuple[str, str]]]] = {
    1: {
        "en": [
            ("Peer review", "none."),
            ("Notice", "none beyond the Directive's requirements for every level."),
            ("Human involvement", "decisions may be rendered without direct human involvement."),
            ("Explanation", _EXPLANATION_EN),
            ("Training", "none."),
            ("Contingency", "none."),
            ("Approval for the system to operate", "none."),
        ],
        "fr": [
            ("Examen par les pairs", "aucun."),
            ("Avis", "aucun au-delà des exigences de la Directive pour tous les niveaux."),
            (
                "Intervention humaine",
                "les décisions peuvent être rendues sans intervention humaine directe.",
            ),
            ("Explication", _EXPLANATION_FR),
            ("Formation", "aucune."),
            ("Plan d'urgence", "aucun."),
            ("Approbation de l'exploitation du système", "aucune."),
        ],
    },
    2: {
        "en": [
            (
                "Peer review",
                f"consult at least one of: {_PEER_LIST_EN}; or publish the system's "
                "specifications in a peer-reviewed journal. Publish the review or a "
                "plain-language summary of its findings.",
            ),
            (
                "Notice",
                "a plain-language notice through every service delivery channel in use "
                "(Internet, in person, mail or telephone).",
            ),
            ("Human involvement", "decisions may be rendered without direct human involvement."),
            ("Explanation", _EXPLANATION_EN),
            ("Training", "documentation on the design and functionality of the system."),
            ("Contingency", "none."),
            ("Approval for the system to operate", "none."),
        ],
        "fr": [
            (
                "Examen par les pairs",
                f"consulter au moins l'un des experts suivants : {_PEER_LIST_FR} ; ou publier "
                "les spécifications du système dans une revue à comité de lecture. Publier "
                "l'examen ou un résumé de ses conclusions en langage clair.",
            ),
            (
                "Avis",
                "un avis en langage clair sur tous les modes de prestation de services utilisés "
                "(Internet, en personne, courrier ou téléphone).",
            ),
            (
                "Intervention humaine",
                "les décisions peuvent être rendues sans intervention humaine directe.",
            ),
            ("Explication", _EXPLANATION_FR),
            ("Formation", "une documentation sur la conception et les fonctionnalités du système."),
            ("Plan d'urgence", "aucun."),
            ("Approbation de l'exploitation du système", "aucune."),
        ],
    },
    3: {
        "en": [
            (
                "Peer review",
                f"consult at least one of: {_PEER_LIST_EN}; or publish the system's "
                "specifications in a peer-reviewed journal. Publish the review or a "
                "plain-language summary of its findings.",
            ),
            ("Notice", _NOTICE_DOCS_EN),
            (
                "Human involvement",
                "decisions cannot be made without specific human intervention points during "
                "the decision-making process, and the final decision is made by a human.",
            ),
            ("Explanation", _EXPLANATION_EN),
            (
                "Training",
                "documentation on the design and functionality of the system, and training "
                "courses completed.",
            ),
            (
                "Contingency",
                "contingency plans and/or backup systems available should the system be "
                "unavailable.",
            ),
            ("Approval for the system to operate", "the deputy head."),
        ],
        "fr": [
            (
                "Examen par les pairs",
                f"consulter au moins l'un des experts suivants : {_PEER_LIST_FR} ; ou publier "
                "les spécifications du système dans une revue à comité de lecture. Publier "
                "l'examen ou un résumé de ses conclusions en langage clair.",
            ),
            ("Avis", _NOTICE_DOCS_FR),
            (
                "Intervention humaine",
                "les décisions ne peuvent être prises sans points d'intervention humaine "
                "précis pendant le processus décisionnel, et la décision finale est prise par "
                "un être humain.",
            ),
            ("Explication", _EXPLANATION_FR),
            (
                "Formation",
                "une documentation sur la conception et les fonctionnalités du système, et des "
                "cours de formation suivis.",
            ),
            (
                "Plan d'urgence",
                "des plans d'urgence ou des systèmes de secours disponibles si le système "
                "devient indisponible.",
            ),
            ("Approbation de l'exploitation du système", "l'administrateur général."),
        ],
    },
    4: {
        "en": [
            (
                "Peer review",
                f"consult at least two of: {_PEER_LIST_EN}; or publish the system's "
                "specifications in a peer-reviewed journal. Publish the review or a "
                "plain-language summary of its findings.",
            ),
            ("Notice", _NOTICE_DOCS_EN),
            (
                "Human involvement",
                "decisions cannot be made without specific human intervention points during "
                "the decision-making process, and the final decision is made by a human.",
            ),
            ("Explanation", _EXPLANATION_EN),
            (
                "Training",
                "documentation on the design and functionality of the system, recurring "
                "training courses, and a means to verify that training was completed.",
            ),
            (
                "Contingency",
                "contingency plans and/or backup systems available should the system be "
                "unavailable.",
            ),
            ("Approval for the system to operate", "the Treasury Board."),
        ],
        "fr": [
            (
                "Examen par les pairs",
                f"consulter au moins deux des experts suivants : {_PEER_LIST_FR} ; ou publier "
                "les spécifications du système dans une revue à comité de lecture. Publier "
                "l'examen ou un résumé de ses conclusions en langage clair.",
            ),
            ("Avis", _NOTICE_DOCS_FR),
            (
                "Intervention humaine",
                "les décisions ne peuvent être prises sans points d'intervention humaine "
                "précis pendant le processus décisionnel, et la décision finale est prise par "
                "un être humain.",
            ),
            ("Explication", _EXPLANATION_FR),
            (
                "Formation",
                "une documentation sur la conception et les fonctionnalités du système, des "
                "cours de formation périodiques, et un moyen de vérifier que la formation a "
                "été suivie.",
            ),
            (
                "Plan d'urgence",
                "des plans d'urgence ou des systèmes de secours disponibles si le système "
                "devient indisponible.",
            ),
            ("Approbation de l'exploitation du système", "le Conseil du Trésor."),
        ],
    },
}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
LEVEL_NAMES = {
    1: ("little to no impact", "incidence faible ou nulle"),
    2: ("moderate impact", "incidence modérée"),
    3: ("high impact", "incidence élevée"),
    4: ("very high impact", "incidence très élevée"),
}
_REQUIREMENTS_HEAD = {
    "en": "What the {directive} requires at impact level {level} (its Appendix C, summarised):",
    "fr": (
        "Ce qu'exige la Directive sur la prise de décisions automatisée au niveau "
        "d'incidence {level} (son annexe C, résumée) :"
    ),
}
_REQUIREMENTS_FOOT = {
    "en": (
        "The Directive's other requirements apply at every level (among them a Gender-based "
        "Analysis Plus, testing and monitoring of outcomes, data quality, recourse). Read the "
        "Directive in force for the exact wording."
    ),
    "fr": (
        "Les autres exigences de la Directive s'appliquent à tous les niveaux (notamment une "
        "Analyse comparative entre les sexes plus, la mise à l'essai et la surveillance des "
        "résultats, la qualité des données, les recours). Consultez la Directive en vigueur "
        "pour le libellé exact."
    ),
}

DESCRIPTION = {
    "en": (
        "The Government of Canada's Algorithmic Impact Assessment (AIA), version {version}: "
        "its questions, answer weights and scoring, as in the official tool ({url}, "
        "src/survey-enfr.json). The AIA questionnaire and tool are © Government of Canada "
        "(Crown copyright), released under the MIT licence; the Canada wordmark is excluded. "
        "Raw impact and mitigation scores are the sums of the weights of the answers; when "
        "the mitigation score reaches 80 % of the maximum for a phase, the current score is "
        "the raw score reduced by 15 % (rounded); the impact level is I up to 25 % of the "
        "maximum raw score, II up to 50 %, III up to 75 % and IV above. The questions and "
        "answer texts are the tool's, in English and French."
    ),
    "fr": (
        "L'Évaluation de l'incidence algorithmique (EIA) du gouvernement du Canada, version "
        "{version} : ses questions, la pondération des réponses et le calcul des scores, comme "
        "dans l'outil officiel ({url}, src/survey-enfr.json). Le questionnaire et l'outil de "
        "l'EIA sont © gouvernement du Canada (droit d'auteur de la Couronne), publiés sous "
        "licence MIT ; le mot-symbole « Canada » en est exclu. Les scores d'incidence brut et "
        "d'atténuation sont les sommes des pondérations des réponses ; quand le score "
        "d'atténuation atteint 80 % du maximum pour une phase, le score actuel est le score "
        "brut réduit de 15 % (arrondi) ; le niveau d'incidence est I jusqu'à 25 % du score "
        "brut maximal, II jusqu'à 50 %, III jusqu'à 75 % et IV au-delà. Les textes des "
        "questions et des réponses sont ceux de l'outil, en anglais et en français."
    ),
}


# -- reading the survey ----------------------------------------------------------------------


def weight(value: object) -> float:
    """``parseEmbeddedValue``: the number after the last "-" of a choice value, else 0."""
    if not isinstance(value, str):
        return 0.0
    _head, dash, tail = value.rpartition("-")
    if not dash or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", tail):
        if dash and re.search(r"[0-9]", tail):  # JavaScript's Number() might read it
            raise SystemExit(f"choice value {value!r}: cannot tell its weight for sure")
        return 0.0
    return float(tail)


def score_kind(name: str, parent: str) -> str:
    """``getScoreType``: the question's own suffix, else its panel's (or page's)."""
    for candidate in (name, parent):
        for suffix in ("-RS", "-MS", "-NS"):
            if candidate.endswith(suffix):
                return suffix
    return ""


def text(value: object, where: str) -> Data:
    """A SurveyJS text (``{"default": …, "fr": …}`` or a plain string), HTML made plain."""
    if isinstance(value, str):
        value = {"default": value}
    if not isinstance(value, dict) or not str(value.get("default", "")).strip():
        raise SystemExit(f"{where}: no English text")
    out = {"en": plain(value["default"])}
    if str(value.get("fr", "")).strip():
        out["fr"] = plain(value["fr"])
    return out


def plain(value: str) -> str:
    return html_to_text(value) if "<" in value or "&" in value else value.strip()


class Survey:
    def __init__(self, data: Data) -> None:
        self.data = data
        self.elements: dict[str, tuple[Data, str, str]] = {}  # name -> (element, parent, page)
        for page in data["pages"]:
            self._index(page["elements"], page["name"], page["name"])

    def _index(self, elements: list[Data], parent: str, page: str) -> None:
        for element in elements:
            if element["type"] == "panel":
                self._index(element["elements"], element["name"], page)
            elif element["type"] in CHOICE_TYPES or element["type"] in TEXT_TYPES:
                name = element["name"]
                if name in self.elements:
                    raise SystemExit(f"question {name!r} appears twice")
                self.elements[name] = (element, parent, page)
            elif element["type"] != "html":
                raise SystemExit(f"unexpected element type {element['type']!r}")

    def questions(self, page: Data) -> Iterator[Data]:
        def walk(elements: list[Data]) -> Iterator[Data]:
            for element in elements:
                if element["type"] == "panel":
                    yield from walk(element["elements"])
                elif element["type"] != "html":
                    yield element

        yield from walk(page["elements"])

    def scored(self, suffix: str) -> list[str]:
        return [
            name
            for name, (element, parent, _page) in self.elements.items()
            if element["type"] in CHOICE_TYPES and score_kind(name, parent) == suffix
        ]

    def values(self, name: str) -> list[str]:
        return [c["value"] if isinstance(c, dict) else c for c in self.elements[name][0]["choices"]]


# -- visibleIf -> conditions -----------------------------------------------------------------

_TOKENS = re.compile(r'\s*(\{[^}]+\}|"[^"]*"|\(|\)|\[|\]|=|contains\b|and\b|or\b)')


def condition(survey: Survey, expression: str) -> Data:
    """A SurveyJS ``visibleIf`` of the forms the AIA uses, as a govkit condition.

    ``{q} = "v"``; ``{q} contains "v"`` or ``["v"]``, which for a checkbox (a list) means the
    list holds ``v`` and for a radiogroup or dropdown (a text) that the text contains ``v``
    (SurveyJS's ``contains`` on a string), i.e. the answer is one of the options whose value
    contains ``v``; ``and``, ``or`` and parentheses.
    """
    tokens: list[str] = []
    position = 0
    while position < len(expression):
        match = _TOKENS.match(expression, position)
        if match is None:
            if expression[position:].strip():
                raise SystemExit(f"cannot read visibleIf {expression!r}")
            break
        tokens.append(match.group(1))
        position = match.end()
    index = 0

    def peek() -> str | None:
        return tokens[index] if index < len(tokens) else None

    def take(expected: str | None = None) -> str:
        nonlocal index
        if index >= len(tokens) or (expected is not None and tokens[index] != expected):
            raise SystemExit(f"cannot read visibleIf {expression!r}")
        index += 1
        return tokens[index - 1]

    def either() -> Data:
        parts = [both()]
        while peek() == "or":
            take()
            parts.append(both())
        return parts[0] if len(parts) == 1 else {"any": parts}

    def both() -> Data:
        parts = [single()]
        while peek() == "and":
            take()
            parts.append(single())
        return parts[0] if len(parts) == 1 else {"all": parts}

    def single() -> Data:
        if peek() == "(":
            take()
            inner = either()
            take(")")
            return inner
        name = take()[1:-1]
        operator = take()
        bracket = peek() == "["
        if bracket:
            take()
        value = take()[1:-1]
        if bracket:
            take("]")
        if name not in survey.elements:
            raise SystemExit(f"visibleIf {expression!r} names an unknown question {name!r}")
        element = survey.elements[name][0]
        options = survey.values(name)
        if operator == "=":
            if value not in options:
                raise SystemExit(f"visibleIf {expression!r}: {name} has no option {value!r}")
            return {"question": name, "equals": value}
        if operator != "contains":
            raise SystemExit(f"visibleIf {expression!r}: unknown operator {operator!r}")
        if element["type"] == "checkbox":
            if value not in options:
                raise SystemExit(f"visibleIf {expression!r}: {name} has no option {value!r}")
            return {"question": name, "includes": value}
        matching = [option for option in options if value in option]
        if not matching:
            raise SystemExit(f"visibleIf {expression!r}: no option of {name} contains {value!r}")
        if len(matching) == 1:
            return {"question": name, "equals": matching[0]}
        return {"question": name, "in": matching}

    result = either()
    if index != len(tokens):
        raise SystemExit(f"cannot read visibleIf {expression!r}")
    return result


# -- the definition --------------------------------------------------------------------------


def page_cites(page: str, suffix: str) -> tuple[str, ...]:
    cites: tuple[str, ...] = ()
    for prefix, extra in PAGE_CITES.items():
        if page.startswith(prefix):
            cites = extra
    if suffix == "-RS":
        cites = (*cites, RAW_IMPACT_CITE)
    return cites


def question(survey: Survey, element: Data, phase_labels: dict[str, Data]) -> Data:
    name = element["name"]
    _element, parent, page = survey.elements[name]
    kind = score_kind(name, parent)
    out: Data = {
        "id": name,
        "type": CHOICE_TYPES.get(element["type"]) or TEXT_TYPES[element["type"]],
        "text": text(element.get("title") or name, name),
    }
    guidance = element.get("help") or element.get("description")
    if guidance:
        out["guidance"] = text(guidance, f"{name} help")
    scored = element["type"] in CHOICE_TYPES and kind in SCORED
    out["cites"] = [f"{AIA_CITE}, {name}", *page_cites(page, kind if scored else "")]
    if element.get("isRequired"):
        out["required"] = True
    if element["type"] in CHOICE_TYPES:
        options = []
        for choice in element["choices"]:
            value = choice["value"] if isinstance(choice, dict) else choice
            label = choice.get("text", value) if isinstance(choice, dict) else value
            option: Data = {"id": value, "label": text(label, f"{name} {value}")}
            if scored:
                option["score"] = _number(weight(value))
            options.append(option)
        out["options"] = options
    if element.get("visibleIf"):
        out["condition"] = condition(survey, element["visibleIf"])
    out["external_ids"] = {"canada_aia": name}
    return out


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def section(survey: Survey, page: Data, phase_labels: dict[str, Data]) -> Data | None:
    elements = list(survey.questions(page))
    if not elements:
        return None
    title = text(page.get("title") or page["name"], page["name"])
    panels = [e for e in page["elements"] if e["type"] == "panel" and e.get("title")]
    for panel in panels:
        sub = text(panel["title"], panel["name"])
        title = {lang: f"{title[lang]} – {sub.get(lang, sub['en'])}" for lang in ("en", "fr")}
    out: Data = {"id": page["name"], "title": title}
    intros = [e for e in _walk(page["elements"]) if e["type"] == "html" and e["name"] != "welcome1"]
    if intros:
        out["description"] = text(intros[0]["html"], f"{page['name']} introduction")
    out["cites"] = [f"{AIA_CITE}, page {page['name']}"]
    if page.get("visibleIf"):
        visible = condition(survey, page["visibleIf"])
        out["condition"] = visible
        phase = phase_labels.get(str(visible.get("equals")))
        if phase is not None:
            out["title"] = {
                "en": f"{title['en']} ({phase['en'].lower()} phase)",
                "fr": f"{title.get('fr', title['en'])} (phase de {phase['fr'].lower()})",
            }
    out["questions"] = [question(survey, e, phase_labels) for e in elements]
    return out


def _walk(elements: list[Data]) -> Iterator[Data]:
    for element in elements:
        yield element
        if element["type"] == "panel":
            yield from _walk(element["elements"])


def requirements(level: int, language: str) -> str:
    head = _REQUIREMENTS_HEAD[language].format(directive=DIRECTIVE, level=ROMAN[level])
    lines = [f"- {topic}: {what}" for topic, what in REQUIREMENTS[level][language]]
    if language == "fr":
        lines = [f"- {topic} : {what}" for topic, what in REQUIREMENTS[level][language]]
    return "\n".join([head, *lines, "", _REQUIREMENTS_FOOT[language]])


def build(data: Data) -> Data:
    survey = Survey(data)
    phase_question = survey.elements["projectDetailsPhase"][0]
    phase_labels = {c["value"]: text(c["text"], c["value"]) for c in phase_question["choices"]}
    sections = [s for page in data["pages"] if (s := section(survey, page, phase_labels))]
    raw, mitigation = survey.scored("-RS"), survey.scored("-MS")
    outcomes = []
    for level in (1, 2, 3, 4):
        en_name, fr_name = LEVEL_NAMES[level]
        outcomes.append(
            {
                "id": f"level_{level}",
                "label": {
                    "en": f"Impact level {ROMAN[level]}: {en_name}",
                    "fr": f"Niveau d'incidence {ROMAN[level]} : {fr_name}",
                },
                "level": level,
                "explanation": {"en": requirements(level, "en"), "fr": requirements(level, "fr")},
            }
        )
    return {
        "id": "algorithmic-impact",
        "version": 1,
        "kind": "algorithmic_impact",
        "title": {
            "en": "Algorithmic impact assessment (Canada AIA method)",
            "fr": "Évaluation de l'incidence algorithmique (méthode de l'EIA du Canada)",
        },
        "description": {
            lang: template.format(version=AIA_VERSION, url=SOURCE_URL)
            for lang, template in DESCRIPTION.items()
        },
        "languages": ["en", "fr"],
        "sections": sections,
        "scoring": {
            "scores": {
                "raw_impact": {
                    "label": {"en": "Raw impact score", "fr": "Score d'incidence brut"},
                    "sum": {"questions": raw, "use": "option_score", "count_hidden": True},
                },
                "mitigation": {
                    "label": {"en": "Mitigation score", "fr": "Score d'atténuation"},
                    "sum": {"questions": mitigation, "use": "option_score", "count_hidden": True},
                },
                "current": {
                    "label": {"en": "Current score", "fr": "Score actuel"},
                    "scale": {
                        "score": "raw_impact",
                        "factor": 0.85,
                        "round": True,
                        # 80 % of half the mitigation maximum over both phases, as the tool
                        "when": {"score": "mitigation", "at_least_fraction": 0.4},
                    },
                },
            },
            "outcome": {
                "score": "current",
                "thresholds": [
                    {"above_fraction": 0.75, "outcome": "level_4"},
                    {"above_fraction": 0.5, "outcome": "level_3"},
                    {"above_fraction": 0.25, "outcome": "level_2"},
                    {"min_fraction": 0, "outcome": "level_1"},
                ],
            },
        },
        "outcomes": outcomes,
    }


def render(definition: Data) -> str:
    return json.dumps(definition, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--survey", type=Path, default=SURVEY, help="the AIA's survey-enfr.json")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="the definition to write")
    parser.add_argument("--check", action="store_true", help="only compare with the output")
    args = parser.parse_args(argv)
    built = render(build(json.loads(args.survey.read_text(encoding="utf-8"))))
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == built
        print(f"{args.output}: {'up to date' if same else 'differs from the survey'}")
        return 0 if same else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(built, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
