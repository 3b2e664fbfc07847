// Forms of the visits screen filled as a specialist fills them, shared by the browser tests.
import type { Locator, Page } from 'playwright-core';

/** Opens "Lập kế hoạch đoàn công tác" and fills the province's visit to Cái Nước of 17/11/2023; returns the form. */
export async function fillVisitPlan(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Lập kế hoạch đoàn công tác' }).click();
  const form = page.getByTestId('visit-plan');
  await form.getByLabel('Ngày').fill('2023-11-17');
  await form.getByLabel('Đơn vị tổ chức').click();
  await page.getByRole('option', { name: 'Tỉnh ủy Cà Mau' }).click();
  await form.getByLabel('Họ tên Trưởng đoàn').fill('Phạm Thành Ngại');
  await form.getByLabel('Chức vụ').fill('Phó Bí thư Thường trực Tỉnh ủy');
  await form.getByLabel('Đơn vị làm việc').click();
  await page.getByRole('option', { name: 'Huyện ủy Cái Nước' }).click();
  await page.keyboard.press('Escape');
  return form;
}
