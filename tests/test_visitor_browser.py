"""What a visitor saw wrong in the browser (``research/visitor-review.md``, D4, D8, D14, D15, D19), in Chromium.

Typed hostile values (D1), broken and crafted links (D5, D7) are in ``test_hostile_browser.py``; the 404 page
(D17) and the sitemap (D6) in ``test_site.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from browsing import BOOT, PREFIX, Watch, serve, wait_live

from site_build.ui import UI

READY = "document.querySelector('.cc-calc').dataset.state === 'ready'"
# Each number, grouped number or date of a step's formula, and the lines its glyphs sit on.
SPLIT_TOKENS = r"""() => {
  const split = [];
  for (const code of document.querySelectorAll('.cc-steps code')) {
    const node = code.firstChild;
    if (!node) continue;
    const re = /\d+(?:[\u00a0.,]\d+)*/g;
    let m;
    while ((m = re.exec(node.textContent))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (lines.size > 1) split.push(m[0]);
    }
  }
  return split;
}"""
# Each word of a step's label that the browser broke across two lines.
SPLIT_WORDS = r"""() => {
  const split = [];
  for (const cell of document.querySelectorAll('.cc-steps tbody td:first-child')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /[^\s\u00a0]+/g;
      let m;
      while ((m = re.exec(node.textContent))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
  }
  return split;
}"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "calc_id", "query"),
    [
        ("kk", "kz-state-duty", {"date": "2026-04-15", "claims": [{"type": "property", "amount": "1 500 000"}]}),
        ("ky", "kg-enforcement-terms", {"start_date": "2026-03-12", "length": 1, "unit": "calendar_days"}),
        ("ru", "kz-state-duty", {"date": "2026-04-15", "claims": [{"type": "property", "amount": "2 500 000,5"}]}),
        ("en", "kz-court-costs", {}),
    ],
)
def test_d4_at_320_px_no_number_date_or_label_word_breaks_across_lines(
    browser: Any, site_url: str, lang: str, calc_id: str, query: dict[str, Any]
) -> None:
    """D4: "1 500 / 000", "12.03.2 / 026" and "Мөлшерл / еме" in a 47 px column at 320 px."""
    context = browser.new_context(viewport={"width": 320, "height": 800})
    tab = context.new_page()
    watch = Watch(tab, {site_url.rstrip("/")})
    link = f"?input={quote(json.dumps(query, ensure_ascii=False))}" if query else ""
    tab.goto(f"{site_url}{PREFIX[lang]}calculators/{calc_id}/{link}")
    if query:
        wait_live(tab)
    assert tab.locator(".cc-steps code").count() > 0
    assert tab.evaluate(SPLIT_TOKENS) == []
    assert tab.evaluate(SPLIT_WORDS) == []
    # The table scrolls on its own; the page itself never gets wider than the screen.
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()
    watch.check()


# How the worker answers when Python raises instead of answering (runtime/court-calc-worker.mjs, onmessage: the
# error's message, which for a Python error is its whole traceback). The last-resort guard in run_json keeps known
# inputs from getting here (test_fuzz.py); this is the path for whatever still does, as D1's values once did.
PYTHON_FAILS = """() => { self.onmessage = (event) => postMessage({ seq: event.data.seq, fatal: [
  'Traceback (most recent call last):',
  '  File "/home/pyodide/app/calculators/registry.py", line 60, in run_json',
  '  File "/home/pyodide/app/calculators/schema.py", line 90, in _convert',
  '    text = int(text)',
  "ValueError: invalid literal for int() with base 10: '\u2460'",
].join('\\n') }); }"""
# The page contract D8 broke: a live result is never shown under data-state "error", nor a fault with "ready".
CONSISTENT = """(r => (r.dataset.resultSource !== 'live' || r.dataset.state === 'ready')
  && (r.dataset.fault === undefined || r.dataset.state === 'error'))(document.querySelector('.cc-calc'))"""


