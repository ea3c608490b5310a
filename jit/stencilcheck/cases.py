"""Cases for one op or variant, drawn by hypothesis: a program holding the op and a VM state to run it on.

The op sits at a random pc of a random function, with random fields; a call gets a callee whose body returns,
deoptimises or fails; the heap holds strings, lists and maps; the registers an op reads as a container, an
index, a key, a divisor or a comparand get a fitting value most of the time (ROLES), so that success paths,
edge cases and both sides of every branch are as well covered as the errors. A variant's case is shaped so
that the compiler picks the variant: operands pinned in slots, a list checked before, a known divisor. A `wide`
case has WIDE_BASE more registers in every bank of the op's function, below those the op uses, and its table lies
past a table of WIDE_TABLE bytes: too far for a folded stencil (jit.compiler.fit), so that the compiler picks its
`_wide` twin.
"""

from __future__ import annotations

from hypothesis import strategies as st

from jit.compiler.facts import LIST_FIELD
from jit.compiler.variants import LOCATION_BANKS, register_fields
from jit.program import cell
from jit.program.model import Function, Instr, Program, param_regs, s16
from jit.program.ops import CALL_BANK, CALLS, OPS, RETURN_BANK, TAIL_CALLS, Bank, Kind, Op
from jit.stencilcheck.case import Case, bank_fill
from jit.stencilcheck.heapimage import HEAP_REGION
from jit.stencilcheck.values import (
    INT64_MIN,
    M64,
    caps,
    cells,
    consts,
    f64_bits,
    heap_slack,
    i64s,
    inline_strings,
    int16s,
    u16s,
)
from jit.vm.heap import Heap, map_capacity
from jit.vm.startup import intern_strings

Banks = tuple[list[int], list[int], list[int]]

WIDE_BASE = 4096
"""How far a wide case moves the op's registers into its window: past what arm64's scaled 12-bit ldr/str offset
reaches (registers 0..4095)."""
WIDE_TABLE = 4096
"""The bytes of table 0 in a wide case, which looks up a table after it: past arm64's folded immediates (4095)."""


# Registers an op reads as a container, an index, a key, a divisor or a comparand get a fitting value most of
# the time, so that success paths, edge cases and both sides of every branch are as well covered as the errors.
_LIST_GET = (("B", "list"), ("C", "index"))
_LIST_SET = (("A", "list"), ("C", "index"))
_DIV = (("B", "dividend"), ("C", "divisor"))
_CMPS = ("Eq", "Ne", "Lt", "Le", "Gt", "Ge")
ROLES: dict[Op, tuple[tuple[str, str], ...]] = {
    Op.LenStr: (("B", "str"),),
    Op.ConcatStr: (("B", "str"), ("C", "str")),
    Op.ListLenI64: (("B", "list"),),
    Op.ListPushI64: (("A", "list"),),
    Op.ListGetI64: _LIST_GET,
    Op.ListGetF64: _LIST_GET,
    Op.ListGetCell: _LIST_GET,
    Op.ListSetI64: _LIST_SET,
    Op.ListSetF64: _LIST_SET,
    Op.ListSetCell: (*_LIST_SET, ("B", "object")),
    Op.MapSetI64I64: (("A", "map"), ("B", "key")),
    Op.MapGetI64I64: (("B", "map"), ("C", "key")),
    Op.LookupI64KW: (("B", "entry"),),
    Op.DivI64: _DIV,
    Op.ModI64: _DIV,
    Op.DivI64K: (("B", "dividend"),),
    Op.ModI64K: (("B", "dividend"),),
    **{Op[f"Cmp{c}I64Br"]: (("B", "near_a"),) for c in _CMPS},
    **{Op[f"Cmp{c}I64KBr"]: (("A", "near_k"),) for c in _CMPS},
    **{Op[f"Cmp{c}F64Br"]: (("B", "same_f"),) for c in _CMPS},
}
HEAP_OPS = frozenset(op for op, roles in ROLES.items() if any(role in ("str", "list", "map") for _, role in roles))


