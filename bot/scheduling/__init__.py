"""Pure time logic: opening hours, holidays, quiet hours, slots and cadences (no I/O)."""
