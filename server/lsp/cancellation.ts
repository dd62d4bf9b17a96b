// `$/cancelRequest` for requests already running (issue 11, item 14). A
// handler that waits for a review stops waiting when its request is
// cancelled and answers RequestCancelled, as LSP asks; the review itself goes
// on, since other requests for the same version share it.
import type { CancellationToken } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from './lsp-api.js';

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** `work`'s outcome, or RequestCancelled as soon as `token` is cancelled. */
export function unlessCancelled<T>(token: CancellationToken | undefined, work: Promise<T>): Promise<T> {
  if (!token) return work;
  if (token.isCancellationRequested) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      reject(cancelledError());
    });
    work.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}
