// Runs a build command, but only once <holdFile> is gone: lets a test act (stop the CMS, restart
// the service) while a real build is under way. Usage: node held-build.ts <holdFile> <cmd> [args…]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const [holdFile, command, ...args] = process.argv.slice(2);
if (!holdFile || !command) {
  console.error("usage: held-build.ts <holdFile> <command> [args…]");
  process.exit(2);
}
while (existsSync(holdFile)) await sleep(20);
const child = spawn(command, args, { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
