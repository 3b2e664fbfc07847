// An inherited figure opened: it is not a figure the unit reported but one made of the figures of the units
// before the arrangement; the drawer says so and lists each source figure, with the share applied to a part.
import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../core/period-words';
import { formatNumber, formatQuantity } from '../../../core/vi/format';
import { shareWords } from '../../../core/vi/succession-words';
import { WARNING_TEXT } from '../../shared/labels';
import { SideDrawer } from '../../shared/side-drawer';
import { useLanguage } from '../../shared/use-language';
import type { FigureDrawerProps } from './provenance-drawer';
import type { ShownFigure } from './scorecard.model';

interface Props extends FigureDrawerProps {
  figure: ShownFigure | null;
}

export function InheritedDrawer({ figure, format, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const inherited = figure?.inherited;
  return (
    <SideDrawer opened={Boolean(inherited)} onClose={onClose} title={t('inherited.title')}>
      {figure && inherited && (
        <Stack data-testid="inherited-sources">
          <Text size="lg" fw={700}>
            {formatQuantity(figure.value, format.measure, format.decimals)} ·{' '}
            {periodName(figure.period, language)}
          </Text>
          <Alert color={WARNING_TEXT}>{t('inherited.notReported')}</Alert>
          <Text>{inherited.label}</Text>
          <Table.ScrollContainer minWidth={360}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inherited.unit')}</Table.Th>
                  <Table.Th>{t('inherited.period')}</Table.Th>
                  <Table.Th className="num">{t('inherited.value')}</Table.Th>
                  <Table.Th>{t('inherited.share')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inherited.sources.map((s) => (
                  <Table.Tr key={`${s.unitId}|${s.indicatorId}|${s.period}`}>
                    <Table.Td>{s.unitName}</Table.Td>
                    <Table.Td>{periodName(s.period, language)}</Table.Td>
                    <Table.Td className="num">{formatNumber(s.value, format.decimals)}</Table.Td>
                    <Table.Td>{s.shares.length === 0 ? t('inherited.whole') : shareWords(s.shares)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </SideDrawer>
  );
}
