    test rdx, rdx
    je L1
    push r15
    push r14
    push r12
    push rbx
    push rax
    mov rbx, rdx
    mov r14, rsi
    mov r15, rdi
    xor r12d, r12d
L0:
    movzx esi, byte ptr [r14 + r12]
    mov rdi, r15
    call {rel32:jit_aot_out_byte}
    inc r12
    cmp rbx, r12
    jne L0
    add rsp, 8
    pop rbx
    pop r12
    pop r14
    pop r15
L1:
    ret
