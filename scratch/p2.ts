import { parse } from 'graphql';
const q = '{ neighbourhood(id: "csto", types: ' + '['.repeat(5000) + '"MEMBER_OF"' + ']'.repeat(5000) + ') { truncated } }';
try { parse(q, { maxTokens: 2000 }); } catch (e) { console.log((e as Error).message.slice(0, 300)); }
import { clipMessage } from '/work/wt-harden/server/src/graphql/errors';
console.log(clipMessage('x "' + 'a'.repeat(1000000) + '" y').length);
