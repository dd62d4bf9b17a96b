// The editor's `mldl` settings, read defensively: a client may send anything.
import { PRESET_NAMES } from '../config/presets.js';
import { DEFAULT_SETTINGS, type MldlSettings } from './protocol.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings as sent by the client, with every missing or mistyped key replaced by its default. */
export function normalizeSettings(raw: unknown): MldlSettings {
  const input = isRecord(raw) ? raw : {};
  const preset = (PRESET_NAMES as readonly unknown[]).includes(input.preset) ? (input.preset as MldlSettings['preset']) : DEFAULT_SETTINGS.preset;
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : DEFAULT_SETTINGS.enable,
    run: input.run === 'onSave' ? 'onSave' : 'onType',
    preset,
    rules: isRecord(input.rules) ? input.rules : {},
    autoDetect: typeof input.autoDetect === 'boolean' ? input.autoDetect : DEFAULT_SETTINGS.autoDetect,
  };
}
