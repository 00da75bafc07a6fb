import { describe, expect, it, vi } from 'vitest';
import { HostCallError } from '../../../../forms/host';
import { createHostHandlers } from '../../../../electron/services/host/createHostHandlers';
import { INTERNAL_ERROR_MESSAGE, dispatchHostCall, isHostMethodName } from '../../../../electron/services/host/dispatchHostCall';
import { createMemoryHostPorts, createMemoryVault } from './memoryHostPorts';

describe('dispatchHostCall', () => {
  it('answers a valid call with { ok: true, value }', async () => {
    const handlers = createHostHandlers(createMemoryHostPorts());
    const created = await dispatchHostCall('createDraft', { draft: { schemaVersion: 2 } }, handlers);
    expect(created).toMatchObject({ ok: true, value: { summary: { id: 'd1' }, draft: { schemaVersion: 2 } } });
  });

  it('passes a service’s own failure through with its code and message', async () => {
    const handlers = createHostHandlers(createMemoryHostPorts({ vault: createMemoryVault('locked') }));
    expect(await dispatchHostCall('listDrafts', undefined, handlers)).toEqual({
      ok: false,
      error: { code: 'locked', message: 'Your drafts are locked.' },
    });
  });

  it('refuses an answer that does not match the response schema (no stray data reaches the page)', async () => {
    const ports = createMemoryHostPorts();
    ports.vault.list = async () => [{ id: 'd1', title: 'x', secretPath: '/home/x' }] as never;
    const logError = vi.fn();
    const answer = await dispatchHostCall('listDrafts', undefined, createHostHandlers(ports), logError);
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('survives a logger that throws', async () => {
    const ports = createMemoryHostPorts();
    ports.vault.list = async () => {
      throw new TypeError('boom');
    };
    const answer = await dispatchHostCall('listDrafts', undefined, createHostHandlers(ports), () => {
      throw new Error('logger down');
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('knows only own method names', () => {
    expect(isHostMethodName('saveDraft')).toBe(true);
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 42]) expect(isHostMethodName(name)).toBe(false);
  });
});

describe('host handlers', () => {
  it('export a PDF from the draft main loads itself, into the folder the user chose', async () => {
    const ports = createMemoryHostPorts();
    const { summary } = await ports.vault.create({ schemaVersion: 2, fee: { helpWithFees: 'no' } });
    ports.template.status = async () => ({ state: 'ready', location: '/t.pdf', edition: 'C100 04.24', message: 'Ready.' });
    ports.dialogs.chooseExportFolder = async () => '/home/user/Documents';
    const exportPdf = vi.fn(async () => [{ fileName: 'C100.pdf', path: '/home/user/Documents/C100.pdf', contains: ['C100' as const], pageCount: 22 }]);
    ports.pdf.exportPdf = exportPdf;
    const answer = await dispatchHostCall('exportPdf', { id: summary.id, options: { mode: 'flattened', layout: 'separate' } }, createHostHandlers(ports));
    expect(answer).toMatchObject({ ok: true, value: { status: 'saved', folder: '/home/user/Documents', files: [{ fileName: 'C100.pdf' }] } });
    expect(exportPdf).toHaveBeenCalledWith({
      draft: { schemaVersion: 2, fee: { helpWithFees: 'no' } },
      options: { mode: 'flattened', layout: 'separate' },
      folder: '/home/user/Documents',
    });
  });

  it('tell the user to import the template before exporting, and report a cancelled dialog as cancelled', async () => {
    const ports = createMemoryHostPorts();
    const { summary } = await ports.vault.create(undefined);
    const handlers = createHostHandlers(ports);
    const request = { id: summary.id, options: { mode: 'editable', layout: 'combined' } };
    expect(await dispatchHostCall('exportPdf', request, handlers)).toMatchObject({ ok: false, error: { code: 'template_missing' } });
    ports.template.status = async () => ({ state: 'ready', location: '/t.pdf', edition: 'C100 04.24', message: 'Ready.' });
    expect(await dispatchHostCall('exportPdf', request, handlers)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('save a bundle under a file name made safe from the draft title', async () => {
    const ports = createMemoryHostPorts();
    const { summary } = await ports.vault.create(undefined);
    await ports.vault.rename(summary.id, 'Smith v Jones: "draft" 1/2');
    const chooseBundleSaveFile = vi.fn(async () => '/tmp/out.c100draft');
    ports.dialogs.chooseBundleSaveFile = chooseBundleSaveFile;
    const answer = await dispatchHostCall('exportBundle', { id: summary.id, passphrase: 'a long passphrase' }, createHostHandlers(ports));
    expect(answer).toEqual({ ok: true, value: { status: 'saved', filePath: '/tmp/out.c100draft' } });
    expect(chooseBundleSaveFile).toHaveBeenCalledWith('Smith v Jones draft 1 2.c100draft');
  });

  it('refuse to import a bundle into a locked vault before showing a dialog', async () => {
    const ports = createMemoryHostPorts({ vault: createMemoryVault('locked') });
    const chooseBundleOpenFile = vi.fn(async () => '/tmp/in.c100draft');
    ports.dialogs.chooseBundleOpenFile = chooseBundleOpenFile;
    expect(await dispatchHostCall('importBundle', { passphrase: 'x' }, createHostHandlers(ports))).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(chooseBundleOpenFile).not.toHaveBeenCalled();
  });

  it('HostCallError from a port keeps its code', async () => {
    const ports = createMemoryHostPorts();
    ports.template.status = async () => {
      throw new HostCallError('template_invalid', 'This PDF is not the C100 (04.24).');
    };
    expect(await dispatchHostCall('templateStatus', undefined, createHostHandlers(ports))).toEqual({
      ok: false,
      error: { code: 'template_invalid', message: 'This PDF is not the C100 (04.24).' },
    });
  });
});
