"""Stage 8, check-worthiness: which sentences and units say nothing a reader could check
(boilerplate, headings, questions, opinions, truisms, instructions, fragments), and why.

Never hide a claim: a clause that states something of a named thing is check-worthy even when the
extractor cannot read all of it (the judge then reports it `not_understood`), and so is advice that
states a contraindication or an interaction ("Avoid X if you have glaucoma").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..quantities import find_quantities, is_vague
from ..types import REFERENT, Claim, Reason
from .atomic import Source
from .blocks import Block, trim_span
from .mentions import Mentions, mention_ids
from .polarity import advice_frame, advised_verb
from .roles import has_subject
from .units import Unit, change_by, is_example_prep, is_finite
from .words import DOMAIN, FW, WORDS, has_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def sentence_reason(lex: Lexicon, block: Block, sent: Span, mentions: Mentions | None = None) -> Reason | None:
    """Why a whole sentence is not check-worthy, or None when its units should be read. A short line
    without a full stop is a heading unless it reads as a claim (`reads_as_claim`, given `mentions`)."""
    text = sent.text.strip()
    if any(_opens_with(p, sent, mentions) for p in lex.boilerplate):
        return Reason.BOILERPLATE  # "Share this article" is a share line, whatever its shape
    if block.heading and (block.marked or not (mentions is not None and reads_as_claim(sent, mentions))):
        return Reason.HEADING
    if text.rstrip("\"'”’)]» ").endswith("?"):
        return Reason.QUESTION  # also a quoted one: 'A question patients ask is: "Is Xanax a narcotic?"'
    if any(p.search(text) for p in lex.opinion):
        return Reason.OPINION
    if any(_opens_with(p, sent, mentions) for p in lex.truism):
        return Reason.TRUISM  # "Like all medicines, it can cause side effects": true of any medicine
    if text.endswith(":") and not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return Reason.HEADING  # "Key takeaways:", "Gabapentin and Pregabalin: What's ..."
    if not block.bullet and title_fragment(sent):
        return Reason.HEADING  # "How Long Does Klonopin Last? Klonopin Duration Facts": a title after a question
    return None


def _opens_with(pattern: re.Pattern[str], sent: Span, mentions: Mentions | None) -> bool:
    """Whether the truism or the page furniture is what the sentence says: nothing the table knows is
    named before it (not "Midazolam is a very safe drug but, like any medication, has side effects",
    nor "Zoloft can raise the risk of suicidal thoughts, so call 1-800-...": their own claims come
    first; the clause's own check, `truism_clause`, takes the rest). A lead-in naming nothing ("It is
    worth noting that like all medicines, ...") leaves the sentence what the pattern says."""
    found = pattern.search(sent.text)
    if found is None:
        return False
    start = sent.start_char + found.start()
    ids = mention_ids(sent.doc) if mentions is None else {i: m[0] for i, m in mentions.items()}
    return not any(t.idx < start and t.i in ids for t in sent)


def truism_clause(claim: Claim, lex: Lexicon) -> Reason | None:
    """A clause true of any medicine inside a longer sentence ("Lunesta can cause side effects, which
    include headaches": the main clause), when it names nothing but the drug."""
    if claim.objects or claim.quantities:
        return None
    text = REFERENT.sub("", claim.text)  # without the referent shown before it
    return Reason.TRUISM if any(p.search(text) for p in lex.truism) else None


def reference_heading(sent: Span) -> bool:
    """Whether a heading opens a page's list of references (`reference_headings`: "References",
    "Sources", "Further reading"): its entries cite, and state nothing of their own."""
    return tuple(t.lower_ for t in sent if t.is_alpha) in WORDS.reference_headings


def title_fragment(sent: Span) -> bool:
    """A run of two or more words in title case with no verb, no figure and no closing full stop
    ("Klonopin Duration Facts" after a title's question on the same line): a title, in any block but a
    bullet (a bullet's capitalised item may complete a lead-in: "- Generalized Anxiety Disorder")."""
    text = sent.text.strip()
    words = [t for t in sent if t.is_alpha]
    if len(words) < 2 or text.endswith((".", "!")) or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    if gives_figure(sent):
        return False  # "Xanax XR Tablets 3 mg": a strength in a table cell
    return all(t.text[0].isupper() for t in words if len(t) > 3) and title_case(words)


def reads_as_claim(sent: Span, mentions: Mentions) -> bool:
    """Whether a short line without a full stop states something rather than titles a section: it
    names a thing of the domain, is not written in title case, does not open as a question or an
    instruction, and either has a verb with its own subject ("Clonazepam is taken at night") or
    gives a figure with its unit ("Klonopin (clonazepam): 30 to 40 hours", a list under a lead-in).
    "Klonopin Side Effects", "How Xanax works", "Xanax vs Klonopin: which lasts longer" and "Get
    help now" stay headings; so does every line marked as a heading ("## ...")."""
    words = [t for t in sent if t.is_alpha]
    if not words or not any(t.i in mentions for t in sent) or title_case(words) or asks_or_compares(words):
        return False
    if words[0].pos_ in ("VERB", "AUX") and words[0].i not in mentions and words[0].tag_ != "VBG":
        return field_with_figure(sent)  # "Get help with Ativan today"; not "Mean half-life: about 6 hours"
    if any(has_own_subject(t) for t in sent):
        return True
    return gives_figure(sent)  # "Klonopin (clonazepam): 30 to 40 hours"


def field_with_figure(sent: Span) -> bool:
    """Whether the line is a short label, a colon, then a figure with its unit ("Mean elimination
    half-life: about 6 hours"): a field of a data table, whatever the tagger made of its first word."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 5:
        return False
    return gives_figure(sent.doc[colon.i + 1 : sent.end])


def gives_figure(sent: Span) -> bool:
    """Whether the sentence holds a number with its unit ("30 to 40 hours", "2 mg")."""
    return any(q.unit for q in find_quantities(sent.text))


def asks_or_compares(words: list[Token]) -> bool:
    """A title that asks ("Xanax vs Klonopin: which lasts longer") or sets two things side by side
    ("Klonopin versus Xanax"): a question word opening any of its clauses, or a word of comparison."""
    for k, tok in enumerate(words):
        if tok.lower_ in WORDS.versus_words:
            return True
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        opens = k == 0 or (before is not None and (before.is_punct or before.dep_ == "cc"))
        if opens and tok.lower_ in WORDS.question_openers:
            return True
    return False


def has_own_subject(tok: Token) -> bool:
    """Whether `tok` is a verb with a subject of its own, a noun or a gerund clause ("*Taking X with
    opioids* can slow breathing"): a clause."""
    return tok.pos_ in ("VERB", "AUX") and (has_subject(tok) or any(c.dep_ == "csubj" for c in tok.children))


def contents_entry(block: Block, sent: Span) -> Reason | None:
    """HEADING for a bullet that is an entry of a page's table of contents ("- Signs Of Prescription
    Medication Abuse", "- Side Effects Of Mixing Xanax & Lexapro"): at least three words in title
    case, no full stop, and no verb with a subject of its own. (Only asked of a bullet that does not
    complete a lead-in, whose items are often capitalised names: "Generalized Anxiety Disorder".)"""
    words = [t for t in sent if t.is_alpha]
    if not block.bullet or len(words) < 3 or not title_case(words) or sent.text.rstrip().endswith("."):
        return None
    return None if any(has_own_subject(t) for t in sent) else Reason.HEADING


def title_case(words: list[Token]) -> bool:
    """Whether most words longer than three letters are capitalised, as in a title: "Dangers of
    Snorting Klonopin" (drug names are capitalised in prose too, so a line of one such word is not)."""
    long = [t for t in words if len(t) > 3]
    return len(long) >= 2 and sum(t.text[0].isupper() for t in long) >= 0.75 * len(long)


def plain_claim(article: Source, block: Block, sent: Span, reason: Reason) -> Claim:
    """The not-check-worthy record of a whole sentence, with the reason."""
    start, end = trim_span(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
    return Claim(
        id="",
        text=article.text[start:end],
        start=start,
        end=end,
        sentence=article.text[start:end],
        checkworthy=False,
        reason=reason,
    )


def unit_reason(
    unit: Unit, claim: Claim, imperative: bool, outside: bool = False, naming: bool = False
) -> Reason | None:
    """Why a unit's claim is not check-worthy, or None when it is. A clause that asserts something of
    a named thing is check-worthy even when the extractor cannot read all of it (it is then reported
    `not_understood`, never hidden); `outside`: the unit names a drug the table does not know;
    `naming`: it is a naming clause ("X is the brand name for Y"), right or wrong."""
    if personal_account(unit) or asks_how(unit) or condition_as_root(unit) or label_of_a_value(unit):
        return Reason.NO_ASSERTION  # "I was prescribed Ativan after surgery"; "how often you take it"
    warning = advice_warning(unit, claim)
    if (
        imperative
        and unit.kind in ("root", "conj", "without")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in unit.head.children)
        and not warning
    ):
        return Reason.INSTRUCTION
    if unit.kind in ("root", "conj") and advice_frame(unit.head) and not warning:
        return Reason.INSTRUCTION  # "It is important to take it under a doctor's care"
    if warning:
        return None  # "Avoid X if you have Y": a contraindication, however it is phrased
    if not_asserted(unit) or trailing_report(unit):
        return Reason.NO_ASSERTION  # "Sellers claim that X", "X is marketed as ...", "X is often questioned"
    if cites_a_source(unit):
        return None  # "A 2021 study (PMID: 12345678) of 300 adults showed": a citation to check
    if not claim.subjects and not claim.objects and all(is_vague(q) for q in claim.quantities):
        if outside and asserts(unit, claim, naming):
            return None  # "Trazodone is often prescribed for sleep": a claim outside the table
        return Reason.NO_DOMAIN_ENTITY  # "Most side effects fade after a few weeks": nothing to check it by
    said = claim.objects and (claim.relation is not None or len(claim.entity_ids) >= 2)
    if not (said or claim.value or claim.quantities) and not asserts(unit, claim, naming):
        return Reason.NO_ASSERTION  # a subject alone, or a fragment: nothing to check
    return None


LABEL_WORDS = 6  # at most this many words label a value ("Usual adult maximum daily dose")
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def label_of_a_value(unit: Unit) -> bool:
    """'*Highest dose*: 4 mg daily': a few words with no finite verb that end at a colon with more
    of the line after it label the value that follows; the value is the claim, read with its label."""
    own = sorted(unit.own, key=lambda t: t.i)
    if own and own[-1].text == ":":
        own = own[:-1]  # the colon may be the unit's own last token
    if not own or len(own) > LABEL_WORDS or any(t.tag_ in FINITE_TAGS for t in own):
        return False  # "Starting dose:" has no finite verb (the parser may read "starting" as one)
    doc, colon = own[-1].doc, own[-1].i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":":
        return False
    return "\n" not in doc[colon].whitespace_ and not doc[colon + 1].is_space


BIBLIOGRAPHIC = re.compile(r"\b(?:19|20)\d\d\s*;\s*\d+\s*\(\s*\d+\s*\)\s*:\s*\d+")  # "2019;41(3):112"


def cites_a_source(unit: Unit) -> bool:
    """Whether the unit cites a study or paper by an identifier (`citation_markers`: "PMID", "DOI",
    "et al.", "published in") or a volume-and-pages reference ("2019;41(3):112-118"), in a clause with
    a verb: a citation an editor must be able to check, never hidden (it is reported unsupported: no
    row holds citations). An entry of a reference list has no verb, and stays out."""
    if not any(t.pos_ in ("VERB", "AUX") for t in unit.own):
        return False  # "J Am Geriatr Soc. 2019;67(6):1309-1311": an entry of a reference list
    return cites("".join(t.text_with_ws for t in unit.own))


def cites(text: str) -> bool:
    """Whether the text names a citation: a `citation_markers` phrase or a volume-and-pages reference.

    >>> cites("A 2021 study (PMID: 12345678) showed"), cites("Ochsner J. 2013;13(2):214-223"), cites("It works")
    (True, True, False)
    """
    return has_phrase(re.findall(r"[a-z]+", text.lower()), WORDS.citation_markers) or bool(BIBLIOGRAPHIC.search(text))


def trailing_report(unit: Unit) -> bool:
    """'..., advises one medical journal', '..., says the FDA': a verb of reporting after the clause it
    reports (its complement comes first) only names the source; the reported clause is the claim."""
    head = unit.head
    if head.lemma_.lower() not in WORDS.reporting:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in head.children):
        return False  # "..., so it is not advised for women": the advice is the claim
    if head.dep_ == "conj" and head.head.i < head.i:  # "X may need Y, advises Z": hung on X's verb
        between = head.doc[head.head.i + 1 : head.i]
        return not any(t.dep_ == "cc" for t in between) and any(t.text == "," for t in between)
    return any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)


