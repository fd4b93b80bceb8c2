"""Warta: raw Indonesian news in, clean, deduplicated, source-attributed, dated event data out."""

__version__ = "0.1.0"
