// The submissions board's words, added to the app's translations when the screen loads (the shared files
// belong to the app shell).
import i18next from 'i18next';

const vi = {
  warnings: {
    title: 'Cảnh báo sớm',
    none: 'Không có cảnh báo sớm cho kỳ này.',
    kind: { at_risk: 'Nguy cơ không đạt', late: 'Quá hạn', not_approved: 'Chưa duyệt' },
  },
  export: 'Xuất Excel',
  title: 'Nộp báo cáo',
  regime: 'Chế độ báo cáo',
  period: 'Kỳ báo cáo',
  noRegimes: 'Chưa có chế độ báo cáo nào trong phạm vi của bạn.',
  heading: 'Kỳ {{period}}: số liệu từ {{from}} đến {{to}}, hạn gửi {{deadline}}.',
  summary:
    '{{total}} đơn vị: {{approved}} đã duyệt, {{submitted}} đã nộp chờ duyệt, {{returned}} bị trả lại, {{notSubmitted}} chưa nộp.',
  unit: 'Đơn vị',
  status: 'Tình trạng',
  submittedAt: 'Ngày nộp',
  completeness: 'Số liệu',
  approvedBy: 'Người duyệt',
  actions: 'Thao tác',
  reportedOf: '{{reported}}/{{expected}} chỉ tiêu',
  approvedOn: '{{name}}, {{date}}',
  locked: 'Số liệu đã khóa',
  state: {
    notSubmitted: 'Chưa nộp',
    overdue: 'Chưa nộp, quá hạn {{count}} ngày',
    onTime: 'Đã nộp đúng hạn',
    late: 'Đã nộp trễ {{count}} ngày',
    returned: 'Bị trả lại: {{reason}}',
    approved: 'Đã duyệt',
  },
  action: {
    submit: 'Nộp báo cáo',
    approve: 'Duyệt',
    return: 'Trả lại',
    unlock: 'Mở khóa',
  },
  done: {
    submit: 'Đã nộp báo cáo của {{unit}}.',
    approve: 'Đã duyệt báo cáo của {{unit}}; số liệu đã được khóa.',
    return: 'Đã trả lại báo cáo của {{unit}}.',
    unlock: 'Đã mở khóa số liệu của {{unit}}.',
  },
  dialog: {
    return: 'Trả lại báo cáo của {{unit}}',
    unlock: 'Mở khóa số liệu của {{unit}}',
    reason: 'Lý do',
    returnHint: 'Đơn vị sẽ thấy lý do này trên bảng nộp báo cáo.',
    unlockHint: 'Mở khóa để đơn vị sửa số liệu đã duyệt; lý do được ghi vào lịch sử.',
  },
};

const en: typeof vi = {
  warnings: {
    title: 'Early warnings',
    none: 'No early warnings for this period.',
    kind: { at_risk: 'At risk', late: 'Late', not_approved: 'Not approved' },
  },
  export: 'Export to Excel',
  title: 'Submissions',
  regime: 'Reporting regime',
  period: 'Period',
  noRegimes: 'No reporting regime covers your scope yet.',
  heading: '{{period}}: figures from {{from}} to {{to}}, due {{deadline}}.',
  summary:
    '{{total}} units: {{approved}} approved, {{submitted}} submitted awaiting approval, {{returned}} returned, {{notSubmitted}} not submitted.',
  unit: 'Unit',
  status: 'Status',
  submittedAt: 'Submitted on',
  completeness: 'Figures',
  approvedBy: 'Approved by',
  actions: 'Actions',
  reportedOf: '{{reported}}/{{expected}} indicators',
  approvedOn: '{{name}}, {{date}}',
  locked: 'Figures locked',
  state: {
    notSubmitted: 'Not submitted',
    overdue: 'Not submitted, {{count}} days overdue',
    onTime: 'Submitted on time',
    late: 'Submitted {{count}} days late',
    returned: 'Returned: {{reason}}',
    approved: 'Approved',
  },
  action: {
    submit: 'Submit report',
    approve: 'Approve',
    return: 'Return',
    unlock: 'Unlock',
  },
  done: {
    submit: 'Submitted the report of {{unit}}.',
    approve: 'Approved the report of {{unit}}; its figures are locked.',
    return: 'Returned the report of {{unit}}.',
    unlock: 'Unlocked the figures of {{unit}}.',
  },
  dialog: {
    return: 'Return the report of {{unit}}',
    unlock: 'Unlock the figures of {{unit}}',
    reason: 'Reason',
    returnHint: 'The unit sees this reason on its submissions board.',
    unlockHint: 'Unlocking lets the unit correct approved figures; the reason is kept in the history.',
  },
};

i18next.addResourceBundle('vi', 'translation', { submissions: vi }, true, false);
i18next.addResourceBundle('en', 'translation', { submissions: en }, true, false);
