    push r15
    push r14
    push r12
    push rbx
    push rax
    lea r14, [rip + {rel32:jit_aot_program}]
    mov rax, qword ptr [r14 + 96]
    add rax, r14
    mov r15d, dword ptr [rax + 8*rsi + 4]
    test r15, r15
    je L1
    mov rbx, rdi
    mov eax, dword ptr [rax + 8*rsi]
    add r14, rax
    xor r12d, r12d
L0:
    movzx esi, byte ptr [r14 + r12]
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    inc r12
    cmp r15, r12
    jne L0
L1:
    add rsp, 8
    pop rbx
    pop r12
    pop r14
    pop r15
    ret
