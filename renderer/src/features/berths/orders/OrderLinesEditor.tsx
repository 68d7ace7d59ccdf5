import { Button, ButtonSize, ButtonVariant, TextInput } from 'hds-react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BerthOrder } from '../../../../../domain/berths/order-entity.ts';
import { fixedPriceCents, SERVICE_TITLES } from '../../../../../domain/berths/order-lines.ts';
import { ADDITIONAL_SERVICES, ADDITIONAL_VAT_PERCENTS } from '../../../../../domain/berths/price-list.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useEditOrderLinesMutation } from '../../../api/kuva-api.ts';
import { useErrorText } from '../../../components/StateViews.tsx';
import { formatMoney, formatPercent } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import type { Problem } from '../harbours/master-data-form.ts';
import { checkLines, isFixedService, newRow, rowsOf, withService, type LineRow, type LineUnit, type Service } from './order-lines-form.ts';
import { OrderLinesTable, vatText } from './OrderLinesTable.tsx';

/** A labelled native select that says what is wrong with it next to it. */
function RowSelect({ id, label, value, options, onChange, problem, disabled }: { id: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; problem?: string | null; disabled?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="native-select" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} disabled={disabled}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {problem ? (
        <p id={`${id}-error`} className="field-problem" data-testid="order-line-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The invoice's additional service lines edited (berths.editOrderLines): each service at most once,
 * priced as euros incl. VAT or as a percentage of the berth's price, at an accepted VAT rate (the
 * fixed harbour services at the general one); the berth line stays as offered. A percentage is sent
 * as its percent, so the line follows the berth's price (decision 48). The totals are the domain's
 * own (order-lines.ts), recomputed while the handler types.
 */
export function OrderLinesEditor({ order, applicationId, onDone }: { order: BerthOrder; applicationId: string | null; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const ids = useId();
  const [rows, setRows] = useState<LineRow[]>(() => rowsOf(order, lang));
  const [serial, setSerial] = useState(0);
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [save, { isLoading }] = useEditOrderLinesMutation();
  const formRef = useRef<HTMLFormElement | null>(null);
  const checked = checkLines(order, rows);
  const add = newRow(rows, `new-${serial}`);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input, button')?.focus();
  }, []);

  const change = (key: string, patch: (r: LineRow) => LineRow) => setRows((rs) => rs.map((r) => (r.key === key ? patch(r) : r)));
  const touch = (key: string) => setTouched((s) => new Set(s).add(key));
  const shown = (key: string, p: Problem | undefined) => (p && (tried || touched.has(key) || p.key.endsWith('duplicate')) ? t(p.key, p.params ?? {}) : null);

  const addRow = () => {
    if (!add) return;
    setRows((rs) => [...rs, add]);
    setSerial((n) => n + 1);
    setTimeout(() => document.getElementById(`${ids}-${add.key}-service`)?.focus(), 0);
  };
  const removeRow = (key: string) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    setTimeout(() => document.getElementById(`${ids}-add`)?.focus(), 0);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setRefusal(null);
    if (!checked.services) {
      const first = rows.find((r) => checked.problems[r.key]);
      const field = first && checked.problems[first.key]?.service ? 'service' : 'value';
      if (first) document.getElementById(`${ids}-${first.key}-${field}`)?.focus();
      return;
    }
    if (!checked.changed) {
      onDone(false);
      return;
    }
    const r = await save({ applicationId, orderId: order.id, services: checked.services });
    if ('error' in r && r.error) {
      setRefusal(errorText(asAppError(r.error)));
      return;
    }
    dispatch(announce({ key: 'commands.pending', params: { command: 'commands.editOrderLines' } }));
    onDone(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onDone(false);
    }
  };

  const serviceOptions = ADDITIONAL_SERVICES.map((s) => ({ value: s, label: SERVICE_TITLES[s][lang] }));
  const unitOptions = (['amount', 'percentage'] as const).map((u) => ({ value: u, label: t(`berthOrders.lines.units.${u}`) }));
  const vatOptions = ADDITIONAL_VAT_PERCENTS.map((v) => ({ value: String(v), label: vatText(v, lang) }));
  const berthLines = order.lines.filter((l) => l.product === 'berth');
  const berthMoney = formatMoney(fixedPriceCents(berthLines), lang);

  return (
    <form ref={formRef} className="order-lines-editor" aria-labelledby={`${ids}-title`} onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="order-lines-editor">
      <p id={`${ids}-title`} className="order-lines-editor__title">
        <strong>{t('berthOrders.lines.title')}</strong>
      </p>
      <p className="muted">{t('berthOrders.lines.intro', { berth: berthLines.map((l) => `${l.title[lang]}: ${formatMoney(l.totalCents, lang)}`).join(', ') })}</p>
      {rows.length === 0 ? <p className="muted" data-testid="order-lines-empty">{t('berthOrders.lines.none')}</p> : null}
      {rows.map((row, i) => {
        const p = checked.problems[row.key] ?? {};
        const line = checked.lines.find((l) => l.product === row.service && !p.value && !p.service);
        const base = `${ids}-${row.key}`;
        const valueProblem = shown(row.key, p.value);
        return (
          <fieldset key={row.key} className="order-line-row" data-testid="order-line-row" data-service={row.service}>
            <legend className="visually-hidden">{t('berthOrders.lines.row', { n: i + 1, service: SERVICE_TITLES[row.service][lang] })}</legend>
            <RowSelect id={`${base}-service`} label={t('berthOrders.lines.service')} value={row.service} options={serviceOptions} onChange={(v) => change(row.key, (r) => withService(r, v as Service))} problem={shown(row.key, p.service)} />
            <RowSelect id={`${base}-unit`} label={t('berthOrders.lines.unit')} value={row.unit} options={unitOptions} onChange={(v) => change(row.key, (r) => ({ ...r, unit: v as LineUnit }))} />
            <TextInput
              id={`${base}-value`}
              data-testid="order-line-value"
              className="order-line-row__value"
              label={row.unit === 'amount' ? t('berthOrders.lines.amount') : t('berthOrders.lines.percentage')}
              value={row.value}
              onChange={(e) => change(row.key, (r) => ({ ...r, value: e.target.value }))}
              onBlur={() => touch(row.key)}
              invalid={valueProblem !== null}
              errorText={valueProblem ?? undefined}
              inputMode="decimal"
              autoComplete="off"
              required
            />
            <RowSelect
              id={`${base}-vat`}
              label={t('berthOrders.vatPercent')}
              value={String(row.vatPercent)}
              options={vatOptions}
              onChange={(v) => change(row.key, (r) => ({ ...r, vatPercent: Number(v) }))}
              disabled={isFixedService(row.service)}
            />
            <p className="order-line-row__total" data-testid="order-line-total">
              <span className="muted">{t('berthOrders.total')}</span> {line ? formatMoney(line.totalCents, lang) : '–'}
              {line?.percent !== undefined ? <span className="muted" data-testid="order-line-percent"> ({t('berthOrders.lines.percentTotal', { percent: formatPercent(line.percent, lang), berth: berthMoney })})</span> : null}
            </p>
            <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => removeRow(row.key)} data-testid="order-line-remove" aria-label={t('berthOrders.lines.remove', { service: SERVICE_TITLES[row.service][lang] })}>
              {t('berthOrders.lines.removeShort')}
            </Button>
          </fieldset>
        );
      })}
      <div className="order-lines-editor__add">
        <Button id={`${ids}-add`} type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={addRow} disabled={!add} data-testid="order-line-add">
          {t('berthOrders.lines.add')}
        </Button>
        {!add ? <span className="muted"> {t('berthOrders.lines.allUsed')}</span> : null}
      </div>
      <div aria-live="polite" className="order-lines-editor__preview">
        <p className="order-lines-editor__title">
          <strong>{t('berthOrders.lines.preview')}</strong>
        </p>
        <OrderLinesTable lines={checked.lines} totals={checked.totals} testId="order-lines-preview" />
      </div>
      {refusal ? (
        <p className="field-problem" role="alert" data-testid="order-lines-refusal">
          {refusal}
        </p>
      ) : null}
      <div className="detail-actions">
        <Button type="submit" size={ButtonSize.Small} disabled={isLoading} data-testid="order-lines-save">
          {t('berthOrders.lines.save')}
        </Button>
        <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDone(false)} data-testid="order-lines-cancel">
          {t('berthOrders.lines.cancel')}
        </Button>
      </div>
    </form>
  );
}
