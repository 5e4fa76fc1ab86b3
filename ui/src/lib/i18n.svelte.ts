/**
 * Fluent in the UI: the core hands over both languages' .ftl files at start, and this module
 * formats them with @fluent/bundle. The current language is reactive state, so switching
 * re-renders every text at once, with no reload, and leaves inputs and focus alone.
 *
 * Ids are literals, `t('button-previous')`, or `msg('button-previous')` where an id is kept in
 * data, so a test (src/test/message-ids.test.ts) can check each against the .ftl files. Ids the
 * core builds from codes (`step-…`, `validation-…`, `error-…`) are checked by the Rust tests.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

import type { FtlFile } from './bindings/FtlFile';
import type { Language } from './bindings/Language';

export type MessageArgs = Record<string, FluentVariable>;

export function makeBundle(language: Language, files: FtlFile[]): FluentBundle {
  // No isolation marks, as in the core (see src-tauri/core/src/i18n/mod.rs).
  const bundle = new FluentBundle(language, { useIsolating: false });
  for (const file of files) {
    const errors = bundle.addResource(new FluentResource(file.source));
    for (const error of errors) console.error(`i18n/${language}/${file.name}:`, error.message);
  }
  return bundle;
}

export class Translations {
  language = $state<Language>('fi');
  #bundles: Partial<Record<Language, FluentBundle>> = $state({});

  load(files: Record<Language, FtlFile[]>, language: Language) {
    this.#bundles = { fi: makeBundle('fi', files.fi), sv: makeBundle('sv', files.sv) };
    this.language = language;
  }

  get ready(): boolean {
    return this.#bundles[this.language] !== undefined;
  }

  /** The message in the current language; a missing id shows as itself (tests prevent it). */
  format(id: string, args?: MessageArgs): string {
    const bundle = this.#bundles[this.language];
    const message = bundle?.getMessage(id);
    if (!bundle || !message?.value) {
      if (bundle) console.error(`missing message ${id} (${this.language})`);
      return id;
    }
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    for (const error of errors) console.error(`message ${id}:`, error.message);
    return text;
  }
}

/** The app's one catalog. */
export const i18n = new Translations();

/** Formats a message; call it with a literal id. */
export function t(id: string, args?: MessageArgs): string {
  return i18n.format(id, args);
}

/** Marks a literal as a message id kept in data, for the id check; returns it unchanged. */
export function msg(id: string): string {
  return id;
}
