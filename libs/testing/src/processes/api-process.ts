import { spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const REGISTER = join(__dirname, 'swc-register.js');
const ENTRIES = { api: 'apps/api/src/main.ts', worker: 'apps/api/src/worker.ts' } as const;
const READY = { api: /Allmende is running at (\S+)/, worker: /Allmende worker is running/ } as const;

/** An API (`npm start`) or worker (`npm run worker`) process of the real app, from the sources. */
export interface AppProcess {
  /** The API's base URL (empty for a worker). */
  url: string;
  pid: number;
  /** Everything it wrote, for a failing test's message. */
  output(): string;
  /**
   * Kills it at once (SIGKILL: no shutdown hooks, no last writes), as a crash or `kill -9` would.
   * The signal is sent before this returns (a fault hook may call it mid-answer); await the exit.
   */
  kill(): Promise<void>;
  /** Freezes it (SIGSTOP) at once: it runs no more code until killed; the signal is sent before this returns. */
  freeze(): void;
  /** Stops it as the operator would (SIGTERM: graceful shutdown). */
  stop(): Promise<void>;
}

/**
 * Starts the app in a process of its own with the given settings (DATABASE_URL, PORT=0, ...),
 * and resolves once it says it is ready. The child runs NODE_ENV=test like the suite, so the
 * payment provider refuses calls inside transactions there too.
 */
export async function startAppProcess(
  kind: keyof typeof ENTRIES,
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<AppProcess> {
  const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace('--experimental-vm-modules', '').trim();
  const child = spawn(process.execPath, ['-r', REGISTER, join(ROOT, ENTRIES[kind])], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: nodeOptions, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${kind} process did not start:\n${output}`)), options.timeoutMs ?? 90_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY[kind].exec(output);
      if (match) {
        clearTimeout(timer);
        ready(match[1] ?? '');
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`${kind} process exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const end = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    url,
    pid: child.pid!,
    output: () => output,
    freeze: () => void child.kill('SIGSTOP'),
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

/** A port nobody listens on now, for a process that must come back on the same one after a restart. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}
