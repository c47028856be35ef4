// The review workbench: turn a text selection into offsets for "add a redaction", and keyboard shortcuts
// (j/k move to the next/previous proposal still open, a/r accept/reject, A/R every mention, s redact the selection, n next document).
const text = document.getElementById('document-text');
const startField = document.getElementById('selection-start');
const endField = document.getElementById('selection-end');
const shown = document.getElementById('selection-text');

// The offset in the document's text of a point in the viewer: its run's data-start plus the offset inside the run.
function offsetOf(node, offset) {
  const run = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (!run || !text.contains(run) || run.dataset.start === undefined) return null;
  return Number(run.dataset.start) + offset;
}

document.addEventListener('selectionchange', () => {
  if (!text || !startField) return;
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  startField.value = start;
  endField.value = end;
  shown.textContent = selection.toString();
});

const proposals = Array.from(document.querySelectorAll('.opensar-proposal'));
let current = -1;

// The next (step 1) or previous (step -1) proposal still waiting for a decision, going round; or -1.
function nextOpen(step) {
  for (let i = 1; i <= proposals.length; i++) {
    const index = (((current + step * i) % proposals.length) + proposals.length) % proposals.length;
    if (proposals[index].dataset.decision === 'PROPOSED') return index;
  }
  return -1;
}

function focusProposal(index) {
  if (proposals.length === 0 || index < 0) return;
  current = (index + proposals.length) % proposals.length;
  document.querySelectorAll('.opensar-mark--focused').forEach((m) => m.classList.remove('opensar-mark--focused'));
  const proposal = proposals[current];
  proposal.focus();
  document.querySelectorAll('.opensar-page-mark[data-redaction="' + proposal.dataset.redaction + '"]')
    .forEach((m) => m.classList.add('opensar-mark--focused'));
  const mark = document.getElementById('mark-' + proposal.dataset.redaction);
  if (mark) {
    mark.classList.add('opensar-mark--focused');
    mark.scrollIntoView({ block: 'center' });
  }
}

function press(action) {
  if (current < 0 || current >= proposals.length) return;
  const button = proposals[current].querySelector('[data-action="' + action + '"]');
  if (button) button.click();
}

// Back from a decision: focus the proposal it was about.
if (window.location.hash.startsWith('#redaction-')) {
  const index = proposals.findIndex((p) => '#' + p.id === window.location.hash);
  if (index >= 0) focusProposal(index);
}

document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
  const keys = {
    j: () => focusProposal(nextOpen(1)),
    k: () => focusProposal(nextOpen(-1)),
    a: () => press('accept'),
    r: () => press('reject'),
    A: () => press('accept-all'),
    R: () => press('reject-all'),
    s: () => startField && startField.value && document.getElementById('add-redaction-button').click(),
    n: () => { const next = document.getElementById('next-document'); if (next) next.click(); },
  };
  const handler = keys[event.key];
  if (handler) {
    event.preventDefault();
    handler();
  }
});

// The redactions on each PDF page's image: boxes over the words, each a link to its proposal.
document.querySelectorAll('.opensar-page[data-marks]').forEach(async (figure) => {
  const response = await fetch(figure.dataset.marks, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const image = figure.querySelector('img');
  const frame = document.createElement('div');
  frame.className = 'opensar-page__frame';
  image.replaceWith(frame);
  frame.appendChild(image);
  for (const mark of await response.json()) {
    const box = document.createElement('a');
    box.href = '#redaction-' + mark.redaction;
    box.className = 'opensar-page-mark opensar-page-mark--' + mark.decision.toLowerCase();
    box.dataset.redaction = mark.redaction;
    box.title = mark.label;
    box.setAttribute('aria-label', mark.label);
    box.style.left = mark.left + '%';
    box.style.top = mark.top + '%';
    box.style.width = mark.width + '%';
    box.style.height = mark.height + '%';
    frame.appendChild(box);
  }
});
