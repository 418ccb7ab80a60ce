/** Fetches a PDF with the session's token and saves it as a file (a bare link would carry no token). */
export async function downloadPdf(path: string, token: string | undefined): Promise<string | undefined> {
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { errors?: Array<{ message: string }> } | undefined;
    return body?.errors?.[0]?.message ?? 'The document could not be made. Try again in a moment.';
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'waymark.pdf';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return undefined;
}
