/** Types of the local lint rule, for the test that imports it. */
declare const rule: import('eslint').Rule.RuleModule;
export default rule;