def interested_report(unit: Unit) -> bool:
    """'Manufacturers claim that GABA supplements boost brain GABA', 'proponents say that ...': a clause
    the page reports from a party with an interest in it (`interested_parties`) is theirs, not the
    page's ("the manufacturer says ..." names the label's author, and is checked as attributed)."""
    node = unit.head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:  # "... claim that X boosts GABA and treats anxiety"
        node = node.head
    gov = node.head
    if node.dep_ != "ccomp" or gov.lemma_.lower() not in WORDS.believe | WORDS.reporting:
        return False
    holders = {t.lower_ for c in gov.children if c.dep_ == "nsubj" for t in c.subtree}
    return bool(holders & WORDS.interested_parties)


def denied_report(unit: Unit) -> bool:
    """'The label does not say that X is meant for long-term use', 'nobody claims that X treats
    depression': the clause a denied verb of saying or believing (`believe`) governs is neither the
    page's claim nor its denial (what a source does not say may still be true); a verb of finding or
    showing ("studies have not shown that ...") speaks of evidence, and is read elsewhere. Only verbs
    that both report and state a belief (`believe` and `reporting`: say, claim) are read so."""
    node = unit.head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    gov = node.head
    if node.dep_ != "ccomp" or gov.lemma_.lower() not in WORDS.believe & WORDS.reporting:
        return False  # "say", "claim": not "doctors do not believe that ..." (a denial by those who know)
    subjects = [c for c in gov.children if c.dep_ == "nsubj"]
    denied = any(c.dep_ == "neg" for c in gov.children)
    return denied or any(t.lower_ in WORDS.negating_determiners for c in subjects for t in c.subtree)


