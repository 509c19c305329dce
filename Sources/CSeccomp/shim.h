// Debian's libseccomp (2.5), linked statically by HullLinux. Only the
// function-like macros and the calls glibc's Swift module hides are wrapped.
#ifndef HULL_CSECCOMP_SHIM_H
#define HULL_CSECCOMP_SHIM_H
#include <seccomp.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/memfd.h>

static inline uint32_t hull_scmp_act_errno(uint32_t err) { return SCMP_ACT_ERRNO(err); }
static inline uint32_t hull_scmp_act_trace(uint32_t msg) { return SCMP_ACT_TRACE(msg); }

// memfd_create is declared by glibc only under _GNU_SOURCE, which Swift's
// Glibc module does not set; the raw syscall needs no feature macro.
static inline int hull_memfd_create(const char *name) {
    return (int)syscall(SYS_memfd_create, name, MFD_CLOEXEC);
}
#endif
