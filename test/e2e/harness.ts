// Drives a real VS Code: code-server 4.100.3 (VS Code 1.100.3, installed by
// scripts/install-code-server.sh outside the repo) in Debian's chromium via
// playwright-core. See README "Testing" for why this and not @vscode/test-*.
// This file only exports helpers; vscode.test.ts is the test.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';

export function codeServerPath(): string {
  if (process.env.MLDL_CODE_SERVER) return process.env.MLDL_CODE_SERVER;
  const home = process.env.MLDL_E2E_HOME ?? join(homedir(), '.cache', 'mldl-e2e');
  return join(home, 'code-server', 'node_modules', '.bin', 'code-server');
}

export function chromiumPath(): string {
  return process.env.MLDL_CHROMIUM ?? '/usr/bin/chromium';
}

/** What is missing to run the real-editor test, empty when nothing is. */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!existsSync(codeServerPath())) missing.push(`code-server ${CODE_SERVER_VERSION} (bash scripts/install-code-server.sh)`);
  if (!existsSync(chromiumPath())) missing.push('chromium (apt-get install -y chromium)');
  return missing;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  url: string;
  /** `vscode-remote://` authority of this server, for payload URIs. */
  authority: string;
  output(): string;
  stop(): Promise<void>;
}

/** Fresh per run: settings, extensions and XDG folders, so nothing from the machine leaks in. */
export interface Profile {
  userDataDir: string;
  extensionsDir: string;
  xdgDir: string;
}

export function makeProfile(dir: string, settings: Record<string, unknown>): Profile {
  const profile = { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions'), xdgDir: join(dir, 'xdg') };
  for (const folder of Object.values(profile)) mkdirSync(folder, { recursive: true });
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return profile;
}

function environment(profile: Profile): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(profile.xdgDir, 'config'),
    XDG_DATA_HOME: join(profile.xdgDir, 'data'),
    XDG_CACHE_HOME: join(profile.xdgDir, 'cache'),
  };
}

export function installExtension(vsix: string, profile: Profile): string {
  return execFileSync(codeServerPath(), ['--install-extension', vsix, '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir], {
    env: environment(profile),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function startCodeServer(workspace: string, profile: Profile): Promise<CodeServer> {
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    workspace,
  ];
  const child: ChildProcess = spawn(codeServerPath(), args, { env: environment(profile), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // code-server forks a child for the workbench: stop the whole process group.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { url, authority: `127.0.0.1:${port}`, output: () => output, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`code-server did not answer /healthz within 30 s:\n${output}`);
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // Playwright gives every launch a fresh temporary profile.
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ExtensionTestRun {
  exitCode: number;
  log: string[];
}

/**
 * Opens the workbench with an extension under development and a test suite
 * module, like @vscode/test-electron does, and waits for the suite to finish.
 */
export async function runExtensionTests(
  page: Page,
  server: CodeServer,
  options: { folder: string; extensionDevelopmentPath: string; extensionTestsPath: string; timeoutMs: number },
): Promise<ExtensionTestRun> {
  const log: string[] = [];
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const line = `[${type}] ${(Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`;
    log.push(line);
    if (process.env.MLDL_E2E_VERBOSE || line.includes('[mldl-e2e]')) console.log(`    ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  const remote = (path: string): string => `vscode-remote://${server.authority}${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(options.extensionTestsPath)],
  ]);
  const url = `${server.url}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(payload)}`;
  await page.goto(url);
  const timeout = new Promise<number>((resolve) =>
    setTimeout(() => {
      log.push(`[driver] suite did not finish within ${options.timeoutMs} ms`);
      resolve(124);
    }, options.timeoutMs).unref(),
  );
  const exitCode = await Promise.race([finished, timeout]);
  return { exitCode, log };
}
