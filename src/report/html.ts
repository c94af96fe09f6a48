// Text into HTML, safely: every string that reaches the page goes through one of these. Plans contain
// <, &, quotes ("Luật số 77/2015/QH13 <...>", "Chỉ số “Công khai”"), and a file name can contain anything.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for element content and for quoted attribute values alike.
 * @example escapeHtml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is written as \u003c, so no value can close
 * the script element or open a comment; U+2028/U+2029 are escaped too, so the JSON stays valid script text.
 * @example jsonForScript({ text: '</script>' }) // '{"text":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Attributes from a record: `{ id: 'doc-1', hidden: true, title: null }` → ` id="doc-1" hidden`. */
export function attributes(values: Record<string, string | number | boolean | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}
