// Section trees flattened depth-first in document order.

/** @example flattenTree([{ id: 'I', children: [{ id: 'I.1', children: [] }] }]).map((s) => s.id) // ['I', 'I.1'] */
export function flattenTree<T extends { children: readonly T[] }>(nodes: readonly T[]): T[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}
