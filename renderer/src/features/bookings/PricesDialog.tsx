import { Button, ButtonSize, ButtonVariant, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { PAYMENT_TYPES, PRICE_UNITS, type Pricing } from '../../../../domain/bookings/entities.ts';
import { asAppError } from '../../api/base-query.ts';
import { commandError } from '../../api/command-error.ts';
import { useSetPricesMutation, useUnitSettingsQuery } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatIsoDate, formatMoney, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { readPriceDraft, type PriceDraft } from './price-draft.ts';

const EMPTY: PriceDraft = { begins: '', priceUnit: 'PER_HOUR', highest: '', lowest: '', vat: '25,5', paymentType: 'ON_SITE' };
const byBegin = (list: readonly Pricing[]) => [...list].sort((a, b) => a.begins.localeCompare(b.begins));
const sameList = (a: readonly Pricing[], b: readonly Pricing[]) => JSON.stringify(byBegin(a)) === JSON.stringify(byBegin(b));

/**
 * A reservation unit's prices for its admin (brief 4.5): the begun ones as they are, the coming
 * ones to remove, and a new price that begins on a later day. Bookings already made keep their
 * price; a booking is priced by the price in force on its day.
 */
export function PricesDialog({ unit, onClose }: { unit: ReservationUnitOption; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const list = useUnitSettingsQuery({ reservationUnitId: unit.id });
  const [save] = useSetPricesMutation();
  const [edited, setEdited] = useState<Pricing[] | null>(null);
  const [draft, setDraft] = useState<PriceDraft>(EMPTY);
  const [shown, setShown] = useState<string | null>(null);
  const data = list.data;
  const prices = byBegin(edited ?? data?.pricings ?? []);
  const read = data ? readPriceDraft(draft, lang, data.today, prices.map((p) => p.begins)) : null;
  const change = (patch: Partial<PriceDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setShown(null);
  };
  const add = () => {
    if (!read) return;
    if (!read.ok) return setShown(read.field);
    setEdited([...prices, read.pricing]);
    setDraft(EMPTY);
  };
  const problemOf = (field: string) => (read && !read.ok && shown === field ? t(read.problem) : undefined);
  const blocked = !data ? t('bookings.prices.loading') : edited === null || sameList(edited, data.pricings) ? t('bookings.prices.unchanged') : null;

  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.prices.title', { unit: localized(unit.name, lang) })}
      text={t('bookings.prices.text')}
      confirmLabel={t('bookings.prices.confirm')}
      cancelLabel={t('bookings.prices.cancel')}
      testId="prices-dialog"
      confirmTestId="prices-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await save({ reservationUnitId: unit.id, pricings: prices }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.setPrices' } }));
        return err;
      }}
    >
      {list.isLoading ? (
        <LoadingState text={t('bookings.prices.loading')} small />
      ) : list.isError ? (
        <ErrorState error={asAppError(list.error)} onRetry={() => void list.refetch()} />
      ) : data ? (
        <>
          <table className="data-table dialog-table prices-table" data-testid="price-list">
            <caption>{t('bookings.prices.caption', { count: prices.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bookings.prices.begins')}</th>
                <th scope="col">{t('bookings.prices.price')}</th>
                <th scope="col">{t('bookings.prices.payment')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('bookings.prices.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {prices.map((p) => {
                const begun = p.begins <= data.today;
                return (
                  <tr key={p.begins} data-testid="price-row" data-begins={p.begins} data-begun={begun ? 'true' : 'false'}>
                    <td>
                      {formatIsoDate(p.begins, lang)}
                      {begun ? <span className="occurrence-change">{t('bookings.prices.begun')}</span> : null}
                    </td>
                    <td>
                      {formatMoney(p.highestPriceCents, lang)} {t(`bookings.prices.units.${p.priceUnit}`)}
                      <span className="occurrence-change">{t('bookings.prices.lowestAndVat', { lowest: formatMoney(p.lowestPriceCents, lang), vat: p.vatPercent.toLocaleString(lang) })}</span>
                    </td>
                    <td>{t(`bookings.prices.paymentTypes.${p.paymentType}`)}</td>
                    <td>
                      {begun ? null : (
                        <Button
                          size={ButtonSize.Small}
                          variant={ButtonVariant.Secondary}
                          onClick={() => setEdited(prices.filter((x) => x !== p))}
                          data-testid={`price-remove-${p.begins}`}
                          aria-label={t('bookings.prices.removeOne', { date: formatIsoDate(p.begins, lang) })}
                        >
                          {t('bookings.prices.remove')}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <fieldset className="price-form" data-testid="price-form">
            <legend>{t('bookings.prices.newPrice')}</legend>
            <div className="form-row">
              <TextInput id="price-begins" label={t('bookings.prices.begins')} helperText={t('bookings.prices.beginsHelp')} value={draft.begins} onChange={(e) => change({ begins: e.target.value })} invalid={problemOf('begins') !== undefined} errorText={problemOf('begins')} autoComplete="off" required />
              <SelectField id="price-unit" label={t('bookings.prices.unit')} value={draft.priceUnit} onChange={(v) => change({ priceUnit: v as Pricing['priceUnit'] })} options={PRICE_UNITS.map((u) => ({ value: u, label: t(`bookings.prices.unitNames.${u}`) }))} />
            </div>
            <div className="form-row">
              <TextInput id="price-highest" label={t('bookings.prices.highest')} value={draft.highest} onChange={(e) => change({ highest: e.target.value })} invalid={problemOf('highest') !== undefined} errorText={problemOf('highest')} autoComplete="off" required />
              <TextInput id="price-lowest" label={t('bookings.prices.lowest')} value={draft.lowest} onChange={(e) => change({ lowest: e.target.value })} invalid={problemOf('lowest') !== undefined} errorText={problemOf('lowest')} autoComplete="off" />
              <TextInput id="price-vat" label={t('bookings.prices.vat')} value={draft.vat} onChange={(e) => change({ vat: e.target.value })} invalid={problemOf('vat') !== undefined} errorText={problemOf('vat')} autoComplete="off" required />
            </div>
            <div className="form-row">
              <SelectField id="price-payment" label={t('bookings.prices.payment')} value={draft.paymentType} onChange={(v) => change({ paymentType: v as Pricing['paymentType'] })} options={PAYMENT_TYPES.map((p) => ({ value: p, label: t(`bookings.prices.paymentTypes.${p}`) }))} />
            </div>
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={add} data-testid="price-add">
              {t('bookings.prices.add')}
            </Button>
          </fieldset>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
