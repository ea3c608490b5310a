"""The subset of Keystone's Intel syntax that x86-64 stencils may use."""

from __future__ import annotations

import re

from jit.isa.syntax import MARKER_FRAGMENT as _MK
from jit.isa.syntax import Dialect

_REG = (
    r"(?:r(?:[abcd]x|[sd]i|[sb]p|ip|(?:[89]|1[0-5])[dwb]?)|e(?:[abcd]x|[sd]i|[sb]p)|[abcd][xl]|[sd]il?|[sb]pl?"
    r"|xmm(?:[0-9]|1[0-5]))"
)
_UNUM = r"(?:0x[0-9a-f]+|[0-9]+)"
_PREFIXED = "prefixed instructions are not accepted (Keystone hangs or crashes on some of them)"
_HIGH_BYTE = "high-byte registers are not accepted (Keystone aborts the process on some uses)"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_CONDS = _words("o no b c nae ae nb nc e z ne nz be na a nbe s ns p pe np po l nge ge nl le ng g nle")
_SSE_CMP = _words("eq lt le unord neq nlt nle ord")
# Keystone's x86 front end crashes or hangs on some instructions (string ops with operands,
# prefixes such as data16, ...): only what integer and SSE2 stencils need is accepted.
_MNEMONICS = frozenset(
    (
        *_words("mov movabs movzx movsx movsxd lea add sub adc sbb imul mul idiv div neg not and or xor test cmp"),
        *_words("inc dec shl shr sar sal rol ror shld shrd bt bts btr btc bsf bsr lzcnt tzcnt popcnt bswap xchg"),
        *_words("cqo cdq cdqe cwde cwd cbw push pop ret call jmp nop ud2 int3 leave syscall"),
        *_words("movsd movss movq movd movaps movapd movups movupd movdqa movdqu"),
        *_words("addsd subsd mulsd divsd sqrtsd minsd maxsd addss subss mulss divss sqrtss"),
        *_words("ucomisd comisd ucomiss comiss cvtsi2sd cvttsd2si cvtsd2si cvtsi2ss cvttss2si cvtsd2ss cvtss2sd"),
        *_words("andpd andnpd orpd xorpd andps andnps orps xorps unpcklpd unpckhpd shufpd shufps"),
        *_words("pxor por pand pandn paddq psubq paddd psubd punpcklqdq punpckhqdq pshufd movmskpd movmskps"),
        *_words("movhlps movlhps psllq psrlq psrad"),
        # FmaF64_h, the native-only hardware fma: Clang's VEX forms for a target("fma") function.
        *_words("vmovsd vucomisd vfmadd132sd vfmadd213sd vfmadd231sd"),
        *(f"{op}{c}" for op in ("j", "cmov", "set") for c in _CONDS),
        *(f"cmp{c}{t}" for c in _SSE_CMP for t in ("sd", "ss")),
    )
)
_INDEX = rf"(?:[1248]\s*\*\s*{_REG}|{_REG}(?:\s*\*\s*[1248])?)"
_ADDR = rf"(?:{_REG}(?:\s*\+\s*{_INDEX})?|{_INDEX})"
_DISP = rf"(?:\s*[+-]\s*{_UNUM}|\s*\+\s*{_MK})"
_MEM = rf"(?:(?:byte|word|dword|qword|xmmword)\s+ptr\s+)?\[\s*{_ADDR}{_DISP}?\s*\]"

DIALECT = Dialect(
    mnemonic=r"[a-z][a-z0-9]*",
    mnemonics=_MNEMONICS,
    register=re.compile(_REG),
    keywords=frozenset({"byte", "word", "dword", "qword", "xmmword", "ptr"}),
    number=_UNUM,
    punctuation="[]+-*,",
    operand=re.compile(rf"{_REG}|-?{_UNUM}|{_MK}|{_MEM}"),
    max_memory_operands=1,
    forbidden={
        **{p: _PREFIXED for p in ("lock", "rep", "repe", "repne", "repz", "repnz")},
        **{r: _HIGH_BYTE for r in ("ah", "bh", "ch", "dh")},
    },
)
