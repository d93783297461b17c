"""The passphrase strength estimator: weak patterns score low, long word passphrases high."""

from __future__ import annotations

import pytest

from govkit import i18n
from govkit.services.passphrase_strength import LABELS, THRESHOLDS, estimate, score_for
from govkit.services.people import MIN_PASSPHRASE


@pytest.mark.parametrize(
    "passphrase",
    ["password", "P@ssw0rd", "qwertyuiop", "1234567890", "aaaaaaaaaaaa", "abcabcabcabc"],
)
def test_common_passwords_and_patterns_score_zero(passphrase: str) -> None:
    assert estimate(passphrase).score == 0


@pytest.mark.parametrize("passphrase", ["Password1!", "Sommer2024!", "iloveyou123", "Tr0ub4dor&3"])
def test_decorated_single_words_are_weak(passphrase: str) -> None:
    assert estimate(passphrase).score <= 1


def test_four_random_words_are_strong_and_five_very_strong() -> None:
    four = estimate("correct horse battery staple")
    five = estimate("correct horse battery staple river")
    assert four.score == 3
    assert five.score == 4
    assert five.bits > four.bits


def test_random_characters_of_good_length_are_very_strong() -> None:
    assert estimate("k8#Lp2!vQz9@mR4t").score == 4


def test_other_scripts_count_as_words() -> None:
    assert estimate("আমার সোনার বাংলা আমি তোমায় ভালোবাসি").score == 4
    assert estimate("meine katze heißt minka").score >= 3


def test_short_passphrases_never_score_above_one() -> None:
    text = "Gj7!kq#2"
    assert len(text) < MIN_PASSPHRASE
    result = estimate(text)
    assert result.score <= 1
    assert any(str(MIN_PASSPHRASE) in line for line in result.advice)


def test_own_name_and_organisation_are_penalised() -> None:
    plain = estimate("ada lovelace city of testville")
    assert plain.score >= 2
    personal = estimate(
        "ada lovelace city of testville", avoid=["Ada Lovelace", "City of Testville"]
    )
    assert personal.score < plain.score
    assert any("name" in line for line in personal.advice)


def test_advice_names_the_weakness() -> None:
    assert any("most used" in line for line in estimate("password").advice)
    assert any("sequences" in line for line in estimate("abcdefgh12345678").advice)
    assert any("repeated" in line for line in estimate("xyzzyxyzzyxyzzy").advice)
    assert any("single word" in line for line in estimate("Elephant2024!").advice)
    assert any("Small changes" in line for line in estimate("Password1!").advice)
    assert any("Good" in line for line in estimate("correct horse battery staple").advice)


def test_empty_passphrase() -> None:
    result = estimate("")
    assert (result.score, result.bits) == (0, 0.0)
    assert result.advice


def test_more_length_never_lowers_the_estimate_of_random_text() -> None:
    base = "q7Rk"
    bits = [estimate(base * n + "x!").bits for n in range(1, 3)]
    assert bits == sorted(bits)


def test_score_thresholds() -> None:
    assert [
        score_for(b) for b in (0, THRESHOLDS[0], THRESHOLDS[1], THRESHOLDS[2], THRESHOLDS[3])
    ] == [
        0,
        1,
        2,
        3,
        4,
    ]
    assert score_for(THRESHOLDS[0] - 0.1) == 0


def test_label_and_advice_are_translated() -> None:
    seen: list[str] = []

    def translate(context: str, text: str) -> str:
        seen.append(text)
        return f"«{text}»"

    i18n.set_translator(translate)
    try:
        result = estimate("password")
    finally:
        i18n.set_translator(lambda _context, text: text)
    assert result.label == f"«{LABELS[0]}»"
    assert all(line.startswith("«") for line in result.advice)
    assert LABELS[0] in seen
