"""``manage.py benchmark``: a realistic corpus, every search backend side by side, one JSON line each."""
