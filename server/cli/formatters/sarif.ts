// SARIF 2.1.0 (OASIS), the format GitHub code scanning and most review tools
// ingest: one run, the whole rule catalog in tool.driver.rules (so a viewer can
// show any rule's description and help), one result per finding.
import { RULE_META } from '../../../rules/meta.js';
import { docsUrl } from '../../engine/docs-url.js';
import type { Finding, Severity } from '../../engine/types.js';
import { INFORMATION_URI, reportPath, TOOL_NAME } from './report-model.js';
import { version } from '../version.js';
import type { Formatter } from './types.js';

type SarifLevel = 'error' | 'warning' | 'note';

function level(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** A relative URI reference: each path segment percent-encoded (spaces, '#', '%', '<stdin>'). */
function artifactUri(filePath: string, cwd: string): string {
  return reportPath(filePath, cwd)
    .split('/')
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}

function result(finding: Finding, uri: string, ruleIndex: Map<string, number>): Record<string, unknown> {
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          // SARIF columns are 1-based UTF-16 code units and the end is exclusive, as in Finding.
          region: {
            startLine: finding.range.start.line,
            startColumn: finding.range.start.column,
            endLine: finding.range.end.line,
            endColumn: finding.range.end.column,
          },
        },
      },
    ],
  };
}

export const formatSarif: Formatter = (results, options) => {
  const rules = RULE_META.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    helpUri: docsUrl(rule.meta.id),
    defaultConfiguration: { level: level(rule.meta.severity) },
    properties: { step: rule.meta.step },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts: Array<{ location: { uri: string; uriBaseId: string } }> = [];
  const sarifResults: Array<Record<string, unknown>> = [];
  for (const file of results) {
    if (file.skipped) continue;
    const uri = artifactUri(file.filePath, options.cwd);
    artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
    for (const finding of file.findings) sarifResults.push(result(finding, uri, ruleIndex));
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: version(), informationUri: INFORMATION_URI, rules } },
        // Relative artifact URIs are resolved against the directory mldl ran in.
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(options.cwd)}/` } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function pathToFileUri(directory: string): string {
  const slashed = directory.split('\\').join('/').replace(/\/$/, '');
  return `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join('/')}`;
}
