// Entry of the web app, kept small so it runs at once: styles, then the first screen's requests and code
// started side by side, then the app itself (app/start.tsx) as it arrives.
import '@mantine/core/styles.css';
import './app/app.css';
import { startEarlyRequests } from './api/early';
import { preloadPage } from './app/pages';
import { parseHash, rememberedYear } from './shared/unit-year';

startEarlyRequests(window.location.hash, rememberedYear);
preloadPage(parseHash(window.location.hash).path);
void import('./app/start');
