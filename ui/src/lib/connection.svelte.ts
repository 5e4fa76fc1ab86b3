/**
 * The connection to the Kanta service as the core's outbox worker last found it: online or not,
 * how many applications wait, and whether a new login is needed. Polled from the core (a local
 * call, no network) every two seconds; screens that show sent applications refresh when
 * `revision` moves.
 */
import { backend } from './backend';
import type { ConnectionStatus } from './bindings/ConnectionStatus';

const EVERY_MS = 2_000;

class Connection {
  status = $state<ConnectionStatus | null>(null);
  #timer: ReturnType<typeof setInterval> | null = null;

  /** Starts polling (the app frame does, once). */
  start() {
    if (this.#timer) return;
    void this.poll();
    this.#timer = setInterval(() => void this.poll(), EVERY_MS);
  }

  stop() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Asks now: after "send", say, so the count does not wait for the next tick. */
  async poll() {
    try {
      this.status = await backend.connectionStatus();
    } catch {
      // The indicator keeps its last state; the screens report failures of their own calls.
    }
  }

  get revision(): number {
    return this.status?.revision ?? 0;
  }
}

export const connection = new Connection();
