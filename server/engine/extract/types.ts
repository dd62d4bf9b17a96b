// What an extractor returns: a readable text for a construct that is not
// Markdown prose (a code comment, a config key and value, a SQL statement, a
// diagram edge, an HTML paragraph, a front-matter entry), with a map from
// every character of that text back to the source.
import type { Segment } from '../plain-text.js';

export type ExtractedKind =
  | 'code-comment'
  | 'code-config'
  | 'code-sql'
  | 'code-text'
  | 'diagram'
  | 'html-paragraph'
  | 'html-list-item'
  | 'html-table-row'
  | 'html-heading'
  | 'front-matter';

export interface ExtractedUnit {
  kind: ExtractedKind;
  /** Readable plain text, e.g. "class weight: 1: 50" from `class_weight={1: 50}`. */
  text: string;
  /**
   * Maps text indexes back to source offsets. Every character of `text` taken
   * from the source maps to the identical character there (a character decoded
   * from an HTML entity maps nowhere, as it is not in the source as such); separators the extractor
   * inserted (the space that replaces `_`, ": ", " → ", " ; ") map nowhere.
   */
  segments: Segment[];
  /** Source range of the construct (the comment, the config entry, the table row). */
  start: number;
  end: number;
  /** For html-table-row: the header cells of its table, when it has a header row. */
  tableHeader?: string[];
  /** For html-table-row: this row is the table's header row. */
  headerRow?: boolean;
  /** For html-heading: 1–6. */
  headingLevel?: number;
  /** For units from a code fence: the info string's language, lower-cased ('' for none). */
  codeLanguage?: string;
}
