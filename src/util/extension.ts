// File extensions, the way inputs are told apart when their content does not say.

/** Lower-cased extension of the last segment, with its dot (".pdf"); '' when there is none (also for ".bashrc"). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
