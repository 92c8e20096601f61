"""A generator of health-page-like articles for the benchmarks (written for them, deterministic).

    from benchmarks.corpus import articles
    texts = articles(100, seed=1)     # 100 pages of several hundred words each

Each page has a title, a few headed sections of prose and a bulleted list; its sentences mix
statements the fact table backs, statements it contradicts, hedged advice and plain filler, drawn
from templates over the domain's drugs, classes, transmitters and conditions. The wording varies
(synonyms, order, attribution, numbers) so the parser sees many distinct sentences.
"""

from __future__ import annotations

import random

BENZOS = [("clonazepam", "Klonopin"), ("alprazolam", "Xanax"), ("lorazepam", "Ativan"), ("diazepam", "Valium")]
SSRIS = [
    ("sertraline", "Zoloft"),
    ("fluoxetine", "Prozac"),
    ("paroxetine", "Paxil"),
    ("escitalopram", "Lexapro"),
    ("citalopram", "Celexa"),
]
SNRIS = [("duloxetine", "Cymbalta"), ("venlafaxine", "Effexor")]
OTHERS = [
    ("buspirone", "BuSpar"),
    ("hydroxyzine", "Vistaril"),
    ("gabapentin", "Neurontin"),
    ("pregabalin", "Lyrica"),
    ("zolpidem", "Ambien"),
]
CONDITIONS = [
    "panic disorder",
    "generalized anxiety disorder",
    "insomnia",
    "seizures",
    "depression",
    "social anxiety disorder",
    "alcohol withdrawal",
    "muscle spasms",
]
EFFECTS = [
    "drowsiness",
    "dizziness",
    "memory problems",
    "dependence",
    "tolerance",
    "withdrawal symptoms",
    "confusion",
    "falls in older adults",
    "respiratory depression",
    "weight gain",
    "dry mouth",
]
TRANSMITTERS = ["GABA", "serotonin", "dopamine", "norepinephrine", "glutamate"]
PLACES = ["the brain", "the nervous system", "the body", "nerve cells", "the central nervous system"]
WHO = ["Doctors", "Pharmacists", "Many clinicians", "Most guidelines", "The FDA", "Experts", "Researchers"]
TIME = ["a few days", "two weeks", "several weeks", "a month", "four to six weeks", "a couple of months"]
HOURS = ["6", "7", "8", "9", "10", "12", "18", "20", "30", "40", "50"]
ADVERBS = ["often", "usually", "sometimes", "commonly", "generally", "typically"]

_TRUE = [
    "{benzo} ({Benzo}) is a benzodiazepine.",
    "{Benzo}, whose generic name is {benzo}, belongs to the benzodiazepine class of medicines.",
    "Benzodiazepines such as {benzo} enhance the effect of GABA in {place}.",
    "{benzo_cap} can cause {effect}, especially at higher doses.",
    "Stopping {benzo} suddenly can cause withdrawal symptoms, so doctors {adverb} recommend a slow taper.",
    "{ssri_cap} ({Ssri}) is a selective serotonin reuptake inhibitor.",
    "SSRIs like {ssri} {adverb} take {time} to start working.",
    "{ssri_cap} is used to treat depression and several anxiety disorders.",
    "Combining benzodiazepines with opioids can slow breathing dangerously.",
    "GABA is the main inhibitory neurotransmitter in the brain.",
    "Glutamate is the brain's main excitatory neurotransmitter.",
    "{snri_cap} blocks the reuptake of both serotonin and norepinephrine.",
    "{who} warn that benzodiazepines can cause dependence with long-term use.",
    "Clonazepam has a long half-life compared with alprazolam.",
    "Buspirone is not a benzodiazepine and does not cause much sedation.",
    "Older adults who take benzodiazepines have a higher risk of falls.",
    "Alcohol increases the sedating effect of {benzo}.",
    "{other_cap} ({Other}) is {adverb} prescribed for {condition}.",
    "Benzodiazepines are controlled substances in the United States.",
    "Flumazenil can reverse the effects of a benzodiazepine.",
]
_FALSE = [
    "{benzo_cap} is an SSRI that raises serotonin levels.",
    "{Benzo} is completely safe to stop at any time without tapering.",
    "Benzodiazepines never cause dependence, even after years of daily use.",
    "{ssri_cap} works within an hour of the first dose.",
    "{ssri_cap} is a benzodiazepine.",
    "Alprazolam has a half-life of {hours} days.",
    "Benzodiazepines lower the amount of GABA in {place}.",
    "It is safe to drink alcohol while taking {benzo}.",
    "Depression is caused by a simple chemical imbalance of serotonin.",
    "{benzo_cap} cures {condition} permanently after a single course.",
    "Clonazepam is a short-acting drug that leaves the body within hours.",
    "Glutamate is the main inhibitory neurotransmitter.",
    "SSRIs cause addiction in the same way as opioids.",
    "Eating turkey raises serotonin enough to improve mood.",
]
_HEDGED = [
    "Some people find that {benzo} {adverb} helps them sleep, although this may vary.",
    "{ssri_cap} might cause {effect} in the first weeks of treatment.",
    "It may be wise to ask a pharmacist before mixing {other} with other medicines.",
    "Exercise could help some people with mild anxiety.",
    "A lower dose of {benzo} may be enough for older adults.",
]
_FILLER = [
    "This page explains what you should know before starting treatment.",
    "Everyone responds to medication differently, so keep a simple diary of how you feel.",
    "Write down your questions before your next appointment.",
    "If you notice anything unusual, talk to the person who prescribed your medicine.",
    "Store tablets at room temperature, away from children and pets.",
    "Read the leaflet that comes with your prescription.",
    "Keep a list of every medicine and supplement you take and bring it to each visit.",
    "Many readers asked us to cover this topic in more detail.",
    "You can find a glossary of medical terms at the end of this guide.",
    "The information here is general and does not replace advice from your own clinician.",
]
_HEADINGS = [
    "What is {benzo}?",
    "How {ssri} works",
    "Side effects to watch for",
    "Stopping treatment safely",
    "Common myths",
    "Questions to ask your doctor",
    "Anxiety medicines compared",
    "Sleep and mood",
]
_TITLES = [
    "A practical guide to {Benzo}",
    "{Ssri}: what patients ask most",
    "Understanding anxiety medicines",
    "Benzodiazepines and SSRIs explained",
    "Living with {condition}: treatment options",
]


