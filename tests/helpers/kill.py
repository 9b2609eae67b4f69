"""A process that kills itself (kill -9) at its n-th SQL statement on this
computer's side: every sqlite3 connection it opens counts, SQLAlchemy's too.
Prepended to a test's script, which reads ``die_at`` and ``seen``."""

KILL_AT_STATEMENT = """
import os, signal, sqlite3, sys
seen = 0
def count(_sql):
    global seen
    seen += 1
    if seen == die_at:
        os.kill(os.getpid(), signal.SIGKILL)
real_connect = sqlite3.connect
def counted(*args, **kwargs):
    connection = real_connect(*args, **kwargs)
    connection.set_trace_callback(count)
    return connection
sqlite3.connect = counted
"""
