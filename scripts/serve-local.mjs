// Starts scripts/serve-nginx.mjs on a free 127.0.0.1 port for a measurement, and stops it after.
// Only loopback: the measurements never send traffic anywhere else.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** nginx serving dist/ (or another built site) with the production config; returns { base, stop }. */
export async function startNginx(runDir, root = 'dist') {
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/ mangler: kjør «npm run build» først`);
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve-nginx.mjs', String(port), runDir, root], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error('nginx stoppet før den svarte');
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx svarte ikke på ${base}`);
}
