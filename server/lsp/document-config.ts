// Which configuration reviews a document: the editor settings first, then the
// configuration files found next to the document (they override settings, so
// a team's .mldlrc wins over one writer's preferences), then `include` /
// `exclude` decide whether the file is reviewed at all.
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { ConfigLoader, mergeLayers, outOfScopeReason, readConfigFile, type ConfigLayer } from '../config/load.js';
import type { ConfigFile, ResolvedConfig } from '../config/types.js';
import { validateConfig } from '../config/validate.js';
import type { MldlSettings } from './protocol.js';

export type DocumentConfig =
  | { kind: 'config'; config: ResolvedConfig; files: string[] }
  | { kind: 'out-of-scope'; reason: string }
  | { kind: 'error'; error: ConfigError };

export interface SettingsLayer {
  layer: ConfigFile;
  /** Settings that were ignored, e.g. "mldl.rules.foo: Unknown rule …". */
  problems: string[];
}

/** The `mldl` settings as a configuration layer: preset, per-rule severities, detection. */
export function settingsLayer(settings: MldlSettings): SettingsLayer {
  const { config, problems } = validateConfig({ rules: settings.rules }, 'mldl');
  return {
    layer: { extends: [`mldl:${settings.preset}`], rules: config.rules ?? {}, detect: settings.autoDetect ? 'auto' : 'always' },
    problems: problems.map((p) => `${p.key}: ${p.message}`),
  };
}

export class DocumentConfigResolver {
  private readonly loader = new ConfigLoader();

  /** Forget cached config files (one changed on disk). */
  clearCache(): void {
    this.loader.clearCache();
  }

  /**
   * Configuration for a document. `filePath` is undefined for documents that
   * are not files (untitled buffers): only the settings apply then.
   */
  resolve(filePath: string | undefined, settings: ConfigFile, workspaceRoot: string | undefined): DocumentConfig {
    const cwd = workspaceRoot ?? (filePath ? path.dirname(filePath) : process.cwd());
    const settingsOnly: ConfigLayer = { file: '', dir: cwd, config: settings };
    if (!filePath) return { kind: 'config', config: mergeLayers([settingsOnly], cwd).config, files: [] };
    try {
      const found = this.loader.load(filePath);
      // Re-read the contributing files (the loader caches them) to merge them
      // over the settings: the loader itself starts from the built-in preset.
      const fileLayers = found.files
        .map((file) => readConfigFile(file))
        .filter((layer): layer is ConfigLayer => layer !== undefined);
      const merged = mergeLayers([settingsOnly, ...fileLayers], cwd);
      const reason = outOfScopeReason(merged, filePath, cwd);
      if (reason) return { kind: 'out-of-scope', reason };
      return { kind: 'config', config: merged.config, files: merged.files };
    } catch (error) {
      if (error instanceof ConfigError) return { kind: 'error', error };
      throw error;
    }
  }
}
