// `tiendo demo`: loads the Cái Nước demo into an empty database and prints the demo accounts.

import { describeCredentials, loadDemo } from '../app/demo/load-demo';
import { withDatabase } from './cli-database';

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error(`tiendo demo: không nhận tham số (${args.join(' ')})`);
    return 2;
  }
  return withDatabase(async (db) => {
    const result = await loadDemo(db);
    if (!result.loaded) {
      console.log('Cơ sở dữ liệu đã có dữ liệu: không nạp lại dữ liệu mẫu.');
      return 0;
    }
    console.log('Đã nạp dữ liệu mẫu Cái Nước (17/11/2023).');
    console.log(describeCredentials(result.credentials));
    return 0;
  });
}
