"""How hard a passphrase is to guess: a small, offline estimator with advice.

The estimate follows the idea of zxcvbn: a guesser tries cheap patterns first (common
passwords, keyboard rows, sequences, repetition, single words with a capital and a digit), so a
passphrase is only as strong as the cheapest way to describe it. Two models are computed and the
weaker one wins:

* a character model that walks the text and charges each stretch the bits needed to describe it
  (a known password or pattern costs a few bits, a random character costs log2 of its alphabet);
* a word model for texts made of words: about ``WORD_BITS`` per word, like a diceware list.

The score is 0 (very weak) to 4 (very strong). Texts shorter than the minimum the vault accepts
never score above 1. The advice is translated and fit to show as is.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from govkit.i18n import N_, _

# Bits per word of a memorable passphrase (a diceware list of 7,776 words gives 12.9).
WORD_BITS = 13.0
# Bits for one well-known password or word found in COMMON (log2 of its size, rounded up).
COMMON_BITS = 8.0
# Upper bounds (exclusive) of the estimated bits for scores 0, 1, 2 and 3.
THRESHOLDS = (25.0, 40.0, 52.0, 64.0)

LABELS = (N_("Very weak"), N_("Weak"), N_("Fair"), N_("Strong"), N_("Very strong"))

# The passwords (and password words) tried first, in several of the users' languages.
_COMMON_TEXT = """
    password passw0rd passwort motdepasse contrasena contraseña senha palavrapasse wachtwoord
    haslo hasło parola salasana lozinka geslo jelszo heslo sifre şifre kennwort
    123456 1234567 12345678 123456789 1234567890 111111 000000 123123 654321 666666 121212
    112233 159753 147258 123321 987654321 1q2w3e4r 1q2w3e zaq12wsx
    qwerty qwertz azerty asdfgh asdfghjkl qwertyuiop yxcvbnm zxcvbnm
    letmein welcome willkommen bienvenue bienvenido benvenuto iloveyou ichliebedich jetaime
    teamo admin administrator root login secret geheim secreto segredo changeme default guest
    master monkey dragon football fussball soccer baseball superman batman princess sunshine
    shadow trustno1 starwars pokemon computer internet freedom whatever hello hallo bonjour
    hola ola summer winter spring autumn sommer winter fruehling herbst january
    office buero bureau oficina escritorio city stadt ville ciudad cidade council rathaus mairie
    government regierung gouvernement gobierno governo municipal kommune gemeinde
    bangladesh dhaka bonn berlin paris london madrid lisboa
    test testing test123 demo sample example beispiel exemple ejemplo exemplo
    abc123 abcdef abcd1234 qwerty123 password1 password123 admin123 welcome1
"""
COMMON = frozenset(_COMMON_TEXT.split())

# Keyboard rows (QWERTY, QWERTZ, AZERTY) and the digit row; runs along them are cheap to guess.
_KEYBOARD_ROWS = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "yxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
)
_LEET = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
_SEPARATORS = re.compile(r"[\s\-_.,;:+/]+")
_MIN_RUN = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0 very weak … 4 very strong
    bits: float  # the estimate behind the score
    label: str  # translated, e.g. "Fair"
    advice: list[str] = field(default_factory=list)  # translated sentences, most useful first

    @property
    def acceptable(self) -> bool:
        """Good enough to recommend (the vault itself only enforces the minimum length)."""
        return self.score >= 2


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100  # letters of other scripts and accented letters
    return max(pool, 10)


def _lower(text: str) -> str:
    """Lower case, one character for one (so that positions stay aligned with ``text``)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_word_char(c: str) -> bool:
    return c.isalpha() or unicodedata.category(c).startswith("M")


@dataclass
class _Findings:
    common: bool = False  # the whole text is a common password
    common_variant: bool = False  # a common password with a capital, digits, symbols, leet
    contains_common: bool = False
    sequence: bool = False
    repetition: bool = False
    personal: bool = False
    single_word: bool = False
    word_count: int = 0


def _run_length(text: str, start: int, step_ok: Callable[[str, str, int], bool]) -> int:
    """Length of the run starting at ``start`` whose consecutive pairs satisfy ``step_ok``."""
    end = start + 1
    while end < len(text) and step_ok(text[end - 1], text[end], end - start):
        end += 1
    return end - start


