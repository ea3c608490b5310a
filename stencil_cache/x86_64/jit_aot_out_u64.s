    push r14
    push rbx
    sub rsp, 24
    mov rbx, rdi
    xor r14d, r14d
    movabs rcx, -3689348814741910323
L0:
    mov rax, rsi
    mul rcx
    shr rdx, 3
    lea eax, [rdx + rdx]
    lea eax, [rax + 4*rax]
    mov edi, esi
    sub edi, eax
    or dil, 48
    mov byte ptr [rsp + r14], dil
    inc r14
    cmp rsi, 9
    mov rsi, rdx
    ja L0
    test r14, r14
    je L2
L1:
    movzx esi, byte ptr [rsp + r14 - 1]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    dec r14
    jne L1
L2:
    add rsp, 24
    pop rbx
    pop r14
    ret
