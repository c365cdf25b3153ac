import { Router } from 'express';
import { z } from 'zod';
import { MAX_MESSAGE_LENGTH, MAX_QUOTE_LENGTH, RESPONSE_KINDS } from '../../../shared/threads.js';
import type { ThreadCommands } from '../../threads/threadCommands.js';
import { sessionOf } from '../context.js';
import { bodyOf } from '../validate.js';

const Base64 = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');
const MessageBody = z.string().trim().min(1, 'must not be empty').max(MAX_MESSAGE_LENGTH);

const NewThreadBody = z.object({
  anchor: z.object({ from: Base64, to: Base64 }),
  quote: z.string().max(MAX_QUOTE_LENGTH),
  body: MessageBody,
});
const MessageInput = z.object({ body: MessageBody });
const ResponseInput = z.object({
  kind: z.enum(RESPONSE_KINDS),
  text: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH),
});

/** Review threads on a section; docs/api.md describes each route. */
export function threadRoutes(threads: ThreadCommands): Router {
  const router = Router();
  const actor = (res: Parameters<typeof sessionOf>[0]) => sessionOf(res).user;

  router.get('/sections/:id/threads', async (req, res) => {
    actor(res);
    res.json({ threads: await threads.list(req.params.id) });
  });

  router.post('/sections/:id/threads', async (req, res) => {
    const who = actor(res);
    const input = bodyOf(req, NewThreadBody);
    res.status(201).json({ thread: await threads.open(who, req.params.id, input) });
  });

  router.post('/threads/:id/messages', async (req, res) => {
    const who = actor(res);
    const { body } = bodyOf(req, MessageInput);
    res.status(201).json({ thread: await threads.reply(who, req.params.id, body) });
  });

  router.patch('/messages/:id', async (req, res) => {
    const who = actor(res);
    const { body } = bodyOf(req, MessageInput);
    res.json({ thread: await threads.editMessage(who, req.params.id, body) });
  });

  router.delete('/messages/:id', async (req, res) => {
    res.json({ thread: await threads.deleteMessage(actor(res), req.params.id) });
  });

  router.post('/threads/:id/resolve', async (req, res) => {
    res.json({ thread: await threads.setResolved(actor(res), req.params.id, true) });
  });

  router.post('/threads/:id/reopen', async (req, res) => {
    res.json({ thread: await threads.setResolved(actor(res), req.params.id, false) });
  });

  router.put('/threads/:id/response', async (req, res) => {
    const who = actor(res);
    const { kind, text } = bodyOf(req, ResponseInput);
    res.json({ thread: await threads.respond(who, req.params.id, kind, text) });
  });

  return router;
}
