// Placeholder until the scorecard command lands; it fails loudly rather than pretending to work.
export async function run(_args: string[]): Promise<number> {
  console.error('tiendo scorecard: chưa được triển khai');
  return 2;
}
