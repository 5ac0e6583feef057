"""Validated frames: the pandera models of every warehouse table and the batch validator."""

from schemas.models import MODELS
from schemas.validate import Violation, validate_frames

__all__ = ["MODELS", "Violation", "validate_frames"]
