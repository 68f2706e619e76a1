// The browser side of the React test: hydrates the server's HTML. The chart the server rendered
// is read from the container; the test's mismatch page gives a different one on purpose.
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

const container = document.getElementById('root');
window.recoverableErrors = [];
window.drawnEvents = [];
window.reactRoot = hydrateRoot(container, <App initial={container.dataset.chart} />, {
  onRecoverableError: (error) => window.recoverableErrors.push(String(error?.message ?? error)),
});
