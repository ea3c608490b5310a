"""The first op at which a machine-code run parts from the interpreter, found by replaying both op by op.

Each run is watched through the same jit.debug.trace.Tracer (the machine code's steps from
jit.debug.stepper, the interpreter's from jit.debug.interpsteps), and every op becomes a Seen: its trace record
(where it ran, the registers it read and wrote, what a return wrote into its caller, whether the run stopped
in it), the registers its activation has written so far as they stand after it (so that an op that clobbers a
register it should not write is caught where it does it), and the heap objects it wrote. Everything is a vm3
value read through a RegisterFile, never raw memory: a register kept in a machine register would be read the
same way.

Three runs keep memory bounded: the interpreter, keeping a 64-bit digest per op; the machine code, stopped at
the first op whose Seen has another digest; the interpreter again, up to that op, to capture its side whole.
The op to blame is that one, or the op before it when only the next op differs (control flow).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jit.debug.activations import WrittenRegs
from jit.debug.disasm import op_listing
from jit.debug.endings import Ending
from jit.debug.interpsteps import InterpRegisters, run_stepped
from jit.debug.labels import op_label
from jit.debug.stepper import EmulatorRegisters, Stepper
from jit.debug.trace import Record, RegisterFile, Step, Tracer, Value, format_reg
from jit.errors import VMError
from jit.program import cell
from jit.program.model import Program
from jit.program.ops import CALLS, RETURNS, TAIL_CALLS, Bank, Op
from jit.vm.limits import Limits

if TYPE_CHECKING:
    from jit.compiler.image import Image
    from jit.machine.prepare import Prepared

HEAP_WRITERS = frozenset(
    {Op.ConcatStr, Op.NewList, Op.ListPushI64, Op.ListSetI64, Op.ListSetF64, Op.ListSetCell, Op.NewMap, Op.MapSetI64I64}
)
"""Ops that create or change a heap object: the one their register A names."""


@dataclass(frozen=True)
class Seen:
    """One op as a run executed it, in vm3 values."""

    record: Record
    state: tuple[Value, ...]  # the written registers of the activation that runs next, after the op
    objects: tuple[tuple[Value, object], ...]  # each heap object the op wrote: the register naming it, contents


@dataclass(frozen=True)
class Captured:
    """A Seen with each of its values as the result printer writes it, formatted while the run's heap was live."""

    seen: Seen
    texts: dict[Value, str]


class Watcher:
    """Turns the steps of one run into Seens, handed to `emit` in execution order."""

    def __init__(self, program: Program, regs: RegisterFile, emit: Callable[[Seen], None]) -> None:
        self.program, self.regs, self.emit = program, regs, emit
        self.tracer = Tracer(program, regs, self._record)
        self.written = WrittenRegs(program)
        self._next: Step | None = None

    def step(self, step: Step) -> None:
        self.written.step(step)
        self._next = step
        self.tracer.step(step)

    def finish(self, completed: bool) -> None:
        self._next = None
        self.tracer.finish(completed)

    def capture(self, seen: Seen) -> Captured:
        """The Seen with its values formatted now, from this run's heap."""
        r = seen.record
        values = [*r.reads, *r.writes, *seen.state, *(v for v, _ in seen.objects)]
        if r.returned is not None:
            values.append(r.returned[1])
        return Captured(seen, {v: _text(v, self.regs) for v in values})

    def _record(self, record: Record) -> None:
        state: tuple[Value, ...] = ()
        if self._next is not None:
            bases = self._next.bases
            regs = sorted(self.written.written())
            state = tuple((bank, k, self.regs.reg(bank, bases[bank] + k)) for bank, k in regs)
        ins = self.program.functions[record.step.func].code[record.step.pc]
        objects: tuple[tuple[Value, object], ...] = ()
        if ins.op in HEAP_WRITERS and not record.stopped:
            named = [v for v in (*record.reads, *record.writes) if v[0] is Bank.CELL and v[1] == ins.a]
            objects = tuple((v, _contents(v[2], self.regs)) for v in named)
        self.emit(Seen(record, state, objects))


def _text(value: Value, regs: RegisterFile) -> str:
    bank, _, bits = value
    try:
        return f"{format_reg(bank, bits, regs.heap)} ({bits:#x})"
    except Exception:  # a broken stencil's handle can name anything: show its bits alone
        return f"{bits:#x} (unreadable)"


def _contents(bits: int, regs: RegisterFile) -> object:
    """What the heap object a Cell names holds (None for a Cell that names none)."""
    if cell.tag(bits) != cell.TAG_HANDLE:
        return None
    arena, offset = cell.handle_arena(bits), cell.handle_slot(bits) << 3
    try:
        if arena == cell.ARENA_LIST:
            return tuple(regs.heap.list_items(offset))
        if arena == cell.ARENA_MAP:
            return tuple(regs.heap.map_items(offset))
        if arena == cell.ARENA_STR:
            return regs.heap.string_bytes(offset)
    except Exception as e:  # a broken stencil's handle can name anything
        return f"unreadable: {e}"
    return None


