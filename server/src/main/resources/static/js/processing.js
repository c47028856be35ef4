// Follows a case file's processing: polls its progress and reloads the page (to the review) once it is ready.
const processing = document.getElementById('processing');
if (processing && processing.querySelector('h2').textContent.trim() === 'Processing') {
  const url = processing.dataset.progressUrl;
  const poll = async () => {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.ok) {
      const caseFile = await response.json();
      if (caseFile.status !== 'PROCESSING') {
        window.location.reload();
        return;
      }
      const count = document.querySelector('#processing-count strong');
      if (count) count.textContent = caseFile.processed;
      const bar = processing.querySelector('progress');
      if (bar) bar.value = caseFile.documents === 0 ? 100 : Math.floor(100 * caseFile.processed / caseFile.documents);
    }
    setTimeout(poll, 2000);
  };
  setTimeout(poll, 2000);
}
