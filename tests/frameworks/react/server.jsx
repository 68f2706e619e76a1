// The server side of the React test: the app as HTML (react-dom/server), in Node, for `props`
// ({ first, second, next }: chart ids).
import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

export const render = (props) => renderToString(<App {...props} />);
