/**
 * Issue 4 "Done when": a child process killed with SIGKILL at random moments during 500 or more
 * saves leaves every draft loadable as either the old or the new version.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftVault } from '../../../../electron/services/vault';
import { crashDraft } from './crashDraft';
import { FAST_SCRYPT, PASSPHRASE, makeTempDir, passphraseVault } from './vaultTestKit';

const WORKER = fileURLToPath(new URL('./crashSaveWorker.ts', import.meta.url));
const DRAFTS = 3;
const MIN_SAVES = 500;
const MIN_ROUNDS = 8;
const MAX_ROUNDS = 60;

interface RoundResult {
  completed: number;
  /** Per draft: the last save that finished, and the one in progress when killed (if any). */
  lastDone: number[];
  pending: (number | undefined)[];
}

/**
 * Run one worker and kill it with SIGKILL at a random moment: once it has finished `killAfterSaves`
 * saves, after a further random delay of up to about one and a half save durations (measured as it
 * runs), so that the kill lands anywhere in a save: before, during or after the write, the link,
 * the rename or the fsyncs. Counting saves rather than milliseconds keeps the number of rounds (and
 * so the test's time) steady on a loaded machine. Then parse what the worker announced.
 */
function runRound(
  dataDir: string,
  ids: string[],
  before: number[],
  killAfterSaves: number,
): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dataDir, PASSPHRASE, ...ids], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    let done = 0;
    let readyAt = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (readyAt === 0 && output.includes('READY\n')) readyAt = performance.now();
      done += chunk.split('\nD ').length - 1 + (chunk.startsWith('D ') ? 1 : 0);
      if (!timer && readyAt > 0 && done >= killAfterSaves) {
        const perSaveMs = (performance.now() - readyAt) / Math.max(1, done);
        timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * perSaveMs * 1.5);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`worker ended by itself (code ${String(code)}): ${errors.slice(0, 2000)}`));
        return;
      }
      const lastDone = [...before];
      const pending: (number | undefined)[] = before.map(() => undefined);
      let completed = 0;
      for (const line of output.split('\n')) {
        const match = /^([SD]) (\d+) (\d+)$/.exec(line);
        if (!match) continue;
        const index = Number(match[2]);
        const counter = Number(match[3]);
        if (match[1] === 'S') pending[index] = counter;
        else {
          lastDone[index] = counter;
          pending[index] = undefined;
          completed += 1;
        }
      }
      resolve({ completed, lastDone, pending });
    });
  });
}

describe.skipIf(process.platform === 'win32')('crash safety (POSIX only: SIGKILL semantics)', () => {
  let dir: string;
  let cleanup: () => void;
  let ids: string[];

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir('crash'));
    const vault = await passphraseVault(dir);
    ids = [];
    for (let i = 0; i < DRAFTS; i += 1) ids.push((await vault.createDraft(crashDraft(0))).id);
    await vault.close();
  });
  afterAll(() => cleanup());

  it(`leaves every draft as the old or the new version across ${MIN_SAVES}+ saves killed at random`, async () => {
    let counters = ids.map(() => 0);
    let totalSaves = 0;
    let rounds = 0;
    let interruptedMidSave = 0;
    while ((totalSaves < MIN_SAVES || rounds < MIN_ROUNDS) && rounds < MAX_ROUNDS) {
      rounds += 1;
      const result = await runRound(dir, ids, counters, 20 + Math.floor(Math.random() * 100));
      totalSaves += result.completed;

      // Verify with a read-only vault: no lock taken, no clean-up of what the crash left behind.
      const reader = await DraftVault.open({ dataDir: dir, readOnly: true, scrypt: FAST_SCRYPT });
      await reader.unlockWithPassphrase(PASSPHRASE);
      const next: number[] = [];
      for (const [index, id] of ids.entries()) {
        const { draft } = await reader.openDraft(id);
        const counter = draft.counter as number;
        const allowed = [result.lastDone[index], result.pending[index]].filter(
          (value) => value !== undefined,
        );
        expect(allowed, `draft ${index} after round ${rounds}`).toContain(counter);
        // The whole draft is that version, not a mix.
        expect(draft).toEqual(crashDraft(counter));
        if (result.pending[index] !== undefined) interruptedMidSave += 1;
        for (const version of await reader.listVersions(id))
          expect(version.intact, `version ${version.revision} of draft ${index}`).toBe(true);
        next.push(counter);
      }
      expect((await reader.listDrafts()).filter((summary) => summary.problem)).toEqual([]);
      await reader.close();
      counters = next;
    }
    expect(totalSaves).toBeGreaterThanOrEqual(MIN_SAVES);
    expect(rounds).toBeGreaterThanOrEqual(MIN_ROUNDS);
    // Every kill lands while some save is announced but not finished, or between saves.
    expect(interruptedMidSave).toBeGreaterThan(0);
    console.info(
      `crash safety: ${rounds} SIGKILL rounds, ${totalSaves} completed saves, ${interruptedMidSave} kills mid-save`,
    );
  }, 120_000);
});
