// Document size limits as users write them: a number of bytes, or "5MB",
// "500 KB", "2mb" (1 KB = 1024 bytes, 1 MB = 1024 KB, as file managers count).
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Bytes for a size setting, or undefined when it is not a positive size. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

export const SIZE_EXPECTED = 'a size such as 5MB, 500KB or a number of bytes';
