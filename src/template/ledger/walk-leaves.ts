interface LabelNode<N> {
  readonly label: string;
  readonly children?: readonly N[];
}

/** Every leaf under `nodes` with the labels from the outermost node down to it. */
export function walkLeaves<N extends LabelNode<N>>(
  nodes: readonly N[],
  above: readonly string[] = [],
): { readonly node: N; readonly path: readonly string[] }[] {
  return nodes.flatMap((node) =>
    node.children && node.children.length > 0
      ? walkLeaves(node.children, [...above, node.label])
      : [{ node, path: [...above, node.label] }],
  );
}
