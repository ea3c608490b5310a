    push rbp
    push rbx
    push rax
    mov ebp, esi
    mov rbx, rdi
    mov rax, qword ptr [rdi + 8]
    mov rcx, qword ptr [rdi + 16]
    cmp rax, rcx
    jne L0
    mov rdi, rbx
    call {rel32:jit_aot_out_flush}
    mov rax, qword ptr [rbx + 8]
    mov rcx, qword ptr [rbx + 16]
L0:
    cmp rax, rcx
    jae L1
    mov rcx, qword ptr [rbx]
    lea rdx, [rax + 1]
    mov qword ptr [rbx + 8], rdx
    mov byte ptr [rcx + rax], bpl
L1:
    inc qword ptr [rbx + 24]
    add rsp, 8
    pop rbx
    pop rbp
    ret
