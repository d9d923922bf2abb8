// locale.svelte.ts holds the reader's language for the whole page (switchable at run time) and `t`, the lookup every component calls.
import type { Lang } from '../state/urlCodec';
import type { MessageKey } from './messages.en';
import { translate, type MessageParams } from './translate';

class Locale {
  lang = $state<Lang>('en');
}

/** One per page: the dashboard, the embed and the offscreen export renders all read it. */
export const locale = new Locale();

/** The message `key` in the current language; reading it inside markup re-renders on a language switch. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(locale.lang, key, params);
}
