/**
 * The kit's file upload: one file chosen in a kit form, sent by the page, and the lines the server refused.
 *
 *   <UploadForm words={{ title, submit, file, hint, missing }} accept=".csv,text/csv" onUpload={async (file) => …} />
 *   <RejectedLines caption={«…»} rows={result.rejected} line={«…»} reason={«…»} describe={(row) => row.message} />
 *
 * The form's only check in the browser is "one file chosen"; what the file holds is the server's to judge, and
 * its 400 comes back through the kit form like any other. Every staff import (migrant arrivals, the MOL
 * violations file, labour-insurance headcounts) is this form plus a summary of its own.
 */
import type { ReactNode } from 'react';
import { z } from 'zod';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { type Column, DataTable } from './data-table.tsx';
import { fieldId, KitForm, useContractForm } from './form-page.tsx';

const uploadSchema = z.object({ file: z.custom<FileList>((value) => value instanceof FileList && value.length === 1) });

export type UploadWords = {
  /** Names the form for assistive technology; usually the page title. */
  title: string;
  submit: string;
  /** Shown on the button while the file is being sent; the submit label when absent. */
  sending?: string;
  file: string;
  hint: string;
  /** The error when no file is chosen. */
  missing: string;
};

export function UploadForm({
  words,
  accept = '.csv,text/csv',
  onUpload,
  children,
}: {
  words: UploadWords;
  accept?: string;
  onUpload: (file: File) => Promise<void>;
  /** More fields or notes above the file field. */
  children?: ReactNode;
}) {
  const form = useContractForm<{ file: FileList | null }, typeof uploadSchema>({
    schema: uploadSchema,
    defaultValues: { file: null },
    messages: { file: words.missing },
  });
  const fileError = form.formState.errors.file?.message;
  const hintId = `${fieldId('file')}-hint`;
  const errorId = `${fieldId('file')}-error`;
  const submitLabel = form.formState.isSubmitting && words.sending ? words.sending : words.submit;
  return (
    <KitForm
      form={form}
      label={words.title}
      submitLabel={submitLabel}
      onSubmit={async ({ file }) => {
        const chosen = file.item(0);
        if (chosen) await onUpload(chosen);
      }}
    >
      {children}
      <div className={['field', fileError ? 'field--error' : ''].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor={fieldId('file')}>
          {words.file}
        </label>
        <p className="field__hint" id={hintId}>
          {words.hint}
        </p>
        {fileError ? (
          <p className="field__error" id={errorId}>
            {fileError}
          </p>
        ) : null}
        <input
          id={fieldId('file')}
          className="field__input"
          type="file"
          accept={accept}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[hintId, fileError ? errorId : ''].filter(Boolean).join(' ')}
          {...form.register('file')}
        />
      </div>
    </KitForm>
  );
}

/** The refused lines of an import, by line number, when there are any. */
export function RejectedLines<Row extends { line: number }>({
  caption,
  rows,
  line,
  reason,
  describe,
}: {
  caption: string;
  rows: Row[];
  line: string;
  reason: string;
  describe: (row: Row) => string;
}) {
  const { formatNumber } = useI18n();
  if (!rows.length) return null;
  const columns: Column<Row>[] = [
    { key: 'line', header: line, render: (row) => formatNumber(row.line), isNumeric: true },
    { key: 'reason', header: reason, render: describe },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => String(row.line)} empty="" />;
}
