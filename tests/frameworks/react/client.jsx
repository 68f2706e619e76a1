// The browser side of the React test: hydrates the server's HTML. The app's props (its chart ids)
// are read from the container's data attributes, as the server rendered them; the test's mismatch
// page gives another first chart on purpose.
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

const container = document.getElementById('root');
const { first, second, next } = container.dataset;
window.recoverableErrors = [];
window.drawnEvents = [];
window.reactRoot = hydrateRoot(container, <App first={first} second={second} next={next} />, {
  onRecoverableError: (error) => window.recoverableErrors.push(String(error?.message ?? error)),
});
