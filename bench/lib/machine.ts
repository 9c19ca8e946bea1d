import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The CPU model, for the reports' machine line. */
export function cpuModel(): string {
  return (
    /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  );
}
