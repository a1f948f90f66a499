// One way to change a document (DESIGN.md, "Layers": commands and the typed operations they run
// are the only code that changes a document). Operations are built in src/model/operations and run
// by the editor store's `perform`; nothing else may apply changes, diff documents into changes, end
// an operation, or set the store's state. The Yjs binding may diff: it describes what collaborators
// changed (remoteChanges) for the store to apply, and changes no document itself.

const OPERATIONS_INTERNALS = /\/operations\/(applyChanges|diff|operation)$/;

function folderOf(filename) {
  const path = filename.replaceAll('\\', '/');
  if (path.includes('/src/store/')) return 'store';
  if (path.includes('/src/model/operations/')) return 'operations';
  if (path.includes('/src/sync/binding/')) return 'binding';
  return 'other';
}

export const oneEntryRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Documents change only through operations run by the editor store.' },
    messages: {
      internals: 'Only src/model/operations and src/store use {{module}}: run an operation through the store (`perform`).',
      setState: 'Only src/store sets the editor store: run an operation through `perform`.',
    },
    schema: [],
  },
  create(context) {
    const folder = folderOf(context.filename);
    if (folder === 'operations') return {};
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        const describing = folder === 'binding' && source.endsWith('/operations/diff');
        if (folder !== 'store' && !describing && OPERATIONS_INTERNALS.test(source)) {
          context.report({ node, messageId: 'internals', data: { module: source } });
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        // `this.setState` is a React class component's own state, not the store's.
        const isStoreSetState =
          callee.type === 'MemberExpression' && callee.object.type !== 'ThisExpression' && callee.property.type === 'Identifier' && callee.property.name === 'setState';
        if (folder !== 'store' && isStoreSetState) {
          context.report({ node, messageId: 'setState' });
        }
      },
    };
  },
};
