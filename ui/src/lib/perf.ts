/**
 * Perf mode (issue 9): when the measuring script starts the app (`tests/perf/measure.sh` sets
 * KANTA_EXTRANET_PERF; the core says so), the app opens the first service's wizard on its
 * connection points, reports `ready` once that step is shown, stays idle while the script
 * measures memory, then times field edits through the real IPC path to a crash-safe save and
 * reports their median and 99th percentile. Outside perf mode it does nothing.
 *
 * Before that it reports `first-screen` once the start screen is shown and interactive (what a
 * user sees first), and after the edits `steps`: from a click on a step action to the next step
 * painted, over an imported application's steps forward and back (`measureSteps`), the median
 * and 95th percentile.
 *
 * After `ready` it reports where the start went (`phases`): the page's own milestones and the
 * app's `kanta:` marks (App.svelte; `painted`: the wizard's frame produced), in ms since the
 * page's time origin, and that origin as Unix time, so that the script can place the page within
 * the process's start.
 */
import { tick } from 'svelte';

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

const frame = () => new Promise(requestAnimationFrame);
const testid = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
/** A step's primary action: "save and continue", or the instructions' "start". */
const primary = () => testid('save-and-continue') ?? testid('start');

/**
 * Clicks `button` and waits for the step heading to change and the next frame to begin: the ms
 * that took, or null when the step stayed (its error summary showed).
 */
async function clickToNextStep(button: HTMLElement): Promise<number | null> {
  const before = testid('step-heading')?.textContent;
  const errorsBefore = testid('error-summary');
  const start = performance.now();
  button.click();
  // At most some ten seconds of frames: a step that never comes ends the measuring.
  for (let n = 0; n < 600; n++) {
    const errors = testid('error-summary');
    if (errors && errors !== errorsBefore) return null;
    const busy = primary()?.disabled;
    if (testid('step-heading')?.textContent !== before && !busy) {
      // Shown; the frame that paints it has been produced once the next one begins.
      await frame();
      await frame();
      return performance.now() - start;
    }
    await frame();
  }
  return null;
}

/**
 * A whole application's steps: the example file of the Client Data Archive imported (the wizard
 * opens on its first step after the instructions), then "save and continue" while the next step
 * comes (up to the service description, whose acceptance needs a login), and "previous" back to
 * the first.
 */
async function measureSteps(show: (view: WizardView) => Promise<void>, edited: number) {
  // The edits' draft goes first: the file is imported into the service's one open draft.
  await backend.deleteDraft(edited);
  const { default: example } = await import('../../../tests/examples/client-data-archive.json?raw');
  const bytes = new TextEncoder().encode(example);
  await show(await backend.importApplication(bytes, bytes.length));
  const times: number[] = [];
  for (let n = 0; n < 12; n++) {
    const next = primary();
    const time = next ? await clickToNextStep(next) : null;
    if (time === null) break;
    times.push(time);
  }
  for (let n = 0; n < 12; n++) {
    const previous = testid('previous');
    const time = previous ? await clickToNextStep(previous) : null;
    if (time === null) break;
    times.push(time);
  }
  times.sort((a, b) => a - b);
  const ms = (p: number) => (times.length ? percentile(times, p).toFixed(1) : 'NaN');
  await backend.perfReport(`steps p50=${ms(50)} p95=${ms(95)} n=${times.length}`);
}

export async function measureIfAsked(service: Service | undefined, show: (view: WizardView) => Promise<void>) {
  if (!service || !(await backend.perfMode())) return;
  // The start screen, shown and interactive: the first screen a user can use.
  await tick();
  await frame();
  performance.mark('kanta:first-screen');
  await backend.perfReport('first-screen');
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
  await measureSteps(show, view.draftId);
}
