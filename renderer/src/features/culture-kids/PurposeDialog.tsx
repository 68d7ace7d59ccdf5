import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { READ_PURPOSES, type ReadPurpose } from '../../../../domain/audit/entry.ts';
import type { PurposeChoice } from './ck-session.ts';

const PURPOSE_TEXT_MAX = 500;

/**
 * Asks why personal data is read (the registry on entry, an export before it runs). Nothing is
 * read before the answer: the caller mounts the data only once it has a purpose.
 */
export function PurposeDialog({
  onChoose,
  onClose,
  initial,
  forExport = false,
}: {
  onChoose: (choice: PurposeChoice) => Promise<void> | void;
  onClose: () => void;
  initial?: PurposeChoice | null;
  forExport?: boolean;
}) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<ReadPurpose | ''>(initial?.purpose ?? '');
  const [text, setText] = useState(initial?.purposeText ?? '');
  return (
    <ConfirmDialog
      isOpen
      title={forExport ? t('cultureKids.purpose.exportTitle') : t('cultureKids.purpose.title')}
      text={forExport ? t('cultureKids.purpose.exportIntro') : t('cultureKids.purpose.intro')}
      confirmLabel={forExport ? t('cultureKids.purpose.exportConfirm') : t('cultureKids.purpose.confirm')}
      cancelLabel={forExport ? t('actions.cancel') : t('cultureKids.purpose.cancel')}
      testId={forExport ? 'ck-export-purpose-dialog' : 'ck-purpose-dialog'}
      confirmTestId={forExport ? 'ck-export-purpose-confirm' : 'ck-purpose-confirm'}
      confirmDisabled={purpose === ''}
      blockedReason={t('cultureKids.purpose.required')}
      onClose={onClose}
      onConfirm={async () => {
        if (purpose !== '') await onChoose({ purpose, purposeText: text.trim() });
        return null;
      }}
    >
      <SelectField
        id={forExport ? 'ck-export-purpose' : 'ck-purpose'}
        label={t('cultureKids.purpose.label')}
        value={purpose}
        onChange={(v) => setPurpose(v as ReadPurpose | '')}
        options={[{ value: '', label: t('cultureKids.purpose.choose') }, ...READ_PURPOSES.map((p) => ({ value: p, label: t(`cultureKids.purposes.${p}`) }))]}
      />
      <TextAreaWithCounter id={forExport ? 'ck-export-purpose-text' : 'ck-purpose-text'} label={t('cultureKids.purpose.text')} value={text} max={PURPOSE_TEXT_MAX} onValueChange={setText} />
    </ConfirmDialog>
  );
}
