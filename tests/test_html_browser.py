"""The HTML report in a real browser: Debian's headless Chromium driven by Playwright.

Skipped when Chromium or Playwright is missing, unless VERIFY_REQUIRE_BROWSER=1 (set by .ci/run, which
installs chromium), in which case a missing browser fails the run. VERIFY_CHROMIUM names another
binary. A screenshot of the report is saved to reports/artifacts/ (ignored by git).
"""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "golden"))

from sample_report import FACT, sample_report  # noqa: E402

from pipeline.render import render  # noqa: E402
from pipeline.types import Verdict  # noqa: E402

CHROMIUM = os.environ.get("VERIFY_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "reports" / "artifacts"
ARTICLE = ROOT / "claims" / "articles" / "08_myths_and_facts.txt"
DECORATION = {"contradicted": "wavy", "unsupported": "dashed", "supported": "solid", "not_checkworthy": "dotted"}
ORDER = ("contradicted", "unsupported", "supported", "not_checkworthy")


def _unavailable(reason: str):
    if os.environ.get("VERIFY_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and VERIFY_REQUIRE_BROWSER=1 asks for the browser tests to run")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A report opened from disk, with everything the page did: console errors, dialogs, requests."""

    def __init__(self, browser, html: str, path: Path, viewport: tuple[int, int] = (1280, 900)):
        path.write_text(html, encoding="utf-8")
        self.url = path.as_uri()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.page.set_default_timeout(5000)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(self.url)

    def visible_tags(self) -> list[str]:
        return self.page.eval_on_selector_all("a.tag", "els => els.filter(e => e.offsetParent !== null).map(e => e.id)")

    def panel_claims(self) -> list[str]:
        return self.page.locator("#panel-body .cid").all_inner_texts()

    def clean(self) -> bool:
        return self.errors == [] and self.dialogs == [] and self.requests == [self.url]


@pytest.fixture
def opened(browser, tmp_path):
    pages = []

    def open_(html: str, name: str = "report.html", viewport: tuple[int, int] = (1280, 900)) -> Opened:
        pages.append(Opened(browser, html, tmp_path / name, viewport))
        return pages[-1]

    yield open_
    for o in pages:
        o.page.close()


@pytest.fixture(scope="module")
def report(verifier):
    return verifier.verify_paths([ARTICLE])


def _ids(report, verdicts) -> list[str]:
    """DOM ids of the tags of these verdicts, in reading order (tags sit at each claim's end)."""
    art = report.articles[0]
    order = sorted(range(len(art.findings)), key=lambda k: (art.findings[k].claim.end, k))
    return [f"t-f1-{k + 1}" for k in order if art.findings[k].verdict.value in verdicts]


def _choose(o: Opened, value: str) -> None:
    o.page.locator(f'input[name="filter"][value="{value}"]').check()


def test_marks_per_verdict_match_the_report(opened, report):
    o = opened(render(report, "html"))
    art = report.articles[0]
    assert {v.value: art.count(v) for v in Verdict}["contradicted"] > 0
    for v in Verdict:
        shown = o.page.locator(f"a.tag.v-{v.value}:visible").count()
        assert shown == (0 if v is Verdict.NOT_CHECKWORTHY else art.count(v)), v
        assert o.page.locator(f"a.tag.v-{v.value}").count() == art.count(v)
    assert o.visible_tags() == _ids(report, ORDER[:3])
    _check_mark_styles(o, ORDER[:3])
    assert o.clean(), (o.errors, o.dialogs, o.requests)


def _check_mark_styles(o: Opened, shown) -> None:
    """Each mark is underlined in the style of the most severe verdict shown among its claims."""
    marks = o.page.eval_on_selector_all(
        "mark.seg",
        """els => els.map(e => {
        const s = getComputedStyle(e);
        return [e.className, s.textDecorationLine, s.textDecorationStyle, s.backgroundColor]; })""",
    )
    assert marks
    for classes, line, style, background in marks:
        worst = next((v for v in ORDER if f"has-{v}" in classes.split() and v in shown), None)
        if worst is None:
            assert (line, background) == ("none", "rgba(0, 0, 0, 0)"), classes
        else:
            assert (line, style) == ("underline", DECORATION[worst]), classes


def test_clicking_a_contradicted_mark_shows_its_evidence_and_source(opened, report):
    o = opened(render(report, "html"))
    mark = o.page.locator("mark.has-contradicted").first
    claims = mark.get_attribute("data-claims").split()
    mark.click()
    art = report.articles[0]
    finding = next(
        art.findings[int(c.split("-")[1]) - 1]
        for c in claims
        if art.findings[int(c.split("-")[1]) - 1].verdict is Verdict.CONTRADICTED
    )
    first = o.page.locator("#panel-body .finding").first
    assert "contradicted" in first.locator(".badge").inner_text()
    assert first.locator(".cid").inner_text() == finding.claim.id
    details = " ".join(first.locator("dl").inner_text().split())
    assert " ".join(finding.fact.evidence.split()) in details
    assert " ".join(finding.fact.source.split()) in details and finding.fact.id in details
    assert o.page.locator("#panel-hint").is_hidden()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    o.page.screenshot(path=str(shot), full_page=False)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert o.clean(), (o.errors, o.dialogs, o.requests)


def test_a_fact_with_an_address_links_to_it(opened):
    report = sample_report()
    o = opened(render(report, "html"))
    assert o.page.locator("section.article").count() == 2
    o.page.locator("#t-f1-2").click()  # the supported claim, backed by FACT
    link = o.page.locator("#panel-body a.ext")
    assert link.get_attribute("href") == FACT.source_url and link.inner_text() == FACT.source
    assert o.clean(), (o.errors, o.dialogs, o.requests)


@pytest.mark.parametrize(
    "value, shown",
    [
        ("contradicted", ("contradicted",)),
        ("unsupported", ("unsupported",)),
        ("flagged", ("contradicted", "unsupported")),
        ("not_checkworthy", ("not_checkworthy",)),
    ],
)
def test_filters_show_only_the_chosen_verdicts(opened, report, value, shown):
    o = opened(render(report, "html"))
    _choose(o, value)
    assert o.visible_tags() == _ids(report, shown)
    entries = o.page.eval_on_selector_all(
        "section .findings .finding", "els => els.filter(e => e.offsetParent !== null).length"
    )
    assert entries == sum(report.articles[0].count(Verdict(v)) for v in shown)
    _check_mark_styles(o, shown)
    _choose(o, "all")
    assert o.visible_tags() == _ids(report, ORDER[:3])
    assert o.clean(), (o.errors, o.dialogs, o.requests)


def test_keyboard_moves_from_one_finding_to_the_next(opened, report):
    o = opened(render(report, "html"))
    expected = _ids(report, ORDER[:3])
    art = report.articles[0]

    def claim_id(tag_id):
        return art.findings[int(tag_id.rsplit("-", 1)[1]) - 1].claim.id

    for tag_id in expected[:3]:
        o.page.keyboard.press("j")
        assert o.page.evaluate("document.activeElement.id") == tag_id
        assert o.panel_claims() == [claim_id(tag_id)]
    o.page.keyboard.press("k")
    assert o.page.evaluate("document.activeElement.id") == expected[1]
    o.page.keyboard.press("Escape")
    assert o.panel_claims() == [] and o.page.locator("#panel-hint").is_visible()
    # with only contradicted claims shown, n and p step through those alone
    _choose(o, "contradicted")
    contradicted = _ids(report, ("contradicted",))
    o.page.keyboard.press("n")
    o.page.keyboard.press("n")
    assert o.page.evaluate("document.activeElement.id") == contradicted[1]
    o.page.keyboard.press("p")
    assert o.page.evaluate("document.activeElement.id") == contradicted[0]
    # Tab reaches the tags; Enter opens the focused one
    o.page.locator(f"#{contradicted[-1]}").focus()
    o.page.keyboard.press("Enter")
    assert o.panel_claims() == [claim_id(contradicted[-1])]
    assert o.clean(), (o.errors, o.dialogs, o.requests)


# A point is on screen when it is inside the viewport and the element drawn there is the one meant
# (not the sticky summary, nor the bottom sheet, on top of it).
ON_SCREEN = """([selector, index]) => {
    const el = document.querySelectorAll(selector)[index];
    const r = el.getClientRects()[0];
    const [x, y] = [r.left + Math.min(r.width, 20) / 2, r.top + r.height / 2];
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (el.contains(hit) || hit.contains(el));
}"""


@pytest.fixture(scope="module")
def long_report(verifier, tmp_path_factory):
    """An article several screens long at any width: the example article six times over."""
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text(ARTICLE.read_text(encoding="utf-8") * 6, encoding="utf-8")
    return verifier.verify_paths([path])


@pytest.mark.parametrize("viewport", [(390, 844), (800, 1000), (1024, 768), (1366, 768)], ids=str)
def test_a_clicked_claim_shows_its_details_on_screen(opened, long_report, viewport):
    """Phone, small tablet and laptop widths: the details of a claim far down the page are on screen
    next to (or under) the passage clicked, and the passage stays visible too."""
    o = opened(render(long_report, "html"), viewport=viewport)
    assert o.page.evaluate("document.documentElement.scrollHeight") > 2 * viewport[1]
    for which in ("mark.has-contradicted", "a.tag.v-unsupported"):
        count = o.page.locator(which).count()
        target = o.page.locator(which).nth(count - 1)
        target.click()
        assert o.panel_claims(), which
        assert o.page.evaluate(ON_SCREEN, ["#panel-body .finding .badge", 0]), (viewport, which)
        assert o.page.evaluate(ON_SCREEN, ["#panel-body .finding .claim", 0]), (viewport, which)
        assert o.page.evaluate(ON_SCREEN, [which, count - 1]), (viewport, which)
    assert o.page.evaluate("document.documentElement.scrollWidth") <= viewport[0]
    o.page.keyboard.press("Escape")
    assert o.page.locator("#panel-body .finding").count() == 0
    if viewport[0] < 800:  # the bottom sheet closes with the selection and covers nothing
        assert o.page.locator("#panel").is_hidden()
    assert o.clean(), (o.errors, o.dialogs, o.requests)


def test_a_markdown_article_reads_as_rendered_in_the_browser(opened, verifier, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# Benzodiazepines\n\n**Clonazepam** is a *benzodiazepine*.\n\n"
        "- Benzodiazepines increase serotonin levels.\n- Xanax is a brand of alprazolam.\n",
        encoding="utf-8",
    )
    report = verifier.verify_paths([path])
    o = opened(render(report, "html"), viewport=(390, 844))
    text = o.page.inner_text("#a1-text")
    assert "**" not in text and "# " not in text and "- " not in text
    assert o.page.locator("#a1-text h3").inner_text().startswith("Benzodiazepines")
    assert o.page.locator("#a1-text li").count() == 2
    o.page.locator("#a1-text li mark.has-contradicted").first.click()
    finding = next(f for f in report.articles[0].findings if f.verdict is Verdict.CONTRADICTED)
    assert o.panel_claims()[0] == finding.claim.id
    assert o.page.evaluate(ON_SCREEN, ["#panel-body .finding .claim", 0])
    assert o.clean(), (o.errors, o.dialogs, o.requests)


CONTRAST = """selector => {
    const rgb = c => c.match(/[\\d.]+/g).map(Number);
    const lum = c => {
        const [r, g, b] = rgb(c).slice(0, 3).map(v => v / 255).map(
            v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = e => {
        for (; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (rgb(c).length < 4 || rgb(c)[3] > 0) return c;
        }
        return "rgb(255, 255, 255)";
    };
    return [...document.querySelectorAll(selector)].filter(e => e.offsetParent !== null).map(e => {
        const [a, b] = [lum(getComputedStyle(e).color), lum(background(e))];
        return [e.className || e.tagName, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    });
}"""


@pytest.mark.parametrize("value", ["all", "not_checkworthy"])
def test_text_contrast_meets_wcag_aa(opened, report, value):
    o = opened(render(report, "html"))
    _choose(o, value)
    o.page.keyboard.press("j")  # a finding in the panel too
    ratios = o.page.evaluate(
        CONTRAST,
        "a.tag, .badge, mark.seg, .meta, .counts, .keys, .cid, .loc, dt, dd, label, footer, .claim, #panel-hint",
    )
    assert len(ratios) > 50
    low = [(name, round(r, 2)) for name, r in ratios if r < 4.5]
    assert low == []


def test_print_stylesheet_gives_a_review_sheet(opened, report):
    o = opened(render(report, "html"))
    o.page.emulate_media(media="print")
    assert o.page.locator("#panel").is_hidden() and o.page.locator("#filters").is_hidden()
    assert o.page.locator("section .findings .finding:visible").count() == sum(
        report.articles[0].count(v) for v in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SUPPORTED)
    )
    assert o.page.pdf()[:4] == b"%PDF"
    assert o.clean(), (o.errors, o.dialogs, o.requests)


# XSS ------------------------------------------------------------------------------------------

PWN = "document.body.setAttribute('data-pwned','1');document.title='pwned'"
ENTITIES = """id,type,label,aliases,parents
clonazepam,drug,clonazepam,clonazepam|klonopin,benzodiazepine
benzodiazepine,drug_class,benzodiazepine,benzodiazepine|benzodiazepines|benzo,
gaba,neurotransmitter,GABA,gaba,
"""
HOSTILE_ARTICLE = f"""Clonazepam is a benzodiazepine <script>alert('article')</script>.
Benzodiazepines raise GABA levels in the brain <img src=x onerror="{PWN}">.
Klonopin is a benzo "'><svg onload=alert(2)> </script><script>{PWN}</script> <a href="javascript:alert(4)">click</a>.
<style>body {{ background: url(https://example.invalid/bg.png) }}</style><link rel="stylesheet" href="https://example.invalid/x.css">
<meta http-equiv="refresh" content="0; url=https://example.invalid/"><base href="https://example.invalid/">
<iframe src="https://example.invalid/"></iframe><object data="https://example.invalid/o"></object>
Line\u2028separators and &lt;script&gt; entities stay text too.
"""
HOSTILE_FACTS = [
    {
        "id": "F-0001",
        "kind": "fact",
        "subject": "clonazepam",
        "relation": "is_a",
        "object": "benzodiazepine",
        "polarity": "affirmed",
        "statement": f'Clonazepam is a benzodiazepine <script>{PWN}</script> "><img src=x onerror="{PWN}">',
        "source": "Label </script><script>alert('fact source')</script> section 11",
        "source_type": "label",
        "source_url": f"javascript:{PWN}",
        "reviewed": "2026-11-22",
        "topic": "class",
    },
    {
        "id": "M-0001",
        "kind": "myth",
        "subject": "benzodiazepine",
        "relation": "increases",
        "object": "gaba",
        "aspect": "amount",
        "polarity": "affirmed",
        "statement": "Benzodiazepines raise GABA levels.",
        "correction": "They do not raise GABA <svg onload=\"alert('correction')\"></svg> "
        '<a href="javascript:alert(1)">x</a>',
        "source": 'Review <iframe src="https://example.invalid/frame"></iframe>',
        "source_type": "review",
        "source_url": 'https://example.invalid/x"><script>alert(1)</script>',
        "reviewed": "2026-11-22",
        "topic": "mechanism",
    },
]


@pytest.fixture(scope="module")
def hostile_report(nlp, tmp_path_factory):
    from pipeline.api import Verifier
    from pipeline.kb import FACT_COLUMNS, load_kb

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "reference_entities.csv").write_text(ENTITIES, encoding="utf-8")
    with (folder / "reference_facts.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(FACT_COLUMNS)
        writer.writerows([row.get(c, "") for c in FACT_COLUMNS] for row in HOSTILE_FACTS)
    article = folder / "<img src=x onerror=alert(9)>.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    report = Verifier(kb=load_kb(folder / "reference_facts.csv"), nlp=nlp).verify_paths([article])
    cited = {f.fact.id for f in report.findings() if f.fact is not None}
    assert cited == {"F-0001", "M-0001"}, "the hostile facts must each decide a claim, or the test proves nothing"
    return report


def test_hostile_article_and_facts_render_as_text_and_run_nothing(opened, hostile_report):
    o = opened(render(hostile_report, "html"))
    page = o.page
    page.wait_for_timeout(300)  # time for anything that would fire late (onerror, a refresh)
    assert o.dialogs == []
    assert o.requests == [o.url], o.requests  # not one request beyond the file itself
    assert o.errors == []  # not even a blocked attempt: the injected markup never became elements
    # open the evidence of every claim, so that the panel holds the hostile fact text too
    page.locator("mark.has-contradicted").first.click()
    page.locator("a.tag.v-supported").first.click()
    page.keyboard.press("j")
    page.wait_for_timeout(300)
    assert o.errors == []
    assert page.evaluate("document.body.getAttribute('data-pwned')") is None
    assert page.title() == f"verify: {hostile_report.articles[0].article.path}"
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, base, link, style').length") == 1
    assert (
        page.evaluate("""[...document.querySelectorAll('*')].filter(
        e => [...e.attributes].some(a => a.name.startsWith('on'))).length""")
        == 0
    )
    assert page.evaluate("[...document.links].filter(a => !/^(file|https?):/.test(a.href)).length") == 0
    # the hostile markup is on the page as text: the article's text, tags left out, is the file's text
    text = page.evaluate("""() => { const copy = document.getElementById('a1-text').cloneNode(true);
        copy.querySelectorAll('a.tag').forEach(t => t.remove()); return copy.textContent; }""")
    assert text == hostile_report.articles[0].article.text
    for piece in (
        "<script>alert('article')</script>",
        f'<img src=x onerror="{PWN}">',
        '<a href="javascript:alert(4)">click</a>',
        "<base href=",
        "&lt;script&gt;",
    ):
        assert piece in text
    assert page.inner_text("#a1-title") == hostile_report.articles[0].article.path
    sheet = " ".join(page.inner_text("main").split())
    assert """<svg onload="alert('correction')"></svg>""" in sheet
    assert "Label </script><script>alert('fact source')</script> section 11" in sheet
    assert '<iframe src="https://example.invalid/frame"></iframe>' in sheet
    assert re.search(r"address not linked: javascript:document\.body", sheet)
    assert o.dialogs == [] and o.requests == [o.url]
