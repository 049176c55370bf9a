/* The vocabulary of relations and statuses: names, colours and phrases the page shows. */

export const TYPES = ['supplies', 'partners_with', 'joint_venture', 'invests_in', 'acquires', 'owns'];
export const STATUSES = ['rumoured', 'in_talks', 'announced', 'active', 'ended', 'denied'];
export const DIRECTED = new Set(['supplies', 'invests_in', 'acquires', 'owns']);
export const COLORS = {
  supplies: '#2563eb', partners_with: '#16a34a', joint_venture: '#0891b2',
  invests_in: '#ea580c', acquires: '#dc2626', owns: '#7c3aed',
};
export const TYPE_LABEL = {
  supplies: 'supplies', partners_with: 'partners with', joint_venture: 'joint venture',
  invests_in: 'invests in', acquires: 'acquires', owns: 'owns',
};
export const PHRASE = { // [as source, as target]
  supplies: ['supplies', 'supplied by'], partners_with: ['partners with', 'partners with'],
  joint_venture: ['joint venture with', 'joint venture with'], invests_in: ['invests in', 'funded by'],
  acquires: ['acquires', 'acquired by'], owns: ['owns', 'owned by'],
};
export const STATUS_LABEL = {
  rumoured: 'rumoured', in_talks: 'in talks', announced: 'announced', active: 'active', ended: 'ended',
  denied: 'denied', planned: 'planned', under_construction: 'under construction',
};
