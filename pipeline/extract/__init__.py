"""The claim extractor: articles in, atomic grounded claims out.

Stages, each a module of this package with its own tests:

- `blocks`: the article's lines (blocks), lead-ins a list completes, blocks that are not prose;
- `mentions`: entity mentions, kept as the span group `doc.spans["verify_mentions"]`;
- `examples`: a parse repair for "CLASS such as X, Y and Z VERB": the list is the examples, the class the subject;
- `units`: a sentence's clause units (main clause, coordinated predicates, relatives, appositives, examples);
- `roles`: a unit's subject tokens, relation word (trigger) and entity mentions;
- `coref`: the reader's memory (`State`) and what "it", "this drug", "which" refer to;
- `polarity`: negation, scope, modality and value words;
- `relation`: the ordered repairs (`REPAIRS`) that turn a first reading into the claim;
- `atomic`: one claim per coordinated subject and object, the claim's text and proposition;
- `worthiness`: which sentences and units are not check-worthy, and why;
- `outside`: the drugs a sentence names that the table does not know (an offline drug dictionary);
- `naming`: clauses that give a drug a name ("X is the brand name for Y");
- `claims`: one unit's claims (its parts, first reading, repairs, atomic split) and a sentence's implied claims;
- `extractor`: the `Extractor` that strings the stages together, article by article and block by block;
- `words`: the English word lists and domain ids, read from `pipeline/data/`.
"""

from .blocks import Block, split_blocks, trim_span
from .extractor import SPACY_MODEL, Extractor, load_nlp
from .words import ANCHOR_TYPES, DRUG_TYPES

__all__ = ["ANCHOR_TYPES", "DRUG_TYPES", "SPACY_MODEL", "Block", "Extractor", "load_nlp", "split_blocks", "trim_span"]
