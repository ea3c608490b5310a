    cmp rsi, 1
    je L0
    test rsi, rsi
    jne L1
    mov rsi, rdx
    jmp {rel32:jit_aot_out_i64}
L0:
    mov rsi, rdx
    jmp {rel32:jit_aot_out_f64}
L1:
    mov rsi, rdx
    mov rdx, rcx
    mov rcx, r8
    jmp {rel32:jit_aot_out_cell}
