// Reads the text of a configuration file into plain data, keeping enough of
// the syntax tree to say where a key is. JSON goes through jsonc-parser (the
// parser VS Code uses for settings files) because `JSON.parse` reports
// syntax errors without a reliable position; comments are allowed, as in
// .eslintrc.json and .markdownlint.json. YAML goes through `yaml`.
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Alias, Document } from 'yaml';
import { jsoncModule, yamlModule } from './deps.js';
import { excerpt } from '../io/escape.js';
import { ConfigError } from './errors.js';
import { lastStartAtOrBefore } from '../engine/sorted.js';

export type ConfigSyntax = 'json' | 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedConfigSource {
  value: unknown;
  /**
   * 1-based position of the deepest key of `keyPath` that exists in the file,
   * or, with `part: 'value'`, of the value of the last key when it exists.
   */
  locate(keyPath: readonly string[], part?: 'key' | 'value'): Position | undefined;
}

/**
 * Deeper than any configuration needs (mldl's own settings stop at 5 levels;
 * a package.json rarely passes 10). Deeper input is refused before the
 * recursive parts of the parsers and validators can overflow the stack.
 */
export const MAX_CONFIG_DEPTH = 64;

/** The dotted key of a path, without list indexes: `exclude.0` is shown as `exclude`. */
function keyOf(segments: readonly (string | number)[]): string | undefined {
  const keys = segments.filter((segment): segment is string => typeof segment === 'string');
  const shown = keys.slice(0, 4).join('.') + (keys.length > 4 ? '.…' : '');
  return shown || undefined;
}

function tooDeep(file: string, position: Position, path: readonly (string | number)[], syntax: string): ConfigError {
  return new ConfigError({
    file,
    key: keyOf(path),
    ...position,
    message: `${syntax} nested more than ${MAX_CONFIG_DEPTH} levels deep; no configuration needs that.`,
  });
}

/** Maps 0-based offsets to 1-based line/column (UTF-16 code units, like the engine). */
function positionAt(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    const line = lastStartAtOrBefore(lineStarts.length, (index) => lineStarts[index], offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
}

/** jsonc-parser's SyntaxKind is a `const enum`, which a lazily required module does not provide at run time. */
const JSON_TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10, eof: 17 } as const;

/**
 * Where JSON nesting first passes MAX_CONFIG_DEPTH, found with jsonc-parser's
 * scanner (a loop over tokens, so any depth is safe) before the recursive
 * parser sees the text.
 */
function findTooDeepJson(text: string): { offset: number; path: (string | number)[] } | undefined {
  const scanner = jsoncModule().createScanner(text, true);
  // One entry per open container: the path segment it sits at, and what comes next inside it.
  const open: Array<{ segment: string | number | undefined; isObject: boolean; index: number; key: string | undefined }> = [];
  const pathOf = (): (string | number)[] =>
    open.slice(1).map((entry) => entry.segment).filter((segment): segment is string | number => segment !== undefined);
  for (let token = scanner.scan(); token !== JSON_TOKEN.eof; token = scanner.scan()) {
    const top = open[open.length - 1];
    if (token === JSON_TOKEN.openBrace || token === JSON_TOKEN.openBracket) {
      const segment = top === undefined ? undefined : top.isObject ? top.key : top.index;
      open.push({ segment, isObject: token === JSON_TOKEN.openBrace, index: 0, key: undefined });
      if (open.length > MAX_CONFIG_DEPTH) return { offset: scanner.getTokenOffset(), path: pathOf() };
    } else if (token === JSON_TOKEN.closeBrace || token === JSON_TOKEN.closeBracket) open.pop();
    else if (token === JSON_TOKEN.comma && top) {
      top.index++;
      top.key = undefined;
    } else if (token === JSON_TOKEN.string && top?.isObject && top.key === undefined) top.key = scanner.getTokenValue();
  }
  return undefined;
}

