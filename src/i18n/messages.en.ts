// messages.en.ts is the English text of every visible string; its keys are the catalogue every language must fill.
export const en = {
  'app.name': 'Chimera',
  'app.tagline': 'Gestational microchimerism: cells that cross the placenta, and stay.',
  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'run.status': 'Model run in {ms} ms in a Web Worker.',
} as const;

export type MessageKey = keyof typeof en;
/** Every language has every key (a missing French string is a type error, not a silent English fallback). */
export type Messages = Record<MessageKey, string>;
