// Which configuration reviews a document: the editor settings first, then the
// configuration files found next to the document (they override settings, so
// a team's .mldlrc wins over one writer's preferences), then `include` /
// `exclude` decide whether the file is reviewed at all.
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { ConfigLoader, mergeLayers, outOfScopeReason } from '../config/load.js';
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
  faults: string[];
}

/** The `mldl` settings as a configuration layer: preset, per-rule severities, detection. */
export function settingsLayer(settings: MldlSettings): SettingsLayer {
  const { config, faults } = validateConfig({ rules: settings.rules }, 'mldl');
  return {
    layer: { extends: [`mldl:${settings.preset}`], rules: config.rules ?? {}, detect: settings.autoDetect ? 'auto' : 'always' },
    faults: faults.map((p) => `${p.key}: ${p.message}`),
  };
}

export class DocumentConfigResolver {
  /**
   * One loader per distinct settings layer and workspace root (settings can
   * differ per folder in a multi-root workspace); each caches config files
   * per directory.
   */
  private readonly loaders = new Map<string, ConfigLoader>();

  /** Forget cached config files (one changed on disk). */
  clearCache(): void {
    this.loaders.clear();
  }

  /**
   * Configuration for a document. `filePath` is undefined for documents that
   * are not files (untitled buffers): only the settings apply then.
   */
  resolve(filePath: string | undefined, settings: ConfigFile, workspaceRoot: string | undefined): DocumentConfig {
    const cwd = workspaceRoot ?? (filePath ? path.dirname(filePath) : process.cwd());
    if (!filePath) return { kind: 'config', config: mergeLayers([{ file: '', dir: cwd, config: settings }], cwd).config, files: [] };
    const key = JSON.stringify([cwd, settings]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new ConfigLoader({ cwd, defaults: [settings] });
      this.loaders.set(key, loader);
    }
    try {
      const loaded = loader.load(filePath);
      const reason = outOfScopeReason(loaded, filePath, cwd);
      if (reason) return { kind: 'out-of-scope', reason };
      return { kind: 'config', config: loaded.config, files: loaded.files };
    } catch (error) {
      if (error instanceof ConfigError) return { kind: 'error', error };
      throw error;
    }
  }
}
