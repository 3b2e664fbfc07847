// A chart that loads ECharts only when it comes near the screen: the overview's figures and pickers do
// not wait for 190 KB (gzip) of charting code, and a chart below the fold costs nothing until scrolled to.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '../../../shared/use-near-viewport';
import type { EChartProps } from './echart';

const EChart = lazy(() => import('./echart'));

export function Chart(props: EChartProps) {
  const { t } = useTranslation();
  const height = props.height ?? 280;
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const waiting = (
    <Center h={height}>
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
  return (
    <div ref={ref} style={{ minHeight: height }} data-testid="chart">
      {near ? (
        <Suspense fallback={waiting}>
          <EChart {...props} height={height} />
        </Suspense>
      ) : (
        waiting
      )}
    </div>
  );
}
