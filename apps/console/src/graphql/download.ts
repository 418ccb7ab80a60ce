/** An error as the export endpoints answer it: the GraphQL error shape, over plain HTTP. */
export interface ExportError {
  message: string;
  extensions?: { code?: string; fields?: Array<{ field: string; problems: string[] }> };
}

export type Download = { saved: string } | { status: number; error?: ExportError };

/**
 * Fetches an export (CSV, PDF) with the session's token and saves it as a file: the token lives only
 * in the page's memory, so a bare link could not send it. The file takes the name the server gives
 * in Content-Disposition, or `fallbackName`. A refusal comes back with the server's error, unsaved.
 */
export async function downloadFile(path: string, token: string | undefined, fallbackName: string): Promise<Download> {
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { errors?: ExportError[] } | undefined;
    return { status: response.status, error: body?.errors?.[0] };
  }
  const saved = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = saved;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved };
}
