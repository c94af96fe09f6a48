// The CLI's streams in memory: what it wrote to stdout and stderr, and stdin to give it.

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON records are read as plain objects */
export function memoryIO(stdin: string | Uint8Array = '') {
  const out: string[] = [];
  const err: string[] = [];
  const input = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, readStdin: () => input },
    out: () => out.join(''),
    err: () => err.join(''),
    /** Stdout read as JSON lines. */
    lines: () => out.join('').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>),
  };
}
