"""The verifier rejects every malformed program with the first broken rule, and parses entry arguments."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jit.errors import InputError, VerifyError
from jit.program.cell import INT48_MAX, INT48_MIN
from jit.program.model import Const, Function, Instr, Program
from jit.program.ops import OPS, Bank, Kind, Op, OpInfo
from jit.program.verify import PROGRAM, CellArg, parse_entry_args, verify

I, F, C = Bank.I64, Bank.F64, Bank.CELL  # noqa: E741


def fn(
    name: str = "main",
    code: tuple[Instr, ...] = (Instr(Op.ReturnI64),),
    params: tuple[Bank, ...] = (),
    result: Bank = I,
    nregs: tuple[int, int, int] = (1, 1, 1),
    consts: tuple[Const, ...] = (),
    tables: tuple[tuple[int, ...], ...] = (),
) -> Function:
    return Function(name, params, result, nregs, code, consts, tables)


def prog(*functions: Function, entry: int = 0) -> Program:
    return Program(functions or (fn(),), entry)


def body(*code: Instr, **kw: object) -> Program:
    """A one-function program `main` with this code."""
    return prog(fn(code=code, **kw))  # type: ignore[arg-type]


def rejects(p: Program, func: str, pc: int | None, phrase: str) -> None:
    with pytest.raises(VerifyError) as info:
        verify(p)
    err = info.value
    assert (err.func, err.pc) == (func, pc), str(err)
    assert phrase in err.message, err.message


RET = Instr(Op.ReturnI64)


# Valid programs


def fib() -> Program:
    return prog(
        fn(
            "fib",
            (
                Instr(Op.CmpLtI64KBr, 0, 0, 2, 7),
                Instr(Op.SubI64K, 0, 1, 0, 1),
                Instr(Op.CallI64, 0, 2, 1, 0),
                Instr(Op.SubI64K, 0, 3, 0, 2),
                Instr(Op.CallI64, 0, 4, 3, 0),
                Instr(Op.AddI64, 0, 2, 2, 4),
                Instr(Op.ReturnI64, 0, 2),
                Instr(Op.ReturnI64, 0, 0),
            ),
            params=(I,),
            nregs=(5, 0, 0),
        ),
        fn("main", (Instr(Op.CallI64, 0, 1, 0, 0), Instr(Op.ReturnI64, 0, 1)), params=(I,), nregs=(2, 0, 0)),
        entry=1,
    )


def valid_instr(code: int) -> Instr:
    """A valid instance of every opcode for the function built by every_op_program."""
    if code == Op.CallMixed:
        return Instr(code, 2, 0, 0, 2)  # c0 = mixed(i0, f1, c2)
    if code == Op.TailCallMixed:
        return Instr(code, 0, 0, 0, 3)  # tail call of a function returning i64
    if code in (Op.CallI64, Op.TailCallI64):
        return Instr(code, 0, 0, 1, 3)
    if code in (Op.CallF64, Op.CallCell):
        return Instr(code, 0, 0, 1, 1 if code == Op.CallF64 else 4)
    values = []
    for field in (OPS[code].a, OPS[code].b, OPS[code].c):
        if field is None:
            values.append(0)
        elif field.kind is Kind.CONST:
            values.append(("i64", "f64", "str").index(field.const_kind or ""))
        elif field.kind is Kind.FMA:
            values.append(2 | 3 << 8)
        elif field.kind is Kind.IMM:
            values.append(0xFFFF)  # -1
        elif field.kind is Kind.TABLE:
            values.append(0)
        else:
            values.append(1)
    return Instr(code, 0, *values)


def every_op_program() -> Program:
    """Every opcode once, in a function ending in a return, plus callees of each shape."""
    code = tuple(valid_instr(o.code) for o in OPS if o.code not in (Op.ReturnF64, Op.ReturnCell))
    main = fn(
        "main",
        (*code, RET),
        nregs=(4, 4, 4),
        consts=(Const("i64", INT48_MIN), Const("f64", math.nan), Const("str", b"hello, world")),
        tables=((1, -(1 << 63), (1 << 63) - 1),),
    )
    return prog(
        main,
        fn("f_f", (Instr(Op.ReturnF64),), params=(F, F), result=F, nregs=(0, 2, 0)),
        fn("mixed", (Instr(Op.ReturnCell),), params=(I, F, C), result=C, nregs=(3, 3, 3)),
        fn("i_i", (RET,), params=(I,)),
        fn("c_i", (RET,), params=(C, C), nregs=(1, 0, 2)),
    )


@pytest.mark.parametrize(
    "p",
    [
        body(RET),
        fib(),
        every_op_program(),
        body(RET, Instr(Op.MovI64), RET),  # unreachable code is allowed
        body(Instr(Op.Jump, c=0)),  # an endless loop ends in a terminator
        body(Instr(Op.Deopt, c=0)),
        body(Instr(Op.ReturnConstK, c=0xFFFF), nregs=(0, 0, 0)),
        prog(fn(code=(Instr(Op.CallI64, 0, 0, 0xFFFF, 1), RET)), fn("g", (RET,))),  # no args: B is not checked
        prog(fn(code=(Instr(Op.CallF64, 0, 0, 0, 1), Instr(Op.ReturnF64)), result=F), fn("g", (RET,))),
        prog(fn(code=(Instr(Op.CallCell, 0, 0, 0, 1), Instr(Op.ReturnCell)), result=C), fn("g", (RET,))),
        prog(fn(code=(Instr(Op.CallI64, 0, 0, 0, 1), RET)), fn("g", (Instr(Op.ReturnF64),), result=F)),
        prog(fn(code=(Instr(Op.TailCallMixed, c=1),), result=C), fn("g", (Instr(Op.ReturnCell),), result=C)),
    ],
)
def test_valid_programs_pass(p: Program) -> None:
    assert verify(p) is None


# Program-level rules


def test_no_functions() -> None:
    rejects(Program(()), PROGRAM, None, "no functions")


@pytest.mark.parametrize("entry", [1, -1])
def test_entry_out_of_range(entry: int) -> None:
    rejects(prog(fn(), entry=entry), PROGRAM, None, "entry index")


def test_empty_name() -> None:
    rejects(prog(fn(), fn("")), "<function 1>", None, "name is empty")


def test_duplicate_name() -> None:
    rejects(prog(fn("f"), fn("g"), fn("f")), "f", None, "duplicate function name 'f'")


# Signatures


@pytest.mark.parametrize("nregs", [(0, 0x10000, 0), (-1, 0, 0)])
def test_register_count_range(nregs: tuple[int, int, int]) -> None:
    rejects(body(RET, nregs=nregs), "main", None, "register count")


@pytest.mark.parametrize("nregs", [(1,), (1, 1, 1, 1)])
def test_register_counts_need_three_banks(nregs: tuple[int, ...]) -> None:
    rejects(body(RET, nregs=nregs), "main", None, "3 banks")


def test_register_count_below_params() -> None:
    # (f64, i64, f64) puts its args in rf0, ri1, rf2: at least two i64 and three f64 registers.
    rejects(body(Instr(Op.ReturnF64), params=(F, I, F), result=F, nregs=(2, 2, 0)), "main", None, "need 3")
    rejects(body(Instr(Op.ReturnF64), params=(F, I, F), result=F, nregs=(1, 3, 0)), "main", None, "need 2")
    verify(body(Instr(Op.ReturnF64), params=(F, I, F), result=F, nregs=(2, 3, 0)))


def test_param_bank_invalid() -> None:
    rejects(body(RET, params=(I, 3)), "main", None, "parameter 1 has an invalid bank")  # type: ignore[arg-type]


def test_result_bank_invalid() -> None:
    rejects(body(RET, result="i64"), "main", None, "result has an invalid bank")  # type: ignore[arg-type]


def test_signatures_are_checked_before_bodies() -> None:
    rejects(prog(fn(code=(Instr(Op.Nop),)), fn("g", params=(I,), nregs=(0, 0, 0))), "g", None, "register count")


# Constants, tables, code


@pytest.mark.parametrize(
    ("const", "phrase"),
    [
        (Const("i64", INT48_MAX + 1), "not an int48"),
        (Const("i64", INT48_MIN - 1), "not an int48"),
        (Const("i64", 1.0), "not an int48"),
        (Const("f64", 1), "not a float"),
        (Const("str", "text"), "not bytes"),
        (Const("u8", 1), "unknown kind"),
    ],
)
def test_bad_consts(const: Const, phrase: str) -> None:
    rejects(body(RET, consts=(Const("i64", 0), const)), "main", None, "const 1")
    rejects(body(RET, consts=(const,)), "main", None, phrase)


@pytest.mark.parametrize("value", [1 << 63, -(1 << 63) - 1, 1.5])
def test_table_values_fit_int64(value: int) -> None:
    rejects(body(RET, tables=((), (0, value))), "main", None, "table 1 entry 1")


def test_code_empty() -> None:
    rejects(body(), "main", None, "no code")


# Encoding: opcode, BankFlags, unused fields


@pytest.mark.parametrize("op", [72, 255, -1])
def test_unknown_opcode(op: int) -> None:
    rejects(body(Instr(op), RET), "main", 0, f"unknown opcode {op}")


def test_bank_flags_must_be_zero() -> None:
    rejects(body(Instr(Op.Nop), Instr(Op.Nop, flags=1), RET), "main", 1, "BankFlags 1 must be 0")


@pytest.mark.parametrize("flags", [3, 4, 0x81])
def test_call_mixed_flags(flags: int) -> None:
    p = prog(fn(code=(Instr(Op.CallMixed, flags, 0, 0, 1), RET)), fn("g", (RET,)))
    rejects(p, "main", 0, "CallMixed BankFlags")


@pytest.mark.parametrize(("instr", "slot"), [(Instr(Op.Nop, a=1), "A"), (Instr(Op.ReturnI64, b=2), "B")])
def test_unused_fields_zero(instr: Instr, slot: str) -> None:
    rejects(body(instr, RET), "main", 0, f"does not use field {slot}")


def test_fields_are_u16() -> None:
    rejects(body(Instr(Op.MovI64, a=0x10000), RET), "main", 0, "not a u16")


# Field kinds


@pytest.mark.parametrize(
    ("instr", "phrase"),
    [
        (Instr(Op.MovI64, 0, 0, 4), "register i4 out of range (function has 4 i64 registers)"),
        (Instr(Op.AddF64, 0, 0, 0, 2), "register f2 out of range (function has 2 f64 registers)"),
        (Instr(Op.LenStr, 0, 0, 0), "register c0 out of range (function has 0 cell registers)"),
        (Instr(Op.FmaF64, 0, 0, 0, 0x0002), "low byte): register f2 out of range"),
        (Instr(Op.FmaF64, 0, 0, 0, 0x0200), "high byte): register f2 out of range"),
    ],
)
def test_register_fields(instr: Instr, phrase: str) -> None:
    rejects(body(instr, RET, nregs=(4, 2, 0)), "main", 0, phrase)


def test_pc_target() -> None:
    rejects(body(Instr(Op.CmpEqI64Br, c=1), RET, Instr(Op.Jump, c=3)), "main", 2, "jump target 3 out of range")


@pytest.mark.parametrize("pc", [1, 5, 0xFFFF])
def test_deopt_pc_may_lie_past_the_function(pc: int) -> None:
    """A Deopt pc names a pc of the bytecode the program came from, not a jump target (vm3 takes any u16)."""
    verify(body(Instr(Op.Deopt, c=pc)))


def test_deopt_pc_is_a_u16() -> None:
    rejects(body(Instr(Op.Deopt, c=0x10000)), "main", 0, "Deopt field C=65536 is not a u16")


def test_function_index() -> None:
    rejects(prog(fn(code=(Instr(Op.CallI64, c=1), RET))), "main", 0, "function index 1 out of range")


@pytest.mark.parametrize(
    ("instr", "phrase"),
    [
        (Instr(Op.ConstI64KW, c=3), "const index 3 out of range"),
        (Instr(Op.ConstI64KW, c=1), "const 1 is f64"),
        (Instr(Op.ConstF64K, c=2), "const 2 is str"),
        (Instr(Op.ConstStrKW, c=0), "const 0 is i64"),
    ],
)
def test_const_fields(instr: Instr, phrase: str) -> None:
    consts = (Const("i64", 5), Const("f64", 0.5), Const("str", b"s"))
    rejects(body(instr, RET, consts=consts), "main", 0, phrase)


def test_table_index() -> None:
    rejects(body(Instr(Op.LookupI64KW, c=1), RET, tables=((1, 2),)), "main", 0, "table index 1 out of range")


# Calls


def test_single_bank_call_needs_params_in_its_bank() -> None:
    p = prog(fn(code=(Instr(Op.CallI64, c=1), RET)), fn("g", (RET,), params=(I, F), nregs=(1, 2, 1)))
    rejects(p, "main", 0, "param 1 is f64")


def test_tail_call_i64_needs_i64_params() -> None:
    p = prog(fn(code=(Instr(Op.TailCallI64, c=1),)), fn("g", (RET,), params=(C,)))
    rejects(p, "main", 0, "passes only i64 arguments")


@pytest.mark.parametrize(
    ("op", "bank", "phrase"),
    [
        (Op.CallI64, I, "register i3 out of range"),
        (Op.CallF64, F, "register f3 out of range"),
        (Op.CallCell, C, "register c3 out of range"),
        (Op.TailCallI64, I, "register i3 out of range"),
    ],
)
def test_call_args_in_range(op: Op, bank: Bank, phrase: str) -> None:
    tail = op == Op.TailCallI64
    result = I if tail else bank
    ret = Instr((Op.ReturnI64, Op.ReturnF64, Op.ReturnCell)[result])
    caller = fn(code=(Instr(op, 0, 0, 1, 1),) if tail else (Instr(op, 0, 0, 1, 1), ret), result=result, nregs=(3, 3, 3))
    rejects(prog(caller, fn("g", (RET,), params=(bank,) * 3, nregs=(3, 3, 3))), "main", 0, phrase)
    ok = fn(code=caller.code, result=result, nregs=(4, 4, 4))
    assert verify(prog(ok, fn("g", (RET,), params=(bank,) * 3, nregs=(3, 3, 3)))) is None


@pytest.mark.parametrize("op", [Op.CallMixed, Op.TailCallMixed])
def test_mixed_args_in_range(op: Op) -> None:
    code = (Instr(op, 0, 0, 1, 1),) if op == Op.TailCallMixed else (Instr(op, 0, 0, 1, 1), RET)
    callee = fn("g", (RET,), params=(I, F, C, I), nregs=(4, 2, 3))
    rejects(prog(fn(code=code, nregs=(5, 3, 3)), callee), "main", 0, "argument 2 (cell): register c3 out of range")
    assert verify(prog(fn(code=code, nregs=(5, 3, 4)), callee)) is None


def test_mixed_destination_in_its_flags_bank() -> None:
    p = prog(fn(code=(Instr(Op.CallMixed, 2, 1, 0, 1), RET), nregs=(2, 2, 1)), fn("g", (RET,)))
    rejects(p, "main", 0, "register c1 out of range")


@pytest.mark.parametrize(
    ("op", "flags", "dst"), [(Op.CallI64, 0, "i64"), (Op.CallF64, 0, "f64"), (Op.CallMixed, 1, "f64")]
)
def test_cell_result_cannot_convert(op: Op, flags: int, dst: str) -> None:
    p = prog(fn(code=(Instr(op, flags, 0, 0, 1), RET)), fn("g", (Instr(Op.ReturnCell),), result=C))
    rejects(p, "main", 0, f"cannot convert the cell result of g to {dst}")


@pytest.mark.parametrize("op", [Op.TailCallI64, Op.TailCallMixed])
def test_tail_call_result_bank(op: Op) -> None:
    p = prog(fn(code=(Instr(op, c=1),)), fn("g", (Instr(Op.ReturnF64),), result=F))
    rejects(p, "main", 0, "tail call of g returning f64 from a function returning i64")


# Returns and fall-through


@pytest.mark.parametrize(
    ("instr", "result"),
    [(Instr(Op.ReturnI64), F), (Instr(Op.ReturnF64), C), (Instr(Op.ReturnCell), I), (Instr(Op.ReturnConstK), F)],
)
def test_return_bank(instr: Instr, result: Bank) -> None:
    rejects(body(instr, result=result), "main", 0, f"but the function's result is {result.text}")


@pytest.mark.parametrize(
    "last",
    [Instr(Op.Nop), Instr(Op.CmpEqI64Br, c=0), Instr(Op.CmpLtF64Br, c=0), Instr(Op.ConstI64K, c=1)],
)
def test_falls_off_the_end(last: Instr) -> None:
    rejects(body(Instr(Op.Jump, c=2), RET, last), "main", 2, "control falls off the end")


def test_unreachable_last_op_still_falls_off() -> None:
    rejects(body(RET, Instr(Op.Nop)), "main", 1, "falls off the end")


def test_call_at_the_end_falls_off() -> None:
    rejects(prog(fn(code=(Instr(Op.CallI64, c=0),))), "main", 0, "falls off the end")


# Order of errors


def test_first_error_in_function_then_pc_order() -> None:
    bad = (Instr(Op.Nop), Instr(Op.MovI64, a=9), Instr(Op.Nop, flags=1))
    rejects(prog(fn("f", (RET,)), fn("g", (*bad, RET)), fn("h", bad)), "g", 1, "register i9")


def test_field_errors_before_falling_off() -> None:
    rejects(body(RET, Instr(Op.MovI64, a=1)), "main", 1, "register i1")


# Robustness: any ops in any functions give None or VerifyError, never another exception

U8, U16 = st.integers(0, 0xFF), st.integers(0, 0xFFFF)
SMALL = st.integers(0, 4)
any_instr = st.builds(
    Instr,
    op=st.integers(0, 80) | U8,
    flags=st.sampled_from((0, 0, 0, 1, 2, 3)) | U8,
    a=SMALL | U16,
    b=SMALL | U16,
    c=SMALL | U16,
)
any_const = st.one_of(
    st.builds(Const, st.just("i64"), st.integers(INT48_MIN - 2, INT48_MAX + 2)),
    st.builds(Const, st.just("f64"), st.floats()),
    st.builds(Const, st.just("str"), st.binary(max_size=8)),
)
any_function = st.builds(
    Function,
    name=st.sampled_from(("main", "f", "g", "")),
    params=st.lists(st.sampled_from(Bank), max_size=3).map(tuple),
    result=st.sampled_from(Bank),
    nregs=st.tuples(st.integers(0, 6), st.integers(0, 6), st.integers(0, 6)),
    code=st.lists(any_instr, max_size=6).map(tuple),
    consts=st.lists(any_const, max_size=3).map(tuple),
    tables=st.lists(st.lists(st.integers(-(1 << 64), 1 << 64), max_size=3).map(tuple), max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(any_function, max_size=4).map(tuple), st.integers(-1, 4))
def test_random_programs_only_raise_verify_error(functions: tuple[Function, ...], entry: int) -> None:
    try:
        verify(Program(functions, entry))
    except VerifyError as e:
        assert e.message


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(OPS), U8, U16, U16, U16, st.sampled_from(Bank))
def test_random_ops_in_a_valid_frame(info: OpInfo, flags: int, a: int, b: int, c: int, result: Bank) -> None:
    """A single op with any operands, among well-formed callees, consts and tables."""
    code = (Instr(info.code, flags % 4, a % 6, b % 6, c % 6), Instr(info.code, flags, a, b, c), RET)
    p = every_op_program()
    p = Program((fn(code=code, result=result, nregs=(4, 4, 4), consts=p.functions[0].consts), *p.functions[1:]))
    try:
        verify(p)
    except VerifyError as e:
        assert e.func == "main" and e.pc in (0, 1, 2)


# Entry arguments


def entry_prog(*params: Bank) -> Program:
    return body(RET, params=params, nregs=(4, 4, 4))


@pytest.mark.parametrize(
    ("text", "value"),
    [("42", 42), ("-7", -7), ("0x1f", 31), ("-0x10", -16), ("010", 10), ("9223372036854775807", (1 << 63) - 1)],
)
def test_i64_args(text: str, value: int) -> None:
    assert parse_entry_args(entry_prog(I), [text]) == (value,)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("9223372036854775808", "does not fit in i64"),
        ("-0x8000000000000001", "does not fit"),
        ("1.5", "not an integer"),
    ],
)
def test_i64_arg_errors(text: str, phrase: str) -> None:
    with pytest.raises(InputError, match=r"main argument 0 \(i64\): .*" + phrase):
        parse_entry_args(entry_prog(I), [text])


@pytest.mark.parametrize(("text", "value"), [("1.5", 1.5), ("3", 3.0), ("-inf", -math.inf), ("1e300", 1e300)])
def test_f64_args(text: str, value: float) -> None:
    (x,) = parse_entry_args(entry_prog(F), [text])
    assert isinstance(x, float) and x == value


def test_f64_nan_arg() -> None:
    (x,) = parse_entry_args(entry_prog(F), ["nan"])
    assert isinstance(x, float) and math.isnan(x)


def test_f64_arg_error() -> None:
    with pytest.raises(InputError, match=r"main argument 1 \(f64\): 'x' is not a float"):
        parse_entry_args(entry_prog(I, F), ["1", "x"])


@pytest.mark.parametrize(
    ("text", "arg"),
    [
        ("5", CellArg("int", 5)),
        ("-0x10", CellArg("int", -16)),
        (str(INT48_MIN), CellArg("int", INT48_MIN)),
        ("2.5", CellArg("float", 2.5)),
        ("inf", CellArg("float", math.inf)),
        ("hello", CellArg("str", b"hello")),
        ("", CellArg("str", b"")),
        ("h\u00e9", CellArg("str", "hé".encode())),
        ("\udcff", CellArg("str", b"\xff")),  # an argv byte that is not UTF-8
    ],
)
def test_cell_args(text: str, arg: CellArg) -> None:
    assert parse_entry_args(entry_prog(C), [text]) == (arg,)


def test_cell_int_must_fit_int48() -> None:
    with pytest.raises(InputError, match=r"main argument 0 \(cell\): .* does not fit in an int48 cell"):
        parse_entry_args(entry_prog(C), [str(INT48_MAX + 1)])


def test_mixed_args_keep_order() -> None:
    assert parse_entry_args(entry_prog(F, C, I), ["1", "1", "1"]) == (1.0, CellArg("int", 1), 1)


@pytest.mark.parametrize(
    ("params", "args", "message"),
    [
        ((I,), ["1", "2"], "main expects 1 argument (i64), got 2"),
        ((I, F), [], "main expects 2 arguments (i64, f64), got 0"),
        ((), ["1"], "main expects no arguments, got 1"),
    ],
)
def test_arg_count(params: tuple[Bank, ...], args: list[str], message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_entry_args(entry_prog(*params), args)
    assert str(info.value) == message
