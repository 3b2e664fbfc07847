// Placeholder until the db command lands; it fails loudly rather than pretending to work.
export async function run(_args: string[]): Promise<number> {
  console.error('tiendo db: chưa được triển khai');
  return 2;
}
