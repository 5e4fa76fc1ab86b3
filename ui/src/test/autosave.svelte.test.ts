import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Saved } from '../lib/bindings/Saved';
import type { StepInput } from '../lib/bindings/StepInput';
import { AUTOSAVE_DELAY_MS, Autosaver } from '../wizard/autosave.svelte';

const input = (oid: string): StepInput => ({ step: 'connection-points', points: [{ oid, systems: [], renewalRequests: false }] });

/** A core that answers each save when told to, recording what it was given. */
function slowCore() {
  const calls: { input: StepInput; answer: (saved: Saved) => void; fail: (e: unknown) => void }[] = [];
  const save = (input: StepInput) =>
    new Promise<Saved>((answer, fail) => {
      calls.push({ input, answer, fail });
    });
  return { calls, save };
}

const oidOf = (i: StepInput) => (i.step === 'connection-points' ? i.points[0].oid : '');

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after the typing stops, and not what is already stored', async () => {
    const core = slowCore();
    const saver = new Autosaver(core.save);
    saver.baseline(input(''));
    saver.changed(input(''));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(core.calls).toHaveLength(0);

    for (const typed of ['1', '1.2', '1.2.2']) {
      saver.changed(input(typed));
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    }
    expect(core.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(core.calls.map((c) => oidOf(c.input))).toEqual(['1.2.2']);
    expect(saver.state.kind).toBe('saving');
    core.calls[0].answer({ draftId: 1, savedAtMs: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toEqual({ kind: 'saved', atMs: 1000 });
  });

  it('runs one save at a time, the latest input next', async () => {
    const core = slowCore();
    const saver = new Autosaver(core.save);
    saver.changed(input('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.changed(input('ab'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.changed(input('abc'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(core.calls).toHaveLength(1);
    core.calls[0].answer({ draftId: 1, savedAtMs: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(core.calls.map((c) => oidOf(c.input))).toEqual(['a', 'abc']);
  });

  it('flush drops the pending save and waits for the one in flight', async () => {
    const core = slowCore();
    const saver = new Autosaver(core.save);
    saver.changed(input('x'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.changed(input('xy'));
    let flushed = false;
    const flushing = saver.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(flushed).toBe(false);
    core.calls[0].answer({ draftId: 1, savedAtMs: 1 });
    await flushing;
    expect(core.calls).toHaveLength(1);
  });

  it('says when a save failed, and tries again on the next change', async () => {
    const core = slowCore();
    const saver = new Autosaver(core.save);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    saver.changed(input('z'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    core.calls[0].fail(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state.kind).toBe('failed');
    saver.changed(input('z'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(core.calls).toHaveLength(2);
  });
});
