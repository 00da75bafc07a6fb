/** The body text of a page (paragraphs, lists, inset and warning text, help links, a small summary). */
import { HelpLink } from '../components/HelpLink';
import { SummaryList } from '../components/Misc';
import type { ContentBlock } from './pageTypes';

export function ContentBlocks({ blocks }: { blocks: readonly ContentBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </>
  );
}

function Block({ block }: { block: ContentBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <p className="govuk-body">{block.text}</p>;
    case 'list':
      return (
        <ul className="govuk-list govuk-list--bullet">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'inset':
      return <div className="govuk-inset-text">{block.text}</div>;
    case 'warning':
      return (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {block.text}
          </strong>
        </div>
      );
    case 'heading':
      return <h2 className="govuk-heading-m">{block.text}</h2>;
    case 'link':
      return (
        <p className="govuk-body">
          <HelpLink href={block.href}>{block.text}</HelpLink>
        </p>
      );
    case 'summary':
      return <SummaryList rows={block.rows.map((row) => ({ key: row.label, value: row.value }))} />;
    default: {
      const unknown: never = block;
      throw new Error(`Unknown content block: ${JSON.stringify(unknown)}`);
    }
  }
}
