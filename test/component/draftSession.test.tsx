// @vitest-environment jsdom
/**
 * The draft session's autosave: the indicator never says "Saved" while newer edits wait out the
 * pause, and hiding or closing the window saves them at once (a reload in the pause lost them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { C100Draft } from '../../forms/c100/draft';
import type { DraftSummary, HostApi } from '../../forms/host/hostApi';
import { useDraftSession } from '../../renderer/src/app/useDraftSession';
import { AutosaveIndicator } from '../../renderer/src/components/AutosaveIndicator';

afterEach(cleanup);

function example(name: string): C100Draft {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'examples', `${name}.json`), 'utf8')) as C100Draft;
}

function summary(title: string): DraftSummary {
  return { id: 'd1', title, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', completeness: null };
}

function fakeHost(draft: C100Draft) {
  const saveDraft = vi.fn((request: { id: string; draft: C100Draft }) =>
    Promise.resolve({ ok: true as const, value: summary(`${request.draft.applicants?.[0]?.firstNames ?? 'Untitled'} draft`) }),
  );
  const host = {
    openDraft: () => Promise.resolve({ ok: true as const, value: { summary: summary('Untitled draft'), draft } }),
    saveDraft,
  } as unknown as HostApi;
  return { host, saveDraft };
}

function Harness({ host, edit }: { host: HostApi; edit: (draft: C100Draft) => C100Draft }) {
  const session = useDraftSession(host, 'd1');
  if (session.load.kind !== 'ready') return <p>loading</p>;
  const { draft, title } = session.load;
  return (
    <>
      <AutosaveIndicator state={session.autosave} />
      <p data-testid="title">{title}</p>
      <button type="button" onClick={() => session.update(edit(draft))}>
        Edit
      </button>
    </>
  );
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

describe('the draft session autosave', () => {
  afterEach(() => setVisibility('visible'));

  it('says "Not saved yet" while an edit waits, and saves at once when the window is hidden', async () => {
    const user = userEvent.setup();
    const { host, saveDraft } = fakeHost(example('consent-order'));
    render(<Harness host={host} edit={(draft) => ({ ...draft, applicants: [] })} />);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(screen.getByTestId('autosave').textContent).toBe('Not saved yet');
    expect(saveDraft).not.toHaveBeenCalled();

    setVisibility('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Saved just now')).toBeTruthy();
  });

  it('saves pending edits at once on pagehide, and a second edit after a save is "Not saved yet" again', async () => {
    const user = userEvent.setup();
    const { host, saveDraft } = fakeHost(example('consent-order'));
    render(<Harness host={host} edit={(draft) => ({ ...draft, applicants: [] })} />);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await Promise.resolve();
    });
    expect(saveDraft).toHaveBeenCalledTimes(1);
    await screen.findByText('Saved just now');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByTestId('autosave').textContent).toBe('Not saved yet');
  });

  it('shows the title the vault returns from each save (the applicant’s name once entered)', async () => {
    const user = userEvent.setup();
    const draft = example('consent-order');
    const [applicant] = draft.applicants ?? [];
    if (applicant === undefined) throw new Error('the consent-order example has no applicant');
    const { host } = fakeHost({ ...draft, applicants: [] });
    render(<Harness host={host} edit={(current) => ({ ...current, applicants: [{ ...applicant, firstNames: 'Ada' }] })} />);
    expect((await screen.findByTestId('title')).textContent).toBe('Untitled draft');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await Promise.resolve();
    });
    expect(await screen.findByText('Ada draft')).toBeTruthy();
  });
});