def _sequence_run(text: str, start: int) -> int:
    if start + 1 >= len(text):
        return 1
    step = ord(text[start + 1]) - ord(text[start])
    if step not in (1, -1):
        return 1
    return _run_length(text, start, lambda a, b, _n: ord(b) - ord(a) == step)


def _keyboard_run(text: str, start: int) -> int:
    best = 1
    for row in _KEYBOARD_ROWS:
        for line in (row, row[::-1]):
            pos = line.find(text[start])
            if pos < 0:
                continue
            length = 1
            while (
                start + length < len(text)
                and pos + length < len(line)
                and text[start + length] == line[pos + length]
            ):
                length += 1
            best = max(best, length)
    return best


def _character_bits(text: str, avoid: list[str], found: _Findings) -> float:
    """Walk the text, charging each stretch the cheapest way to describe it."""
    lower = _lower(text)
    folded = lower.translate(_LEET)
    char_bits = math.log2(_pool(text))
    bits = 0.0
    i = 0
    while i < len(text):
        options: list[tuple[float, int, str]] = [(char_bits, 1, "char")]
        repeat = _run_length(lower, i, lambda a, b, _n: a == b)
        if repeat >= _MIN_RUN:
            options.append((char_bits + math.log2(repeat), repeat, "repetition"))
        seq = _sequence_run(lower, i)
        if seq >= _MIN_RUN:
            options.append((char_bits + 1 + math.log2(seq), seq, "sequence"))
        keys = _keyboard_run(lower, i)
        if keys >= _MIN_RUN:
            options.append((char_bits + 2 + math.log2(keys), keys, "sequence"))
        # The same stretch appeared earlier: "abcabc", "Sommer2024Sommer2024".
        for length in range(len(text) - i, _MIN_RUN - 1, -1):
            if lower[i : i + length] in lower[:i]:
                options.append((math.log2(i + 1) + math.log2(length), length, "repetition"))
                break
        for word in avoid:
            if len(word) >= _MIN_RUN and lower.startswith(word, i):
                options.append((2.0, len(word), "personal"))
        for length in range(min(len(text) - i, 20), 3, -1):
            chunk, plain = folded[i : i + length], lower[i : i + length]
            if chunk in COMMON or plain in COMMON:
                case_bits = 0.0 if text[i : i + length].islower() else 1.0
                leet_bits = sum(1.0 for a, b in zip(plain, chunk, strict=True) if a != b)
                options.append((COMMON_BITS + case_bits + leet_bits, length, "common"))
                break
        cost, length, kind = min(options, key=lambda o: (o[0] / o[1], -o[1]))
        if kind == "repetition":
            found.repetition = True
        elif kind == "sequence":
            found.sequence = True
        elif kind == "personal":
            found.personal = True
        elif kind == "common":
            found.contains_common = True
        bits += cost
        i += length
    return bits


def _strip_decorations(text: str) -> tuple[str, float]:
    """The core of "Sommer2024!" and the bits its decorations add (capital, digits, symbols)."""
    core = text
    extra = 0.0
    # Trailing digits and symbols, the classic "add a 1 and a !".
    tail = re.search(r"[\W_\d]+$", text)
    if tail and tail.start() > 0:
        digits = sum(c.isdigit() for c in tail.group())
        symbols = len(tail.group()) - digits
        extra += digits * math.log2(10) + symbols * 5.0
        core = text[: tail.start()]
    if core[:1].isupper() and core[1:].islower():
        extra += 1.0
    folded = _lower(core).translate(_LEET)
    extra += sum(1.0 for a, b in zip(_lower(core), folded, strict=True) if a != b)
    return folded, extra


def _looks_like_a_word(core: str) -> bool:
    """Letters of word length; Latin letters also need vowels ("xkqpmzvtrw" is no word)."""
    if not 4 <= len(core) <= 12 or not all(_is_word_char(c) for c in core):
        return False
    if core.isascii():
        return sum(c in "aeiouy" for c in core) * 4 >= len(core)
    return True


