// Run the built kutip CLI without blocking the test's event loop, so a server in the test process
// (the loopback page server) can answer it. Killed after `timeoutMs` whatever happens.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, root, type Run } from './run.js';

export function kutipAsync(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/app/cli.js'), ...args], { cwd: root, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const safety = setTimeout(() => child.kill('SIGKILL'), timeoutMs).unref();
    child.on('close', (status) => {
      clearTimeout(safety);
      resolve({ status, stdout, stderr });
    });
  });
}
