// Entry of the web app: styles, translations, then the React tree.
import '@mantine/core/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadRoute } from './app/routes';
import { initI18n } from './i18n/i18n';

initI18n();
// The page's code and the session check load side by side instead of one after the other.
preloadRoute(window.location.hash);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
