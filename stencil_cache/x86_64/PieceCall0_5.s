    inc qword ptr [r15 + 32]
    push rax
    call {rel32:_JIT_CALLEE}
    pop rcx
    dec qword ptr [r15 + 32]
    cmp qword ptr [r15], 0
    je L0
    ret
L0:
    mov rcx, rax
    btr rcx, 63
    movabs rdx, 9218868437227405312
    cmp rcx, rdx
    movabs rcx, 9221120237041090560
    cmovbe rcx, rax
    mov qword ptr [r14 + {abs32s:_JIT_A_OFF}], rcx
    jmp {rel32:_JIT_CONTINUE}
