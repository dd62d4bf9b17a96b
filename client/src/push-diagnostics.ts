// Asks the server for push diagnostics (textDocument/publishDiagnostics)
// instead of the pull model. vscode-languageclient pulls diagnostics only for
// documents visible in an editor tab, so "Lint all design docs in the
// workspace", which opens documents without showing them, would see nothing;
// pushed diagnostics reach the Problems panel for every open document.
// Registered after the built-in features, so its fillClientCapabilities runs
// last and withdraws what the DiagnosticFeature announced.
import type { ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient/node';

export class PushDiagnosticsFeature implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    if (capabilities.textDocument) delete capabilities.textDocument.diagnostic;
    if (capabilities.workspace) delete capabilities.workspace.diagnostics;
  }

  initialize(): void {}

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {}
}
