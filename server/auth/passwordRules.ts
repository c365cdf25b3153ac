import { passwordProblem, type PasswordProblem } from '../../shared/passwordPolicy.js';

const MESSAGES: Record<PasswordProblem, string> = {
  'too-short': 'The password must have at least 10 characters.',
  'too-long': 'The password is too long.',
  'contains-username': 'The password must not contain the username.',
  common: 'This password is too common; choose another.',
};

/** Why `password` may not be `username`'s new password, or null: code and sentence. */
export function passwordRefusal(
  password: string,
  username: string,
): { code: `password-${PasswordProblem}`; message: string } | null {
  const problem = passwordProblem(password, username);
  return problem ? { code: `password-${problem}`, message: MESSAGES[problem] } : null;
}
