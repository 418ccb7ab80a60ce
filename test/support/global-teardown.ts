export default async function globalTeardown(): Promise<void> {
  await globalThis.__WAYMARK_EMBEDDED_POSTGRES__?.stop();
}
