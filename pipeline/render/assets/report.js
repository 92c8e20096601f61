// verify HTML report: filters, the details panel and keyboard navigation.
// Never builds markup from strings: the panel shows clones of the escaped entries the page already has.
(function () {
  "use strict";
  var body = document.body;
  var hint = document.getElementById("panel-hint");
  var panelBody = document.getElementById("panel-body");
  var status = document.getElementById("status");
  var currentId = null;

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function shown() { return body.getAttribute("data-show").split(" "); }
  function verdictOf(id) {
    var entry = document.getElementById(id);
    return entry ? entry.getAttribute("data-verdict") : null;
  }
  function visible(id) { return shown().indexOf(verdictOf(id)) >= 0; }
  function allTags() { return document.querySelectorAll("a.tag"); }

  function clearCurrent() {
    each(document.querySelectorAll(".current"), function (el) { el.classList.remove("current"); });
  }

  function closePanel() {
    clearCurrent();
    currentId = null;
    while (panelBody.firstChild) { panelBody.removeChild(panelBody.firstChild); }
    hint.hidden = false;
    body.classList.remove("selected");
  }

  // The panel sits under the sticky summary, whose height changes with the width of the window.
  var summary = document.getElementById("summary");
  function measure() {
    document.documentElement.style.setProperty("--summary-height", summary.offsetHeight + "px");
  }
  measure();
  window.addEventListener("resize", measure);

  // On a narrow screen the panel is a sheet along the bottom edge: keep the selected text above it.
  function keepAbovePanel(el) {
    var panel = document.getElementById("panel");
    if (getComputedStyle(panel).position !== "fixed") { return; }
    var rect = el.getBoundingClientRect();
    var top = panel.getBoundingClientRect().top;
    if (rect.bottom > top - 8 || rect.top < 0) {
      window.scrollBy(0, rect.top - Math.max(8, (top - rect.height) / 2));
    }
  }

  // Show the entries of `ids` (claims of one passage, most severe first) in the side panel; `from`,
  // the element clicked (the claim's tag when none), stays in view.
  function select(ids, focusTag, from) {
    ids = ids.filter(visible);
    if (!ids.length) { return; }
    closePanel();
    ids.forEach(function (id) {
      var copy = document.getElementById(id).cloneNode(true);
      copy.removeAttribute("id");
      each(copy.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
      panelBody.appendChild(copy);
      document.getElementById(id).classList.add("current");
      document.getElementById("t-" + id).classList.add("current");
      each(document.querySelectorAll('mark.seg[data-claims~="' + CSS.escape(id) + '"]'),
           function (el) { el.classList.add("current"); });
    });
    currentId = ids[0];
    hint.hidden = true;
    body.classList.add("selected");
    status.textContent = ids.length + (ids.length === 1 ? " claim selected" : " claims selected");
    var tag = document.getElementById("t-" + currentId);
    if (focusTag) {
      tag.focus();
      tag.scrollIntoView({block: "center"});
    }
    keepAbovePanel(from || tag);
  }

  var RANK = {contradicted: 0, unsupported: 1, supported: 2, not_checkworthy: 3};
  function bySeverity(a, b) { return RANK[verdictOf(a)] - RANK[verdictOf(b)]; }

  // The next (step 1) or previous (step -1) shown finding in reading order, wrapping around.
  function move(step) {
    var tags = Array.prototype.slice.call(allTags());
    var here = currentId ? tags.indexOf(document.getElementById("t-" + currentId)) : (step > 0 ? -1 : tags.length);
    for (var n = 1; n <= tags.length; n++) {
      var i = ((here + step * n) % tags.length + tags.length) % tags.length;
      var id = tags[i].getAttribute("data-claim");
      if (visible(id)) { select([id], true); return; }
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var tag = target.closest && target.closest("a.tag");
    if (tag) {
      event.preventDefault();
      select([tag.getAttribute("data-claim")], false, tag);
      return;
    }
    var goto = target.closest && target.closest("a.goto");
    if (goto) {
      event.preventDefault();
      select([goto.getAttribute("data-claim")], true);
      return;
    }
    var seg = target.closest && target.closest("mark.seg");
    if (seg) {
      if (seg.closest("a")) { event.preventDefault(); }  // a marked link in the article: show the claim
      select(seg.getAttribute("data-claims").split(" ").sort(bySeverity), false, seg);
    }
  });

  document.getElementById("panel-close").addEventListener("click", function () {
    var back = currentId && document.getElementById("t-" + currentId);
    closePanel();
    if (back) { back.focus(); }
  });

  each(document.querySelectorAll('input[name="filter"]'), function (input) {
    input.addEventListener("change", function () {
      body.setAttribute("data-show", input.getAttribute("data-show"));
      if (currentId && !visible(currentId)) { closePanel(); }
      var count = 0;
      each(allTags(), function (t) { if (visible(t.getAttribute("data-claim"))) { count++; } });
      status.textContent = "Showing " + count + " " + (count === 1 ? "claim" : "claims");
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var t = event.target;
    if (t && (t.isContentEditable || t.tagName === "TEXTAREA" || (t.tagName === "INPUT" && t.type !== "radio"))) {
      return;
    }
    if (event.key === "j" || event.key === "n") { move(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { move(-1); event.preventDefault(); }
    else if (event.key === "Escape" && currentId) {
      var back = currentId && document.getElementById("t-" + currentId);
      closePanel();
      if (back) { back.focus(); }
    }
  });
}());
