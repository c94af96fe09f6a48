// Turns thrown errors into short reasons for records, and tells file-system failures apart from damaged content.

export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Node's fs errors carry a `syscall` (open, read, …); format errors from zip/gzip/tar parsers do not. */
export function isFileSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'syscall' in error;
}
