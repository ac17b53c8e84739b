"""The console in a real Chromium against `opgang serve`: a conversation from phone to console.

One server (the demo world, the simulator channel on) and one browser serve the whole module.
Before the server starts, `lead_world` adds what a lead must see (an overdue follow-up, a failed
SMS, a stranger's message). Every page is audited with axe-core (no serious or critical
violation), and the tests write the README's screenshots of the inbox, family page and lead view.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from bot import demo
from tests.cli.command import Server, opgang, served
from tests.console import lead_world

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ABDI = demo.FAMILIES[0]  # Amira is the primary contact; Hodan, the mother, writes
KOVALENKO = demo.FAMILIES[3]  # Amira is the partner contact; she hands the family over
AMIRA = "amira@gellerup.example"
LIVE = 10_000  # ms: the longest a live update may take here
PHONE_WIDTH = 375


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM}")
    cwd = tmp_path_factory.mktemp("console")
    url = f"sqlite+aiosqlite:///{cwd / 'opgang.db'}"
    loaded = opgang("demo", database_url=url, cwd=cwd)
    assert loaded.returncode == 0, loaded.stderr
    asyncio.run(lead_world.prepare(url))
    with served(cwd, url) as running:
        yield running
    # Ctrl-C stopped it cleanly: no open live stream held the shutdown up.
    assert running.returncode == 0, running.output()
    assert "Traceback" not in running.output()


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Browser]:
    """Closed before the server stops, so no live stream holds its shutdown up."""
    if shutil.which(CHROMIUM) is None:
        pytest.skip(f"{CHROMIUM} is not executable")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A browser context whose pages must raise no script error, CSP violation or 5xx."""

    def __init__(self, browser: Browser, server: Server, **options: object) -> None:
        self.errors: list[str] = []
        self.context: BrowserContext = browser.new_context(base_url=server.base, **options)

    def page(self) -> Page:
        tab = self.context.new_page()
        tab.on("pageerror", lambda exc: self.errors.append(str(exc)))
        tab.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        tab.on("response", lambda r: self.errors.append(f"{r.status} {r.url}")
               if r.status >= 500 else None)
        return tab

    def close(self) -> None:
        self.context.close()
        # The console logs the 404 of a page that is out of reach; that one is expected.
        assert [e for e in self.errors if "status of 404" not in e] == []


@pytest.fixture
def desk(browser: Browser, server: Server) -> Iterator[Watched]:
    """A caseworker's laptop, in Danish."""
    watched = Watched(browser, server, viewport={"width": 1200, "height": 820}, locale="da-DK")
    yield watched
    watched.close()


@pytest.fixture
def phone(browser: Browser, server: Server) -> Iterator[Watched]:
    """A family member's phone: the simulator page on a small screen."""
    watched = Watched(browser, server, viewport={"width": PHONE_WIDTH, "height": 740},
                      locale="da-DK")
    yield watched
    watched.close()


AXE = Axe()


def audit(page: Page) -> None:
    """axe-core (bundled by axe-playwright-python) finds no serious or critical violation."""
    results = AXE.run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5], v["help"])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{page.url}: {serious}"


def log_in(page: Page, email: str, heading: str = "Indbakke") -> None:
    page.goto("/console")
    expect(page).to_have_url("/console/login?next=/console")
    audit(page)
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode").fill(demo.PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()


def text_from_phone(page: Page, number: str, body: str) -> None:
    page.goto("/simulator")
    page.get_by_label("Family member").select_option(value=number)
    page.get_by_label("Message").fill(body)
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#conversation li.in .bubble", has_text=body)).to_have_count(1)


