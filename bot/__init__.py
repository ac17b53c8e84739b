"""Opgang: one entrance to the municipality for vulnerable families."""
