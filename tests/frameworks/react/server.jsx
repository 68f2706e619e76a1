// The server side of the React test: the app as HTML (react-dom/server), in Node.
import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

export const render = (initial) => renderToString(<App initial={initial} />);
