import { Router, type Request, type Response } from 'express';
import * as z from 'zod/mini';
import { NewUserBody, UserPatchBody, UserQuery } from '../../../shared/api/users.js';
import type { AccountCommands, AdminContext } from '../../admin/accounts.js';
import { accountOf } from '../../admin/accounts.js';
import { authorize } from '../../plan/authorize.js';
import type { Store } from '../../store/store.js';
import { sessionOf } from '../context.js';
import { bodyOf, queryOf } from '../validate.js';

const IdParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

function adminContext(req: Request, res: Response): AdminContext {
  const actor = sessionOf(res).user;
  authorize(actor, 'manageUsers', null);
  return { actor, address: req.ip ?? null };
}

/** Account administration (admin only): list, search, create, edit, disable, reset password. */
export function userRoutes(store: Store, accounts: AccountCommands): Router {
  const router = Router();

  router.get('/users', async (req, res) => {
    adminContext(req, res);
    const { q, agency } = queryOf(req, UserQuery);
    const needle = q?.toLowerCase() ?? '';
    const users = (await store.users.list())
      .map(accountOf)
      .filter((u) => agency === undefined || u.agency === agency)
      .filter(
        (u) =>
          needle === '' ||
          [u.username, u.name, u.email ?? '', u.agency].some((f) =>
            f.toLowerCase().includes(needle),
          ),
      );
    res.json({ users });
  });

  router.post('/users', async (req, res) => {
    const ctx = adminContext(req, res);
    const created = await accounts.create(ctx, bodyOf(req, NewUserBody));
    res.status(201).json(created);
  });

  router.patch('/users/:id', async (req, res) => {
    const ctx = adminContext(req, res);
    const { id } = z.parse(IdParam, req.params);
    const user = await accounts.update(ctx, id, bodyOf(req, UserPatchBody));
    res.json({ user });
  });

  router.post('/users/:id/password-reset', async (req, res) => {
    const ctx = adminContext(req, res);
    const { id } = z.parse(IdParam, req.params);
    res.json({ temporaryPassword: await accounts.resetPassword(ctx, id) });
  });

  return router;
}
