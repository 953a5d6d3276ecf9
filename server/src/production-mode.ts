/**
 * Imported first by the entry points that serve (npm start, bench:serve, bench:api), before graphql-js
 * loads: unless NODE_ENV says otherwise, they run as production. graphql-js reads NODE_ENV once, when it
 * loads, and outside production every `isObjectType`, `isListType`, … it calls while executing checks
 * whether the value comes from a second copy of graphql-js: 3.7 % of the CPU a request took in the
 * profile (bench/README.md, "Profile, 2026-11-30"). Apollo's defaults that follow NODE_ENV
 * (introspection) are set explicitly in server/src/http/app.ts, so nothing else changes. Tests run
 * under jest's NODE_ENV=test, with the checks.
 */
process.env.NODE_ENV ??= 'production';
