/** What the file choosers offer: the kinds the door reads (a .txt may hold a Mermaid chart; a .csv a process table or deal data, an .xlsx deal data). */
export const IMPORT_ACCEPT = '.json,application/json,.mmd,.mermaid,.txt,text/plain,.drawio,.xml,.csv,text/csv,.xlsx';
