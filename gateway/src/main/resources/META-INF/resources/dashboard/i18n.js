// zh-CN first, English on request; unknown statistic keys are shown split from camelCase.
const I18N = {
  zh: {
    title: '联席执行监控大屏', offline: '未连接', live: '实时', login: '登录', logout: '退出',
    pleaseLogin: '请使用统一身份认证登录。', loginFailed: '登录失败，请重试。', forbidden: '当前账号无权查看总览（需联席办、审计或管理员角色）。',
    overdueByAgency: '各单位超期协查', keyTasks: '年度重点任务看板', health: '服务与消息健康', updatedAt: '更新时间',
    servicesAvailable: '可用服务', servicesReady: '就绪服务', kafka: '消息队列', totalLag: '事件积压', noData: '暂无数据',
    case: '执行案件服务', liaison: '协作联络服务', credit: '信用惩戒服务', unavailable: '不可用', lag: '消费积压',
    UP: '正常', DOWN: '异常', UNREACHABLE: '无法连接', consumerGroup: '消费组',
    byStatus: '案件状态', byCourt: '各法院案件', amountOwed: '申请执行标的', amountRecovered: '执行到位金额',
    today: '今日', thisMonth: '本月', thisYear: '本年', open: '在办', overdue: '超期',
    openByAgency: '各单位在办协查', overdueByKind: '超期（按类型）', byKind: '按类型', byStage: '按阶段',
    answerTimePercentiles: '答复用时分位', criminalReferrals: '拒执罪移送', activeListings: '失信名单（有效）',
    activeRestrictions: '限制消费令（有效）', liftings: '屏蔽/解除', liftedWithinThreeWorkingDays: '三个工作日内解除',
    total: '合计', cases: '案件', referrals: '协查', FILED: '已立案', CONCLUDED: '已结案', OPEN: '进行中', DONE: '已完成',
    PLANNED: '计划中', IN_PROGRESS: '推进中', BLOCKED: '受阻', ON_TRACK: '按期推进', LATE: '已逾期',
    byCourtAndStatus: '各法院案件（按状态）', courtCode: '法院', status: '状态', recovered: '执行到位',
    agencyId: '单位', kind: '类型', answered: '已答复', answerTimes: '答复用时（秒）', p50Seconds: 'P50',
    p95Seconds: 'P95', p99Seconds: 'P99', criminalReferralsByStage: '拒执罪移送（按阶段）',
    keyTasksByState: '重点任务（按状态）', liftedOnTime: '按时解除', liftedLate: '逾期解除',
    overdueLiftingDuties: '逾期未解除', overdueCorrections: '逾期未办纠错', pendingRepairs: '待审信用修复',
    goodFaithRecords: '守信记录',
  },
  en: {
    title: 'Joint Enforcement Dashboard', offline: 'offline', live: 'live', login: 'Log in', logout: 'Log out',
    pleaseLogin: 'Please log in.', loginFailed: 'Login failed, please try again.', forbidden: 'This account may not see the overview (joint-meeting office, auditor or admin only).',
    overdueByAgency: 'Overdue referrals per agency', keyTasks: 'Key tasks board', health: 'Services and messaging', updatedAt: 'Updated',
    servicesAvailable: 'Services available', servicesReady: 'Services ready', kafka: 'Kafka', totalLag: 'Event lag', noData: 'No data',
    case: 'Case service', liaison: 'Liaison service', credit: 'Credit sanction service', unavailable: 'unavailable', lag: 'Consumer lag',
    UP: 'up', DOWN: 'down', UNREACHABLE: 'unreachable', consumerGroup: 'Consumer group',
    ON_TRACK: 'on track', LATE: 'late', DONE: 'done',
  },
};
let lang = new URLSearchParams(location.search).get('lang') || localStorage.getItem('lianxi.lang') || 'zh';
if (!I18N[lang]) lang = 'zh';
function t(key) {
  const table = I18N[lang] || I18N.zh;
  if (table[key] !== undefined) return table[key];
  return String(key).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
}
function applyI18n() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.getElementById('lang').textContent = lang === 'zh' ? 'English' : '中文';
  document.title = t('title');
}
