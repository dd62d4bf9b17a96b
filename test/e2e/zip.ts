// Lists the entries of a .zip (a .vsix is one) from its central directory, so
// the packaging test needs no `unzip` binary. Handles the plain (non-zip64)
// archives vsce writes.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
  /** The entry's bytes, uncompressed (stored and deflated entries). */
  read(): Buffer;
}

export function listZip(path: string): ZipEntry[] {
  const data = readFileSync(path);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path}: not a zip archive (no end of central directory)`);
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${path}: broken central directory at byte ${offset}`);
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const size = data.readUInt32LE(offset + 24);
    const localHeader = data.readUInt32LE(offset + 42);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    const read = (): Buffer => {
      const start = localHeader + 30 + data.readUInt16LE(localHeader + 26) + data.readUInt16LE(localHeader + 28);
      const raw = data.subarray(start, start + compressedSize);
      if (method === 0) return Buffer.from(raw);
      if (method === 8) return inflateRawSync(raw);
      throw new Error(`${path}: ${name} uses compression method ${method}`);
    };
    entries.push({ name, size, read });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
