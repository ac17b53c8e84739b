"""The limit for the inbound SMS benchmark: a bare FastAPI endpoint doing only the HTTP part.

It parses the same form and answers the same TwiML as `handlers/sms.py`, without signature
check, database or business rules, so the ratio of the two rates is what our work costs.
"""

from __future__ import annotations

from fastapi import FastAPI, Request, Response

TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def create_app() -> FastAPI:
    """The bare app (an app factory, run the same way as `bot.app:create_app`)."""
    app = FastAPI(title="bare inbound SMS endpoint")

    @app.post("/webhooks/twilio/sms")
    async def inbound_sms(request: Request) -> Response:
        form = await request.form()
        if not form.get("MessageSid"):
            return Response("MessageSid: missing\n", status_code=400, media_type="text/plain")
        return Response(TWIML, media_type="text/xml")

    return app