def marketed_as(unit: Unit) -> bool:
    """'GABA supplements have become popular as a natural remedy for anxiety', 'it is marketed as a
    sleep aid': what a product is sold or known as (`marketing_words` before "as"), not what it does.
    A clause that says when it was first sold or under which name ("was first sold in America in 1981 as a
    hypnotic under the name Restoril") is a fact of its history, checked."""
    if any(t.like_num and YEAR.fullmatch(t.text) for t in unit.own) or any(
        t.pos_ == "NOUN" and t.lemma_.lower() in WORDS.naming_words for t in unit.own
    ):
        return False  # "in 1981", "under the *name* Restoril"
    for tok in unit.own:
        if tok.lemma_.lower() not in WORDS.marketing_words:
            continue
        holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]  # "became popular [as ...]"
        if any(sold_as(c) for h in holders for c in h.children):
            return True
    return False


YEAR = re.compile(r"(?:19|20)\d\d")


def sold_as(prep: Token) -> bool:
    """An "as" phrase of what a product is sold as: not "such as" (examples), nor a name ("sold as
    Atarax": a naming claim, checked), nor its strengths ("sold as 15 mg and 30 mg capsules"), nor its
    dosage forms (`dosage_form_nouns`: "sold as a capsule or a tablet")."""
    if prep.dep_ != "prep" or prep.lower_ != FW.comparison_as or is_example_prep(prep):
        return False
    if any(t.like_num for t in prep.subtree):
        return False
    if any(t.lemma_.lower() in WORDS.dosage_form_nouns for t in prep.subtree):
        return False  # "sold as a capsule or a tablet": its dosage forms, a claim
    return not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def questioned(unit: Unit) -> bool:
    """'Ambien is often questioned regarding its classification as a benzodiazepine', 'its role is
    debated': a passive verb of doubt (`doubt_verbs`) reports a question, and answers none."""
    head = unit.head
    return head.lemma_.lower() in WORDS.doubt_verbs and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)


