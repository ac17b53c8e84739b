"""Local stand-ins for the providers, listening on loopback, spoken to by the real clients."""
