    inc qword ptr [r15 + 32]
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_OFF}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_OFF}]
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    dec qword ptr [r15 + 32]
    cmp qword ptr [r15], 0
    je L0
    ret
L0:
    lea r12, [r12 + {abs32s:_JIT_FRAME_I_BACK}]
    lea r13, [r13 + {abs32s:_JIT_FRAME_F_BACK}]
    movq xmm0, rax
    cvttsd2si rax, xmm0
    mov qword ptr [r12 + {abs32s:_JIT_A_OFF}], rax
    jmp {rel32:_JIT_CONTINUE}
