/**
 * Tells the user whether their answers are safe on disk (issue 5: "An autosave indicator"). It is a
 * polite live region: a screen reader hears "Saved just now" after a pause, never mid-word. A failed
 * save says why, in the host's words, and the answers stay on the page.
 */
import { classNames } from './classNames';

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string };

export function autosaveText(state: AutosaveState, now: Date = new Date()): string {
  switch (state.kind) {
    case 'idle':
      return '';
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
  return (
    <p className={classNames('app-autosave', state.kind === 'failed' && 'app-autosave--error')} role="status" aria-live="polite" data-testid="autosave">
      {autosaveText(state)}
    </p>
  );
}
