/** What the file choosers offer: the kinds the door reads (a .txt may hold a Mermaid chart; .csv and .xlsx deal data). */
export const IMPORT_ACCEPT = '.json,application/json,.mmd,.mermaid,.txt,text/plain,.csv,text/csv,.xlsx';
