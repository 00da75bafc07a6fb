/**
 * A generated document as data: the C1A, the C8 and the review copy are built as a list of blocks
 * (pure, testable without a PDF: the redaction tests read `contentText`) and then drawn with the
 * layout engine by `renderContent`. Keeping content apart from drawing is the MoJ presenter model
 * (DESIGN.md "Models to learn from": presenters that build the printed form apart from the state).
 */
import type { PDFDocument } from 'pdf-lib';
import { DocumentLayout } from '../DocumentLayout';
import type { EmbeddedFonts } from '../fonts';

export type DocumentBlock =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 | 3 }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'question'; readonly number: string; readonly label: string; readonly answer: string }
  /** An unnumbered label and value (the parties named at the top of a form). */
  | { readonly kind: 'field'; readonly label: string; readonly value: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly [label: string, answer: string])[] }
  | { readonly kind: 'pageBreak' };

export interface DocumentContent {
  /** PDF title metadata and the first heading. */
  readonly title: string;
  /** Footer name, e.g. "C1A – Allegations of harm and domestic violence". */
  readonly documentName: string;
  /** Running header naming the case parties. */
  readonly header: string;
  /** Diagonal watermark on every page (the review copy's "DRAFT"). */
  readonly watermark?: string;
  readonly blocks: readonly DocumentBlock[];
  /** How many confidential values typed into free text were replaced with the C8 pointer. */
  readonly redactions?: number;
}

/** Draw `content` as new pages at the end of `doc`. Returns the number of pages drawn. Throws nothing of its own. */
export function renderContent(doc: PDFDocument, fonts: EmbeddedFonts, content: DocumentContent): number {
  const layout = new DocumentLayout(doc, fonts, {
    documentName: content.documentName,
    header: content.header,
    ...(content.watermark ? { watermark: content.watermark } : {}),
  });
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'heading':
        layout.heading(block.text, block.level);
        break;
      case 'paragraph':
        layout.paragraph(block.text);
        break;
      case 'question':
        layout.question(block.number, block.label, block.answer);
        break;
      case 'field':
        layout.text(block.label, { bold: true });
        layout.text(block.value, { spaceAfter: 6 });
        break;
      case 'table':
        layout.yesNoTable(block.rows);
        break;
      case 'pageBreak':
        layout.pageBreak();
        break;
      default: {
        const never: never = block;
        throw new Error(`Unknown document block ${JSON.stringify(never)}`);
      }
    }
  }
  layout.finish();
  return layout.pages.length;
}

/** Every text of the content, one block per line (for leak checks and tests). Throws nothing. */
export function contentText(content: DocumentContent): string {
  const parts: string[] = [content.title, content.documentName, content.header];
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        parts.push(block.text);
        break;
      case 'question':
        parts.push(`${block.number} ${block.label}`, block.answer);
        break;
      case 'field':
        parts.push(block.label, block.value);
        break;
      case 'table':
        for (const [label, answer] of block.rows) parts.push(label, answer);
        break;
      case 'pageBreak':
        break;
      default: {
        const never: never = block;
        throw new Error(`Unknown document block ${JSON.stringify(never)}`);
      }
    }
  }
  return parts.join('\n');
}

/**
 * A small builder that numbers questions within sections ("2.3") so the content reads like the
 * official forms' numbered questions.
 */
export class ContentBuilder {
  readonly blocks: DocumentBlock[] = [];
  private section = 0;
  private item = 0;
  private prefix = '';

  heading(text: string, level: 1 | 2 | 3 = 2): this {
    this.blocks.push({ kind: 'heading', text, level });
    return this;
  }

  /**
   * Start a numbered section: its heading ("Section 2 – …") and a fresh question counter ("2.1").
   * A letter instead of a number ('P' for the front page) numbers the questions "P.1" and keeps the
   * heading as given.
   */
  startSection(title: string, number?: number | string): this {
    this.item = 0;
    if (typeof number === 'string') {
      this.prefix = `${number}.`;
      return this.heading(title);
    }
    this.section = number ?? this.section + 1;
    this.prefix = `${this.section}.`;
    return this.heading(`Section ${this.section} – ${title}`);
  }

  paragraph(text: string): this {
    this.blocks.push({ kind: 'paragraph', text });
    return this;
  }

  /** A numbered question. An undefined or blank answer prints "Not answered". */
  question(label: string, answer: string | undefined): this {
    this.item += 1;
    this.blocks.push({ kind: 'question', number: `${this.prefix}${this.item}`, label, answer: answer ?? '' });
    return this;
  }

  field(label: string, value: string): this {
    this.blocks.push({ kind: 'field', label, value });
    return this;
  }

  table(rows: readonly (readonly [string, string])[]): this {
    if (rows.length > 0) this.blocks.push({ kind: 'table', rows });
    return this;
  }

  pageBreak(): this {
    this.blocks.push({ kind: 'pageBreak' });
    return this;
  }
}
