// Finds and merges configuration for a file, the way ESLint's .eslintrc
// cascade does: walk up from the file's directory collecting .mldlrc.json,
// .mldlrc.yaml, .mldlrc.yml or an `mldl` key in package.json, stop at a
// config that says `"root": true`, then apply them from the outermost
// directory to the innermost. Each layer first applies the presets it
// `extends`, then its own settings. Command-line settings come last.
//
// The search stops at the repository root (see server/io/repository.ts): a
// config above it belongs to someone else. Every file is read through
// readCheckedFile: a FIFO, a device, a huge file or a symlink out of the
// repository is one error line, never a hang and never its content echoed.
//
// Used by the CLI and the language server; results are cached per directory
// (call `clearCache()` when a config file changes).
import path from 'node:path';
import { isReadError, readCheckedFile } from '../io/read-file.js';
import { RepositoryBoundaries, type Boundary } from '../io/repository.js';
import { picomatchModule } from './deps.js';
import { ConfigError, displayPath } from './errors.js';
import { applyLayer, defaultConfig, presetConfig } from './presets.js';
import { validateRuleOptions } from './rule-options.js';
import { parseConfigSource, type ConfigSyntax, type ParsedConfigSource } from './source.js';
import type { ConfigFile, ResolvedConfig, RuleEntry } from './types.js';
import { validateConfig, type ConfigFault } from './validate.js';

/** Looked for in this order in each directory; the first one found is that directory's config. */
export const CONFIG_FILE_NAMES = ['.mldlrc.json', '.mldlrc.yaml', '.mldlrc.yml', 'package.json'] as const;

/** One configuration file, parsed and validated. */
export interface ConfigLayer {
  /** Absolute path of the file, or '' for command-line settings. */
  file: string;
  /** Directory that `include`/`exclude` patterns are relative to. */
  dir: string;
  config: ConfigFile;
}

/** Glob patterns together with where they are relative to and who set them. */
export interface PatternScope {
  patterns: string[];
  base: string;
  source: string;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Config files that contributed, outermost first. */
  files: string[];
  include: PatternScope;
  exclude: PatternScope;
}

export interface LoadOptions {
  /** Use this file instead of looking for config files (the CLI's `--config`). */
  configFile?: string;
  /**
   * Layers applied before any file, on top of `mldl:recommended`: e.g. editor
   * settings, which a project's .mldlrc should override.
   */
  defaults?: ConfigFile[];
  /** Layers applied after all files, e.g. `--preset` and `--rule` from the command line. */
  overrides?: ConfigFile[];
  /** Directory relative paths are resolved against; defaults to process.cwd(). */
  cwd?: string;
}

