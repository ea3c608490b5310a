"""Host memory for native execution: code pages that are writable or executable, never both at once."""

from __future__ import annotations

import ctypes
import mmap
import platform

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_PRIVATE, MAP_ANONYMOUS, MAP_NORESERVE = 0x02, 0x20, 0x4000
PAGE = mmap.PAGESIZE

_libc = ctypes.CDLL(None, use_errno=True)  # the C library Python already runs on (no ctypes.util search)
_libc.mmap.restype = ctypes.c_void_p
_libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
_libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
_libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]


class HostMemoryError(OSError):
    pass


def _round_up(n: int) -> int:
    return (n + PAGE - 1) // PAGE * PAGE


class Mapping:
    """An anonymous private mapping owned by Python; `close()` (or the context manager) unmaps it. A `reserved`
    one takes no swap or commit charge: its pages come as they are first touched (VM memory of gigabytes)."""

    def __init__(self, size: int, prot: int = PROT_READ | PROT_WRITE, *, reserved: bool = False) -> None:
        self.size = _round_up(max(size, 1))
        flags = MAP_PRIVATE | MAP_ANONYMOUS | (MAP_NORESERVE if reserved else 0)
        addr = _libc.mmap(None, self.size, prot, flags, -1, 0)
        if addr in (None, ctypes.c_void_p(-1).value):
            raise HostMemoryError(ctypes.get_errno(), f"mmap of {self.size} bytes failed")
        self.addr: int = addr

    def write(self, offset: int, data: bytes) -> None:
        if offset < 0 or offset + len(data) > self.size:
            raise ValueError("write outside the mapping")
        ctypes.memmove(self.addr + offset, data, len(data))

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or offset + length > self.size:
            raise ValueError("read outside the mapping")
        return ctypes.string_at(self.addr + offset, length)

    def protect(self, prot: int) -> None:
        if _libc.mprotect(self.addr, self.size, prot) != 0:
            raise HostMemoryError(ctypes.get_errno(), "mprotect failed")

    def close(self) -> None:
        if self.addr:
            _libc.munmap(self.addr, self.size)
            self.addr = 0

    def __enter__(self) -> Mapping:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _flush_icache(addr: int, size: int) -> None:
    """arm64 needs the instruction cache made coherent with the bytes just written; x86-64 does not."""
    if platform.machine().lower() in ("aarch64", "arm64"):
        import ctypes.util

        libgcc = ctypes.CDLL(ctypes.util.find_library("gcc_s") or "libgcc_s.so.1")
        libgcc.__clear_cache(ctypes.c_void_p(addr), ctypes.c_void_p(addr + size))


def executable_copy(code: bytes) -> Mapping:
    """Map `code` writable, copy it in, then make the pages read+execute (and no longer writable)."""
    m = Mapping(len(code), PROT_READ | PROT_WRITE)
    try:
        m.write(0, code)
        m.protect(PROT_READ | PROT_EXEC)
        _flush_icache(m.addr, m.size)
    except BaseException:
        m.close()
        raise
    return m
