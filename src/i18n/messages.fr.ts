// messages.fr.ts is the French text of every visible string (the seed review is French).
import type { Messages } from './messages.en';

export const fr: Messages = {
  'app.name': 'Chimera',
  'app.tagline': 'Microchimérisme gestationnel : des cellules qui traversent le placenta, et qui restent.',
  'lang.label': 'Langue',
  'lang.en': 'English',
  'lang.fr': 'Français',
  'run.status': 'Modèle calculé en {ms} ms dans un Web Worker.',
};
