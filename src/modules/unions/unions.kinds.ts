/** The kinds of union in the registry (工會法): shared by the server and the web without the service's imports. */
export const unionKinds = ['enterprise', 'industrial', 'occupational', 'federation'] as const;
export type UnionKind = (typeof unionKinds)[number];
