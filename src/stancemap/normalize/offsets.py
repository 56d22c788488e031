"""Map offsets in normalised text back to the characters of the original.

Normalisation inserts spaces, repairs mojibake and fixes case; users must still
cite the article as published, so every normalised index keeps the index of the
original character it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """``origin[i]`` is the original index of normalised character ``i``.

    ``origin`` has one extra trailing entry, the original length, so that an
    exclusive ``end`` maps like any other index.
    """

    origin: Sequence[int]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(range(length + 1))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to the original text."""
        if end <= start:
            o = self.origin[start]
            return o, o
        first = self.origin[start]
        last = self.origin[end - 1] + 1
        return first, max(first, last)

    def index(self, i: int) -> int:
        """Original index of normalised position ``i``."""
        return self.origin[i]


@dataclass(frozen=True)
class NormalizedText:
    """Repaired text that NLP runs on, and the way back to the original."""

    original: str
    text: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_original(start, end)

    def original_slice(self, start: int, end: int) -> str:
        """The original characters behind a normalised span."""
        o_start, o_end = self.to_original(start, end)
        return self.original[o_start:o_end]
