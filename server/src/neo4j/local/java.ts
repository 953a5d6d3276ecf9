import { spawnSync } from 'node:child_process';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** Neo4j 5.26 runs on Java 17 and 21; later Neo4j lines need 21, so 5.26 is what Debian 12's Java 17 can run. */
const SUPPORTED_JAVA = [17, 21];

export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  // Java 8 and older report "1.8.0_…".
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(
      'Java was not found on PATH. Neo4j 5.26 needs Java 17 or 21 (on Debian/Ubuntu: apt-get install openjdk-17-jre-headless), ' +
        'or set NEO4J_URI to use a Neo4j server you already run.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === null || !SUPPORTED_JAVA.includes(major)) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java ${SUPPORTED_JAVA.join(' or ')}, but "java -version" reports ${major ?? 'an unknown version'}. ` +
        'Put a supported Java first on PATH, or set NEO4J_URI to use a Neo4j server you already run.',
    );
  }
}
