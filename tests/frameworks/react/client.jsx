// The browser side of the React test: hydrates the server's HTML. The app's props (its chart ids)
// are read from the container's data attributes, as the server rendered them; the test's mismatch
// page gives another first chart on purpose. The pictures' stylesheet is imported here, as a
// Next.js app imports it in its root layout: esbuild writes it to client.css, which the page links.
import 'apac-ai-charts/embed.css';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

const container = document.getElementById('root');
const { first, second, next } = container.dataset;
window.recoverableErrors = [];
window.drawnEvents = [];
window.reactRoot = hydrateRoot(container, <App first={first} second={second} next={next} />, {
  onRecoverableError: (error) => window.recoverableErrors.push(String(error?.message ?? error)),
});
