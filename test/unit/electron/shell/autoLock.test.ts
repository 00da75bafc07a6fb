import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../../../electron/main/autoLock';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('auto-lock after idle time', () => {
  it('locks once the idle time reaches the setting, and not before', async () => {
    let idle = 0;
    const lockIfUnlocked = vi.fn(async () => undefined);
    const autoLock = startAutoLock({ getIdleSeconds: () => idle, getAutoLockMinutes: () => 5, lockIfUnlocked, pollMilliseconds: 1000 });
    idle = 299;
    await vi.advanceTimersByTimeAsync(1000);
    expect(lockIfUnlocked).not.toHaveBeenCalled();
    idle = 300;
    await vi.advanceTimersByTimeAsync(1000);
    expect(lockIfUnlocked).toHaveBeenCalledOnce();
    autoLock.stop();
  });

  it('never locks when the setting is off, but still locks on screen lock', async () => {
    const lockIfUnlocked = vi.fn(async () => undefined);
    const autoLock = startAutoLock({ getIdleSeconds: () => 1e9, getAutoLockMinutes: () => null, lockIfUnlocked, pollMilliseconds: 1000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lockIfUnlocked).not.toHaveBeenCalled();
    autoLock.lockNow();
    expect(lockIfUnlocked).toHaveBeenCalledOnce();
    autoLock.stop();
  });

  it('does not stack lock calls while one is running, and reports failures', async () => {
    let finish: () => void = () => undefined;
    const lockIfUnlocked = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const autoLock = startAutoLock({ getIdleSeconds: () => 1e9, getAutoLockMinutes: () => 1, lockIfUnlocked, pollMilliseconds: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(lockIfUnlocked).toHaveBeenCalledOnce();
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(lockIfUnlocked).toHaveBeenCalledTimes(2);
    autoLock.stop();

    const onError = vi.fn();
    const failing = startAutoLock({ getIdleSeconds: () => 0, getAutoLockMinutes: () => null, lockIfUnlocked: () => Promise.reject(new Error('disk')), onError });
    failing.lockNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(new Error('disk'));
    failing.stop();
  });
});
