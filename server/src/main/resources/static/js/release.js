// Follows the preparation of a bundle for release: polls how far it has got and reloads the page once it is done
// (ready to release, or what verification found). Without JavaScript the page's refresh link does the same.
const preparation = document.getElementById('preparation');
if (preparation) {
  const url = preparation.dataset.progressUrl;
  const poll = async () => {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.ok) {
      const progress = await response.json();
      if (!['QUEUED', 'RENDERING', 'VERIFYING'].includes(progress.state)) {
        window.location.reload();
        return;
      }
      document.getElementById('preparation-state').textContent = progress.label;
      const counts = document.querySelectorAll('#preparation-count strong');
      counts[0].textContent = progress.rendered;
      counts[1].textContent = progress.documents;
      const bar = preparation.querySelector('progress');
      bar.value = progress.percent;
      bar.textContent = progress.percent + '%';
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
}
