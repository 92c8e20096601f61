"""`verify audit`'s unsupported.csv: the same unsupported claim, in other words on other pages, is one
group; two drugs, or a claim and its negation, never share one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.audit import AuditOptions, run_audit
from pipeline.audit.clusters import UNSUPPORTED_HEADER, ClaimGroups, normalise

# Pages of our own: four drugs, brand and generic names, the same claims in different words.
PAGES = {
    "a.txt": "Klonopin and weight\n\nClonazepam can cause weight gain in some patients. Klonopin is taken at night.\n",
    "b.txt": "Living with Klonopin\n\nWeight gain can be caused by Klonopin.\n",
    "c.txt": "Side effects\n\nKlonopin is popular. It may cause weight gain. "
    "Xanax can cause weight gain in some patients.\n",
    "d.txt": "Xanax notes\n\nAlprazolam may cause weight gain.\n",
    "e.txt": "Myths\n\nKlonopin does not cause weight gain.\n",
    "f.txt": "Ativan\n\nAtivan can cause weight gain in some patients.\n",
    "g.txt": "Panic pills\n\nWeight gain is caused by Xanax, some say.\n",
    "h.txt": "More myths\n\nClonazepam does not cause any weight gain.\n",
}
# (entities, polarity) -> pages of the group: Klonopin's weight gain said three ways on a, b, c; Xanax's
# on c, d, g; its denial for Klonopin on e, h; Ativan's once on f, in the very words of Xanax's on c.
EXPECTED = {
    ("clonazepam|weight_gain", "affirmed"): 3,
    ("alprazolam|weight_gain", "affirmed"): 3,
    ("clonazepam|weight_gain", "negated"): 2,
    ("lorazepam|weight_gain", "affirmed"): 1,
    ("clonazepam", "affirmed"): 1,  # "Klonopin is taken at night": not understood, a group too
}


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    for name, text in PAGES.items():
        (site / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("report") / "out"
    counts = run_audit(AuditOptions(inputs=(str(site),), out=str(out), workers=1, progress="none"))
    return out, counts


def read_groups(out: Path) -> list[dict]:
    with open(out / "unsupported.csv", newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == UNSUPPORTED_HEADER
        return list(reader)


def test_the_same_claim_in_other_words_is_one_group(audited):
    out, counts = audited
    groups = read_groups(out)
    assert counts["unsupported_groups"] == len(groups) == len(EXPECTED)
    assert {(g["entities"], g["polarity"]): int(g["pages"]) for g in groups} == EXPECTED
    # one claim per page here, and every unsupported claim is in exactly one group
    assert [int(g["claims"]) for g in groups] == [int(g["pages"]) for g in groups]
    assert sum(int(g["claims"]) for g in groups) == counts["unsupported"] == 10
    assert groups[-1]["reason"].startswith("not_understood")
    # ranked by pages: the two three-page groups first, the one-page group last
    assert [int(g["pages"]) for g in groups] == [3, 3, 2, 1, 1]
    assert [g["rank"] for g in groups] == ["1", "2", "3", "4", "5"]


def test_two_drugs_are_never_one_group(audited):
    out, _ = audited
    for g in read_groups(out):
        drugs = {e for e in g["entities"].split("|") if e in ("clonazepam", "alprazolam", "lorazepam")}
        assert len(drugs) == 1, g
    # the very same words about Ativan and Xanax stay apart
    examples = [g["example_claim"] for g in read_groups(out)]
    assert "Ativan can cause weight gain in some patients" in examples
    assert "Xanax can cause weight gain in some patients" in examples


def test_index_page_lists_the_groups(audited):
    out, _ = audited
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Claims the table cannot judge yet" in page
    assert page.index("Clonazepam can cause weight gain in some patients") < page.index("Ativan can cause weight gain")


def finding(text: str, block: str | None, verdict: str = "unsupported") -> dict:
    f = {"text": text, "verdict": verdict, "reason": "no_matching_fact", "considered": []}
    if block is not None:
        f["group"] = {"block": block, "norm": normalise(text, ("klonopin", "clonazepam", "xanax", "alprazolam"))}
    return f


def test_groups_count_distinct_pages_and_block_by_drug(tmp_path):
    groups = ClaimGroups(tmp_path / "g.sqlite")
    groups.add("p1", "pages/p1.html", [finding("Klonopin raises appetite.", "affirmed:increases:appetite|clonazepam")])
    groups.add(
        "p1", "pages/p1.html", [finding("Clonazepam raises the appetite.", "affirmed:increases:appetite|clonazepam")]
    )
    groups.add("p2", "pages/p2.html", [finding("Xanax raises appetite.", "affirmed:increases:alprazolam|appetite")])
    groups.add(
        "p3", "pages/p3.html", [finding("Clonazepam raises appetite!", "affirmed:increases:appetite|clonazepam")]
    )
    groups.add("p3", "pages/p3.html", [finding("Clonazepam is a benzodiazepine.", None, verdict="supported")])
    result = list(groups.groups())
    groups.close()
    assert [(g.entities, g.pages, g.claims) for g in result] == [
        ("appetite|clonazepam", 2, 3),
        ("alprazolam|appetite", 1, 1),
    ]
    assert result[0].detail == "pages/p1.html" and result[0].example_page == "p1"


def test_records_without_a_group_key_are_grouped_by_exact_text_only(tmp_path):
    groups = ClaimGroups(tmp_path / "g.sqlite")
    groups.add("p1", "d1", [finding("Klonopin raises appetite.", None), finding("Xanax raises appetite.", None)])
    groups.add("p2", "d2", [finding("klonopin raises appetite", None)])
    result = list(groups.groups())
    groups.close()
    assert [(g.pages, g.claims, g.entities) for g in result] == [(2, 2, ""), (1, 1, "")]


def test_clustering_holds_one_block_at_a_time(tmp_path, monkeypatch):
    seen: list[set[str]] = []
    original = ClaimGroups._cluster_block

    def spy(self, members, gid):
        seen.append({m[0] for m in members})
        return original(self, members, gid)

    monkeypatch.setattr(ClaimGroups, "_cluster_block", spy)
    groups = ClaimGroups(tmp_path / "g.sqlite")
    for i in range(30):
        block = f"affirmed:causes:drug{i % 3}|weight_gain"
        groups.add(f"p{i}", f"d{i}", [finding(f"Drug{i % 3} causes weight gain, note {i}.", block)])
    assert sum(g.claims for g in groups.groups()) == 30
    groups.close()
    assert len(seen) == 3 and all(len(blocks) == 1 for blocks in seen)


def test_drugs_outside_the_table_are_never_one_block(extractor, kb):
    from pipeline.audit.clusters import group_key
    from pipeline.read import article_from_text

    texts = ["Trazodone causes nausea.", "Mirtazapine causes nausea.", "Desyrel causes nausea."]
    claims = [extractor.extract_many([article_from_text(t, "<t>")])[0][0] for t in texts]
    keys = [group_key(c, kb) for c in claims]
    if not all(c.outside for c in claims):
        pytest.skip("the offline drug dictionary is not installed")
    assert keys[0]["block"] != keys[1]["block"]  # two drugs the table does not know
    assert keys[0]["block"] == keys[2]["block"]  # a brand and its generic name
    assert "outside:trazodone" in keys[0]["entities"]
