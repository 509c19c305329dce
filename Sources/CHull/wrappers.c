// Thin wrappers for calls Swift cannot make directly (variadic syscall()).
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int hull_openat2(int dirfd, const char *path, int flags, unsigned long long resolve) {
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (unsigned long long)(flags | O_CLOEXEC);
    how.resolve = resolve;
    return (int)syscall(SYS_openat2, dirfd, path, &how, sizeof how);
}

int hull_setns(int fd, int nstype) {
    return setns(fd, nstype);
}

int hull_pipe_cloexec(int fds[2]) {
    return pipe2(fds, O_CLOEXEC);
}
