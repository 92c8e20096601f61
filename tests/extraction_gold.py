"""Extraction measured against claims/extraction/gold.csv: atomic claims per sentence.

A gold claim is found when an extracted check-worthy claim overlaps its sentence and the two
texts, normalised, score at least MATCH_SCORE with rapidfuzz's ratio; matching is one-to-one,
best score first. Run `python tests/extraction_gold.py` to see every miss and extra.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "claims" / "extraction"
MATCH_SCORE = 80

# What a resolved subject replaces: "[Clonazepam] It is used ..." reads "Clonazepam is used ...".
_NOTE = re.compile(r"^\[([^\]]+)\]\s+")
_DRUG_NOUN = r"(?:medications?|drugs?|medicines?|pills?)"
_REFERRING = re.compile(
    rf"(?:it|its|they|their|them|this|that|which|who|both)\b(?:\s+{_DRUG_NOUN}\b)?"
    rf"|(?:the|these|those|both|either)\s+{_DRUG_NOUN}\b",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Lower case, the resolved subject in place of its pronoun (else the note dropped), no punctuation."""
    m = _NOTE.match(text)
    if m:
        rest = text[m.end() :]
        ref = _REFERRING.match(rest)
        label = re.sub(r"\s*\(.*?\)", "", m.group(1))
        # the note stands for a pronoun, or for the missing subject of a clause ("[X] can stop seizures");
        # before a capital it only annotates a subject the text has ("[X] These effects ...")
        pronoun = re.search(r"\b(?:it|them)\b", rest)
        if ref:
            text = f"{label} {rest[ref.end() :]}"
        elif pronoun:  # "[Hydroxyzine] older adults should avoid it"
            text = f"{rest[: pronoun.start()]}{label}{rest[pronoun.end() :]}"
        else:
            text = rest if rest[:1].isupper() else f"{label} {rest}"
    text = text.lower().replace("'s ", " ")
    return " ".join(re.sub(r"[^\w%.]+|(?<!\d)\.|\.(?!\d)", " ", text).split())


@dataclass
class Sentence:
    article: str
    text: str
    start: int
    end: int
    claims: list[dict] = field(default_factory=list)
    reason: str | None = None  # set when the sentence must not be check-worthy


def load_gold() -> dict[str, list[Sentence]]:
    """article name -> its gold sentences with their offsets, in order."""
    rows = list(csv.DictReader(open(GOLD_DIR / "gold.csv", newline="", encoding="utf-8")))
    out: dict[str, list[Sentence]] = {}
    for row in rows:
        sents = out.setdefault(row["article"], [])
        if not sents or sents[-1].text != row["sentence"]:
            text = (GOLD_DIR / row["article"]).read_text(encoding="utf-8")
            pos = text.find(row["sentence"], sents[-1].start if sents else 0)
            assert pos >= 0, f"gold sentence not in {row['article']}: {row['sentence']!r}"
            sents.append(Sentence(row["article"], row["sentence"], pos, pos + len(row["sentence"])))
        if row["checkworthy"] == "true":
            sents[-1].claims.append(row)
        else:
            sents[-1].reason = row["reason"]
    return out


@dataclass
class Result:
    gold: int = 0
    extracted: int = 0
    matched: list = field(default_factory=list)  # (gold row, claim)
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    leaks: list = field(default_factory=list)  # check-worthy claims in a not-check-worthy sentence
    noise: int = 0
    reason_ok: int = 0

    @property
    def precision(self) -> float:
        return len(self.matched) / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return len(self.matched) / self.gold if self.gold else 0.0

    def accuracy(self, field_name: str) -> float:
        pairs = [(g, c) for g, c in self.matched if _applies(field_name, g, c)]
        return sum(_agrees(field_name, g, c) for g, c in pairs) / len(pairs) if pairs else 1.0


def _applies(name, gold, claim) -> bool:
    if name == "quantity":
        return bool(gold["qty_unit"] or claim.quantities)
    if name == "attribution":
        return bool(gold["attribution"] or claim.attribution)
    return True


