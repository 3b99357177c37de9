import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FieldErrors, ProblemAlert } from '../../components/Problem';

type Level = Schemas['LevelRequest'];

export function Levels() {
  const { t } = useI18n();
  const client = useQueryClient();
  const levels = useQuery({ queryKey: ['levels'], queryFn: () => unwrap(api.GET('/api/levels')) });
  const privileges = useQuery({ queryKey: ['privileges'], queryFn: () => unwrap(api.GET('/api/levels/privileges')) });
  const [rows, setRows] = useState<Level[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (levels.data) setRows(levels.data.map((l) => ({ ...l, rewardPoints: null, rewardBadgeId: null })));
  }, [levels.data]);
  const update = (i: number, patch: Partial<Level>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await unwrap(api.PUT('/api/admin/levels', { body: { levels: rows } }));
      await client.invalidateQueries({ queryKey: ['levels'] });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('level.number')}</th>
            <th scope="col">{t('level.nameEn')}</th>
            <th scope="col">{t('level.nameZh')}</th>
            <th scope="col">{t('level.xpThreshold')}</th>
            <th scope="col">{t('level.privileges')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{Number(r.number)}</td>
              <td>
                <input aria-label={`${t('level.nameEn')} ${r.number}`} value={r.nameEn} onChange={(e) => update(i, { nameEn: e.target.value })} />
                <FieldErrors error={error} field={`levels[${i}].nameEn`} />
              </td>
              <td>
                <input aria-label={`${t('level.nameZh')} ${r.number}`} value={r.nameZh} onChange={(e) => update(i, { nameZh: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${t('level.xpThreshold')} ${r.number}`} type="number" value={Number(r.xpThreshold)} onChange={(e) => update(i, { xpThreshold: Number(e.target.value) })} />
                <FieldErrors error={error} field={`levels[${i}].xpThreshold`} />
              </td>
              <td>
                {(privileges.data ?? []).map((p) => (
                  <label key={p} className="check">
                    <input
                      type="checkbox"
                      checked={(r.privileges ?? []).includes(p)}
                      onChange={(e) => update(i, { privileges: e.target.checked ? [...(r.privileges ?? []), p] : (r.privileges ?? []).filter((x) => x !== p) })}
                    />{' '}
                    {p}
                  </label>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setRows((all) => [...all, { number: all.length + 1, nameEn: '', nameZh: '', xpThreshold: 0, privileges: [], rewardPoints: null, rewardBadgeId: null }])}>
        {t('level.add')}
      </button>
      <button type="button" onClick={() => void save()}>
        {t('common.save')}
      </button>
      <FieldErrors error={error} field="levels" />
      <ProblemAlert error={error} />
      {saved && <p role="status">{t('common.saved')}</p>}
    </div>
  );
}
