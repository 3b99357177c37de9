import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { BarChart } from '../../components/BarChart';
import { FieldErrors, ProblemAlert, fieldInvalid } from '../../components/Problem';

type Rule = Schemas['RuleView'];
type RuleRequest = Schemas['RuleRequest'];
const numberFields = ['points', 'dailyCap', 'totalCap', 'perActorDailyCap', 'cooldownSeconds', 'minContentLength'] as const;

export function Rules() {
  const { t } = useI18n();
  const rules = useQuery({ queryKey: ['admin', 'rules'], queryFn: () => unwrap(api.GET('/api/admin/point-rules')) });
  const catalogue = useQuery({ queryKey: ['admin', 'catalogue'], queryFn: () => unwrap(api.GET('/api/admin/point-rules/catalogue')) });
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  return (
    <div>
      <ProblemAlert error={rules.error} />
      {rules.data && <BarChart title={t('rule.chart')} data={rules.data.filter((r) => r.enabled).map((r) => ({ label: r.name, value: Number(r.points) }))} />}
      <button type="button" onClick={() => setEditing('new')}>
        {t('rule.new')}
      </button>
      {editing && <RuleForm key={editing === 'new' ? 'new' : editing.id} rule={editing === 'new' ? null : editing} catalogue={catalogue.data ?? []} onDone={() => setEditing(null)} />}
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">{t('rule.name')}</th>
            <th scope="col">{t('rule.eventType')}</th>
            <th scope="col">{t('rule.recipient')}</th>
            <th scope="col">{t('rule.points')}</th>
            <th scope="col">{t('rule.enabled')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.data?.map((r) => (
            <tr key={r.id} data-rule={r.eventType}>
              <td>{r.name}</td>
              <td>{r.eventType}</td>
              <td>{r.recipient}</td>
              <td>{Number(r.points)}</td>
              <td>{r.enabled ? t('common.yes') : t('common.no')}</td>
              <td>
                <button type="button" onClick={() => setEditing(r)} aria-label={`${t('common.edit')} ${r.name}`}>
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function toRequest(form: FormData): RuleRequest {
  const num = (k: string) => (String(form.get(k) ?? '').trim() === '' ? null : Number(form.get(k)));
  return {
    name: String(form.get('name')),
    eventType: String(form.get('eventType')),
    recipient: String(form.get('recipient')),
    points: num('points') ?? 0,
    multiplier: null,
    dailyCap: num('dailyCap'),
    totalCap: num('totalCap'),
    perActorDailyCap: num('perActorDailyCap'),
    cooldownSeconds: num('cooldownSeconds'),
    minContentLength: num('minContentLength'),
    groupId: null,
    activeFrom: null,
    activeUntil: null,
    enabled: form.get('enabled') === 'on',
  };
}

export function RuleForm({ rule, catalogue, onDone }: { rule: Rule | null; catalogue: Schemas['CatalogueEntry'][]; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [eventType, setEventType] = useState(rule?.eventType ?? catalogue[0]?.eventType ?? '');
  const preview = useMutation({ mutationFn: (body: RuleRequest) => unwrap(api.POST('/api/admin/point-rules/preview', { body: { rule: body, days: 30 } })) });
  const recipients = catalogue.find((c) => c.eventType === eventType)?.recipients ?? (rule ? [rule.recipient] : []);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = toRequest(new FormData(e.currentTarget));
    setError(null);
    try {
      if (rule) await unwrap(api.PUT('/api/admin/point-rules/{id}', { params: { path: { id: rule.id } }, body }));
      else await unwrap(api.POST('/api/admin/point-rules', { body }));
      await client.invalidateQueries({ queryKey: ['admin', 'rules'] });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card rule-form" aria-label={rule?.name ?? t('rule.new')} onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{t('rule.name')}</span>
        <input name="name" defaultValue={rule?.name} {...fieldInvalid(error, 'name')} />
        <FieldErrors error={error} field="name" />
      </label>
      <label className="field">
        <span>{t('rule.eventType')}</span>
        <select name="eventType" value={eventType} onChange={(e) => setEventType(e.target.value)}>
          {(catalogue.length ? catalogue.map((c) => c.eventType) : [eventType]).map((ev) => (
            <option key={ev}>{ev}</option>
          ))}
        </select>
        <FieldErrors error={error} field="eventType" />
      </label>
      <label className="field">
        <span>{t('rule.recipient')}</span>
        <select name="recipient" defaultValue={rule?.recipient}>
          {recipients.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        <FieldErrors error={error} field="recipient" />
      </label>
      {numberFields.map((f) => (
        <label key={f} className="field">
          <span>{t(`rule.${f}` as MessageKey)}</span>
          <input name={f} type="number" defaultValue={rule?.[f] == null ? '' : String(rule[f])} {...fieldInvalid(error, f)} />
          <FieldErrors error={error} field={f} />
        </label>
      ))}
      <label className="check">
        <input type="checkbox" name="enabled" defaultChecked={rule?.enabled ?? true} /> {t('rule.enabled')}
      </label>
      <ProblemAlert error={error ?? preview.error} />
      {preview.data && (
        <p role="status" data-testid="preview">
          {t('rule.previewResult', {
            days: Number(preview.data.days),
            awards: Number(preview.data.awards),
            points: Number(preview.data.points),
            members: Number(preview.data.members),
            activities: Number(preview.data.activitiesConsidered),
          })}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" onClick={(e) => preview.mutate(toRequest(new FormData(e.currentTarget.form!)))}>
          {t('rule.preview')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
