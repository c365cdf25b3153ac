/**
 * (b) The reference y-websocket server: the utilities y-websocket's authors ship
 * (`@y/websocket-server` 0.1.1, on yjs 13), in memory, exactly as their own bin/server.js wires them.
 */
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';

const server = http.createServer((_req, res) => {
  res.writeHead(200).end('ok');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`reference listening on http://${host}:${actual}`);
});