function syntaxOf(file: string): ConfigSyntax {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

/** Configuration is a few KB; a package.json of a large monorepo some hundreds. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** The file's text; undefined when it does not exist and `optional`. Throws ConfigError. */
function readText(file: string, within: string | undefined, optional: boolean): string | undefined {
  const read = readCheckedFile(file, { maxBytes: CONFIG_MAX_BYTES, within });
  if (!isReadError(read)) return read.bytes.toString('utf8');
  if (optional && read.failure === 'missing') return undefined;
  throw new ConfigError({ file, message: `Cannot read configuration file: ${read.message}.` });
}

function faultsToError(file: string, source: ParsedConfigSource, faults: ConfigFault[]): ConfigError {
  const errors = faults.map((fault) => {
    const position = source.locate(fault.at?.path ?? fault.key.split('.'), fault.at?.part) ?? { line: 1, column: 1 };
    return new ConfigError({ file, key: fault.key, ...position, message: fault.message });
  });
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const [first, ...rest] = errors;
  return new ConfigError(first, rest);
}

export interface ReadConfigOptions {
  requireMldlKey?: boolean;
  /** The repository the file must really live in (a symlink out of it is refused). */
  within?: string;
  /** A file that does not exist is no configuration (undefined), not an error. */
  optional?: boolean;
}

/**
 * Reads one configuration file. Returns undefined for a package.json without
 * an `mldl` key (it is not a config file then). Throws ConfigError.
 */
export function readConfigFile(file: string, options: ReadConfigOptions = {}): ConfigLayer | undefined {
  const isPackageJson = path.basename(file) === 'package.json';
  const text = readText(file, options.within, options.optional ?? false);
  if (text === undefined) return undefined;
  let source: ParsedConfigSource;
  try {
    source = parseConfigSource(text, syntaxOf(file), file);
  } catch (error) {
    // A broken package.json that never mentions mldl is some other tool's
    // fault; one that does would otherwise silently drop its settings.
    if (isPackageJson && !options.requireMldlKey && !text.includes('"mldl"')) return undefined;
    throw error;
  }
  let value = source.value;
  const prefix = isPackageJson ? 'mldl' : '';
  if (isPackageJson) {
    const hasKey = typeof value === 'object' && value !== null && !Array.isArray(value) && 'mldl' in value;
    if (!hasKey) {
      if (options.requireMldlKey) throw new ConfigError({ file, line: 1, column: 1, message: 'package.json has no "mldl" key.' });
      return undefined;
    }
    value = (value as Record<string, unknown>).mldl;
  }
  const { config, faults } = validateConfig(value, prefix);
  faults.push(...validateRuleOptions(config, prefix));
  if (faults.length > 0) throw faultsToError(file, source, faults);
  return { file, dir: path.dirname(file), config };
}

/** Applies layers, outermost first, on top of `mldl:recommended`. */
export function mergeLayers(layers: readonly ConfigLayer[], cwd: string): LoadedConfig {
  let config = defaultConfig();
  let include: PatternScope = { patterns: [], base: cwd, source: 'defaults' };
  let exclude: PatternScope = { patterns: [], base: cwd, source: 'defaults' };
  for (const layer of layers) {
    for (const preset of layer.config.extends === undefined ? [] : [layer.config.extends].flat()) {
      config = applyLayer(config, presetConfig(preset));
    }
    config = applyLayer(config, layer.config);
    const source = layer.file || 'command line';
    if (layer.config.include) include = { patterns: layer.config.include, base: layer.dir, source };
    if (layer.config.exclude) exclude = { patterns: layer.config.exclude, base: layer.dir, source };
  }
  return { config, files: layers.filter((l) => l.file).map((l) => l.file), include, exclude };
}

/** Where a search for configuration stopped short of the file system root, for --verbose. */
export type SearchStop = Boundary;

export class ConfigLoader {
  private readonly cwd: string;
  private readonly boundaries: RepositoryBoundaries;
  /** Config found in a directory (null: none), or the error reading it. */
  private readonly ownConfig = new Map<string, ConfigLayer | null | ConfigError>();
  /** The config files that apply in a directory, outermost first. */
  private readonly chains = new Map<string, ConfigLayer[]>();
  /** Resolved configuration per directory. */
  private readonly resolved = new Map<string, LoadedConfig | ConfigError>();
  private readonly stops = new Map<string, SearchStop>();

  constructor(private readonly options: LoadOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.boundaries = new RepositoryBoundaries(this.cwd);
  }

  /** Configuration for a file (which need not exist). Throws ConfigError. */
  load(filePath: string): LoadedConfig {
    const dir = path.dirname(path.resolve(this.cwd, filePath));
    let entry = this.resolved.get(dir);
    if (!entry) {
      try {
        entry = mergeLayers([...this.settingLayers(this.options.defaults), ...this.fileLayers(dir), ...this.settingLayers(this.options.overrides)], this.cwd);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        entry = error;
      }
      this.resolved.set(dir, entry);
    }
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }

  /** The repository roots (or working directories) where a search stopped before the file system root. */
  searchStops(): SearchStop[] {
    return [...this.stops.values()];
  }

  clearCache(): void {
    this.ownConfig.clear();
    this.chains.clear();
    this.resolved.clear();
  }

  /** Settings that come from no file: their include/exclude patterns are relative to cwd. */
  private settingLayers(configs: ConfigFile[] | undefined): ConfigLayer[] {
    return (configs ?? []).map((config) => ({ file: '', dir: this.cwd, config }));
  }

  private fileLayers(dir: string): ConfigLayer[] {
    if (this.options.configFile) {
      const file = path.resolve(this.cwd, this.options.configFile);
      const within = this.boundaries.boundaryOf(path.dirname(file)).dir;
      return [this.cached(file, () => readConfigFile(file, { requireMldlKey: true, within }) ?? null)].filter(isLayer);
    }
    return this.chainFor(dir);
  }

  /**
   * The config files from the boundary (or the nearest `"root": true`) down to
   * `dir`. Each directory's chain is its parent's plus its own file, and is
   * kept: a walk over a deep tree reads each directory once and stays linear.
   */
  private chainFor(dir: string): ConfigLayer[] {
    const boundary = this.boundaries.boundaryOf(dir);
    const pending: Array<{ dir: string; own: ConfigLayer | null }> = [];
    let chain: ConfigLayer[] = [];
    for (let current = dir; ; current = path.dirname(current)) {
      const known = this.chains.get(current);
      if (known) {
        chain = known;
        break;
      }
      const own = this.cached(current, () => findConfigIn(current, boundary.dir));
      pending.push({ dir: current, own });
      if (own?.config.root) break;
      if (current === boundary.dir) {
        if (path.dirname(current) !== current) this.stops.set(current, boundary);
        break;
      }
      if (path.dirname(current) === current) break;
    }
    for (const { dir: visited, own } of pending.reverse()) {
      if (own) chain = own.config.root ? [own] : [...chain, own];
      this.chains.set(visited, chain);
    }
    return chain;
  }

  private cached(key: string, read: () => ConfigLayer | null): ConfigLayer | null {
    let entry = this.ownConfig.get(key);
    if (entry === undefined) {
      try {
        entry = read();
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        entry = error;
      }
      this.ownConfig.set(key, entry);
    }
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }
}

function isLayer(layer: ConfigLayer | null): layer is ConfigLayer {
  return layer !== null;
}

/** The config file of one directory, by the priority of CONFIG_FILE_NAMES; `within`: the repository. */
export function findConfigIn(dir: string, within?: string): ConfigLayer | null {
  for (const name of CONFIG_FILE_NAMES) {
    const layer = readConfigFile(path.join(dir, name), { within, optional: true });
    if (layer) return layer;
  }
  return null;
}

const sharedLoader = new ConfigLoader();

/**
 * Configuration for a file: `{config, files}`. Throws ConfigError naming the
 * file, key and position of the first fault.
 */
export function loadConfigFor(filePath: string, options: LoadOptions = {}): LoadedConfig {
  const plain = !options.configFile && !options.overrides?.length && !options.defaults?.length && !options.cwd;
  return (plain ? sharedLoader : new ConfigLoader(options)).load(filePath);
}

/** Compiled matchers by pattern list: the lists come from resolved configs shared by every file of a directory. */
const matchers = new WeakMap<string[], (relative: string) => boolean>();

function globMatcher(patterns: string[]): (relative: string) => boolean {
  let matcher = matchers.get(patterns);
  if (!matcher) matchers.set(patterns, (matcher = compileGlobs(patterns)));
  return matcher;
}

function compileGlobs(patterns: string[]): (relative: string) => boolean {
  // As in .gitignore: "drafts/" means everything under any directory called
  // drafts, a pattern without a slash ("*.draft.md") matches the file name at
  // any depth (a directory of that name takes everything in it), and a
  // leading "/" anchors to the config's directory.
  // (picomatch's own `basename` option also applies to patterns with slashes.)
  const byName: string[] = [];
  const byPath: string[] = [];
  for (const p of patterns) {
    if (p.startsWith('/')) byPath.push(p.slice(1).replace(/\/$/, '/**'));
    else if (p.endsWith('/')) byPath.push(p.slice(0, -1).includes('/') ? `${p}**` : `**/${p}**`);
    else (p.includes('/') ? byPath : byName).push(p);
  }
  const picomatch = picomatchModule();
  const nameMatches = byName.length > 0 ? picomatch(byName, { dot: true }) : () => false;
  const pathMatches = byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false;
  return (relative) => pathMatches(relative) || relative.split('/').some((segment) => nameMatches(segment));
}

function relativeInside(base: string, file: string): string | undefined {
  const relative = path.relative(base, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * Why configuration leaves this file out (`include`/`exclude`), or undefined
 * when the file is in scope.
 */
export function outOfScopeReason(loaded: LoadedConfig, filePath: string, cwd = process.cwd()): string | undefined {
  const file = path.resolve(cwd, filePath);
  const { exclude, include } = loaded;
  if (exclude.patterns.length > 0) {
    const relative = relativeInside(exclude.base, file);
    if (relative !== undefined && globMatcher(exclude.patterns)(relative)) {
      return `matches "exclude" in ${displayPath(exclude.source, cwd)}`;
    }
  }
  if (include.patterns.length > 0) {
    const relative = relativeInside(include.base, file);
    if (relative === undefined || !globMatcher(include.patterns)(relative)) {
      return `not matched by "include" in ${displayPath(include.source, cwd)}`;
    }
  }
  return undefined;
}

/** A resolved configuration written back as a config file (for `--print-config`). */
export function toConfigFile(config: ResolvedConfig): ConfigFile {
  const rules: Record<string, RuleEntry> = {};
  for (const [id, setting] of Object.entries(config.rules)) {
    rules[id] = Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : setting.severity;
  }
  const file: ConfigFile = { rules, detect: config.detect, include: config.include, exclude: config.exclude, maxDocumentSize: config.maxDocumentSize };
  if (config.system) file.system = config.system;
  return file;
}
