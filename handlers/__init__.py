"""Inbound adapters: webhooks, the API, the console and the simulator. Thin; no SQL rules here."""
