// Where a rule's page is published: rules/<id>/README.md on GitHub. A module
// of its own so that --list-rules and the formatters can link the pages
// without loading the rule API (which loads the judge and the document model).
export const DOCS_BASE_URL = 'https://github.com/ml-design-lint/ml-design-lint/blob/main/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}/README.md`;
}
