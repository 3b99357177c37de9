// Starts the real host (SQLite in a temp folder, demo data, random port), checks the typed client against the
// host's OpenAPI document, runs the Playwright specs in Debian's Chromium, then stops the host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const client = resolve(import.meta.dirname, '..');
const repo = resolve(client, '..');
const hostDir = join(repo, 'src/UserOps.Community.Host');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium} (apt-get install chromium)`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`!! ${message}: the browser tests are skipped here (CI makes them mandatory)`);
  process.exit(0);
}

const configurations = process.env.E2E_HOST_CONFIGURATION ? [process.env.E2E_HOST_CONFIGURATION] : ['Release', 'Debug'];
const dll = configurations
  .map((c) => join(hostDir, `bin/${c}/net10.0/UserOps.Community.Host.dll`))
  .filter(existsSync)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!dll) throw new Error('Build the host first (dotnet build UserOps.Community.sln)');
if (!existsSync(join(client, 'dist/index.html'))) throw new Error('Build the web client first (npm run build)');

const port = await new Promise((ok) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => ok(port));
  });
});
const data = mkdtempSync(join(tmpdir(), 'community-e2e-'));
const baseUrl = `http://127.0.0.1:${port}`;
const host = spawn('dotnet', [
  dll,
  `--Urls=${baseUrl}`,
  `--ConnectionStrings:Community=Data Source=${join(data, 'community.db')}`,
  '--Seed:Demo=true',
  `--WebClient:Path=${join(client, 'dist')}`,
  // The specs sign in and write more often than a person would.
  '--RateLimiting:Auth:PermitLimit=1000',
  '--RateLimiting:Writes:PermitLimit=5000',
], { cwd: hostDir, env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development' }, stdio: ['ignore', 'pipe', 'pipe'] });
let hostLog = '';
host.stdout.on('data', (d) => (hostLog += d));
host.stderr.on('data', (d) => (hostLog += d));

const stop = () => {
  host.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
};
process.on('SIGINT', () => { stop(); process.exit(130); });

let status = 1;
try {
  await waitReady(`${baseUrl}/health/ready`, 120_000);
  console.log(`== host ready at ${baseUrl}`);
  status = run('node', [join(client, 'scripts/check-api.mjs'), `${baseUrl}/openapi/v1.json`]);
  if (status === 0) status = run('npx', ['playwright', 'test', ...process.argv.slice(2)], { E2E_BASE_URL: baseUrl });
} catch (error) {
  console.error(String(error));
  console.error(hostLog.slice(-4000));
} finally {
  // A failing browser test is often explained by the server: keep its log next to the screenshots.
  if (status !== 0) {
    mkdirSync(join(client, 'test-results'), { recursive: true });
    writeFileSync(join(client, 'test-results', 'host.log'), hostLog);
    console.error(`== host log: ${join(client, 'test-results', 'host.log')}`);
  }
  stop();
}
process.exit(status);

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, { cwd: client, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

async function waitReady(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (host.exitCode !== null || hostLog.includes('Unhandled exception')) throw new Error(`host failed to start (exit code ${host.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`host not ready within ${timeoutMs} ms`);
}
