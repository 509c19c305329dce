// Programs started inside a container's namespaces without being in the
// container: fuse-overlayfs mounts the container's root in its user and
// (first) mount namespace before the child copies that namespace and pivots
// in the copy; hull itself re-runs in a rootless container's user namespace
// to reach a FUSE root (`cp`). And the one-time check whether this kernel
// lets an unprivileged user mount overlay in a user namespace.
//
// All clone from a possibly multi-threaded Swift process: the child side is
// async-signal-safe C only, as in spawn.c.
#include "chull.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/close_range.h>

pid_t hull_spawn_in_namespaces(const char *path, const char *const *argv, const char *const *envp,
                               int userns_fd, int mntns_fd, int output_fd) {
    int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null_fd < 0) return -errno;
    int report[2];
    if (pipe2(report, O_CLOEXEC) < 0) {
        int saved = errno;
        close(null_fd);
        return -saved;
    }
    long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) {
        int saved = errno;
        close(null_fd); close(report[0]); close(report[1]);
        return -saved;
    }
    if (pid == 0) {
        int err = 0;
        hull_reset_signals();
        // A daemon gets a session of its own: the user's Ctrl-C at a
        // foreground hull must not reach it before hull has stopped the
        // container. A foreground helper keeps the caller's.
        if (output_fd >= 0 && setsid() < 0) err = errno;
        // The user namespace first: it owns the mount namespace, and
        // joining it gives the capabilities to join that one.
        if (!err && userns_fd >= 0 && setns(userns_fd, CLONE_NEWUSER) < 0) err = errno;
        if (!err && mntns_fd >= 0 && setns(mntns_fd, CLONE_NEWNS) < 0) err = errno;
        // Moved out of the way of 0-2 before they are replaced.
        int rep = fcntl(report[1], F_DUPFD_CLOEXEC, 10);
        if (!err && rep < 0) err = errno;
        if (!err && output_fd >= 0) {
            int out = fcntl(output_fd, F_DUPFD_CLOEXEC, 10);
            if (out < 0 || dup2(null_fd, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0) err = errno;
        }
        if (!err) {
            // Nothing of hull's reaches the helper; the report pipe is
            // CLOEXEC, so EOF on it means execve worked.
            syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC);
            execve(path, (char *const *)argv, (char *const *)envp);
            err = errno;
        }
        if (rep >= 0) {
            ssize_t unused = write(rep, &err, sizeof err);
            (void)unused;
        }
        _exit(127);
    }
    close(null_fd);
    close(report[1]);
    int err = 0;
    ssize_t n;
    do { n = read(report[0], &err, sizeof err); } while (n < 0 && errno == EINTR);
    close(report[0]);
    if (n == (ssize_t)sizeof err) {
        int status;
        while (waitpid((pid_t)pid, &status, 0) < 0 && errno == EINTR) {}
        return -(err ? err : EIO);
    }
    return (pid_t)pid;
}

static int write_file(const char *path, const char *data, size_t len) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = write(fd, data, len);
    int saved = errno;
    close(fd);
    errno = saved;
    return n == (ssize_t)len ? 0 : -1;
}

// "0 ID 1\n" without snprintf.
static size_t one_line_map(char *buf, unsigned int id) {
    char digits[16];
    int n = 0;
    do { digits[n++] = (char)('0' + id % 10); id /= 10; } while (id > 0);
    size_t at = 0;
    buf[at++] = '0';
    buf[at++] = ' ';
    while (n > 0) buf[at++] = digits[--n];
    memcpy(buf + at, " 1\n", 3);
    return at + 3;
}

int hull_probe_userns_overlay(const char *options, const char *target) {
    unsigned int uid = (unsigned int)getuid(), gid = (unsigned int)getgid();
    long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) return -errno;
    if (pid == 0) {
        char map[40];
        // As `unshare -r`: a namespace of one id, the caller's own, which
        // needs no newuidmap; enough to see whether the kernel allows it.
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) < 0) _exit(errno & 0xff);
        if (write_file("/proc/self/setgroups", "deny", 4) < 0) _exit(errno & 0xff);
        if (write_file("/proc/self/uid_map", map, one_line_map(map, uid)) < 0) _exit(errno & 0xff);
        if (write_file("/proc/self/gid_map", map, one_line_map(map, gid)) < 0) _exit(errno & 0xff);
        if (mount("overlay", target, "overlay", 0, options) < 0) _exit(errno & 0xff);
        _exit(0);
    }
    int status;
    for (;;) {
        pid_t r = waitpid((pid_t)pid, &status, 0);
        if (r == (pid_t)pid) break;
        if (r < 0 && errno != EINTR) return -errno;
    }
    if (!WIFEXITED(status)) return -EINTR;
    return -WEXITSTATUS(status);
}
