/**
 * One open draft: loads it from the host, keeps the working copy, and saves it — after every
 * Continue (`saveNow`) and a short pause after each edit (DESIGN.md "Data flow" 3). Saves never
 * overlap: an edit during a save is saved right after it. A failed save keeps the answers on screen
 * and says why ("Not saved: …"); the next edit or Continue tries again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import type { AutosaveState } from '../components/AutosaveIndicator';
import type { HostApi } from '../host/hostApi';

/** Long enough not to save on every key, short enough that a crash loses at most a sentence. */
export const AUTOSAVE_DELAY_MS = 800;

export type DraftLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; draft: C100Draft; title: string }
  | { kind: 'failed'; message: string };

export interface DraftSession {
  load: DraftLoad;
  autosave: AutosaveState;
  update: (draft: C100Draft) => void;
  /** Saves now (pending edits included); resolves true when the draft is on disk. */
  saveNow: () => Promise<boolean>;
}

export function useDraftSession(host: HostApi, draftId: string): DraftSession {
  const [load, setLoad] = useState<DraftLoad>({ kind: 'loading' });
  const [autosave, setAutosave] = useState<AutosaveState>({ kind: 'idle' });
  const latest = useRef<C100Draft | undefined>(undefined);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    // DraftPage is keyed by the draft id, so a new id mounts a new session that starts in `loading`.
    let cancelled = false;
    void host.openDraft({ id: draftId }).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        latest.current = result.value.draft;
        dirty.current = false;
        setLoad({ kind: 'ready', draft: result.value.draft, title: result.value.summary.title });
      } else {
        setLoad({ kind: 'failed', message: result.error.message });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [host, draftId]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    // Wait for a save in flight, then save again if edits came in meanwhile.
    while (inFlight.current !== undefined) await inFlight.current;
    const draft = latest.current;
    if (!dirty.current || draft === undefined) return true;
    dirty.current = false;
    setAutosave({ kind: 'saving' });
    const attempt = host.saveDraft({ id: draftId, draft }).then((result) => {
      if (result.ok) {
        // Edits typed during the save are still to be saved: say so rather than "Saved".
        setAutosave(dirty.current ? { kind: 'unsaved' } : { kind: 'saved', at: new Date() });
        // The vault builds the title from the parties' names: show the new one (not "Untitled draft").
        const { title } = result.value;
        setLoad((current) => (current.kind === 'ready' && current.title !== title ? { ...current, title } : current));
        return true;
      }
      dirty.current = true;
      setAutosave({ kind: 'failed', reason: result.error.message });
      return false;
    });
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      inFlight.current = undefined;
    }
  }, [host, draftId]);

  const update = useCallback(
    (draft: C100Draft) => {
      latest.current = draft;
      dirty.current = true;
      // Never let "Saved just now" stand while newer answers wait out the pause.
      setAutosave((current) => (current.kind === 'saving' || current.kind === 'unsaved' ? current : { kind: 'unsaved' }));
      setLoad((current) => (current.kind === 'ready' ? { ...current, draft } : current));
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  // Hiding, closing or reloading the window saves what is pending at once rather than after the
  // pause, which the page may not live to see (DraftPage does the same on every change of page).
  useEffect(() => {
    const flush = () => {
      if (dirty.current) void saveNow();
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, [saveNow]);

  // Leaving the draft (Save and close, Back to start) saves what is pending.
  useEffect(
    () => () => {
      if (dirty.current) void saveNow();
    },
    [saveNow],
  );

  return { load, autosave, update, saveNow };
}