def test_a_text_arrives_live_and_the_reply_reaches_the_phone(
    desk: Watched, phone: Watched,
) -> None:
    console = desk.page()
    log_in(console, AMIRA)
    skip = console.locator("a.skip")
    console.keyboard.press("Tab")
    expect(skip).to_be_focused()
    assert skip.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    console.evaluate("window.stillTheSamePage = true")

    mother = ABDI.members[0]
    assert mother.phone is not None
    handset = phone.page()
    text_from_phone(handset, mother.phone,
                    "Hej Amira, brevet fra kommunen kom i dag. Hvad betyder det?")

    row = console.locator("li.family-row", has_text=ABDI.name)
    # The row shows the newest message: the text, or out of office hours (serve runs on the real
    # clock) the automatic answer to it, which names 112. Either way it arrived live.
    expect(row).to_contain_text(re.compile("brevet fra kommunen|112"), timeout=LIVE)
    expect(row.locator(".badge.wait")).to_contain_text("Har ventet")
    assert console.evaluate("window.stillTheSamePage") is True  # no reload
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    console.evaluate("document.activeElement.blur()")
    console.screenshot(path=str(SCREENSHOTS / "inbox.png"))
    audit(console)

    row.get_by_role("link", name=ABDI.name).click()
    expect(console.get_by_role("heading", name=ABDI.name, level=1)).to_be_visible()
    to = console.get_by_role("region", name="Svar").get_by_label("Til", exact=True)
    expect(to).to_have_value(member_value(console, mother.name))
    box = console.get_by_label("Besked", exact=True)
    box.fill("a" * 200)
    expect(console.locator("#segments")).to_contain_text("2 SMS-dele")
    expect(console.locator("#segments-warning")).to_be_hidden()
    box.fill("Vi ses – " + "a" * 200)
    expect(console.locator("#segments")).to_contain_text("4 SMS-dele")
    expect(console.locator("#segments-warning")).to_be_visible()
    box.fill("Hej Hodan. Brevet handler om din boligstøtte. Jeg ringer i morgen kl. 10.")
    console.get_by_role("button", name="Send", exact=True).click()
    expect(console.get_by_role("status").first).to_contain_text("Din besked er på vej")
    reply = handset.locator("#conversation li.out .bubble", has_text="boligstøtte")
    expect(reply).to_have_count(1, timeout=LIVE)
    delivered = console.locator("li.message.out", has_text="boligstøtte")
    expect(delivered.locator(".status")).to_have_text("Leveret", timeout=LIVE)

    # A note stays in the console: the team sees it, the phone never gets it.
    console.get_by_label("Note", exact=True).fill(
        "Mor er bekymret for huslejen; tag det op med Mikkel.")
    console.get_by_role("button", name="Gem note").click()
    note = console.locator("li.entry.note", has_text="huslejen")
    expect(note).to_contain_text("Intern note · sendes ikke til familien")
    assert note.evaluate("el => getComputedStyle(el).borderStyle") == "dashed"
    console.evaluate("window.scrollTo(0, 0)")
    console.screenshot(path=str(SCREENSHOTS / "family.png"), full_page=True)
    audit(console)
    handset.wait_for_timeout(1500)  # the simulator polls every second
    expect(handset.locator("#conversation", has_text="huslejen")).to_have_count(0)
    # One reply from Amira (out of office hours the automatic answer is there as well).
    expect(handset.locator("#conversation li.out", has_text="boligstøtte")).to_have_count(1)


def test_a_handover_removes_the_family_from_the_old_contact_at_once(desk: Watched) -> None:
    console = desk.page()
    log_in(console, AMIRA)
    watching = desk.page()  # a second tab on the inbox, as a worker often has
    watching.goto("/console")
    family_link = watching.get_by_role("link", name=KOVALENKO.name)
    expect(family_link).to_have_count(1)

    console.get_by_role("link", name=KOVALENKO.name).click()
    family_url = console.url
    console.get_by_label("Primær kontaktperson").select_option(label="Mikkel Dahl (sagsbehandler)")
    console.get_by_label("Anden kontaktperson").select_option(label="Nadia Rahimi (sagsbehandler)")
    console.get_by_label("Note til overdragelsen").fill("Amira går på barsel fra mandag.")
    console.get_by_role("button", name="Overdrag").click()
    expect(console).to_have_url("/console?notice=handed-away")
    expect(console.get_by_role("status").first).to_contain_text("Du har ikke længere adgang")
    expect(console.get_by_role("link", name=KOVALENKO.name)).to_have_count(0)
    expect(family_link).to_have_count(0, timeout=LIVE)  # the other tab, without a reload
    answer = console.goto(family_url)
    assert answer is not None and answer.status == 404
    expect(console.get_by_role("alert")).to_contain_text("ikke adgang")


def test_the_family_page_fits_a_phone_screen(phone: Watched) -> None:
    console = phone.page()
    log_in(console, "jonas@gellerup.example")  # Abdi's partner contact, on his phone
    console.get_by_role("link", name=ABDI.name).click()
    expect(console.get_by_role("heading", name=ABDI.name, level=1)).to_be_visible()
    expect(console.get_by_label("Besked", exact=True)).to_be_visible()
    assert console.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH


