/**
 * Fluent in the UI: the core hands over both languages' .ftl files at start, and this module
 * formats them with @fluent/bundle. The current language is reactive state, so switching
 * re-renders every text at once, with no reload, and leaves inputs and focus alone.
 *
 * Messages are named through the helpers generated from the .ftl files (`m.buttonPrevious()`,
 * `m.errorSummaryHeading({ count })`, in ./generated/messages.ts): an id that does not exist, or
 * a variable left out or misnamed, fails the type check. An id kept in data is a `MessageId`
 * (`msg('button-previous')`), formatted with `t(id)`, typed the same way. Ids the core builds
 * from codes (`step-…`, `validation-…`, `error-…`) are formatted in lib/messages.ts only, and
 * checked by the Rust tests.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

import type { FtlFile } from './bindings/FtlFile';
import type { Language } from './bindings/Language';
import type { MessageArgs as ArgsById, MessageId } from './generated/messages';

export type { MessageId } from './generated/messages';

export type MessageArgs = Record<string, FluentVariable>;

/** What `t(id, …)` takes after the id: nothing, or the message's variables. */
type ArgsOf<K extends MessageId> = ArgsById[K] extends undefined ? [] : [args: ArgsById[K]];

/** The id of a message that takes no arguments: what data that holds an id mostly holds. */
export type PlainMessageId = { [K in MessageId]: ArgsById[K] extends undefined ? K : never }[MessageId];

export function makeBundle(language: Language, files: FtlFile[]): FluentBundle {
  // No isolation marks, as in the core (see src-tauri/i18n/src/lib.rs).
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

/** Formats a message whose id is kept in data (see `msg`); a literal id has its own helper. */
export function t<K extends MessageId>(id: K, ...args: ArgsOf<K>): string {
  return i18n.format(id, args[0] as MessageArgs | undefined);
}

/** A literal message id kept in data, checked against the .ftl files; returned unchanged. */
export function msg<K extends MessageId>(id: K): K {
  return id;
}
