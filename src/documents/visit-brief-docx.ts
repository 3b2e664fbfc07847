// The news brief of a visit as a document in the Party format.
import type { VisitBrief } from '../core/visit/visit-brief';
import type { PartyDocument, PartyDocumentHeader } from './party-docx';

/**
 * Wraps a written brief (core writeVisitBrief) as a THÔNG BÁO, ready for renderPartyDocx.
 * @example visitBriefDocument(brief, header, ['Các đồng chí Ủy viên Ban Thường vụ'], signature).kind === 'THÔNG BÁO'
 */
export function visitBriefDocument(
  brief: VisitBrief,
  header: PartyDocumentHeader,
  recipients: string[],
  signature: PartyDocument['signature'],
): PartyDocument {
  return {
    header,
    kind: 'THÔNG BÁO',
    title: brief.title,
    blocks: brief.paragraphs.map((text) => ({ kind: 'paragraph', text })),
    recipients,
    signature,
  };
}
