// GitHub Actions workflow commands: each finding becomes an annotation on the
// changed file in the pull request ("::error file=…,line=…::message").
// Escaping follows the runner's rules (actions/toolkit, command.ts): data
// escapes %, \r and \n; property values additionally ':' and ',' — so a file
// named "x\n::stop-commands::t.md" can neither start a line nor end a property
// (server/io/escape.ts).
import type { Severity } from '../../engine/types.js';
import { escapeGithubData, escapeGithubProperty } from '../../io/escape.js';
import { reportPath, TOOL_NAME } from './report-model.js';
import type { Formatter } from './types.js';

function command(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'info' ? 'notice' : severity;
}

export const formatGithub: Formatter = (results, options) => {
  const lines: string[] = [];
  for (const file of results) {
    if (file.skipped) continue;
    const shown = reportPath(file.filePath, options.cwd);
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeGithubProperty(shown)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeGithubProperty(`${TOOL_NAME} ${finding.ruleId}`)}`,
      ].join(',');
      lines.push(`::${command(finding.severity)} ${properties}::${escapeGithubData(finding.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
