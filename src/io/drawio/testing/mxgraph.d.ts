// The mxgraph package ships no types; the oracle describes what it reads in drawioOracle.ts.
declare module 'mxgraph' {
  const factory: (options: { mxLoadResources?: boolean; mxLoadStylesheets?: boolean }) => unknown;
  export default factory;
}
