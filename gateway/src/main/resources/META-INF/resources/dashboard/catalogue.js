// Names for what the services report: statuses, kinds, stages and courts from the one catalogue of labels
// (event-contracts' labels.properties, served by the gateway at /dashboard-catalogue), agencies by their registered
// name (GET /api/agencies), the joint meeting's member units by theirs (GET /api/joint-meeting/members). Which vocabulary a value belongs to is known from the field that holds it.
const Catalogue = (() => {
  let labels = {};
  let agencies = {};
  let units = {};
  let agenciesAt = 0;

  // field of a statistics row (or key of a breakdown) → its vocabulary
  const FIELDS = { status: 'CaseStatus', kind: 'ReferralKind', courtCode: 'Court', agencyId: 'Agency',
    health: 'Health', kafka: 'Health', clock: 'ClockKind', mechanism: 'Mechanism', state: 'MechanismState' };
  const BREAKDOWNS = { criminalReferralsByStage: 'CriminalStage', keyTasksByState: 'KeyTaskState',
    overdueByAgency: 'Agency', missedReportsByUnit: 'MemberUnit' };

  async function load() {
    try {
      const response = await fetch('/dashboard-catalogue');
      if (response.ok) labels = await response.json();
    } catch (e) { /* the page still shows the values as they are */ }
  }

  /** The registered names of the agencies; fetched again at most every 10 s when an unknown id turns up. */
  async function loadAgencies(token, ids) {
    const unknown = ids.some(id => !(id in agencies) && !(id in units));
    if (!token || !unknown || Date.now() - agenciesAt < 10000) return false;
    agenciesAt = Date.now();
    try {
      const response = await fetch('/api/agencies', { headers: { Authorization: 'Bearer ' + token } });
      if (!response.ok) return false;
      (await response.json()).forEach(a => { agencies[a.id] = a.name; });
      const members = await fetch('/api/joint-meeting/members', { headers: { Authorization: 'Bearer ' + token } });
      if (members.ok) (await members.json()).forEach(m => { units[m.id] = m.name; });
      return true;
    } catch (e) { return false; }
  }

  /** The label of a value in a vocabulary, in the page's language; the value itself when none is known. */
  function label(vocabulary, value) {
    if (value === null || value === undefined) return '';
    if (vocabulary === 'Agency') return agencies[value] || String(value);
    if (vocabulary === 'MemberUnit') return units[value] || agencies[value] || String(value);
    const entry = (labels[vocabulary] || {})[value];
    return entry ? (lang === 'zh' ? entry.zh : entry.en) : String(value);
  }

  const ofField = field => FIELDS[field];
  const ofBreakdown = key => BREAKDOWNS[key];

  return { load, loadAgencies, label, ofField, ofBreakdown };
})();
