// staticServer.ts serves dist/ under an arbitrary sub-path, to prove the build's relative base works there.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

/** Starts a server on a free port that maps `${prefix}*` to dist/; everything else is a 404. */
export async function serveDistAt(prefix: string): Promise<{ url: string; server: Server }> {
  const root = join(process.cwd(), 'dist');
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    let rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel === '.' ? '' : rel, 'index.html');
    try {
      const body = await readFile(join(root, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${prefix}`, server };
}
