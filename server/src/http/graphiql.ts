import express from 'express';
import path from 'node:path';
import { repoRoot } from '../config';

/**
 * GraphiQL for people exploring the API in a browser, bundled from npm (its UMD build and React's),
 * so it works with no internet access. Served on GET /graphql to clients that ask for HTML.
 */
const ASSETS: Record<string, string> = {
  'react.js': 'node_modules/react/umd/react.production.min.js',
  'react-dom.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'node_modules/graphiql/graphiql.min.js',
  'graphiql.css': 'node_modules/graphiql/graphiql.min.css',
};

export function graphiqlAssets(): express.Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_req, res) => res.sendFile(path.join(repoRoot, file), { maxAge: '1d' }));
  }
  return router;
}

const DEFAULT_QUERY = `# Orgraph: the CSTO knowledge graph. Try:
{
  entity(id: "csto") {
    name
    aliases { name lang }
    relationships(types: ["MEMBER_OF"], asOf: "2026-01-01") {
      totalCount
      edges { node { from { name } status since until citations { source { title } quote } } }
    }
  }
}
`;

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Orgraph GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} })
    );
  </script>
</body>
</html>`;
}
