/** The calendar months a period touches, as [first day of the month, first day counted, last day counted] (ISO dates, UTC). */
export function monthsOf(from: string, to: string): Array<{ month: string; start: string; end: string }> {
  const months: Array<{ month: string; start: string; end: string }> = [];
  let [year, month] = from.split('-').map(Number);
  for (;;) {
    const first = new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
    if (first > to) break;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    months.push({ month: first, start: first < from ? from : first, end: last > to ? to : last });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
