"""The ingest pipeline: files in, Document rows and index entries out.

    files.py      finding the files under the paths given, reading their bytes (pure)
    prepare.py    read, normalize, segment, extract: bytes to a PreparedDocument (pure)
    reasons.py    why a file failed, as a message translated where it is shown (pure)
    outcomes.py   what became of one file (pure)
    citations.py  cited numbers parsed into kind and issuer (pure)
    identity.py   whether a name is a person already known or a namesake, by where and when (pure)
    lookups.py    the province and official rows documents point to, once per batch
    originals.py  the original files kept for download, stored by content hash
    store.py      one prepared document written in one transaction, idempotent by content hash
    parallel.py   ``--workers N``: preparing in forked processes, writing here
    pipeline.py   one file read → prepared → stored; a batch of them
    run.py        the run lifecycle: start, record each outcome, index, finish or interrupt
    uploads.py    an upload: files spooled by the request, settled one per background job

The pure modules import nothing from Django, so worker processes prepare files without the
database; documents/tasks.py holds the background jobs that call uploads.py and run.py.
"""
