"""POST /api/v1/auth/token: email and password for a bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from bot import tokens
from bot.queries import authenticate
from handlers.api.deps import RuntimeDep
from handlers.api.schemas import Token

router = APIRouter(tags=["auth"])


@router.post("/auth/token")
async def token(rt: RuntimeDep, form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    worker = await authenticate(rt, email=form.username, password=form.password)
    if worker is None:
        # One answer for an unknown email and a wrong password.
        raise HTTPException(401, "wrong email or password",
                            headers={"WWW-Authenticate": "Bearer"})
    return Token(access_token=tokens.issue(rt.secret, worker.id))
