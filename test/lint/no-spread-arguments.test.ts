/**
 * The local lint rule eslint-rules/no-spread-arguments.js (run by `npm run check`), after
 * typescript-eslint's RuleTester tables. Without type information, as here, only literal arrays are
 * known to be fixed-size; the tuple case needs the TypeScript program and is exercised by the
 * lint run over the code base itself.
 */
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import rule from '../../eslint-rules/no-spread-arguments.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

new RuleTester().run('no-spread-arguments', rule, {
  valid: [
    'f(a, b)',
    'f(...[a, b])',
    'new Set(...[xs])',
    'const ys = [...xs]',
    'const o = { ...p }',
    'for (const x of xs) out.push(x)',
  ],
  invalid: [
    { code: 'out.push(...items)', errors: [{ messageId: 'spread', column: 10 }] },
    { code: 'Math.max(...rows.map((r) => r.n))', errors: [{ messageId: 'spread', column: 10 }] },
    { code: 'new Foo(a, ...rest)', errors: [{ messageId: 'spread', column: 12 }] },
    // A literal that itself spreads an array is as large as that array.
    { code: 'f(...[a, ...xs])', errors: [{ messageId: 'spread', column: 3 }] },
  ],
});
