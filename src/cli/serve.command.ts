// Placeholder until the serve command lands; it fails loudly rather than pretending to work.
export async function run(_args: string[]): Promise<number> {
  console.error('tiendo serve: chưa được triển khai');
  return 2;
}
