// Entry of the web app: styles, translations, then the React tree.
import '@mantine/core/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n/i18n';

initI18n();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
