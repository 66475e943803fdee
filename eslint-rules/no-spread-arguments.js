/**
 * Forbids spreading an array into a call's arguments (`f(...xs)`, `push(...xs)`, `Math.max(...xs)`):
 * every element goes on the stack, and an input-sized array (a ledger's rows) throws "Maximum call
 * stack size exceeded". Loop instead. Allowed: a literal array (`f(...[a, b])`) and a value whose
 * type is a tuple — both fixed-size.
 */
const isTuple = (services, node) => {
  if (!services?.program) return false;
  const checker = services.program.getTypeChecker();
  const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
  return checker.isTupleType(type);
};

const fixedSize = (node) => node.type === 'ArrayExpression' && node.elements.every((e) => e?.type !== 'SpreadElement');

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow spreading a non-literal array into call arguments' },
    messages: { spread: 'Do not spread an array into call arguments: an input-sized array overflows the stack. Loop instead.' },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const check = (node) => {
      for (const arg of node.arguments) {
        if (arg.type !== 'SpreadElement' || fixedSize(arg.argument) || isTuple(services, arg.argument)) continue;
        context.report({ node: arg, messageId: 'spread' });
      }
    };
    return { CallExpression: check, NewExpression: check };
  },
};
