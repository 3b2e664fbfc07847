// Placeholder until the extract command lands; it fails loudly rather than pretending to work.
export async function run(_args: string[]): Promise<number> {
  console.error('tiendo extract: chưa được triển khai');
  return 2;
}
