/** The accounts API (docs/api.md "Accounts"), typed. */
import {
  AccountAnswer,
  AccountsAnswer,
  CreatedAccountAnswer,
  TemporaryPasswordAnswer,
  type NewUserBody,
  type UserPatchBody,
} from '../../../shared/api/users.js';
import type { UserAccount } from '../../../shared/model.js';
import { requestJson } from '../api/http.js';

const userPath = (id: string): string => `/api/users/${encodeURIComponent(id)}`;

export const accountsApi = {
  async list(): Promise<UserAccount[]> {
    return (await requestJson('GET', '/api/users', AccountsAnswer)).users;
  },
  async create(account: NewUserBody): Promise<{ user: UserAccount; temporaryPassword: string }> {
    return requestJson('POST', '/api/users', CreatedAccountAnswer, account);
  },
  async update(id: string, patch: UserPatchBody): Promise<UserAccount> {
    return (await requestJson('PATCH', userPath(id), AccountAnswer, patch)).user;
  },
  async resetPassword(id: string): Promise<string> {
    return (await requestJson('POST', `${userPath(id)}/password-reset`, TemporaryPasswordAnswer))
      .temporaryPassword;
  },
};
