/**
 * IPC handlers fuzzed with fast-check (issue 4 "Done when": 10,000 or more random payloads, each
 * answered `{ ok: false }` with a code, never a crash). The payloads go through the real
 * registration helper (sender check, zod parsing, dispatch) as Electron would deliver them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOST_CHANNELS, HOST_ERROR_CODES, HOST_METHODS, HOST_METHOD_NAMES, HostCallError, type HostMethodName } from '../../../../forms/host';
import { createHostHandlers } from '../../../../electron/services/host/createHostHandlers';
import type { HostPorts } from '../../../../electron/services/host/hostPorts';
import { registerHostHandlers } from '../../../../electron/main/registerHostHandlers';
import { createMemoryHostPorts } from './memoryHostPorts';

type Invoke = (event: unknown, request: unknown) => Promise<unknown>;

const trustedFrame = { url: 'app://c100/index.html', parent: null };
const trustedContents = { mainFrame: trustedFrame };

function registered(ports: HostPorts): Map<string, Invoke> {
  const handlers = new Map<string, Invoke>();
  registerHostHandlers({
    ipcMain: { handle: (channel: string, handler: Invoke) => void handlers.set(channel, handler) } as never,
    handlers: createHostHandlers(ports),
    getTrustedContents: () => trustedContents as never,
  });
  return handlers;
}

const knownCodes: readonly string[] = HOST_ERROR_CODES;
function expectFailureWithCode(answer: unknown, code?: string) {
  const result = answer as { ok: boolean; error?: { code: unknown; message: unknown } };
  expect(result.ok).toBe(false);
  expect(knownCodes).toContain(result.error?.code);
  expect(typeof result.error?.message).toBe('string');
  if (code !== undefined) expect(result.error?.code).toBe(code);
}

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 3,
});
/** Objects with the right keys and random values: the near misses a real bug would send. */
const nearMiss = fc.record(
  {
    id: fc.oneof(fc.string(), anyValue),
    draft: fc.oneof(fc.record({ schemaVersion: fc.oneof(fc.constant(2), anyValue) }, { requiredKeys: [] }), anyValue),
    passphrase: fc.oneof(fc.string({ maxLength: 12 }), anyValue),
    title: fc.oneof(fc.string(), anyValue),
    revision: fc.oneof(fc.integer(), fc.double(), anyValue),
    options: fc.oneof(fc.record({ mode: fc.string(), layout: fc.string() }, { requiredKeys: [] }), anyValue),
    url: fc.oneof(fc.webUrl(), fc.string(), anyValue),
    settings: fc.oneof(fc.record({ autoLockMinutes: fc.oneof(fc.integer(), fc.constant(null), anyValue) }), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const payload = fc.oneof(anyValue, nearMiss);
const method = fc.constantFrom(...HOST_METHOD_NAMES);

describe('IPC handlers under random payloads', () => {
  it('answer every invalid request from our window with invalid_request (6,000 payloads)', async () => {
    const handlers = registered(createMemoryHostPorts());
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(method, payload, async (name: HostMethodName, request) => {
        fc.pre(!HOST_METHODS[name].request.safeParse(request).success);
        const invoke = handlers.get(HOST_CHANNELS[name]);
        if (!invoke) throw new Error(`no handler for ${name}`);
        expectFailureWithCode(await invoke({ sender: trustedContents, senderFrame: trustedFrame }, request), 'invalid_request');
        checked++;
      }),
      { numRuns: 6000 },
    );
    // Preconditions may discard a few payloads that happen to be valid; nearly all must be checked.
    expect(checked).toBeGreaterThan(5500);
  });

  it('refuse every payload from a foreign sender before parsing it (2,500 payloads)', async () => {
    const ports = createMemoryHostPorts();
    const handlers = registered(ports);
    const otherContents = { mainFrame: { url: 'app://c100/index.html', parent: null } };
    const sender = fc.constantFrom(
      { sender: trustedContents, senderFrame: { url: 'app://c100/index.html', parent: trustedFrame } },
      { sender: trustedContents, senderFrame: null },
      { sender: trustedContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: otherContents, senderFrame: otherContents.mainFrame },
      { sender: trustedContents, senderFrame: { get url(): string { throw new Error('frame destroyed'); }, parent: null } },
    );
    await fc.assert(
      fc.asyncProperty(method, payload, sender, async (name: HostMethodName, request, event) => {
        const invoke = handlers.get(HOST_CHANNELS[name]);
        if (!invoke) throw new Error(`no handler for ${name}`);
        expectFailureWithCode(await invoke(event, request), 'forbidden');
      }),
      { numRuns: 2500 },
    );
  });

  it('never throw when the services behind fail in any way (2,500 calls)', async () => {
    // Every service method throws a random value: an Error, a HostCallError, a string, null, ...
    const thrown = fc.oneof(
      fc.string().map((message) => new Error(message)),
      fc.tuple(fc.constantFrom(...HOST_ERROR_CODES), fc.string()).map(([code, message]) => new HostCallError(code, message)),
      anyValue,
    );
    await fc.assert(
      fc.asyncProperty(method, thrown, async (name: HostMethodName, error) => {
        const failing = new Proxy({}, { get: () => async () => Promise.reject(error) });
        const ports = { vault: failing, pdf: failing, template: failing, dialogs: failing, external: failing, settings: failing } as unknown as HostPorts;
        const invoke = registered(ports).get(HOST_CHANNELS[name]);
        if (!invoke) throw new Error(`no handler for ${name}`);
        const request = validRequests[name];
        const answer = await invoke({ sender: trustedContents, senderFrame: trustedFrame }, request);
        expectFailureWithCode(answer);
        if (!(error instanceof HostCallError)) expect((answer as { error: { code: string } }).error.code).toBe('internal');
      }),
      { numRuns: 2500 },
    );
  });
});

/** One valid request per method, so the failing-service run reaches the services. */
const validRequests: Record<HostMethodName, unknown> = {
  vaultStatus: undefined,
  unlockVault: { passphrase: 'correct horse' },
  setUpPassphrase: { passphrase: 'correct horse battery' },
  lockVault: {},
  createDraft: { draft: { schemaVersion: 2 } },
  listDrafts: undefined,
  openDraft: { id: 'd1' },
  saveDraft: { id: 'd1', draft: { schemaVersion: 2 } },
  renameDraft: { id: 'd1', title: 'Smith v Jones' },
  duplicateDraft: { id: 'd1' },
  deleteDraft: { id: 'd1' },
  listBin: {},
  restoreFromBin: { id: 'd1' },
  listVersions: { id: 'd1' },
  restoreVersion: { id: 'd1', revision: 3 },
  exportBundle: { id: 'd1', passphrase: 'a new passphrase' },
  importBundle: { passphrase: 'their passphrase' },
  exportPdf: { id: 'd1', options: { mode: 'flattened', layout: 'combined' } },
  templateStatus: undefined,
  importTemplate: undefined,
  openHelpLink: { url: 'https://www.gov.uk/' },
  getSettings: undefined,
  updateSettings: { settings: { autoLockMinutes: 10 } },
};

describe('the valid request table', () => {
  it('really is valid for every method (otherwise the run above would test parsing only)', () => {
    for (const name of HOST_METHOD_NAMES) expect(HOST_METHODS[name].request.safeParse(validRequests[name]).success, name).toBe(true);
  });
});
