"""The HTML report in headless Chromium: highlights, cards on focus beside the text (never
over it), quiet claims and their toggle, the header, no script runs."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.pipeline import check_source
from factcheck.report import render
from factcheck.text import read_string

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs chromium + driver")]

DRAFT = (
    "# Tariffs\n\n"
    "<script>document.title = 'pwned'; window.ran = 1;</script>\n\n"
    "The town is fewer than 100 kilometres (80 miles) from the border, "
    "and <img src=x onerror=\"window.ran=2\"> around 28,824 people live there.\n"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=str(DRIVER))
    driver = webdriver.Chrome(options=options, service=service)
    # a headless window never has the focus, so :focus would never match without this
    driver.execute_cdp_cmd("Emulation.setFocusEmulationEnabled", {"enabled": True})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def opened(browser: Any, tmp_path: Path, fake_pipeline: None) -> tuple[Any, Any]:
    item = check_source(read_string("draft.txt", DRAFT, "txt"))
    page = tmp_path / "report.html"
    page.write_text(render([item], "html", {}), encoding="utf-8")
    browser.get(page.as_uri())
    return browser, item


def test_highlights_cover_the_finding_characters(opened: tuple[Any, Any]) -> None:
    driver, item = opened
    for n, finding in enumerate(item.report.findings):
        text = driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]))"
            ".map(e => e.textContent).join('')", f'[data-findings~="0-{n}"]')
        assert text == item.report.text[finding.start:finding.end]


def test_card_shows_on_focus(opened: tuple[Any, Any]) -> None:
    driver, _ = opened
    from selenium.webdriver.common.by import By

    card = driver.find_element(By.ID, "card-0-0")
    assert not card.is_displayed()
    driver.execute_script("document.getElementById('pin-0-0').focus()")
    assert card.is_displayed()
    assert "100 km is 62.1 miles, not 80 miles" in card.text
    driver.execute_script("document.getElementById('pin-0-1').focus()")
    assert not card.is_displayed()


OVERLAPS = """
const card = document.getElementById(arguments[0]).getBoundingClientRect();
const hit = (r) => r.width > 0 && r.left < card.right && card.left < r.right
                   && r.top < card.bottom && card.top < r.bottom;
const range = document.createRange();
const covered = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walk.nextNode(); node; node = walk.nextNode()) {
  if (node.parentElement.closest('.card') || !node.textContent.trim()) continue;
  range.selectNodeContents(node);
  for (const r of range.getClientRects()) if (hit(r)) covered.push(node.textContent);
}
return covered;
"""


@pytest.mark.parametrize(("width", "beside"), [(1400, True), (700, False)])
@pytest.mark.parametrize("pin", ["0-0", "0-1"])
def test_an_open_card_covers_no_text(opened: tuple[Any, Any], width: int, beside: bool,
                                     pin: str) -> None:
    """Wide: the card opens in the margin right of the draft; narrow: below its line,
    pushing the text down. Either way no character of the page is under it."""
    driver, _ = opened
    driver.set_window_size(width, 900)
    driver.execute_script(f"document.getElementById('pin-{pin}').focus()")
    assert driver.execute_script(OVERLAPS, f"card-{pin}") == []
    card = driver.execute_script(
        f"return document.getElementById('card-{pin}').getBoundingClientRect()")
    draft = driver.execute_script("return document.getElementById('draft-0')"
                                  ".getBoundingClientRect()")
    assert card["height"] > 0 and card["width"] > 100
    assert (card["left"] >= draft["right"]) is beside
    assert card["right"] <= width


def test_only_findings_stand_out_until_all_are_shown(opened: tuple[Any, Any]) -> None:
    driver, _ = opened
    driver.set_window_size(1400, 900)
    backgrounds = ("return Array.from(document.querySelectorAll(arguments[0]))"
                   ".map(e => getComputedStyle(e).backgroundColor)")
    clear = "rgba(0, 0, 0, 0)"
    assert set(driver.execute_script(backgrounds, ".draft .quiet")) == {clear}
    assert clear not in driver.execute_script(backgrounds, ".draft .flagged")
    driver.execute_script("document.getElementById('show-all').click()")
    assert clear not in driver.execute_script(backgrounds, ".draft .quiet")
    driver.execute_script("document.getElementById('show-all').click()")


def test_the_header_says_when_and_with_what(opened: tuple[Any, Any]) -> None:
    driver, _ = opened
    meta = driver.execute_script("return document.querySelector('.meta').innerText")
    assert "As of" in meta and "2025-09-01" in meta and "factcheck" in meta
    assert "UTC" in meta and "draft.txt" in meta
    legend = driver.execute_script("return document.querySelector('.legend').innerText")
    assert "error" in legend and "warning" in legend and "contradicts" in legend


def test_injected_markup_shows_as_text_and_never_runs(opened: tuple[Any, Any]) -> None:
    driver, _ = opened
    assert driver.title == "factcheck report"
    assert driver.execute_script("return window.ran === undefined")
    assert driver.execute_script("return document.querySelectorAll('.draft script, .draft img')"
                                 ".length") == 0
    draft = driver.execute_script("return document.getElementById('draft-0').textContent")
    assert "<script>document.title" in draft
    assert "onerror=\"window.ran=2\"" in draft