def _callee(draw: st.DrawFn, op: Op, flags: int, b: int, n: list[int], low: int) -> Function:
    """The function a call or tail call names: its parameters, result bank and a one-op body that returns,
    deoptimises or fails; the caller's frame grows to hold the arguments. A return of a register that is not a
    parameter reads it before writing it: the call must have zeroed it (jit.compiler.dataflow.exposed_reads). In
    a wide case (`low` registers below the op's) the callee may have that many more too, so that a tail call can
    overflow the stack."""
    nparams = draw(st.integers(0, 3))
    if op in (Op.CallMixed, Op.TailCallMixed):
        params = tuple(draw(st.lists(st.sampled_from(Bank), min_size=nparams, max_size=nparams)))
    else:
        params = (CALL_BANK[op],) * nparams
    dst = CALL_BANK.get(op, Bank(flags))
    if op in TAIL_CALLS or dst is Bank.CELL:
        result = draw(st.sampled_from(Bank))
    else:
        result = draw(st.sampled_from((Bank.I64, Bank.F64)))  # cell -> i64/f64 is rejected by the verifier
    for k, bank in enumerate(params):
        n[bank] = max(n[bank], b + k + 1)
    extra = (0, 1, 2, 12, low + 64) if low else (0, 1, 2, 12)
    nregs = [param_regs(params, bank) + draw(st.sampled_from(extra)) for bank in Bank]
    bodies = ("return", "deopt", "error") + (("const",) if result is Bank.I64 else ())
    body = draw(st.sampled_from(bodies))
    if body == "return":
        nregs[result] = max(nregs[result], 1)
        ret = (Op.ReturnI64, Op.ReturnF64, Op.ReturnCell)[result]
        code: tuple[Instr, ...] = (Instr(ret, a=draw(st.integers(0, nregs[result] - 1))),)
    elif body == "const":
        code = (Instr(Op.ReturnConstK, c=draw(int16s) & 0xFFFF),)
    elif body == "deopt":
        code = (Instr(Op.Deopt, c=draw(u16s)),)
    else:
        nregs[Bank.I64] = max(nregs[Bank.I64], 1)
        code = (Instr(Op.Nop), Instr(Op.DivI64K, a=0, b=0, c=0))  # division by zero at the callee's pc 1
    return Function("callee", params, result, (nregs[0], nregs[1], nregs[2]), code)


def _shifted(ins: Instr, by: int) -> Instr:
    """The instruction with each of its register fields `by` registers further (an FmaF64's C, two registers in
    its bytes, stays)."""
    fields = {"A": ins.a, "B": ins.b, "C": ins.c}
    for name, fld in OPS[ins.op].fields:
        if fld.kind in (Kind.REG, Kind.ARGS, Kind.MIXED_DST):
            fields[name] += by
    return Instr(ins.op, ins.flags, fields["A"], fields["B"], fields["C"])


