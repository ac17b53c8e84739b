"""The simulator page in a real Chromium on a phone-sized screen, against `opgang serve`."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from bot import demo
from tests.cli.command import Server, opgang, served

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FAMILY = demo.FAMILIES[4]  # Familien Ahmadi: a Persian-speaking parent
MEMBER = FAMILY.members[0]
PHONE_WIDTH = 375


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    cwd = tmp_path_factory.mktemp("page")
    url = f"sqlite+aiosqlite:///{cwd / 'opgang.db'}"
    loaded = opgang("demo", database_url=url, cwd=cwd)
    assert loaded.returncode == 0, loaded.stderr
    with served(cwd, url) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(server: Server, browser: Browser) -> Iterator[Page]:
    errors: list[str] = []
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 740},
                                  base_url=server.base)
    tab = context.new_page()
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("response", lambda r: errors.append(f"{r.status} {r.url}")
           if r.status >= 400 and r.status != 422 else None)
    tab.goto("/simulator")
    yield tab
    context.close()
    # A script error, a CSP violation or a missing file is a broken page; the browser also logs
    # the 422 answers some tests provoke on purpose, and those are shown on the page.
    assert [e for e in errors if "status of 422" not in e] == []


def reply_as_primary_contact(server: Server, family_name: str, body: str) -> None:
    with httpx.Client(base_url=server.base, timeout=5) as http:
        family = next(f for f in demo.FAMILIES if f.name == family_name)
        login = http.post("/api/v1/auth/token",
                          data={"username": family.contacts[0], "password": demo.PASSWORD})
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        phones = http.get("/simulator/api/phones").json()
        family_id = next(p["family_id"] for p in phones if p["family_name"] == family_name)
        answer = http.post(f"/api/v1/families/{family_id}/messages", json={"body": body},
                           headers=headers)
        assert answer.status_code == 202, answer.text


def test_a_member_texts_in_persian_and_sees_the_reply(page: Page, server: Server) -> None:
    assert MEMBER.phone is not None
    page.get_by_label("Family member").select_option(value=MEMBER.phone)
    expect(page.locator("#phone-number")).to_have_text("+45 20 10 05 01")
    expect(page.locator("#phone-who")).to_contain_text(FAMILY.name)

    text = "سلام، فردا وقت دارید؟"
    page.get_by_label("Message").fill(text)
    page.get_by_role("button", name="Send").click()
    mine = page.locator("#conversation li.in .bubble", has_text=text)
    expect(mine).to_have_count(1)
    expect(page.get_by_label("Message")).to_have_value("")
    assert mine.get_attribute("dir") == "auto"
    assert mine.evaluate("el => getComputedStyle(el).direction") == "rtl"

    reply_as_primary_contact(server, FAMILY.name, "Ja, kl. 14 passer fint.")
    theirs = page.locator("#conversation li.out .bubble", has_text="Ja, kl. 14 passer fint.")
    expect(theirs).to_have_count(1, timeout=10_000)
    assert theirs.evaluate("el => getComputedStyle(el).direction") == "ltr"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE_WIDTH


def test_a_double_click_sends_once(page: Page) -> None:
    phone = FAMILY.members[1].phone
    assert phone is not None
    page.get_by_label("Family member").select_option(value=phone)
    page.get_by_label("Message").fill("Er der nogen?")
    page.get_by_role("button", name="Send").dblclick()
    expect(page.get_by_label("Message")).to_have_value("")
    page.wait_for_timeout(1500)  # two polls: a second copy would have shown by now
    expect(page.locator("#conversation li.in .bubble", has_text="Er der nogen?")).to_have_count(1)


def test_an_unknown_number_writes_to_intake_and_a_bad_one_is_named(page: Page) -> None:
    number = page.get_by_label("…or an unknown number")
    number.fill("12")
    page.get_by_role("button", name="Use").click()
    expect(page.get_by_role("alert")).to_contain_text("phone")
    number.fill("31 31 31 31")
    page.get_by_role("button", name="Use").click()
    expect(page.locator("#phone-number")).to_have_text("+45 31 31 31 31")
    expect(page.locator("#phone-who")).to_contain_text("intake")
    expect(page.get_by_role("alert")).to_have_text("")
    page.get_by_label("Message").fill("Hej, hvem er I?")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#conversation li.in .bubble", has_text="Hej, hvem er I?")).to_have_count(1)
    assert re.search(r"#phone=%2B4531313131$", page.url)
