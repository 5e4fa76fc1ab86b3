/**
 * Autosave: the current step's input is stored a moment after the user stops typing, on top
 * of "save and continue". One save runs at a time and the latest input wins; a step action
 * first waits for the save in flight (`flush`), so that the action's own save, which carries
 * the same input, is the last word. What was typed since the last save is all a crash can lose.
 */
import type { Saved } from '../lib/bindings/Saved';
import type { StepInput } from '../lib/bindings/StepInput';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; atMs: number }
  | { kind: 'failed' };

/** How long after the last change a save starts: short enough that a crash loses little,
 * long enough that a typist's every key is not a write. */
export const AUTOSAVE_DELAY_MS = 400;

export class Autosaver {
  state = $state<SaveState>({ kind: 'idle' });
  #save: (input: StepInput) => Promise<Saved>;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #next: StepInput | null = null;
  #inFlight: Promise<void> | null = null;
  /** The input last stored (or shown as stored), as JSON, to skip saving what is unchanged. */
  #stored = '';

  constructor(save: (input: StepInput) => Promise<Saved>, delayMs = AUTOSAVE_DELAY_MS) {
    this.#save = save;
    this.#delay = delayMs;
  }

  /** The input as the core has it now (a view just arrived): nothing to save. */
  baseline(input: StepInput) {
    this.#cancel();
    this.#stored = JSON.stringify(input);
  }

  /** The user changed something: save it soon, unless it is what is stored. */
  changed(input: StepInput) {
    const json = JSON.stringify(input);
    this.#cancel();
    if (json === this.#stored) return;
    this.#next = input;
    this.#timer = setTimeout(() => void this.#run(), this.#delay);
  }

  /** Before a step action: drops the pending save (the action stores the same input) and
   * waits for the one in flight. */
  async flush() {
    this.#cancel();
    await this.#inFlight;
  }

  #cancel() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#next = null;
  }

  async #run() {
    this.#timer = null;
    // One at a time: the latest input is taken when the previous save has ended.
    while (this.#inFlight) await this.#inFlight;
    const input = this.#next;
    this.#next = null;
    if (!input) return;
    const json = JSON.stringify(input);
    this.state = { kind: 'saving' };
    this.#inFlight = this.#save(input).then(
      (saved) => {
        this.#stored = json;
        this.state = { kind: 'saved', atMs: saved.savedAtMs };
      },
      (error) => {
        // The input stays on screen; "save and continue" will store it.
        console.error('autosave failed', error);
        this.state = { kind: 'failed' };
      },
    );
    await this.#inFlight;
    this.#inFlight = null;
  }
}
