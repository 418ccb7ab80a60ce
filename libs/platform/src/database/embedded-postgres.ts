import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL compiled to WebAssembly, served on a loopback port so that the ordinary `pg` driver,
 * the same entities and the same migrations work unchanged. PGlite runs one session at a time:
 * it accepts exactly one connection, so the pool must hold one connection in this mode.
 */
export class EmbeddedPostgres {
  private db?: PGlite;
  private server?: PGLiteSocketServer;

  /** Starts the server and returns a connection URL. `dataDir` undefined keeps data in memory. */
  async start(dataDir?: string): Promise<string> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    this.db = await PGlite.create(dataDir);
    this.server = new PGLiteSocketServer({ db: this.db, host: '127.0.0.1', port: 0 });
    await this.server.start();
    return `postgres://postgres@${this.server.getServerConn()}/postgres`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.close();
    this.server = undefined;
    this.db = undefined;
  }
}
