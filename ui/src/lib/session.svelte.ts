/**
 * Who is logged in, as the core last said, shared by the header, the approval steps and the
 * login dialog; and a way for any screen to ask for a login (the app frame opens the dialog).
 */
import type { IdentificationView } from './bindings/IdentificationView';

class Session {
  view = $state<IdentificationView | null>(null);
  /** Set by the app frame: opens the login dialog. */
  opener: (() => void) | null = null;

  get loggedIn(): boolean {
    return this.view?.person != null;
  }

  requestLogin() {
    this.opener?.();
  }
}

export const session = new Session();
