// The `tiendo` command line: each subcommand lives in its own module, loaded on demand so that
// `tiendo extract` works without a database and starts fast. `serve` is the server's own entry and
// is handed in by the composition root (src/main.ts): the CLI presents use cases, not the HTTP layer.

/** A subcommand: its module, loaded when named, and its line in the usage. */
export interface Command {
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
  help: string;
}

const COMMANDS: Record<string, Command> = {
  db: {
    load: () => import('./db.command'),
    help: 'db migrate                áp dụng migration cơ sở dữ liệu',
  },
  demo: { load: () => import('./demo.command'), help: 'demo                      nạp dữ liệu mẫu Cái Nước' },
  user: {
    load: () => import('./user.command'),
    help: 'user add USER [--admin] | user passwd USER   tạo người dùng, đặt lại mật khẩu',
  },
  import: {
    load: () => import('./import.command'),
    help: 'import FILE               nhập chỉ tiêu và số liệu từ CSV/XLSX',
  },
  export: {
    load: () => import('./export.command'),
    help: 'export UNIT --year Y      xuất bảng chỉ tiêu ra XLSX',
  },
  scorecard: { load: () => import('./scorecard.command'), help: 'scorecard UNIT --year Y [--json]' },
  extract: { load: () => import('./extract.command'), help: 'extract [FILE|-] [--json] [--catalog FILE]' },
  visit: {
    load: () => import('./visit.command'),
    help: 'visit list|from-text|brief    đoàn công tác (tiendo visit để xem cách dùng)',
  },
  regime: {
    load: () => import('./regime.command'),
    help: 'regime list [--json]      chế độ báo cáo: kỳ, chốt số liệu, hạn gửi, đơn vị báo cáo',
  },
  submissions: {
    load: () => import('./submissions.command'),
    help: 'submissions --regime MÃ --period KỲ [--unit ĐƠN_VỊ] [--json]  bảng theo dõi nộp báo cáo',
  },
  reminders: {
    load: () => import('./reminder.command'),
    help: 'reminders run [--json] [--now=YYYY-MM-DD] [--days N]  nhắc nộp báo cáo (trong ứng dụng, e-mail khi có SMTP_URL)',
  },
  units: {
    load: () => import('./units.command'),
    help: 'units arrange TỆP [--dry-run] | units show ĐƠN_VỊ [--json]  sắp xếp đơn vị, lịch sử đơn vị',
  },
  audit: {
    load: () => import('./audit.command'),
    help: 'audit unit|target|indicator|directive|visit|user MÃ_HOẶC_SỐ [--json]  nhật ký thay đổi',
  },
  directive: {
    load: () => import('./directive.command'),
    help: 'directive summary [--unit MÃ] [--xlsx TỆP]  tổng hợp kết luận, chỉ đạo',
  },
};

function usage(commands: Record<string, Command>): string {
  return ['Cách dùng: tiendo <lệnh>', ...Object.values(commands).map((c) => `  tiendo ${c.help}`)].join('\n');
}

/** Runs one command line; returns the exit code (2 for a command line it cannot take). */
export async function runTiendo(argv: string[], more: Record<string, Command> = {}): Promise<number> {
  const commands = { ...more, ...COMMANDS };
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage(commands));
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`tiendo: không có lệnh "${name}"\n${usage(commands)}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}
