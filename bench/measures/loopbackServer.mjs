import { createServer } from 'node:http';
import { once } from 'node:events';

/** A bare node:http server on 127.0.0.1 answering one constant JSON body: the baseline server. */
export async function startConstantServer(body = '{"status":0,"data":{"ok":1}}') {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/openapi`, port, close: () => new Promise((r) => server.close(r)) };
}
