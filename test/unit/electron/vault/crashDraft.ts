/** The draft the crash test saves: its counter appears in several places, with ~40 KB of text. */
export function crashDraft(counter: number): Record<string, unknown> {
  return {
    schemaVersion: 2,
    counter,
    applicants: [{ id: 'a1', firstNames: 'Jane', lastName: `Smith-${counter}` }],
    application: {
      reasonsForApplication: `Save number ${counter}. ${'The children need a settled routine. '.repeat(1000)}`,
    },
    tail: counter,
  };
}
