import { Button, ButtonSize, ButtonVariant, StatusLabel, type StatusLabelType } from 'hds-react';
import { useState } from 'react';
import type { BoatCertificateSlot, CustomerBoat } from '../../../../../domain/berths/boat-certificate-contract.ts';
import type { CertificateStatus } from '../../../../../domain/berths/boat-certificate-status.ts';
import type { Customer360 } from '../../../../../domain/berths/customer-contract.ts';
import { can } from '../../../../../domain/roles.ts';
import { useGetSessionQuery } from '../../../api/kuva-api.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { DocumentLink } from '../../../files/DocumentLink.tsx';
import { formatInstantDate, formatIsoDate, formatMetres } from '../../../format/format.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useRemoveBoatCertificateMutation } from './boat-api.ts';
import { CertificateDialog } from './CertificateDialog.tsx';
import { Section, useLang } from './customer-section.tsx';

/** The status in words with the HDS colour beside them: never the colour alone. */
const STATUS_TYPE: Record<CertificateStatus, StatusLabelType> = { valid: 'success', expiring: 'alert', expired: 'error', not_yet_valid: 'info', missing: 'neutral' };

const boatName = (b: CustomerBoat) => [b.registrationNumber, b.name].filter(Boolean).join(' ') || b.model;

type Open = { kind: 'save' | 'remove'; boat: CustomerBoat; slot: BoatCertificateSlot };

/** One certificate of a boat: its status, days, number and issuer, who checked it, and the handler's actions. */
function Certificate({ boat, slot, canWrite, onOpen }: { boat: CustomerBoat; slot: BoatCertificateSlot; canWrite: boolean; onOpen: (o: Open) => void }) {
  const { t, lang } = useLang();
  const c = slot.certificate;
  const type = slot.certificateType;
  const label = (action: 'add' | 'edit' | 'remove') => t(`berthBoats.actions.${action}.${type}`, { boat: boatName(boat) });
  return (
    <li className="boat-certificate" data-testid="boat-certificate" data-type={type} data-status={slot.status}>
      <span className="boat-certificate__type">{t(`berthBoats.types.${type}`)}</span>
      <StatusLabel type={STATUS_TYPE[slot.status]} data-testid="boat-certificate-status">
        {t(`berthBoats.statuses.${slot.status}`)}
      </StatusLabel>
      {c ? (
        <span className="boat-certificate__facts">
          <span data-testid="boat-certificate-validity">
            {c.validFrom
              ? t('berthBoats.validRange', { from: formatIsoDate(c.validFrom, lang), until: formatIsoDate(c.validUntil, lang) })
              : t('berthBoats.validUntil', { until: formatIsoDate(c.validUntil, lang) })}
          </span>
          {c.number ? <span>{t('berthBoats.number', { number: c.number })}</span> : null}
          {c.issuer ? <span>{c.issuer}</span> : null}
          {c.checked.actorName ? <span className="muted">{t('berthBoats.checked', { name: c.checked.actorName, date: formatInstantDate(c.checked.at, lang) })}</span> : null}
          {c.document ? <DocumentLink document={c.document} label={t(`berthBoats.openScan.${type}`, { boat: boatName(boat), name: c.document.fileName })} testId="boat-certificate-scan" /> : null}
        </span>
      ) : null}
      {canWrite ? (
        <span className="boat-certificate__actions">
          <Button
            size={ButtonSize.Small}
            variant={ButtonVariant.Secondary}
            aria-label={label(c ? 'edit' : 'add')}
            onClick={() => onOpen({ kind: 'save', boat, slot })}
            data-testid={c ? 'boat-certificate-edit' : 'boat-certificate-add'}
          >
            {t(c ? 'berthBoats.edit' : 'berthBoats.add')}
          </Button>
          {c ? (
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} aria-label={label('remove')} onClick={() => onOpen({ kind: 'remove', boat, slot })} data-testid="boat-certificate-remove">
              {t('berthBoats.remove')}
            </Button>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}

function RemoveDialog({ open, onClose }: { open: Open; onClose: () => void }) {
  const { t } = useLang();
  const dispatch = useAppDispatch();
  const [remove] = useRemoveBoatCertificateMutation();
  const c = open.slot.certificate!;
  return (
    <ConfirmDialog
      isOpen
      variant="danger"
      title={t(`berthBoats.removeDialog.title.${open.slot.certificateType}`)}
      text={t('berthBoats.removeDialog.text', { boat: boatName(open.boat) })}
      confirmLabel={t('berthBoats.removeDialog.confirm')}
      cancelLabel={t('berthBoats.removeDialog.keep')}
      testId="certificate-remove-dialog"
      confirmTestId="certificate-remove-confirm"
      onClose={onClose}
      onConfirm={async () => {
        const failed = commandError(await remove({ certificateId: c.id }));
        if (!failed) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.removeBoatCertificate' } }));
        return failed;
      }}
    />
  );
}

/** The customer's boats with their sizes, and each boat's inspection and insurance certificates with their validity today. */
export function Boats({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
  const canWrite = can(useGetSessionQuery().data?.user?.roles ?? [], 'berths.cases.write');
  const [open, setOpen] = useState<Open | null>(null);
  return (
    <Section id="boats" title={t('berthCustomers.sections.boats')}>
      {view.boats.length === 0 ? (
        <p className="muted">{t('berthCustomers.boats.none')}</p>
      ) : (
        <table className="customer-table">
          <thead>
            <tr>
              <th scope="col">{t('berthCustomers.boats.registration')}</th>
              <th scope="col">{t('berthCustomers.boats.name')}</th>
              <th scope="col">{t('berthCustomers.boats.type')}</th>
              <th scope="col">{t('berthCustomers.boats.size')}</th>
            </tr>
          </thead>
          {view.boats.map((b) => (
            <tbody key={b.id} data-testid="customer-boat" data-boat-id={b.id}>
              <tr>
                <td>{b.registrationNumber || <span className="muted">{t('berthCustomers.boats.noRegistration')}</span>}</td>
                <td>{b.name}</td>
                <td>{t(`boatTypes.t${b.boatType}`)}</td>
                <td>{t('berthCustomers.boats.sizeValue', { length: formatMetres(b.length, lang), width: formatMetres(b.width, lang) })}</td>
              </tr>
              <tr className="boat-certificates-row">
                <td colSpan={4}>
                  <ul className="boat-certificates" aria-label={t('berthBoats.certificatesOf', { boat: boatName(b) })}>
                    {b.certificates.map((slot) => (
                      <Certificate key={slot.certificateType} boat={b} slot={slot} canWrite={canWrite} onOpen={setOpen} />
                    ))}
                  </ul>
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      )}
      {open?.kind === 'save' ? <CertificateDialog boatId={open.boat.id} boatLabel={boatName(open.boat)} slot={open.slot} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'remove' ? <RemoveDialog open={open} onClose={() => setOpen(null)} /> : null}
    </Section>
  );
}
