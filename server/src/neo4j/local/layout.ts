import path from 'node:path';

/**
 * Where a local Neo4j keeps its files. The jars are shared by every instance; each instance
 * (the user's "dev" database, the tests' "test" database) has its own data, logs and password,
 * so the test suite can run beside `npm start` without touching the user's data.
 */
export interface InstanceLayout {
  lib: string;
  /** Written after a complete download, so an interrupted one is redone. */
  libComplete: string;
  instance: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  import: string;
  passwordFile: string;
  consoleLog: string;
}

export function instanceLayout(home: string, instanceName: string): InstanceLayout {
  // Absolute: Neo4j resolves relative directories against its own home, not ours.
  home = path.resolve(home);
  const lib = path.join(home, 'neo4j', 'lib');
  const instance = path.join(home, 'neo4j', instanceName);
  return {
    lib,
    libComplete: path.join(lib, '.complete'),
    instance,
    conf: path.join(instance, 'conf'),
    data: path.join(instance, 'data'),
    logs: path.join(instance, 'logs'),
    run: path.join(instance, 'run'),
    plugins: path.join(instance, 'plugins'),
    import: path.join(instance, 'import'),
    passwordFile: path.join(instance, 'password'),
    consoleLog: path.join(instance, 'logs', 'console.log'),
  };
}
