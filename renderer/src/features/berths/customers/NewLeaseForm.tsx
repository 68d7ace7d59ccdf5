import { Button, ButtonSize, ButtonVariant, Checkbox, TextArea } from 'hds-react';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../../../../domain/berths/customer-contract.ts';
import { createLeaseDefaults, LEASE_REASON_MAX, leaseSeasons } from '../../../../../domain/berths/lease-create-schema.ts';
import { seasonEnd, seasonStart } from '../../../../../domain/berths/seasons.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useListBerthsQuery, useListHarboursQuery } from '../../../api/kuva-api.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { useErrorText } from '../../../components/StateViews.tsx';
import { dayForInput } from '../../../format/dates.ts';
import { formatIsoDate, formatMetres, helsinkiToday, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { checkNewLease, fitOf, freeBerths, piersWithFree, type NewLeaseField, type NewLeaseForm as Form } from './new-lease-form.ts';
import { useCreateLeaseMutation } from './lease-create-api.ts';
import { Field } from '../harbours/FormFields.tsx';

/**
 * A lease made directly for the customer, without an application (a large vessel, a correction):
 * harbour, pier and a free berth in use (with its size; one narrower than the boat is refused, a
 * shorter one needs the handler's word), the season's dates and a reason. Saving sends one
 * `berths.createLease`, decided in the cache at once; Cancel or Escape leaves everything as it was.
 */
export function NewLeaseForm({ view, onDone }: { view: Customer360; onDone: (made: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const today = helsinkiToday();
  const [form, setForm] = useState<Form>(() => {
    const d = createLeaseDefaults(today);
    return { boatId: view.boats[0]?.id ?? '', season: d.season, harbourId: '', pierId: '', berthId: '', start: dayForInput(d.startDate, lang), end: dayForInput(d.endDate, lang), reason: '', acceptShorter: false };
  });
  const [touched, setTouched] = useState<ReadonlySet<NewLeaseField>>(new Set());
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [create, { isLoading }] = useCreateLeaseMutation();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const harbours = useListHarboursQuery();
  const berths = useListBerthsQuery({ harbourId: form.harbourId, season: form.season }, { skip: form.harbourId === '' });
  const free = useMemo(() => freeBerths(berths.data?.berths ?? []), [berths.data]);
  const piers = useMemo(() => piersWithFree(free), [free]);
  const pierId = piers.some((p) => p.id === form.pierId) ? form.pierId : (piers[0]?.id ?? '');
  const onPier = free.filter((b) => b.pierId === pierId);
  const berth = onPier.find((b) => b.id === form.berthId) ?? null;
  const boat = view.boats.find((b) => b.id === form.boatId) ?? null;
  const fit = berth ? fitOf(berth, boat) : 'fits';
  const checked = checkNewLease({ ...form, pierId }, { lang, today, customerId: view.customer.id, berth, boat });
  const shown = (f: NewLeaseField) => tried || touched.has(f);
  const problem = (f: NewLeaseField) => {
    const p = shown(f) ? checked.problems[f] : undefined;
    return p ? t(p.key, p.params ?? {}) : undefined;
  };

  const set = <K extends keyof Form>(key: K, value: Form[K], field?: NewLeaseField) => {
    setForm((s) => ({ ...s, [key]: value }));
    if (field) setTouched((s) => new Set(s).add(field));
  };
  const setSeason = (season: number) => {
    const d = createLeaseDefaults(today, season);
    setForm((s) => ({ ...s, season, berthId: '', start: dayForInput(d.startDate, lang), end: dayForInput(d.endDate, lang) }));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setRefusal(null);
    if (!checked.payload) return;
    const r = await create(checked.payload);
    if ('error' in r && r.error) {
      setRefusal(asAppError(r.error));
      return;
    }
    dispatch(announce({ key: 'berthCustomers.newLease.created' }));
    onDone(true);
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onDone(false);
    }
  };

  const metres = (m: number) => formatMetres(m, lang);
  const berthLabel = (b: (typeof onPier)[number]) => {
    const f = fitOf(b, boat);
    const key = f === 'too_narrow' ? 'berthOptionNarrow' : f === 'too_short' ? 'berthOptionShort' : 'berthOption';
    return t(`berthCustomers.newLease.${key}`, { number: b.number, width: metres(b.width), length: metres(b.length) });
  };
  const range = { season: String(form.season), earliest: formatIsoDate(seasonStart(form.season), lang), latest: formatIsoDate(seasonEnd(form.season), lang) };

  return (
    <section className="customer-section new-lease" aria-labelledby="new-lease-title" data-testid="new-lease">
      <h3 id="new-lease-title" ref={headingRef} tabIndex={-1}>
        {t('berthCustomers.newLease.title')}
      </h3>
      <p className="muted">{t('berthCustomers.newLease.intro')}</p>
      <form className="new-lease__form" onSubmit={save} onKeyDown={onKeyDown} noValidate>
        <div className="new-lease__row">
          <SelectField
            id="new-lease-boat"
            label={t('berthCustomers.newLease.boat')}
            value={form.boatId}
            options={[
              ...view.boats.map((b) => ({ value: b.id, label: `${[b.registrationNumber, b.name].filter(Boolean).join(' · ')} (${metres(b.length)} × ${metres(b.width)})` })),
              { value: '', label: t('berthCustomers.newLease.noBoat') },
            ]}
            onChange={(v) => set('boatId', v)}
          />
          <SelectField
            id="new-lease-season"
            label={t('berthCustomers.newLease.season')}
            value={String(form.season)}
            options={leaseSeasons(today).map((s) => ({ value: String(s), label: String(s) }))}
            onChange={(v) => setSeason(Number(v))}
          />
        </div>
        <div className="new-lease__row">
          <SelectField
            id="new-lease-harbour"
            label={t('berthCustomers.newLease.harbour')}
            value={form.harbourId}
            options={[{ value: '', label: t('berthCustomers.newLease.chooseHarbour') }, ...(harbours.data ?? []).map((h) => ({ value: h.id, label: localized(h.name, lang) }))]}
            onChange={(v) => setForm((s) => ({ ...s, harbourId: v, pierId: '', berthId: '' }))}
          />
          <SelectField
            id="new-lease-pier"
            label={t('berthCustomers.newLease.pier')}
            value={pierId}
            options={piers.map((p) => ({ value: p.id, label: p.identifier === '' || p.identifier === '-' ? t('berthCustomers.newLease.noPier') : p.identifier }))}
            onChange={(v) => setForm((s) => ({ ...s, pierId: v, berthId: '' }))}
          />
        </div>
        {form.harbourId !== '' && berths.data && piers.length === 0 ? (
          <p className="muted" data-testid="new-lease-none-free">
            {t('berthCustomers.newLease.noFree', { season: form.season })}
          </p>
        ) : null}
        <SelectField
          id="new-lease-berth"
          label={t('berthCustomers.newLease.berth')}
          value={berth?.id ?? ''}
          options={[{ value: '', label: '—' }, ...onPier.map((b) => ({ value: b.id, label: berthLabel(b) }))]}
          onChange={(v) => set('berthId', v, 'berthId')}
        />
        {problem('berthId') ? (
          <p className="new-lease__problem" role="alert" data-testid="new-lease-berth-problem">
            {problem('berthId')}
          </p>
        ) : null}
        {berth && fit === 'too_short' ? (
          <Checkbox
            id="new-lease-accept-shorter"
            data-testid="new-lease-accept-shorter"
            label={t('berthCustomers.newLease.confirmShorter')}
            checked={form.acceptShorter}
            onChange={(e) => set('acceptShorter', e.target.checked, 'acceptShorter')}
            errorText={problem('acceptShorter')}
          />
        ) : null}
        <div className="new-lease__row">
          {(['start', 'end'] as const).map((f) => (
            <Field
              key={f}
              id={`new-lease-${f}`}
              label={t(`berthCustomers.newLease.${f === 'start' ? 'startDate' : 'endDate'}`)}
              helperText={t('berthCustomers.newLease.datesHelp', range)}
              value={form[f]}
              onChange={(v) => set(f, v, f)}
              problem={checked.problems[f]}
              shown={shown(f)}
              required
            />
          ))}
        </div>
        <TextArea
          id="new-lease-reason"
          data-testid="new-lease-reason"
          label={t('berthCustomers.newLease.reason')}
          helperText={t('berthCustomers.newLease.reasonHelp')}
          value={form.reason}
          maxLength={LEASE_REASON_MAX}
          onChange={(e) => set('reason', e.target.value, 'reason')}
          invalid={problem('reason') !== undefined}
          errorText={problem('reason')}
          required
        />
        {refusal ? (
          <p className="new-lease__problem" role="alert" data-testid="new-lease-refusal">
            {errorText(refusal)}
          </p>
        ) : null}
        <div className="new-lease__buttons">
          <Button type="submit" size={ButtonSize.Small} disabled={isLoading} data-testid="new-lease-save">
            {isLoading ? t('berthCustomers.newLease.saving') : t('berthCustomers.newLease.save')}
          </Button>
          <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDone(false)} data-testid="new-lease-cancel">
            {t('berthCustomers.newLease.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
