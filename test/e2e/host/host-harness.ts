// Helpers shared by the suites that run inside the VS Code extension host.
import * as vscode from 'vscode';

export function log(message: string): void {
  console.log(`[mldl-e2e] ${message}`);
}

/** Polls `probe` until it returns a value (not undefined or false); its errors are retried and the last one reported. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

type Check = [name: string, body: () => Promise<void>];

/** Checks run in order, each with a log line; a suite's `run()` is `checks.run(...)`. */
export class Checks {
  private readonly list: Check[] = [];

  add(name: string, body: () => Promise<void>): void {
    this.list.push([name, body]);
  }

  /** Runs the checks; after a failure, `stop()` decides whether the later ones can still run. Throws if any failed. */
  async run(stop: () => boolean): Promise<void> {
    const failures: string[] = [];
    let ran = 0;
    for (const [name, body] of this.list) {
      ran++;
      const started = Date.now();
      try {
        await body();
        log(`ok   ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failures.push(name);
        log(`FAIL ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (stop()) break;
      }
    }
    log(`${ran - failures.length}/${this.list.length} checks passed`);
    if (failures.length > 0 || ran < this.list.length) throw new Error(`${failures.length} check(s) failed: ${failures.join('; ')}`);
  }
}

/** A diagnostic's code as a string (VS Code gives `{ value, target }` when the code links to the rule's page). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The diagnostics mldl published for `uri`. */
export function mldlDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mldl');
}
