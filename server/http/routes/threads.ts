import { Router } from 'express';
import { MessageBody, NewThreadBody, ResponseBody } from '../../../shared/api/threads.js';
import type { ProposalAcceptor } from '../../threads/proposalAcceptor.js';
import type { ThreadCommands } from '../../threads/threadCommands.js';
import { commandContext, sessionOf } from '../context.js';
import { bodyOf } from '../validate.js';

/** Review threads on a section; docs/api.md describes each route. */
export function threadRoutes(threads: ThreadCommands, proposals: ProposalAcceptor): Router {
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
    const { body } = bodyOf(req, MessageBody);
    res.status(201).json({ thread: await threads.reply(who, req.params.id, body) });
  });

  router.patch('/messages/:id', async (req, res) => {
    const who = actor(res);
    const { body } = bodyOf(req, MessageBody);
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
    const { kind, text } = bodyOf(req, ResponseBody);
    res.json({ thread: await threads.respond(who, req.params.id, kind, text) });
  });

  router.post('/threads/:id/accept', async (req, res) => {
    res.json({ thread: await proposals.accept(commandContext(req, res), req.params.id) });
  });

  return router;
}
