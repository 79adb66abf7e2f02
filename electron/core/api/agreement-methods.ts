import type { AgreementReport, ConcordApi, Disagreement } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';
import {
  codeStretches,
  computeGroupedAgreementRows,
  mergedIntervals,
  semanticDomains,
  type AgreementCoding,
} from '../../../shared/rounds';
import type { ProjectSession } from '../session/project-session';
import { readAgreementCodings } from '../store/agreement-codings';
import { agreementReportCsv } from './agreement-csv';
import { agreementReportDocx } from './agreement-docx';
import { selectForAgreement, type AgreementSelection } from './agreement-selection';
import type { ServiceContext } from './service-context';

type AgreementMethods = Pick<
  ConcordApi,
  'computeAgreement' | 'listDisagreements' | 'exportAgreementReport'
>;

const DEFAULT_OVERLAP = 0.9;
const DEFAULT_RESAMPLES = 1000;
const DEFAULT_DISAGREEMENTS = 1000;

/**
 * The selected coders' codings, without their excerpts: offsets are all agreement needs. Rows
 * are read as arrays and streamed, so 600,000 codings never sit in memory as row objects twice.
 */
function* loadCodings(
  session: ProjectSession,
  selection: AgreementSelection,
): Generator<AgreementCoding> {
  const rows = session.store.db
    .prepare(
      `SELECT source_id, coder_id, code_id, start, "end"
       FROM codings WHERE coder_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .iterate(JSON.stringify(selection.coders.map((coder) => coder.id))) as IterableIterator<
    [Id, Id, Id, number, number]
  >;
  for (const [sourceId, coderId, codeId, start, end] of rows) {
    yield { sourceId, coderId, codeId, start, end };
  }
}

function computeReport(
  session: ProjectSession,
  query: Parameters<ConcordApi['computeAgreement']>[0],
): AgreementReport {
  const selection = selectForAgreement(session, query);
  const unit = query.unit ?? 'character';
  const overlap = query.overlap ?? DEFAULT_OVERLAP;
  const excludeUncoded = query.excludeUncoded ?? false;
  const rows = computeGroupedAgreementRows(
    selection.sources,
    selection.coders.map((coder) => coder.id),
    selection.codes.map((code) => code.id),
    readAgreementCodings(
      session.store.db,
      selection.coders.map((coder) => coder.id),
      selection.codes.map((code) => code.id),
    ),
    {
      unit,
      overlap,
      excludeUncoded,
      bootstrapResamples: query.bootstrapResamples ?? DEFAULT_RESAMPLES,
      assigned: selection.assigned,
      domains: semanticDomains(
        session.store.codes.list(),
        new Set(selection.codes.map((code) => code.id)),
      ),
    },
  );
  return {
    roundId: selection.round?.id ?? null,
    unit,
    overlap,
    excludeUncoded,
    coders: selection.coders.map(({ id, name, role }) => ({ id, name, role })),
    sources: selection.sources.map(({ id, title }) => ({ id, title })),
    codes: selection.codes,
    rows,
  };
}

/**
 * The stretches where the coders disagree about a code: some applied it, some did not. Adjacent
 * stretches with the same coders on each side are joined, so each item is one passage to read.
 */
function findDisagreements(
  session: ProjectSession,
  query: Parameters<ConcordApi['listDisagreements']>[0],
): Disagreement[] {
  const selection = selectForAgreement(session, {
    roundId: query.roundId,
    sourceIds: query.sourceIds,
    coderIds: query.coderIds,
    codeIds: query.codeId === undefined ? undefined : [query.codeId],
  });
  const limit = query.limit ?? DEFAULT_DISAGREEMENTS;
  const coders = selection.coders;
  const codeNames = new Map(session.store.codes.list().map((code) => [code.id, code.name]));
  const wantedCodes = new Set(selection.codes.map((code) => code.id));
  const codings = [...loadCodings(session, selection)];
  const bySource = new Map<Id, AgreementCoding[]>();
  for (const coding of codings) {
    let list = bySource.get(coding.sourceId);
    if (!list) bySource.set(coding.sourceId, (list = []));
    list.push(coding);
  }
  const result: Disagreement[] = [];
  for (const source of selection.sources) {
    const onSource = bySource.get(source.id) ?? [];
    if (onSource.length === 0) continue;
    // With a round, only coders assigned to the source are compared on it.
    const assigned = selection.assigned?.get(source.id);
    const present = coders.filter((coder) => !assigned || assigned.has(coder.id));
    if (present.length < 2) continue;
    const text = session.store.sources.getText(source.id);
    const codes = [...new Set(onSource.map((c) => c.codeId))].filter((id) => wantedCodes.has(id));
    for (const codeId of codes) {
      const intervals = present.map((coder) =>
        mergedIntervals(onSource.filter((c) => c.coderId === coder.id && c.codeId === codeId)),
      );
      let open: Disagreement | null = null;
      let openKey = '';
      for (const stretch of codeStretches(intervals, source.length, null)) {
        const coded = stretch.values.some((v) => v === 1);
        const mixed = coded && stretch.values.some((v) => v === 0);
        const key = stretch.values.join('');
        if (open && mixed && key === openKey && open.end === stretch.start) {
          open.end = stretch.end;
          continue;
        }
        if (open) result.push(finish(open, text, onSource, codeNames));
        open = null;
        if (!mixed) continue;
        openKey = key;
        open = {
          sourceId: source.id,
          sourceTitle: source.title,
          codeId,
          codeName: codeNames.get(codeId) ?? '',
          start: stretch.start,
          end: stretch.end,
          text: '',
          codedBy: present
            .filter((_, i) => stretch.values[i] === 1)
            .map(({ id, name }) => ({ id, name })),
          notCodedBy: present
            .filter((_, i) => stretch.values[i] === 0)
            .map(({ id, name }) => ({ id, name })),
          otherCodes: [],
        };
      }
      if (open) result.push(finish(open, text, onSource, codeNames));
      if (result.length >= limit) return result.slice(0, limit);
    }
  }
  return result;
}

function finish(
  item: Disagreement,
  text: string,
  codings: readonly AgreementCoding[],
  codeNames: ReadonlyMap<Id, string>,
): Disagreement {
  const others = new Set(item.notCodedBy.map((coder) => coder.id));
  const seen = new Set<string>();
  const otherCodes: Disagreement['otherCodes'] = [];
  for (const coding of codings) {
    if (!others.has(coding.coderId) || coding.codeId === item.codeId) continue;
    if (coding.end <= item.start || coding.start >= item.end) continue;
    const key = `${coding.coderId}\u0000${coding.codeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    otherCodes.push({
      coderId: coding.coderId,
      codeId: coding.codeId,
      codeName: codeNames.get(coding.codeId) ?? '',
    });
  }
  return { ...item, text: text.slice(item.start, item.end), otherCodes };
}

export function agreementMethods(context: ServiceContext): AgreementMethods {
  return {
    async computeAgreement(args) {
      return computeReport(context.requireSession(), args);
    },

    async listDisagreements(args) {
      return findDisagreements(context.requireSession(), args);
    },

    async exportAgreementReport({ format, ...query }) {
      const session = context.requireSession();
      const report = computeReport(session, query);
      const roundName = report.roundId ? session.store.rounds.get(report.roundId).name : undefined;
      const projectName = session.store.project.get().name;
      return format === 'csv'
        ? agreementReportCsv(report, projectName)
        : agreementReportDocx(report, projectName, roundName);
    },
  };
}
