/**
 * Entry point of the renderer bundle. Reaches the host only through `window.c100` (HostApi).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { focusField } from './components/focusField';
import { HostMissingError, getHost } from './host/hostApi';
import { c100Journey } from './journey/stepAdapter';
import { isInPageAnchor } from './router/useHashRoute';
import './styles/app.scss';

// govuk-frontend hides conditional reveals and shows the JavaScript character count only under this
// class (its "JavaScript is available" flag); the page never runs without script.
document.body.classList.add('govuk-frontend-supported');

// In-page anchors (skip link, error summary) move focus to their target instead of changing the hash,
// which holds the route.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  const href = link?.getAttribute('href');
  if (href && isInPageAnchor(href)) {
    event.preventDefault();
    focusField(href.slice(1));
  }
});

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
const root = createRoot(container);
try {
  const host = getHost();
  root.render(
    <StrictMode>
      <App host={host} journey={c100Journey} />
    </StrictMode>,
  );
} catch (error) {
  if (!(error instanceof HostMissingError)) throw error;
  root.render(
    <main className="govuk-width-container govuk-main-wrapper">
      <h1 className="govuk-heading-l">C100 Prep</h1>
      <p className="govuk-body">{error.message}</p>
    </main>,
  );
}
