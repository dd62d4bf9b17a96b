// Generated regions inside hand-written files: the text between a start and an
// end marker (HTML comments, invisible when the Markdown is rendered) belongs
// to `npm run generate`; everything around it belongs to the writer.

/** A fault the writer must fix by hand (a marker missing or doubled), with file and line. */
export class GenerateError extends Error {}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * `text` with the region between `start` and the next `end` replaced by
 * `body` (line endings follow the file's), or undefined when the file has no
 * `start` marker. Throws GenerateError when the markers are unbalanced.
 */
export function replaceRegion(text: string, markers: { start: string; end: string }, body: string, fileName: string): string | undefined {
  const { start: startMarker, end: endMarker } = markers;
  const start = text.indexOf(startMarker);
  if (start === -1) return undefined;
  const second = text.indexOf(startMarker, start + startMarker.length);
  if (second !== -1) {
    throw new GenerateError(`${fileName}:${lineOf(text, second)}: a second ${startMarker}; keep one`);
  }
  const end = text.indexOf(endMarker, start + startMarker.length);
  if (end === -1) throw new GenerateError(`${fileName}:${lineOf(text, start)}: ${startMarker} has no ${endMarker} after it`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text.slice(0, start + startMarker.length)}${eol}${body.split('\n').join(eol)}${eol}${text.slice(end)}`;
}
