/**
 * Errors of the PDF layer: one class per failure kind, each message says what was expected and
 * what to do (COMMON.md). Template errors all name form C100 (04.24) and where to download it.
 */
import { C100_DOWNLOAD_URL, C100_TEMPLATE_VERSION } from './c100Widgets';

const GET_IT = `Download form C100 (${C100_TEMPLATE_VERSION}) from GOV.UK ("form C100": ${C100_DOWNLOAD_URL}) and choose that file.`;

/** Base class so callers can catch every template problem at once. */
export abstract class C100TemplateError extends Error {
  /** Where the file came from (a path or "the imported copy"), for the message. */
  readonly source: string;
  protected constructor(source: string, problem: string) {
    super(`${source} is not the official C100 form (${C100_TEMPLATE_VERSION}): ${problem}. ${GET_IT}`);
    this.source = source;
    this.name = new.target.name;
  }
}

/** The bytes are not a readable PDF (truncated, damaged, or another kind of file). */
export class TemplateDamagedError extends C100TemplateError {
  constructor(source: string, detail: string) {
    super(source, `the file cannot be read as a PDF (${detail})`);
  }
}

/** The PDF is encrypted; the official form is not. */
export class TemplateEncryptedError extends C100TemplateError {
  constructor(source: string) {
    super(source, 'the file is encrypted or password-protected, and the official form is not');
  }
}

/** A readable PDF, but another form: wrong page count or widget names. */
export class TemplateWrongFormError extends C100TemplateError {
  constructor(source: string, detail: string) {
    super(source, detail);
  }
}

/** The right form, but not version 04.24 (its "(04.24)" footer text is missing). */
export class TemplateWrongVersionError extends C100TemplateError {
  constructor(source: string) {
    super(source, `its footer does not carry the version "(${C100_TEMPLATE_VERSION})"; it may be an older or newer edition`);
  }
}

/** A fill instruction names a widget the template does not have, or uses it as the wrong type. */
export class UnknownWidgetError extends Error {
  constructor(widget: string, detail: string) {
    super(`The C100 field map refers to "${widget}", ${detail}. Fix the field map in forms/c100/pdf/fieldMap.`);
    this.name = 'UnknownWidgetError';
  }
}

/** A check instruction asks for an on-state the check box does not have. */
export class UnknownCheckBoxOptionError extends Error {
  constructor(widget: string, option: string, known: readonly string[]) {
    super(`The check box "${widget}" has no option "${option}" (it has: ${known.join(', ')}). Fix the field map in forms/c100/pdf/fieldMap.`);
    this.name = 'UnknownCheckBoxOptionError';
  }
}
