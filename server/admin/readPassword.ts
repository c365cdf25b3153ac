import type { Writable } from 'node:stream';
import { AdminSetupError } from './setup.js';

type Input = NodeJS.ReadStream;

/** Reads a password: typed without echo on a terminal (twice), or stdin's first line. */
export async function readPassword(input: Input, prompt: Writable): Promise<string> {
  if (!input.isTTY) return firstLine(input);
  const first = await typed(input, prompt, 'Password: ');
  const again = await typed(input, prompt, 'Password again: ');
  if (first !== again) throw new AdminSetupError('The two passwords differ.');
  return first;
}

async function firstLine(input: Input): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Raw mode: every key arrives alone and nothing is echoed. */
function typed(input: Input, prompt: Writable, label: string): Promise<string> {
  prompt.write(label);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error: Error | null): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      prompt.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (keys: string): void => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') return done(null);
        if (key === '\u0003' || key === '\u0004') return done(new AdminSetupError('Cancelled.'));
        if (key === '\u007f' || key === '\b') value = [...value].slice(0, -1).join('');
        else if (key >= ' ') value += key;
      }
    };
    input.on('data', onData);
  });
}
