    movaps xmm1, xmm0
    xorps xmm0, xmm0
    cvtsi2sd xmm0, qword ptr [r12 + {abs32s:_JIT_B_OFF}]
    movsd qword ptr [r13 + {abs32s:_JIT_A_OFF}], xmm0
    jmp {rel32:_JIT_CONTINUE}
