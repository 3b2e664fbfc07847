// The visits forms' own fields (a text that grows as it is typed, a date) and the values a form holds.
import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';

/**
 * A form's values as one object, shaped like what it sends: `bind(key)` gives a field its value and its
 * onChange, `set` changes several at once, `reset` starts afresh.
 */
export function useFields<F extends object>(empty: F) {
  const [values, setValues] = useState(empty);
  const set = (patch: Partial<F>) => setValues((current) => ({ ...current, ...patch }));
  const bind = <K extends keyof F>(key: K) => ({
    value: values[key],
    onChange: (value: F[K]) => {
      const patch: Partial<F> = {};
      patch[key] = value;
      set(patch);
    },
  });
  return { values, set, bind, reset: () => setValues(empty) };
}

interface LongTextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  description?: string;
}

/** A labelled multi-line field that grows with what is typed. */
export function LongText({ label, value, onChange, required, description }: LongTextProps) {
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={2}
      required={required}
    />
  );
}

/** A labelled date field (the browser's picker; the value is an ISO date). */
export function DateField({ label, value, onChange, required }: Omit<LongTextProps, 'description'>) {
  return (
    <TextInput
      type="date"
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      required={required}
      miw={180}
    />
  );
}