def not_asserted(unit: Unit) -> bool:
    """Whether the clause is reported, framed or sought rather than said by the page (each test below)."""
    tests = (
        interested_report,
        denied_report,
        marketed_as,
        questioned,
        hoped_for,
        that_frame,
        personal_inference,
        group_described,
    )
    return any(test(unit) for test in (*tests, asks_how))


def condition_as_root(unit: Unit) -> bool:
    """'If an opioid must be combined with a benzodiazepine, the doses should be limited': the parser
    may make the condition the sentence's root; a clause opened by "if" or "unless" (`conditions`)
    supposes what it says, and asserts none of it (the advice it conditions is read on its own)."""
    return unit.kind == "root" and any(
        c.dep_ == "mark" and c.lower_ in WORDS.hypothetical_marks for c in unit.head.children
    )


def personal_account(unit: Unit) -> bool:
    """'Around 1995, I also had trouble sleeping', 'I was prescribed Ativan after surgery': a clause
    whose subject is the writer (`narrator_pronouns`) tells the writer's own story, which no row can
    check; a clause it reports ("I can tell you that X is safe") is read on its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WORDS.narrator_pronouns for c in unit.head.children)


def asks_how(unit: Unit) -> bool:
    """'how *long* Ambien stays in your system', 'factors that affect how long it lasts': a clause
    that asks how long, how fast or how much (`how_words`) gives no figure or value of its own; one a
    verb of rise or fall governs says which way it changes ("Benzodiazepines *increase* how often the
    channel opens", `up_words`, `down_words`) and is a claim."""
    if unit.head.lemma_.lower() in WORDS.up_words | WORDS.down_words:
        return False
    doc = unit.head.doc
    asked = [
        t for t in unit.own if t.lower_ == FW.how and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in WORDS.how_words
    ]
    return any(not aside_question(t, unit) for t in asked)


def aside_question(how: Token, unit: Unit) -> bool:
    """A 'how long' clause in a phrase or adverbial clause beside a finite clause with its own subject
    ("X is prescribed for 7 to 10 days, *depending on how long* symptoms last", "*Illustrating how
    quickly* it forms, dependence can develop within weeks"): the clause states its own claim; the
    question only says what it depends on or shows."""
    clause = how
    while clause.dep_ in ("advmod", "amod", "npadvmod") and clause.head.i != clause.i:
        clause = clause.head
    head = unit.head
    if clause.i == head.i or not is_finite(head) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    node = clause  # "Illustrating how quickly dependence forms, dependence can develop within weeks": in an adverbial
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("pcomp", "advcl"):
            return True
        node = node.head
    return False


def group_described(unit: Unit) -> bool:
    """'those with depression *who aren't prescribed Cymbalta*': a denied relative clause on a
    group of people (`group_nouns`, said by the noun or its determiner) says which people, not that a
    drug does not do something. (An affirmed one is left to be read: the parser often hangs the
    sentence's own predicate on it, "people who quit X experience Y".)"""
    noun = unit.head.head
    personal = any(c.lower_ in WORDS.personal_relatives for c in unit.head.children)  # "who", not "which"
    denied = any(c.dep_ == "neg" for c in unit.head.children)
    named = [noun] + [c for c in noun.children if c.dep_ == "det"]  # "those suffering"
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
        named.append(noun.head.head)  # "those with depression who ...": the parse hangs it on the condition
    group = any(t.lemma_.lower() in WORDS.group_nouns or t.lower_ in WORDS.group_nouns for t in named)
    return unit.kind == "relcl" and personal and denied and group


def personal_inference(unit: Unit) -> bool:
    """'Tolerance does not necessarily mean *you are addicted*': a state of the reader under a denied
    verb of signifying (`sign_verbs`) is the inference turned down, not a claim about any drug."""
    gov = unit.head.head
    return (
        unit.kind == "ccomp"
        and gov.i != unit.head.i
        and gov.lemma_.lower() in WORDS.sign_verbs
        and any(c.dep_ == "neg" for c in gov.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WORDS.personal_pronouns for c in unit.head.children)
    )


def that_frame(unit: Unit) -> bool:
    """'It is known that buspirone binds 5-HT1A', 'it is believed that ...': a passive verb whose
    subject "it" stands for the "that" clause after it frames that clause (judged on its own) and
    says nothing of the drug the page is about."""
    head = unit.head
    return any(c.dep_ == "nsubjpass" and c.lower_ == FW.expletive for c in head.children) and any(
        c.dep_ == "ccomp" and c.left_edge.lower_ == FW.complementizer for c in head.children
    )


def hoped_for(unit: Unit) -> bool:
    """'The chemist hoped to find a drug that could treat epilepsy without causing sedation': what
    someone hoped, wanted or sought (`intention_verbs`) is no claim of the page, nor of the drug the
    page is about."""
    verbs = WORDS.intention_verbs  # lemmas, and forms the model lemmatizes wrongly ("hoped" as "hop")
    node = unit.head
    while node.head.i != node.i:
        step, node = node, node.head
        wanted = step.dep_ in ("xcomp", "ccomp", "dobj")  # what is hoped for, not a clause joined to it
        active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children)  # not "are sought after"
        if wanted and active and node.pos_ == "VERB" and (node.lemma_.lower() in verbs or node.lower_ in verbs):
            return True
    return False