def _slots(rng: random.Random) -> dict[str, str]:
    benzo, benzo_brand = rng.choice(BENZOS)
    ssri, ssri_brand = rng.choice(SSRIS)
    snri, _ = rng.choice(SNRIS)
    other, other_brand = rng.choice(OTHERS)
    return {
        "benzo": benzo,
        "Benzo": benzo_brand,
        "benzo_cap": benzo.capitalize(),
        "ssri": ssri,
        "Ssri": ssri_brand,
        "ssri_cap": ssri.capitalize(),
        "snri_cap": snri.capitalize(),
        "other": other,
        "Other": other_brand,
        "other_cap": other.capitalize(),
        "condition": rng.choice(CONDITIONS),
        "effect": rng.choice(EFFECTS),
        "place": rng.choice(PLACES),
        "who": rng.choice(WHO),
        "time": rng.choice(TIME),
        "hours": rng.choice(HOURS),
        "adverb": rng.choice(ADVERBS),
        "transmitter": rng.choice(TRANSMITTERS),
    }


def _sentence(rng: random.Random) -> str:
    pool = rng.choices([_TRUE, _FALSE, _HEDGED, _FILLER], weights=[4, 2, 1, 3])[0]
    text = rng.choice(pool).format(**_slots(rng))
    return text[0].upper() + text[1:]


def article(rng: random.Random, *, words: int = 400) -> str:
    """One page of about `words` words: title, sections of paragraphs, one bulleted list."""
    lines = [rng.choice(_TITLES).format(**_slots(rng)), ""]
    count = 0
    bullets_done = False
    while count < words:
        lines += [rng.choice(_HEADINGS).format(**_slots(rng)), ""]
        for _ in range(rng.randint(1, 3)):
            para = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
            lines += [para, ""]
            count += len(para.split())
        if not bullets_done and count > words // 2:
            lines += [f"- {_sentence(rng)}" for _ in range(rng.randint(3, 5))] + [""]
            bullets_done = True
    return "\n".join(lines).rstrip() + "\n"


_SYLLABLES = ["ka", "lo", "mir", "den", "sa", "vo", "tri", "nel", "po", "zu", "rha", "bek", "lin", "gor", "ta"]


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def byline(rng: random.Random) -> str:
    """A footer with words no other page has (names, a reference code), as real pages have:
    a long audit keeps meeting new words, which the memory figure must account for."""
    return (
        f"Reviewed by Dr. {_made_up(rng)} {_made_up(rng)} of the {_made_up(rng)} Clinic "
        f"(reference {_made_up(rng).upper()}-{rng.randint(100, 99999)}).\n"
    )


def articles(n: int, *, seed: int = 0, words: int = 400) -> list[str]:
    """`n` deterministic pages (the same `seed` gives the same texts)."""
    rng = random.Random(seed)
    return [article(rng, words=words) for _ in range(n)]


if __name__ == "__main__":
    print(articles(1, seed=1)[0])
