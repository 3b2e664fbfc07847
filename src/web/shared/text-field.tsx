// A labelled one-line field that hands back the text typed, so forms set their state without reading events.
import { TextInput, type TextInputProps } from '@mantine/core';

export interface TextFieldProps extends Omit<TextInputProps, 'onChange'> {
  onChange: (value: string) => void;
}

export function TextField({ onChange, ...props }: TextFieldProps) {
  return <TextInput {...props} onChange={(e) => onChange(e.currentTarget.value)} />;
}
