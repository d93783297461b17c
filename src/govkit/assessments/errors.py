"""What can go wrong with a questionnaire definition or a set of answers."""

from __future__ import annotations


class DefinitionError(ValueError):
    """A questionnaire definition is malformed.

    The message names the definition (``source``: a file, or a label such as "the copy kept in
    assessment 12"), the place inside it as a JSON path (``$.sections[0].questions[2].options``)
    and what is wrong. It is written for whoever writes or ships definitions, in English; a
    service that meets one in a stored assessment wraps it in its own user-facing error.
    """

    def __init__(self, source: str, path: str, problem: str) -> None:
        self.source = source
        self.path = path
        self.problem = problem
        super().__init__(f"{source}: at {path}: {problem}")


class DefinitionNotFound(LookupError):
    """No built-in definition has this id (or this version)."""


class AnswersError(ValueError):
    """Stored or imported answers are not in the format ``answers_from_json`` reads.

    ``str(exc)`` is translated and fit to show.
    """
