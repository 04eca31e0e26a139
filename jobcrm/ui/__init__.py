"""Everything Qt. Depends on services and DTOs only, never on models or db."""

import sys

if sys.version_info < (3, 12):  # pragma: no branch
    # PySide6 6.12.0 on CPython 3.11 returns None from every void method (setText, setEnabled, show, …)
    # without taking a reference: each call leaves None's reference count one lower, and after a few
    # thousand calls the interpreter aborts ("none_dealloc: deallocating None"), typically at exit or
    # in a long session — the guide form's autosave makes thousands of such calls. CPython 3.12 made
    # None, True and False immortal (PEP 683); here we give them a reference count no session can use up.
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton
