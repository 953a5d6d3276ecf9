declare module 'cytoscape-navigator' {
  const extension: cytoscape.Ext;
  export default extension;
}
