import fs from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './java';
import { instanceLayout, type InstanceLayout } from './layout';
import { neo4jAdmin, withNeo4jStopped } from './maintenance';

/** Neo4j Community has one user database. */
const DATABASE = 'neo4j';

export interface BackupOptions {
  home: string;
  instanceName: string;
  /** Folder for the dump; default <home>/backups. */
  folder?: string;
  say: (line: string) => void;
}

export function backupFolder(home: string): string {
  return path.join(path.resolve(home), 'backups');
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/**
 * A consistent dump of the local database (`neo4j-admin database dump`), taken with Neo4j stopped for
 * the seconds it needs. Written beside its final name and renamed when complete, so a dump that is
 * there is whole. Returns the file.
 */
export async function backupLocal(options: BackupOptions): Promise<string> {
  const layout = instanceLayout(options.home, options.instanceName);
  return withNeo4jStopped(layout, 'backup', () => dump(layout, options, 'orgraph'), options.say);
}

/** Dumps the (stopped) database into the backup folder; the file is complete once it has its name. */
async function dump(layout: InstanceLayout, options: BackupOptions, label: string): Promise<string> {
  if (!fs.existsSync(path.join(layout.data, 'databases', DATABASE))) {
    throw new LocalNeo4jError(`There is no local database to back up in ${layout.data}.`);
  }
  const folder = path.resolve(options.folder ?? backupFolder(options.home));
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${label}-${options.instanceName}-${stamp()}.dump`);
  const partial = `${file}.partial`;
  await neo4jAdmin(layout, ['database', 'dump', DATABASE, '--to-stdout'], { stdout: partial });
  fs.renameSync(partial, file);
  return file;
}

/**
 * Replaces the local database with a dump (`neo4j-admin database load`), with Neo4j stopped meanwhile.
 * The database as it was is dumped first, into the backup folder, so a restore loses nothing either.
 * Returns that safety dump.
 */
export async function restoreLocal(file: string, options: BackupOptions): Promise<string> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new LocalNeo4jError(`No dump file at ${file}.`);
  const layout = instanceLayout(options.home, options.instanceName);
  return withNeo4jStopped(
    layout,
    'restore',
    async () => {
      const safety = await dump(layout, options, 'before-restore');
      await neo4jAdmin(layout, ['database', 'load', DATABASE, '--from-stdin', '--overwrite-destination=true'], { stdin: path.resolve(file) });
      return safety;
    },
    options.say,
  );
}
