// TypedNumbers.svelte.ts keeps what the reader typed into the editor's and the parameter panel's number fields, so a half-typed or unreadable number stays in its field.
//
// A number field shows the scenario's value, except while the reader types: then it shows exactly what was typed
// ("-", "7,", "abc"), even when that is not (yet) a number and the scenario kept its last value. Writing the
// scenario's value back on each keystroke would wipe the minus sign of "-5" or the comma of "7,5".
import { decimalComma } from '../i18n/format';
import type { TypedProblem } from '../i18n/typedNumberProblem';
import type { Lang } from './urlCodec';

interface Typed {
  text: string;
  /** The scenario's value at this field when the text was typed (the text's own value when it was read). */
  value: number;
  /** Why the text was not taken (not a number, or out of range); undefined when it was read. */
  problem?: TypedProblem;
}

export class TypedNumbers {
  #typed = $state<Record<string, Typed>>({});

  /** Records the text typed into the field at `path`, whose value in the scenario is now `value`. */
  set(path: string, text: string, value: number, problem?: TypedProblem): void {
    this.#typed[path] = problem === undefined ? { text, value } : { text, value, problem };
  }

  /**
   * What the field shows: the typed text, unless the scenario's value has changed since by another way (a marker
   * dragged on the chart, a pregnancy reordered); then the value, with the reader's decimal separator.
   */
  text(path: string, value: number, lang: Lang): string {
    return this.#current(path, value)?.text ?? decimalComma(lang, String(value));
  }

  /** Why the field's text was not taken, or undefined when it was (or nothing was typed). */
  problem(path: string, value: number): TypedProblem | undefined {
    return this.#current(path, value)?.problem;
  }

  /** When the reader leaves a field: a text that was read gives way to the number as read ("7,5" → "7.5" in English); an unreadable one stays. */
  settle(path: string): void {
    const t = this.#typed[path];
    if (t && t.problem === undefined) delete this.#typed[path];
  }

  /** Forgets the text of one field (it then shows the scenario's value). */
  forget(path: string): void {
    delete this.#typed[path];
  }

  /** Forgets every field: after a new scenario is loaded or an event deleted, the paths name other fields. */
  clear(): void {
    this.#typed = {};
  }

  #current(path: string, value: number): Typed | undefined {
    const t = this.#typed[path];
    return t && Object.is(t.value, value) ? t : undefined;
  }
}
