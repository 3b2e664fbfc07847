import { readFileSync } from 'node:fs';
import { extract } from '../src/extract/extract';
const text = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8');
for (const s of extract(text).statements) {
  const { span, ...rest } = s as any;
  console.log(JSON.stringify({ ...rest, src: text.slice(span[0], span[1]).slice(0, 90) }));
}
