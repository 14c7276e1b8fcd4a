"""The research views' arithmetic: periods and their axis (periods), counting a search's
documents by province and period in the search engine (counting), the heat map of /compare/
(heatmap), the line chart of /trends/ (chart), and the central directives the corpus cites
(directives: what a cited number means; citing: who cites it, when)."""