# Dependency labels of what a verb says of its subject: an object, an attribute, a phrase or an adverb.
# A clause with none of them ("..., as opioids are") or only a reported clause ("which means that
# ...", whose clause is a unit of its own) states nothing by itself.
COMPLEMENT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "prep", "agent", "xcomp", "dative", "npadvmod", "advmod", "prt"}
)


def states_change(head: Token) -> bool:
    """A verb of change with how much it changed ("rises *by* about an hour"): a statement of how a
    property changes, which no row decides, never hidden."""
    return any(change_by(c) for c in head.children)


def asserts(unit: Unit, claim: Claim, naming: bool = False) -> bool:
    """Whether the unit is a clause that states something of a subject: a finite verb (or one with a
    finite auxiliary) with a subject of its own, one it shares (a coordinated or relative clause), or
    one the extractor resolved, naming something besides its source, and with something said of it
    (COMPLEMENT_DEPS). "The generic name of X is Y", "X was first used before surgery" do (a relation
    word other than the copula's `is_a`, a naming clause or a passive makes the predicate; "X takes
    another route" and "X is another option" state nothing the table could speak of); "Metabolism", "X, a
    benzodiazepine", a condition ("unless a doctor decides it is necessary") and a relative clause
    that only describes its noun ("the signal that GABA sends") do not."""
    head = unit.head
    own_subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if head.dep_ == "relcl" and any(c.lower_ not in WORDS.relative_pronouns for c in own_subject):
        return False
    predicate = (
        claim.relation not in (None, "is_a")  # "X is approved for ...": a relation word of the closed list
        or naming  # "The generic name of X is Y"
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)  # "X was used before surgery"
        or states_duration(head)  # "withdrawal symptoms can last for weeks or months"
        or states_availability(head)  # "Xanax is available as a generic drug"
        or states_safety(head)  # "Klonopin is completely safe", "a safe medicine"
        or states_grade(head)  # "Xanax withdrawal can be severe"
        or states_change(head)  # "its half-life rises by about an hour with every year of age"
        or states_use(head)  # "Xanax is a medicine for schizophrenia"
        or states_dosing(head)  # "Most people take buspirone two to three times a day"
        or classed_by_modifier(head)  # "Zaleplon is a benzodiazepine alternative"
        or says_of_named(head)  # "The half-life of diazepam varies across age groups"
        or states_count(head)  # "Pharmacies fill 20 million Klonopin prescriptions a year"
        or states_kind(head)  # "Benzodiazepines are a family of psychoactive drugs"
    )
    return (
        predicate
        and bool(claim.entity_ids - {claim.attribution} or claim.outside)  # "What experts recommend:" names a source
        and (
            is_finite(head)
            or (unit.kind == "conj" and head.tag_ in ("VB", "VBN") and is_finite(head.head))  # "can slow X and delay Y"
            or (naming and head.head.dep_ == "attr")  # "X is a Y and the brand name of Z"
            or (naming and unit.kind == "appos")  # "Restoril, a brand name for temazepam, ..."
            or (unit.kind == "conj" and claim.relation not in (None, "is_a") and bool(claim.subjects))
        )  # "prescribed to manage anxiety, treat allergic reactions, and ...": each use is said
        and bool(own_subject or unit.kind in ("conj", "relcl") or claim.subjects)
        and any(c.dep_ in COMPLEMENT_DEPS for c in head.children)
        and not in_condition(head)
    )


