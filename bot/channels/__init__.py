"""Outbound adapters: each turns (address, text) into a provider call and an `Outcome`."""
