/**
 * Perf mode (issue 9): when the measuring script starts the app (`tests/perf/measure.sh` sets
 * KANTA_EXTRANET_PERF; the core says so), the app opens the first service's wizard on its
 * connection points, reports `ready` once that step is shown, stays idle while the script
 * measures memory, then times field edits through the real IPC path to a crash-safe save and
 * reports their median and 99th percentile. Outside perf mode it does nothing.
 *
 * After `ready` it reports where the start went (`phases`): the page's own milestones and the
 * app's `kanta:` marks (App.svelte; `painted`: the wizard's frame produced), in ms since the
 * page's time origin, and that origin as Unix time, so that the script can place the page within
 * the process's start.
 */
import { backend } from './backend';
import type { Service } from './bindings/Service';
import type { WizardView } from './bindings/WizardView';

/** Long enough for the script's memory reading after `ready`. */
const IDLE_MS = 6_000;
const EDITS = 300;

function phases(): string {
  const [page] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const at: Record<string, number> = { origin: performance.timeOrigin };
  if (page) {
    at['page.response'] = page.responseEnd;
    at['page.interactive'] = page.domInteractive;
    at['page.loaded'] = page.loadEventEnd;
  }
  for (const mark of performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('kanta:')) at[mark.name.slice(6)] = mark.startTime;
  }
  return Object.entries(at)
    .map(([name, ms]) => `${name}=${ms.toFixed(1)}`)
    .join(' ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measureIfAsked(service: Service | undefined, show: (view: WizardView) => Promise<void>) {
  if (!service || !(await backend.perfMode())) return;
  let view = await backend.openService(service);
  if (view.current === 'instructions') {
    view = await backend.submitStep(view.draftId, { step: 'instructions' }, { action: 'continue' });
  }
  performance.mark('kanta:wizard-view');
  await show(view);
  // Shown and focused: the next frame is the wizard, interactive.
  await new Promise(requestAnimationFrame);
  performance.mark('kanta:ready');
  await backend.perfReport('ready');
  // The frame that shows the wizard has been produced once the next one begins: `painted`, which
  // the reference reports too (WebKit's frames are most of the start, see README).
  await new Promise(requestAnimationFrame);
  performance.mark('kanta:painted');
  await backend.perfReport(`phases ${phases()}`);
  await new Promise((done) => setTimeout(done, IDLE_MS));
  const times: number[] = [];
  for (let n = 0; n < EDITS; n++) {
    const points = [{ oid: `1.2.246.10.31415938.10.${n}`, systems: [], renewalRequests: false }];
    const start = performance.now();
    await backend.autosaveStep(view.draftId, { step: 'connection-points', points });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (p: number) => percentile(times, p).toFixed(2);
  await backend.perfReport(`autosave p50=${ms(50)} p99=${ms(99)} n=${EDITS}`);
}