STATISTIC_FLOOR = 100  # a count from this up is a statistic ("500 prescriptions"), not a dose or a pill count


def states_count(head: Token) -> bool:
    """'Pharmacies fill 20 million Klonopin prescriptions a year': a verb whose object or subject
    is counted in a large number (`large_number_words`, or a figure of at least STATISTIC_FLOOR) gives
    a statistic, a claim an editor must see whoever its subject is."""
    counted = [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    for noun in counted:
        for num in (c for c in noun.children if c.dep_ == "nummod"):
            words = {t.lower_ for t in num.subtree}
            if words & WORDS.large_number_words or large_figure(num.text):
                return True
    return False


def large_figure(text: str) -> bool:
    """Whether the text is a figure of at least STATISTIC_FLOOR ("1,200", "500")."""
    digits = text.replace(",", "")
    return digits.isdigit() and int(digits) >= STATISTIC_FLOOR


def says_of_named(head: Token) -> bool:
    """'Glutamate excites the nervous system', 'Lorazepam crosses the placenta': a verb
    other than the copula whose own subject names something the table knows says something of it,
    even when no relation word of the closed list is read. (A subject the table does not know doing
    something to a thing it knows, "our team treats Xanax addiction", is too often the page's own
    business to be shown.) A figure of speech of how a drug goes about its work ("X takes another
    *route*", `manner_nouns`) states nothing, nor does a verb of variation (`variation_verbs`:
    "varies with age and weight"). A verb coordinated with another shares its subject ("can slow
    reflexes and delay reaction time"). So does one whose subject is "it" (`thing_pronoun`), whether or
    not the extractor found which drug it is ("It carries a boxed warning")."""
    if head.pos_ != "VERB" or head.lemma_ == FW.copula or head.lemma_.lower() in WORDS.variation_verbs:
        return False  # "the time it remains can vary with age and weight": true of any medicine
    if any(c.dep_ == "dobj" and c.lemma_.lower() in WORDS.manner_nouns for c in head.children):
        return False
    ids = mention_ids(head.doc)
    if any(of_drug_property(c, ids) for c in head.children if c.dep_ == "dobj"):
        return True  # "Food delays the absorption of zolpidem": said of the drug, whatever the subject
    holder = head.head if head.dep_ == "conj" and head.head.pos_ == "VERB" else head  # "... and delay X": shared
    subjects = [c for c in (*head.children, *holder.children) if c.dep_ in ("nsubj", "nsubjpass")]
    if any(t.i in ids for c in subjects for t in c.subtree):
        return True
    # "It carries a boxed warning"; not "It helps to talk to ...", nor a leaflet's "It tells you about X"
    speaks = head.lemma_.lower() in WORDS.reporting | WORDS.telling_verbs
    return any(c.lower_ == FW.thing_pronoun for c in subjects) and not speaks and names_in_object(head, ids)


def names_in_object(head: Token, ids: dict[int, str]) -> bool:
    """Whether the verb's own object, or the noun of its own prepositional phrase, names something the
    table knows ("carries *a boxed warning*", "acts *on GABA receptors*")."""
    held = [c for c in head.children if c.dep_ == "dobj"]
    held += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.i in ids for c in held for t in c.subtree)


