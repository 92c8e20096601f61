"""Property-based checks: any text gives valid spans, no exception, the same output twice."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.read import article_from_text
from pipeline.render import render

WORDS = ["Klonopin", "clonazepam", "does", "not", "lower", "serotonin", "GABA", "may", "cause",
         "drowsiness", "and", "dizziness", ",", ".", "because", "it", "30", "to", "40", "hours",
         "- ", "\n", "benzodiazepines", "the", "manufacturer", "says", "never", "longer", "than",
         "4", "weeks", "?", ":", "Share this post", "{Link: x https://e.x}", "which", "increase"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text(verifier, text):
    article = article_from_text(text)
    report = verifier.verify_articles([article])
    for f in report.articles[0].findings:
        c = f.claim
        assert 0 <= c.start < c.end <= len(article.text)
        assert article.text[c.start:c.end].strip()
    again = verifier.verify_articles([article])
    assert render(report, "json") == render(again, "json")
    json.loads(render(report, "json"))
    assert render(report, "text")


def test_very_long_line_is_chunked(verifier):
    text = ("Clonazepam is a benzodiazepine " * 5000).strip()  # 155k characters, no full stop
    report = verifier.verify_text(text)
    assert report.articles[0].findings
    assert all(f.claim.end <= len(text) for f in report.articles[0].findings)


def test_json_is_byte_identical_across_runs(verifier, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Benzos lower serotonin. Klonopin is a benzodiazepine.\n")
    one = render(verifier.verify_paths([p]), "json")
    two = render(verifier.verify_paths([p]), "json")
    assert one == two and '"path": "reference_facts.csv"' in one
