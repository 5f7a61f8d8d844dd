// The page's own words (headings, tiles, buttons) in zh-CN and English. The values the services report (statuses,
// kinds, stages, courts) are not here: they come from the one catalogue (catalogue.js, /dashboard-catalogue).
// A key missing from the current language shows the Chinese text, never a camelCase key.
const I18N = {
  zh: {
    title: '联席执行监控大屏', offline: '未连接', live: '实时', login: '登录', logout: '退出',
    pleaseLogin: '请使用统一身份认证登录。', loginFailed: '登录失败，请重试。', forbidden: '当前账号无权查看总览（需联席办、审计或管理员角色）。',
    overdueByAgency: '各单位超期协查', keyTasks: '年度重点任务看板', health: '服务与消息健康', updatedAt: '更新时间',
    servicesAvailable: '可用服务', servicesReady: '就绪服务', kafka: '消息队列', totalLag: '事件积压', noData: '暂无数据',
    case: '执行案件服务', liaison: '协作联络服务', credit: '信用惩戒服务', unavailable: '不可用', lag: '消费积压',
    byCourtAndStatus: '各法院案件（按状态）', amountOwed: '申请执行标的', amountRecovered: '执行到位金额',
    recovered: '执行到位', today: '今日', thisMonth: '本月', thisYear: '本年',
    referrals: '各单位协查（在办与超期）', answerTimes: '答复用时（秒）', criminalReferralsByStage: '拒执罪移送（按阶段）',
    keyTasksByState: '重点任务（按状态）', courtCode: '法院', status: '状态', cases: '案件数', agencyId: '单位',
    kind: '协查类型', open: '在办', overdue: '超期', answered: '已答复', p50Seconds: '中位用时', p95Seconds: '95%用时',
    p99Seconds: '99%用时', activeListings: '失信名单（有效）', activeRestrictions: '限制消费令（有效）',
    liftedOnTime: '按时解除', liftedLate: '逾期解除', overdueLiftingDuties: '逾期未解除', overdueCorrections: '逾期未办纠错',
    pendingRepairs: '待审信用修复', goodFaithRecords: '守信记录', consumerGroup: '消费组',
    petitionsByCourt: '涉执信访（各法院）', received: '受理', answeredWithinDeadline: '按期答复', repeats: '重复信访',
    acknowledgedSatisfied: '评价满意', performanceNoticesByCourt: '执行通知与自动履行（各法院）', noticesIssued: '发出执行通知',
    performedWithinNotice: '通知期内自动履行', clockBreachesByCourt: '数据铁笼超期节点（各法院）', breaches: '超期节点数',
    missedReportsByUnit: '漏报重点任务进展（各成员单位）',
    mechanismsByCourt: '执行机制（各法院，按状态）', mechanism: '机制', state: '状态', count: '数量', clock: '节点',
    courtTree: '法院层级与案件', courtFigures: '本年度法院数据', trends: '考核指标月度趋势', missedReports: '漏报',
    casesUnit: '件', selectCourt: '点击法院查看其数据。',
  },
  en: {
    title: 'Joint Enforcement Dashboard', offline: 'offline', live: 'live', login: 'Log in', logout: 'Log out',
    pleaseLogin: 'Please log in.', loginFailed: 'Login failed, please try again.', forbidden: 'This account may not see the overview (joint-meeting office, auditor or admin only).',
    overdueByAgency: 'Overdue referrals per agency', keyTasks: 'Key tasks board', health: 'Services and messaging', updatedAt: 'Updated',
    servicesAvailable: 'Services available', servicesReady: 'Services ready', kafka: 'Kafka', totalLag: 'Event lag', noData: 'No data',
    case: 'Case service', liaison: 'Liaison service', credit: 'Credit sanction service', unavailable: 'unavailable', lag: 'Consumer lag',
    byCourtAndStatus: 'Cases per court and status', amountOwed: 'Amount owed', amountRecovered: 'Amount recovered',
    recovered: 'Recovered', today: 'Today', thisMonth: 'This month', thisYear: 'This year',
    referrals: 'Referrals per agency (open and overdue)', answerTimes: 'Answer times (seconds)', criminalReferralsByStage: 'Criminal referrals by stage',
    keyTasksByState: 'Key tasks by state', courtCode: 'Court', status: 'Status', cases: 'Cases', agencyId: 'Agency',
    kind: 'Referral kind', open: 'Open', overdue: 'Overdue', answered: 'Answered', p50Seconds: 'Median', p95Seconds: '95th pct.',
    p99Seconds: '99th pct.', activeListings: 'Dishonest-debtor listings (active)', activeRestrictions: 'Consumption restrictions (active)',
    liftedOnTime: 'Lifted on time', liftedLate: 'Lifted late', overdueLiftingDuties: 'Liftings overdue', overdueCorrections: 'Corrections overdue',
    pendingRepairs: 'Credit repairs pending', goodFaithRecords: 'Good-faith records', consumerGroup: 'Consumer group',
    petitionsByCourt: 'Petitions per court', received: 'Received', answeredWithinDeadline: 'Answered in time', repeats: 'Repeats',
    acknowledgedSatisfied: 'Satisfied', performanceNoticesByCourt: 'Performance notices and self-performance per court',
    noticesIssued: 'Notices issued', performedWithinNotice: 'Performed within the notice',
    clockBreachesByCourt: 'Breached clocks (data cage) per court', breaches: 'Breaches',
    missedReportsByUnit: 'Missed key-task reports per member unit',
    mechanismsByCourt: 'Mechanisms per court and state', mechanism: 'Mechanism', state: 'State', count: 'Count', clock: 'Clock',
    courtTree: 'Courts and their cases', courtFigures: 'Court figures this year', trends: 'Assessment indicators by month',
    missedReports: 'Missed reports', casesUnit: 'cases', selectCourt: 'Click a court to see its figures.',
  },
};
let lang = new URLSearchParams(location.search).get('lang') || localStorage.getItem('lianxi.lang') || 'zh';
if (!I18N[lang]) lang = 'zh';
function t(key) {
  const table = I18N[lang] || I18N.zh;
  if (table[key] !== undefined) return table[key];
  return I18N.zh[key] !== undefined ? I18N.zh[key] : String(key);
}
function applyI18n() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.getElementById('lang').textContent = lang === 'zh' ? 'English' : '中文';
  document.title = t('title');
}
