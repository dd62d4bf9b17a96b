// The LSP life cycle, enforced on every incoming message before a handler
// sees it (issue 11, item 14); vscode-languageserver answers whatever
// arrives. As the specification says:
// - before `initialize`, requests get ServerNotInitialized and notifications
//   are dropped (`exit` aside);
// - a second `initialize` gets InvalidRequest;
// - after `shutdown`, requests get InvalidRequest and notifications other
//   than `exit` are dropped.
// And a request cancelled while it still waits in the connection's queue is
// answered RequestCancelled at once (requests already running are the
// handlers' business: see cancellation.ts).
import type { Connection, ConnectionOptions, RequestMessage, ResponseMessage } from 'vscode-languageserver/node';
import { ErrorCodes, LSPErrorCodes, Message, ResponseError } from './lsp-api.js';

/**
 * A refused request is rewritten to this method, whose handler answers the
 * error with the request's id: the gate itself cannot write to the client.
 */
const REFUSED = '$/mldl/refused';

interface Refusal {
  code: number;
  message: string;
}

export class LifecycleGate {
  private state: 'new' | 'running' | 'shut-down' = 'new';

  get shutDown(): boolean {
    return this.state === 'shut-down';
  }

  /** Options for createConnection. */
  readonly options: ConnectionOptions = {
    messageStrategy: {
      handleMessage: (message, next) => {
        const admitted = this.admit(message);
        // Not passing a message on drops it.
        if (admitted !== 'drop') return next(admitted ?? message);
      },
    },
    connectionStrategy: {
      cancelUndispatched: (message): ResponseMessage | undefined => {
        const id = (message as RequestMessage).id;
        if (!Message.isRequest(message) || id === null) return undefined;
        return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: `${message.method} was cancelled before it ran` } };
      },
    },
  };

  /** Registers the handler that answers refused requests. */
  install(connection: Connection): void {
    connection.onRequest(REFUSED, (refusal: Refusal) => {
      throw new ResponseError(refusal.code, refusal.message);
    });
  }

  /** undefined: let the message through as it is; 'drop'; or the message to handle instead. */
  private admit(message: Message): Message | 'drop' | undefined {
    if (Message.isRequest(message)) {
      const refuse = (code: number, reason: string): Message => ({ ...message, method: REFUSED, params: { code, message: `${message.method}: ${reason}` } } as RequestMessage);
      if (message.method === 'initialize') {
        if (this.state !== 'new') return refuse(ErrorCodes.InvalidRequest, 'the server is already initialized');
        this.state = 'running';
        return undefined;
      }
      if (this.state === 'new') return refuse(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
      if (this.state === 'shut-down') return refuse(ErrorCodes.InvalidRequest, 'the server is shutting down');
      if (message.method === 'shutdown') this.state = 'shut-down';
      return undefined;
    }
    if (Message.isNotification(message) && message.method !== 'exit' && this.state !== 'running') return 'drop';
    return undefined;
  }
}
