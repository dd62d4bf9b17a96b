// Machine-readable output, shaped like ESLint's JSON formatter: one entry per
// file, 1-based lines and columns, ranges end-exclusive.
import type { Formatter } from './types.js';

export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFileResult {
  filePath: string;
  skipped: boolean;
  messages: JsonMessage[];
}

export const formatJson: Formatter = (results) => {
  const output: JsonFileResult[] = results.map((result) => ({
    filePath: result.filePath,
    skipped: result.skipped,
    messages: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line,
      column: finding.range.start.column,
      endLine: finding.range.end.line,
      endColumn: finding.range.end.column,
    })),
  }));
  return `${JSON.stringify(output)}\n`;
};
