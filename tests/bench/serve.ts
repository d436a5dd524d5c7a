import { preview } from 'vite';

/** Serves the built app (dist/) on 127.0.0.1 for the benchmark. */
export async function serveDist(port = 4174): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'silent',
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
