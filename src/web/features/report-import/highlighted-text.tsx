// The report text with every figure highlighted; a highlight and its statement point at each other.
import { ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { highlightPieces } from './report.model';

interface Props {
  text: string;
  spans: [number, number][];
  active: number | null;
  onPick: (index: number) => void;
}

export function HighlightedText({ text, spans, active, onPick }: Props) {
  const { t } = useTranslation();
  const pieces = highlightPieces(text, spans);
  return (
    <ScrollArea.Autosize mah={640} type="auto">
      <section className="report-text" data-testid="report-text" aria-label={t('report.text')}>
        {pieces.map((piece) =>
          piece.statement === null ? (
            <span key={piece.start}>{piece.text}</span>
          ) : (
            <mark key={piece.start} className={`figure${active === piece.statement ? ' active' : ''}`}>
              <button
                type="button"
                className="figure-button"
                id={`figure-${piece.statement}`}
                title={t('report.figureN', { n: piece.statement + 1 })}
                onClick={() => onPick(piece.statement as number)}
              >
                {piece.text}
              </button>
            </mark>
          ),
        )}
      </section>
    </ScrollArea.Autosize>
  );
}
