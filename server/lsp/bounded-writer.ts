// Writes LSP messages to stdout with a bound on what waits to be written
// (issue 11, item 14). vscode-jsonrpc's stream writer waits for each write to
// be flushed before it starts the next and queues the rest without limit: a
// client that stops reading made replies pile up in the server (600 MB).
// Here messages go to the stream while it is not backed up; beyond
// HIGH_WATER_BYTES they wait in our own queue, where
// - diagnostics of a document replace the ones still waiting for it (only
//   the newest version's matter), and
// - other messages wait up to MAX_QUEUED_BYTES in total; past that they are
//   dropped, and one line says how many.
// Written from scratch rather than wrapping the library's writer because its
// queue is what must be bounded; the framing is the one LSP defines.
import type { Message, MessageWriter } from 'vscode-languageserver/node';
import { AbstractMessageWriter } from './lsp-api.js';

/** Bytes in the stream's own buffer above which messages wait in our queue. */
export const HIGH_WATER_BYTES = 1024 * 1024;
/** Bytes of serialized messages (diagnostics aside) our queue holds at most. */
export const MAX_QUEUED_BYTES = 16 * 1024 * 1024;

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

function diagnosticsUri(message: Message): string | undefined {
  const { method, params } = message as { method?: unknown; params?: { uri?: unknown } };
  return method === PUBLISH_DIAGNOSTICS && typeof params?.uri === 'string' ? params.uri : undefined;
}

function frame(message: Message): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

export class BoundedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private readonly queue: Buffer[] = [];
  private queuedBytes = 0;
  /** Newest diagnostics per document, kept as messages (their data is alive in the server anyway). */
  private readonly diagnostics = new Map<string, Message>();
  private dropped = 0;
  private waitingForDrain = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { writableLength: number },
    private readonly report: (fault: string) => void,
  ) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const uri = diagnosticsUri(message);
    if (uri !== undefined) {
      this.diagnostics.delete(uri);
      this.diagnostics.set(uri, message);
    } else {
      const framed = frame(message);
      if (this.queuedBytes + framed.length > MAX_QUEUED_BYTES) {
        if (this.dropped++ === 0) this.report(`the client is not reading: more than ${MAX_QUEUED_BYTES} bytes of output wait; dropping messages until it reads`);
      } else {
        this.queue.push(framed);
        this.queuedBytes += framed.length;
      }
    }
    this.flush();
    // Accepted (or dropped on purpose): the caller has nothing to wait for.
    return Promise.resolve();
  }

  end(): void {
    this.stream.end();
  }

  private flush(): void {
    while (this.stream.writableLength < HIGH_WATER_BYTES) {
      let next = this.queue.shift();
      if (next) this.queuedBytes -= next.length;
      else next = this.nextDiagnostics();
      if (!next) break;
      this.stream.write(next);
    }
    if (this.queue.length === 0 && this.diagnostics.size === 0) {
      if (this.dropped > 0) this.report(`the client reads again; ${this.dropped} message(s) were dropped meanwhile`);
      this.dropped = 0;
      return;
    }
    if (!this.waitingForDrain) {
      this.waitingForDrain = true;
      this.stream.once('drain', () => {
        this.waitingForDrain = false;
        this.flush();
      });
    }
  }

  private nextDiagnostics(): Buffer | undefined {
    const first = this.diagnostics.entries().next();
    if (first.done) return undefined;
    this.diagnostics.delete(first.value[0]);
    return frame(first.value[1]);
  }
}