@pytest.mark.browser
def test_d8_after_a_failed_computation_the_page_comes_back_to_ready_and_never_shows_a_traceback(
    page: Any, site_url: str
) -> None:
    """D8: after a computation that failed with a Python traceback, a valid value gave a live result but
    ``data-state`` stayed ``error`` for good, and the status line had shown the traceback."""
    ui = UI["en"]
    root = page.locator(".cc-calc")
    status = page.locator(".cc-status")
    page.goto(f"{site_url}en/calculators/kg-enforcement-terms/")
    page.wait_for_function(READY, timeout=BOOT)
    (worker,) = [w for w in page.workers if w.url.endswith("/court-calc-worker.mjs")]
    worker.evaluate(PYTHON_FAILS)
    page.fill('[name="length"]', "①")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.fault === 'crash'", timeout=15_000)
    text = status.inner_text()
    assert text.startswith(ui["fault_crash"]), text
    # One line naming the error, for a support request; no traceback, no frames, no source paths.
    assert "ValueError: invalid literal for int()" in text
    for frame in ("Traceback", 'File "', "registry.py", "line 60", "\n"):
        assert frame not in text, text
    assert page.evaluate(CONSISTENT)
    # A value typed while the runtime is down is kept and answered by the fault, never by a stale or fake result.
    page.fill('[name="length"]', "7")
    page.wait_for_timeout(500)
    assert root.get_attribute("data-state") == "error" and root.get_attribute("data-result-source") == "example"
    assert page.evaluate(CONSISTENT)
    # The retry starts a new worker: ready, and a live result of what is in the form now.
    page.get_by_role("button", name=ui["retry"]).click()
    assert wait_live(page)
    assert root.get_attribute("data-state") == "ready" and root.get_attribute("data-fault") is None
    assert status.inner_text() == ui["ready"]
    assert page.locator('[name="length"]').input_value() == "7"
    # The value that crashed Python before is now the field's own error, and the page stays ready through it.
    page.fill('[name="length"]', "①")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=15_000)
    assert root.get_attribute("data-state") == "ready"
    assert "whole number" in (page.locator('[data-error-for="length"]').text_content() or "")
    assert "Traceback" not in status.inner_text()
    assert page.evaluate(CONSISTENT)
    page.fill('[name="length"]', "8")
    wait_live(page)
    assert root.get_attribute("data-state") == "ready" and status.inner_text() == ui["ready"]
    assert page.evaluate(CONSISTENT)


@pytest.mark.browser
def test_d15_the_printed_certificate_reads_cleanly(page: Any, site_url: str) -> None:
    """D15: a "¶" after the title, an ISO date, the legal values folded away, demands not told apart."""
    data = {
        "date": "2026-03-10",
        "claims": [{"type": "non_property"}, {"type": "non_property"}, {"type": "non_property"}],
    }
    page.goto(f"{site_url}kk/calculators/kz-state-duty/?input={quote(json.dumps(data))}")
    wait_live(page)
    params = page.locator("details.cc-params")
    assert params.get_attribute("open") is None
    page.evaluate("document.querySelector('.cc-calc').courtCalc.certificate()")
    box = page.locator(".cc-certificate")
    heading = box.locator("h2").text_content() or ""
    assert heading.startswith("Есеп: ") and "¶" not in heading and heading == heading.strip()
    law = box.locator("p").nth(1).text_content() or ""
    assert "01.01.2026" in law and "2026-01-01" not in law
    rows = box.locator("th").all_text_contents()
    for n in (1, 2, 3):
        assert sum(1 for r in rows if f"№ {n}: " in r) >= 2, rows  # each demand's kind and its exemption
    assert len(set(rows)) == len(rows)
    page.emulate_media(media="print")
    assert params.get_attribute("open") is not None and params.locator("table").is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert params.get_attribute("open") is None


@pytest.mark.browser
def test_d19_after_an_error_the_old_steps_are_not_left_readable(page: Any, site_url: str) -> None:
    """D19: the old verdict's full steps table stayed on screen under a field error."""
    page.goto(f"{site_url}en/calculators/kg-bailiff-eligibility/")
    page.wait_for_function(READY, timeout=BOOT)
    assert page.locator(".cc-steps").is_visible()
    page.fill('[name="date"]', "01.09.2026")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=15_000)
    assert "does not handle this case yet" in (page.locator('[data-error-for="date"]').text_content() or "")
    assert not page.locator(".cc-steps").is_visible()
    assert not page.locator(".cc-params").is_visible()
    total = page.locator('[data-field="total"]')
    assert total.get_attribute("data-value") == ""
    assert "line-through" in total.evaluate("el => getComputedStyle(el).textDecorationLine")


