"""Drugs outside the table: names that an offline drug dictionary knows and the table does not.

A claim about such a drug ("Trazodone is often prescribed for sleep" when the table has no row on
trazodone) is check-worthy and ends `unsupported` with reason `out_of_scope`, so that an article
about another drug family does not look clean. The dictionary is the MIT-licensed
`drug-named-entity-recognition` package (brand and generic names from DrugBank, MeSH, MedlinePlus
and the NHS, shipped with the package: nothing is downloaded). It is imported on first use only, as
loading it takes a second or two; only its exact, case-insensitive look-up is used (no fuzzy match,
no web service).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..kb import KnowledgeBase
from .mentions import Mentions

if TYPE_CHECKING:
    from spacy.tokens import Span

# The shortest word looked up: shorter ones are initials and units more often than drug names.
MIN_LENGTH = 4


@lru_cache(maxsize=1)
def _finder() -> Any:
    """The dictionary's `find_drugs`, imported on first use."""
    from drug_named_entity_recognition import find_drugs

    return find_drugs


def is_substance(data: dict[str, Any]) -> bool:
    """A medicine or a substance, not a class, a receptor or an enzyme: the dictionary's MeSH-only
    entries ("Neurotransmitter Agents", "Receptors, GABA") name no drug a claim could be about.

    >>> is_substance({"name": "Zolpidem", "medline_plus_id": "a693025"})
    True
    >>> is_substance({"name": "Receptors, GABA", "mesh_id": "D050485"})
    False
    """
    return "medline_plus_id" in data or ("drugbank_id" in data and "formula" in data)


def known(data: dict[str, Any], kb: KnowledgeBase) -> bool:
    """Whether the table knows the dictionary's drug under its name or one of its synonyms."""
    names = [str(data.get("name", ""))] + [str(s) for s in data.get("synonyms", ())]
    return any(name.lower() in kb.aliases for name in names)


def outside_drugs(sent: Span, mentions: Mentions, kb: KnowledgeBase) -> dict[int, str]:
    """Token index -> generic name (lower case) for each drug `sent` names that the table does not know.

    Words the table already resolves are left out of the look-up, as are short words and sentences
    without a word that could be a drug name (so the dictionary is not loaded for them)."""
    words = [
        t.text if t.i not in mentions and not t.is_punct and not t.is_space and not t.like_num else "" for t in sent
    ]
    if not any(
        len(w) >= MIN_LENGTH and any(ch.isalpha() for ch in w) and not tok.is_stop for w, tok in zip(words, sent)
    ):
        return {}
    out: dict[int, str] = {}
    for data, lo, hi in _finder()(words, is_ignore_case=True):
        text = " ".join(words[lo:hi])
        if len(text) < MIN_LENGTH or not is_substance(data) or known(data, kb):
            continue
        for k in range(lo, hi):
            out[sent[k].i] = str(data["name"]).lower()
    return out
