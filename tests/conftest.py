"""Shared fixtures: the model and the fact table load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def kb():
    from pipeline.kb import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def nlp():
    from pipeline.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def verifier(kb, nlp):
    from pipeline.api import Verifier

    return Verifier(kb=kb, nlp=nlp)


@pytest.fixture(scope="session")
def extractor(verifier):
    return verifier.extractor


@pytest.fixture
def findings(verifier):
    """findings("text") -> the findings of that text, in order."""

    def run(text: str):
        return list(verifier.verify_text(text).articles[0].findings)

    return run


@pytest.fixture
def claims(extractor):
    """claims("text") -> the extracted claims of that text."""
    from pipeline.read import article_from_text

    def run(text: str):
        return extractor(article_from_text(text))

    return run
