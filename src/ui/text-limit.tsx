// Every text limit of the report format enforced where the text is typed or pasted: the
// field takes what fits (the browser's maxLength, which counts as zod's max does, in UTF-16 units)
// and says at once, at the field, how much it refused. A limit met in silence would look like a
// saved text and lose its end; a text past the limit would be refused on saving.
import { useCallback, useState, type ClipboardEvent, type FormEvent } from 'react';

type TextField = HTMLInputElement | HTMLTextAreaElement;

const n = (x: number) => x.toLocaleString('en-US');

/** What is said when a paste does not fit: what went in and what did not. */
export function pasteLimitMessage(label: string, max: number, pasted: number, room: number): string {
  const fits = Math.max(0, Math.min(room, pasted));
  return `${label}最多 ${n(max)} 字：粘贴的 ${n(pasted)} 字只放入了前 ${n(fits)} 字，其余 ${n(pasted - fits)} 字没有粘贴进来。`;
}

export function fullLimitMessage(label: string, max: number): string {
  return `${label}已达到上限 ${n(max)} 字，再输入的字不会放入。`;
}

export interface TextLimit {
  /** Spread on the input or textarea, beside its other props. */
  readonly limitProps: {
    readonly maxLength: number;
    readonly onPaste: (e: ClipboardEvent<TextField>) => void;
    readonly onInput: (e: FormEvent<TextField>) => void;
  };
  readonly message: string | undefined;
}

export function useTextLimit(label: string, max: number | null | undefined): TextLimit {
  const limit = max ?? Number.MAX_SAFE_INTEGER;
  const [message, setMessage] = useState<string | undefined>();
  const onPaste = useCallback(
    (e: ClipboardEvent<TextField>) => {
      const el = e.currentTarget;
      const pasted = e.clipboardData.getData('text/plain').length;
      const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
      const room = limit - (el.value.length - selected);
      setMessage(pasted > room ? pasteLimitMessage(label, limit, pasted, room) : undefined);
    },
    [label, limit],
  );
  // After a paste the message stays until the text is shorter again; typing up to the limit says so.
  const onInput = useCallback(
    (e: FormEvent<TextField>) => {
      const length = e.currentTarget.value.length;
      setMessage((old) => (length < limit ? undefined : (old ?? fullLimitMessage(label, limit))));
    },
    [label, limit],
  );
  return { limitProps: { maxLength: limit, onPaste, onInput }, message };
}

/** The message under the field; `id` goes into the field's aria-describedby. */
export function LimitMessage({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}