def _word_bits(text: str, avoid: list[str], found: _Findings) -> float | None:
    """The estimate if the text is made of words, else None."""
    tokens = [t for t in _SEPARATORS.split(text) if t]
    if not tokens:
        return None
    if len(tokens) == 1:
        core, extra = _strip_decorations(tokens[0])
        # A single word is guessed with a dictionary and a few rules (capital, digits, 0 for o).
        if not _looks_like_a_word(core):
            return None
        found.word_count = 1
        if core in COMMON:
            found.common_variant = True
            return COMMON_BITS + extra
        if core in avoid:
            found.personal = True
            return 2.0 + extra
        found.single_word = True
        return WORD_BITS + 4.0 + extra
    if not all(all(_is_word_char(c) or c.isdigit() for c in t) for t in tokens):
        return None
    found.word_count = len(tokens)
    bits = 0.0
    for token in tokens:
        plain = token.lower()
        if plain in avoid:
            found.personal = True
            bits += 2.0
        elif plain in COMMON:
            found.contains_common = True
            bits += COMMON_BITS
        elif token.isdigit():
            bits += min(len(token) * math.log2(10), WORD_BITS)
        else:
            bits += min(len(token) * 4.7, WORD_BITS)
        if token[:1].isupper() and not token.isupper():
            bits += 0.5
    separators = set(_SEPARATORS.findall(text))
    bits += 0.0 if len(separators) <= 1 else 2.0 * len(separators)
    return bits


def min_length() -> int:
    """The shortest passphrase the vault accepts (imported late: the people service pulls in
    the storage layer, which the unlock window must not wait for)."""
    from govkit.services.people import MIN_PASSPHRASE

    return MIN_PASSPHRASE


def score_for(bits: float) -> int:
    for score, bound in enumerate(THRESHOLDS):
        if bits < bound:
            return score
    return 4


def estimate(passphrase: str, *, avoid: Iterable[str] = ()) -> Strength:
    """Score ``passphrase``; ``avoid`` lists words the user should not use (their name…)."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0, 0.0, _(LABELS[0]), [_("Type a passphrase.")])
    avoid_words = sorted(
        {w.lower() for item in avoid for w in _SEPARATORS.split(item) if len(w) >= _MIN_RUN},
        key=len,
        reverse=True,
    )
    if text.lower() in COMMON or text.lower().translate(_LEET) in COMMON:
        found = _Findings(common=True)
        bits = 1.0
    else:
        # The guesser takes the cheaper description; its findings explain the score.
        found = _Findings()
        bits = _character_bits(text, avoid_words, found)
        by_words = _Findings()
        words = _word_bits(text, avoid_words, by_words)
        if words is not None and words < bits:
            bits, found = words, by_words
        # "Password1!" is a common password in disguise whichever model is cheaper.
        found.common_variant = found.common_variant or by_words.common_variant
    score = score_for(bits)
    if len(text) < min_length():
        score = min(score, 1)
    if found.common_variant:
        score = min(score, 1)
    return Strength(score, round(bits, 1), _(LABELS[score]), _advice(text, score, found))


def _advice(text: str, score: int, found: _Findings) -> list[str]:
    advice: list[str] = []
    if found.common:
        advice.append(_("This is one of the most used passwords: it is tried first."))
    elif found.common_variant:
        advice.append(
            _(
                "Small changes to a common password (a capital, a digit, 0 for o) do not "
                "fool anyone who tries to guess it."
            )
        )
    if len(text) < min_length():
        advice.append(_("Use at least {n} characters.").format(n=min_length()))
    if found.personal:
        advice.append(_("Do not use your own name or your organisation's name."))
    if found.sequence:
        advice.append(_("Avoid sequences such as “abcd”, “1234” or keyboard rows like “qwerty”."))
    if found.repetition:
        advice.append(_("Avoid repeated characters and repeated parts."))
    if found.contains_common and not (found.common or found.common_variant) and score < 3:
        advice.append(_("Avoid common passwords and words inside your passphrase."))
    if found.single_word:
        advice.append(
            _(
                "A single word, even with digits or symbols added, is guessed quickly. "
                "Use several unrelated words."
            )
        )
    if score < 3 and found.word_count >= 2:
        advice.append(_("Add another unrelated word or two."))
    elif score < 3 and not advice:
        advice.append(
            _("Make it longer: several unrelated words are easy to remember and hard to guess.")
        )
    if score >= 3:
        advice.append(_("Good: this passphrase is hard to guess. Keep it to yourself."))
    return advice
