// Insertions → LSP WorkspaceEdit, in the richest form the client accepts:
// versioned document changes (so a client refuses to apply an edit to a
// newer text), snippet edits with tab stops, or plain text edits.
import type { ClientCapabilities, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Text to insert at an offset of the reviewed snapshot; `snippet` when it has tab stops. */
export interface TextInsertion {
  offset: number;
  text: string;
  snippet?: string;
  /** Text at `offset` replaced by `text`: only a bare placeholder line (server/engine/fixes.ts). */
  replaces?: string;
}

export interface EditSupport {
  documentChanges: boolean;
  /**
   * 'lsp': LSP 3.18 SnippetTextEdit; 'experimental': rust-analyzer's
   * `experimental.snippetTextEdit` (a TextEdit with insertTextFormat 2);
   * 'none': plain text only.
   */
  snippets: 'lsp' | 'experimental' | 'none';
}

export function editSupportOf(capabilities: ClientCapabilities): EditSupport {
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  const documentChanges = workspaceEdit?.documentChanges === true;
  const experimental = (capabilities.experimental as { snippetTextEdit?: unknown } | undefined)?.snippetTextEdit === true;
  let snippets: EditSupport['snippets'] = 'none';
  if (documentChanges && workspaceEdit?.snippetEditSupport === true) snippets = 'lsp';
  else if (experimental) snippets = 'experimental';
  return { documentChanges, snippets };
}

type AnyEdit = TextEdit | { range: TextEdit['range']; snippet: { kind: 'snippet'; value: string } } | (TextEdit & { insertTextFormat: 2 });

function toEdit(snapshot: TextDocument, insertion: TextInsertion, support: EditSupport, allowSnippet: boolean): AnyEdit {
  const position = snapshot.positionAt(insertion.offset);
  const range = { start: position, end: snapshot.positionAt(insertion.offset + (insertion.replaces?.length ?? 0)) };
  if (allowSnippet && insertion.snippet !== undefined) {
    if (support.snippets === 'lsp') return { range, snippet: { kind: 'snippet', value: insertion.snippet } };
    if (support.snippets === 'experimental') return { range, newText: insertion.snippet, insertTextFormat: 2 };
  }
  return { range, newText: insertion.text };
}

/**
 * A WorkspaceEdit inserting `insertions` into the snapshot. Snippets are used
 * only for a single insertion: tab stops of several snippets would clash.
 */
export function insertionEdit(snapshot: TextDocument, insertions: readonly TextInsertion[], support: EditSupport): WorkspaceEdit {
  const allowSnippet = insertions.length === 1;
  const edits = insertions.map((insertion) => toEdit(snapshot, insertion, support, allowSnippet));
  if (support.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version }, edits: edits as TextEdit[] }] };
  }
  // Without documentChanges a client takes only plain TextEdits.
  const plain = insertions.map((insertion) => toEdit(snapshot, insertion, { ...support, snippets: 'none' }, false) as TextEdit);
  return { changes: { [snapshot.uri]: plain } };
}
