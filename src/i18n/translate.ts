// translate.ts looks up a message in the reader's language and fills its {placeholders}.
import type { Lang } from '../state/urlCodec';
import { en, type MessageKey, type Messages } from './messages.en';
import { fr } from './messages.fr';

const CATALOGUES: Record<Lang, Messages> = { en, fr };

export type MessageParams = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGUES[lang][key];
  if (!params) return template;
  // Parameters are inserted as text; the page renders messages as text, never as markup.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
