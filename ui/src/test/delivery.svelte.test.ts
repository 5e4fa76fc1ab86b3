/**
 * A sent application's delivery as the thanks page and the start screen show it: every state
 * and every problem in both languages, with the service's words (error status and code, the
 * reason for a return) and times, and no axe violations.
 */
import { cleanup, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import AppHeader from '../components/AppHeader.svelte';
import DeliveryInfo from '../components/DeliveryInfo.svelte';
import { connection } from '../lib/connection.svelte';
import type { Delivery } from '../lib/bindings/Delivery';
import { i18n } from '../lib/i18n.svelte';
import { allFiles } from './ftl';

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(cleanup);

const at = Date.UTC(2026, 10, 23, 10, 5);
const base: Delivery = { state: 'waiting', attempts: 0, nextAttemptAtMs: null, problem: null, sentAtMs: null, server: null };

const cases: [string, Delivery][] = [
  ['queued', base],
  ['no answer', { ...base, attempts: 2, nextAttemptAtMs: at, problem: { kind: 'no-answer' } }],
  ['service error', { ...base, attempts: 1, nextAttemptAtMs: at, problem: { kind: 'service-error', status: 503 } }],
  ['login', { ...base, attempts: 1, problem: { kind: 'login-required' } }],
  ['another person', { ...base, attempts: 1, problem: { kind: 'another-person-required' } }],
  ['sending', { ...base, state: 'sending', attempts: 1 }],
  ['refused', { ...base, state: 'failed', attempts: 1, problem: { kind: 'refused', status: 422, code: 'invalid' } }],
  ['sent', { ...base, state: 'sent', attempts: 1, sentAtMs: at, server: { status: 'received', updatedAt: '2026-11-23T10:05:00Z' } }],
  [
    'returned',
    {
      ...base,
      state: 'sent',
      attempts: 1,
      sentAtMs: at,
      server: { status: 'returned', reason: 'Liityntäpisteen OID puuttuu', updatedAt: '2026-11-24T08:00:00Z' },
    },
  ],
];

describe('delivery', () => {
  for (const language of ['fi', 'sv'] as const) {
    for (const [name, delivery] of cases) {
      it(`${name} (${language})`, async () => {
        i18n.language = language;
        const { container, getByTestId } = render(DeliveryInfo, { delivery });
        const text = container.textContent ?? '';
        expect(text).not.toMatch(/delivery-|connection-/);
        expect(getByTestId('delivery').dataset.state).toBe(delivery.state);
        if (delivery.problem?.kind === 'service-error') expect(text).toContain('503');
        if (delivery.problem?.kind === 'refused') expect(text).toMatch(/422: invalid.*kanta@kanta\.fi/);
        if (delivery.nextAttemptAtMs) expect(getByTestId('delivery-next-attempt').textContent).toContain('12.05');
        if (delivery.state === 'sent') expect(text).toContain('12.05');
        if (delivery.server?.reason) expect(getByTestId('delivery-returned-reason').textContent).toContain('OID puuttuu');
        const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((v) => v.id)).toEqual([]);
      });
    }
  }

  it('in the list, only what needs the eye: the problem, not the state before it', () => {
    const { queryByTestId } = render(DeliveryInfo, { delivery: cases[1][1], compact: true });
    expect(queryByTestId('delivery-state')).toBeNull();
    expect(queryByTestId('delivery-problem')?.textContent).toContain('Kanta-palvelu ei vastannut');
    expect(queryByTestId('delivery-next-attempt')).toBeNull();
  });
});

describe('the header', () => {
  afterEach(() => (connection.status = null));

  it('says what waits for a login by someone else, in either language', () => {
    connection.status = { online: true, undelivered: 3, forOthers: 2, loginRequired: false, revision: 0 };
    const header = () => render(AppHeader, { organisation: null, testEnvironment: true, onlogout: () => {}, onhelp: () => {} });
    const { getByTestId, unmount } = header();
    expect(getByTestId('connection-undelivered').textContent).toContain('3 hakemusta');
    expect(getByTestId('connection-for-others').textContent).toContain('2 niistä lähtee vasta');
    unmount();
    i18n.language = 'sv';
    expect(header().getByTestId('connection-for-others').textContent).toContain('2 av dem sänds först');
  });

  it('says nothing of others when nothing waits for them', () => {
    connection.status = { online: true, undelivered: 1, forOthers: 0, loginRequired: false, revision: 0 };
    const { queryByTestId } = render(AppHeader, { organisation: null, testEnvironment: true, onlogout: () => {}, onhelp: () => {} });
    expect(queryByTestId('connection-for-others')).toBeNull();
  });
});
