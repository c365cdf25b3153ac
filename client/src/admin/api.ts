/** The accounts API (docs/api.md "Accounts"), typed. */
import * as z from 'zod/mini';
import type { Role, UserAccount } from '../../../shared/model.js';
import { requestJson } from '../api/http.js';
import { UserWire } from '../api/wire.js';

const AccountWire = z.extend(UserWire, {
  email: z.nullable(z.string()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
});
const AccountsWire = z.object({ users: z.array(AccountWire) });
const AccountAnswer = z.object({ user: AccountWire });
const CreatedWire = z.object({ user: AccountWire, temporaryPassword: z.string() });
const ResetWire = z.object({ temporaryPassword: z.string() });

export interface NewAccount {
  username: string;
  name: string;
  agency: string;
  role: Role;
  email: string;
}

export type AccountPatch = Partial<Pick<UserAccount, 'name' | 'agency' | 'role' | 'disabled'>>;

const userPath = (id: string): string => `/api/users/${encodeURIComponent(id)}`;

export const accountsApi = {
  async list(): Promise<UserAccount[]> {
    return (await requestJson('GET', '/api/users', AccountsWire)).users;
  },
  async create(account: NewAccount): Promise<{ user: UserAccount; temporaryPassword: string }> {
    return requestJson('POST', '/api/users', CreatedWire, account);
  },
  async update(id: string, patch: AccountPatch): Promise<UserAccount> {
    return (await requestJson('PATCH', userPath(id), AccountAnswer, patch)).user;
  },
  async resetPassword(id: string): Promise<string> {
    return (await requestJson('POST', `${userPath(id)}/password-reset`, ResetWire))
      .temporaryPassword;
  },
};