/** "PropertyNameExpected" → "property name expected", at the offset the fault is at. */
function describeJsonError(error: ParseError, text: string): { message: string; offset: number } {
  // The commonest hand-editing mistake gets a name of its own, and points at the comma.
  const before = text.slice(0, error.offset).trimEnd();
  if (before.endsWith(',') && /^[}\]]/.test(text.slice(error.offset))) return { message: 'trailing comma', offset: before.length - 1 };
  if (error.offset >= text.length && text.trim() === '') {
    return { message: 'the file is empty (write {} for an empty configuration)', offset: error.offset };
  }
  const name = jsoncModule().printParseErrorCode(error.error);
  return { message: name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), offset: error.offset };
}

function parseJson(text: string, file: string): ParsedConfigSource {
  const at = positionAt(text);
  const deep = findTooDeepJson(text);
  if (deep) throw tooDeep(file, at(deep.offset), deep.path, 'JSON');
  const errors: ParseError[] = [];
  const { parseTree, getNodeValue } = jsoncModule();
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    // Only the first syntax error: the parser's later ones are mostly echoes of it.
    const first = errors[0] ?? { error: 4 /* ValueExpected */, offset: 0, length: 0 };
    const { message, offset } = describeJsonError(first, text);
    throw new ConfigError({ file, ...at(offset), message: `Invalid JSON: ${message}.` });
  }
  const locate = (keyPath: readonly string[], part: 'key' | 'value' = 'key'): Position | undefined => {
    let node: JsonNode | undefined = tree;
    let found: Position | undefined;
    for (const [index, segment] of keyPath.entries()) {
      const last = index === keyPath.length - 1;
      if (node?.type === 'object') {
        const property: JsonNode | undefined = node.children?.find((p) => p.children?.[0]?.value === segment);
        if (!property?.children?.[0]) break;
        node = property.children[1];
        found = at(last && part === 'value' && node ? node.offset : property.children[0].offset);
      } else if (node?.type === 'array' && /^\d+$/.test(segment)) {
        node = node.children?.[Number(segment)];
        if (!node) break;
        found = at(node.offset);
      } else break;
    }
    return found;
  };
  return { value: getNodeValue(tree), locate };
}

type YamlNodeLike = { range?: [number, number, number] | null };

/**
 * Every YAML node with its path from the root, in document order, walked
 * with an explicit stack; throws at the first node deeper than MAX_CONFIG_DEPTH.
 */
function yamlNodes(document: Document, file: string, at: (offset: number) => Position): Array<{ node: unknown; path: (string | number)[] }> {
  const { isMap, isScalar, isSeq } = yamlModule();
  const nodes: Array<{ node: unknown; path: (string | number)[] }> = [];
  const pending: Array<{ node: unknown; path: (string | number)[] }> = [{ node: document.contents, path: [] }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    if (entry.node === null || entry.node === undefined) continue;
    nodes.push(entry);
    const children: Array<{ node: unknown; path: (string | number)[] }> = [];
    if (isMap(entry.node)) {
      for (const pair of entry.node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        children.push({ node: pair.key, path: entry.path }, { node: pair.value, path: [...entry.path, key] });
      }
    } else if (isSeq(entry.node)) entry.node.items.forEach((item, index) => children.push({ node: item, path: [...entry.path, index] }));
    if (children.length > 0 && entry.path.length >= MAX_CONFIG_DEPTH) {
      const start = (entry.node as YamlNodeLike).range?.[0] ?? 0;
      throw tooDeep(file, at(start), entry.path, 'YAML');
    }
    pending.push(...children.reverse());
  }
  return nodes;
}

/**
 * The alias at which yaml's guard against alias expansion ("billion laughs")
 * trips: the same count as yaml's own (uses of an anchor × the aliases nested
 * in it, over 100), done on the aliases in document order, which is the order
 * toJS resolves them in. yaml's error carries no position; this finds one.
 */
