"""Password hashing (Argon2id) and the one-time passwords and token secrets handed out."""

from __future__ import annotations

import hashlib
import secrets as _random
import string

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's RFC 9106 "low memory" profile scaled to a desk PC: ~50–150 ms a check on
# the office machines measured, inside the 300 ms a sign-in may take.
_HASHER = PasswordHasher(time_cost=3, memory_cost=32 * 1024, parallelism=2)

# No 0/O, 1/l/I: the one-time password is read off a screen or a note and typed.
_OTP_ALPHABET = "".join(ch for ch in string.ascii_letters + string.digits if ch not in "0O1lI")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def one_time_password() -> str:
    """12 letters and digits (both kinds, so the rule holds), given once."""
    while True:
        pw = "".join(_random.choice(_OTP_ALPHABET) for _ in range(12))
        if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
            return pw


def token_secret() -> str:
    """A service token: 256 random bits, URL-safe, with a prefix that says what it is."""
    return "mwt_" + _random.token_urlsafe(32)


def token_hash(secret: str) -> str:
    """SHA-256 of the secret. A fast hash is enough: 256 random bits cannot be guessed,
    unlike a password, and the token is then found by an index lookup."""
    return hashlib.sha256(secret.encode()).hexdigest()
