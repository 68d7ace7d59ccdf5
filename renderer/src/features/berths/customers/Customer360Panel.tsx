import { OrderLineChanges } from '../orders/OrderLineChanges.tsx';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useRef, useState } from 'react';
import type { Customer360 } from '../../../../../domain/berths/customer-contract.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatDateTime, formatInstantDate, formatIsoDate, formatMoney } from '../../../format/format.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { openApplication } from '../../../store/ui-slice.ts';
import { berthLabel } from '../berth-label.ts';
import { StatusBadge } from '../StatusBadge.tsx';
import { can } from '../../../../../domain/roles.ts';
import { useGetSessionQuery } from '../../../api/kuva-api.ts';
import { useCustomer360 } from './use-customer-calls.ts';
import { NewLeaseForm } from './NewLeaseForm.tsx';
import { Fact, Section, useLang } from './customer-section.tsx';
import { Boats } from './BoatsSection.tsx';
import { Invoices } from './InvoicesSection.tsx';
import { PaymentIssues } from './PaymentIssuesSection.tsx';
import { GdprEraseButton, GdprExportButton } from './GdprActions.tsx';
import { useActorLabel } from '../../../i18n/actor-label.ts';

function Profile({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
  const c = view.customer;
  return (
    <Section id="profile" title={t('berthCustomers.sections.profile')}>
      {c.erasedAt ? (
        <p className="customer-gdpr__erased" data-testid="customer-erased">
          {t('berthCustomers.gdpr.erasedNotice', { date: formatDateTime(c.erasedAt, lang), name: c.erasedBy ?? '' })}
        </p>
      ) : null}
      <dl className="facts">
        <Fact label={t('berthCustomers.profile.group')} value={t(`customerKinds.${c.kind}`)} />
        <Fact label={t('berthCustomers.profile.invoicing')} value={t(`berthCustomers.invoicing.${c.invoicingType}`)} />
        <Fact label={t('berthCustomers.profile.company')} value={c.companyName} />
        <Fact label={t('berthCustomers.profile.businessId')} value={c.businessId} />
        <Fact label={t('berthCustomers.profile.email')} value={c.email} />
        <Fact label={t('berthCustomers.profile.phone')} value={c.phone} />
        <Fact label={t('berthCustomers.profile.address')} value={[c.address, `${c.zipCode} ${c.municipality}`.trim()].filter(Boolean).join(', ')} />
        <Fact label={t('berthCustomers.profile.language')} value={t(`languages.${c.language}`)} />
      </dl>
    </Section>
  );
}

function Applications({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
  const dispatch = useAppDispatch();
  return (
    <Section id="applications" title={t('berthCustomers.sections.applications')}>
      {view.applications.length === 0 ? (
        <p className="muted">{t('berthCustomers.applications.none')}</p>
      ) : (
        <table className="customer-table">
          <thead>
            <tr>
              <th scope="col">{t('berthCustomers.applications.reference')}</th>
              <th scope="col">{t('berthCustomers.applications.status')}</th>
              <th scope="col">{t('berthCustomers.applications.season')}</th>
              <th scope="col">{t('berthCustomers.applications.received')}</th>
              <th scope="col">{t('berthCustomers.applications.boat')}</th>
            </tr>
          </thead>
          <tbody>
            {view.applications.map((a) => (
              <tr key={a.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    data-testid="customer-application-link"
                    aria-label={t('berthCustomers.applications.open', { reference: a.reference })}
                    onClick={() => dispatch(openApplication({ id: a.id }))}
                  >
                    {a.reference}
                  </button>
                </td>
                <td>
                  <StatusBadge status={a.status} compact />
                </td>
                <td>{a.season}</td>
                <td>{formatInstantDate(a.receivedAt, lang)}</td>
                <td>{[a.boatRegistration, a.boatName].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Leases({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
  return (
    <Section id="leases" title={t('berthCustomers.sections.leases')}>
      {view.leases.length === 0 ? (
        <p className="muted">{t('berthCustomers.leases.none')}</p>
      ) : (
        <table className="customer-table customer-table--leases">
          <thead>
            <tr>
              <th scope="col">{t('berthCustomers.leases.berth')}</th>
              <th scope="col">{t('berthCustomers.leases.season')}</th>
              <th scope="col">{t('berthCustomers.leases.period')}</th>
              <th scope="col">{t('berthCustomers.leases.status')}</th>
              <th scope="col">{t('berthCustomers.leases.price')}</th>
            </tr>
          </thead>
          <tbody>
            {view.leases.map((l) => (
              <tr key={l.id} data-testid="customer-lease" data-lease-id={l.id} data-season={l.season} data-status={l.status}>
                <td>
                  {l.berthNumber ? berthLabel(t, lang, { harbourName: l.harbourName, pier: l.pier, number: l.berthNumber }) : t('berthCustomers.leases.unknownBerth')}
                  {l.directReason ? (
                    <span className="customer-lease__reason" data-testid="customer-lease-reason">
                      {t('berthCustomers.newLease.reasonShown', { reason: l.directReason })}
                    </span>
                  ) : null}
                </td>
                <td>{l.season}</td>
                <td>{`${formatIsoDate(l.startDate, lang)}–${formatIsoDate(l.endDate, lang)}`}</td>
                <td>{t(`leaseStatuses.${l.status}`)}</td>
                <td className="customer-table__number">{formatMoney(l.priceCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function History({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
  const actorLabel = useActorLabel();
  // A lease made without an application has no reference: its berth names it.
  const leaseBerth = (leaseId: string | null) => {
    const l = view.leases.find((x) => x.id === leaseId);
    return l?.berthNumber ? berthLabel(t, lang, { harbourName: l.harbourName, pier: l.pier, number: l.berthNumber }) : '';
  };
  return (
    <Section id="history" title={t('berthCustomers.sections.history')}>
      {view.history.length === 0 ? (
        <p className="muted">{t('berthCustomers.history.none')}</p>
      ) : (
        <ol className="customer-history">
          {view.history.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at}>{formatDateTime(h.at, lang)}</time> <strong>{t(`eventKinds.${h.kind}`)}</strong> <span>{h.reference || leaseBerth(h.leaseId)}</span>
              {h.fromStatus && h.toStatus ? <span> {t('berthCustomers.history.statusChange', { from: t(`statuses.${h.fromStatus}`), to: t(`statuses.${h.toStatus}`) })}</span> : null}
              {actorLabel(h.actorId, h.actorName) ? <span className="muted"> {t('berthCustomers.history.by', { name: actorLabel(h.actorId, h.actorName) })}</span> : null}
              {h.note ? <p className="customer-history__note">{h.note}</p> : null}
              {h.lineChanges && h.lineChanges.length > 0 ? <OrderLineChanges changes={h.lineChanges} /> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** The customer's 360° view beside the search: profile, boats, applications, leases, invoices, unapplied payments (when any), history. */
export function Customer360Panel({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useLang();
  const { answer, retry } = useCustomer360(id);
  const roles = useGetSessionQuery().data?.user?.roles ?? [];
  const canWrite = can(roles, 'berths.cases.write');
  const canGdpr = can(roles, 'berths.customers.gdpr');
  // The customer whose new-lease form is open: another customer opens without one.
  const [formFor, setFormFor] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement | null>(null);
  const view = answer.state === 'ready' ? answer.value : answer.state === 'loading' ? answer.last : null;
  if (!id) {
    return (
      <div className="customer-panel customer-panel--empty">
        <EmptyState title={t('berthCustomers.selectTitle')} text={t('berthCustomers.selectText')} testId="customer-none" />
      </div>
    );
  }
  if (answer.state === 'error') {
    return (
      <div className="customer-panel">
        <ErrorState error={answer.error} onRetry={retry} />
      </div>
    );
  }
  if (!view) {
    return (
      <div className="customer-panel">
        <LoadingState text={t('berthCustomers.loading')} />
      </div>
    );
  }
  const c = view.customer;
  return (
    <section className="customer-panel" aria-labelledby="customer-title" data-testid="customer-360">
      <div className="customer-panel__bar">
        <h2 id="customer-title">{(c.kind !== 'private' && c.companyName ? c.companyName : `${c.firstName} ${c.lastName}`.trim()) || t('berthCustomers.gdpr.erasedName')}</h2>
        {canWrite && !c.erasedAt ? (
          <Button
            ref={openRef}
            type="button"
            size={ButtonSize.Small}
            variant={ButtonVariant.Secondary}
            onClick={() => setFormFor(c.id)}
            disabled={formFor === c.id}
            title={t('berthCustomers.newLease.openHint')}
            data-testid="customer-new-lease"
          >
            {t('berthCustomers.newLease.open')}
          </Button>
        ) : null}
        {canGdpr ? <GdprExportButton key={`export-${c.id}`} customerId={c.id} /> : null}
        {canGdpr ? <GdprEraseButton key={`erase-${c.id}`} customer={c} /> : null}
        <button type="button" className="link-button" onClick={onClose} data-testid="customer-close">
          {t('berthCustomers.close')}
        </button>
      </div>
      <div className="customer-panel__body">
        {canWrite && !c.erasedAt && formFor === c.id ? (
          <NewLeaseForm
            view={view}
            onDone={() => {
              setFormFor(null);
              setTimeout(() => openRef.current?.focus(), 0);
            }}
          />
        ) : null}
        <Profile view={view} />
        <Boats view={view} />
        <Applications view={view} />
        <Leases view={view} />
        <Invoices view={view} canWrite={canWrite} />
        <PaymentIssues key={c.id} customerId={c.id} canWrite={canWrite} />
        <History view={view} />
      </div>
    </section>
  );
}
