"""Saved searches and their e-mail alerts: a signed-in user keeps a search under a name, sees how
many documents are new since last looked, and ``manage.py send_alerts`` mails the new ones.

    models.py    SavedSearch, and AnnouncedDocument (what was already mailed: each once)
    matching.py  the new matches of a saved search, found through the search facade
    forms.py     the name and query a user submits, validated
    views.py     /account/searches/: save, list, open, rename, delete
    digest.py    one user's e-mail of new matches, in the user's language
"""