def _heap(draw: st.DrawFn, program: Program, rich: bool) -> tuple[Heap, list[dict[int, int]], list[int]]:
    """String constants interned first (as at start-up), then strings, lists and maps; their handles.
    Only ops that read the heap (`rich`) get many objects with contents: drawing them is what costs time."""
    heap = Heap(HEAP_REGION)
    strings = intern_strings(program, heap)
    objects = [c for per_fn in strings for c in per_fn.values() if c >> 48 == cell.TAG_HANDLE]
    texts = st.lists(st.binary(min_size=cell.INLINE_STR_MAX + 1, max_size=24), max_size=2 if rich else 0)
    objects += [heap.new_string(text) for text in draw(texts)]
    for _ in range(draw(st.integers(1, 3)) if rich else 1):
        h = heap.new_list(draw(st.sampled_from((0, 1, 2, 3, 4, 8))))
        for item in draw(st.lists(cells(objects), max_size=9 if rich else 0)):
            heap.list_push(h, item)
        objects.append(h)
    for _ in range(draw(st.integers(1, 2)) if rich else 1):
        hint = draw(st.integers(0, 9))
        h = heap.new_map(hint)
        if rich and draw(st.booleans()):  # full: the next new key grows it
            cap = map_capacity(hint)
            entries = [(1000 + i, v) for i, v in enumerate(draw(st.lists(i64s, min_size=cap, max_size=cap)))]
        else:
            entries = draw(
                st.lists(st.tuples(st.integers(-3, 12) | i64s, i64s), min_size=int(rich), max_size=10 * rich)
            )
        for key, value in entries:
            heap.map_set(h, key, value)
        objects.append(h)
    heap.size = min(heap.used + draw(heap_slack), HEAP_REGION)
    # The regions (docs/semantics.md, "Reclaiming"): none open, one opened just now, or one an object is older
    # (or not older) than; a floor at 0, at the mark, at the heap's end or at an object.
    below = [cell.handle_slot(h) * 8 + 8 * draw(st.integers(0, 1)) for h in objects if h >> 48 == cell.TAG_HANDLE]
    heap.mark = min(draw(st.sampled_from([0, heap.used, *below])), heap.used)
    heap.floor = min(draw(st.sampled_from([0, heap.mark, heap.used, *below])), heap.used)
    return heap, strings, objects


def _bias(draw: st.DrawFn, op: Op, f: Function, ins: Instr, heap: Heap, objects: list[int], banks: Banks) -> None:
    """Give the registers ROLES names fitting values: containers, indexes and keys with probability 4/5,
    comparands 1/2 (so that branches also see unrelated values)."""
    lists = [h for h in objects if cell.is_handle(h, cell.ARENA_LIST)]
    maps = [h for h in objects if cell.is_handle(h, cell.ARENA_MAP)]
    strs = [h for h in objects if cell.is_handle(h, cell.ARENA_STR)]
    ri, rf, rc = banks
    fields = {"A": ins.a, "B": ins.b, "C": ins.c}
    chosen = {"list": lists[0], "map": maps[0]}
    near = st.integers(-1, 1)
    for name, role in ROLES.get(op, ()):
        if draw(st.integers(0, 1 if role in ("near_a", "near_k", "same_f") else 4)) == 0:
            continue
        reg = fields[name]
        if role == "str":
            rc[reg] = draw(inline_strings | st.sampled_from(strs)) if strs else draw(inline_strings)
        elif role in ("list", "map"):
            chosen[role] = rc[reg] = draw(st.sampled_from(lists if role == "list" else maps))
        elif role == "object":  # any heap object: older or younger than the list (docs/semantics.md, "Reclaiming")
            rc[reg] = draw(st.sampled_from(objects))
        elif role == "index":
            ri[reg] = draw(st.integers(-1, len(heap.list_of(chosen["list"]).items))) & M64
        elif role == "entry":
            ri[reg] = draw(st.integers(-1, len(f.tables[ins.c]))) & M64
        elif role == "key":
            keys = list(heap.map_of(chosen["map"]).entries) or [0]
            high = st.sampled_from((0, 0, 1 << 48, -(1 << 48), 0x7FFF << 48))  # lost to int48 truncation
            known = st.tuples(st.sampled_from(keys), high).map(sum)
            ri[reg] = draw(known | st.integers(-3, 12)) & M64
        elif role == "dividend":
            ri[reg] = draw(st.just(INT64_MIN) | i64s) & M64
        elif role == "divisor":
            ri[reg] = draw(st.sampled_from((0, -1, 1, 7))) & M64
        elif role == "near_a":
            ri[reg] = (ri[ins.a] + draw(near)) & M64
        elif role == "near_k":
            ri[reg] = (s16(ins.b) + draw(near)) & M64
        else:  # same_f: equal, or the same bits with the sign flipped (equal only for zeros)
            rf[reg] = rf[ins.a] ^ draw(st.sampled_from((0, 1 << 63)))


