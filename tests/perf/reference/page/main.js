// Shown: tell the measuring script, as the app does in perf mode, with the page's time origin
// (Unix ms) and when it ran (ms after it), so the script can split the start as it does the app's.
const ready = (at, painted) => window.__TAURI__.core.invoke('ready', { origin: performance.timeOrigin, at, painted });
ready(performance.now(), false);
// Then, as the app also reports: when the page's first frame has been produced (the second
// animation frame begins after it). Not part of `ready`; it shows what WebKit's first frame costs.
requestAnimationFrame(() => requestAnimationFrame(() => ready(performance.now(), true)));
