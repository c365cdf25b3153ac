/**
 * (d) The practical ceiling: a bare `ws` relay that forwards every frame, untouched, to the other
 * sockets of the same room (the URL path). No Yjs, no state, no auth.
 */
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
const rooms = new Map<string, Set<WebSocket>>();

const server = http.createServer((_req, res) => {
  res.writeHead(200).end('ok');
});
const wss = new WebSocketServer({ server });

wss.on('connection', (socket, req) => {
  const name = (req.url ?? '/').split('?')[0] ?? '/';
  let room = rooms.get(name);
  if (!room) rooms.set(name, (room = new Set()));
  const peers = room;
  peers.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const peer of peers) {
      if (peer !== socket && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary });
    }
  });
  socket.on('close', () => {
    peers.delete(socket);
    if (peers.size === 0) rooms.delete(name);
  });
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`relay listening on http://${host}:${actual}`);
});