@dataclass(frozen=True)
class Divergence:
    """Where a machine-code run first parted from the interpreter, and how."""

    isa: str
    index: int  # ops both runs executed alike before the one blamed
    func: int
    function: str  # its name
    pc: int
    depth: int
    label: str  # `fib pc=5 AddI64 A=i2 B=i2 C=i4`
    differences: tuple[tuple[str, str], ...]  # (kind, detail with both values); kinds: DIFFERENCE_KINDS
    operands: str  # the registers the op read, with the interpreter's values
    listing: tuple[str, ...]  # `jit disasm` for the op: the patched stencil at that site

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(kind for kind, _ in self.differences))


DIFFERENCE_KINDS = ("control flow", "stopped", "register", "heap", "result", "digest")
"""What can differ: where control went next, where the run stopped, a register, a heap object, the result
(every op agreed), or only the digest (a hash collision, not a difference)."""


class _Enough(Exception):
    """Ends a replay once it has what it needs."""


def first_divergence(program: Program, args: Sequence[object], limits: Limits, isa: str) -> Divergence | None:
    """Replay the program on the interpreter and under Unicorn for `isa`; None if every op and the result agree."""
    from jit.machine.prepare import prepare

    digests = array("q")
    interp_end = _interp_pass(program, args, limits, lambda watcher, seen: digests.append(hash(seen)))
    assert interp_end is not None  # nothing stops the first pass early
    prepared = prepare(program, args, isa, limits)
    index, machine, machine_end = _machine_pass(prepared, isa, digests)
    if machine is None and index == len(digests) and machine_end.key == interp_end.key:
        return None
    wanted = {index - 1, index} if machine is not None or index < len(digests) else {index - 1}
    interp = _interp_capture(program, args, limits, wanted)
    return _explain(program, prepared.image, isa, index, machine, interp, machine_end, interp_end)


def _interp_pass(
    program: Program, args: Sequence[object], limits: Limits, emit: Callable[[Watcher, Seen], None]
) -> Ending | None:
    """One interpreter run, each op's Seen handed to emit; how it ended (None if emit ended it early)."""
    regs = InterpRegisters()
    watcher = Watcher(program, regs, lambda seen: emit(watcher, seen))
    try:
        try:
            result = run_stepped(program, args, limits, regs, watcher.step)
        except VMError as e:
            watcher.finish(completed=False)
            return Ending.of_error(e)
        watcher.finish(completed=True)
        return Ending.of_result(result)
    except _Enough:
        return None


def _interp_capture(program: Program, args: Sequence[object], limits: Limits, wanted: set[int]) -> dict[int, Captured]:
    """The interpreter's Seens at the op indexes `wanted`, captured whole."""
    got: dict[int, Captured] = {}
    count = 0

    def emit(watcher: Watcher, seen: Seen) -> None:
        nonlocal count
        if count in wanted:
            got[count] = watcher.capture(seen)
        count += 1
        if count > max(wanted):
            raise _Enough

    _interp_pass(program, args, limits, emit)
    return got


def _machine_pass(prepared: Prepared, isa: str, digests: array[int]) -> tuple[int, Captured | None, Ending]:
    """The machine-code run, stopped at the first op whose Seen is not the interpreter's: how many ops agreed,
    that op captured (None if none differed), and how the run ended."""
    from jit.machine.emulate import Emulation

    program = prepared.program
    emu = Emulation(prepared, isa)
    regs = EmulatorRegisters(emu)
    index = 0
    found: Captured | None = None

    def emit(seen: Seen) -> None:
        nonlocal index, found
        if found is not None:
            return
        if index < len(digests) and hash(seen) == digests[index]:
            index += 1
            return
        found = watcher.capture(seen)
        emu.uc.emu_stop()

    watcher = Watcher(program, regs, emit)
    Stepper(emu, regs, watcher.step)
    try:
        try:
            result = emu.run()
        except VMError as e:
            watcher.finish(completed=False)
            return index, found, Ending.of_error(e)
        except RuntimeError as e:  # the machine code faulted
            watcher.finish(completed=False)
            return index, found, Ending.fault(str(e))
        watcher.finish(completed=True)
        return index, found, Ending.of_result(result)
    finally:
        emu.close()


