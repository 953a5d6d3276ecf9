import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config';
import { LocalNeo4jError } from './java';
import type { InstanceLayout } from './layout';

const POM = path.join(repoRoot, 'neo4j', 'pom.xml');

export type Log = (line: string) => void;

/**
 * Makes sure Neo4j Community's jars are in the shared lib folder, fetching them with Maven
 * (`dependency:copy-dependencies` over our pom) the first time. The copy goes to a scratch
 * folder that is renamed when complete, so an interrupted download never looks finished.
 */
export async function ensureNeo4jJars(layout: InstanceLayout, log: Log): Promise<void> {
  if (fs.existsSync(layout.libComplete)) return;
  const partial = `${layout.lib}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(layout.lib), { recursive: true });
  log('Downloading Neo4j Community 5.26 with Maven (first run only, about 125 MB)...');

  const tail: string[] = [];
  let files = 0;
  let kilobytes = 0;
  let lastReport = Date.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`, '-DincludeScope=runtime'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    mvn.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new LocalNeo4jError(
              'Maven (mvn) was not found on PATH; it downloads Neo4j the first time. ' +
                'Install it (Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to use a Neo4j server you already run.',
            )
          : error,
      );
    });
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        const downloaded = /^(?:\[INFO\] )?Downloaded from .*\((\d+(?:\.\d+)?) (B|kB|MB)/.exec(line);
        if (downloaded) {
          files += 1;
          const size = Number(downloaded[1]);
          kilobytes += downloaded[2] === 'MB' ? size * 1024 : downloaded[2] === 'kB' ? size : size / 1024;
        }
      }
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        const copied = fs.existsSync(partial) ? fs.readdirSync(partial).length : 0;
        log(`  ...${files} files downloaded (${(kilobytes / 1024).toFixed(1)} MB), ${copied} jars in place`);
      }
    };
    mvn.stdout.on('data', onOutput);
    mvn.stderr.on('data', onOutput);
    mvn.on('close', (code) => resolve(code ?? 1));
  });

  if (exitCode !== 0) {
    throw new LocalNeo4jError(
      `Downloading Neo4j with Maven failed (exit code ${exitCode}). Check the network access to the Maven registry ` +
        `and Maven's settings; the last lines it printed:\n${tail.join('\n')}`,
    );
  }
  const jars = fs.readdirSync(partial).filter((name) => name.endsWith('.jar'));
  const server = jars.find((name) => /^neo4j-server-5\.26\./.test(name));
  if (!server) {
    throw new LocalNeo4jError(`Maven finished but ${partial} holds no neo4j-server 5.26 jar; delete ${partial} and try again.`);
  }
  fs.writeFileSync(path.join(partial, '.complete'), `${server}\n`);
  fs.rmSync(layout.lib, { recursive: true, force: true });
  fs.renameSync(partial, layout.lib);
  log(`Neo4j downloaded: ${jars.length} jars (${server.replace(/\.jar$/, '')}).`);
}
