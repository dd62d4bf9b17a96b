// remark-gfm turns bare URLs and e-mail addresses ("www.example.com",
// "https://…", "team@example.com") into links with a transform that runs after
// the parse: mdast-util-find-and-replace walks the whole tree once per pattern
// (four) through unist-util-visit-parents, which makes a closure, a name string
// and a copy of the ancestors for every node. That was ~15 % of the parse of the
// corpus (docs/performance.md, "CLI cold, twelfth pass"), though most blocks of a
// design doc hold no such text and half the docs none at all.
//
// Every pattern needs "@", "www." or "http(s)://" in a text node, so the same
// transform is run only on the blocks that hold such a text. The tree is the
// same: the transform changes text nodes only, reading each one's parent and
// index (never the ancestors above the block it is given), and it skips what is
// under a link, which never holds a block.
import type { Nodes, Parent } from 'mdast';
import type { Processor } from 'unified';

/** A from-markdown transform that changes the tree in place (what remark-gfm's autolink literals are). */
type InPlaceTransform = (tree: Parent) => void;

/** The parts of an mdast-util-from-markdown extension this reads. */
interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: InPlaceTransform[];
}

/** A text where one of the patterns may match (each needs one of these). */
const MAY_LINK = /@|www\.|https?:\/\//i;

/** Nodes whose children are blocks: a text that may link is looked for in each child on its own. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'footnoteDefinition']);

function mayLink(node: Nodes): boolean {
  if (node.type === 'text') return MAY_LINK.test(node.value);
  if ('children' in node) for (const child of node.children) if (mayLink(child)) return true;
  return false;
}

/** Runs `transform` on each block under `parent` that holds a text that may link (the smallest such block, going down through containers). */
function linkLiteralsIn(parent: Parent, transform: InPlaceTransform): void {
  // Texts or links straight under it (no parser makes them so, but the transform is then given `parent`
  // as remark-gfm gives it the root: the same way as before, not a shortcut).
  if (parent.children.some((child) => child.type === 'text' || child.type === 'link' || child.type === 'linkReference')) {
    if (parent.children.some(mayLink)) transform(parent);
    return;
  }
  for (const child of parent.children) {
    if (!mayLink(child)) continue;
    if (BLOCK_CONTAINERS.has(child.type) && 'children' in child) linkLiteralsIn(child, transform);
    else transform(child as Parent);
  }
}

/** Whether the processor's autolink-literal transform was narrowed (a test checks it, so a remark-gfm update that moves it is noticed). */
export function autolinkLiteralsNarrowed(processor: Processor<any, any, any, any, any>): boolean {
  processor.freeze();
  return autolinkExtensions(processor).some((extension) => narrowed.has(extension.transforms![0]));
}

const narrowed = new WeakSet<InPlaceTransform>();

function autolinkExtensions(processor: Processor<any, any, any, any, any>): FromMarkdownExtension[] {
  const extensions = ((processor.data('fromMarkdownExtensions') ?? []) as unknown[]).flat(Infinity) as FromMarkdownExtension[];
  // remark-gfm's autolink-literal extension: the one that enters `literalAutolink` tokens and has the transform.
  return extensions.filter((extension) => extension.enter?.literalAutolink !== undefined && extension.transforms?.length === 1);
}

/**
 * A unified plugin, used after remark-gfm: remark-gfm's autolink-literal
 * transform, run only where it can change something. Without that extension
 * (another remark-gfm) nothing changes.
 */
export function narrowAutolinkLiterals(this: Processor<any, any, any, any, any>): void {
  for (const extension of autolinkExtensions(this)) {
    const whole = extension.transforms![0];
    if (narrowed.has(whole)) continue;
    const narrow: InPlaceTransform = (tree) => linkLiteralsIn(tree, whole);
    narrowed.add(narrow);
    extension.transforms = [narrow];
  }
}

// The parser's side of e-mail links: micromark tries GFM's e-mail construct at the start of every word (any
// letter, digit, "+", "-", ".", "_" after a non-word character), and each try allocates its tokenizer's state
// before it fails at the word's end: ~10 % of the parse of a design doc without an e-mail address
// (docs/performance.md, "CLI cold, twelfth pass"). The construct succeeds only on a literal "@" in the text (a
// character reference such as "&#64;" is another construct's), so a text without one is parsed without it.

/** A micromark syntax extension, or a list of them: hooks (`text`, `flow`, …) → character code → constructs. */
type SyntaxExtension = Record<string, unknown> | SyntaxExtension[];
type Construct = { name?: string };

const EMAIL_CONSTRUCT = 'emailAutolink';

/** `extension` without the e-mail construct in its `text` hook (a copy: the original is the module's own object). */
function withoutEmailConstruct(extension: SyntaxExtension): SyntaxExtension {
  if (Array.isArray(extension)) return extension.map(withoutEmailConstruct);
  const text = extension.text as Record<string, Construct | Construct[]> | undefined;
  if (text === undefined) return extension;
  const kept: Record<string, Construct | Construct[]> = {};
  for (const [code, value] of Object.entries(text)) {
    const list = Array.isArray(value) ? value : [value];
    const rest = list.filter((construct) => construct?.name !== EMAIL_CONSTRUCT);
    if (rest.length === list.length) kept[code] = value;
    else if (rest.length > 0) kept[code] = rest;
  }
  return { ...extension, text: kept };
}

/** Whether the processor's parser has GFM's e-mail construct (a test checks the one without it has not). */
export function hasEmailConstruct(processor: Processor<any, any, any, any, any>): boolean {
  processor.freeze();
  const has = (extension: SyntaxExtension): boolean =>
    Array.isArray(extension) ? extension.some(has) : Object.values((extension.text ?? {}) as Record<string, Construct | Construct[]>).some((value) => (Array.isArray(value) ? value : [value]).some((construct) => construct?.name === EMAIL_CONSTRUCT));
  return ((processor.data('micromarkExtensions') ?? []) as SyntaxExtension[]).some(has);
}

/** A unified plugin, used after remark-gfm: its syntax without the e-mail construct, for texts without an "@". */
export function withoutEmailAutolinks(this: Processor<any, any, any, any, any>): void {
  const data = this.data();
  data.micromarkExtensions = ((data.micromarkExtensions ?? []) as SyntaxExtension[]).map(withoutEmailConstruct) as typeof data.micromarkExtensions;
}