function excessiveAlias(document: Document, aliases: readonly Alias[], maxAliasCount = 100): Alias | undefined {
  const { isAlias, isCollection, isPair } = yamlModule();
  const uses = new Map<unknown, { count: number; weight: number }>();
  const weight = (node: unknown): number => {
    if (isAlias(node)) {
      const used = uses.get(node.resolve(document));
      return used ? used.count * used.weight : 0;
    }
    if (isCollection(node)) return Math.max(0, ...node.items.map(weight));
    if (isPair(node)) return Math.max(weight(node.key), weight(node.value));
    return 1;
  };
  for (const alias of aliases) {
    const source = alias.resolve(document);
    if (!source) continue;
    // yaml counts the anchored node itself as the first use.
    const used = uses.get(source) ?? { count: 1, weight: 0 };
    uses.set(source, used);
    used.count++;
    if (used.weight === 0) used.weight = weight(source);
    if (used.count * used.weight > maxAliasCount) return alias;
  }
  return undefined;
}

/** YAML's anchors and aliases: an unquoted glob like `*.draft.md` is an alias, and aliases can be made to explode. */
function checkAliases(document: Document, nodes: ReturnType<typeof yamlNodes>, file: string, at: (offset: number) => Position): void {
  const { isAlias } = yamlModule();
  const aliases = nodes.filter((entry): entry is { node: Alias; path: (string | number)[] } => isAlias(entry.node));
  const where = (entry: { node: Alias; path: (string | number)[] }): Position => at(entry.node.range?.[0] ?? 0);
  for (const entry of aliases) {
    if (entry.node.resolve(document)) continue;
    const written = `*${entry.node.source}`;
    throw new ConfigError({
      file,
      key: keyOf(entry.path),
      ...where(entry),
      message: `Unknown YAML alias ${written}: a value that starts with * refers to an anchor. Quote a glob pattern: "${written}".`,
    });
  }
  const exploding = excessiveAlias(document, aliases.map((entry) => entry.node));
  const entry = aliases.find((candidate) => candidate.node === exploding);
  if (entry) {
    throw new ConfigError({
      file,
      key: keyOf(entry.path),
      ...where(entry),
      message: 'YAML aliases here expand to more than 100 copies (refused, as a guard against resource exhaustion); write the values out.',
    });
  }
}

function parseYaml(text: string, file: string): ParsedConfigSource {
  const at = positionAt(text);
  const { isMap, isScalar, isSeq, parseDocument } = yamlModule();
  const document: Document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const [first, ...rest] = document.errors.map((e) => {
      // yaml's composer recurses: very deep nesting overflows the stack, which it reports as a parse error.
      const message = e.message.includes('Maximum call stack') ? `nested more than ${MAX_CONFIG_DEPTH} levels deep; no configuration needs that.` : excerpt(e.message.split('\n')[0], 160);
      return new ConfigError({ file, ...at(e.pos[0]), message: `Invalid YAML: ${message}` });
    });
    throw new ConfigError({ file, line: first.line, column: first.column, message: first.message }, rest);
  }
  checkAliases(document, yamlNodes(document, file, at), file, at);
  const locate = (keyPath: readonly string[], part: 'key' | 'value' = 'key'): Position | undefined => {
    let node: unknown = document.contents;
    let found: Position | undefined;
    for (const [index, segment] of keyPath.entries()) {
      const last = index === keyPath.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        const range = isScalar(pair?.key) ? pair.key.range : undefined;
        if (!pair || !range) break;
        node = pair.value;
        const valueRange = (node as YamlNodeLike | null)?.range;
        found = at(last && part === 'value' && valueRange ? valueRange[0] : range[0]);
      } else if (isSeq(node) && /^\d+$/.test(segment)) {
        const item = node.items[Number(segment)] as YamlNodeLike | undefined;
        if (!item?.range) break;
        found = at(item.range[0]);
        node = item;
      } else break;
    }
    return found;
  };
  // An empty file is an empty configuration, not an error.
  const value: unknown = document.contents === null ? {} : document.toJS();
  return { value: value ?? {}, locate };
}

/** Parses configuration text; throws ConfigError with the position of a syntax error. */
export function parseConfigSource(text: string, syntax: ConfigSyntax, file: string): ParsedConfigSource {
  // A byte-order mark is invisible in editors; it must not be a syntax error.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return syntax === 'json' ? parseJson(body, file) : parseYaml(body, file);
}
