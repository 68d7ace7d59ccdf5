import { Button, ButtonVariant, Dialog, Notification } from 'hds-react';
import { useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PriceListVersion } from '../../../../../domain/berths/master-data-contract.ts';
import type { AppError } from '../../../../../domain/result.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ErrorState, LoadingState, useErrorText } from '../../../components/StateViews.tsx';
import { useReturnFocus } from '../../../components/useReturnFocus.ts';
import { dayForInput } from '../../../format/dates.ts';
import { formatIsoDate, formatMoney, formatNumber2 } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Field } from './FormFields.tsx';
import { usePriceListsQuery, useSavePriceListMutation } from './master-data-api.ts';
import { checkPriceListForm, priceListForm, type PriceListForm } from './price-list-form.ts';
import { addDays } from '../../../../../domain/berths/seasons.ts';

type Editing = { form: PriceListForm; keepIds: boolean; from: string | null };

/**
 * The berth price list: the version in force and the upcoming ones, band by band. A role that
 * may edit makes a new dated version from one of them (prices typed per band and tier), or
 * changes an upcoming one; a version in force is never changed.
 */
export function PriceListDialog({ canWrite, onClose }: { canWrite: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const id = useId().replace(/:/g, '');
  const q = usePriceListsQuery();
  const [editing, setEditing] = useState<Editing | null>(null);
  useReturnFocus();
  const shown = (q.data?.versions ?? []).filter((v) => v.state !== 'past');

  const start = (v: PriceListVersion) => {
    const upcoming = v.state === 'upcoming';
    const from = upcoming && v.validFrom ? dayForInput(v.validFrom, lang) : dayForInput(addDays(q.data!.today, 1), lang);
    const until = upcoming && v.validUntil ? dayForInput(v.validUntil, lang) : '';
    setEditing({ form: priceListForm(v.products.map((p) => p.record), from, until, lang), keepIds: upcoming, from: upcoming ? v.validFrom : null });
  };

  return (
    <Dialog id={`price-list-${id}`} aria-labelledby={`price-list-${id}-title`} isOpen close={onClose} closeButtonLabelText={t('berthsMaster.priceList.close')} data-testid="price-list-dialog" className="price-list-dialog" style={{ width: 'min(52rem, 96vw)', maxWidth: 'min(52rem, 96vw)' }} scrollable>
      <Dialog.Header
        id={`price-list-${id}-title`}
        title={editing ? (editing.from ? t('berthsMaster.priceList.editTitle', { from: formatIsoDate(editing.from, lang) }) : t('berthsMaster.priceList.newTitle')) : t('berthsMaster.priceList.title')}
      />
      {editing && q.data ? (
        <PriceListEditor editing={editing} today={q.data.today} lang={lang} onDone={() => setEditing(null)} />
      ) : (
        <>
          <Dialog.Content>
            <p className="muted">{t('berthsMaster.priceList.intro')}</p>
            {q.isError ? (
              <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
            ) : !q.data ? (
              <LoadingState text={t('states.loading')} />
            ) : shown.length === 0 ? (
              <p>{t('berthsMaster.priceList.empty')}</p>
            ) : (
              shown.map((v) => (
                <section key={`${v.validFrom}|${v.validUntil}`} className="price-version" data-testid="price-version" data-state={v.state} aria-label={`${t(`berthsMaster.priceList.${v.state}`)} ${validity(v, lang, t)}`}>
                  <h3 className="price-version__title">
                    <span className={`price-state price-state--${v.state}`}>{t(`berthsMaster.priceList.${v.state}`)}</span> {validity(v, lang, t)}
                  </h3>
                  <PriceTable version={v} lang={lang} />
                  {canWrite ? (
                    <Button variant={ButtonVariant.Secondary} onClick={() => start(v)} data-testid={v.state === 'upcoming' ? 'price-edit-upcoming' : 'price-new-version'}>
                      {v.state === 'upcoming' ? t('berthsMaster.priceList.editVersion') : t('berthsMaster.priceList.newVersion')}
                    </Button>
                  ) : null}
                </section>
              ))
            )}
            {!canWrite ? <p className="muted">{t('berthsMaster.readOnly')}</p> : null}
          </Dialog.Content>
          <Dialog.ActionButtons>
            <Button variant={ButtonVariant.Secondary} onClick={onClose} data-testid="price-list-close">
              {t('berthsMaster.priceList.close')}
            </Button>
          </Dialog.ActionButtons>
        </>
      )}
    </Dialog>
  );
}

function validity(v: PriceListVersion, lang: Language, t: TFunction): string {
  if (!v.validFrom) return t('berthsMaster.priceList.always');
  const from = formatIsoDate(v.validFrom, lang);
  return v.validUntil ? t('berthsMaster.priceList.range', { from, until: formatIsoDate(v.validUntil, lang) }) : t('berthsMaster.priceList.from', { from });
}

/** A width band in words: the lower bound is not in it, the upper one is; 999.99 m stands for no upper bound. */
function bandText(min: number, max: number, lang: Language, t: TFunction) {
  if (max >= 999) return min === 0 ? t('berthsMaster.priceList.bandAny') : t('berthsMaster.priceList.bandOver', { min: formatNumber2(min, lang) });
  return t('berthsMaster.priceList.bandRange', { min: formatNumber2(min, lang), max: formatNumber2(max, lang) });
}

function PriceTable({ version, lang }: { version: PriceListVersion; lang: Language }) {
  const { t } = useTranslation();
  return (
    <table className="data-table price-table">
        <thead>
          <tr>
            <th scope="col">{t('berthsMaster.priceList.band')}</th>
            {[1, 2, 3].map((n) => (
              <th key={n} scope="col" className="num">
                {t('berthsMaster.tier', { tier: n })}
              </th>
            ))}
            <th scope="col" className="num">
              {t('berthsMaster.priceList.vat')}
            </th>
          </tr>
        </thead>
        <tbody>
          {version.products.map(({ record: p }) => (
            <tr key={p.id}>
              <th scope="row">
                {t(`berthsMaster.priceList.categories.${p.pricingCategory}`)}, {bandText(p.minWidthExclusive, p.maxWidthInclusive, lang, t)}
              </th>
              {p.tierPricesCents.map((c, i) => (
                <td key={i} className="num">
                  {formatMoney(c, lang)}
                </td>
              ))}
              <td className="num">{formatNumber2(p.vatPercent, lang)} %</td>
            </tr>
          ))}
        </tbody>
    </table>
  );
}

function PriceListEditor({ editing, today, lang, onDone }: { editing: Editing; today: string; lang: Language; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const dispatch = useAppDispatch();
  const [save, { isLoading }] = useSavePriceListMutation();
  const [form, setForm] = useState<PriceListForm>(editing.form);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<AppError | null>(null);
  const checked = useMemo(() => checkPriceListForm(form, today, lang, editing.keepIds), [form, today, lang, editing.keepIds]);
  const problems = checked.ok ? {} : checked.problems;
  const touch = (k: string) => setTouched((s) => new Set(s).add(k));
  const setPrice = (row: number, tier: number, value: string) => {
    setForm((f) => ({ ...f, prices: f.prices.map((p, i) => (i === row ? { ...p, euros: p.euros.map((e, j) => (j === tier ? value : e)) as [string, string, string] } : p)) }));
    touch(`${row}-${tier}`);
  };

  const submit = async () => {
    if (!checked.ok) return;
    const r = await save(checked.input);
    if ('error' in r && r.error) {
      setError(asAppError(r.error));
      return;
    }
    dispatch(announce({ key: 'commands.pending', params: { command: 'commands.savePriceList' } }));
    onDone();
  };

  return (
    <>
      <Dialog.Content>
        <div className="master-form__row">
          <Field
            id="price-valid-from"
            label={t('berthsMaster.priceList.validFrom')}
            helperText={t('berthsMaster.priceList.dateHelp')}
            value={form.validFrom}
            onChange={(v) => {
              setForm((f) => ({ ...f, validFrom: v }));
              touch('validFrom');
            }}
            problem={problems.validFrom && { ...problems.validFrom, params: problems.validFrom.params && { day: formatIsoDate(String(problems.validFrom.params.day), lang) } }}
            shown={touched.has('validFrom')}
            required
          />
          <Field
            id="price-valid-until"
            label={t('berthsMaster.priceList.validUntil')}
            helperText={t('berthsMaster.priceList.validUntilHelp')}
            value={form.validUntil}
            onChange={(v) => {
              setForm((f) => ({ ...f, validUntil: v }));
              touch('validUntil');
            }}
            problem={problems.validUntil}
            shown={touched.has('validUntil')}
          />
        </div>
        {editing.keepIds ? null : <p className="muted">{t('berthsMaster.priceList.endsCurrent')}</p>}
        <table className="data-table price-table price-table--edit">
            <thead>
              <tr>
                <th scope="col">{t('berthsMaster.priceList.band')}</th>
                {[1, 2, 3].map((n) => (
                  <th key={n} scope="col">
                    {t('berthsMaster.tier', { tier: n })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {form.prices.map(({ band, euros }, row) => {
                const name = `${t(`berthsMaster.priceList.categories.${band.pricingCategory}`)}, ${bandText(band.minWidthExclusive, band.maxWidthInclusive, lang, t)}`;
                return (
                  <tr key={band.id}>
                    <th scope="row">{name}</th>
                    {euros.map((value, tier) => {
                      const key = `${row}-${tier}`;
                      const problem = touched.has(key) ? problems.prices?.[key] : undefined;
                      return (
                        <td key={tier}>
                          <input
                            className={`price-input${problem ? ' price-input--invalid' : ''}`}
                            data-testid={`price-${row}-${tier}`}
                            aria-label={t('berthsMaster.priceList.priceLabel', { category: t(`berthsMaster.priceList.categories.${band.pricingCategory}`), band: bandText(band.minWidthExclusive, band.maxWidthInclusive, lang, t), tier: String(tier + 1) })}
                            aria-invalid={problem !== undefined}
                            title={problem ? t(problem.key) : undefined}
                            inputMode="decimal"
                            value={value}
                            onChange={(e) => setPrice(row, tier, e.target.value)}
                          />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
        </table>
        {problems.prices && Object.keys(problems.prices).some((k) => touched.has(k)) ? (
          <p className="field-error" role="alert">
            {t('berthsMaster.validation.price')}
          </p>
        ) : null}
        {error ? (
          <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="dialog-error" data-code={error.code}>
            {errorText(error)}
          </Notification>
        ) : null}
      </Dialog.Content>
      <Dialog.ActionButtons>
        <Button onClick={() => void submit()} disabled={!checked.ok || isLoading} data-testid="price-save">
          {t('berthsMaster.priceList.create')}
        </Button>
        <Button variant={ButtonVariant.Secondary} onClick={onDone} data-testid="price-cancel">
          {t('actions.cancel')}
        </Button>
      </Dialog.ActionButtons>
    </>
  );
}
