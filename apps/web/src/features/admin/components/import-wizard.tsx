import { importColumns, maxImportBytes, type ImportReport } from '@tracker/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Section } from '@/components/ui/section';
import { RequestError } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { importTemplateUrl, useApplyImport, useDryRunImport } from '../api/imports';

const actionTone = { create: 'success', update: 'info', skip: 'danger' } as const;

function ReportTable({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? report.rows.filter((row) => row.problems.length > 0) : report.rows;
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onlyProblems}
          onChange={(event) => setOnlyProblems(event.target.checked)}
        />
        <span>{t('admin.import.onlyProblems')}</span>
      </label>
      <div className="table-scroll">
        <table className="data-table import-report">
          <caption className="data-table__caption">{t('admin.import.reportCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="is-numeric">
                {t('admin.import.row')}
              </th>
              <th scope="col">{t('editor.field.title')}</th>
              <th scope="col">{t('admin.import.action')}</th>
              <th scope="col">{t('admin.import.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td className="is-numeric">{row.row}</td>
                <th scope="row">
                  {row.title ?? <span className="unknown">{t('admin.import.noTitle')}</span>}
                </th>
                <td>
                  <Badge tone={actionTone[row.action]}>
                    {t(`admin.import.actions.${row.action}`)}
                  </Badge>
                </td>
                <td>
                  {row.problems.length === 0 ? (
                    <span className="muted">{t('admin.import.noProblem')}</span>
                  ) : (
                    <ul className="plain-list">
                      {row.problems.map((problem, index) => (
                        <li key={`${index}:${problem.message}`}>
                          {problem.column ? <span className="code">{problem.column}</span> : null}{' '}
                          {problem.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Template → upload → dry run, row by row → apply exactly what was shown, with the result. */
export function ImportWizard() {
  const { t, formatNumber } = useI18n();
  const fileId = useId();
  const hintId = useId();
  const errorId = useId();
  const dryRun = useDryRunImport();
  const apply = useApplyImport();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const report = dryRun.data;

  const check = () => {
    apply.reset();
    if (!file) {
      setFileError(t('admin.import.chooseFile'));
      document.getElementById(fileId)?.focus();
      return;
    }
    if (file.size > maxImportBytes) {
      setFileError(t('admin.import.tooLarge'));
      return;
    }
    setFileError(null);
    dryRun.mutate(file);
  };

  const writes = report ? report.summary.create + report.summary.update : 0;

  return (
    <>
      <Section title={t('admin.import.step1')}>
        <p>{t('admin.import.templateIntro')}</p>
        <p>
          <a href={importTemplateUrl} download className="button button--secondary">
            {t('admin.import.template')}
          </a>
        </p>
        <details className="disclosure">
          <summary className="disclosure__summary">{t('admin.import.columns')}</summary>
          <div className="disclosure__panel">
            <table className="data-table">
              <caption className="visually-hidden">{t('admin.import.columns')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.import.column')}</th>
                  <th scope="col">{t('admin.import.required')}</th>
                  <th scope="col">{t('admin.import.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {importColumns.map((column) => (
                  <tr key={column.name}>
                    <th scope="row" className="code">
                      {column.name}
                    </th>
                    <td>{column.required ? t('common.yes') : t('common.no')}</td>
                    <td>{column.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </Section>

      <Section title={t('admin.import.step2')}>
        <div className={`field form-field${fileError ? ' form-field--error' : ''}`}>
          <label htmlFor={fileId}>{t('admin.import.file')}</label>
          <span id={hintId} className="field__hint">
            {t('admin.import.fileHint')}
          </span>
          {fileError ? (
            <span id={errorId} className="form-field__error">
              {fileError}
            </span>
          ) : null}
          <input
            id={fileId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
              dryRun.reset();
              apply.reset();
            }}
          />
        </div>
        <p>
          <button
            type="button"
            className="button button--primary"
            disabled={dryRun.isPending}
            onClick={check}
          >
            {dryRun.isPending ? t('admin.import.checking') : t('admin.import.check')}
          </button>
        </p>
        <RequestError error={dryRun.error} />
      </Section>

      {report ? (
        <Section title={t('admin.import.step3')}>
          <p role="status">
            {t('admin.import.summary', {
              rows: formatNumber(report.summary.rows),
              create: formatNumber(report.summary.create),
              update: formatNumber(report.summary.update),
              skip: formatNumber(report.summary.skip),
              problems: formatNumber(report.summary.problems),
            })}
          </p>
          <ReportTable report={report} />
          {apply.isSuccess ? null : writes === 0 ? (
            <p className="notice">{t('admin.import.nothingToApply')}</p>
          ) : (
            <p>
              <button
                type="button"
                className="button button--primary"
                disabled={apply.isPending || !file}
                onClick={() => file && apply.mutate({ file, token: report.importToken })}
              >
                {t('admin.import.apply', { count: writes })}
              </button>
            </p>
          )}
          <div role="status" className="import__progress">
            {apply.isPending ? (
              <>
                <progress aria-label={t('admin.import.applying')} /> {t('admin.import.applying')}
              </>
            ) : null}
          </div>
          <RequestError error={apply.error} />
          {apply.data ? (
            <div className="import__result" role="alert">
              <h3>{t('admin.import.done')}</h3>
              <p>
                {t('admin.import.result', {
                  created: apply.data.created.length,
                  updated: apply.data.updated.length,
                  skipped: apply.data.skipped,
                })}
              </p>
              {apply.data.created.length + apply.data.updated.length > 0 ? (
                <ul>
                  {[...apply.data.created, ...apply.data.updated].map((slug) => (
                    <li key={slug}>
                      <Link to={paths.initiativeEdit(slug)}>{slug}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              <p>
                <Link to={`${paths.adminAudit()}?action=import.apply`}>
                  {t('admin.import.inAudit')}
                </Link>
              </p>
            </div>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
