"""The public Python API: pipeline.verify_text / pipeline.verify_file."""

import pipeline
from pipeline.types import Report, Severity, Verdict


def test_verify_text_and_file(tmp_path):
    report = pipeline.verify_text("Benzodiazepines raise the amount of GABA in the brain.")
    assert isinstance(report, Report)
    (finding,) = [f for f in report.articles[0].findings if f.verdict is Verdict.CONTRADICTED]
    assert finding.fact.id.startswith("M-") and finding.fact.source
    assert report.exit_code(Severity.ERROR) == 1 and report.exit_code(Severity.NONE) == 0

    p = tmp_path / "a.txt"
    p.write_text("Clonazepam is a benzodiazepine.\n", encoding="utf-8")
    report = pipeline.verify_file(p)
    assert report.articles[0].article.path == str(p)
    assert report.articles[0].summary["supported"] == 1
    assert report.exit_code(Severity.ERROR) == 0


def test_import_is_light():
    import subprocess
    import sys

    code = "import pipeline.cli, sys; print(any(m in sys.modules for m in ('spacy', 'pandas', 'rapidfuzz')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # --help and --version never pay for the model
