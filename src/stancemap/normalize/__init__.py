"""Text repair that keeps a map back to the original characters."""

from stancemap.normalize.offsets import NormalizedText, OffsetMap
from stancemap.normalize.repair import normalize

__all__ = ["NormalizedText", "OffsetMap", "normalize"]
