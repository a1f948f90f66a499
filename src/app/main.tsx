// First, so that a document's own address asks for the editor's code before the rest of this
// bundle runs (editorLoader.ts).
import './editorLoader';
import '../model/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './serviceWorker';
import { APP_VERSION } from '../lib/appVersion';
// After App, so that our rules come after React Flow's stylesheet and win at equal specificity.
import './styles.css';

// Which build is running, for a person checking an update and for the offline test.
document.documentElement.dataset.version = APP_VERSION;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// An error an error boundary caught is shown to the user, with `Copy details` for the report:
// React's default of also logging it would only repeat it in the console (development keeps it).
createRoot(root, import.meta.env.DEV ? {} : { onCaughtError: () => undefined }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
