import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { ROLES } from '../../../shared/model.js';
import type { AccountCommands, AdminContext } from '../../admin/accounts.js';
import { accountOf, Username } from '../../admin/accounts.js';
import { authorize } from '../../plan/authorize.js';
import type { Store } from '../../store/store.js';
import { sessionOf } from '../context.js';
import { bodyOf, queryOf } from '../validate.js';

const PersonName = z.string().trim().min(1).max(120);
const AgencyCode = z.string().trim().min(1).max(16);
const Email = z.union([z.email().max(254), z.literal('').transform(() => null), z.null()]);

const NewUserBody = z.strictObject({
  username: Username,
  name: PersonName,
  agency: AgencyCode,
  role: z.enum(ROLES),
  email: Email.optional(),
});

const UserPatchBody = z
  .strictObject({
    name: PersonName.optional(),
    agency: AgencyCode.optional(),
    role: z.enum(ROLES).optional(),
    email: Email.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'name, agency, role, email or disabled');

const UserQuery = z.object({
  q: z.string().trim().max(120).optional(),
  agency: AgencyCode.optional(),
});

const IdParam = z.object({ id: z.string().min(1).max(64) });

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
    const { id } = IdParam.parse(req.params);
    const user = await accounts.update(ctx, id, bodyOf(req, UserPatchBody));
    res.json({ user });
  });

  router.post('/users/:id/password-reset', async (req, res) => {
    const ctx = adminContext(req, res);
    const { id } = IdParam.parse(req.params);
    res.json({ temporaryPassword: await accounts.resetPassword(ctx, id) });
  });

  return router;
}
