    push r15
    push r14
    push r12
    push rbx
    sub rsp, 40
    mov rbx, rdi
    movabs r15, 9218868437227405312
    mov r12, rsi
    and r12, r15
    cmp r12, r15
    setne al
    mov rcx, rsi
    shl rcx, 12
    sete cl
    or cl, al
    jne L0
    mov esi, 17
    jmp L2
L0:
    mov r14, rsi
    test rsi, rsi
    jns L1
    mov rdi, rbx
    mov esi, 45
    call {rel32:jit_aot_out_byte}
L1:
    cmp r12, r15
    jne L3
    mov esi, 16
L2:
    mov rdi, rbx
    add rsp, 40
    pop rbx
    pop r12
    pop r14
    pop r15
    jmp {rel32:jit_aot_out_text}
L3:
    movabs rax, 9223372036854775807
    and r14, rax
    je L7
    mov rsi, rsp
    lea r15, [rsp + 32]
    mov rdi, r14
    mov rdx, r15
    call {rel32:jit_aot_shortest}
    mov r14, rax
    mov r15, qword ptr [r15]
    lea rax, [r15 - 17]
    cmp rax, -21
    ja L9
    mov al, byte ptr [rsp]
    add al, 48
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    cmp r14, 2
    jb L5
    mov rdi, rbx
    mov esi, 46
    call {rel32:jit_aot_out_byte}
    mov r12d, 1
L4:
    mov al, byte ptr [rsp + r12]
    add al, 48
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r12
    cmp r14, r12
    jne L4
L5:
    lea r14, [r15 - 1]
    mov rdi, rbx
    mov esi, 101
    call {rel32:jit_aot_out_byte}
    xor eax, eax
    test r15, r15
    setle al
    lea esi, [2*rax + 43]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    lea rax, [r15 + 8]
    cmp rax, 18
    ja L6
    mov rdi, rbx
    mov esi, 48
    call {rel32:jit_aot_out_byte}
L6:
    mov eax, 1
    sub rax, r15
    test r15, r15
    cmovle r14, rax
    mov rdi, rbx
    mov rsi, r14
    add rsp, 40
    pop rbx
    pop r12
    pop r14
    pop r15
    jmp {rel32:jit_aot_out_u64}
L7:
    mov rdi, rbx
    mov esi, 48
    call {rel32:jit_aot_out_byte}
L8:
    mov rdi, rbx
    mov esi, 46
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 48
    add rsp, 40
    pop rbx
    pop r12
    pop r14
    pop r15
    jmp {rel32:jit_aot_out_byte}
L9:
    test r15, r15
    jle L12
    cmp r15, r14
    jae L17
    xor r12d, r12d
L10:
    mov al, byte ptr [rsp + r12]
    add al, 48
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r12
    cmp r15, r12
    jne L10
    mov rdi, rbx
    mov esi, 46
    call {rel32:jit_aot_out_byte}
L11:
    mov al, byte ptr [rsp + r15]
    add al, 48
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r15
    cmp r14, r15
    jne L11
    jmp L16
L12:
    mov rdi, rbx
    mov esi, 48
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 46
    call {rel32:jit_aot_out_byte}
    test r15, r15
    je L14
L13:
    mov rdi, rbx
    mov esi, 48
    call {rel32:jit_aot_out_byte}
    inc r15
    jne L13
L14:
    test r14, r14
    je L16
    xor r15d, r15d
L15:
    mov al, byte ptr [rsp + r15]
    add al, 48
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r15
    cmp r14, r15
    jne L15
L16:
    add rsp, 40
    pop rbx
    pop r12
    pop r14
    pop r15
    ret
L17:
    test r14, r14
    je L19
    xor r12d, r12d
L18:
    mov al, byte ptr [rsp + r12]
    add al, 48
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r12
    cmp r14, r12
    jne L18
L19:
    sub r15, r14
    je L8
L20:
    mov rdi, rbx
    mov esi, 48
    call {rel32:jit_aot_out_byte}
    dec r15
    jne L20
    jmp L8
