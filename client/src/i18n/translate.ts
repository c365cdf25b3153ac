/** Look a key up and fill `{name}` placeholders. */
import { en } from './en.js';
import type { Lang } from './lang.js';
import { vi, type Dictionary, type MessageKey } from './vi.js';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const DICTIONARIES: Record<Lang, Dictionary> = { vi, en };

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = DICTIONARIES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
