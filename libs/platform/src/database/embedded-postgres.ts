import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const MAX_CLIENTS = 8;

/**
 * PostgreSQL compiled to WebAssembly, served on a loopback port so that the ordinary `pg` driver,
 * the same entities and the same migrations work unchanged. PGlite runs one session at a time, so
 * each pool holds one connection in this mode: a second connection of the same pool would wait for
 * ever behind the first one's transaction. Only one process may open a data directory (a lock file
 * enforces it).
 */
export class EmbeddedPostgres {
  private db?: PGlite;
  private server?: PGLiteSocketServer;
  private lockFile?: string;

  /** Starts the server and returns a connection URL. `dataDir` undefined keeps data in memory. */
  async start(dataDir?: string): Promise<string> {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.lock(`${dataDir}.lock`);
    }
    this.db = await PGlite.create(dataDir);
    // PGlite runs one session; the socket server queues several clients' statements onto it, keeping
    // a transaction's statements together. Accepting more than one client means a new pool can connect
    // while the previous one is still leaving (otherwise it is refused: "Connection terminated").
    this.server = new PGLiteSocketServer({ db: this.db, host: '127.0.0.1', port: 0, maxConnections: MAX_CLIENTS });
    await this.server.start();
    return `postgres://postgres@${this.server.getServerConn()}/postgres`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.close();
    this.server = undefined;
    this.db = undefined;
    if (this.lockFile) rmSync(this.lockFile, { force: true });
    this.lockFile = undefined;
  }

  private lock(path: string): void {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
    } catch {
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(
          `The embedded database is in use by process ${holder}. Stop that Waymark process first, or set DATABASE_URL to use a PostgreSQL server.`,
        );
      }
      writeFileSync(path, String(process.pid)); // stale lock from a process that died
    }
    this.lockFile = path;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
