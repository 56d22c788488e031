"""Where the shared test inputs live (``../shared`` beside the checkout)."""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def seed_paths() -> list[str]:
    return [str(p) for p in sorted((SHARED / "seeds").glob("*.txt"))]
