// stancemap's only script: mark the evidence a link points at, submit what-if toggles.
"use strict";

// Links into an article end in #c{start}-{end}: character offsets into its text.
// The text element's textContent is exactly the article's original text, so the
// offsets are walked over its text nodes and the range is wrapped in <mark>s.
function evidenceRange() {
  const match = /^#c(\d+)-(\d+)$/.exec(window.location.hash);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function clearMarks(root) {
  for (const mark of root.querySelectorAll("mark.target")) {
    mark.replaceWith(...mark.childNodes);
  }
  root.normalize();
}

function textNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

function markRange(root, start, end) {
  let offset = 0;
  const marks = [];
  for (let node of textNodes(root)) {
    const length = node.data.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (from < to) {
      if (to - offset < length) node.splitText(to - offset);
      if (from > offset) node = node.splitText(from - offset);
      const mark = document.createElement("mark");
      mark.className = "target";
      node.replaceWith(mark);
      mark.append(node);
      marks.push(mark);
    }
    offset += length;
  }
  return marks;
}

function showEvidence() {
  const root = document.getElementById("article-text");
  if (!root) return;
  clearMarks(root);
  const range = evidenceRange();
  if (!range) return;
  const marks = markRange(root, range[0], range[1]);
  if (marks.length) {
    root.dataset.target = `${range[0]}-${range[1]}`;
    marks[0].scrollIntoView({ block: "center" });
  }
}

function autosubmit() {
  for (const form of document.querySelectorAll("form[data-autosubmit]")) {
    form.addEventListener("change", () => form.requestSubmit());
  }
}

document.addEventListener("DOMContentLoaded", () => {
  showEvidence();
  autosubmit();
});
window.addEventListener("hashchange", showEvidence);