PORTAL = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>portal</title></head><body><iframe id="calc" src="{src}" style="width:100%;height:300px;border:0"></iframe>
<script>window.got = [];
addEventListener("message", function (e) {{
  window.got.push(e.data);
  if (e.data.type === "court-calc:resize") document.getElementById("calc").style.height = e.data.height + "px";
}});</script>
</body></html>"""


@pytest.mark.browser
def test_d14_the_embed_reports_a_smaller_height_after_the_portal_applied_one_and_posts_input_errors(
    browser: Any, site_url: str, tmp_path: Path
) -> None:
    """D14: with the portal applying each height the frame never shrank; an invalid input posted nothing."""
    proc, host_url = serve(tmp_path)
    try:
        origin = host_url.rstrip("/")
        many = {"date": "2026-03-10", "claims": [{"type": "property", "amount": str(n * 1000)} for n in range(1, 9)]}
        src = f"{site_url}en/embed/kz-state-duty/?origin={quote(origin, safe='')}&input={quote(json.dumps(many))}"
        (tmp_path / "portal.html").write_text(PORTAL.format(src=src), encoding="utf-8")
        context = browser.new_context()
        tab = context.new_page()
        watch = Watch(tab, {site_url.rstrip("/"), origin})
        tab.goto(f"{host_url}portal.html")
        frame = tab.frame_locator("#calc")
        frame.locator('.cc-calc[data-result-source="live"]').wait_for(timeout=BOOT)
        tab.wait_for_function("window.got.some(m => m.type === 'court-calc:result')", timeout=10_000)
        tall = max(m["height"] for m in tab.evaluate("window.got") if m["type"] == "court-calc:resize")
        # Seven demands removed: the result is much shorter, and the frame the portal sized must follow it down.
        for _ in range(7):
            frame.locator(".cc-remove").last.click()
        frame.locator('.cc-calc[data-result-source="live"]').wait_for(timeout=15_000)
        tab.wait_for_function(
            f"window.got.filter(m => m.type === 'court-calc:resize').slice(-1)[0].height < {tall} - 100",
            timeout=10_000,
        )
        content = frame.locator("article").evaluate("a => a.getBoundingClientRect().bottom")
        last = [m for m in tab.evaluate("window.got") if m["type"] == "court-calc:resize"][-1]["height"]
        assert content <= last <= content + 100
        # A wrong amount: the portal hears that the total no longer holds.
        frame.locator('[name="claims.0.amount"]').fill("abc")
        tab.wait_for_function("window.got.some(m => m.type === 'court-calc:result' && m.result.error)", timeout=15_000)
        wrong = [m for m in tab.evaluate("window.got") if m["type"] == "court-calc:result"][-1]
        assert wrong["result"]["error"]["field"] == "claims.0.amount" and wrong["input"]["claims"][0]["amount"] == "abc"
        context.close()
        watch.check()
    finally:
        proc.terminate()
        proc.wait()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_d18_formulas_and_legal_values_read_as_the_page_writes_numbers_and_dates(
    page: Any, site_url: str, lang: str
) -> None:
    """D18: "0.5 × 4 325 = 2 162.5" beside "2 162,5"; "0.04", "mode: half_up, quantum: 1" and ISO dates."""
    from calculators import render

    read = "() => [document.querySelector('.cc-steps').textContent, document.querySelector('.cc-params').textContent]"
    page.goto(f"{site_url}{PREFIX[lang]}calculators/kz-state-duty/")
    page.wait_for_function(READY, timeout=BOOT)
    example = page.evaluate(read)
    page.fill('[name="claims.0.amount"]', "1500000")  # the example's own input, now computed in the browser
    wait_live(page)
    assert page.evaluate(read) == example  # the build and the browser write them alike
    formulas = page.locator(".cc-steps code").all_text_contents()
    half = "0,5 × 4\u00a0325 = 2\u00a0162,5" if lang == "ru" else "0.5 × 4\u00a0325 = 2\u00a0162.5"
    assert half in formulas
    if lang == "ru":
        assert not any(render.DECIMAL_POINT.search(f) for f in formulas), formulas
    page.locator(".cc-params summary").click()
    values = page.locator(".cc-params tbody").inner_text()
    assert "1 %" in values and "01.01.2026" in values
    assert "2026-01-01" not in values and "quantum" not in values and "0.01" not in values


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "calc_id", "choice", "path"),
    [
        ("kk", "kz-state-duty", ("proceeding", "copies"), "documents"),
        ("en", "kz-court-costs", ("claim", "non_property"), "demands_granted"),
    ],
)
def test_d13_a_blank_whole_number_box_is_said_to_be_blank_not_computed_as_1(
    page: Any, site_url: str, lang: str, calc_id: str, choice: tuple[str, str], path: str
) -> None:
    """D13: a blank "Number of documents" computed as 1 (562 ₸), a blank "Demands granted" as all of them."""
    from site_build.ui import UI

    page.goto(f"{site_url}{PREFIX[lang]}calculators/{calc_id}/")
    page.wait_for_function(READY, timeout=BOOT)
    page.select_option(f'[name="{choice[0]}"]', choice[1])
    wait_live(page)
    page.fill(f'[name="{path}"]', "")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=15_000)
    error = page.locator(f'[data-error-for="{path}"]').text_content() or ""
    label = page.locator(f'[data-path="{path}"] label').text_content() or ""
    assert error and label in error
    assert page.locator('[data-field="total"]').get_attribute("data-value") == ""
    assert page.locator(".cc-status").text_content() == UI[lang]["invalid"]