def _locate(
    draw: st.DrawFn, op: Op, fields: dict[str, int], locations: str, n: list[int]
) -> dict[tuple[Bank, int], int]:
    """Give the op's register fields registers that fit `locations` (one letter per register field: m, or a
    slot): fields of one slot get one register, fields of different slots different ones, and a field in
    memory a register of none of them. Returns the pinned registers (register -> slot)."""
    located = list(zip(register_fields(op), locations, strict=True))
    pins: dict[tuple[Bank, int], int] = {}
    for bank in LOCATION_BANKS:
        slots = sorted({loc for (_, b), loc in located if b is bank and loc != "m"})
        in_memory = [name for (name, b), loc in located if b is bank and loc == "m"]
        n[bank] = max(n[bank], len(slots) + len(in_memory))
        regs = draw(st.permutations(range(n[bank])))
        by_slot = dict(zip(slots, regs, strict=False))
        spare = iter(regs[len(slots) :])
        for (name, b), loc in located:
            if b is bank:
                fields[name] = by_slot[loc] if loc != "m" else next(spare)
        pins.update({(bank, reg): int(loc) for loc, reg in by_slot.items()})
    return pins


def _divisor(draw: st.DrawFn, letters: str) -> int:
    """A K for which the compiler picks the Div/Mod K variant with these letters."""
    if letters.startswith("p"):
        return 1 << int(letters[1:])
    return draw(int16s.filter(lambda k: k not in (0, -1) and not (k > 1 and k & (k - 1) == 0)))


def _list_setup(
    draw: st.DrawFn, op: Op, fields: dict[str, int], n: list[int], pinned: dict[tuple[Bank, int], int]
) -> Instr:
    """A ListLenI64 of the op's list register, into an i64 register neither the op nor a slot uses: after it
    (unless it fails), the compiler knows that register holds a list."""
    info = OPS[op]
    used = {fields[name] for name, fld in info.fields if fld.kind is Kind.REG and fld.bank is Bank.I64}
    free = [r for r in range(n[Bank.I64]) if r not in used and (Bank.I64, r) not in pinned]
    return Instr(Op.ListLenI64, a=draw(st.sampled_from(free)), b=fields[LIST_FIELD[op].upper()])


