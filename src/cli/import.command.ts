// Placeholder until the import command lands; it fails loudly rather than pretending to work.
export async function run(_args: string[]): Promise<number> {
  console.error('tiendo import: chưa được triển khai');
  return 2;
}
