"""The domains a request can belong to, as the interdisciplinary team divides its work."""

from __future__ import annotations

DOMAINS = ("employment", "education", "school", "health", "housing", "economy", "disability",
           "family", "general")
