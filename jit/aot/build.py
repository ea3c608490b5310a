"""From a verified program to the format-neutral image of an AOT executable or object.

The text is the JIT's own image of the program (jit.compiler.pipeline, position-independent: jit_entry, the
runtime helpers, every function), followed by the AOT runtime functions the output needs and, in an object,
one thunk per exported function. The read-only data is the program descriptor (jit.aot.descriptor); an
object also has its VM as zero-filled data. Every address the runtime takes is a relocation, so the same
image becomes an ELF object, a Mach-O object, or (relocated by jit.aot.relocate) a static executable.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from jit.aot import runtime
from jit.aot.cheader import Export, export_symbol, fits_prototype, format_last_symbol, mangle
from jit.aot.descriptor import StateLayout, descriptor
from jit.aot.objimage import Binding, Machine, ObjectImage, Section, SectionKind, Symbol, SymbolType
from jit.compiler.image import Image
from jit.compiler.pipeline import compile_program
from jit.isa.registry import get_isa
from jit.program.model import Program
from jit.stencilset.catalog import catalog
from jit.vm.heap import Heap
from jit.vm.limits import Limits
from jit.vm.startup import intern_strings

PROGRAM = "jit_aot_program"
STATE = "jit_aot_state"
START = "jit_aot_start"
THUNK = "jit_aot_thunk"
FORMAT_LAST = "jit_aot_format_last"
_UNBOUNDED = 1 << 62  # the start-up heap at build time: the real limit is the run's


class Output(Enum):
    EXECUTABLE = "executable"
    OBJECT = "object"


@dataclass(frozen=True)
class Built:
    image: ObjectImage
    exports: tuple[Export, ...]  # an object's thunks, one per function whose C prototype fits
    skipped: tuple[str, ...]  # functions of an object that have no thunk (their prototype does not fit)


def code_symbol(name: str) -> str:
    """The local symbol of a vm3 function's code."""
    return "jit_fn_" + mangle(name)


def build(
    program: Program, isa_name: str, output: Output, limits: Limits, prefix: str, *, heap_of_machine: bool = False
) -> Built:
    """The image of `program` for `isa_name`; an object's symbols start with `prefix` (jit.aot.cheader);
    heap_of_machine: an executable takes its heap limit from the machine it runs on."""
    heap = Heap(_UNBOUNDED)
    compiled = compile_program(program, isa_name, intern_strings(program, heap))
    text = runtime.Text(isa_name, bytearray(compiled.code))
    symbols = _compiled_symbols(program, compiled, text)
    state = StateLayout.for_limits(limits) if output is Output.OBJECT else None
    addresses = {PROGRAM: PROGRAM, STATE: STATE, "_JIT_CALLEE": code_symbol(program.entry_function.name)}
    exports: list[Export] = []
    skipped: list[str] = []
    if output is Output.EXECUTABLE:
        names = runtime.needed(isa_name, [START])
    else:
        names = [n for n in runtime.needed(isa_name, [FORMAT_LAST, THUNK]) if n != THUNK]
    runtime.lay_out(text, names, addresses)
    symbols += [_runtime_symbol(name, text, prefix) for name in names]
    if output is Output.OBJECT:
        int_regs = len(get_isa(isa_name).cabi.args)
        thunk = catalog(isa_name).stencil(THUNK)
        for fi, f in enumerate(program.functions):
            if not fits_prototype(f, int_regs):
                skipped.append(f.name)
                continue
            at = text.place(thunk.code)
            text.link(THUNK, at, {**addresses, "_JIT_CALLEE": code_symbol(f.name)}, {"_JIT_FUNC": fi})
            exports.append(Export(export_symbol(prefix, f.name), fi))
            symbols.append(Symbol(exports[-1].symbol, SectionKind.TEXT, at, len(thunk.code)))
    rodata = descriptor(program, compiled.data, heap, limits, state, heap_of_machine=heap_of_machine)
    sections = [Section(SectionKind.TEXT, bytes(text.code), runtime.ALIGN), Section(SectionKind.RODATA, rodata, 16)]
    symbols.append(Symbol(PROGRAM, SectionKind.RODATA, 0, len(rodata), Binding.LOCAL, SymbolType.OBJECT))
    if state is not None:
        sections.append(Section(SectionKind.BSS, bss_size=state.size, align=16))
        symbols.append(Symbol(STATE, SectionKind.BSS, 0, state.size, Binding.LOCAL, SymbolType.OBJECT))
    machine = Machine(isa_name)
    image = ObjectImage(machine, tuple(sections), tuple(symbols), tuple(text.relocations))
    return Built(image, tuple(exports), tuple(skipped))


def _compiled_symbols(program: Program, compiled: Image, text: runtime.Text) -> list[Symbol]:
    """Local symbols of the JIT image's pieces (jit_entry, the helpers, each vm3 function), which the runtime
    also branches to."""
    symbols = []
    for site in compiled.helper_sites:
        text.functions[site.name] = site.offset
        symbols.append(Symbol(site.name, SectionKind.TEXT, site.offset, site.size, Binding.LOCAL))
    ends = [*compiled.functions[1:], len(compiled.code)]
    for f, start, end in zip(program.functions, compiled.functions, ends, strict=True):
        symbols.append(Symbol(code_symbol(f.name), SectionKind.TEXT, start, end - start, Binding.LOCAL))
    return symbols


def _runtime_symbol(name: str, text: runtime.Text, prefix: str) -> Symbol:
    """A runtime function's symbol: the process entry and an object's format_last are global."""
    at, size = text.functions[name], text.sizes[name]
    if name == FORMAT_LAST:
        return Symbol(format_last_symbol(prefix), SectionKind.TEXT, at, size)
    return Symbol(name, SectionKind.TEXT, at, size, Binding.GLOBAL if name == START else Binding.LOCAL)
