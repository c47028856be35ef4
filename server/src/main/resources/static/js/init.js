// Turns on the GOV.UK Frontend components (kept out of the page so the Content Security Policy needs no inline script).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported');
initAll();
