"""Runners: take inputs, run the per-document pipeline, hand documents (or rejections) on."""

from .local import extract_inputs

__all__ = ["extract_inputs"]