def of_drug_property(obj: Token, ids: dict[int, str]) -> bool:
    """'the *absorption of zolpidem*', 'the blood levels of buspirone': a noun of what the body does
    with a drug (`drug_property_nouns`) whose "of" names something the table knows."""
    if obj.lemma_.lower() not in WORDS.drug_property_nouns:
        return False
    return any(p.dep_ == "prep" and p.lower_ == FW.of and any(t.i in ids for t in p.subtree) for p in obj.children)


def classed_by_modifier(head: Token) -> bool:
    """'X is a benzodiazepine alternative': the noun the copula names is modified by a name the table
    knows, which the relation repairs did not take for the subject's class (`class_as_modifier`)."""
    ids = mention_ids(head.doc)
    return head.lemma_ == FW.copula and any(
        m.dep_ in ("compound", "amod") and m.i in ids for c in head.children if c.dep_ == "attr" for m in c.children
    )


def states_duration(head: Token) -> bool:
    """'lasts for weeks or months', 'can persist for days': a verb of lasting with a span of time."""
    if head.lemma_.lower() not in WORDS.lasting_verbs:
        return False
    return any(
        t.lemma_.lower() in WORDS.time_nouns for c in head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree
    )


def states_availability(head: Token) -> bool:
    """'X is available as a generic drug', 'X is available in two forms', 'X comes as tablets', 'X is
    sold in three strengths': a word of availability (the copula's complement or the verb itself)
    that says as or in what (`availability_preps`), a claim of the forms a drug is made in."""
    if head.pos_ == "VERB" and head.lemma_.lower() in WORDS.availability_words:
        return any(c.dep_ == "prep" and c.lower_ in WORDS.availability_preps for c in head.children)
    available = [c for c in head.children if c.dep_ == "acomp" and c.lower_ in WORDS.availability_words]
    return any(p.dep_ == "prep" for a in available for p in [*a.children, *head.children])


def states_use(head: Token) -> bool:
    """'Xanax is a medicine for schizophrenia': a copula whose attribute is a medicine (`drug_nouns`)
    for something says what the drug is used for, even when the table does not know the condition."""
    return head.lemma_ == FW.copula and any(
        c.dep_ == "attr"
        and c.lemma_.lower() in WORDS.drug_nouns
        and any(p.dep_ == "prep" and p.lower_ == FW.purpose for p in c.children)
        for c in head.children
    )


KIND_MODIFIERS = frozenset({"amod", "compound", "nummod", "appos"})


