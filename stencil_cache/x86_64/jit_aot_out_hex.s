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
    lea r12, [4*rdx - 4]
L0:
    mov rax, r14
    mov ecx, r12d
    shr rax, cl
    and eax, 15
    lea ecx, [rax + 48]
    lea esi, [rax + 87]
    cmp rax, 10
    cmovb esi, ecx
    mov rdi, r15
    call {rel32:jit_aot_out_byte}
    add r12, -4
    dec rbx
    jne L0
    add rsp, 8
    pop rbx
    pop r12
    pop r14
    pop r15
L1:
    ret
