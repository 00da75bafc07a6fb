/**
 * Vault benchmark (issue 4): save and open times for a large (~200 KB) draft once unlocked, and the
 * passphrase unlock time with the default scrypt parameters. Targets: save <= 15 ms p50, open <=
 * 10 ms p50. Prints figures; never fails on time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SCRYPT, DraftVault } from '../electron/services/vault';

const ITERATIONS = 300;
const WARM_UP = 20;
const PASSPHRASE = 'correct horse battery staple';

/** A realistic large draft: many people, addresses, relationships and long free-text answers. */
function largeDraft(seed: number): Record<string, unknown> {
  const paragraph = (label: string, n: number): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `${label} ${i + 1}: on the weekend of the ${i + 3}th the children were collected late and were upset; we agreed to talk again but it did not happen.`,
    ).join(' ');
  const address = (i: number) => ({
    line1: `${i} Example Street`,
    line2: 'Flat 2',
    town: 'Leeds',
    county: 'West Yorkshire',
    postcode: `LS${i % 20} ${i % 9}AB`,
  });
  const adult = (prefix: string, i: number) => ({
    id: `${prefix}${i}`,
    firstNames: `Firstname${i} Middle`,
    lastName: `Lastname${i}`,
    dateOfBirth: { day: String((i % 28) + 1).padStart(2, '0'), month: '04', year: String(1970 + i) },
    sex: i % 2 === 0 ? 'female' : 'male',
    placeOfBirth: 'Manchester',
    address: address(i),
    livedAtAddressOverFiveYears: 'no',
    addressHistory: paragraph('Address history', 6),
    mobilePhone: `07700 900${String(i).padStart(3, '0')}`,
    email: `person${i}@example.org`,
    relationships: Array.from({ length: 6 }, (_, c) => ({
      childId: `c${c}`,
      relation: 'father',
      permission: {},
    })),
    keepDetailsPrivate: 'yes',
    privateDetails: ['address', 'phone', 'email'],
  });
  return {
    schemaVersion: 2,
    seed,
    children: Array.from({ length: 6 }, (_, i) => ({
      id: `c${i}`,
      firstNames: `Child${i}`,
      lastName: 'Smith',
      dateOfBirth: { day: '07', month: '03', year: String(2012 + i) },
      orders: ['childArrangements'],
      livesWith: ['a0'],
    })),
    applicants: Array.from({ length: 4 }, (_, i) => adult('a', i)),
    respondents: Array.from({ length: 4 }, (_, i) => adult('r', i)),
    otherPeople: Array.from({ length: 24 }, (_, i) => adult('o', i)),
    safety: {
      abuse: {
        children: Object.fromEntries(
          ['physical', 'emotional', 'psychological', 'sexual', 'financial'].map((kind) => [
            kind,
            {
              answer: 'yes',
              description: paragraph(kind, 60),
              startedWhen: '2019',
              ongoing: 'yes',
              helpFrom: paragraph('help', 3),
            },
          ]),
        ),
        applicant: Object.fromEntries(
          ['physical', 'emotional', 'psychological', 'sexual', 'financial'].map((kind) => [
            kind,
            { answer: 'yes', description: paragraph(kind, 60), startedWhen: '2018', ongoing: 'no' },
          ]),
        ),
      },
    },
    application: {
      proceedings: Array.from({ length: 8 }, (_, i) => ({
        id: `p${i}`,
        courtName: 'Leeds Family Court',
        caseNumber: `LS${i}P0${i}123`,
        otherDetails: paragraph('proceeding', 4),
      })),
      reasonsForApplication: paragraph('reason', 400),
      urgentReasons: paragraph('urgency', 40),
    },
  };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function report(label: string, samples: number[], target?: number): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const verdict =
    target === undefined
      ? ''
      : p50 <= target
        ? `  (target p50 <= ${target} ms: met)`
        : `  (target p50 <= ${target} ms: NOT met)`;
  console.log(
    `${label.padEnd(34)} p50 ${p50.toFixed(2).padStart(7)} ms   p95 ${percentile(sorted, 95).toFixed(2).padStart(7)} ms   max ${(sorted.at(-1) ?? Number.NaN).toFixed(2).padStart(7)} ms   n=${samples.length}${verdict}`,
  );
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'c100-vault-bench-'));
try {
  const draftBytes = Buffer.byteLength(JSON.stringify(largeDraft(0)));
  const sizeLabel = `${(draftBytes / 1024).toFixed(0)} KB`;
  console.log(
    `vault bench: draft of ${(draftBytes / 1024).toFixed(0)} KB JSON, ${ITERATIONS} iterations, data folder on ${tmpdir()}`,
  );

  const setupStart = performance.now();
  const vault = await DraftVault.open({ dataDir, owner: 'vault bench' });
  await vault.initialise({ passphrase: PASSPHRASE });
  console.log(
    `initialise (default scrypt N=2^${Math.log2(DEFAULT_SCRYPT.N)}, r=${DEFAULT_SCRYPT.r}, p=${DEFAULT_SCRYPT.p}): ${(performance.now() - setupStart).toFixed(0)} ms`,
  );
  const { id } = await vault.createDraft(largeDraft(0));
  const fileBytes = readFileSync(path.join(dataDir, 'drafts', id, 'draft.c100v')).length;
  console.log(`encrypted draft file: ${(fileBytes / 1024).toFixed(0)} KB`);

  const saves: number[] = [];
  const opens: number[] = [];
  for (let i = 0; i < WARM_UP + ITERATIONS; i += 1) {
    const draft = largeDraft(i);
    const t0 = performance.now();
    await vault.saveDraft(id, draft);
    const t1 = performance.now();
    await vault.openDraft(id);
    const t2 = performance.now();
    if (i >= WARM_UP) {
      saves.push(t1 - t0);
      opens.push(t2 - t1);
    }
  }
  report(`save (${sizeLabel} draft, fsync)`, saves, 15);
  report(`open (${sizeLabel} draft, unlocked)`, opens, 10);

  const lists: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t0 = performance.now();
    await vault.listDrafts();
    lists.push(performance.now() - t0);
  }
  report('list (1 large draft)', lists);

  const unlocks: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    vault.lock();
    const t0 = performance.now();
    await vault.unlockWithPassphrase(PASSPHRASE);
    unlocks.push(performance.now() - t0);
  }
  report('passphrase unlock (default scrypt)', unlocks);

  const exports: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    await vault.exportBundle(id, 'bundle passphrase');
    exports.push(performance.now() - t0);
  }
  report('bundle export (default scrypt)', exports);
  await vault.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
