"""Routing inside the team: which domain a family's message is about, and who takes it."""
