// Serves dist/ with the production nginx configuration on 127.0.0.1, in the foreground.
// Used by the browser tests, so CSP and headers are tested as they will run.
// Usage: node scripts/serve-nginx.mjs [port] [run folder] [site folder, default dist]
// As root its workers run as root, so they can read a checkout under a 0700 folder (NGINX_USER: see
// workerUser in nginx-config.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderConfig, workerUser } from './nginx-config.mjs';

const port = process.argv[2] ?? '4329';
// Its own folder per caller (pid file, config, logs), so the load test can run beside the tests.
const dir = resolve(process.argv[3] ?? 'build/nginx-run');
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
if (!nginx) {
  console.error('nginx is missing: apt-get install nginx (the browser tests run against it)');
  process.exit(1);
}
mkdirSync(`${dir}/logs`, { recursive: true });
const site = renderConfig({
  root: resolve(process.argv[4] ?? 'dist'),
  listen: `127.0.0.1:${port}`,
  serverName: 'localhost',
  accessLog: `${dir}/logs/access.log`,
});
writeFileSync(`${dir}/site.conf`, site);
writeFileSync(
  `${dir}/nginx.conf`,
  `daemon off;
${workerUser()}
worker_processes 1;
worker_rlimit_nofile 16384;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
# The link check and the load test keep their connections alive (nginx keeps them 75 s). At 1024
# nginx warned «not enough, reusing connections» in most full runs, and once closed connections a
# fetch was using: 244 links «fetch failed» in one run of links.spec.ts.
events { worker_connections 8192; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  sendfile on;
  include ${dir}/site.conf;
}
`
);
const child = spawn(nginx, ['-p', dir, '-c', `${dir}/nginx.conf`], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
