// Entry point of the `tiendo` command: dispatches to one module per subcommand.
const [command] = process.argv.slice(2);
console.error(`tiendo: unknown command ${command ?? ''}`);
process.exit(2);
