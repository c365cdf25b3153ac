import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: a temporary password is read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Three groups of four (about 59 bits): `k7mq-3xhz-p2ta`. */
export function temporaryPassword(): string {
  const group = (): string =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}
