    push r14
    push rbx
    push rax
    mov r14, rsi
    mov rbx, rdi
    test rsi, rsi
    jns L0
    mov rdi, rbx
    mov esi, 45
    call {rel32:jit_aot_out_byte}
L0:
    mov rsi, r14
    neg rsi
    cmovs rsi, r14
    mov rdi, rbx
    add rsp, 8
    pop rbx
    pop r14
    jmp {rel32:jit_aot_out_u64}
