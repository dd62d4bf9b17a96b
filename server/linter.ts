// The linter as the CLI, the language server and the scripts use it: the
// engine (server/engine/) bound to the built-in rule catalog (rules/), the
// default configuration and front-matter settings (server/config/) and the
// interview problem bank (server/interview/). The engine takes all of these
// as inputs; this is the one place that supplies them.
import { ALL_RULES } from '../rules/index.js';
import { readFrontMatterSettings } from './config/front-matter.js';
import { defaultConfig } from './config/presets.js';
import { lint as lintWith, lintDesignDoc as lintDesignDocWith, type LintOptions, type LintResult } from './engine/lint.js';
import type { DesignDoc } from './engine/model.js';
import { PROBLEM_IDS } from './interview/problems.js';

/** LintOptions where the catalog and the configuration default to the built-in ones. */
export type LinterOptions = Omit<LintOptions, 'rules' | 'config' | 'frontMatterSettings' | 'knownProblems'> &
  Partial<Pick<LintOptions, 'rules' | 'config'>>;

/** The engine's options with the built-in catalog, default configuration, front-matter settings and problem ids filled in. */
export function lintOptions(options: LinterOptions = {}): LintOptions {
  return {
    ...options,
    rules: options.rules ?? ALL_RULES,
    config: options.config ?? defaultConfig(),
    frontMatterSettings: readFrontMatterSettings,
    knownProblems: PROBLEM_IDS,
  };
}

export function lint(text: string, options: LinterOptions = {}): LintResult {
  return lintWith(text, lintOptions(options));
}

export function lintDesignDoc(doc: DesignDoc, options: LinterOptions = {}): LintResult {
  return lintDesignDocWith(doc, lintOptions(options));
}
