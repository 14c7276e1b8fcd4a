"""The pure half of ingestion: finding files, reading, normalizing, segmenting, extracting.

Nothing here touches the database, so it can run in worker processes; documents/services.py
writes the results.
"""
