"""Export of a whole search result list: one ordered column list (columns.py), rows read in
chunks in the search's order (rows.py), one renderer per format (csv.py, xlsx.py, json.py) and
the record that lets a reader reproduce the list (record.py)."""
