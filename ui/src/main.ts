import { mount } from 'svelte';

// The Suomi.fi design system: its typeface (Source Sans 3, shipped with the app: no remote
// content) and its tokens as CSS custom properties (see vite.config.ts).
import './fonts.css';
import 'virtual:suomifi-tokens.css';
import App from './App.svelte';
import './app.css';

// Perf mode's marks (see lib/perf.ts): the bundle is evaluated; the app is mounted.
performance.mark('kanta:script');
mount(App, { target: document.getElementById('app')! });
performance.mark('kanta:mounted');
