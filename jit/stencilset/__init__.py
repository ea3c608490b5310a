"""The stencil set: the checked-in stencil cache read as machine code with holes. Its files and manifest
(files), the numbers of the C header vm3.h (header), Keystone assembly of a cached stencil (assemble), the
on-disk memo of assembled stencils (memo), the loaded data model (model), and the catalog the compiler asks
for the stencils a program needs (catalog). The C sources are in jit/stencils/.

May import: jit.errors, jit.resources, jit.isa.
"""
