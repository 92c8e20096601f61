"""End to end: the claims/ corpus, its paraphrases, and the seed articles when present."""

import csv

import pytest
from conftest import ROOT, SEEDS
from scoring import score

CLAIMS = ROOT / "claims"


def _check(metrics, misses):
    detail = "\n".join(f"{label} -> {v}: {q[:90]}" for label, v, _, q in misses)
    assert metrics["contradiction_recall"] == 1.0, detail
    assert metrics["false_contradiction_rate"] == 0.0, detail
    assert metrics["noise_flag_rate"] == 0.0, detail
    assert metrics["flag_recall"] >= 0.9, detail
    assert metrics["core_support_rate"] >= 0.8, detail


def test_claims_corpus(verifier):
    _check(*score(CLAIMS / "expected.csv", CLAIMS / "articles", verifier))


@pytest.mark.skipif(not (SEEDS / "expected.csv").exists(), reason="../shared/seeds is not present")
def test_seed_articles(verifier):
    _check(*score(SEEDS / "expected.csv", SEEDS, verifier))


def _paraphrases():
    with open(CLAIMS / "paraphrases.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _worst(verifier, text):
    rank = {"contradicted": 3, "unsupported": 2, "supported": 1, "not_checkworthy": 0}
    findings = verifier.verify_text(text).articles[0].findings
    return max((f.verdict.value for f in findings), key=rank.__getitem__, default="not_checkworthy")


SEED_MYTHS = (
    "myth:benzo_lowers_serotonin",
    "myth:benzo_increases_gaba_amount",
    "myth:clonazepam_drowsiness_dopamine",
    "myth:manufacturer_week_limit",
)


def test_paraphrases(verifier):
    """Every paraphrase of a seed article's false claim is contradicted, no true statement is, and
    issue 5's bar holds on the whole set: 0.9 contradiction recall and 0.9 support."""
    rows = _paraphrases()
    verdicts = [(r, _worst(verifier, r["text"])) for r in rows]
    false = [(r, v) for r, v in verdicts if r["label"] == "false"]
    true = [(r, v) for r, v in verdicts if r["label"] == "true"]
    assert [r["text"] for r, v in true if v == "contradicted"] == []
    seed = [(r, v) for r, v in false if r["target"] in SEED_MYTHS]
    assert len(seed) >= 16
    assert [r["text"] for r, v in seed if v != "contradicted"] == []
    recall = sum(v == "contradicted" for _, v in false) / len(false)
    support = sum(v == "supported" for _, v in true) / len(true)
    print(
        f"paraphrases: contradiction recall {recall:.3f} ({len(false)} false), support {support:.3f} ({len(true)} true)"
    )
    assert recall >= 0.9, [r["text"] for r, v in false if v != "contradicted"]
    assert support >= 0.9, [r["text"] for r, v in true if v != "supported"]


def test_every_myth_has_three_paraphrases(kb):
    """Issue 5: each myth of the table that writers restate has at least three wordings in the set."""
    rows = _paraphrases()
    targets = {r["target"] for r in rows if r["label"] == "false" and r["target"].startswith("myth:")}
    counts = {t: sum(1 for r in rows if r["target"] == t and r["label"] == "false") for t in targets}
    assert len(targets) >= sum(1 for f in kb.facts if f.is_myth) * 0.9
    assert {t: n for t, n in counts.items() if n < 3} == {}


def test_markdown_syntax_is_not_text(verifier, tmp_path):
    md = (
        "# Klonopin basics\n\n**Clonazepam** is a [benzodiazepine](https://example.org/b).\n\n"
        "> Benzodiazepines *do not* lower serotonin.\n\n```\nBenzodiazepines raise GABA levels.\n```\n"
    )
    p = tmp_path / "page.md"
    p.write_text(md, encoding="utf-8")
    findings = verifier.verify_paths([p]).articles[0].findings
    verdicts = [(md[f.claim.start : f.claim.end], f.verdict.value) for f in findings]
    assert ("Klonopin basics", "not_checkworthy") in verdicts
    assert [v for _, v in verdicts if v != "not_checkworthy"] == ["supported", "supported"]
    assert all("raise GABA" not in text for text, _ in verdicts)  # fenced code is not checked