def states_kind(head: Token) -> bool:
    """'Benzodiazepines are a family of psychoactive drugs', 'Tranxene is a dangerous drug', 'Xanax
    is of category D': a copula whose attribute (or the noun after its "of") is a medicine, a class
    of medicines or a kind (`drug_nouns`, `class_nouns`, `kind_nouns`) with a word that says which
    one classes the subject, a claim an editor must see even when the table does not know the kind."""
    if head.lemma_ != FW.copula:
        return False
    groups = WORDS.class_nouns | WORDS.kind_nouns
    nouns = [c for c in head.children if c.dep_ == "attr"]
    nouns += [
        p for c in head.children if c.dep_ == "prep" and c.lower_ == FW.of for p in c.children if p.dep_ == "pobj"
    ]
    for noun in nouns:
        if any(c.dep_ == "det" and c.lower_ in WORDS.definite_determiners for c in noun.children):
            continue  # "the only drug approved for ...": a rank or an identity, read by its own clause
        if any(c.lemma_.lower() in WORDS.brand_kinds for c in noun.subtree if c.i < noun.i):
            continue  # "a brand-name medicine": a naming, read with the name it gives
        if noun.lemma_.lower() in groups:  # "a family of psychoactive drugs": the drugs say which family
            of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == FW.of for p in c.children]
            noun = next((p for p in of if p.dep_ == "pobj"), noun)
        if noun.lemma_.lower() in WORDS.drug_nouns | groups and any(m.dep_ in KIND_MODIFIERS for m in noun.children):
            return True
        if any(m.dep_ == "compound" and m.lemma_.lower() in groups for m in noun.children):
            return True  # "of category D": the letter names the kind
    return False


def states_dosing(head: Token) -> bool:
    """'Most people take buspirone two to three times a day', 'it is taken once daily': a verb of
    intake (`intake_verbs`) with a word of how often (`dosing_frequency_words`) says how the drug is
    dosed, a claim an editor must see, though no row may hold the figure."""
    if head.lemma_.lower() not in WORDS.intake_verbs:
        return False
    return any(t.lower_ in WORDS.dosing_frequency_words for t in head.subtree)


def states_safety(head: Token) -> bool:
    """'Klonopin is completely safe', 'Xanax is a safe drug', 'it is much safer': a copula that calls
    its subject safe or safer (a `safe_words` adjective as its complement, or on the noun it is), a
    claim the reader must be able to check, never hidden."""
    if head.lemma_ != FW.copula:
        return False
    said = [c for c in head.children if c.dep_ == "acomp"]
    said += [a for c in head.children if c.dep_ == "attr" for a in c.children if a.dep_ == "amod"]
    return any(t.lower_ in WORDS.safe_words or t.lemma_.lower() in WORDS.safe_words for t in said)  # "safer"


def states_grade(head: Token) -> bool:
    """'Xanax withdrawal can be severe', 'the side effects are usually mild': a copula that grades its
    subject (a `grade_adjectives` complement) states something a row may decide; never hidden."""
    return head.lemma_ == FW.copula and any(
        c.dep_ == "acomp" and c.lemma_.lower() in WORDS.grade_adjectives for c in head.children
    )


def in_condition(tok: Token) -> bool:
    """Whether `tok` sits in a condition clause ("if ...", "unless ..."), however deep."""
    node = tok
    while True:
        if any(c.dep_ == "mark" and c.lower_ in WORDS.conditions for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def advice_warning(unit: Unit, claim: Claim) -> bool:
    """Advice that states a contraindication or an interaction: a verb of taking a medicine
    ("avoid", "do not take", "do not combine") with a medicine and something it must not meet (a
    condition, a population, another substance): "Avoid X if you have glaucoma", "Do not take X with
    alcohol". Advice naming only the medicine ("Take X with a glass of water") stays an instruction."""
    framed = advice_frame(unit.head)
    verb = advised_verb(unit.head) if framed else unit.head
    if verb.lemma_ not in WORDS.advice_verbs or unit.kind not in ("root", "conj"):
        return False
    named = set(claim.entity_ids) | set(claim.context)
    if framed:  # "It is advisable not to take X with alcohol"; not "... to use X only under supervision"
        return (bool(named & DOMAIN.companions) and len(named) >= 2) or warns_for_a_condition(verb)
    return bool(claim.entity_ids) and (len(named) >= 2 or warns_for_a_condition(verb))


def warns_for_a_condition(head: Token) -> bool:
    """'Do not use X if you have severe lung disease', 'avoid X if you are ...': advice against the
    medicine under a condition clause, a contraindication even when the condition is one the table
    does not know (the claim is then reported as not understood, never hidden)."""
    against = head.lemma_ in WORDS.avoid_verbs or any(c.dep_ == "neg" for c in head.children)
    return against and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WORDS.conditions for m in c.children)
        for c in head.children
    )
