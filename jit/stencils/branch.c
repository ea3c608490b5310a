/* Integer compare-and-branch and Jump: a taken branch jumps to _JIT_TARGET, else on to _JIT_CONTINUE (the f64
 * compares are in float.c).  Variants with operands in slots (vm3.h, "Operand locations"): Eq, Ne, Lt and Le
 * for any two locations (the compiler swaps the operands of Gt and Ge), and every K compare with A in a slot. */
#include "vm3.h"

#define CMP_I64(name, op) \
    STENCIL(name) { BRANCH(RI(_JIT_A) op RI(_JIT_B)); }
#define CMP_I64_AT(a, b, name, op) \
    STENCIL(name##_r##a##b) { BRANCH(IAT(a, _JIT_A) op IAT(b, _JIT_B)); }
#define CMP_I64_ALL(name, op) \
    CMP_I64(name, op)         \
    FOR_LOC_PAIRS(CMP_I64_AT, name, op)

#define CMP_I64K_AT(a, name, op) \
    STENCIL(name##_r##a) { BRANCH(IAT(a, _JIT_A) op HOLE_K); }
#define CMP_I64K(name, op)                          \
    STENCIL(name) { BRANCH(RI(_JIT_A) op HOLE_K); } \
    FOR_SLOTS(CMP_I64K_AT, name, op)

CMP_I64_ALL(CmpEqI64Br, ==)
CMP_I64_ALL(CmpNeI64Br, !=)
CMP_I64_ALL(CmpLtI64Br, <)
CMP_I64_ALL(CmpLeI64Br, <=)
CMP_I64(CmpGtI64Br, >)
CMP_I64(CmpGeI64Br, >=)

CMP_I64K(CmpEqI64KBr, ==)
CMP_I64K(CmpNeI64KBr, !=)
CMP_I64K(CmpLtI64KBr, <)
CMP_I64K(CmpLeI64KBr, <=)
CMP_I64K(CmpGtI64KBr, >)
CMP_I64K(CmpGeI64KBr, >=)

STENCIL(Jump) {
    GOTO_TARGET();
}
