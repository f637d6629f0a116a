"""A process-wide SQLite setting that the Python module does not expose.

SQLite keeps memory-use statistics for the whole process (SQLITE_CONFIG_MEMSTATUS, on by
default), updated under one global mutex on every allocation. Nothing in IGOR Desk reads them,
but two connections working in parallel threads (the statistics, `Database.read_together`)
contend for that mutex on every allocation of their sorts: over the 100,000-case demo data the
same computation took 3.8 s of CPU and 2.1 s of wall time with the statistics on, 2.2 s and
1.2 s with them off (benchmarks/README.md, "Statistics").

sqlcipher3 exposes no sqlite3_config(), so it is called through ctypes on the loaded extension.
sqlite3_config() only works while SQLite is not initialised, and importing sqlcipher3
initialises it, so SQLite is shut down and initialised again around the call. That is safe only
while the process has no SQLite connection yet, which is why `app.database.engine` calls this
when it is imported, before any connection exists. Where the extension does not export these
functions (another build), nothing changes.
"""

from __future__ import annotations

import ctypes
import logging

logger = logging.getLogger(__name__)

SQLITE_OK = 0
SQLITE_CONFIG_MEMSTATUS = 9
SQLITE_STATUS_MEMORY_USED = 0

_result: bool | None = None


def _library() -> ctypes.CDLL | None:
    try:
        from sqlcipher3 import _sqlite3  # the extension module that links SQLCipher

        return ctypes.CDLL(_sqlite3.__file__)
    except (ImportError, OSError, AttributeError):
        return None


def disable_memory_statistics() -> bool:
    """Turn SQLite's process-wide memory statistics off (once per process). True if off."""
    global _result
    if _result is not None:
        return _result
    _result = False
    lib = _library()
    try:
        shutdown, config, initialize = (
            lib.sqlite3_shutdown,
            lib.sqlite3_config,
            lib.sqlite3_initialize,
        )
    except AttributeError:  # lib is None, or the symbols are not exported
        logger.info("SQLite memory statistics left on: sqlite3_config not reachable")
        return False
    if shutdown() != SQLITE_OK:
        return False
    _result = config(SQLITE_CONFIG_MEMSTATUS, ctypes.c_int(0)) == SQLITE_OK
    if initialize() != SQLITE_OK:  # connect() would initialise it again anyway
        logger.warning("sqlite3_initialize failed after reconfiguring SQLite")
    return _result


def memory_statistics_on() -> bool:
    """Whether SQLite counts its memory (it reports 0 bytes in use when it does not)."""
    lib = _library()
    if lib is None:
        return True
    current, high = ctypes.c_int64(), ctypes.c_int64()
    lib.sqlite3_status64.argtypes = [
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int64),
        ctypes.POINTER(ctypes.c_int64),
        ctypes.c_int,
    ]
    lib.sqlite3_status64(SQLITE_STATUS_MEMORY_USED, ctypes.byref(current), ctypes.byref(high), 0)
    return current.value != 0
