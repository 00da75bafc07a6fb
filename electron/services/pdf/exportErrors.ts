/**
 * Errors of the PDF export service, one class per failure kind, each with a stable `code` (for the
 * HostApi `{ ok: false, error: { code, message } }` answer) and a message that says what to do.
 * Template problems keep their own classes (`locateTemplate`, `forms/c100/pdf/errors`).
 */

/** The input is not a C100 draft this version can read (fails `C100DraftSchema` after migration). */
export class NotADraftError extends Error {
  readonly code = 'EXPORT_NOT_A_DRAFT';
  constructor(readonly detail: string) {
    super(`This is not a C100 draft that can be exported (${detail}). Open the draft in C100 Prep, or check the file with "c100 validate".`);
    this.name = 'NotADraftError';
  }
}

/** The output folder cannot be created or written. */
export class ExportFolderError extends Error {
  readonly code = 'EXPORT_FOLDER_UNWRITABLE';
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(`Cannot save the PDFs in ${folder} (${reason}). Choose another folder, or check that you may write to it and that the disk is not full.`);
    this.name = 'ExportFolderError';
  }
}

/** A PDF could not be written even though the folder exists (for example the disk filled up mid-write). */
export class ExportWriteError extends Error {
  readonly code = 'EXPORT_WRITE_FAILED';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Could not save ${file} (${reason}). Nothing was left half-written; free some space or choose another folder, then export again.`);
    this.name = 'ExportWriteError';
  }
}

/** Building the PDFs failed for a reason that is a defect, not the user's input. */
export class ExportBuildError extends Error {
  readonly code = 'EXPORT_BUILD_FAILED';
  constructor(failure: unknown) {
    super(
      `The PDFs could not be made (${failure instanceof Error ? failure.message : String(failure)}). Your draft is safe; please report this problem with the draft's section names (not its contents).`,
      { cause: failure },
    );
    this.name = 'ExportBuildError';
  }
}
