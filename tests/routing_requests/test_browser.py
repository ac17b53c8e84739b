"""Issue 5 in a real Chromium against `opgang serve` with the demo: the urgent message appears on
the lead's open inbox within seconds, and the specialist finds the job-centre letter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect, sync_playwright

from tests.cli.command import Server, opgang, served
from tests.console.test_browser import ARGS, CHROMIUM, LIVE, Watched, audit, log_in, text_from_phone

pytestmark = pytest.mark.browser

HODAN = "+4520100101"
OMAR = "+4520100204"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM}")
    cwd = tmp_path_factory.mktemp("routing")
    url = f"sqlite+aiosqlite:///{cwd / 'opgang.db'}"
    loaded = opgang("demo", database_url=url, cwd=cwd)
    assert loaded.returncode == 0, loaded.stderr
    with served(cwd, url, OPGANG_EMERGENCY_SOCIAL_NUMBER="89 40 20 00") as running:
        yield running
    assert running.returncode == 0, running.output()
    assert "Traceback" not in running.output()


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def desk(browser: Browser, server: Server) -> Iterator[Watched]:
    watched = Watched(browser, server, viewport={"width": 1200, "height": 820}, locale="da-DK")
    yield watched
    watched.close()


@pytest.fixture
def phone(browser: Browser, server: Server) -> Iterator[Watched]:
    watched = Watched(browser, server, viewport={"width": 375, "height": 740}, locale="da-DK")
    yield watched
    watched.close()


def test_an_urgent_arabic_message_tops_the_leads_open_inbox_within_seconds(
    desk: Watched, phone: Watched,
) -> None:
    console = desk.page()
    log_in(console, "lene@gellerup.example")
    console.evaluate("window.stillTheSamePage = true")
    text_from_phone(phone.page(), OMAR, "أنا خائف أن أذهب إلى البيت")
    first = console.locator("li.family-row").first
    expect(first).to_contain_text("Familien Al-Sayed", timeout=LIVE)
    expect(first.locator(".badge.urgent")).to_have_text("Haster", timeout=LIVE)
    assert console.evaluate("window.stillTheSamePage") is True  # no reload: live
    first.get_by_role("link", name="Familien Al-Sayed").click()
    panel = console.get_by_role("region", name="Opgaver")
    expect(panel).to_contain_text("Akut besked (vold): Lene Lund har fået besked")
    expect(panel).to_contain_text("Sofie Holm har fået besked")
    audit(console)


def test_the_employment_specialist_finds_the_somali_job_centre_letter(
    desk: Watched, phone: Watched,
) -> None:
    letter = "Waxaan warqad ka helay jobcenter-ka, ma i caawin kartaan?"
    text_from_phone(phone.page(), HODAN, letter)
    console = desk.page()
    log_in(console, "yasmin@gellerup.example")
    console.get_by_role("link", name="Opgaver").click()
    item = console.locator("li.request", has_text=letter)
    expect(item).to_contain_text("Familien Abdi")
    expect(item.locator(".badge").first).to_have_text("Beskæftigelse")
    audit(console)
    item.get_by_role("button", name="Jeg tager den").click()
    expect(console.get_by_role("status").first).to_contain_text("Opgaven er gemt")