def test_the_lead_view_lists_an_overdue_follow_up_a_failed_sms_and_the_intake(
    desk: Watched, server: Server,
) -> None:
    console = desk.page()
    log_in(console, "lene@gellerup.example")
    console.get_by_role("link", name="Lederoverblik").click()
    expect(console.get_by_role("heading", name="Lederoverblik: Opgang Gellerup")).to_be_visible()
    overdue = console.locator("#overdue tbody tr", has_text=lead_world.OVERDUE.name)
    expect(overdue).to_contain_text("hver 6. uge")
    expect(overdue).to_contain_text("intet booket")
    failed = console.locator("#failed li", has_text=lead_world.FAILED.name)
    expect(failed).to_contain_text("Til Karim Al-Sayed")
    expect(failed.locator(".reason")).to_contain_text("30003")
    expect(console.locator("#workload tbody tr", has_text="Nadia Rahimi")).to_be_visible()
    stranger = console.locator("#intake li", has_text=lead_world.STRANGER_TEXT)
    expect(stranger).to_contain_text("+4520999888")
    audit(console)
    console.screenshot(path=str(SCREENSHOTS / "lead.png"), full_page=True)

    # The stranger is Emre Yılmaz on a new phone: attach the message to him.
    stranger.get_by_label("Hvem sendte den?").select_option(label="Familien Yılmaz: Emre Yılmaz")
    stranger.get_by_role("button", name="Knyt til familie").click()
    expect(console.get_by_role("status").first).to_contain_text("Beskeden er nu i familiens")
    expect(console.locator("#intake")).to_contain_text("Ingen beskeder fra ukendte afsendere.")

    # Another stranger writes: the intake list shows it live, without a reload.
    console.evaluate("window.stillTheSamePage = true")
    written = httpx.post(f"{server.base}/simulator/api/messages", timeout=10, json={
        "phone": "+4520777666", "body": "Hvem kan hjælpe mig med en bolig?"})
    assert written.status_code == 201, written.text
    expect(console.locator("#intake li", has_text="bolig?")).to_contain_text(
        "+4520777666", timeout=LIVE)
    assert console.evaluate("window.stillTheSamePage") is True

    # Send the failed SMS again: it is back in the outbox (SMS is off on this server, so it waits).
    failed = console.locator("#failed li", has_text=lead_world.FAILED.name)
    message_url = failed.get_by_role("link", name=lead_world.FAILED.name).get_attribute("href")
    failed.get_by_role("button", name="Send igen").click()
    expect(console.get_by_role("status").first).to_contain_text("Beskeden sendes igen.")
    expect(console.locator("#failed")).to_contain_text("Alle beskeder er leveret.")
    assert message_url is not None
    console.goto(message_url)
    expect(console.locator("li.message.out", has_text="vi ses torsdag").locator(".status")
           ).to_have_text("Venter på at blive sendt")


def member_value(page: Page, name: str) -> str:
    value = page.locator("#reply-member option", has_text=name).get_attribute("value")
    assert value is not None
    return value


def test_a_canned_reply_goes_in_the_members_language(desk: Watched) -> None:
    lead = desk.page()
    log_in(lead, "lene@gellerup.example")
    lead.goto("/console/lead/replies")
    audit(lead)
    new = lead.locator("section", has=lead.get_by_role("heading", name="Nyt standardsvar"))
    new.get_by_label("Titel").fill("Brev modtaget")
    new.get_by_label("dansk").fill("Tak, vi har fået dit brev og vender tilbage i dag.")
    new.get_by_label("somali").fill("Mahadsanid, waxaan helnay warqaddaada.")
    new.get_by_role("button", name="Tilføj").click()
    expect(lead.get_by_role("status").first).to_contain_text("Standardsvaret er gemt.")
    lead.get_by_role("button", name="Log ud").click()

    console = desk.page()
    log_in(console, AMIRA)
    console.get_by_role("link", name=ABDI.name).click()
    hodan, mohamed = ABDI.members[0], ABDI.members[1]
    to = console.get_by_role("region", name="Svar").get_by_label("Til", exact=True)
    to.select_option(value=member_value(console, hodan.name))
    console.get_by_label("Standardsvar").select_option(label="Brev modtaget")
    console.get_by_role("button", name="Indsæt på modtagerens sprog").click()
    box = console.get_by_label("Besked", exact=True)
    expect(box).to_have_value("Mahadsanid, waxaan helnay warqaddaada.")
    expect(box).to_be_focused()
    box.fill("")
    to.select_option(value=member_value(console, mohamed.name))
    console.get_by_role("button", name="Indsæt på modtagerens sprog").click()
    expect(box).to_have_value("Tak, vi har fået dit brev og vender tilbage i dag.")


def test_the_admin_pages_pass_the_audit_and_create_a_login(desk: Watched) -> None:
    console = desk.page()
    log_in(console, "admin@gellerup.example", heading="Administration")
    audit(console)
    console.get_by_label("Navn", exact=True).fill("Mette Boligsen")
    console.get_by_label("E-mail", exact=True).fill("mette@gellerup.example")
    console.get_by_label("Første adgangskode (mindst 8 tegn)").fill("et langt kodeord")
    console.get_by_label("bolig").select_option(label="niveau 3: specialist")
    console.get_by_role("button", name="Opret login").click()
    expect(console.get_by_role("status").first).to_contain_text("Login er oprettet.")
    row = console.locator("tbody tr", has_text="mette@gellerup.example")
    expect(row).to_contain_text("bolig (3)")
    row.get_by_role("button", name="Nulstil adgangskode for Mette Boligsen").click()
    expect(console.locator(".secret")).to_have_count(1)
    console.locator("tbody tr", has_text="mette@gellerup.example").get_by_role(
        "button", name="Deaktivér Mette Boligsen").click()
    expect(console.locator("tbody tr", has_text="mette@gellerup.example")).to_contain_text(
        "deaktiveret")
