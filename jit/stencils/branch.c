/* Integer compare-and-branch and Jump: a taken branch jumps to _JIT_TARGET, else on to _JIT_CONTINUE (the f64
 * compares are in float.c). */
#include "vm3.h"

#define CMP_I64(name, op) \
    STENCIL(name) { BRANCH(RI(_JIT_A) op RI(_JIT_B)); }
#define CMP_I64K(name, op) \
    STENCIL(name) { BRANCH(RI(_JIT_A) op HOLE_K); }

CMP_I64(CmpEqI64Br, ==)
CMP_I64(CmpNeI64Br, !=)
CMP_I64(CmpLtI64Br, <)
CMP_I64(CmpLeI64Br, <=)
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
