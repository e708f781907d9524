"""Retention and destruction (보존기간과 파기)."""
