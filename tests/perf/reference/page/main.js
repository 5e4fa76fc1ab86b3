// Shown: tell the measuring script, as the app does in perf mode, with the page's time origin
// (Unix ms) and when it ran (ms after it), so the script can split the start as it does the app's.
window.__TAURI__.core.invoke('ready', { origin: performance.timeOrigin, at: performance.now() });
