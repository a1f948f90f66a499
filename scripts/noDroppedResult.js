// Our own ESLint rule: a call whose value is a `Result` (src/lib/result.ts) must not be dropped.
// Errors are values where the caller must decide (STYLE.md); a statement that throws the decision
// away, awaited, voided or neither, is a failure nobody hears about.

const RESULT_FILE = /[\\/]src[\\/]lib[\\/]result\.ts$/;

function isResult(type) {
  const alias = type.aliasSymbol;
  return alias?.getName() === 'Result' && (alias.getDeclarations() ?? []).some((node) => RESULT_FILE.test(node.getSourceFile().fileName));
}

/** The call a statement evaluates, under any `await` and `void` in front of it. */
function droppedCall(expression) {
  let current = expression;
  while (current.type === 'AwaitExpression' || (current.type === 'UnaryExpression' && current.operator === 'void')) {
    current = current.argument;
  }
  if (current.type === 'ChainExpression') current = current.expression;
  return current.type === 'CallExpression' ? current : null;
}

export const noDroppedResult = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow dropping a Result: check `ok` and handle the error.' },
    messages: { dropped: 'This call returns a Result that is dropped: check `.ok` and handle the error (tell the user).' },
    schema: [],
  },
  create(context) {
    // Types come from typescript-eslint's parser with `projectService` on (eslint.config.js).
    const services = context.sourceCode.parserServices;
    if (!services?.program) throw new Error('no-dropped-result needs type information: set parserOptions.projectService');
    const checker = services.program.getTypeChecker();
    return {
      ExpressionStatement(node) {
        const call = droppedCall(node.expression);
        if (!call) return;
        // `maybe?.()` answers `Result | undefined`: the Result is still dropped.
        const type = checker.getNonNullableType(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(call)));
        const awaited = checker.getAwaitedType(type);
        if (isResult(type) || (awaited !== undefined && isResult(awaited))) context.report({ node, messageId: 'dropped' });
      },
    };
  },
};