def _explain(
    program: Program,
    image: Image,
    isa: str,
    index: int,
    machine: Captured | None,
    interp: dict[int, Captured],
    machine_end: Ending,
    interp_end: Ending,
) -> Divergence:
    """Blame the op at `index` when its own values differ, or the op before it when what follows it differs."""
    mine, theirs, before = machine, interp.get(index), interp.get(index - 1)
    if mine is not None and theirs is not None and mine.seen.record.step == theirs.seen.record.step:
        at, site = index, theirs
        found = _value_differences(program, mine, theirs, machine_end, interp_end)
    else:
        at, site = index - 1, before
        if mine is not None and theirs is not None:
            a, b = _where(program, mine, theirs), _where(program, theirs, mine)
            found = [("control flow", f"the next op: machine {a}, interpreter {b}")]
        elif mine is not None:
            a = _where(program, mine, mine)
            found = [("control flow", f"the interpreter's run ended after this op; the machine went on to {a}")]
        elif theirs is not None:
            b = _where(program, theirs, theirs)
            found = [("control flow", f"the machine's run ended after this op; the interpreter went on to {b}")]
        else:
            ends = f"machine {machine_end.bits_text}, interpreter {interp_end.bits_text}"
            found = [("result", f"{ends} (every op agreed; how the run ended did not)")]
    assert site is not None  # every run executes at least one op, so a control-flow difference has one before it
    step, reads = site.seen.record.step, site.seen.record.reads
    return Divergence(
        isa=isa,
        index=at,
        func=step.func,
        function=program.functions[step.func].name,
        pc=step.pc,
        depth=step.depth,
        label=op_label(program, step.func, step.pc),
        differences=tuple(found),
        operands=" ".join(f"{v[0].prefix}{v[1]}={site.texts[v]}" for v in reads),
        listing=tuple(op_listing(program, image, step.func, step.pc)),
    )


def _where(program: Program, c: Captured, other: Captured) -> str:
    """`fib pc=3 (depth 2)`, with the windows' starts when only they tell it from the other run's next op."""
    step, them = c.seen.record.step, other.seen.record.step
    text = f"{program.functions[step.func].name} pc={step.pc} (depth {step.depth}"
    if step != them and (step.func, step.pc, step.depth) == (them.func, them.pc, them.depth):
        text += ", windows at " + " ".join(f"{bank.prefix}{base}" for bank, base in zip(Bank, step.bases, strict=True))
    return text + ")"


def _value_differences(
    program: Program, mine: Captured, theirs: Captured, machine_end: Ending, interp_end: Ending
) -> list[tuple[str, str]]:
    """(kind, detail) of each way the same op ran differently: where it stopped, its registers, its heap objects."""
    m, t = mine.seen, theirs.seen
    if m.record.stopped != t.record.stopped:  # the stopped run has no values after the op to compare
        who, other, end = (
            ("machine", "interpreter", machine_end) if m.record.stopped else ("interpreter", "machine", interp_end)
        )
        return [("stopped", f"the {who}'s run stopped in this op ({end.text}); the {other}'s went on")]
    out = _registers("read {}", m.record.reads, t.record.reads, mine, theirs)
    out += _registers("wrote {}", m.record.writes, t.record.writes, mine, theirs)
    returned = [r.returned[1] for r in (m.record, t.record) if r.returned is not None]
    if m.record.returned != t.record.returned:
        mine_ret = (m.record.returned[1],) if m.record.returned else ()
        their_ret = (t.record.returned[1],) if t.record.returned else ()
        out += _registers("returned into the caller's {}", mine_ret, their_ret, mine, theirs)
    own = {(bank, k) for bank, k, _ in (*t.record.writes, *returned)}
    op = program.functions[t.record.step.func].code[t.record.step.pc].op
    whose = "the callee's " if op in CALLS or op in TAIL_CALLS else "the caller's " if op in RETURNS else ""
    mine_state = tuple(v for v in m.state if (v[0], v[1]) not in own)
    their_state = tuple(v for v in t.state if (v[0], v[1]) not in own)
    out += _registers(whose + "{} after it", mine_state, their_state, mine, theirs)
    mine_objects = dict(m.objects)
    for value, contents in t.objects:
        if mine_objects.get(value, contents) != contents:
            reg = f"{value[0].prefix}{value[1]}"
            out.append(("heap", f"the object in {reg}: machine {mine.texts[value]}, interpreter {theirs.texts[value]}"))
    return out or [("digest", "the two runs' digests of this op differ, but no value does (a hash collision)")]


def _registers(
    what: str, mine: Sequence[Value], theirs: Sequence[Value], m: Captured, t: Captured
) -> list[tuple[str, str]]:
    """A register difference for each register whose bits differ between the two runs (or that only one has);
    `what` says what the register is to the op, with {} for its name."""
    mine_by, theirs_by = {v[:2]: v for v in mine}, {v[:2]: v for v in theirs}
    out = []
    for reg in dict.fromkeys([*theirs_by, *mine_by]):
        a, b = mine_by.get(reg), theirs_by.get(reg)
        if a is None or b is None or a[2] != b[2]:
            left = m.texts[a] if a is not None else "(none)"
            right = t.texts[b] if b is not None else "(none)"
            out.append(("register", f"{what.format(reg[0].prefix + str(reg[1]))}: machine {left}, interpreter {right}"))
    return out
