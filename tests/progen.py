"""Random *verified*, terminating vm3 programs with entry arguments and limits (hypothesis).

`cases()` draws a Case: a program that passes jit.program.verify.verify, arguments for its entry
function and the Limits to run it under. Programs are built from structured pieces, so
they verify and terminate by construction:

- functions only call functions generated after them (the call graph is acyclic); the
  functions are shuffled afterwards, so the entry and callees sit at any index;
- loops count a reserved counter register (the top two i64 registers, one per nesting
  level, never written by anything else) from at most 8 down to 0, or up from 0;
- forward branches (if / if-else, all 18 compare ops) skip blocks; early exits (return,
  tail call, Deopt) sit inside them.

Cell register k has the role ROLES[k % 4] (list, map, string, anything): each function
starts by giving its non-parameter list, map and string registers a value of that kind,
and calls pass arguments from a base that is a multiple of 4, so that a callee's cell
parameter k has the role its register k expects. Ops take a register of the role they
need, except now and then, which makes WRONG_KIND errors. Other errors arise the same
way: a divisor that may be zero, list and table indices that are sometimes out of
range, and small heaps, depth limits or register stacks in the drawn Limits.

Values must not die unobserved in registers: reads favour recently written registers,
most data ops are followed by folding their result into a trace register (a running
hash), and most final returns give a summary of every register (a hash for i64 and f64
results; for cell results a new list of the hash and every cell register, which the
result printer walks). Big register files (up to 65535) use their first and last
registers, so the long instruction forms for high register numbers are exercised.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from hypothesis import strategies as st

from jit.program.cell import INT48_MAX, INT48_MIN, bits_f64
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import CALLS, TAIL_CALLS, Bank, Op
from jit.program.verify import CellArg, verify
from jit.vm.limits import Limits, MiB

ROLES = ("list", "map", "str", "any")
COUNTERS = 2
"""i64 registers at the top of every function reserved as loop counters (so loops nest 2 deep)."""
RESERVED = COUNTERS + 1
"""The counters and, below them, the trace register: a running hash of the values ops produce."""
MAX_FUNCTIONS = 4
MAX_PARAMS = 3
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1

INT64 = st.sampled_from([INT64_MIN, INT64_MAX, -1, 0, 1, 2, 7, 1 << 47, -(1 << 47)]) | st.integers(INT64_MIN, INT64_MAX)
INT16 = st.sampled_from([-32768, -1, 0, 1, 2, 3, 5, 32767]) | st.integers(-32768, 32767)
INT48 = st.sampled_from([INT48_MIN, INT48_MAX, -1, 0, 1, 1000]) | st.integers(INT48_MIN, INT48_MAX)
SPECIAL_F64 = [
    0.0,
    -0.0,
    1.0,
    -1.5,
    0.1,
    3.7,
    1e308,
    -1e308,
    5e-324,
    2.0**63,
    -(2.0**63),
    9.2e18,
    math.inf,
    -math.inf,
    math.nan,
    *(bits_f64(b) for b in (0x7FF0000000000001, 0xFFF4000000000123, 0xFFFA000000000005)),  # NaN payloads
]
F64 = st.sampled_from(SPECIAL_F64) | st.floats()
STRINGS = st.sampled_from([b"", b"a", b"hello", b"hello!", b"a longer string\x00\xff"]) | st.binary(max_size=12)


@dataclass(frozen=True)
class Signature:
    params: tuple[Bank, ...]
    result: Bank
    nregs: tuple[int, int, int]


@dataclass(frozen=True)
class Case:
    program: Program
    args: tuple[object, ...]
    limits: Limits


class Label:
    """A pc not known yet: bound when the builder reaches it, resolved when the function is built."""


@dataclass
class _Draft:
    op: Op
    flags: int = 0
    a: int = 0
    b: int = 0
    c: int | Label = 0


@dataclass
class FunctionBuilder:
    """Emits one function's code from draws; `sigs` are every function's signatures."""

    draw: st.DrawFn
    index: int
    sigs: list[Signature]
    code: list[_Draft] = field(default_factory=list)
    labels: dict[Label, int] = field(default_factory=dict)
    consts: list[Const] = field(default_factory=list)
    tables: list[tuple[int, ...]] = field(default_factory=list)
    loops: int = 0
    pools: tuple[list[int], list[int], list[int]] = field(init=False)
    """Registers the ops use per bank (i64: the writable ones); see register_pool."""
    recent: tuple[list[int], list[int]] = field(init=False)
    """The last i64 and f64 registers written: reads favour them, so values flow into the result."""
    last: tuple[Bank, int] | None = None
    """The register the last data op wrote (i64 or f64), for trace()."""

    def __post_init__(self) -> None:
        ni, nf, nc = self.sig.nregs
        self.pools = (register_pool(ni - RESERVED), register_pool(nf), register_pool(nc))
        self.recent = ([], [])

    @property
    def sig(self) -> Signature:
        return self.sigs[self.index]

    def has(self, bank: Bank) -> bool:
        return self.sig.nregs[bank] > 0

    # Emitting

    def emit(self, op: Op, a: int = 0, b: int = 0, c: int | Label = 0, flags: int = 0) -> None:
        self.code.append(_Draft(op, flags, a, b, c))

    def bind(self, label: Label) -> None:
        self.labels[label] = len(self.code)

    def const(self, kind: str, value: int | float | bytes) -> int:
        self.consts.append(Const(kind, value))
        return len(self.consts) - 1

    def pick(self, options: list[int]) -> int:
        return self.draw(st.sampled_from(options))

    # Registers

    def written(self, bank: Bank, r: int) -> int:
        self.last = (bank, r)
        recent = self.recent[bank]
        recent.append(r)
        del recent[:-4]
        return r

    def read(self, bank: Bank, pool: list[int]) -> int:
        recent = self.recent[bank]
        return self.pick(recent) if recent and self.draw(st.booleans()) else self.pick(pool)

    def wi(self) -> int:
        """An i64 register to write: anything but a loop counter or the trace register."""
        return self.written(Bank.I64, self.pick(self.pools[Bank.I64]))

    def ri(self) -> int:
        """An i64 register to read: the reserved ones included."""
        n = self.sig.nregs[Bank.I64]
        return self.read(Bank.I64, self.pools[Bank.I64] + list(range(n - RESERVED, n)))

    def wf(self) -> int:
        return self.written(Bank.F64, self.pick(self.pools[Bank.F64]))

    def rf(self) -> int:
        return self.read(Bank.F64, self.pools[Bank.F64])

    def rc(self, role: str) -> int:
        """A cell register of this role; now and then any cell register (a WRONG_KIND in waiting)."""
        pool = self.pools[Bank.CELL]
        if self.draw(st.integers(0, 24)) == 0:
            return self.pick(pool)
        return self.pick([k for k in pool if ROLES[k % 4] == role])

    def any_cell(self) -> int:
        return self.pick(self.pools[Bank.CELL])

    def index_reg(self) -> int:
        """An i64 register holding a list or table index: mostly small, sometimes out of range."""
        if self.draw(st.integers(0, 39)) == 0:
            return self.ri()
        r = self.wi()
        k = self.draw(st.sampled_from([0, 1, 2] * 20 + [-1, 3, 1000, -32768]))
        self.emit(Op.ConstI64K, r, 0, k & 0xFFFF)
        return r

    # Building

    def build(self) -> Function:
        self.prologue()
        self.block(self.draw(st.integers(3, 12)), depth=0)
        self.terminate(final=True)
        code = tuple(
            Instr(int(d.op), int(d.flags), d.a, d.b, self.labels[d.c] if isinstance(d.c, Label) else d.c)
            for d in self.code
        )
        return Function(
            f"f{self.index}",
            self.sig.params,
            self.sig.result,
            self.sig.nregs,
            code,
            tuple(self.consts),
            tuple(self.tables),
        )

    def prologue(self) -> None:
        """Values for some registers, and a value of its role for every non-parameter list, map or string register."""
        params = self.sig.params
        for k in self.pools[Bank.I64]:
            if (k >= len(params) or params[k] != Bank.I64) and self.draw(st.booleans()):
                self.emit(Op.ConstI64KW, k, 0, self.const("i64", self.draw(INT48)))
        for k in self.pools[Bank.F64]:
            if (k >= len(params) or params[k] != Bank.F64) and self.draw(st.booleans()):
                self.emit(Op.ConstF64K, k, 0, self.const("f64", self.draw(F64)))
        for k in self.pools[Bank.CELL]:
            if k < len(params) and params[k] == Bank.CELL:
                continue
            role = ROLES[k % 4]
            if role == "list":
                self.new_list(k)
            elif role == "map":
                self.emit(Op.NewMap, k, 0, self.draw(st.integers(0, 9)))
            elif role == "str":
                self.emit(Op.ConstStrKW, k, 0, self.const("str", self.draw(STRINGS)))

    def new_list(self, r: int) -> None:
        """A new list with three elements, so that indices 0..2 are in range."""
        self.emit(Op.NewList, r, 0, self.draw(st.integers(0, 6)))
        for _ in range(3):
            self.emit(Op.ListPushI64, r, self.ri())

    def block(self, n: int, depth: int, conditional: bool = False) -> None:
        """n statements; early exits only where the block is conditional (the body of an if)."""
        for _ in range(n):
            self.statement(depth, conditional)

    def statement(self, depth: int, conditional: bool) -> None:
        kinds = ["op"] * 8 + ["call"] * 2 * (self.index < len(self.sigs) - 1)
        if depth < 2:
            kinds += ["if", "if_else"] + ["loop"] * 2 * (self.loops < COUNTERS)
        if conditional:
            kinds.append("exit")
        kind = self.draw(st.sampled_from(kinds))
        if kind in ("op", "call"):
            self.last = None
            if kind == "op":
                self.draw(st.sampled_from(self.op_makers()))()
            else:
                self.call()
            if self.last is not None and self.draw(st.integers(0, 3)) > 0:
                self.trace(*self.last)
        elif kind == "loop":
            self.loop(depth)
        elif kind == "exit":
            self.exit()
        else:
            self.branch(depth, kind == "if_else")

    # Control flow

    def compare(self, target: Label) -> None:
        """A compare-and-branch of any kind to target."""
        families = [Op.CmpEqI64Br, Op.CmpEqI64KBr] + [Op.CmpEqF64Br] * self.has(Bank.F64)
        family = self.draw(st.sampled_from(families))
        op = Op(family + self.draw(st.integers(0, 5)))
        if family == Op.CmpEqI64KBr:
            self.emit(op, self.ri(), self.draw(INT16) & 0xFFFF, target)
        elif family == Op.CmpEqI64Br:
            self.emit(op, self.ri(), self.ri(), target)
        else:
            self.emit(op, self.rf(), self.rf(), target)

    def branch(self, depth: int, with_else: bool) -> None:
        skip, end = Label(), Label()
        self.compare(skip)
        self.block(self.draw(st.integers(0, 3)), depth + 1, conditional=True)
        if with_else:
            self.emit(Op.Jump, c=end)
        self.bind(skip)
        if with_else:
            self.block(self.draw(st.integers(0, 3)), depth + 1, conditional=True)
            self.bind(end)

    def loop(self, depth: int) -> None:
        """Bounded by a counter no other op writes: down to 0 (test at the bottom or top) or up to a bound."""
        counter = self.sig.nregs[Bank.I64] - 1 - self.loops
        trips = self.draw(st.sampled_from([1, 2, 3, 4, 5, 6, 7, 8, 0]))
        top, end = Label(), Label()
        shape = self.draw(st.sampled_from(["do_while", "while_down", "while_up"]))
        self.loops += 1
        if shape == "do_while":
            self.emit(Op.ConstI64K, counter, 0, max(trips, 1))
            self.bind(top)
            self.block(self.draw(st.integers(2, 6)), depth + 1)
            self.emit(Op.SubI64K, counter, counter, 1)
            self.emit(Op.CmpGtI64KBr, counter, 0, top)
        else:
            down = shape == "while_down"
            self.emit(Op.ConstI64K, counter, 0, trips if down else 0)
            self.bind(top)
            if down:
                self.emit(Op.CmpLeI64KBr, counter, 0, end)
            else:
                self.emit(Op.CmpGeI64KBr, counter, trips, end)
            self.block(self.draw(st.integers(2, 6)), depth + 1)
            self.emit(Op.AddI64K, counter, counter, (-1 if down else 1) & 0xFFFF)
            self.emit(Op.Jump, c=top)
            self.bind(end)
        self.loops -= 1

    def exit(self) -> None:
        """Leave early: return or tail call, or Deopt (to any pc of the function so far)."""
        if self.draw(st.booleans()):
            self.emit(Op.Deopt, c=self.draw(st.integers(0, len(self.code))))
        else:
            self.terminate()

    def terminate(self, final: bool = False) -> None:
        """A return of the result bank, or a tail call of a later function with the same result bank.

        Most final returns (some early ones) return a summary of every register instead of one.
        """
        tails = [
            j
            for j in range(self.index + 1, len(self.sigs))
            if self.sigs[j].result == self.sig.result and self.max_arg_base(self.sigs[j].params) >= 0
        ]
        if tails and self.draw(st.integers(0, 3)) == 0:
            self.tail_call(self.draw(st.sampled_from(tails)))
            return
        choice = self.draw(st.integers(0, 5))
        summary = choice > (0 if final else 3)
        if self.sig.result == Bank.I64:
            if choice == 0:
                self.emit(Op.ReturnConstK, c=self.draw(INT16) & 0xFFFF)
            else:
                self.emit(Op.ReturnI64, self.checksum() if summary else self.ri())
        elif self.sig.result == Bank.F64:
            if summary and choice % 2:  # the f64 registers' own bits are the other half of the summaries
                acc, r = self.checksum(), self.wf()
                self.emit(Op.I64ToF64, r, acc)
                self.emit(Op.ReturnF64, r)
            else:
                self.emit(Op.ReturnF64, self.rf())
        else:
            self.emit(Op.ReturnCell, self.snapshot() if summary else self.any_cell())

    def snapshot(self) -> int:
        """A cell register holding a new list of the checksum and every cell register: printing shows them all."""
        acc = self.checksum()
        index = self.pick([x for x in self.pools[Bank.I64] if x != acc])
        lst = self.rc("any")
        self.emit(Op.NewList, lst, 0, 0)
        self.emit(Op.ListPushI64, lst, acc)
        for k, c in enumerate(self.pools[Bank.CELL], start=1):
            self.emit(Op.ListPushI64, lst, acc)
            self.emit(Op.ConstI64K, index, 0, k)
            self.emit(Op.ListSetCell, lst, c, index)
        return lst

    def checksum(self) -> int:
        """A register holding a wrapping polynomial hash of every i64 and f64 register the function uses.

        A backend that computes any of them differently then returns a different result.
        """
        acc = self.wi()
        self.emit(Op.MovI64, acc, self.ri())
        n = self.sig.nregs[Bank.I64]
        for x in [*self.pools[Bank.I64], *range(n - RESERVED, n)]:
            if x != acc:
                self.fold(acc, x)
        tmp = self.pick([x for x in self.pools[Bank.I64] if x != acc])
        for f in self.pools[Bank.F64]:
            self.emit(Op.F64ToI64, tmp, f)
            self.fold(acc, tmp)
        if self.has(Bank.F64) and self.has(Bank.CELL):
            # The low 48 bits of each f64, through a list element (F64ToI64 drops fractions).
            lst, zero = self.rc("list"), self.pick([x for x in self.pools[Bank.I64] if x not in (acc, tmp)])
            self.emit(Op.ConstI64K, zero, 0, 0)
            for f in self.pools[Bank.F64]:
                self.emit(Op.ListSetF64, lst, f, zero)
                self.emit(Op.ListGetI64, tmp, lst, zero)
                self.fold(acc, tmp)
        self.written(Bank.I64, acc)
        return acc

    def trace(self, bank: Bank, r: int) -> None:
        """Fold the value an op just wrote into the trace register, so that no value goes unobserved."""
        if bank == Bank.F64:
            tmp = self.pick(self.pools[Bank.I64])
            self.emit(Op.F64ToI64, tmp, r)
            r = tmp
        self.fold(self.sig.nregs[Bank.I64] - RESERVED, r)

    def fold(self, acc: int, x: int) -> None:
        self.emit(Op.MulI64K, acc, acc, 31)
        self.emit(Op.AddI64, acc, acc, x)

    # Calls

    def max_arg_base(self, params: tuple[Bank, ...]) -> int:
        """The largest first argument register B that fits (param k is bank(k)[B + k]); negative: none fits."""
        return min((self.sig.nregs[bank] - 1 - k for k, bank in enumerate(params)), default=0xFFFF)

    def arg_base(self, params: tuple[Bank, ...]) -> int:
        """Mostly 0, 4 or the highest multiple of 4 that fits (cell roles line up with the callee's), else any."""
        hi = self.max_arg_base(params)
        assert hi >= 0
        if self.draw(st.integers(0, 9)) == 0:
            return self.draw(st.integers(0, hi))
        return self.pick(sorted({0, min(4, hi) // 4 * 4, hi // 4 * 4}))

    def call(self) -> None:
        j = self.draw(st.integers(self.index + 1, len(self.sigs) - 1))
        callee = self.sigs[j]
        options: list[tuple[Op, Bank]] = []
        for op, bank in ((Op.CallI64, Bank.I64), (Op.CallF64, Bank.F64), (Op.CallCell, Bank.CELL)):
            single_bank = all(p == bank for p in callee.params)
            if self.has(bank) and single_bank and (bank == Bank.CELL or callee.result != Bank.CELL):
                options.append((op, bank))
        for bank in Bank:
            if self.has(bank) and (callee.result != Bank.CELL or bank == Bank.CELL):
                options.append((Op.CallMixed, bank))
        if self.max_arg_base(callee.params) < 0 or not options:
            return
        op, dest = self.draw(st.sampled_from(options))
        a = {Bank.I64: self.wi, Bank.F64: self.wf, Bank.CELL: lambda: self.rc("any")}[dest]()
        self.emit(op, a, self.arg_base(callee.params), j, flags=dest if op == Op.CallMixed else 0)

    def tail_call(self, j: int) -> None:
        callee = self.sigs[j]
        b = self.arg_base(callee.params)
        single = all(p == Bank.I64 for p in callee.params) and self.draw(st.integers(0, 3)) > 0
        self.emit(Op.TailCallI64 if single else Op.TailCallMixed, 0, b, j)

    # Data ops

    def op_makers(self) -> list[Callable[[], None]]:
        makers = [self.i64_op, self.i64_op, self.i64_k_op, self.division, self.lookup, self.nop]
        if self.has(Bank.F64):
            makers += [self.f64_op, self.f64_op, self.f64_misc]
        if self.has(Bank.CELL):
            makers += [self.string_op, self.list_op, self.list_op, self.map_op]
        return makers

    def nop(self) -> None:
        self.emit(Op.Nop)

    def i64_op(self) -> None:
        op = self.draw(
            st.sampled_from([Op.MovI64, Op.NegI64, Op.AddI64, Op.SubI64, Op.MulI64, Op.ConstI64K, Op.ConstI64KW])
        )
        if op in (Op.MovI64, Op.NegI64):
            self.emit(op, self.wi(), self.ri())
        elif op == Op.ConstI64K:
            self.emit(op, self.wi(), 0, self.draw(INT16) & 0xFFFF)
        elif op == Op.ConstI64KW:
            self.emit(op, self.wi(), 0, self.const("i64", self.draw(INT48)))
        else:
            self.emit(op, self.wi(), self.ri(), self.ri())

    def i64_k_op(self) -> None:
        op = self.draw(st.sampled_from([Op.AddI64K, Op.SubI64K, Op.MulI64K, Op.DivI64K, Op.ModI64K]))
        k = self.draw(INT16)
        if op in (Op.DivI64K, Op.ModI64K) and k == 0 and self.draw(st.integers(0, 3)) > 0:
            k = -1  # a zero K is an error at once; keep that occasional
        self.emit(op, self.wi(), self.ri(), k & 0xFFFF)

    def division(self) -> None:
        """DivI64/ModI64 by a fresh non-zero constant, or now and then by any register (maybe zero)."""
        op = self.draw(st.sampled_from([Op.DivI64, Op.ModI64]))
        if self.draw(st.integers(0, 5)) == 0:
            divisor = self.ri()
        else:
            divisor = self.wi()
            self.emit(Op.ConstI64K, divisor, 0, self.draw(INT16.filter(bool)) & 0xFFFF)
        self.emit(op, self.wi(), self.ri(), divisor)

    def lookup(self) -> None:
        if not self.tables or self.draw(st.integers(0, 2)) == 0:
            self.tables.append(tuple(self.draw(st.lists(INT64, min_size=3, max_size=6))))
        t = self.draw(st.integers(0, len(self.tables) - 1))
        index = self.index_reg()
        self.emit(Op.LookupI64KW, self.wi(), index, t)

    def f64_op(self) -> None:
        op = self.draw(
            st.sampled_from([Op.AddF64, Op.SubF64, Op.MulF64, Op.DivF64, Op.NegF64, Op.MovF64, Op.SqrtF64, Op.FmaF64])
        )
        if op in (Op.NegF64, Op.MovF64, Op.SqrtF64):
            self.emit(op, self.wf(), self.rf())
        elif op == Op.FmaF64:
            low = [k for k in self.pools[Bank.F64] if k < 256]  # C packs two registers into one byte each
            self.emit(op, self.wf(), self.rf(), self.pick(low) | self.pick(low) << 8)
        else:
            self.emit(op, self.wf(), self.rf(), self.rf())

    def f64_misc(self) -> None:
        op = self.draw(st.sampled_from([Op.ConstF64K, Op.I64ToF64, Op.F64ToI64]))
        if op == Op.ConstF64K:
            self.emit(op, self.wf(), 0, self.const("f64", self.draw(F64)))
        elif op == Op.I64ToF64:
            self.emit(op, self.wf(), self.ri())
        else:
            self.emit(op, self.wi(), self.rf())

    def string_op(self) -> None:
        op = self.draw(st.sampled_from([Op.ConstStrKW, Op.ConcatStr, Op.ConcatStr, Op.LenStr]))
        if op == Op.ConstStrKW:
            self.emit(op, self.rc("str"), 0, self.const("str", self.draw(STRINGS)))
        elif op == Op.ConcatStr:
            self.emit(op, self.rc("str"), self.rc("str"), self.rc("str"))
        else:
            self.emit(op, self.wi(), self.rc("str"))

    def list_op(self) -> None:
        ops = [Op.NewList, Op.ListLenI64, Op.ListPushI64, Op.ListGetI64, Op.ListSetI64, Op.ListGetCell, Op.ListSetCell]
        if self.has(Bank.F64):
            ops += [Op.ListGetF64, Op.ListSetF64]
        op = self.draw(st.sampled_from(ops))
        if op == Op.NewList:
            self.new_list(self.rc("list"))
        elif op == Op.ListLenI64:
            self.emit(op, self.wi(), self.rc("list"))
        elif op == Op.ListPushI64:
            self.emit(op, self.rc("list"), self.ri())
        elif op in (Op.ListGetI64, Op.ListGetF64, Op.ListGetCell):
            index = self.index_reg()
            dst = {Op.ListGetI64: self.wi, Op.ListGetF64: self.wf, Op.ListGetCell: lambda: self.rc("any")}[op]()
            self.emit(op, dst, self.rc("list"), index)
        else:
            index = self.index_reg()
            value = {Op.ListSetI64: self.ri, Op.ListSetF64: self.rf, Op.ListSetCell: self.any_cell}[op]()
            self.emit(op, self.rc("list"), value, index)

    def map_op(self) -> None:
        op = self.draw(st.sampled_from([Op.NewMap, Op.MapSetI64I64, Op.MapSetI64I64, Op.MapGetI64I64]))
        if op == Op.NewMap:
            self.emit(op, self.rc("map"), 0, self.draw(st.integers(0, 9)))
        elif op == Op.MapSetI64I64:
            self.emit(op, self.rc("map"), self.ri(), self.ri())
        else:
            self.emit(op, self.wi(), self.rc("map"), self.ri())


# Signatures, programs, arguments, limits


def register_pool(n: int) -> list[int]:
    """The registers of a bank of n that ops use: the first 8 and, in a big register file, the last 4.

    High registers are what need the long forms of a machine instruction (an x86-64 disp32,
    an arm64 offset past its scaled 12-bit immediate), so big files use both ends.
    """
    return sorted(set(range(min(n, 8))) | set(range(max(n - 4, 0), n)))


@st.composite
def signatures(draw: st.DrawFn, entry: bool) -> Signature:
    """Register counts (some banks empty), parameters of banks that have registers, a result bank."""
    big = st.sampled_from([20, 300, 4100, 0xFFFF])
    ni = draw(st.integers(3, 8) | big.map(lambda n: n - RESERVED)) + RESERVED
    nf = draw(st.sampled_from([0, 2, 4, 5, 8]) | big)
    nc = draw(st.sampled_from([0, 4, 5, 8]) | big)
    nregs = (ni, nf, nc)
    banks = [b for b in Bank if nregs[b] > 0]
    params = []
    for k in range(draw(st.integers(0, MAX_PARAMS))):
        bank = draw(st.sampled_from(banks))
        if k >= nregs[bank] or (bank == Bank.CELL and entry and ROLES[k % 4] in ("list", "map")):
            bank = Bank.I64  # arguments cannot be lists or maps; a parameter must fit its bank
        params.append(bank)
    return Signature(tuple(params), draw(st.sampled_from(banks)), nregs)


def _entry_arg(bank: Bank, k: int) -> st.SearchStrategy[object]:
    if bank == Bank.I64:
        return INT64
    if bank == Bank.F64:
        return F64
    text = STRINGS.map(lambda s: CellArg("str", s))
    if ROLES[k % 4] == "str":
        return text
    return text | INT48.map(lambda v: CellArg("int", v)) | F64.map(lambda x: CellArg("float", x))


TEST_LIMITS = Limits(max_depth=100_000, stack_regs=1 << 20, heap_size=64 * MiB)
"""The limits a generated program runs at unless it draws smaller ones. Not jit run's defaults, which are the
machine's: a program that recurses or allocates without end would take the whole machine before it failed."""

LIMITS = st.one_of(
    *[st.just(TEST_LIMITS)] * 4,
    st.integers(0, 20000).map(lambda n: replace(TEST_LIMITS, heap_size=n)),
    st.integers(1, 3).map(lambda n: replace(TEST_LIMITS, max_depth=n)),
    st.integers(10, 5000).map(lambda n: replace(TEST_LIMITS, stack_regs=n)),
)


@st.composite
def programs(draw: st.DrawFn) -> Program:
    """A verified program of 1..MAX_FUNCTIONS functions; the entry is function f0."""
    n = draw(st.integers(1, MAX_FUNCTIONS))
    sigs = [draw(signatures(entry=i == 0)) for i in range(n)]
    built = [FunctionBuilder(draw, i, sigs).build() for i in range(n)]
    order = draw(st.permutations(range(n)))  # order[i]: where function i goes
    placed: list[Function] = [built[0]] * n
    for i, f in enumerate(built):
        code = tuple(
            Instr(ins.op, ins.flags, ins.a, ins.b, order[ins.c]) if ins.op in CALLS | TAIL_CALLS else ins
            for ins in f.code
        )
        placed[order[i]] = Function(f.name, f.params, f.result, f.nregs, code, f.consts, f.tables)
    program = Program(tuple(placed), entry=order[0])
    verify(program)  # a VerifyError here is a bug in this generator
    return program


@st.composite
def cases(draw: st.DrawFn) -> Case:
    program = draw(programs())
    entry = program.entry_function
    args = tuple(draw(_entry_arg(bank, k)) for k, bank in enumerate(entry.params))
    return Case(program, args, draw(LIMITS))
