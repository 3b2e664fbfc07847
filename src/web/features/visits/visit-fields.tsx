// The visits forms' own fields: a text that grows as it is typed, and a date.
import { Textarea, TextInput } from '@mantine/core';

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
