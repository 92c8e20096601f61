"""HTML inputs: JSON offsets stay in the extracted text; line and column point into the page's source."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.sourcemap import SourceMap

PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Clonazepam basics</title>
  <style>p { margin: 0; }</style>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/drugs">Drugs</a></nav>
  <article>
    <h1>Notes on clonazepam</h1>
    <p>Clonazepam is a benzodiazepine. It is used to treat
       panic disorder.</p>
    <p>Some forums say that benzodiazepines raise the amount of
       <b>GABA</b> in the brain.</p>
  </article>
  <footer>Copyright 2026</footer>
</body>
</html>
"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return str(path)


def _at(line: int, column: int) -> str:
    return PAGE.split("\n")[line - 1][column - 1 :]


def test_json_keeps_offsets_in_the_extracted_text_and_adds_the_source_position(page):
    doc = json.loads(CliRunner().invoke(main, ["--format", "json", "--fail-on", "never", page]).output)
    art = doc["articles"][0]
    text = art["extracted_text"]
    assert art["offsets_into"] == "extracted_text"
    for c in art["claims"]:
        span = text[c["start"] : c["end"]]
        first = span.split()[0]
        assert text.split("\n")[c["line"] - 1][c["column"] - 1 :].startswith(first)  # the extracted text's line
        assert c["source_line"] > c["line"] and _at(c["source_line"], c["source_column"]).startswith(first), c
    myth = next(c for c in art["claims"] if c["fact_id"] == "M-0002")
    assert (myth["source_line"], _at(myth["source_line"], myth["source_column"])[:15]) == (13, "benzodiazepines")


def test_sarif_github_csv_and_text_point_into_the_source(page):
    runner = CliRunner()
    sarif = json.loads(runner.invoke(main, ["--format", "sarif", page]).output)
    (result,) = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (13, 14) and "charOffset" not in region
    assert _at(13, region["startColumn"]).startswith("benzodiazepines raise")
    assert _at(14, region["endColumn"] - 5).startswith("brain")  # the claim ends with "in the brain"
    github = runner.invoke(main, ["--format", "github", page]).output
    assert f"file={page},line=13,col={region['startColumn']},endLine=14,endColumn={region['endColumn']}," in github
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["--format", "csv", page]).output)))
    myth = next(r for r in rows if r["fact_id"] == "M-0002")
    assert (myth["line"], myth["column"]) == ("13", str(region["startColumn"]))
    assert f"  13:{region['startColumn']} " in runner.invoke(main, [page]).output


def test_a_word_not_in_the_source_has_no_position():
    source = "<p>Diazepam is long acting. Lorazepam &amp; oxaz&#233;pam are shorter.</p>"
    text = "Diazepam is long acting.\nLorazepam & oxazépam are shorter, says nobody.\n"
    where = SourceMap(source, text)
    assert where.position(0) == (1, source.index("Diazepam") + 1)
    assert where.position(text.index("Lorazepam")) == (1, source.index("Lorazepam") + 1)
    assert where.position(text.index("oxaz")) == (1, source.index("oxaz") + 1)  # after a character reference
    assert where.position(text.index("pam are")) == (1, source.index("pam are") + 1)  # ... and after another
    assert where.position(text.index("says")) is None and where.position(text.index("nobody")) is None
    assert where.end_position(0, text.index(".")) == (1, source.index(".") + 1)  # just past "acting"


def test_renderers_say_so_when_the_source_position_is_not_found(verifier):
    from pipeline.render import render
    from pipeline.types import Article

    text = "Benzodiazepines raise the amount of GABA in the brain.\n"
    article = Article(path="p.html", text=text, source_format="html", source="<p>Something else entirely.</p>")
    report = verifier.verify_articles([article])
    github = render(report, "github")
    assert github.startswith("::error file=p.html,title=") and "not found" in github
    location = json.loads(render(report, "sarif"))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in location and "not found" in location["properties"]["region"]
    row = next(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert (row["line"], row["column"]) == ("", "")
    claim = json.loads(render(report, "json"))["articles"][0]["claims"][0]
    assert (claim["line"], claim["source_line"], claim["source_column"]) == (1, None, None)
    assert "  ?:?     contradicted" in render(report, "text")
