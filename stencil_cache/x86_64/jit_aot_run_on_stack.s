    push rbx
    mov rax, rdi
    mov rdi, rsi
    mov rsi, rdx
    mov rdx, rcx
    mov rcx, r8
    mov r8, r9
    mov r9, rax
    mov rbx, rsp
    mov rsp, r9
    call {rel32:jit_entry}
    mov rsp, rbx
    pop rbx
    ret
