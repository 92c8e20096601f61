"""The structure of an HTML report, for its golden file: elements, ids, classes and counts, not bytes.

The HTML golden file (sample.html.json) holds this structure rather than the page itself, so that a
change of colour or wording in the stylesheet or script does not churn it, while a lost mark, id or
filter does. The browser tests check what the styles and script do.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

# Attributes that carry structure (which claims a mark covers, what a filter shows), kept in the outline.
_KEPT = ("data-claims", "data-claim", "data-verdict", "data-show", "href", "value", "name", "role")
_VOID = {"meta", "link", "br", "input", "img", "hr", "wbr"}


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.outline: list[str] = []
        self.tags: Counter = Counter()
        self.csp = None
        self.verdict_tags: Counter = Counter()
        self.marks: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = re.sub(r"'sha256-[A-Za-z0-9+/=]+'", "'sha256-…'", a.get("content", ""))
        classes = (a.get("class") or "").split()
        if tag == "a" and "tag" in classes:
            self.verdict_tags.update(c[2:] for c in classes if c.startswith("v-"))
        if tag == "mark":
            self.marks[" ".join(c for c in classes if c.startswith("has-"))] += 1
        if "id" in a or "class" in a or tag == "input":
            line = "  " * len(self.stack) + tag
            line += f"#{a['id']}" if "id" in a else ""
            line += "".join(f".{c}" for c in classes)
            line += "".join(f" {k}={a[k]!r}" for k in _KEPT if k in a)
            self.outline.append(line)
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass


def structure(page: str) -> dict:
    parser = _Outline()
    parser.feed(page)
    parser.close()
    return {
        "csp": parser.csp,
        "element_counts": dict(sorted(parser.tags.items())),
        "tags_per_verdict": dict(sorted(parser.verdict_tags.items())),
        "marks_per_class": dict(sorted(parser.marks.items())),
        "outline": parser.outline,
    }