def _agrees(name, gold, claim) -> bool:
    if name == "polarity":
        return gold["polarity"] == claim.polarity
    if name == "modality":
        return gold["modality"] == claim.modality
    if name == "attribution":
        return gold["attribution"] == (claim.attribution or "")
    if not gold["qty_unit"] or not claim.quantities:
        return False
    want = (gold["qty_comparator"], float(gold["qty_low"]), float(gold["qty_high"]), gold["qty_unit"])
    return any((q.comparator, q.low, q.high, q.unit) == want for q in claim.quantities)


def _overlaps(claim, sent: Sentence) -> bool:
    return claim.start < sent.end and sent.start < claim.end


def evaluate(extractor) -> Result:
    from pipeline.read import read_article

    gold = load_gold()
    names = sorted(gold)
    articles = [read_article(GOLD_DIR / n) for n in names]
    result = Result()
    for name, claims in zip(names, extractor.extract_many(articles)):
        _score_article(gold[name], claims, result)
    return result


def _score_article(sents: list[Sentence], claims, result: Result) -> None:
    worthy = [c for c in claims if c.checkworthy]
    result.extracted += len(worthy)
    pairs = []
    for sent in sents:
        if sent.reason:
            result.noise += 1
            inside = [c for c in claims if _overlaps(c, sent)]
            result.leaks += [(sent, c) for c in inside if c.checkworthy]
            result.reason_ok += bool(inside) and all(
                not c.checkworthy and c.reason.value == sent.reason for c in inside
            )
        for g in sent.claims:
            result.gold += 1
            for n, c in enumerate(worthy):
                if _overlaps(c, sent):
                    score = fuzz.ratio(normalise(g["claim"]), normalise(c.text))
                    if score >= MATCH_SCORE:
                        pairs.append((score, id(g), n, g, c))
    used_gold, used_claim = set(), set()
    for _score, gid, n, g, c in sorted(pairs, key=lambda p: -p[0]):
        if gid in used_gold or n in used_claim:
            continue
        used_gold.add(gid)
        used_claim.add(n)
        result.matched.append((g, c))
    result.missed += [g for s in sents for g in s.claims if id(g) not in used_gold]
    result.extra += [c for n, c in enumerate(worthy) if n not in used_claim]


def summary(result: Result) -> str:
    return (
        f"extraction gold: precision {result.precision:.3f} ({len(result.matched)}/{result.extracted}), "
        f"recall {result.recall:.3f} ({len(result.matched)}/{result.gold}); "
        f"polarity {result.accuracy('polarity'):.3f}, modality {result.accuracy('modality'):.3f}, "
        f"quantity {result.accuracy('quantity'):.3f}, attribution {result.accuracy('attribution'):.3f}; "
        f"not-check-worthy sentences {result.noise}, leaked {len(result.leaks)}, "
        f"reason agrees {result.reason_ok}/{result.noise}"
    )


if __name__ == "__main__":  # diagnostics: every miss, extra and disagreement
    from pipeline.api import Verifier

    res = evaluate(Verifier().extractor)
    for g in res.missed:
        print(f"MISS  {g['article'][:2]} {g['claim']}")
    for c in res.extra:
        print(f"EXTRA [{c.start},{c.end}) {c.text}")
    for s, c in res.leaks:
        print(f"LEAK  {s.article[:2]} {c.text}  (want {s.reason})")
    for name in ("polarity", "modality", "quantity", "attribution"):
        for g, c in res.matched:
            if _applies(name, g, c) and not _agrees(name, g, c):
                got = {
                    "polarity": c.polarity,
                    "modality": c.modality,
                    "attribution": c.attribution,
                    "quantity": [(q.comparator, q.low, q.high, q.unit) for q in c.quantities],
                }[name]
                print(f"{name.upper():<12}{g['claim']}  got {got}")
    print(summary(res))
