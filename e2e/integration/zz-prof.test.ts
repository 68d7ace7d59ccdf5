import { it } from 'vitest';
import { writeXlsx } from '../../main/core/files/xlsx-writer.ts';
import { APPLICATION_LIST_EXPORT } from '../../main/core/files/berths/application-list-export.ts';
it('prof', () => {
  const cols = APPLICATION_LIST_EXPORT.columns('fi');
  const row = [1, 'VP26-000001', 'Uusi paikka', 'Jonossa', 'Normaali', '2026-01-05T09:00:00+02:00', 'Öhman Äijä', null, 'Helsinki', 'A-0001', 'Aalto', 2.4, 7, 'Merisatama', 2, false];
  const rows = function* () { for (let i = 0; i < 100000; i++) yield row; };
  const t0 = performance.now();
  writeXlsx(`/tmp/cap-prof-${Date.now()}.xlsx`, { sheetName: 'x', columns: cols, rows: rows() }, new Date());
  process.stdout.write(`WRITE ${Math.round(performance.now() - t0)}\n`);
});
