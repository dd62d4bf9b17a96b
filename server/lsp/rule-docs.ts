// The opening of a rule's documentation page (rules/<id>/README.md), for hovers.
// Read at run time from the package folder, wherever the server runs from:
// out/server/lsp/ (compiled), dist/ (bundled) or an extension's folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function moduleDirectory(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}

function hasRulePages(dir: string): boolean {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'README.md')));
  } catch {
    return false;
  }
}

/** The nearest rules/ folder with rule pages (<id>/README.md) above the server (out/rules/ holds only code). */
function findRulesFolder(start: string | undefined): string | undefined {
  for (let dir = start; dir; ) {
    const candidate = path.join(dir, 'rules');
    if (hasRulePages(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** What a hover needs from a rule's page. */
export interface RuleDocPage {
  /** The paragraph under the title: what the rule wants. */
  summary?: string;
  /** "Why a reviewer asks", first paragraph. */
  why?: string;
  /** "What satisfies it": its paragraphs and bullets, without code blocks. */
  satisfies?: string;
}

/** `## Heading` → its blocks (paragraphs, lists), fenced code dropped; '' is the part before any `##`. */
function sectionsOf(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>([['', []]]);
  let current = sections.get('')!;
  let block: string[] = [];
  let fence: string | undefined;
  const flush = (): void => {
    const text = block.join('\n').trim();
    if (text) current.push(text);
    block = [];
  };
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  for (const line of body.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      flush();
      fence = marker;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      if (heading[1].length === 2) {
        current = [];
        sections.set(heading[2].toLowerCase(), current);
      }
      continue;
    }
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  return sections;
}

function findSection(sections: Map<string, string[]>, pattern: RegExp): string[] | undefined {
  for (const [title, blocks] of sections) if (pattern.test(title)) return blocks;
  return undefined;
}

export function parseRulePage(markdown: string): RuleDocPage {
  const sections = sectionsOf(markdown);
  const prose = (blocks: string[] | undefined): string[] => (blocks ?? []).filter((b) => !b.startsWith('|') && !b.startsWith('<!--'));
  const page: RuleDocPage = {};
  const summary = prose(sections.get(''))[0];
  if (summary) page.summary = summary;
  const why = prose(findSection(sections, /^why\b/))[0];
  if (why) page.why = why;
  const satisfies = prose(findSection(sections, /satisf/));
  if (satisfies.length > 0) page.satisfies = satisfies.join('\n\n');
  return page;
}

export class RuleDocs {
  private readonly cache = new Map<string, RuleDocPage | undefined>();
  private readonly folder: string | undefined;

  constructor(folder: string | undefined = findRulesFolder(moduleDirectory())) {
    this.folder = folder;
  }

  /** The parts of rules/<id>/README.md a hover shows, or undefined when the page is not there. */
  page(ruleId: string): RuleDocPage | undefined {
    if (this.cache.has(ruleId)) return this.cache.get(ruleId);
    let page: RuleDocPage | undefined;
    if (this.folder && /^[a-z0-9-]+$/.test(ruleId)) {
      try {
        page = parseRulePage(fs.readFileSync(path.join(this.folder, ruleId, 'README.md'), 'utf8'));
      } catch {
        page = undefined;
      }
    }
    this.cache.set(ruleId, page);
    return page;
  }
}
