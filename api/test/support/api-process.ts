import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pause } from './sockets.js';

/** The built server, as `npm start` runs it. */
export const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface ApiProcess {
  proc: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: string;
  exited: Promise<number | null>;
}

/**
 * Starts the built server with `env` and resolves once it says where it is running (killing it
 * when it does not start).
 */
export async function startApiProcess(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const proc = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const s: ApiProcess = {
    proc,
    output: '',
    exited: new Promise((resolve) => proc.once('exit', (code) => resolve(code))),
  };
  proc.stdout!.on('data', (d) => (s.output += d));
  proc.stderr!.on('data', (d) => (s.output += d));
  const deadline = Date.now() + 60_000;
  while (!s.output.includes('Kizuna is running at')) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not start:\n${s.output}`);
    }
    await pause(100);
  }
  return s;
}
