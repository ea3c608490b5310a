    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 40
    mov rbx, rdi
    test rdx, rdx
    je L14
    mov rbp, rsi
    xor eax, eax
    xor ecx, ecx
    xor r8d, r8d
L0:
    mov sil, byte ptr [rbp + r8]
    xor edi, edi
    cmp sil, 39
    sete dil
    or rax, rdi
    xor edi, edi
    cmp sil, 34
    sete dil
    or rcx, rdi
    inc r8
    cmp rdx, r8
    jne L0
    test rax, rax
    setne al
    test rcx, rcx
    sete cl
    xor esi, esi
    and cl, al
    sete sil
    lea eax, [rsi + 4*rsi]
    add eax, 34
    mov dword ptr [rsp + 20], eax
    xor cl, 1
    mov qword ptr [rsp + 8], rdx
    movzx r14d, cl
    lea esi, [r14 + 4*r14]
    add esi, 34
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    lea rax, [r14 + 4*r14]
    add rax, 34
    mov qword ptr [rsp + 24], rax
    mov r14, qword ptr [rsp + 8]
    xor r12d, r12d
    mov qword ptr [rsp], rbp
L1:
    lea r13, [r12 + rbp]
    mov rsi, r14
    sub rsi, r12
    mov rdi, r13
    lea rdx, [rsp + 32]
    call {rel32:jit_aot_utf8}
    mov rbp, rax
    mov r15, qword ptr [rsp + 32]
    mov eax, 4294967295
    cmp rbp, rax
    jne L3
    test r15, r15
    je L11
    xor r14d, r14d
L2:
    movzx ebp, byte ptr [r13 + r14]
    or rbp, 56320
    mov rdi, rbx
    mov esi, 92
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 117
    call {rel32:jit_aot_out_byte}
    mov edx, 4
    mov rdi, rbx
    mov rsi, rbp
    call {rel32:jit_aot_out_hex}
    inc r14
    cmp r15, r14
    jne L2
    mov r14, qword ptr [rsp + 8]
    jmp L12
L3:
    cmp rbp, qword ptr [rsp + 24]
    setne al
    cmp rbp, 92
    setne cl
    test al, cl
    jne L4
    mov rdi, rbx
    mov esi, 92
    call {rel32:jit_aot_out_byte}
    movzx esi, bpl
    jmp L5
L4:
    cmp rbp, 13
    ja L6
    mov eax, 9728
    bt rax, rbp
    jae L6
    cmp rbp, 10
    setne r14b
    mov rdi, rbx
    mov esi, 92
    call {rel32:jit_aot_out_byte}
    shl r14b, 2
    add r14b, 110
    cmp rbp, 9
    movzx eax, r14b
    mov r14, qword ptr [rsp + 8]
    mov ecx, 116
    cmove eax, ecx
    movzx esi, al
L5:
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    jmp L12
L6:
    cmp rbp, 126
    ja L8
    cmp rbp, 31
    ja L9
L7:
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
    jmp L12
L8:
    mov rdi, rbp
    call {rel32:jit_aot_is_printable}
    test rax, rax
    je L7
L9:
    test r15, r15
    je L11
    xor r14d, r14d
    mov rbp, qword ptr [rsp]
L10:
    movzx esi, byte ptr [r13 + r14]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r14
    cmp r15, r14
    jne L10
    mov r14, qword ptr [rsp + 8]
    jmp L13
L11:
    xor r15d, r15d
L12:
    mov rbp, qword ptr [rsp]
L13:
    add r12, r15
    cmp r12, r14
    jb L1
    mov eax, dword ptr [rsp + 20]
    jmp L15
L14:
    mov rdi, rbx
    mov esi, 39
    call {rel32:jit_aot_out_byte}
    mov al, 39
L15:
    movzx esi, al
    mov rdi, rbx
    add rsp, 40
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_byte}
