"""The audit's index.html in a real browser (Debian's headless Chromium via Playwright).

Skipped without Chromium or Playwright unless VERIFY_REQUIRE_BROWSER=1 (see test_html_browser.py, whose
fixtures are reused). A screenshot is saved to reports/artifacts/audit-index.png.
"""

from __future__ import annotations

import csv
import json

import pytest
from audit_corpus import html_page, text_page, write_jsonl
from test_html_browser import ARTIFACTS, Opened, browser  # noqa: F401  (the browser fixture)

from pipeline.audit import AuditOptions, run_audit


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit-browser")
    records = [{"url": f"https://clinic.example/articles/{n}", "text": text_page(n)} for n in range(8)]
    records += [
        {"url": "https://clinic.example/html/3", "html": html_page(3)},
        {"url": "https://clinic.example/copy", "text": text_page(2)},
        {
            "url": "https://evil.example/<img src=x onerror=alert(1)>",
            "text": text_page(4) + " <script>alert(2)</script>",
        },
        {"url": "../../../escape", "text": text_page(5) + " Extra line."},
    ]
    path = write_jsonl(root / "pages.jsonl", records, extra_lines=["{not json"])
    out = root / "audit"
    run_audit(AuditOptions(inputs=(str(path),), out=str(out), workers=2, progress="none"))
    return out


def _open(browser, out) -> Opened:  # noqa: F811
    index = out / "index.html"
    return Opened(browser, index.read_text(encoding="utf-8"), index)


def test_index_renders_with_totals_charts_and_no_network(browser, audited):  # noqa: F811
    o = _open(browser, audited)
    page = o.page
    counts = json.loads((audited / "manifest.json").read_text(encoding="utf-8"))["counts"]
    assert page.title() == "verify audit: audit"
    assert page.inner_text("#total-contradicted-claims b") == str(counts["contradicted"]) != "0"
    assert page.inner_text("#total-pages-checked b") == str(counts["pages_checked"])
    assert page.locator("svg[role=img]").count() == 2
    heights = page.eval_on_selector_all("#chart-risk rect", "els => els.map(e => e.getBBox().height)")
    assert sum(1 for h in heights if h > 0) >= 2
    widths = page.eval_on_selector_all("#chart-verdicts rect", "els => els.map(e => e.getBBox().width)")
    assert len(widths) == 4 and max(widths) > 100
    assert page.locator("#myth-table tbody tr").count() >= 2
    assert page.locator("#ranked tbody tr").count() == counts["pages_checked"]
    assert page.locator("#error-table tbody tr").count() == counts["errors"] == 1
    page.wait_for_timeout(200)
    assert o.errors == [] and o.dialogs == [] and o.requests == [o.url], (o.errors, o.dialogs, o.requests)
    assert page.evaluate("document.scripts.length") == 1 and page.locator("img").count() == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "audit-index.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.close()


def test_every_link_leads_to_a_detail_page_and_back(browser, audited):  # noqa: F811
    o = _open(browser, audited)
    page = o.page
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
    assert hrefs and all(h.startswith((audited / "pages").as_uri() + "/") for h in hrefs)
    for href in sorted(set(hrefs)):
        assert (audited / "pages" / href.rsplit("/", 1)[1]).is_file(), href
    with open(audited / "pages.csv", newline="", encoding="utf-8") as fh:
        ranked_first = page.locator("#ranked tbody tr").first
        url = ranked_first.get_attribute("data-url")
        row = next(r for r in csv.DictReader(fh) if r["url"] == url)
    ranked_first.locator("a").click()
    page.wait_for_load_state()
    assert page.url == (audited / row["detail"]).as_uri()
    assert page.title() == url
    assert page.locator("section.article").count() == 1
    assert page.locator("a.tag").count() == int(row["claims"])
    page.locator("#back").click()
    page.wait_for_load_state()
    assert page.url == (audited / "index.html").as_uri()
    # a myth's pages open too
    page.locator("#myth-table details summary").first.click()
    page.locator("#myth-table details a").first.click()
    page.wait_for_load_state()
    assert page.locator("a.tag.v-contradicted").count() >= 1
    assert o.errors == [] and o.dialogs == [], (o.errors, o.dialogs)
    page.close()


def test_filter_box_narrows_the_ranked_pages(browser, audited):  # noqa: F811
    o = _open(browser, audited)
    page = o.page
    total = page.locator("#ranked tbody tr").count()
    page.fill("#page-filter", "clinic.example/articles/")
    assert page.locator("#ranked tbody tr:visible").count() == 8 < total
    assert page.inner_text("#filter-status") == f"8 of {total} pages shown"
    page.fill("#page-filter", "")
    assert page.locator("#ranked tbody tr:visible").count() == total
    assert o.errors == [] and o.dialogs == []
    page.close()
