/**
 * What a password must be: long enough, not the username, not one of the passwords every
 * attacker tries first. Shared so that the client can say why before the server refuses.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'too-short' | 'too-long' | 'contains-username' | 'common';

/**
 * A short list of the most used passwords of ten characters or more (worldwide and in Vietnam),
 * lower case; a password equal to one of them, ignoring case, is refused.
 */
const COMMON = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1111111111',
  '0000000000',
  '123123123123',
  'qwertyuiop',
  '1q2w3e4r5t',
  'password123',
  'password1234',
  'passw0rd123',
  'matkhau123',
  'matkhau1234',
  'abc1234567',
  'abcd123456',
  'iloveyou123',
  'anhyeuem123',
  'anhyeuem1234',
  'admin12345',
  'admin123456',
  'administrator',
  'quantri123',
  'planfold123',
  'welcome123',
  'letmein123',
  '9876543210',
  'qwerty12345',
  'qwerty123456',
  '123456789a',
  'a123456789',
  '123456789abc',
  'zxcvbnm123',
  'asdfghjkl1',
]);

export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length > 0 && lower.includes(name)) return 'contains-username';
  if (COMMON.has(lower)) return 'common';
  return null;
}
