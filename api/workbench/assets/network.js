/* global document, window */
// Draws the provider network with cytoscape (served from node_modules) from the JSON block the
// page carries: the provider, its doctors, shared members and linked providers, suspicious
// links in red. The table under the picture holds the same suspicious links as text.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('network');
  const data = document.getElementById('network-data');
  if (!box || !data || typeof window.cytoscape !== 'function') return;
  const net = JSON.parse(data.textContent || '{"nodes":[],"edges":[]}');
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, suspicious: n.suspicious ? 1 : 0 } })),
    ...net.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, suspicious: e.suspicious ? 1 : 0, weight: e.claims },
    })),
  ];
  window.telisikNetwork = window.cytoscape({
    container: box,
    elements,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 9,
          color: '#1f2933',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 14,
          height: 14,
          'background-color': '#7b8794',
        },
      },
      {
        selector: 'node[kind = "provider"]',
        style: { shape: 'round-rectangle', width: 30, height: 30, 'background-color': '#0b5394', 'font-size': 11, 'font-weight': 'bold' },
      },
      {
        selector: 'node[kind = "other_provider"]',
        style: { shape: 'round-rectangle', width: 22, height: 22, 'background-color': '#6fa8dc' },
      },
      { selector: 'node[kind = "doctor"]', style: { shape: 'diamond', 'background-color': '#38761d' } },
      {
        selector: 'node[kind = "member"]',
        style: { shape: 'ellipse', width: 10, height: 10, 'background-color': '#b4a7d6', 'font-size': 7 },
      },
      { selector: 'node[suspicious = 1]', style: { 'border-width': 3, 'border-color': '#b10e1e' } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#c5ccd3', 'curve-style': 'haystack' } },
      { selector: 'edge[suspicious = 1]', style: { width: 3, 'line-color': '#b10e1e', 'z-index': 10 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 60, padding: 12 },
  });
  box.dataset.drawn = String(net.nodes.length);
});
