"""Twilio SMS webhooks (placeholder until the SMS adapter lands)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["webhooks"])
