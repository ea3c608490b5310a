"""The stencil refresh workflow's parts: ELF relocations, hole ranges, ISA rules, assembly passes."""


class RefreshError(Exception):
    """A stencil that cannot be cached as it is: the message names the stencil and what is wrong."""
