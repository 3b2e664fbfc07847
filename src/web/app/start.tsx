// The React tree on the page: translations first, then the app (loaded by main.tsx after the first
// screen's requests were under way).
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import { App } from './app';

initI18n();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
