/**
 * The one way the UI talks to the Rust core. Every command is here, typed with the types ts-rs
 * generates from the Rust side (./bindings); no component calls `invoke` itself.
 */
import { invoke } from '@tauri-apps/api/core';

import type { About } from './bindings/About';
import type { ApplicationList } from './bindings/ApplicationList';
import type { Change } from './bindings/Change';
import type { ChangeOutcome } from './bindings/ChangeOutcome';
import type { CodeList } from './bindings/CodeList';
import type { Contact } from './bindings/Contact';
import type { ContactsOf } from './bindings/ContactsOf';
import type { Removal } from './bindings/Removal';
import type { ConnectionStatus } from './bindings/ConnectionStatus';
import type { DatabaseStatus } from './bindings/DatabaseStatus';
import type { ErrorPayload } from './bindings/ErrorPayload';
import type { Document } from './bindings/Document';
import type { Finding } from './bindings/Finding';
import type { I18nPayload } from './bindings/I18nPayload';
import type { IdentificationView } from './bindings/IdentificationView';
import type { ImportPreview } from './bindings/ImportPreview';
import type { Language } from './bindings/Language';
import type { Licences } from './bindings/Licences';
import type { Link } from './bindings/Link';
import type { Saved } from './bindings/Saved';
import type { Service } from './bindings/Service';
import type { ServiceSummary } from './bindings/ServiceSummary';
import type { Start } from './bindings/Start';
import type { StartView } from './bindings/StartView';
import type { StepAction } from './bindings/StepAction';
import type { StepInput } from './bindings/StepInput';
import type { UnlockRequest } from './bindings/UnlockRequest';
import type { WizardView } from './bindings/WizardView';

/** A failed command, carrying the code the UI explains through Fluent (`error-<code>`). */
export class BackendError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.code);
  }
}

/** What the UI shows for a failure: the core's payload, or "internal" for anything else. */
export function errorPayload(failure: unknown): ErrorPayload {
  if (failure instanceof BackendError) return failure.payload;
  if (failure && typeof failure === 'object' && 'messageId' in failure) return failure as ErrorPayload;
  return { code: 'internal', messageId: 'error-internal', loginChecks: false };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    const payload = errorPayload(raw);
    // Tauri's own failures (a refused permission, a panic) arrive as plain strings.
    if (payload.code === 'internal') console.error(`${command} failed`, raw);
    throw new BackendError(payload);
  }
}

export const backend = {
  /** Whether the encrypted database is open, or what it waits for. */
  databaseStatus: () => call<DatabaseStatus>('database_status'),
  unlockDatabase: (request: UnlockRequest) => call<DatabaseStatus>('unlock_database', { request }),
  loadI18n: () => call<I18nPayload>('load_i18n'),
  /** This build (version, date, commit) and where its data and logs are kept. */
  about: () => call<About>('about'),
  /** The licences of everything the app ships. */
  licences: () => call<Licences>('licences'),
  loadCodeLists: () => call<CodeList[]>('load_code_lists'),
  setLanguage: (language: Language) => call<void>('set_language', { language }),
  /** The start screen, or what must happen first (log in, choose an organisation). */
  openStart: () => call<Start>('open_start'),
  chooseOrganisation: (businessId: string) => call<StartView>('choose_organisation', { businessId }),
  openService: (service: Service) => call<WizardView>('open_service', { service }),
  /** The summary of a service in use: fresh from the Kanta service, or the copy kept here. */
  openServiceInUse: (service: Service) => call<ServiceSummary>('open_service_in_use', { service }),
  /** A returned application amended: a new application with its answers, on its summary. */
  amendApplication: (draftId: number) => call<WizardView>('amend_application', { draftId }),
  /** What deleting contact `index` of `contacts` (as on screen, of a draft or of a service in use) would mean; stores nothing. */
  checkContactRemoval: (of: ContactsOf, contacts: Contact[], index: number) =>
    call<Removal>('check_contact_removal', { of, contacts, index }),
  /** The findings of a change to a service in use as if it were sent; stores nothing. */
  checkChange: (service: Service, change: Change) => call<Finding[]>('check_change', { service, change }),
  /** A change to a service in use, sent as a change notification (queued; delivered by the outbox). */
  sendChange: (service: Service, change: Change) => call<ChangeOutcome>('send_change', { service, change }),
  openDraft: (draftId: number) => call<WizardView>('open_draft', { draftId }),
  submitStep: (draftId: number, input: StepInput, action: StepAction) =>
    call<WizardView>('submit_step', { draftId, input, action }),
  /** The current step's findings for unsaved input; stores nothing. */
  checkStep: (draftId: number, input: StepInput) => call<Finding[]>('check_step', { draftId, input }),
  /** Stores the current step's input as typed, without moving (autosave). */
  autosaveStep: (draftId: number, input: StepInput) => call<Saved>('autosave_step', { draftId, input }),
  deleteDraft: (draftId: number) => call<StartView>('delete_draft', { draftId }),
  restoreDraft: (draftId: number) => call<StartView>('restore_draft', { draftId }),
  /** The first `limit` of the organisation's applications (the start screen shows a page). */
  listApplications: (limit: number) => call<ApplicationList>('list_applications', { limit }),
  /** What importing the file would do; stores nothing. `bytes` may stop at the import limit. */
  previewImport: (bytes: Uint8Array, size: number) =>
    call<ImportPreview>('preview_import', { bytes: Array.from(bytes), size }),
  importApplication: (bytes: Uint8Array, size: number) =>
    call<WizardView>('import_application', { bytes: Array.from(bytes), size }),
  /** Saves the application through the OS's save dialog; false when the user cancelled. */
  exportApplication: (draftId: number) => call<boolean>('export_application', { draftId }),
  /** Saves a PDF through the OS's save dialog and opens it in the viewer; false when cancelled. */
  savePdf: (draftId: number, document: Document, language: Language) =>
    call<boolean>('save_pdf', { draftId, document, language }),
  /** How one logs in here, and who is logged in. */
  identificationStatus: () => call<IdentificationView>('identification_status'),
  logInTestPerson: (personId: string) => call<IdentificationView>('log_in_test_person', { personId }),
  /** Opens the issuer's login in the system browser; answers its URL to show as a fallback. */
  beginLogin: () => call<string>('begin_login'),
  /** Resolves when the browser has come back and every check passed (or fails: cancelled...). */
  finishLogin: () => call<IdentificationView>('finish_login'),
  cancelLogin: () => call<void>('cancel_login'),
  logOut: () => call<IdentificationView>('log_out'),
  /** The online indicator and what waits to be sent (the core's outbox worker). */
  connectionStatus: () => call<ConnectionStatus>('connection_status'),
  /** Opens a page the guide names (or the support address) in the system browser, from Rust:
   * the webview itself navigates nowhere. */
  openLink: (link: Link) => call<void>('open_link', { link }),
  /** Whether the measuring script started the app (tests/perf/measure.sh). */
  perfMode: () => call<boolean>('perf_mode'),
  /** A figure for the measuring script; ignored outside perf mode. */
  perfReport: (report: string) => call<void>('perf_report', { report }),
};
