"""CHANGELOG.md names, per release, the version of verify and of the fact table it ships."""

import re

from conftest import ROOT

from pipeline import __version__


def _latest_entry() -> tuple[str, str]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    entries = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    assert entries, "CHANGELOG.md has no release entry (## VERSION)"
    heading, _, body = entries[0].partition("\n")
    return heading, body


def test_latest_entry_is_this_version():
    heading, _ = _latest_entry()
    assert heading.split()[0] == __version__, f"the newest CHANGELOG.md entry is {heading!r}, verify is {__version__}"


def test_latest_entry_names_the_shipped_tables_version(kb):
    _, body = _latest_entry()
    found = re.search(r"^Fact table: `reference_facts\.csv` as of (\d{4}-\d{2}-\d{2})\.$", body, re.MULTILINE)
    assert found, "the newest CHANGELOG.md entry must say 'Fact table: `reference_facts.csv` as of YYYY-MM-DD.'"
    assert found.group(1) == kb.info.version, (
        f"the shipped table is as of {kb.info.version}, CHANGELOG.md says {found.group(1)}: "
        "say in the newest entry what changed in the table and give its new date"
    )
