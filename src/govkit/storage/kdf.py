"""Argon2id parameters for key slots: the default, the floor and the cap.

A file's parameters are not trusted: a slot below the floor is a downgrade attack (someone
weakened it so that a stolen copy is cheaper to brute-force), and one above the cap would make
the program allocate gigabytes or spin for minutes before saying anything. Both are refused
before any key derivation runs.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_SIZE = 32
SALT_SIZE = 16


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int


# ~0.33 s on the reference 2-core machine (measured with cryptography 50).
DEFAULT_KDF = KdfParams(memory_kib=131072, iterations=3, lanes=4)
# OWASP's minimum recommendation for Argon2id (19 MiB, t=2, p=1); ~0.045 s here.
MIN_KDF = KdfParams(memory_kib=19456, iterations=2, lanes=1)
MAX_KDF = KdfParams(memory_kib=2 * 1024 * 1024, iterations=16, lanes=16)


class KdfProblem(Enum):
    BELOW_FLOOR = "below_floor"
    ABOVE_CAP = "above_cap"


def kdf_problem(params: KdfParams) -> KdfProblem | None:
    """Why a file's parameters must be refused, or None when they are acceptable."""
    values = _as_tuple(params)
    if any(v > cap for v, cap in zip(values, _as_tuple(MAX_KDF), strict=True)):
        return KdfProblem.ABOVE_CAP
    if any(v < floor for v, floor in zip(values, _as_tuple(MIN_KDF), strict=True)):
        return KdfProblem.BELOW_FLOOR
    return None


def _as_tuple(params: KdfParams) -> tuple[int, int, int]:
    return (params.memory_kib, params.iterations, params.lanes)


def check_new_params(params: KdfParams) -> None:
    """Refuse parameters a caller wants to write (a programming error, not a user one)."""
    problem = kdf_problem(params)
    if problem is not None:
        raise ValueError(f"KDF parameters {params} are {problem.value}")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit key-encryption key for one slot. Only call with checked parameters."""
    return Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on another keyboard or OS may arrive decomposed.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")
