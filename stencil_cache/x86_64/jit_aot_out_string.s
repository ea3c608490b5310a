    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 40
    mov r15, rdx
    mov qword ptr [rsp + 24], rsi
    mov rbx, rdi
    mov eax, 12435439
    mov qword ptr [rsp + 32], rax
    mov qword ptr [rsp + 8], rcx
    test rcx, rcx
    je L0
    mov rdi, rbx
    mov esi, 34
    call {rel32:jit_aot_out_byte}
L0:
    test r15, r15
    je L17
    xor r14d, r14d
L1:
    mov rax, qword ptr [rsp + 24]
    lea r13, [rax + r14]
    mov rsi, r15
    sub rsi, r14
    mov rdi, r13
    lea rdx, [rsp + 16]
    call {rel32:jit_aot_utf8}
    mov rbp, rax
    mov eax, 4294967295
    cmp rbp, rax
    jne L3
    xor r12d, r12d
L2:
    movzx esi, byte ptr [rsp + r12 + 32]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r12
    cmp r12, 3
    jne L2
    mov r12, qword ptr [rsp + 16]
    jmp L16
L3:
    mov r12, qword ptr [rsp + 16]
    cmp qword ptr [rsp + 8], 0
    je L5
    cmp rbp, 33
    jg L7
    lea rax, [rbp - 9]
    cmp rax, 2
    jb L4
    cmp rbp, 13
    jne L10
L4:
    cmp rbp, 10
    setne r13b
    mov rdi, rbx
    mov esi, 92
    call {rel32:jit_aot_out_byte}
    shl r13b, 2
    add r13b, 110
    cmp rbp, 9
    movzx eax, r13b
    mov ecx, 116
    cmove eax, ecx
    movzx esi, al
    jmp L9
L5:
    test r12, r12
    je L15
    xor ebp, ebp
L6:
    movzx esi, byte ptr [r13 + rbp]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc rbp
    cmp r12, rbp
    jne L6
    jmp L16
L7:
    cmp rbp, 92
    je L8
    cmp rbp, 34
    jne L10
L8:
    mov rdi, rbx
    mov esi, 92
    call {rel32:jit_aot_out_byte}
    movzx esi, bpl
L9:
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    jmp L16
L10:
    cmp rbp, 126
    ja L12
    cmp rbp, 31
    ja L13
L11:
    mov rdi, rbx
    mov esi, 92
    call {rel32:jit_aot_out_byte}
    xor eax, eax
    cmp rbp, 65536
    setae al
    lea rcx, [rbp - 256]
    cmp rcx, 65280
    setb cl
    shl cl, 5
    or cl, 85
    cmp rbp, 256
    lea r13, [4*rax + 4]
    mov eax, 2
    cmovb r13, rax
    movzx eax, cl
    mov ecx, 120
    cmovb eax, ecx
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov rsi, rbp
    mov rdx, r13
    call {rel32:jit_aot_out_hex}
    jmp L16
L12:
    mov rdi, rbp
    call {rel32:jit_aot_is_printable}
    test rax, rax
    je L11
L13:
    test r12, r12
    je L15
    xor ebp, ebp
L14:
    movzx esi, byte ptr [r13 + rbp]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc rbp
    cmp r12, rbp
    jne L14
    jmp L16
L15:
    xor r12d, r12d
L16:
    add r14, r12
    cmp r14, r15
    jb L1
L17:
    cmp qword ptr [rsp + 8], 0
    je L18
    mov rdi, rbx
    mov esi, 34
    add rsp, 40
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_byte}
L18:
    add rsp, 40
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
