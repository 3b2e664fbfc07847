// Entry point of the `tiendo` command: each subcommand lives in its own module, loaded on demand so
// that `tiendo extract` works without a database and starts fast.
const COMMANDS: Record<
  string,
  { load: () => Promise<{ run(args: string[]): Promise<number> }>; help: string }
> = {
  serve: { load: () => import('./serve.command'), help: 'serve [--demo]            chạy máy chủ web và API' },
  db: {
    load: () => import('./db.command'),
    help: 'db migrate                áp dụng migration cơ sở dữ liệu',
  },
  demo: { load: () => import('./demo.command'), help: 'demo                      nạp dữ liệu mẫu Cái Nước' },
  user: { load: () => import('./user.command'), help: 'user add USER [--admin]   tạo người dùng' },
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
  directive: {
    load: () => import('./directive.command'),
    help: 'directive summary [--unit MÃ] [--xlsx TỆP]  tổng hợp kết luận, chỉ đạo',
  },
};

function usage(): string {
  return ['Cách dùng: tiendo <lệnh>', ...Object.values(COMMANDS).map((c) => `  tiendo ${c.help}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`tiendo: không có lệnh "${name}"\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

process.exitCode = await main(process.argv.slice(2));

export {};
