/**
 * Tells the user whether their answers are safe on disk (issue 5: "An autosave indicator"). It is a
 * polite live region: a screen reader hears "Saved just now" after a pause, never mid-word. A failed
 * save says why, in the host's words, and the answers stay on the page.
 */
import { useEffect, useState } from 'react';
import { classNames } from './classNames';

/** How often "Saved 3 minutes ago" is brought up to date. */
const REFRESH_MS = 30_000;

export type AutosaveState =
  | { kind: 'idle' }
  /** Edited since the last save; the save follows a short pause (or at once on leaving the page). */
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string };

export function autosaveText(state: AutosaveState, now: Date = new Date()): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'unsaved':
      return 'Not saved yet';
    case 'saving':
      return 'Saving…';
    case 'saved': {
      const seconds = Math.max(0, Math.round((now.getTime() - state.at.getTime()) / 1000));
      if (seconds < 60) return 'Saved just now';
      const minutes = Math.round(seconds / 60);
      return `Saved ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`;
    }
    case 'failed':
      return `Not saved: ${state.reason}`;
    default: {
      const unknown: never = state;
      throw new Error(`Unknown autosave state: ${JSON.stringify(unknown)}`);
    }
  }
}

export function AutosaveIndicator({ state }: { state: AutosaveState }) {
  // Re-render now and then so the age of the last save stays true; no time-out ever acts on the draft.
  const [, setTick] = useState(0);
  const saved = state.kind === 'saved';
  useEffect(() => {
    if (!saved) return undefined;
    const timer = setInterval(() => setTick((tick) => tick + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [saved]);
  return (
    <p className={classNames('app-autosave', state.kind === 'failed' && 'app-autosave--error')} role="status" aria-live="polite" data-testid="autosave">
      {autosaveText(state)}
    </p>
  );
}
