// Glob patterns for inputs the shell did not expand (quoted, or on Windows): "plans/**/*.txt",
// "2024-q?/*.{txt,md}". Only what plan folders need: * ? ** [..] {a,b}.

const MAGIC = /[*?[{]/;

/** Whether an argument is a pattern rather than a path. */
export const isGlob = (arg: string): boolean => MAGIC.test(arg);

/**
 * Splits a pattern into the folder to walk and a matcher for paths relative to it.
 * @example globParts('plans/**\/*.txt').base // 'plans'
 */
export function globParts(pattern: string): { base: string; matches: (relative: string) => boolean } {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  while (segments.length > 1 && !MAGIC.test(segments[0]!)) fixed.push(segments.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const regex = new RegExp(`^${globToRegex(segments.join('/'))}$`, 'u');
  return { base, matches: (relative) => regex.test(relative) };
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any folders, none included; a final "**" anything below.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map(globToRegex).join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out;
}
