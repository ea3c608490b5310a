    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    push rax
    mov rbx, rcx
    mov r14, rdi
    lea r15, [rip + {rel32:jit_aot_program}]
    mov rax, qword ptr [rcx]
    cmp rax, 2
    je L0
    cmp rax, 1
    jne L1
    mov r13, qword ptr [rbx + 16]
    mov rbp, qword ptr [r15 + 24]
    add rbp, r15
    shl r13, 6
    mov rdi, r14
    xor esi, esi
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [rbx + 8]
    add rsi, 32
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov r12d, 1
    mov esi, 1
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    add r15, qword ptr [r13 + rbp]
    mov rdx, qword ptr [r13 + rbp + 8]
    mov rdi, r14
    mov rsi, r15
    call {rel32:jit_aot_out_bytes}
    mov esi, 2
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [rbx + 24]
    mov rdi, r14
    call {rel32:jit_aot_out_u64}
    jmp L3
L0:
    movabs rsi, -2251799813685248
    or rsi, qword ptr [rbx + 96]
    mov rdi, r14
    mov rdx, rbx
    mov rcx, r8
    call {rel32:jit_aot_out_cell}
    jmp L2
L1:
    add r15, qword ptr [r15 + 24]
    shl rsi, 6
    mov rsi, qword ptr [rsi + r15 + 32]
    mov rdi, r14
    mov rcx, rbx
    call {rel32:jit_aot_out_value}
L2:
    xor r12d, r12d
L3:
    mov rax, r12
    add rsp, 8
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