@st.composite
def cases(
    draw: st.DrawFn,
    op: Op,
    locations: str | None = None,
    list_known: bool = False,
    same: bool = False,
    divisor: str | None = None,
    wide: bool = False,
) -> Case:
    """A program holding `op` at a random pc of a random function, and a VM state to run it on. With `same`,
    field B the register of field A; with `locations`, registers pinned in slots for the op's register fields as
    those letters say (_locate); with `divisor`, a K that a Div/Mod K variant is for (`n`: neither 0, -1 nor a
    power of two above 1; `p<s>`: 2^s). Ops before it that the machine runs too (Case.first) can set up what a
    variant relies on: with `list_known`, a list op on its list (_list_setup). With `wide`, all that WIDE_BASE
    registers further into the function's windows."""
    info = OPS[op]
    n = [draw(st.sampled_from((3, 1, 2, 4, 6))) for _ in Bank]
    fi = draw(st.integers(0, 2))
    callee_index = (fi + draw(st.integers(1, 2))) % 3
    setting_up = list_known
    pc = draw(st.sampled_from((3, 4, 300) if setting_up else (0, 1, 2, 300)))
    target = draw(st.sampled_from(sorted({pc + 2, 0} if setting_up else {pc + 2, pc, 0})))
    if list_known:
        n[Bank.I64] = max(n[Bank.I64], 3)
    fields = {"A": 0, "B": 0, "C": 0}
    flags, op_consts, tables = 0, (), ()
    for name, fld in info.fields:
        if fld.kind is Kind.REG:
            value = draw(st.integers(0, n[fld.bank] - 1))
        elif fld.kind is Kind.IMM and divisor is not None:
            value = _divisor(draw, divisor) & 0xFFFF
        elif fld.kind is Kind.IMM:
            value = draw(int16s) & 0xFFFF
        elif fld.kind is Kind.PC:
            value = draw(u16s) if op is Op.Deopt else target
        elif fld.kind is Kind.FUNC:
            value = callee_index
        elif fld.kind is Kind.CONST:
            value, op_consts = 0, (draw(consts(fld.const_kind)),)
        elif fld.kind is Kind.TABLE:
            tables = tuple(draw(st.lists(st.lists(i64s, max_size=6).map(tuple), min_size=1, max_size=3)))
            if wide:  # past a table of WIDE_TABLE bytes: a data offset beyond arm64's folded immediate
                tables = ((0,) * (WIDE_TABLE // 8), *tables)
            value = draw(st.integers(int(wide), len(tables) - 1))
        elif fld.kind is Kind.CAP:
            value = draw(caps)
        elif fld.kind is Kind.ARGS:
            value = draw(st.integers(0, 3))
        elif fld.kind is Kind.MIXED_DST:
            flags = draw(st.sampled_from(Bank))
            value = draw(st.integers(0, n[flags] - 1))
        else:  # Kind.FMA: two f64 registers, low and high byte
            value = draw(st.integers(0, n[Bank.F64] - 1)) | draw(st.integers(0, n[Bank.F64] - 1)) << 8
        fields[name] = value
    if same:  # A == B
        fields["B"] = fields["A"]
    pins = {} if locations is None else _locate(draw, op, fields, locations, n)
    if list_known:
        n[Bank.I64] = max(n[Bank.I64], 3 + len(pins))
    setup = (_list_setup(draw, op, fields, n, pins),) if list_known else ()
    ins = Instr(op, flags, fields["A"], fields["B"], fields["C"])
    low = WIDE_BASE if wide else 0
    if wide:
        ins, setup = _shifted(ins, low), tuple(_shifted(s, low) for s in setup)
        pins = {(bank, reg + low): slot for (bank, reg), slot in pins.items()}
        n = [k + low for k in n]
    functions = [Function(f"other{i}", (), Bank.I64, (0, 0, 0), (Instr(Op.ReturnConstK),)) for i in range(3)]
    result = RETURN_BANK.get(op, Bank.I64)
    if op in CALLS or op in TAIL_CALLS:
        callee = _callee(draw, op, flags, ins.b, n, low)
        functions[callee_index] = callee
        if op in TAIL_CALLS:
            result = callee.result
    code = (Instr(Op.Nop),) * (pc - len(setup)) + setup + (ins, Instr(Op.Nop), Instr(Op.Nop))
    functions[fi] = Function("main", (), result, (n[0], n[1], n[2]), code, op_consts, tables)
    program = Program(tuple(functions), entry=fi)

    heap, strings, objects = _heap(draw, program, rich=op in HEAP_OPS)
    stack = min(max(n) + draw(st.sampled_from((16, 8, 3, 1, 0))), low + 64)
    values = (i64s.map(lambda v: v & M64), f64_bits, cells(objects))
    banks: Banks = tuple(  # type: ignore[assignment]
        [bank_fill(bank, k) for k in range(low)]
        + [draw(values[bank]) for _ in range(low, n[bank])]
        + [bank_fill(bank, k) for k in range(n[bank], stack)]
        for bank in Bank
    )
    _bias(draw, op, functions[fi], ins, heap, objects, banks)
    depth = draw(st.integers(1, 4))
    max_depth = max(1, depth + draw(st.sampled_from((100, 2, 1, 0, -1))))
    return Case(program, fi, pc, strings, banks, heap, depth, max_depth, pc - len(setup), pins=pins)
