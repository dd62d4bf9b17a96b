// The opening of a rule's documentation page (rules/<id>.md), for hovers.
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

function hasMarkdown(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((name) => name.endsWith('.md'));
  } catch {
    return false;
  }
}

/** The nearest rules/ folder with Markdown pages above the server (out/rules/ holds only code). */
function findRulesFolder(start: string | undefined): string | undefined {
  for (let dir = start; dir; ) {
    const candidate = path.join(dir, 'rules');
    if (hasMarkdown(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/**
 * The first paragraphs of a Markdown page: front matter, the title and
 * anything after the second heading dropped, at most `maxParagraphs`.
 */
export function openingParagraphs(markdown: string, maxParagraphs = 3): string {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const paragraphs: string[] = [];
  let headings = 0;
  for (const block of body.split(/\r?\n\s*\r?\n/)) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (/^#{1,6}\s/.test(trimmed)) {
      headings++;
      // The title, then the first section's heading: stop at the one after.
      if (headings > 2 || (headings === 2 && paragraphs.length > 0)) break;
      if (headings === 2) paragraphs.push(trimmed.replace(/^#{1,6}\s+/, '**').replace(/\s*#*$/, '**'));
      continue;
    }
    if (trimmed.startsWith('<!--') || trimmed.startsWith('|')) continue;
    paragraphs.push(trimmed);
    if (paragraphs.filter((p) => !p.startsWith('**')).length >= maxParagraphs) break;
  }
  return paragraphs.join('\n\n');
}

export class RuleDocs {
  private readonly cache = new Map<string, string | undefined>();
  private readonly folder: string | undefined;

  constructor(folder: string | undefined = findRulesFolder(moduleDirectory())) {
    this.folder = folder;
  }

  /** The opening of rules/<id>.md, or undefined when the page is not there. */
  opening(ruleId: string): string | undefined {
    if (this.cache.has(ruleId)) return this.cache.get(ruleId);
    let text: string | undefined;
    if (this.folder && /^[a-z0-9-]+$/.test(ruleId)) {
      try {
        text = openingParagraphs(fs.readFileSync(path.join(this.folder, `${ruleId}.md`), 'utf8')) || undefined;
      } catch {
        text = undefined;
      }
    }
    this.cache.set(ruleId, text);
    return text;
  }
}
