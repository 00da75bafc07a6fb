/**
 * Optional auto-lock after idle time (issue 4 "Shell"): a shared or refuge computer must not leave
 * drafts open. Polls the system idle time and locks once it passes the user's setting; also locks
 * when the OS screen locks or the machine suspends. Electron-free so it is tested with fake timers.
 */
export interface AutoLockOptions {
  /** Seconds since the last keyboard or mouse input (main: `powerMonitor.getSystemIdleTime`). */
  getIdleSeconds: () => number;
  /** The setting in minutes; `null` is "never". Read on every tick so changes apply at once. */
  getAutoLockMinutes: () => number | null;
  /** Locks the vault if it is unlocked (and tells the renderer). Errors are the caller's to log. */
  lockIfUnlocked: () => Promise<void>;
  /** Where a failed lock is reported. */
  onError?: (error: unknown) => void;
  pollMilliseconds?: number;
}

export interface AutoLock {
  /** Call on OS screen lock or suspend. */
  lockNow(): void;
  stop(): void;
}

export const AUTO_LOCK_POLL_MILLISECONDS = 15_000;

export function startAutoLock(options: AutoLockOptions): AutoLock {
  let locking = false;
  const lockIfUnlocked = () => {
    // One lock at a time: a slow lock must not stack up calls on every poll.
    if (locking) return;
    locking = true;
    options
      .lockIfUnlocked()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        locking = false;
      });
  };
  const timer = setInterval(() => {
    const minutes = options.getAutoLockMinutes();
    if (minutes === null) return;
    if (options.getIdleSeconds() >= minutes * 60) lockIfUnlocked();
  }, options.pollMilliseconds ?? AUTO_LOCK_POLL_MILLISECONDS);
  // The poll alone must not keep the process alive.
  timer.unref?.();
  return {
    lockNow: lockIfUnlocked,
    stop: () => clearInterval(timer),
  };
}
