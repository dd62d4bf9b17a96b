// Reads the text of a configuration file into plain data, keeping enough of
// the syntax tree to say where a key is. JSON goes through jsonc-parser (the
// parser VS Code uses for settings files) because `JSON.parse` reports
// syntax errors without a reliable position; comments are allowed, as in
// .eslintrc.json and .markdownlint.json. YAML goes through `yaml`.
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Document } from 'yaml';
import { jsoncModule, yamlModule } from './deps.js';
import { ConfigError } from './errors.js';

export type ConfigSyntax = 'json' | 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedConfigSource {
  value: unknown;
  /** 1-based position of the deepest key of `keyPath` that exists in the file. */
  locate(keyPath: readonly string[]): Position | undefined;
}

/** Maps 0-based offsets to 1-based line/column (UTF-16 code units, like the engine). */
function positionAt(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}

/** "PropertyNameExpected" → "property name expected". */
function describeJsonError(error: ParseError, text: string): string {
  // The commonest hand-editing mistake gets a name of its own.
  const before = text.slice(0, error.offset).trimEnd();
  if (before.endsWith(',') && /^[}\]]/.test(text.slice(error.offset))) return 'trailing comma';
  if (error.offset >= text.length && text.trim() === '') return 'the file is empty (write {} for an empty configuration)';
  return jsoncModule()
    .printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function parseJson(text: string, file: string): ParsedConfigSource {
  const at = positionAt(text);
  const errors: ParseError[] = [];
  const { parseTree, getNodeValue } = jsoncModule();
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    // Only the first syntax error: the parser's later ones are mostly echoes of it.
    const first = errors[0] ?? { error: 4 /* ValueExpected */, offset: 0, length: 0 };
    throw new ConfigError({ file, ...at(first.offset), message: `Invalid JSON: ${describeJsonError(first, text)}.` });
  }
  const locate = (keyPath: readonly string[]): Position | undefined => {
    let node: JsonNode | undefined = tree;
    let found: Position | undefined;
    for (const segment of keyPath) {
      if (node?.type === 'object') {
        const property: JsonNode | undefined = node.children?.find((p) => p.children?.[0]?.value === segment);
        if (!property?.children?.[0]) break;
        found = at(property.children[0].offset);
        node = property.children[1];
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

function parseYaml(text: string, file: string): ParsedConfigSource {
  const at = positionAt(text);
  const { isMap, isScalar, isSeq, parseDocument } = yamlModule();
  const document: Document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const [first, ...rest] = document.errors.map(
      (e) => new ConfigError({ file, ...at(e.pos[0]), message: `Invalid YAML: ${e.message.split('\n')[0]}` }),
    );
    throw new ConfigError({ file, line: first.line, column: first.column, message: first.message }, rest);
  }
  const locate = (keyPath: readonly string[]): Position | undefined => {
    let node: unknown = document.contents;
    let found: Position | undefined;
    for (const segment of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        const range = isScalar(pair?.key) ? pair.key.range : undefined;
        if (!pair || !range) break;
        found = at(range[0]);
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(segment)) {
        const item = node.items[Number(segment)] as { range?: [number, number, number] } | undefined;
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
