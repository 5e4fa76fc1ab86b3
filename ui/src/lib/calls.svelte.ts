/**
 * Calls to the core from one screen: one at a time (a double click starts nothing twice), with
 * the last failure kept for the screen to show in the user's language. What is on screen stays.
 */
import { errorPayload } from './backend';
import type { ErrorPayload } from './bindings/ErrorPayload';

export class Calls {
  busy = $state(false);
  failure = $state<ErrorPayload | null>(null);

  /** Runs `call` unless another is running; answers whether it succeeded. */
  async run(call: () => Promise<unknown>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.failure = null;
    try {
      await call();
      return true;
    } catch (e) {
      this.failure = errorPayload(e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
